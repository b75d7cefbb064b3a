"""The ``replycheck`` command: check, batch, fix, rules, explain.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage or input error (one sentence on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from .errors import ReplycheckError, json_problem
from .models import SEVERITY_RANK
from .normalize import FORMATS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

CORE_COMMANDS = ("check", "batch", "fix", "rules", "explain")
"""Sub-commands defined here: running one of them imports no feature module below."""
# Sub-commands that live with their feature.  Each module has
# ``add_parsers(sub, common)`` and imports its heavy dependencies only inside
# the command functions, so ``replycheck check`` starts fast.
FEATURE_COMMANDS = ("replycheck.training.commands", "replycheck.bulk.commands", "replycheck.service.commands")


class UsageError(Exception):
    """A mistake in how the command was called or what it was given."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise UsageError(message)


def read_input(source: str) -> str:
    """Read FILE or ``-`` (stdin) as UTF-8, with a clear :class:`UsageError` for anything else
    (shared by every sub-command that reads a file)."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"no such file: {source}") from None
    except IsADirectoryError:
        raise UsageError(f"{source} is a directory, not a file") from None
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        name = "standard input" if source == "-" else source
        raise UsageError(f"{name} is not valid UTF-8 (byte {exc.start})") from None


def parse_time(value: str | None, option: str = "--now") -> datetime | None:
    """An ISO-8601 option value as a datetime (``None`` stays ``None``), with a clear :class:`UsageError`."""
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} must be an ISO-8601 time such as 2026-11-27T10:00, not {value!r}") from None


# One concept, one option: the same name, values and help text in every command that checks drafts
# (check, fix, batch, bulk, lint); the README's "Options shared by the commands" describes them once.
LANG_HELP = "language code, e.g. en or tr (default: detect)"
LANG_COLUMN_HELP = ("the column (CSV, Parquet) or field (JSON Lines) with each draft's language, or one language "
                    "code for every draft: a value that is not a column is a language code "
                    "(default: the lang column where there is one, else detect)")
THREAD_HELP = "JSON file with the earlier messages, a list of {role, at, text} oldest first (for the missed-promise check)"
THREAD_COLUMN_HELP = ("the column or field with each draft's earlier messages, a JSON list of {role, at, text} "
                      "oldest first (default: the thread column where there is one)")
NOW_HELP = "ISO-8601 time the draft is written, e.g. 2026-11-27T10:00 (default: now)"
NOW_RECORDS_HELP = "ISO-8601 time the drafts are written, for records without their own time (default: now)"
FAIL_ON_HELP = "lowest severity that fails: info, warning or error (default: the configuration's, else warning)"
INPUT_FORMAT_HELP = "text, html, markdown or email (default: detect)"
INPUT_FORMAT_RECORDS_HELP = "text, html, markdown or email, for records without a 'format' field (default: detect)"


def add_draft_options(p: argparse.ArgumentParser, records: bool = False, thread: bool = True) -> None:
    """``--lang``, ``--thread``, ``--now``, ``--fail-on`` and ``--input-format``, as every command has them
    (``records``: a command over many records, where ``--lang`` and ``--thread`` may name a column)."""
    if records:
        p.add_argument("--lang", metavar="COLUMN|LANG", help=LANG_COLUMN_HELP)
        if thread:
            p.add_argument("--thread", metavar="COLUMN", help=THREAD_COLUMN_HELP)
    else:
        p.add_argument("--lang", metavar="LANG", help=LANG_HELP)
        if thread:
            p.add_argument("--thread", metavar="FILE", help=THREAD_HELP)
    p.add_argument("--now", metavar="TIME", help=NOW_RECORDS_HELP if records else NOW_HELP)
    p.add_argument("--fail-on", choices=list(SEVERITY_RANK), default=None, metavar="LEVEL", help=FAIL_ON_HELP)
    p.add_argument("--input-format", choices=list(FORMATS), default=None, metavar="FORMAT",
                   help=INPUT_FORMAT_RECORDS_HELP if records else INPUT_FORMAT_HELP)


def _parse_now(value: str | None) -> datetime:
    """``--now``; without it, the current time (a pre-send check happens now)."""
    return parse_time(value) or datetime.now().astimezone()


def _read_thread(path: str | None) -> list[dict] | None:
    if path is None:
        return None
    try:
        data = json.loads(read_input(path))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: {json_problem(exc)}") from None
    if not isinstance(data, list):
        raise UsageError(f"{path}: a thread is a JSON list of {{role, at, text}} messages")
    from pydantic import ValidationError

    from .models import Message

    for number, entry in enumerate(data, start=1):
        try:
            Message.model_validate(entry)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(part) for part in first["loc"])
            raise UsageError(f"invalid thread in {path}: message {number}"
                             f"{f' ({field})' if field else ''}: {first['msg']}") from None
    return data


def _check_one(args: argparse.Namespace, text: str, **options: Any):  # noqa: ANN202 - a Report
    """Check FILE's draft with the shared options; an input error names the file, not "draft 1"."""
    one_shot = getattr(args, "one_shot", False)
    if one_shot:
        gc.disable()  # one draft, then the process ends: walking the packs' objects would only cost time
    checker = checker_from_args(args, preload=False, **options)
    try:
        report = checker.check(text, lang=args.lang, thread=_read_thread(args.thread), now=_parse_now(args.now),
                               format=args.input_format)
    except ReplycheckError as exc:
        message = str(exc)
        if message.startswith("draft 1 "):
            message = f"{_shown_name(args.file)} {message[len('draft 1 '):]}"
        raise UsageError(message) from None
    if one_shot:
        gc.freeze()  # …nor need the interpreter's last collection at exit walk them
    return report


