"""Bulk throughput: local worker processes (``replycheck batch``) vs a Dask LocalCluster (``replycheck bulk``).

Run with ``.venv/bin/python benchmarks/bulk_bench.py`` (needs the ``[bulk]``
extra and the evaluation corpora in ``../shared/eval/``, read at run time and
never copied into the repository).  It samples ``--n`` replies (default
100,000) from ``dev.jsonl`` and ``real.jsonl`` with unique ids, then for 1 and
2 workers times the process pool of ``replycheck batch`` and a Dask
``LocalCluster`` running ``replycheck bulk``'s pipeline (read, check, write
Parquet parts in order), and samples the resident memory of every worker
process (peak per worker).  Wall times include starting the workers and
loading one Checker in each.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def sample(n: int, path: Path, seed: int = 13) -> None:
    rows = []
    for name in ("dev.jsonl", "real.jsonl"):
        with open(EVAL / name, encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle if line.strip()]
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            row = rng.choice(rows)
            record = {"id": f"{row['id']}-{i}", "text": row["text"], "lang": row.get("lang"),
                      "now": row.get("now") or "2026-11-27T10:00:00", "agent": f"agent{i % 17}", "team": f"team{i % 3}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


class PeakMemory:
    """Samples the RSS of this process's descendants; peak per process (MB)."""

    def __init__(self, interval: float = 0.25) -> None:
        import psutil

        self._me = psutil.Process()
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)

    def _run(self, interval: float) -> None:
        import psutil

        while not self._stop.is_set():
            for child in self._me.children(recursive=True):
                try:
                    rss = child.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0.0), rss)
            time.sleep(interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def workers(self, min_mb: float = 150) -> list[float]:
        """Peaks of the processes big enough to hold a Checker (not helpers such as the resource tracker)."""
        return sorted((round(v) for v in self.peaks.values() if v >= min_mb), reverse=True)


def bench_processes(source: Path, workers: int, n: int) -> str:
    import resource

    from replycheck.batch import iter_jsonl, run_parallel
    from replycheck.checker import Checker

    with PeakMemory() as mem, open(source, encoding="utf-8") as stream, open(os.devnull, "w") as sink:
        t0 = time.perf_counter()
        good, bad, _ = run_parallel(Checker, iter_jsonl(stream), sink, workers=workers)
        elapsed = time.perf_counter() - t0
    assert good + bad == n, (good, bad)
    peaks = mem.workers() if workers > 1 else [round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)]
    where = f"{workers} worker processes" if workers > 1 else "1 process (in-process, no pool)"
    return f"processes, {where}: {elapsed:6.1f} s, {n / elapsed:7,.0f} replies/s, peak RSS per worker {peaks} MB"


def bench_dask(source: Path, workers: int, n: int, partition_rows: int) -> str:
    from distributed import Client, LocalCluster

    from replycheck.bulk import categories_for, check_dataframe
    from replycheck.bulk.runner import Mapping, prepare_output, read_input, run_bulk

    with PeakMemory() as mem, tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            started = time.perf_counter() - t0
            ddf = read_input(str(source), "jsonl", partition_rows, min_parts=2 * workers, client=client)
            checked = check_dataframe(ddf, text="text", id="id", lang="lang", time="now",
                                      categories=categories_for())
            out = Path(tmp) / "out.parquet"
            prepare_output(out, False, "id")
            rows, _ = run_bulk(client, checked, out, Mapping(categories=categories_for()))
            elapsed = time.perf_counter() - t0
    assert rows == n, rows
    return (f"dask LocalCluster, {workers} worker process{'es' if workers > 1 else ''}: {elapsed:6.1f} s "
            f"(cluster start {started:.1f} s), {n / elapsed:7,.0f} replies/s, peak RSS per worker {mem.workers()} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="replies (default 100,000)")
    parser.add_argument("--workers", default="1,2", help="worker counts to try (default 1,2)")
    parser.add_argument("--partition-rows", type=int, default=5000)
    parser.add_argument("--only", choices=["processes", "dask"])
    args = parser.parse_args()
    if not EVAL.exists():
        sys.exit(f"needs the evaluation corpora in {EVAL}")
    counts = [int(w) for w in args.workers.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "replies.jsonl"
        sample(args.n, source)
        print(f"{args.n:,} replies sampled from {EVAL}/{{dev,real}}.jsonl; {os.cpu_count()} cores", flush=True)
        for workers in counts:
            if args.only != "dask":
                print(bench_processes(source, workers, args.n), flush=True)
            if args.only != "processes":
                print(bench_dask(source, workers, args.n, args.partition_rows), flush=True)


if __name__ == "__main__":
    main()
