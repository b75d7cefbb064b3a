"""JSON Lines in, JSON Lines out: one report per input line, errors as records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from pydantic import ValidationError

from .checker import Checker
from .errors import InputError
from .models import Draft

CHUNK = 256


def _error_record(draft_id: Any, line_no: int, message: str) -> dict[str, Any]:
    return {"id": None if draft_id is None else str(draft_id), "line": line_no, "error": message}


def _parse(line: str, line_no: int) -> Draft | dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error_record(None, line_no, f"line {line_no}: invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return _error_record(None, line_no, f"line {line_no}: expected a JSON object")
    draft_id = data.get("id", line_no)
    try:
        return Draft.model_validate({**data, "id": draft_id})
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "line"
        return _error_record(draft_id, line_no, f"line {line_no}: {field}: {first['msg']}")


def run_batch(checker: Checker, lines: Iterable[str]) -> Iterator[tuple[dict[str, Any], bool]]:
    """Yield ``(record, ok)`` for each non-blank input line, in order.

    A bad line becomes ``{"id", "line", "error"}`` and the batch goes on.
    """
    pending: list[tuple[int, Draft | dict[str, Any]]] = []

    def flush() -> Iterator[tuple[dict[str, Any], bool]]:
        drafts = [(n, d) for n, d in pending if isinstance(d, Draft)]
        reports: dict[int, Any] = {}
        try:
            for (n, _), report in zip(drafts, checker.check_many([d for _, d in drafts])):
                reports[n] = report
        except InputError:
            for n, draft in drafts:  # find the bad one(s) without losing the rest
                try:
                    reports[n] = checker.check_many([draft])[0]
                except InputError as exc:
                    reports[n] = _error_record(draft.id, n, f"line {n}: {exc}")
        for n, item in pending:
            result = reports.get(n, item)
            if isinstance(result, dict):
                yield result, False
            else:
                yield json.loads(result.model_dump_json()), True
        pending.clear()

    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        pending.append((line_no, _parse(line, line_no)))
        if len(pending) >= CHUNK:
            yield from flush()
    yield from flush()


def write_jsonl(records: Iterable[tuple[dict[str, Any], bool]], out: IO[str]) -> tuple[int, int]:
    """Write records as JSON Lines; return (reports, errors)."""
    good = bad = 0
    for record, ok in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        good += ok
        bad += not ok
    out.flush()
    return good, bad
