"""Bulk QA: check a (Dask) DataFrame of replies, one Checker per worker.

``check_dataframe(ddf, text="body", ...)`` returns the frame with result
columns appended: ``language``, ``score``, ``passed``, ``findings``, one
``n_<category>`` count per category, ``rules`` (the rule codes that fired,
comma-separated, sorted), ``spans`` (the flagged spans as JSON
``[[start, end, rule_id], …]`` in code points of the text), optionally
``rewrite``, and ``error`` (why a row could not be checked; its other result
columns are then empty).

The partition function builds its Checker on first use in each worker process
and keeps it (a module-level cache keyed by the checker options), so the
Checker is never pickled with a task.  pandas and dask are imported only here,
never by ``replycheck`` itself.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

CATEGORIES = ("jargon", "condescension", "negative_framing", "missing_timeline", "unkept_promise")
"""The bundled categories; a team pack's own categories are added by :func:`categories_for`."""

_lock = threading.Lock()
_checkers: dict[tuple, Any] = {}
BUILT = 0
"""How many Checkers this process has built (one per set of options; tests read it on each worker)."""


def _checker(options: tuple) -> Any:
    """This process's Checker for ``options`` = (rule_dirs, fail_on, input_format), built once."""
    global BUILT
    checker = _checkers.get(options)
    if checker is None:
        from ..checker import Checker

        rule_dirs, fail_on, input_format = options
        checker = Checker(rule_dirs=list(rule_dirs), fail_on=fail_on, input_format=input_format)
        _checkers[options] = checker
        BUILT += 1
    return checker


def categories_for(rule_dirs: Sequence[str | Path] = ()) -> list[str]:
    """The bundled categories plus those of the team packs in ``rule_dirs``."""
    found = list(CATEGORIES)
    if rule_dirs:
        from ..rulepack import builtin_languages, load_pack

        for lang in builtin_languages():
            for item in load_pack(lang, list(rule_dirs), bundled=False).rules:
                if item.rule.category not in found:
                    found.append(item.rule.category)
    return found


def result_columns(categories: Sequence[str], rewrite: bool = True) -> dict[str, str]:
    """Result column → pandas dtype, in output order."""
    cols = {"language": "string", "score": "Int64", "passed": "boolean", "findings": "Int64"}
    cols.update({f"n_{c}": "Int64" for c in categories})
    cols["n_other"] = "Int64"
    cols["rules"] = "string"
    cols["spans"] = "string"
    if rewrite:
        cols["rewrite"] = "string"
    cols["error"] = "string"
    return cols


def _now_value(value: Any) -> Any:
    if value is None:
        return None
    try:
        import pandas as pd

        if value is pd.NaT or (isinstance(value, float) and value != value):
            return None
        if isinstance(value, pd.Timestamp):
            return value.to_pydatetime()
    except ImportError:  # pragma: no cover
        pass
    return value


def check_partition(
    df: Any,
    text: str,
    id: str | None = None,
    lang: str | None = None,
    time: str | None = None,
    now: datetime | str | None = None,
    rewrite: bool = True,
    categories: Sequence[str] = CATEGORIES,
    rule_dirs: Sequence[str] = (),
    fail_on: str = "warning",
    chunk: int = 256,
    thread: str | None = None,
    input_format: str | None = None,
) -> Any:
    """Check one pandas DataFrame; the frame with the result columns appended (see the module doc)."""
    import pandas as pd

    from ..batch import Columns, check_items

    cols = result_columns(categories, rewrite)
    out = df.copy()
    values: dict[str, list[Any]] = {name: [] for name in cols}
    if len(df):
        checker = _checker((tuple(str(d) for d in rule_dirs), fail_on, input_format))
        # ``lang`` names a column, or is one language code for every row (then no row has that field)
        mapping = Columns(text=text, id=id or "\0id", lang=lang or "lang", time="\0now",
                          thread=thread or "\0thread")
        wanted = [c for c in (text, id, time, thread) if c] + ([lang] if lang in df.columns else [])
        records = df[wanted].to_dict("records")
        items = []
        for n, row in enumerate(records, start=1):
            row = {k: (None if _missing(v) else v.tolist() if hasattr(v, "tolist") else v) for k, v in row.items()}
            when = _now_value(row.get(time)) if time else None
            row["\0now"] = when if when is not None else now
            if row.get(text) is not None and not isinstance(row[text], str):
                row[text] = str(row[text])
            items.append((n, row))
        known = set(categories)
        with _lock:  # one Checker per process; threads of a worker take turns
            results = [r for start in range(0, len(items), chunk)
                       for r in check_items(checker, items[start:start + chunk], mapping)]
        for record, ok in results:
            if not ok:
                for name in cols:
                    values[name].append(None)
                message = record["error"]
                values["error"][-1] = message.split(": ", 1)[1] if message.startswith("line ") else message
                continue
            counts = dict.fromkeys(categories, 0)
            other = 0
            for finding in record["findings"]:
                if finding["category"] in known:
                    counts[finding["category"]] += 1
                else:
                    other += 1
            values["language"].append(record["language"])
            values["score"].append(record["score"])
            values["passed"].append(record["passed"])
            values["findings"].append(len(record["findings"]))
            for c in categories:
                values[f"n_{c}"].append(counts[c])
            values["n_other"].append(other)
            values["rules"].append(",".join(sorted({f["rule_id"] for f in record["findings"]})))
            values["spans"].append(json.dumps([[f["start"], f["end"], f["rule_id"]] for f in record["findings"]]))
            if rewrite:
                values["rewrite"].append(record["rewrite"])
            values["error"].append(None)
    for name, dtype in cols.items():
        out[name] = pd.array(values[name], dtype=dtype)
    return out


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    try:
        import pandas as pd

        return value is pd.NaT or value is pd.NA
    except ImportError:  # pragma: no cover
        return False


