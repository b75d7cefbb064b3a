"""The ``bulk`` and ``report`` sub-commands (dask, pandas and matplotlib are imported only when they run)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _usage(message: str) -> Exception:
    from ..cli import UsageError

    return UsageError(message)


def _need(*modules: str) -> None:
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise _usage(f"this command needs {name}: pip install 'replycheck[bulk]'") from None


def _local(path: str) -> bool:
    """A plain local path (not a URL such as s3://…, nor a glob pattern)."""
    return "://" not in path and not any(c in path for c in "*?[")


def _cmd_bulk(args: argparse.Namespace) -> int:
    _need("dask", "distributed", "pandas", "pyarrow")
    import logging

    from distributed import Client, LocalCluster

    from ..batch import Progress, default_workers
    from ..errors import InputError
    from . import categories_for, check_dataframe
    from .runner import Mapping, input_format, prepare_output, read_input, run_bulk

    if args.workers is not None and args.workers < 1:
        raise _usage(f"--workers must be 1 or more, not {args.workers}")
    if args.scheduler and args.workers:
        raise _usage("--workers is for the local cluster; with --scheduler the cluster has its own workers")
    fmt = input_format(args.input, args.file_format)
    out = Path(args.output)
    categories = categories_for(args.rules_dir or ())
    mapping = Mapping(text=args.text, id=args.id, lang=args.lang, time=args.time, agent=args.agent,
                      team=args.team, categories=categories, rule_dirs=[str(d) for d in args.rules_dir or ()])
    if args.now is not None:
        from datetime import datetime

        try:
            datetime.fromisoformat(args.now)
        except ValueError:
            raise _usage(f"--now must be an ISO-8601 time such as 2026-11-27T10:00, not {args.now!r}") from None
    if _local(args.input) and not Path(args.input).exists():
        raise _usage(f"no such file: {args.input}")
    from ..outputs import clashes

    if clashes(out, [args.input]):  # before any cluster starts; earlier parts are prepare_output's to guard
        raise _usage(f"refusing to write -o {out}: it is also the input {args.input}; choose another output path")
    if args.resume and not args.id:
        raise _usage("--resume needs --id COLUMN: it skips the ids already written")
    cluster = None
    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout="10s")
        except OSError as exc:
            raise _usage(f"cannot reach the scheduler at {args.scheduler}: {exc}") from None
    else:
        workers = args.workers or default_workers()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        nworkers = max(1, len(client.scheduler_info().get("workers", {})))
        ddf = read_input(args.input, fmt, args.partition_rows, min_parts=2 * nworkers, client=client)
        for column in (args.text, args.id, args.time, args.agent, args.team, args.thread):
            if column is not None and column not in ddf.columns:
                raise _usage(f"{args.input} has no column {column!r} (it has: {', '.join(map(str, ddf.columns))})")
        # --lang: a column, else one language code (check_dataframe says when it is neither)
        lang = args.lang if args.lang is not None else "lang" if "lang" in ddf.columns else None
        thread = args.thread if args.thread is not None else "thread" if "thread" in ddf.columns else None
        done, start = prepare_output(out, args.resume, args.id, force=args.force)
        if done:
            ddf = ddf[~ddf[args.id].astype(str).isin(sorted(done))]
        try:
            checked = check_dataframe(ddf, text=args.text, id=args.id, lang=lang, time=args.time,
                                      now=args.now, rewrite=not args.no_rewrite, rule_dirs=args.rules_dir or (),
                                      fail_on=args.fail_on or "warning", categories=categories, thread=thread,
                                      input_format=args.input_format)
        except ValueError as exc:
            raise _usage(str(exc)) from None
        show = sys.stderr.isatty() and not args.no_progress
        total = None
        if show:
            total = len(ddf) if fmt != "parquet" or not done else None
        with Progress(total, enabled=show) as progress:
            rows, errors = run_bulk(client, checked, out, mapping, start=start,
                                    progress=progress)
    except InputError as exc:
        raise _usage(str(exc)) from None
    finally:
        if "done" not in locals():
            done = set()
        client.close()
        if cluster is not None:
            cluster.close()
    if done:
        print(f"replycheck: {len(done):,} rows were already in {out}; checked the rest", file=sys.stderr)
    print(f"replycheck: {rows:,} rows written to {out}" + (f", {errors:,} could not be checked (see the error column)" if errors else ""),
          file=sys.stderr)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    _need("pandas", "pyarrow", "matplotlib")
    from .report import charts, load, render_html, summarize

    source = Path(args.input)
    if not source.exists():
        raise _usage(f"no such file or directory: {source}")
    try:
        df, mapping = load(source)
    except (OSError, ValueError) as exc:
        raise _usage(f"cannot read {source} as Parquet: {str(exc).splitlines()[0]}") from None
    if "score" not in df or "rules" not in df:
        raise _usage(f"{source} has no replycheck results (no score/rules columns); run 'replycheck bulk' first")
    for key in ("text", "id", "time", "agent", "team"):
        value = getattr(args, key)
        if value is not None:
            setattr(mapping, key, value)
    for key in ("text", "id", "time", "agent", "team"):
        value = getattr(mapping, key)
        if value is not None and value not in df:
            if getattr(args, key) is not None:
                raise _usage(f"{source} has no column {value!r}")
            setattr(mapping, key, None)
    if mapping.text not in df:
        raise _usage(f"{source} has no column {mapping.text!r} with the replies; name it with --text")
    html_path = Path(args.output)
    json_path = Path(args.json) if args.json else html_path.with_suffix(".json")
    from ..outputs import guard_distinct, guard_output

    guard_distinct(html_path, json_path)
    for path, option in ((html_path, "-o"), (json_path, "--json")):
        guard_output(path, [source], force=args.force, option=option)
    summary = summarize(df, mapping)
    html_path.write_text(render_html(summary, charts(summary), args.title), encoding="utf-8")
    json_path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"replycheck: wrote {html_path} and {json_path}", file=sys.stderr)
    return 0


