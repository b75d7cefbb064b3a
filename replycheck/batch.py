"""Batch checking: JSON Lines or CSV in, one JSON report per line out, in input order.

A bad line becomes ``{"id", "line", "error"}`` and the batch goes on.  Drafts
are checked in chunks through ``Checker.check_many`` (``nlp.pipe`` inside),
either in this process or in a pool of worker processes that each build one
``Checker`` when they start.  Output is written chunk by chunk in input order,
so an interrupted run leaves a clean prefix that :func:`read_done` can resume.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .checker import Checker
from .errors import InputError, ReplycheckError, UnsupportedLanguageError
from .models import Draft

CHUNK = 256

Item = tuple[int, "str | dict[str, Any]"]
"""One input record: its line number and the raw JSON line or an already-read CSV row."""


@dataclass(frozen=True)
class Columns:
    """Where the draft's fields are in an input record (``--text body --id ticket_id …``).

    ``time`` is the time the reply was written: it is the check's ``now`` (the
    concrete dates in rewrites are computed from it) and is copied to the
    output as ``time``; without it a record's own ``now`` is used.  ``agent``
    and ``team`` are copied to the output as ``agent`` and ``team``.
    """

    text: str = "text"
    id: str = "id"
    lang: str = "lang"
    time: str | None = None
    agent: str | None = None
    team: str | None = None

    def extras(self, data: dict[str, Any]) -> dict[str, Any]:
        """The mapped metadata columns to copy into the output record."""
        out = {}
        for key in ("agent", "team", "time"):
            column = getattr(self, key)
            if column is not None:
                value = data.get(column)
                out[key] = None if value == "" else value
        return out

    def draft(self, data: dict[str, Any], line_no: int) -> Draft | dict[str, Any]:
        """The :class:`Draft` of one record, or its error record."""
        draft_id = data.get(self.id)
        if draft_id is None or draft_id == "":
            draft_id = line_no
        fields: dict[str, Any] = {"id": draft_id}
        if data.get(self.text) is not None:
            fields["text"] = data[self.text]
        lang = data.get(self.lang)
        fields["lang"] = lang if lang != "" else None
        if data.get("thread") is not None:
            fields["thread"] = data["thread"]
        if data.get("format") not in (None, ""):
            fields["format"] = data["format"]
        now = data.get(self.time) if self.time else data.get("now")
        fields["now"] = now if now != "" else None
        try:
            return Draft.model_validate(fields)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "line"
            if field == "text" and self.text != "text":
                field = self.text
            return _error_record(draft_id, line_no, f"line {line_no}: {field}: {first['msg']}")


DEFAULT_COLUMNS = Columns()


def _error_record(draft_id: Any, line_no: int, message: str) -> dict[str, Any]:
    return {"id": None if draft_id is None else str(draft_id), "line": line_no, "error": message}


def _load(raw: str | dict[str, Any], line_no: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``(record, None)`` for a JSON line or CSV row, or ``(None, error record)``."""
    if isinstance(raw, dict):
        return raw, None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, _error_record(None, line_no, f"line {line_no}: invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(data, dict):
        return None, _error_record(None, line_no, f"line {line_no}: expected a JSON object")
    return data, None


def _parse(line: str, line_no: int, columns: Columns = DEFAULT_COLUMNS) -> Draft | dict[str, Any]:
    data, error = _load(line, line_no)
    return error if data is None else columns.draft(data, line_no)


def record_key(raw: str | dict[str, Any], line_no: int, columns: Columns = DEFAULT_COLUMNS) -> str:
    """The key :func:`read_done` stores for this record's output: its id, or ``#line`` without one."""
    data, _ = _load(raw, line_no)
    if data is None:
        return f"#{line_no}"
    draft_id = data.get(columns.id)
    return str(line_no if draft_id is None or draft_id == "" else draft_id)


def check_items(checker: Checker, items: list[Item], columns: Columns = DEFAULT_COLUMNS) -> list[tuple[dict[str, Any], bool]]:
    """Check one chunk of records; ``(record, ok)`` for each, in order."""
    parsed: list[tuple[int, Draft | dict[str, Any], dict[str, Any]]] = []
    for line_no, raw in items:
        data, error = _load(raw, line_no)
        if data is None:
            parsed.append((line_no, error, {}))
        else:
            parsed.append((line_no, columns.draft(data, line_no), columns.extras(data)))
    reports: dict[int, Any] = {}
    drafts: list[tuple[int, Draft]] = []
    for n, item, _ in parsed:
        if not isinstance(item, Draft):
            continue
        problem = _precheck(checker, item)
        if problem:
            reports[n] = _error_record(item.id, n, f"line {n}: {problem}")
        else:
            drafts.append((n, item))
    try:
        for (n, _), report in zip(drafts, checker.check_many([d for _, d in drafts])):
            reports[n] = report
    except InputError:
        for n, draft in drafts:  # find the bad one(s) without losing the rest
            try:
                reports[n] = checker.check_many([draft])[0]
            except InputError as exc:
                reports[n] = _error_record(draft.id, n, f"line {n}: {exc}")
    out = []
    for n, item, extras in parsed:
        result = reports.get(n, item)
        if isinstance(result, dict):
            out.append((result, False))
        else:
            record = result.model_dump(mode="json")
            record.update(extras)
            out.append((record, True))
    return out


def _precheck(checker: Checker, draft: Draft) -> str | None:
    """The common input errors, found before the chunk goes to ``check_many`` (which stops at the first)."""
    label = f"draft {str(draft.id)!r}"
    if not draft.text.strip():
        return f"{label} is empty; there is nothing to check"
    if len(draft.text) > checker.max_chars:
        return f"{label} has {len(draft.text):,} characters; the limit is {checker.max_chars:,}"
    if draft.lang and draft.lang.lower().split("-")[0] not in checker.languages:
        return str(UnsupportedLanguageError(draft.lang, checker.languages))
    return None


def run_batch(checker: Checker, lines: Iterable[str], columns: Columns = DEFAULT_COLUMNS) -> Iterator[tuple[dict[str, Any], bool]]:
    """Yield ``(record, ok)`` for each non-blank input line, in order, in this process.

    A bad line becomes ``{"id", "line", "error"}`` and the batch goes on.
    """
    yield from run_items(checker, iter_jsonl(lines), columns)


def run_items(checker: Checker, items: Iterable[Item], columns: Columns = DEFAULT_COLUMNS, chunk: int = CHUNK) -> Iterator[tuple[dict[str, Any], bool]]:
    """Like :func:`run_batch` for records already read (see :func:`iter_jsonl`, :func:`iter_csv`)."""
    for block in _chunks(items, chunk):
        yield from check_items(checker, block, columns)


def dump(record: dict[str, Any]) -> str:
    """One output line."""
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_jsonl(records: Iterable[tuple[dict[str, Any], bool]], out: IO[str]) -> tuple[int, int]:
    """Write records as JSON Lines; return (reports, errors)."""
    good = bad = 0
    for record, ok in records:
        out.write(dump(record))
        good += ok
        bad += not ok
    out.flush()
    return good, bad


# --- input ------------------------------------------------------------------


def iter_jsonl(lines: Iterable[str]) -> Iterator[Item]:
    """``(line number, line)`` for each non-blank line."""
    for line_no, line in enumerate(lines, start=1):
        if line.strip():
            yield line_no, line


def iter_csv(stream: IO[str], columns: Columns | None = None) -> Iterator[Item]:
    """``(line number, row)`` for each CSV record (header first); the number is the record's first line.

    With ``columns``, a header without the text column is an :class:`InputError` (raised at once).
    """
    reader = csv.DictReader(stream)
    header = reader.fieldnames or []
    if columns is not None and columns.text not in header:
        raise InputError(f"the CSV has no column {columns.text!r} (it has: {', '.join(header) or 'none'})")
    return _csv_rows(reader)


def _csv_rows(reader: csv.DictReader) -> Iterator[Item]:
    start = 2
    for row in reader:
        if any((v or "").strip() for v in row.values() if isinstance(v, str)):
            yield start, {k: v for k, v in row.items() if k is not None}
        start = reader.line_num + 1


def count_records(path: str, fmt: str) -> int | None:
    """How many records a file holds (for the progress bar), or None when that is not cheap to know."""
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as stream:
            if fmt == "csv":
                return sum(1 for _ in iter_csv(stream))
            return sum(1 for line in stream if line.strip())
    except OSError:
        return None


def read_done(path: str | Path) -> set[str]:
    """Keys (ids, or ``#line`` for error records without one) of the records already in an output file.

    A half-written last line (a crash mid-write) is cut off so the run can append after it.
    """
    path = Path(path)
    if not path.exists():
        return set()
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(end)
    done = set()
    for line in data[:end].splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(record, dict):
            continue
        if record.get("id") is not None:
            done.add(str(record["id"]))
        elif "line" in record:
            done.add(f"#{record['line']}")
    return done


def skip_done(items: Iterable[Item], done: set[str], columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Leave out the records whose key is in ``done``."""
    for line_no, raw in items:
        if record_key(raw, line_no, columns) not in done:
            yield line_no, raw


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    block: list[Item] = []
    for item in items:
        block.append(item)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


# --- worker processes ---------------------------------------------------------

_worker_checker: Checker | None = None
_worker_error: BaseException | None = None
_worker_columns: Columns = DEFAULT_COLUMNS


def _init_worker(factory: Callable[[], Checker], columns: Columns) -> None:
    """Pool initializer: build this process's one Checker (Ctrl-C is the parent's to handle)."""
    global _worker_checker, _worker_error, _worker_columns
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_columns = columns
    try:
        _worker_checker = factory()
    except ReplycheckError as exc:  # reported by the first task (as a plain, picklable ReplycheckError)
        _worker_error = ReplycheckError(str(exc))


def _work(items: list[Item]) -> tuple[str, int, int]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_checker is not None
    results = check_items(_worker_checker, items, _worker_columns)
    good = sum(ok for _, ok in results)
    return "".join(dump(record) for record, _ in results), good, len(results) - good


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_parallel(
    factory: Callable[[], Checker],
    items: Iterable[Item],
    out: IO[str],
    columns: Columns = DEFAULT_COLUMNS,
    workers: int | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Check ``items`` and write their records to ``out`` in input order, chunk by chunk; return (reports, errors).

    ``factory`` builds a Checker (it must be picklable: a module-level function
    or a ``functools.partial`` of one).  ``workers=1`` checks in this process;
    more starts a process pool whose initializer builds one Checker per
    worker.  Input shorter than two chunks is checked in this process too
    (starting workers would cost more than it saves).  ``progress`` is called
    with the number of records each written chunk held.
    """
    workers = workers or default_workers()
    blocks = _chunks(items, chunk)
    head = []
    if workers > 1:
        for block in blocks:
            head.append(block)
            if len(head) >= 2:
                break
    good = bad = 0

    def write(text: str, g: int, b: int) -> None:
        nonlocal good, bad
        out.write(text)
        out.flush()
        good += g
        bad += b
        if progress:
            progress(g + b)

    if workers <= 1 or len(head) < 2:
        checker = factory()
        for block in [*head, *blocks]:
            results = check_items(checker, block, columns)
            g = sum(ok for _, ok in results)
            write("".join(dump(r) for r, _ in results), g, len(results) - g)
        return good, bad

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: the parent may run threads (the progress bar), which fork does not mix with.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(factory, columns))
    pending: deque = deque()
    try:
        source = iter([*head, *blocks])
        for block in source:
            pending.append(pool.submit(_work, block))
            if len(pending) >= workers * 3:
                write(*pending.popleft().result())
        while pending:
            write(*pending.popleft().result())
    except BaseException:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return good, bad


# --- the progress bar -----------------------------------------------------------


class Progress:
    """A progress bar with replies/s on stderr when it is a terminal; otherwise nothing."""

    def __init__(self, total: int | None, enabled: bool | None = None) -> None:
        self._bar: Any = None
        if enabled is None:
            enabled = sys.stderr.isatty()
        if not enabled:
            return
        try:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress, ProgressColumn,
                                       TextColumn, TimeElapsedColumn, TimeRemainingColumn)
            from rich.text import Text
        except ImportError:  # the bar is a nicety; rich comes with the [bulk] extra
            return

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                return Text(f"{speed:,.0f} replies/s" if speed else "… replies/s")

        from rich.console import Console

        self._bar = RichProgress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), Rate(),
                                 TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
                                 transient=False)
        self._task = self._bar.add_task("check", total=total)

    def __enter__(self) -> Progress:
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar:
            self._bar.stop()

    def __call__(self, count: int) -> None:
        if self._bar:
            self._bar.advance(self._task, count)
