"""The training sub-commands: ``practice``, ``grade``, ``exercises``, ``trainer-report``.

``replycheck.cli`` imports this module and calls :func:`add_parsers`; heavy
imports happen inside the command functions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def _usage(message: str) -> Exception:
    from ..cli import UsageError

    return UsageError(message)


def _dir(args: argparse.Namespace) -> Path:
    """``--dir``, or the bundled exercises."""
    from .catalog import bundled_dir

    path = Path(args.dir) if args.dir else bundled_dir()
    if not path.is_dir():
        raise _usage(f"exercise directory {path} does not exist (--dir)")
    return path


def _now(args: argparse.Namespace):  # noqa: ANN202
    """``--now`` as a datetime, or None: grading then uses the exercise's own ``now`` (deterministic)."""
    from ..cli import parse_time

    return parse_time(getattr(args, "now", None))


def _read_reply(source: str) -> str:
    """The reply from a file or ``-`` (standard input), as UTF-8."""
    from ..cli import read_input

    return read_input(source)


def _cmd_exercises(args: argparse.Namespace) -> int:
    import json

    from .catalog import load_exercises

    exercises = load_exercises(_dir(args), lang=args.lang)
    if args.format == "json":
        rows = [{"id": e.id, "lang": e.lang, "level": e.level, "title": e.title,
                 "criteria": list(e.criteria()), "pass_mark": e.pass_mark} for e in exercises]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    for e in exercises:
        print(f"{e.id:32} {e.level:12} {e.title}")
    if not exercises:
        print(f"no exercises in {_dir(args)}", file=sys.stderr)
    return EXIT_OK


def _cmd_grade(args: argparse.Namespace) -> int:
    from .catalog import find_exercise
    from .grading import grade
    from .render import render_grade

    exercise = find_exercise(args.exercise, _dir(args))
    reply = _read_reply(args.reply)
    result = grade(exercise, reply, now=_now(args))
    if args.format == "json":
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render_grade(result))
    return EXIT_OK if result.passed else EXIT_FAILED


def _cmd_practice(args: argparse.Namespace) -> int:
    import getpass

    from .catalog import find_exercise, load_exercises
    from .practice import AttemptLog, Session, default_attempts_path, terminal_input

    exercises = load_exercises(_dir(args), lang=args.lang)
    if not exercises:
        raise _usage(f"no exercises in {_dir(args)}" + (f" for language {args.lang}" if args.lang else ""))
    log = None
    if not args.no_save:
        try:
            trainee = args.trainee or getpass.getuser()
        except (OSError, KeyError):
            trainee = "trainee"
        if args.attempts and Path(args.attempts).suffix.lower() in (".yaml", ".yml"):
            raise _usage(f"--attempts {args.attempts} looks like an exercise file; attempts go to a .jsonl file")
        log = AttemptLog(args.attempts or default_attempts_path(), trainee)
    session = Session(exercises, ask=terminal_input(), seed=args.seed, now=_now(args), log=log)
    first = None
    if args.exercise:
        first = find_exercise(args.exercise, _dir(args))
    elif args.random:
        first = session.random.choice(exercises)
    session.run(first)
    return EXIT_OK


def _cmd_trainer_report(args: argparse.Namespace) -> int:
    import json

    from ..outputs import guard_output
    from .trainer_report import render_html, render_text, run

    guard_output(args.output, [args.attempts], force=args.force)  # never the attempts file, never silently
    report = run(args.attempts, _dir(args))
    if args.format == "json":
        text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "html":
        text = render_html(report)
    else:
        text = render_text(report)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if report["errors"]:
        print(f"replycheck: {len(report['errors'])} attempt lines could not be graded", file=sys.stderr)
    return EXIT_OK


def add_parsers(sub, common) -> None:  # noqa: ANN001 - argparse's private sub-parser type
    """Add the training sub-commands to the ``replycheck`` parser."""

    def exercise_dir(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dir", default=None, metavar="DIR",
                       help="exercises in DIR/<lang>/*.yaml (default: the bundled exercises)")

    p = sub.add_parser("exercises", help="list the training exercises")
    p.add_argument("--lang", choices=["en", "tr"])
    p.add_argument("--format", choices=["text", "json"], default="text")
    exercise_dir(p)
    p.set_defaults(func=_cmd_exercises)

    p = sub.add_parser("grade", help="grade a trainee's reply to an exercise (exit 0 passed, 1 not passed)")
    p.add_argument("exercise", metavar="EXERCISE", help="exercise id (en/late-delivery) or YAML file")
    p.add_argument("reply", metavar="REPLY_FILE|-", help="the reply, or - for standard input")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--now", metavar="TIME", help="ISO-8601 time the reply is written (default: the exercise's)")
    exercise_dir(p)
    p.set_defaults(func=_cmd_grade)

    p = sub.add_parser("practice", help="practise exercises interactively in the terminal")
    p.add_argument("exercise", nargs="?", metavar="EXERCISE", help="start with this exercise (id or file)")
    p.add_argument("--random", action="store_true", help="start with a random exercise")
    p.add_argument("--lang", choices=["en", "tr"])
    p.add_argument("--seed", type=int, help="seed for the random pick (repeatable sessions)")
    p.add_argument("--now", metavar="TIME", help=argparse.SUPPRESS)
    p.add_argument("--attempts", metavar="FILE",
                   help="append each graded reply to this JSON Lines file, as trainer-report reads it "
                        "(default: ~/.local/share/replycheck/attempts.jsonl, or under $XDG_DATA_HOME)")
    p.add_argument("--trainee", metavar="NAME", help="the name recorded with each attempt (default: your login name)")
    p.add_argument("--no-save", action="store_true", help="do not record attempts")
    exercise_dir(p)
    p.set_defaults(func=_cmd_practice)

    p = sub.add_parser("trainer-report", help="summarise trainees' attempts (JSON Lines) per trainee and criterion")
    p.add_argument("attempts", metavar="ATTEMPTS", help='JSON Lines: {"trainee", "exercise", "reply", "time"}')
    p.add_argument("--format", choices=["text", "json", "html"], default="text")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists (never when OUT is ATTEMPTS)")
    exercise_dir(p)
    p.set_defaults(func=_cmd_trainer_report)
