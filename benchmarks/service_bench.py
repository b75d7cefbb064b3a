"""HTTP service benchmark: latency of ordinary drafts while worst-case drafts keep a worker busy, and memory.

Run with ``.venv/bin/python benchmarks/service_bench.py`` (``--help`` for the
options).  It starts ``replycheck serve`` on a free loopback port, keeps one
client sending worst-case drafts (adversarial inputs of 20,000 characters, each
checked until done or stopped by the time limit), and meanwhile sends
``--requests`` ordinary ~100-word drafts one after another from a second
client, printing p50/p95/p99 of their latency.  Target (issue 12): p99 ≤ 50 ms.
``--soak N`` then sends N distinct drafts (new words every time) and prints the
RSS of the server and its workers after the first tenth and at the end
(target: within 20 %).  Timings live here, never in the tests.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORST = {
    "braces": "{" * 20000,
    "dollars": "$" * 20000,
    "emoji": "😀" * 20000,
    "rma": "RMA " * 5000,
    "soon-commas": "soon, " * 3333,
    "soon-sentences": "We will get back to you soon. " * 666,
    "business-days": "I'll call you in 2000000 business days. " * 20,
}

SENTENCES = [
    "Thanks for getting in touch about your order.",
    "Unfortunately we can't refund orders after 30 days.",
    "I've checked with our warehouse and the parcel left this morning.",
    "We're looking into the courier issue and will get back to you soon.",
    "Obviously the delay wasn't caused by anything you did.",
    "Your RMA number is 48213 and the label is attached.",
    "You'll get a tracking link by email within the next hour.",
    "If anything else comes up, reply to this email and I'll help.",
]


def ordinary(rng: random.Random) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(8))


def novel(rng: random.Random, n: int) -> str:
    """A draft with words never seen before (the open vocabulary a long-running service meets)."""
    words = " ".join(f"zq{n}x{rng.randrange(10**9)}" for _ in range(12))
    return f"{ordinary(rng)} Your ticket mentions {words}."


def start_server(args: argparse.Namespace) -> tuple[subprocess.Popen[str], str, int]:
    command = [sys.executable, "-m", "replycheck", "serve", "--port", "0", "--log-level", "warning",
               "--time-limit", str(args.time_limit)]
    if args.workers is not None:
        command += ["--workers", str(args.workers)]
    if args.recycle_after is not None:
        command += ["--recycle-after", str(args.recycle_after)]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    found = re.search(r"serving on http://([\d.]+):(\d+)", line)
    if not found:
        proc.kill()
        raise SystemExit(f"the server did not start: {line}{proc.stderr.read()}")
    return proc, found.group(1), int(found.group(2))


def post(conn: http.client.HTTPConnection, path: str, data: object) -> int:
    body = json.dumps(data).encode()
    for attempt in (1, 2):
        try:
            conn.request("POST", path, body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            return response.status
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            conn.close()  # the server closed an idle keep-alive connection: open a new one
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def memory_mb(pid: int) -> tuple[float, float]:
    """Memory of ``pid`` and its workers in MB: the sum of their PSS (shared pages counted once, file pages
    included) and of their private dirty pages (what the processes themselves wrote: heap growth)."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):  # a replaced worker is the child of a pool thread
        try:
            pids += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    pss = dirty = 0
    for p in pids:
        try:
            lines = Path(f"/proc/{p}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        fields = {line.split(":")[0]: int(line.split()[1]) for line in lines if line.endswith("kB")}
        pss += fields.get("Pss", 0)
        dirty += fields.get("Private_Dirty", 0)
    return pss / 1024, dirty / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=400, help="ordinary drafts timed (default: 400)")
    parser.add_argument("--worst", choices=[*WORST, "all"], default="all",
                        help="the worst-case draft kept in flight (default: all of them in turn)")
    parser.add_argument("--workers", type=int, default=None, help="serve --workers (default: one per core)")
    parser.add_argument("--time-limit", type=float, default=10.0, help="serve --time-limit (default: 10)")
    parser.add_argument("--recycle-after", type=int, default=None, metavar="N",
                        help="serve --recycle-after (default: the server's; 0: never, to see the engine alone)")
    parser.add_argument("--soak", type=int, default=0, metavar="N", help="then send N distinct drafts, print RSS")
    args = parser.parse_args()
    rng = random.Random(7)
    proc, host, port = start_server(args)
    try:
        print(f"server up on {host}:{port}")
        conn = http.client.HTTPConnection(host, port, timeout=120)
        for _ in range(20):  # warm-up of both the connection and the workers
            post(conn, "/v1/check", {"text": ordinary(rng)})

        stop = threading.Event()
        worst_done: list[tuple[str, int, float]] = []
        names = list(WORST) if args.worst == "all" else [args.worst]

        def keep_busy() -> None:
            busy = http.client.HTTPConnection(host, port, timeout=300)
            i = 0
            while not stop.is_set():
                name = names[i % len(names)]
                t0 = time.perf_counter()
                status = post(busy, "/v1/check", {"text": WORST[name], "lang": "en"})
                worst_done.append((name, status, time.perf_counter() - t0))
                i += 1

        busy_thread = threading.Thread(target=keep_busy, daemon=True)
        busy_thread.start()
        time.sleep(0.5)  # the worst-case draft is in a worker now
        latencies = []
        for _ in range(args.requests):
            draft = {"text": ordinary(rng), "now": "2026-11-27T10:00:00"}
            t0 = time.perf_counter()
            status = post(conn, "/v1/check", draft)
            latencies.append((time.perf_counter() - t0) * 1000)
            assert status == 200, status
        stop.set()
        latencies.sort()
        q = statistics.quantiles(latencies, n=100)
        print(f"ordinary drafts with a worst-case draft in flight ({args.requests} requests): "
              f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, p99 {q[98]:.1f} ms, max {latencies[-1]:.1f} ms "
              f"(target p99 ≤ 50 ms)")
        busy_thread.join(args.time_limit * 2 + 30)
        for name in names:
            runs = [(s, t) for n, s, t in worst_done if n == name]
            if runs:
                statuses = sorted({s for s, _ in runs})
                print(f"  worst case {name!r}: {len(runs)} sent, status {statuses}, "
                      f"{max(t for _, t in runs):.2f} s at most")

        if args.soak:
            first = max(args.soak // 10, 1)
            at_first = (0.0, 0.0)
            for n in range(args.soak):
                assert post(conn, "/v1/check", {"text": novel(rng, n)}) == 200
                if n + 1 == first:
                    at_first = memory_mb(proc.pid)
            at_end = memory_mb(proc.pid)
            for name, a, b in (("PSS", at_first[0], at_end[0]), ("private dirty", at_first[1], at_end[1])):
                print(f"soak of {args.soak:,} distinct drafts, {name} of the server and its workers: {a:.0f} MB "
                      f"after {first:,}, {b:.0f} MB at the end ({(b / a - 1) * 100:+.0f} %; target ≤ +20 %)")
    finally:
        proc.terminate()
        proc.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
