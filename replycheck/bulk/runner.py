"""``replycheck bulk``: read an export, check it on a Dask cluster, write Parquet parts in input order.

The output is a Parquet dataset directory (``OUT.parquet/part-000000.parquet``,
…) that pandas, pyarrow, Dask and DuckDB read as one table.  Each part is
written (to a temporary name, then renamed) as soon as it and every part
before it are done, so an interrupted run leaves whole parts in input order,
and ``resume=True`` checks only the rows whose id is not in them yet.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

META_FILE = "_replycheck.json"
"""Written beside the parts: the column mapping and categories (pyarrow skips ``_`` files)."""


@dataclass
class Mapping:
    """Which input columns hold what (``--text body --id ticket_id …``)."""

    text: str = "text"
    id: str | None = None
    lang: str | None = None
    time: str | None = None
    agent: str | None = None
    team: str | None = None
    categories: list[str] = field(default_factory=list)
    rule_dirs: list[str] = field(default_factory=list)
    """The team packs of the run (``report`` names their rules)."""


def input_format(path: str, given: str | None) -> str:
    if given:
        return given
    name = path.lower().rstrip("/")
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    return "jsonl"


def read_input(path: str, fmt: str, rows_per_part: int, min_parts: int, client: Any = None) -> Any:
    """A Dask DataFrame of the export (JSON Lines and CSV are read here; Parquet by the workers).

    With a ``client``, the rows read here are scattered to the workers once
    instead of riding inside the task graph.
    """
    import dask.dataframe as dd
    import pandas as pd

    if fmt != "parquet" and not Path(path).exists():
        raise InputError(f"no such file: {path} (JSON Lines and CSV are read from a local file)")
    try:
        if fmt == "parquet":
            ddf = dd.read_parquet(path)
            want = max(min_parts, -(-len(ddf) // rows_per_part))
            return ddf.repartition(npartitions=want) if ddf.npartitions < want else ddf
        if fmt == "csv":
            df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], encoding="utf-8-sig")
        else:
            df = pd.read_json(path, lines=True, dtype=False, encoding="utf-8")
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path} as {fmt}: {str(exc).splitlines()[0]}") from None
    from . import jsonable

    df = jsonable(df)
    parts = min(max(min_parts, -(-len(df) // rows_per_part), 1), max(len(df), 1))
    if client is None:
        return dd.from_pandas(df, npartitions=parts, sort=False)
    size = -(-len(df) // parts)
    chunks = [df.iloc[i:i + size] for i in range(0, len(df), size)] or [df]
    return dd.from_delayed(client.scatter(chunks), meta=df.iloc[:0], verify_meta=False)


def _existing_parts(out: Path) -> list[Path]:
    return sorted(out.glob("part-*.parquet"))


def prepare_output(out: Path, resume: bool, id_column: str | None, force: bool = False) -> tuple[set[str], int]:
    """Make ``out`` ready; with ``resume``, the ids already written and the next part number.

    Parts of an earlier run are never deleted silently: without ``resume`` they
    are an :class:`InputError` unless ``force`` (then they are replaced).
    Files that are not parts are never deleted.
    """
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; the output is a directory of Parquet parts")
    if not out.exists():
        out.mkdir(parents=True)
        return set(), 0
    parts = _existing_parts(out)
    if resume:
        if parts and not id_column:
            raise InputError("--resume needs --id COLUMN: it skips the ids already written")
        import pyarrow.parquet as pq

        done: set[str] = set()
        for part in parts:
            column = pq.read_table(part, columns=[id_column]).column(0).to_pylist()
            done.update(str(v) for v in column)
        number = int(parts[-1].stem.split("-")[1]) + 1 if parts else 0
        for stale in out.glob(".part-*.tmp"):
            stale.unlink()
        return done, number
    others = [p for p in out.iterdir() if not (p.name.startswith(("part-", ".part-")) or p.name == META_FILE)]
    if others:
        raise InputError(f"{out} holds other files ({others[0].name}); choose a new output directory")
    if parts and not force:
        raise InputError(f"{out} already holds {len(parts):,} part(s) of an earlier run; use --resume to continue "
                         "it or --force to replace it")
    for p in out.iterdir():
        p.unlink()
    return set(), 0


def write_part(df: Any, out: Path, number: int, schema: Any = None) -> Any:
    """Write one part atomically; return its Arrow schema (later parts are cast to the first one's)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    if schema is not None and table.schema != schema:
        try:
            table = table.cast(schema)
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
            pass
    tmp = out / f".part-{number:06d}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, out / f"part-{number:06d}.parquet")
    return table.schema if schema is None else schema


def run_bulk(
    client: Any,
    ddf: Any,
    out: Path,
    mapping: Mapping,
    start: int = 0,
    progress: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """Compute the partitions of the checked ``ddf`` on ``client`` and write them as parts, in order.

    The graph goes to the scheduler once; each part is fetched (and released
    on the cluster) as soon as it and the ones before it are done.  Returns
    (rows written, rows with an error).
    """
    (out / META_FILE).write_text(json.dumps(asdict(mapping), indent=2), encoding="utf-8")
    futures = deque(client.compute(ddf.to_delayed()))
    number, rows, errors = start, 0, 0
    schema = None
    if start:
        import pyarrow.parquet as pq

        schema = pq.read_schema(_existing_parts(out)[0])
    try:
        while futures:
            future = futures.popleft()
            df = future.result()
            future.release()
            if len(df):
                schema = write_part(df, out, number, schema)
                number += 1
                rows += len(df)
                errors += int(df["error"].notna().sum())
            if progress:
                progress(len(df))
    finally:
        for future in futures:
            future.cancel()
    return rows, errors