def _shown_name(source: str) -> str:
    """How findings name the input: its path, or ``<stdin>``."""
    return "<stdin>" if source == "-" else source


def checker_from_args(args: argparse.Namespace, **options: Any):  # noqa: ANN201 - Checker imported lazily
    """The Checker the configuration file asks for, with the command line's overrides
    (``--config``, ``--rules-dir``, ``--fail-on``, ``--input-format``); shared by every sub-command."""
    from .config import load_config

    config = load_config(getattr(args, "config", None))
    return config.checker(
        extra_rule_dirs=getattr(args, "rules_dir", None) or (),
        fail_on=getattr(args, "fail_on", None),
        input_format=getattr(args, "input_format", None),
        **options,
    )


def _cmd_check(args: argparse.Namespace) -> int:
    text = read_input(args.file)
    # one draft: load only its language; readability is shown in the JSON report only
    report = _check_one(args, text, readability=args.format == "json")
    name = _shown_name(args.file)
    if args.format == "json":
        sys.stdout.write(report.model_dump_json(indent=2) + "\n")
    elif args.format == "github":
        from .render import render_github

        sys.stdout.write(render_github(text, report, name))
    else:
        from .render import render_report

        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        sys.stdout.write(render_report(text, report, name, colour=colour))
    return EXIT_OK if report.passed else EXIT_FINDINGS


def _cmd_fix(args: argparse.Namespace) -> int:
    text = read_input(args.file)
    report = _check_one(args, text, readability=False)
    sys.stdout.write(report.rewrite if report.rewrite.endswith("\n") else report.rewrite + "\n")
    return EXIT_OK if report.passed else EXIT_FINDINGS


def _cmd_batch(args: argparse.Namespace) -> int:
    """``batch``: its I/O, resuming, workers and exit codes live in :func:`replycheck.batch.command`."""
    from .batch import command

    return command(args)