def add_parsers(sub: Any, common: Any) -> None:
    """Add ``bulk`` and ``report`` to the ``replycheck`` command."""
    p = sub.add_parser("bulk", help="check an export (JSON Lines, CSV, Parquet) on a Dask cluster into Parquet")
    p.add_argument("input", metavar="INPUT", help="JSON Lines, CSV or Parquet: a path, a glob or a URL (s3://…)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.parquet",
                   help="output directory of Parquet parts (read it as one table)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://host:8786 "
                   "(default: a local cluster)")
    p.add_argument("--workers", type=int, metavar="N", help="local cluster worker processes (default: all cores)")
    p.add_argument("--file-format", choices=["jsonl", "csv", "parquet"], help="default: from the extension")
    p.add_argument("--partition-rows", type=int, default=5000, metavar="N", help="rows per task (default: 5000)")
    p.add_argument("--resume", action="store_true", help="keep the parts in OUT and check only ids not in them")
    p.add_argument("--force", action="store_true",
                   help="replace the parts an earlier run left in OUT (without it, such parts are an error)")
    p.add_argument("--no-rewrite", action="store_true", help="leave out the rewrite column")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on a terminal")
    _columns(p)
    common(p)
    p.set_defaults(func=_cmd_bulk)

    p = sub.add_parser("report", help="HTML charts and JSON numbers from a bulk output")
    p.add_argument("input", metavar="OUT.parquet", help="the output of 'replycheck bulk'")
    p.add_argument("-o", "--output", default="report.html", metavar="HTML", help="default: report.html")
    p.add_argument("--json", metavar="FILE", help="default: the HTML path with .json")
    p.add_argument("--title", default="Reply quality", help="the page title (default: Reply quality)")
    p.add_argument("--force", action="store_true", help="overwrite the HTML and JSON files if they exist (never the input)")
    for name in ("text", "id", "time", "agent", "team"):
        p.add_argument(f"--{name}", metavar="COLUMN", help="overrides the column recorded by bulk")
    p.set_defaults(func=_cmd_report)


def _columns(p: argparse.ArgumentParser) -> None:
    from ..cli import add_draft_options

    add_draft_options(p, records=True)  # --lang, --thread, --now, --fail-on, --input-format, as every command has them
    p.add_argument("--text", default="text", metavar="COLUMN", help="the reply (default: text)")
    p.add_argument("--id", metavar="COLUMN", help="a unique id (needed by --resume)")
    p.add_argument("--time", metavar="COLUMN", help="when the reply was written (the check's now; the report's time axis)")
    p.add_argument("--agent", metavar="COLUMN", help="the column with who wrote the reply (copied to the output; "
                   "the report's per-agent table)")
    p.add_argument("--team", metavar="COLUMN", help="the column with the team or queue (copied to the output; "
                   "the report's per-team table)")
