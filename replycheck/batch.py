"""Batch checking: JSON Lines or CSV in, one JSON record per input record out, in input order.

The promise: every non-blank input record gets exactly one output record — its
report, or ``{"id", "line", "error"}`` — whatever it holds (invalid UTF-8,
invalid JSON, a 5,000-digit id, a draft the engine chokes on), and the batch
goes on.  Every record carries its ``line`` (the input line it came from), so
``--resume`` knows a record by line and id even when ids repeat.

JSON Lines are split on ``\\n`` only (a raw CR inside a line stays in it) and
each line is decoded on its own.  Ids keep the text they had: ``true`` stays
``"true"`` and ``1.0`` stays ``"1.0"``.

Drafts are checked in chunks through ``Checker.check_many`` (``nlp.pipe``
inside), in this process or, for big inputs, in worker processes forked from
this one after its packs are loaded (so no worker rebuilds them).  Output is
written chunk by chunk, whole lines only (a SIGINT/SIGTERM waits for the line
being written), so an interrupted run leaves a clean prefix that
:func:`read_done` can resume.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple

from pydantic import ValidationError

from .checker import Checker
from .errors import InputError, ReplycheckError, UnsupportedLanguageError, json_problem
from .models import Draft

CHUNK = 256
PARALLEL_MIN = 1_000
"""Fewest records for which the default (``--workers`` not given) starts worker processes."""
MAX_LINE_BYTES = 64 * 2**20
"""A longer input line is not read into memory; it becomes an error record."""
SNIFF_BYTES = 8192

Item = tuple[int, "str | dict[str, Any] | LineError"]
"""One input record: its line number and the raw JSON line, an already-read CSV row, or why it is unreadable."""


class LineError(str):
    """An input record that could not even be read (invalid UTF-8, too long): the message for its error record."""


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived; raised where no output line is half-written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class Totals(NamedTuple):
    """What a run wrote: reports, error records, and reports that did not pass."""

    reports: int
    errors: int
    failed: int = 0


# --- reading a record ------------------------------------------------------------


class _Number(str):
    """A JSON number kept as the text it was written as (ids keep their form; no int-size limit)."""


def _number(text: str) -> int | float | str:
    """A JSON number's value for the fields that are not ids (huge ones stay text)."""
    if re.fullmatch(r"-?\d+", text):
        return int(text) if len(text) <= 4000 else text
    return float(text)


def _plain(value: Any) -> Any:
    """``value`` with the kept-as-text numbers turned back into numbers."""
    if type(value) is _Number:
        return _number(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _id_text(value: Any) -> str | None:
    """An id as the text it was written as; ``None`` when there is none. A list or object is an :class:`InputError`."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        raise InputError("id must be a string or a number")
    return str(value)


@dataclass(frozen=True)
class Columns:
    """Where the draft's fields are in an input record (``--text body --id ticket_id …``).

    ``time`` is the time the reply was written: it is the check's ``now`` (the
    concrete dates in rewrites are computed from it) and is copied to the
    output as ``time``; without it a record's own ``now`` is used, else
    ``now`` (``--now``), else the current time.  ``agent`` and ``team`` are
    copied to the output as ``agent`` and ``team``.
    """

    text: str = "text"
    id: str = "id"
    lang: str = "lang"
    time: str | None = None
    agent: str | None = None
    team: str | None = None
    now: datetime | None = None
    thread: str = "thread"

    def extras(self, data: dict[str, Any]) -> dict[str, Any]:
        """The mapped metadata columns to copy into the output record."""
        out = {}
        for key in ("agent", "team", "time"):
            column = getattr(self, key)
            if column is not None:
                value = _plain(data.get(column))
                out[key] = None if value == "" else value
        return out

    def record_id(self, data: dict[str, Any], line_no: int) -> str | None:
        """The id the output record carries: the record's own, else its line number; None if it is unusable."""
        try:
            found = _id_text(data.get(self.id))
        except InputError:
            return None
        return str(line_no) if found is None else found

    def draft(self, data: dict[str, Any], line_no: int) -> Draft | dict[str, Any]:
        """The :class:`Draft` of one record, or its error record."""
        try:
            draft_id = _id_text(data.get(self.id))
        except InputError as exc:
            return _error_record(None, line_no, f"line {line_no}: {exc}")
        if draft_id is None:
            draft_id = str(line_no)
        fields: dict[str, Any] = {"id": draft_id}
        if data.get(self.text) is not None:
            fields["text"] = _plain(data[self.text])
        # --lang names a column, or (when no record has a field of that name) one language code for all
        lang = _plain(data.get(self.lang)) if self.lang in data or not _is_language(self.lang) else self.lang
        fields["lang"] = lang if lang != "" else None
        thread = _plain(data.get(self.thread))
        if isinstance(thread, str):  # a CSV cell holds the thread as JSON text
            try:
                thread = json.loads(thread) if thread.strip() else None
            except json.JSONDecodeError as exc:
                return _error_record(draft_id, line_no, f"line {line_no}: {self.thread}: {json_problem(exc)}")
        if thread is not None:
            fields["thread"] = thread
        if data.get("format") not in (None, ""):
            fields["format"] = _plain(data["format"])
        now = _plain(data.get(self.time) if self.time else data.get("now"))
        fields["now"] = now if now not in (None, "") else self.now
        try:
            return Draft.model_validate(fields)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "line"
            if field == "text" and self.text != "text":
                field = self.text
            return _error_record(draft_id, line_no, f"line {line_no}: {field}: {first['msg']}")