def _cmd_rules(args: argparse.Namespace) -> int:
    checker = checker_from_args(args)
    for item in checker.rules(args.lang):
        rule = item.rule
        state = "" if rule.enabled else " (off by default)"
        lang = item.path.split("/")[-2] if "/" in item.path else ""
        print(f"{rule.code}  {lang:2}  {rule.category:17} {rule.severity:8} {rule.name}{state}")
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    checker = checker_from_args(args)
    code = args.code.upper()
    found = [item for item in checker.rules() if item.rule.code == code]
    if not found:
        raise UsageError(f"no rule {args.code!r}; 'replycheck rules' lists them")
    for item in found:
        rule = item.rule
        print(f"{rule.code} {rule.name} [{rule.category}, {rule.severity}] — {item.path}:{item.line}")
        print(f"  What it flags: {rule.message}")
        print(f"  Why: {rule.why}")
        print(f"  Fix: {rule.fix_title}" + (f" (transform: {rule.fix.transform})" if rule.fix.transform else ""))
        from .transforms import template

        left = template(rule.category, item.path.split("/")[1] if item.path.startswith("rules/") else "en",
                        rule.fix.template)
        for example in rule.examples:
            if example.flagged is not None and example.manual:
                print(f"  ✗ {example.flagged}\n    → no safe rewrite: left to the agent, who is shown “{left}”")
            elif example.flagged is not None:
                print(f"  ✗ {example.flagged}\n    → {example.rewrite}")
            else:
                print(f"  ✓ {example.clean}")
        print()
    return EXIT_OK


def build_parser(features: bool = True) -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests); ``features=False`` leaves out the
    sub-commands of :data:`FEATURE_COMMANDS` (a ``check`` need not import them)."""
    parser = _Parser(prog="replycheck", description="Check a customer-support reply before it is sent.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--rules-dir", action="append", metavar="DIR", help="extra rule packs in DIR/<lang>/*.yaml")
        p.add_argument("--config", metavar="FILE",
                       help="replycheck.toml or pyproject.toml (default: the nearest one upward from here)")

    p = sub.add_parser("check", help="check one draft and print its findings (exit 1: findings at or above --fail-on)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="the draft (default: - , standard input)")
    add_draft_options(p)
    p.add_argument("--format", choices=["text", "json", "github"], default="text",
                   help="text: path:line:col: CODE message with the flagged words and the edit (default); "
                   "json: the JSON report; github: GitHub workflow annotations")
    common(p)
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("batch", help="JSON Lines or CSV in, one JSON report per line out (all cores)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                   help="JSON Lines or CSV (default: - , standard input)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--file-format", choices=["jsonl", "csv"], help="default: csv for a .csv file, else jsonl")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default: all cores; 1 = this process)")
    p.add_argument("--chunk-size", type=int, default=256, metavar="N", help="drafts per task (default: 256)")
    p.add_argument("--resume", action="store_true", help="append to OUT, skipping the records already there")
    p.add_argument("--force", action="store_true", help="overwrite OUT if it exists (never when OUT is the input)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on a terminal")
    add_draft_options(p, records=True)
    for name, default, what in (("text", "text", "the draft"), ("id", "id", "its id"),
                                ("time", None, "when it was written (the check's now)"),
                                ("agent", None, "who wrote it"), ("team", None, "the team")):
        p.add_argument(f"--{name}", default=default, metavar="COLUMN",
                       help=f"the column with {what}" + (f" (default: {default})" if default else ""))
    common(p)
    p.set_defaults(func=_cmd_batch)

    p = sub.add_parser("fix", help="print the rewritten reply (exit code as check's)")
    p.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="the draft (default: - , standard input)")
    add_draft_options(p)
    common(p)
    p.set_defaults(func=_cmd_fix)

    p = sub.add_parser("rules", help="list the rules")
    p.add_argument("--lang", metavar="LANG", help="only this language's rules (default: every language)")
    common(p)
    p.set_defaults(func=_cmd_rules)

    p = sub.add_parser("explain", help="what a rule flags, why, and its examples")
    p.add_argument("code", metavar="CODE", help="a rule code, e.g. NEG001 (any case)")
    common(p)
    p.set_defaults(func=_cmd_explain)

    for name in FEATURE_COMMANDS if features else ():
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that feature is not part of this build
            raise
        module.add_parsers(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    words = sys.argv[1:] if argv is None else list(argv)
    command = next((word for word in words if not word.startswith("-")), None)
    parser = build_parser(features=command not in CORE_COMMANDS)
    try:
        args = parser.parse_args(words)
        args.one_shot = argv is None  # this process runs one command and ends
        if args.version:
            from . import __version__

            print(f"replycheck {__version__}")
            return EXIT_OK
        if not args.command:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return int(args.func(args))
    except (UsageError, ReplycheckError) as exc:
        print(f"replycheck: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("replycheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