def check_dataframe(
    ddf: Any,
    text: str = "text",
    id: str | None = None,
    lang: str | None = None,
    time: str | None = None,
    now: datetime | str | None = None,
    rewrite: bool = True,
    rule_dirs: Sequence[str | Path] = (),
    fail_on: str = "warning",
    categories: Sequence[str] | None = None,
    thread: str | None = None,
    input_format: str | None = None,
) -> Any:
    """Check the replies in ``ddf[text]``; the frame with result columns appended (lazy for Dask).

    ``ddf`` is a Dask DataFrame (run on whatever scheduler is active, e.g. a
    ``dask.distributed.Client``) or a pandas DataFrame (checked here, now).
    ``lang`` is a column of language codes, or one language code for every row
    when no column has that name (default: detect); ``thread`` a column with
    each reply's earlier messages (a JSON list of ``{role, at, text}``);
    ``input_format`` the format of the replies (default: detect); ``time`` a column
    with when each reply was written, used as the check's ``now`` (``now``
    fills in where it is missing; without either, the current time).
    ``rule_dirs`` must exist at the same path on every worker.  Result
    columns replace nothing: an input column with a result column's name is
    an error, except the ``lang`` column itself when it is called ``language``
    (it then holds the language each reply was checked as).
    """
    categories = list(categories) if categories is not None else categories_for(rule_dirs)
    cols = result_columns(categories, rewrite)
    for column in (text, id, time, thread):
        if column is not None and column not in ddf.columns:
            raise ValueError(f"the input has no column {column!r} (it has: {', '.join(map(str, ddf.columns))})")
    if lang is not None and lang not in ddf.columns:
        from ..rulepack import builtin_languages

        if lang.lower().split("-")[0] not in builtin_languages():
            raise ValueError(f"--lang {lang!r} is neither a column of the input ({', '.join(map(str, ddf.columns))}) "
                             f"nor a supported language ({', '.join(builtin_languages())})")
    clash = [c for c in cols if c in ddf.columns and c != lang]
    if clash:
        raise ValueError(f"the input already has column(s) {', '.join(clash)}; rename them first")
    kwargs = dict(text=text, id=id, lang=lang, time=time, now=now, rewrite=rewrite, categories=tuple(categories),
                  rule_dirs=tuple(str(d) for d in rule_dirs), fail_on=fail_on, thread=thread, input_format=input_format)
    if not hasattr(ddf, "map_partitions") or type(ddf).__module__.startswith("pandas"):
        return check_partition(ddf, **kwargs)
    meta = check_partition(ddf._meta, **kwargs)
    return ddf.map_partitions(check_partition, meta=meta, **kwargs)


def jsonable(df: Any) -> Any:
    """``df`` with dict/list cells (nested JSON) turned into JSON text, so every part has one Parquet schema."""
    out = df.copy()
    for name in out.columns:
        if out[name].dtype == object:
            sample = out[name].dropna()
            if len(sample) and sample.map(lambda v: isinstance(v, (dict, list, tuple))).any():
                out[name] = out[name].map(
                    lambda v: json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, (dict, list, tuple)) else v)
    return out


__all__ = ["CATEGORIES", "categories_for", "check_dataframe", "check_partition", "result_columns"]
