"""The ``serve`` and ``lint`` sub-commands (fastapi and uvicorn are imported only when ``serve`` runs)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from . import BODY_TIMEOUT, DEFAULT_HOST, DEFAULT_PORT, MAX_BATCH, MAX_BODY, RECYCLE_AFTER, TIME_LIMIT

_SEVERITIES = ("info", "warning", "error")
_FORMATS = {".md": "markdown", ".markdown": "markdown", ".mdx": "markdown", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".eml": "email"}
_YAML = (".yaml", ".yml")
_MIN_WORDS = 3  # YAML values with fewer words (tags, titles, ids) are not replies


def _usage(message: str) -> Exception:
    from ..cli import UsageError

    return UsageError(message)


def _checker(args: argparse.Namespace):  # noqa: ANN202
    from ..cli import checker_from_args

    return checker_from_args(args)


# --- serve ---------------------------------------------------------------------------


def _listen(host: str, port: int):  # noqa: ANN202
    """A bound socket for ``host:port`` (port 0: any free port), or a usage error saying why not."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                             flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as exc:
        raise _usage(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise _usage(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.set_inheritable(True)
    return sock


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _serve_options(args: argparse.Namespace) -> dict[str, Any]:
    """``create_app``'s keyword arguments from the options, or a usage error naming the option."""
    import os

    if not 0 <= args.port <= 65535:
        raise _usage(f"--port must be between 0 and 65535, not {args.port}")
    if args.max_body < 1:
        raise _usage(f"--max-body must be 1 or more bytes, not {args.max_body}")
    if args.max_batch < 1:
        raise _usage(f"--max-batch must be 1 or more, not {args.max_batch}")
    if args.recycle_after < 0:
        raise _usage(f"--recycle-after must be 0 (never) or more drafts, not {args.recycle_after}")
    if args.workers is not None and args.workers < 0:
        raise _usage(f"--workers must be 0 (check in the server process) or more, not {args.workers}")
    for name in ("time_limit", "body_timeout"):
        value = getattr(args, name)
        if not value > 0 or value != value or value == float("inf"):
            raise _usage(f"--{name.replace('_', '-')} must be a number of seconds above 0, not {value:g}")
    token = args.token if args.token is not None else os.environ.get("REPLYCHECK_TOKEN") or None
    if token is not None and (not token.strip() or any(c.isspace() for c in token)):
        raise _usage("--token must be a non-empty string without spaces")
    from .http import LOOPBACK_HOSTS  # here, not at the top: starlette stays out of a cold `replycheck check`

    hosts = list(args.allow_host or ())
    if not hosts and _is_loopback(args.host):
        # a page on another site can't reach us through DNS rebinding
        hosts = list(dict.fromkeys([*LOOPBACK_HOSTS, args.host.strip("[]").lower()]))
    if not token and not _is_loopback(args.host):
        print(f"replycheck: warning: listening on {args.host} without --token: anyone who can reach this "
              "port can use the service", file=sys.stderr)
    return {"max_body": args.max_body, "max_batch": args.max_batch, "workers": args.workers,
            "time_limit": args.time_limit, "body_timeout": args.body_timeout, "token": token,
            "recycle_after": args.recycle_after,
            "allow_hosts": hosts, "cors_origins": list(args.cors_origin or ())}


def _cmd_serve(args: argparse.Namespace) -> int:
    try:
        import fastapi  # noqa: F401
        import python_multipart  # noqa: F401  (LanguageTool's form fields)
        import uvicorn
    except ImportError as exc:
        raise _usage(f"'replycheck serve' needs fastapi, uvicorn and python-multipart ({exc.name} is missing): "
                     "pip install 'replycheck[service]'") from None
    options = _serve_options(args)
    sock = _listen(args.host, args.port)
    try:
        from .app import create_app

        app = create_app(checker=_checker(args), **options)
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        workers = app.state.pool.size

        class Server(uvicorn.Server):
            async def startup(self, sockets: Any = None) -> None:
                await super().startup(sockets=sockets)
                if self.started:  # the socket listens: a connection made now is answered
                    print(f"replycheck: serving on http://{shown}:{port} ({workers} worker(s); API docs at /docs); "
                          "Ctrl-C stops", file=sys.stderr, flush=True)

        config = uvicorn.Config(app, log_level=args.log_level, access_log=args.log_level in ("debug", "info"),
                                timeout_graceful_shutdown=5, server_header=False)
        try:
            Server(config).run(sockets=[sock])
        finally:
            app.state.pool.close()
    finally:
        sock.close()
    return 0


# --- lint ----------------------------------------------------------------------------


@dataclass
class Piece:
    """One text to check in a file and where it is: ``locate(offset)`` → (line, column), 1-based."""

    path: str
    text: str
    format: str | None
    source: str
    base: int  # index of the piece's first character in source (best effort for YAML values)
    exact: bool  # whether piece offsets are source offsets (plain files)

    def locate(self, start: int, found: str) -> tuple[int, int]:
        if self.exact:
            index = start
        else:
            # A YAML value's characters are not always the file's (quotes, escapes, folded lines):
            # find the flagged words in the value's source, the same occurrence; else the value's start.
            nth = self.text.count(found, 0, start) if found else 0
            index = self.base
            at = self.source.find(found, self.base) if found else -1
            for _ in range(nth):
                if at < 0:
                    break
                at = self.source.find(found, at + 1)
            if at >= 0 and found:
                index = at
        line = self.source.count("\n", 0, index) + 1
        return line, index - (self.source.rfind("\n", 0, index) + 1) + 1


def _yaml_values(node: Any, wanted: bool, keys: frozenset[str]) -> Iterator[Any]:
    """String scalar values (not keys) of a composed YAML node, under the wanted keys."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            yield from _yaml_values(value, wanted or (name in keys), keys)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _yaml_values(item, wanted, keys)
    elif isinstance(node, yaml.ScalarNode) and wanted and node.tag == "tag:yaml.org,2002:str":
        yield node


def _pieces(path: str, source: str, keys: frozenset[str]) -> list[Piece]:
    suffix = Path(path).suffix.lower()
    if suffix not in _YAML:
        return [Piece(path, source, _FORMATS.get(suffix), source, 0, True)]
    import yaml

    from ..rulepack import YamlTooBig, check_yaml_budget

    try:
        documents = list(yaml.compose_all(source, Loader=yaml.SafeLoader))
        for document in documents:
            check_yaml_budget(document)  # aliases bounded: _yaml_values walks them expanded
    except YamlTooBig as exc:
        raise _usage(f"{path}:{exc.line}: {exc.problem}") from None
    except RecursionError:
        raise _usage(f"{path}: YAML nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else path
        raise _usage(f"{where}: invalid YAML ({getattr(exc, 'problem', None) or exc})") from None
    pieces = []
    for document in documents:
        for node in _yaml_values(document, not keys, keys):
            if len(node.value.split()) >= _MIN_WORDS:
                pieces.append(Piece(path, node.value, None, source, node.start_mark.index, False))
    return pieces


MAX_LINT_BYTES = 5 * 2**20
"""The largest file ``lint`` reads (saved replies and macro files are far smaller)."""


def _read(path: str) -> str:
    """A regular file (or ``-``) of at most :data:`MAX_LINT_BYTES`, as UTF-8: never a device, FIFO or socket."""
    import os
    import stat

    from ..cli import read_input

    if path != "-":
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise _usage(f"no such file: {path}") from None
        except OSError as exc:
            raise _usage(f"cannot read {path}: {exc.strerror}") from None
        if stat.S_ISDIR(info.st_mode):
            raise _usage(f"{path} is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise _usage(f"{path} is not a regular file (a device, FIFO or socket); lint reads files")
        if info.st_size > MAX_LINT_BYTES:
            raise _usage(f"{path} has {info.st_size:,} bytes; lint reads files of at most {MAX_LINT_BYTES:,}")
    else:
        data = sys.stdin.buffer.read(MAX_LINT_BYTES + 1)
        if len(data) > MAX_LINT_BYTES:
            raise _usage(f"standard input has more than {MAX_LINT_BYTES:,} bytes; lint reads at most that")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _usage(f"standard input is not valid UTF-8 (byte {exc.start})") from None
    return read_input(path)


def _cmd_lint(args: argparse.Namespace) -> int:
    from ..errors import InputError, UnsupportedLanguageError
    from ..models import SEVERITY_RANK, Draft

    from ..cli import _read_thread, parse_time

    now = parse_time(args.now) or datetime.now().astimezone()
    thread = _read_thread(args.thread)
    keys = frozenset(args.yaml_key or ())
    pieces = [piece for path in args.files for piece in _pieces(path, _read(path), keys)]
    from ..cli import checker_from_args

    checker = checker_from_args(args, relative_time=True)  # saved macros: "within 1 business day", never a date
    if args.lang and args.lang.lower().split("-")[0] not in checker.languages:
        raise UnsupportedLanguageError(args.lang, checker.languages)
    threshold = SEVERITY_RANK[args.fail_on or checker.fail_on]
    problems = 0
    todo: list[tuple[Piece, Draft]] = []
    for piece in pieces:
        if not piece.text.strip():
            continue  # an empty file: nothing to check
        if len(piece.text) > checker.max_chars:
            line, col = piece.locate(0, "")
            print(f"{piece.path}:{line}:{col}: cannot check: {len(piece.text):,} characters; the limit is "
                  f"{checker.max_chars:,}", file=sys.stderr)
            problems += 1
            continue
        todo.append((piece, Draft(text=piece.text, lang=args.lang, now=now, thread=thread,
                                  format=args.input_format or piece.format)))
    try:
        reports = list(zip((p for p, _ in todo), checker.check_many([d for _, d in todo])))
    except InputError:
        reports = []
        for piece, draft in todo:
            try:
                reports.append((piece, checker.check_many([draft])[0]))
            except InputError:
                continue  # only markup, quotes or placeholders: nothing of the author's own
    failing = total = 0
    for piece, report in reports:
        for finding in report.findings:
            total += 1
            failing += SEVERITY_RANK[finding.severity] >= threshold
            line, col = piece.locate(finding.start, finding.text)
            hint = ""
            if finding.suggestions:
                edit = finding.suggestions[0]
                before, after = piece.text[edit.start:edit.end], edit.replacement
                if "\n" not in before + after and len(before + after) <= 160:
                    hint = f" (“{before.strip()}” → “{after.strip()}”)" if after.strip() else f" (delete “{before.strip()}”)"
            print(f"{piece.path}:{line}:{col}: {finding.rule_id} [{finding.severity}] {finding.message}{hint}")
    files = len(args.files)
    if total:
        level = args.fail_on or checker.fail_on
        print(f"replycheck: {total} finding(s) in {files} file(s), {failing} at or above {level}", file=sys.stderr)
    if problems:
        return 2
    return 1 if failing else 0


def add_parsers(sub: Any, common: Any) -> None:
    """Add ``serve`` and ``lint`` to the ``replycheck`` command."""
    p = sub.add_parser("serve", help="run the HTTP service (needs the [service] extra)",
                       description="Serve /v1/check, /v1/batch, /v1/rules, /health and LanguageTool's /v2/check.")
    p.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on (default: {DEFAULT_HOST})")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT}; 0: any free port)")
    p.add_argument("--max-body", type=int, default=MAX_BODY, metavar="BYTES",
                   help=f"largest request body (default: {MAX_BODY:,} = 1 MiB; larger: 413)")
    p.add_argument("--max-batch", type=int, default=MAX_BATCH, metavar="N",
                   help=f"most drafts in one /v1/batch request (default: {MAX_BATCH:,}; more: 413)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes that check drafts (default: one per core; 0: check in the server "
                   "process, where the time limit cannot stop a check)")
    p.add_argument("--time-limit", type=float, default=TIME_LIMIT, metavar="SECONDS",
                   help=f"most seconds one draft may take, waiting included (default: {TIME_LIMIT:g}; "
                   "past it: 503 and the worker is replaced)")
    p.add_argument("--body-timeout", type=float, default=BODY_TIMEOUT, metavar="SECONDS",
                   help=f"most seconds a request body may take to arrive (default: {BODY_TIMEOUT:g}; past it: 408)")
    p.add_argument("--recycle-after", type=int, default=RECYCLE_AFTER, metavar="N",
                   help=f"replace a worker by a fresh fork after N drafts, which keeps memory flat "
                   f"(default: {RECYCLE_AFTER:,}; 0: never)")
    p.add_argument("--token", default=None, metavar="TOKEN",
                   help="require 'Authorization: Bearer TOKEN' on every route but /health "
                   "(default: $REPLYCHECK_TOKEN, else none)")
    p.add_argument("--allow-host", action="append", metavar="HOST",
                   help="answer only requests whose Host header is HOST (repeatable; '*.example.com', '*' for any; "
                   "default: localhost, 127.0.0.1 and ::1 when --host is loopback, else any)")
    p.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                   help="let web pages from ORIGIN (e.g. https://desk.example.com) call the service "
                   "(repeatable; default: no CORS)")
    p.add_argument("--fail-on", choices=_SEVERITIES, default=None,
                   help="lowest severity that makes a report fail (default: the configuration's, else warning)")
    p.add_argument("--log-level", choices=["critical", "error", "warning", "info", "debug"], default="info",
                   help="uvicorn's log level (info includes one access-log line per request)")
    common(p)
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("lint", help="check saved replies / macros (Markdown, text, YAML files); for pre-commit",
                       description="Print path:line:col: CODE [severity] message for each finding. "
                       "YAML files: every string value of 3 or more words is checked on its own.")
    p.add_argument("files", nargs="+", metavar="FILE", help="saved replies: Markdown, text, HTML or YAML files")
    from ..cli import add_draft_options

    add_draft_options(p)  # --lang, --thread, --now, --fail-on, --input-format, as every command has them
    p.add_argument("--yaml-key", action="append", metavar="KEY",
                   help="in YAML files, check only the values under KEY (repeatable; default: every string value)")
    common(p)
    p.set_defaults(func=_cmd_lint)