DEFAULT_COLUMNS = Columns()


@functools.lru_cache(maxsize=64)
def _is_language(value: str) -> bool:
    """Whether ``value`` (a ``--lang`` value) is a bundled language code rather than a field name."""
    from .rulepack import builtin_languages

    return value != "lang" and value.lower().split("-")[0] in builtin_languages()


def _error_record(draft_id: Any, line_no: int, message: str) -> dict[str, Any]:
    return {"id": None if draft_id is None else str(draft_id), "line": line_no, "error": message}


def _load(raw: str | dict[str, Any], line_no: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """``(record, None)`` for a JSON line or CSV row, or ``(None, error record)``."""
    if isinstance(raw, LineError):
        return None, _error_record(None, line_no, f"line {line_no}: {raw}")
    if isinstance(raw, dict):
        return raw, None
    try:
        data = json.loads(raw, parse_int=_Number, parse_float=_Number, parse_constant=_Number, strict=False)
    except json.JSONDecodeError as exc:
        return None, _error_record(None, line_no, f"line {line_no}: {json_problem(exc)}")
    except RecursionError:
        return None, _error_record(None, line_no, f"line {line_no}: invalid JSON (nested too deeply)")
    if not isinstance(data, dict):
        return None, _error_record(None, line_no, f"line {line_no}: expected a JSON object")
    return data, None


def _parse(line: str, line_no: int, columns: Columns = DEFAULT_COLUMNS) -> Draft | dict[str, Any]:
    data, error = _load(line, line_no)
    return error if data is None else columns.draft(data, line_no)


def record_key(raw: str | dict[str, Any], line_no: int, columns: Columns = DEFAULT_COLUMNS) -> str:
    """The key :func:`read_done` stores for this record's output: ``line:id`` (``line:`` without a usable id)."""
    try:
        data, _ = _load(raw, line_no)
        draft_id = None if data is None else columns.record_id(data, line_no)
    except Exception:  # noqa: BLE001 - whatever it holds, the record has a key
        draft_id = None
    return f"{line_no}:{'' if draft_id is None else draft_id}"


def _is_setup_error(exc: BaseException) -> bool:
    """A broken rule pack or configuration (any :class:`ReplycheckError` not about one draft) stops the batch."""
    return isinstance(exc, ReplycheckError) and not isinstance(exc, InputError)


def _unexpected(line_no: int, exc: BaseException) -> str:
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"line {line_no}: could not be checked ({type(exc).__name__}{': ' + detail if detail else ''})"


def _with_line(record: dict[str, Any], line_no: int) -> dict[str, Any]:
    """The report with ``line`` right after ``id``."""
    out = {"id": record.get("id"), "line": line_no}
    out.update((k, v) for k, v in record.items() if k != "id")
    return out


def check_items(checker: Checker, items: list[Item], columns: Columns = DEFAULT_COLUMNS) -> list[tuple[dict[str, Any], bool]]:
    """Check one chunk of records; ``(record, ok)`` for each, in order — exactly one per item, whatever happens."""
    parsed: list[tuple[int, Draft | dict[str, Any], dict[str, Any]]] = []
    for line_no, raw in items:
        try:
            data, error = _load(raw, line_no)
            if data is None:
                parsed.append((line_no, error, {}))
            else:
                parsed.append((line_no, columns.draft(data, line_no), columns.extras(data)))
        except Exception as exc:  # noqa: BLE001 - one bad line never stops the batch
            parsed.append((line_no, _error_record(None, line_no, _unexpected(line_no, exc)), {}))
    results: dict[int, Any] = {}
    drafts: list[tuple[int, Draft]] = []
    for index, (n, item, _) in enumerate(parsed):
        if not isinstance(item, Draft):
            continue
        try:
            problem = _precheck(checker, item)
        except Exception as exc:  # noqa: BLE001
            problem = _unexpected(n, exc).split(": ", 1)[1]
        if problem:
            results[index] = _error_record(item.id, n, f"line {n}: {problem}")
        else:
            drafts.append((index, item))
    try:
        reports = checker.check_many([d for _, d in drafts])
        if len(reports) != len(drafts):
            raise RuntimeError("check_many returned a report count that does not match")
        for (index, _), report in zip(drafts, reports):
            results[index] = report
    except Exception as exc:  # noqa: BLE001 - find the bad one(s) without losing the rest
        if _is_setup_error(exc):
            raise
        for index, draft in drafts:
            n = parsed[index][0]
            try:
                results[index] = checker.check_many([draft])[0]
            except InputError as exc:
                results[index] = _error_record(draft.id, n, f"line {n}: {exc}")
            except Exception as exc:  # noqa: BLE001
                if _is_setup_error(exc):
                    raise
                results[index] = _error_record(draft.id, n, _unexpected(n, exc))
    out = []
    for index, (n, item, extras) in enumerate(parsed):
        result = results.get(index, item)
        if isinstance(result, dict):
            out.append((result, False))
            continue
        try:
            record = _with_line(result.model_dump(mode="json"), n)
            record.update(extras)
            out.append((record, True))
        except Exception as exc:  # noqa: BLE001
            out.append((_error_record(getattr(item, "id", None), n, _unexpected(n, exc)), False))
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
    """Like :func:`run_batch` for records already read (see :func:`read_jsonl`, :func:`iter_csv`)."""
    for block in _chunks(items, chunk):
        yield from check_items(checker, block, columns)


def dump(record: dict[str, Any]) -> str:
    """One output line (a lone surrogate in the input is written as its ``\\ud800`` escape)."""
    text = json.dumps(record, ensure_ascii=False) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record) + "\n"
    return text


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
    """``(line number, line)`` for each non-blank line of already-split text lines."""
    for line_no, line in enumerate(lines, start=1):
        if line.strip():
            yield line_no, line


