#!/usr/bin/env python3
"""Pre-send hook for a helpdesk: check a draft reply before it goes out.

    python pre_send.py draft.txt                 # or: cat draft.txt | python pre_send.py -
    python pre_send.py draft.html --fail-on error --input-format html
    python pre_send.py draft.txt --json          # the report as JSON

It asks the replycheck service at ``--url`` (default ``$REPLYCHECK_URL``, else
http://127.0.0.1:8080; start one with ``replycheck serve``) so the rule packs
are loaded once, not on every send.  When no service answers there it checks
in this process with the installed ``replycheck`` package instead (about a
second of start-up).  The HTTP part uses only the standard library.

Exit codes: 0 nothing at or above ``--fail-on`` (default ``warning``): send;
1 findings at or above it: hold the reply; 2 the draft could not be checked.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from datetime import datetime
from typing import Any

DEFAULT_URL = "http://127.0.0.1:8080"
RANK = {"info": 0, "warning": 1, "error": 2}


class DraftError(Exception):
    """The draft can't be checked (empty, too long, unknown language, bad thread): exit 2."""


class NoService(Exception):
    """Nothing usable answered at the URL."""


def read_text(source: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else open(source, "rb").read()  # noqa: SIM115
    except OSError as exc:
        raise DraftError(f"cannot read {source}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftError(f"{'standard input' if source == '-' else source} is not valid UTF-8 (byte {exc.start})") from None


def via_service(url: str, draft: dict[str, Any], timeout: float) -> dict[str, Any]:
    """The report from the service's ``POST /v1/check``."""
    request = urllib.request.Request(
        url.rstrip("/") + "/v1/check",
        data=json.dumps(draft).encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the URL is the user's
            return json.load(response)
    except urllib.error.HTTPError as exc:
        if exc.code in (413, 422):  # the service says the draft itself is the problem
            try:
                message = json.loads(exc.read())["error"]
            except (ValueError, KeyError, TypeError):
                message = f"HTTP {exc.code}"
            raise DraftError(message) from None
        raise NoService(f"HTTP {exc.code} from {url}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:  # refused, timed out, not JSON
        reason = getattr(exc, "reason", exc)
        raise NoService(f"no replycheck service at {url} ({reason})") from None


def in_process(draft: dict[str, Any], config: str | None) -> dict[str, Any]:
    """The report from the installed replycheck package (loads the rule packs: about a second)."""
    try:
        from pydantic import ValidationError

        import replycheck
        from replycheck.config import load_config
    except ImportError:
        raise DraftError("no replycheck service answered and the replycheck package is not installed here") from None
    try:
        checker = load_config(config).checker()
        return checker.check_many([draft])[0].model_dump(mode="json")
    except replycheck.ReplycheckError as exc:
        raise DraftError(str(exc)) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        raise DraftError(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None


def position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def show(text: str, report: dict[str, Any]) -> str:
    lines = []
    for finding in report["findings"]:
        line, col = position(text, finding["start"])
        lines.append(f"{line}:{col}  {finding['severity']:7}  {finding['rule_id']}  {finding['message']}")
        if finding["suggestions"]:
            edit = finding["suggestions"][0]
            before, after = text[edit["start"]:edit["end"]], edit["replacement"]
            lines.append(f"    “{before.strip()}” → “{after.strip()}”" if after.strip() else f"    delete “{before.strip()}”")
    if report["findings"] and report["rewrite"] != text:
        lines += ["", "Rewrite:", report["rewrite"].rstrip("\n")]
    if not report["findings"]:
        lines.append("No findings.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a draft reply before it is sent (replycheck pre-send hook).")
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="the draft (default: standard input)")
    parser.add_argument("--url", default=os.environ.get("REPLYCHECK_URL", DEFAULT_URL),
                        help=f"the replycheck service (default: $REPLYCHECK_URL, else {DEFAULT_URL})")
    parser.add_argument("--fail-on", choices=list(RANK), default="warning", help="lowest severity that holds the reply")
    parser.add_argument("--lang", help="en, tr, en-US, … (default: detect)")
    parser.add_argument("--input-format", choices=["text", "html", "markdown", "email"], help="default: detect")
    parser.add_argument("--thread", metavar="FILE", help="JSON list of earlier messages {role, at, text}")
    parser.add_argument("--now", metavar="TIME", help="ISO-8601 time the draft is written (default: now)")
    parser.add_argument("--id", help="an id to echo in the report (e.g. the ticket number)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for the service (default: 10)")
    parser.add_argument("--no-service", action="store_true", help="always check in this process")
    parser.add_argument("--config", metavar="FILE", help="configuration for the in-process check")
    parser.add_argument("-v", "--verbose", action="store_true", help="say on stderr which way the draft was checked")
    args = parser.parse_args(argv)
    try:
        text = read_text(args.file)
        if not text.strip():
            raise DraftError("the draft is empty; there is nothing to check")
        draft: dict[str, Any] = {"text": text, "now": args.now or datetime.now().astimezone().isoformat()}
        for key in ("id", "lang"):
            if getattr(args, key):
                draft[key] = getattr(args, key)
        if args.input_format:
            draft["format"] = args.input_format
        if args.thread:
            try:
                draft["thread"] = json.loads(read_text(args.thread))
            except json.JSONDecodeError as exc:
                raise DraftError(f"{args.thread}: invalid JSON ({exc.msg}, line {exc.lineno})") from None
        try:
            if args.no_service:
                raise NoService("--no-service")
            report = via_service(args.url, draft, args.timeout)
            how = f"by the replycheck service at {args.url}"
        except NoService as exc:
            report = in_process(draft, args.config)
            how = f"in this process ({exc})"
    except DraftError as exc:
        print(f"pre-send: {exc}", file=sys.stderr)
        return 2
    if args.verbose:
        print(f"pre-send: checked {how}", file=sys.stderr)
    sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n" if args.json else show(text, report))
    held = [f for f in report["findings"] if RANK[f["severity"]] >= RANK[args.fail_on]]
    return 1 if held else 0


if __name__ == "__main__":
    sys.exit(main())
