"""`replycheck batch` with `--workers 1` against the default, on inputs sampled from the evaluation corpora.

    python benchmarks/batch_workers.py --rows 2000 20000 --repeat 3

Rows are drawn (seeded) from ../shared/eval/*.jsonl at run time and written to
a temporary file; each size is run with both settings, interleaved, and the
median and best wall time (start-up included) are printed with the CPU count
and the load average (on a shared machine the best run is the least disturbed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def sample(count: int, seed: int = 3) -> list[str]:
    rows = [json.loads(line) for path in sorted(EVAL.glob("*.jsonl")) for line in path.open(encoding="utf-8")
            if line.strip()]
    rng = random.Random(seed)
    out = []
    for i in range(count):
        row = rng.choice(rows)
        out.append(json.dumps({"id": f"r{i}", "text": row["text"], "lang": row.get("lang"),
                               "now": "2026-11-27T10:00"}, ensure_ascii=False))
    return out


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("replycheck"))
    print(f"{len(os.sched_getaffinity(0))} CPUs; load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows:
            source = Path(tmp) / f"{rows}.jsonl"
            source.write_text("\n".join(sample(rows)) + "\n", encoding="utf-8")
            times: dict[str, list[float]] = {"--workers 1": [], "default": []}
            for _ in range(args.repeat):
                for label, extra in (("--workers 1", ["--workers", "1"]), ("default", [])):
                    out = Path(tmp) / "out.jsonl"
                    times[label].append(timed([exe, "batch", str(source), "-o", str(out), "--force", *extra]))
            shown = ", ".join(f"{label} median {statistics.median(t):.1f} s, best {min(t):.1f} s "
                              f"({rows / min(t):,.0f}/s)" for label, t in times.items())
            print(f"{rows:,} rows: {shown}; runs: " + json.dumps({k: [round(x, 1) for x in v] for k, v in times.items()}))
    print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