def _raw_lines(stream: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The byte lines of ``stream``, split on ``\\n`` only (``None`` for a line longer than ``limit``)."""
    parts: list[bytes] = []
    size = 0
    too_long = False
    while True:
        block = stream.read(1 << 16)
        if not block:
            break
        start = 0
        while True:
            end = block.find(b"\n", start)
            if end < 0:
                piece = block[start:]
                size += len(piece)
                if size > limit:
                    too_long, parts = True, []
                elif piece:
                    parts.append(piece)
                break
            piece = block[start:end]
            size += len(piece)
            yield None if too_long or size > limit else b"".join([*parts, piece])
            parts, size, too_long = [], 0, False
            start = end + 1
    if parts or too_long:
        yield None if too_long else b"".join(parts)


def read_jsonl(stream: BinaryIO) -> Iterator[Item]:
    """``(line number, line)`` for each non-blank line of a binary stream; an undecodable line is a :class:`LineError`."""
    for line_no, raw in enumerate(_raw_lines(stream), start=1):
        if raw is None:
            yield line_no, LineError(f"longer than {MAX_LINE_BYTES // 2**20} MiB; not read")
            continue
        if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            yield line_no, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield line_no, LineError(f"not valid UTF-8 (byte {exc.start + 1} of the line)")


_ESCAPED = re.compile("[\udc80-\udcff]")


def iter_csv(stream: IO[str], columns: Columns | None = None) -> Iterator[Item]:
    """``(line number, row)`` for each CSV record (header first); the number is the record's first line.

    Open the stream with ``errors="surrogateescape"``: a row with bytes that are
    not UTF-8 then becomes a :class:`LineError`, as does a row the CSV reader
    rejects.  With ``columns``, a header without the text column is an
    :class:`InputError` (raised at once).
    """
    reader = csv.reader(stream)
    try:
        header = next(reader, [])
    except csv.Error as exc:
        raise InputError(f"the CSV header cannot be read ({exc})") from None
    if columns is not None and columns.text not in header:
        raise InputError(f"the CSV has no column {columns.text!r} (it has: {', '.join(header) or 'none'})")
    return _csv_rows(reader, header)


def _csv_rows(reader: Any, header: list[str]) -> Iterator[Item]:
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, LineError(f"unreadable CSV record ({exc})")
            start = reader.line_num + 1
            continue
        if any(cell.strip() for cell in row):
            if any(_ESCAPED.search(cell) for cell in row):
                yield start, LineError("not valid UTF-8")
            else:
                yield start, dict(zip(header, row))
        start = reader.line_num + 1


def count_records(path: str, fmt: str) -> int | None:
    """How many records a file holds (for the progress bar), or None when that is not cheap to know."""
    try:
        if fmt == "csv":
            with open(path, encoding="utf-8", errors="surrogateescape", newline="") as stream:
                return sum(1 for _ in iter_csv(stream))
        with open(path, "rb") as raw:
            return sum(1 for line in _raw_lines(raw) if line is None or line.strip())
    except (OSError, ReplycheckError):
        return None


def sniff_binary(stream: BinaryIO, name: str) -> None:
    """Raise :class:`InputError` when ``stream`` (which must have ``peek``) starts like a binary file (a NUL byte)."""
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]
    at = head.find(b"\0")
    if at >= 0:
        raise InputError(f"{name} is not UTF-8 text (byte {at + 1} is NUL): batch reads JSON Lines or CSV")


# --- resuming -----------------------------------------------------------------------


def read_done(path: str | Path) -> set[str]:
    """Keys (``line:id``) of the records already in an output file.

    A record written before records carried their line is known by ``:id``.
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
    for line in data[:end].split(b"\n"):
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError, UnicodeDecodeError):
            continue
        if not isinstance(record, dict):
            continue
        draft_id = "" if record.get("id") is None else str(record["id"])
        line_no = record.get("line")
        done.add(f"{line_no}:{draft_id}" if isinstance(line_no, int) else f":{draft_id}")
    return done


def skip_done(items: Iterable[Item], done: set[str], columns: Columns = DEFAULT_COLUMNS) -> Iterator[Item]:
    """Leave out the records whose key is in ``done``."""
    for line_no, raw in items:
        key = record_key(raw, line_no, columns)
        if key not in done and (":" + key.split(":", 1)[1]) not in done:
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


# --- stopping cleanly ----------------------------------------------------------------


class _Stop:
    """SIGINT/SIGTERM handling: raise :class:`Interrupted`, but never in the middle of writing a line."""

    def __init__(self) -> None:
        self.writing = False
        self.pending: int | None = None

    def handler(self, signum: int, frame: Any) -> None:  # noqa: ARG002
        if self.writing:
            self.pending = signum
            return
        raise Interrupted(signum)

    def write(self, out: IO[str], text: str) -> None:
        self.writing = True
        try:
            out.write(text)
            out.flush()
        finally:
            self.writing = False
        if self.pending is not None:
            signum, self.pending = self.pending, None
            raise Interrupted(signum)


@contextmanager
def stop_cleanly() -> Iterator[_Stop]:
    """While inside, SIGINT and SIGTERM raise :class:`Interrupted` between lines (main thread only)."""
    stop = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {sig: signal.signal(sig, stop.handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# --- worker processes ---------------------------------------------------------

_worker_checker: Checker | None = None
_worker_columns: Columns = DEFAULT_COLUMNS


def _init_worker(factory: Callable[[], Checker] | None, columns: Columns) -> None:
    """Pool initializer.  Forked workers already hold the parent's Checker; spawned ones build one.

    Ctrl-C is the parent's to handle; SIGTERM ends the worker at once, as does the parent's death.
    """
    global _worker_checker, _worker_columns
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # forked while the parent held them back
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    _die_with_parent()
    _worker_columns = columns
    if factory is not None:
        _worker_checker = factory()


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM to this process when its parent dies (nothing elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover
        pass


def _work(items: list[Item]) -> tuple[str, int, int, int]:
    assert _worker_checker is not None
    return _summarise(check_items(_worker_checker, items, _worker_columns))


def _summarise(results: list[tuple[dict[str, Any], bool]]) -> tuple[str, int, int, int]:
    """The output text of a chunk, its reports, errors and reports that did not pass."""
    good = sum(ok for _, ok in results)
    failed = sum(1 for record, ok in results if ok and record.get("passed") is False)
    return "".join(dump(record) for record, _ in results), good, len(results) - good, failed


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can start as forks of this one (Linux and other POSIX systems)."""
    return "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


def run_parallel(
    checker: Checker | Callable[[], Checker],
    items: Iterable[Item],
    out: IO[str],
    columns: Columns = DEFAULT_COLUMNS,
    workers: int | None = None,
    chunk: int = CHUNK,
    progress: Callable[[int], None] | None = None,
    stop: _Stop | None = None,
) -> Totals:
    """Check ``items`` and write their records to ``out`` in input order, chunk by chunk.

    ``checker`` is a Checker or a function that builds one.  ``workers=1``
    checks in this process.  ``workers=None`` (the default) uses every core
    but only for inputs of :data:`PARALLEL_MIN` records or more; smaller ones
    are checked here (starting workers would cost more than they save).  An
    explicit ``workers`` above 1 starts a pool when there are at least two
    chunks.  The first chunk is checked in this process (building the packs
    the input needs), then the workers are forked from it, so they share its
    packs instead of rebuilding them (where fork is not available they are
    spawned and build their own).  ``progress``
    is called with the number of records each written chunk held.
    """
    stop = stop or _Stop()
    explicit = workers is not None
    workers = workers or default_workers()
    source = iter(items)
    head: list[Item] = []
    if workers > 1:
        need = PARALLEL_MIN if not explicit else 2 * chunk
        for item in source:
            head.append(item)
            if len(head) >= need:
                break
        if len(head) < need:
            workers = 1
    blocks = _chunks(_chain(head, source), chunk)
    totals = [0, 0, 0]

    def write(result: tuple[str, int, int, int]) -> None:
        text, good, bad, failed = result
        stop.write(out, text)
        totals[0] += good
        totals[1] += bad
        totals[2] += failed
        if progress:
            progress(good + bad)

    built = checker if isinstance(checker, Checker) else None
    if workers <= 1:
        built = built or checker()  # type: ignore[operator]
        for block in blocks:
            write(_summarise(check_items(built, block, columns)))
        return Totals(*totals)

    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _worker_checker, _worker_columns
    if can_fork():
        built = built or checker()  # type: ignore[operator]
        # The first chunk is checked here: real work that builds the packs (and tables) the input needs
        # before the workers are forked, so they share them instead of rebuilding them.
        first = next(blocks, None)
        if first is not None:
            write(_summarise(check_items(built, first, columns)))
        _worker_checker, _worker_columns = built, columns
        context, factory = multiprocessing.get_context("fork"), None
    else:  # pragma: no cover - spawn: each worker builds its own Checker
        if built is not None:
            workers = 1
            for block in blocks:
                write(_summarise(check_items(built, block, columns)))
            return Totals(*totals)
        context, factory = multiprocessing.get_context("spawn"), checker
    before = set(multiprocessing.active_children())
    pending: deque = deque()
    with _signals_held():  # a SIGTERM now would leave a worker half-registered: it waits until all are started
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(factory, columns))
        first = next(blocks, None)
        if first is not None:
            pending.append((pool.submit(_work, first), first[0][0]))  # starts every worker (fork: all at once)
    try:
        for block in blocks:
            pending.append((pool.submit(_work, block), block[0][0]))
            if len(pending) >= workers * 3:
                future, _ = pending.popleft()
                write(future.result())
        while pending:
            future, _ = pending.popleft()
            write(future.result())
    except BrokenProcessPool:
        lost = pending[0][1] if pending else None
        _terminate(pool, before)
        where = f"; the output holds every record before line {lost}" if lost else ""
        raise ReplycheckError(f"a worker process died (out of memory?){where}; rerun with --resume to continue") from None
    except BaseException:
        _terminate(pool, before)
        raise
    finally:
        _worker_checker = None
    pool.shutdown()
    return Totals(*totals)


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest


def _terminate(pool: Any, before: set[Any]) -> None:
    """Stop a process pool now: cancel what waits, end its workers (every multiprocessing child started
    since ``before``, whatever the pool's own bookkeeping says), reap them."""
    pool.shutdown(wait=False, cancel_futures=True)
    processes = [p for p in multiprocessing.active_children() if p not in before]
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():  # pragma: no cover
            process.kill()
            process.join(timeout=5)


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back (delivered on leaving) where a process pool is being started."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


# --- the command --------------------------------------------------------------------


def _open_input(source: str) -> tuple[BinaryIO, str]:
    """The input as a binary stream with ``peek``, and its name for messages."""
    if source == "-":
        stream: Any = sys.stdin.buffer
        name = "standard input"
    else:
        path = Path(source)
        if path.is_dir():
            raise InputError(f"{source} is a directory, not a file")
        try:
            stream = open(path, "rb")  # noqa: SIM115
        except FileNotFoundError:
            raise InputError(f"no such file: {source}") from None
        except OSError as exc:
            raise InputError(f"cannot read {source}: {exc.strerror}") from None
        name = source
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    return stream, name


def _open_output(args: Any) -> tuple[IO[str], Callable[[], None]]:
    """Where records go (UTF-8 whatever the locale), and how to let go of it."""
    if args.output:
        try:
            handle = open(args.output, "a" if args.resume else "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise InputError(f"cannot write {args.output}: {exc.strerror}") from None
        return handle, handle.close
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        return sys.stdout, lambda: None
    sys.stdout.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="\n")
    return wrapper, lambda: (wrapper.flush(), wrapper.detach())


def command(args: Any) -> int:
    """``replycheck batch``: see the module doc; the exit code (0, 1 with ``--fail-on``, 2)."""
    from .cli import UsageError, checker_from_args, parse_time
    from .outputs import guard_output

    fmt = args.file_format or ("csv" if args.file.lower().endswith(".csv") else "jsonl")
    if args.workers is not None and args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    if args.chunk_size < 1:
        raise UsageError(f"--chunk-size must be 1 or more, not {args.chunk_size}")
    if args.resume and not args.output:
        raise UsageError("--resume needs -o OUT: it skips the records already written there")
    now = parse_time(getattr(args, "now", None))
    guard_output(args.output, [args.file], force=getattr(args, "force", False), resume=args.resume,
                 can_resume=True)
    if args.output and Path(args.output).is_dir():
        raise UsageError(f"-o {args.output} is a directory; batch writes one JSON Lines file")
    columns = Columns(text=args.text, id=args.id, lang=getattr(args, "lang", None) or "lang", time=args.time,
                      agent=args.agent, team=args.team, now=now, thread=getattr(args, "thread", None) or "thread")
    stream, name = _open_input(args.file)
    try:
        sniff_binary(stream, name)
        if fmt == "csv":
            text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
            items: Iterable[Item] = iter_csv(text, columns)
        else:
            items = read_jsonl(stream)
        checker = checker_from_args(args, preload=False)
        done = read_done(args.output) if args.resume else set()
        if done:
            items = skip_done(items, done, columns)
        show = sys.stderr.isatty() and not args.no_progress
        total = count_records(args.file, fmt) if show and args.file != "-" else None
        if total is not None:
            total = max(0, total - len(done))
        out, release = _open_output(args)
        try:
            with stop_cleanly() as stop, Progress(total, enabled=show) as progress:
                totals = run_parallel(checker, items, out, columns, workers=args.workers, chunk=args.chunk_size,
                                      progress=progress, stop=stop)
        except Interrupted as exc:
            where = f"{args.output}" if args.output else "standard output"
            print(f"replycheck: stopped by {signal.Signals(exc.signum).name}; every record written to {where} is whole"
                  + ("; --resume continues" if args.output else ""), file=sys.stderr)
            return 128 + exc.signum
        finally:
            release()
    finally:
        if args.file != "-":
            stream.close()
    if done:
        print(f"replycheck: {len(done)} records were already in {args.output}; checked the rest", file=sys.stderr)
    checked = totals.reports + totals.errors
    if totals.errors:
        print(f"replycheck: {totals.errors} of {checked} lines could not be checked (see their error records)",
              file=sys.stderr)
    if checked and not totals.reports:
        print(f"replycheck: none of the {checked} records of {name} could be checked", file=sys.stderr)
        return 2
    if getattr(args, "fail_on", None) and totals.failed:
        print(f"replycheck: {totals.failed} of {totals.reports} reports have findings at or above {args.fail_on}",
              file=sys.stderr)
        return 1
    return 0


# --- the progress bar -----------------------------------------------------------


class Progress:
    """A progress bar with replies/s on stderr when it is a terminal; otherwise nothing.

    The bar starts with the first count, so worker processes are forked before its thread runs.
    """

    def __init__(self, total: int | None, enabled: bool | None = None) -> None:
        self._bar: Any = None
        self._started = False
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
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar and self._started:
            self._bar.stop()

    def __call__(self, count: int) -> None:
        if self._bar:
            if not self._started:
                self._started = True
                self._bar.start()
            self._bar.advance(self._task, count)
