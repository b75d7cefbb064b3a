"""Speed benchmark: warm latency, batch throughput, cold start, peak memory.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/bench.py``).  It prints,
for English and Turkish, p50/p95 latency of a warm ``Checker`` on ~100-word
replies (made of the evaluation corpora's replies when ``../shared/eval`` is
there, else of the sample sentences below), batch replies per second through ``check_many``
in one process and through ``replycheck batch`` on all cores (start-up included), the
cold-start time of ``replycheck check`` on one file, and the peak RSS of a process with
both languages loaded.  Targets (issue 2): p50 ≤ 1.5 ms, batch ≥ 1,500 replies/s,
cold check ≤ 1.5 s, RSS ≤ 250 MB.  Timings live here, never in the tests.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = {
    "en": [
        "Thanks for getting in touch about your order.",
        "Unfortunately we can't refund orders after 30 days.",
        "I've checked with our warehouse and the parcel left this morning.",
        "We're looking into the courier issue and will get back to you soon.",
        "Obviously the delay wasn't caused by anything you did.",
        "Your RMA number is 48213 and the label is attached.",
        "Just click the link in the email to track it.",
        "You'll get a tracking link by email within the next hour.",
        "I guarantee this will never happen again.",
        "If anything else comes up, reply to this email and I'll help.",
        "The refund of €39.90 will reach your card within 5 working days.",
        "As I already said, the warranty covers the repair.",
    ],
    "tr": [
        "Siparişinizle ilgili bize ulaştığınız için teşekkür ederiz.",
        "Maalesef 14 günü geçen siparişlerde iade yapamıyoruz.",
        "Depomuzla görüştüm, paketiniz bu sabah yola çıktı.",
        "Kargo sorununu inceliyoruz, en kısa sürede size dönüş yapacağız.",
        "Daha önce de söylediğim gibi garanti onarımı kapsıyor.",
        "Ticket'ınızı L2 ekibine eskale ettik.",
        "Takip bağlantısı bir saat içinde e-postanıza gelecek.",
        "Bir daha asla olmayacak, garanti ediyorum.",
        "39,90 TL iadeniz 5 iş günü içinde kartınıza yansır.",
        "Başka bir sorunuz olursa bu e-postayı yanıtlamanız yeterli.",
        "Çok basit, uygulamadan İadeler'e tıklayın.",
        "Kuryemiz yarın saat 10:00 ile 12:00 arasında gelecek.",
    ],
}


CORPORA = [ROOT.parent / "shared" / "eval" / name for name in ("dev.jsonl", "real.jsonl")]


def _pool(lang: str) -> list[str]:
    """Reply texts to build benchmark replies from: the evaluation corpora when they are next
    to the checkout (read at run time, never copied), else the sentences above."""
    import json

    texts = []
    for corpus in CORPORA:
        if corpus.is_file():
            for line in corpus.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                if item.get("lang") == lang:
                    texts.append(item["text"])
    return texts or SENTENCES[lang]


def replies(lang: str, count: int, words: int = 100, seed: int = 7) -> list[str]:
    """``count`` replies of about ``words`` words, each made of real replies (or sentences) in ``lang``."""
    rng = random.Random(seed)
    pool = _pool(lang)
    out = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p.split()) for p in parts) < words:
            parts.append(rng.choice(pool))
        out.append(" ".join(parts))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_warm(n_single: int, n_batch: int) -> None:
    import replycheck

    started = time.perf_counter()
    checker = replycheck.Checker()
    # the first check of each language also loads what is loaded lazily (dateparser's locales)
    checker.check("Warm-up reply, thanks for waiting. I will call you back by 3 March.", lang="en")
    checker.check("Isınma yanıtı, beklediğiniz için teşekkürler. 3 Mart'a kadar sizi arayacağım.", lang="tr")
    print(f"checker load (both languages, first check): {time.perf_counter() - started:.2f} s")
    for lang in ("en", "tr"):
        texts = replies(lang, n_single)
        latencies = []
        for text in texts:
            t0 = time.perf_counter()
            checker.check(text)
            latencies.append((time.perf_counter() - t0) * 1000)
        batch = replies(lang, n_batch, seed=11)
        t0 = time.perf_counter()
        checker.check_many(batch)
        rate = n_batch / (time.perf_counter() - t0)
        print(
            f"{lang}: p50 {statistics.median(latencies):.2f} ms, p95 {percentile(latencies, 0.95):.2f} ms "
            f"per ~100-word reply (warm, language detected); batch {rate:,.0f} replies/s"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS with both languages loaded: {peak:.0f} MB")


def bench_cold(runs: int) -> None:
    exe = Path(sys.executable).with_name("replycheck")
    sample = ROOT / "examples" / "draft_en.txt"
    import os

    uncached = dict(os.environ, REPLYCHECK_CACHE="0")
    subprocess.run([str(exe), "check", str(sample)], capture_output=True, check=False)  # fills the pack cache
    times, spacy_times, off_times = [], [], []
    for _ in range(runs):  # side by side, alternating, so a busy machine slows both alike
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import spacy"], capture_output=True, check=False)
        t1 = time.perf_counter()
        subprocess.run([str(exe), "check", str(sample)], capture_output=True, check=False)
        t2 = time.perf_counter()
        subprocess.run([str(exe), "check", str(sample)], capture_output=True, check=False, env=uncached)
        off_times.append(time.perf_counter() - t2)
        times.append(t2 - t1)
        spacy_times.append(t1 - t0)
    check, spacy, off = statistics.median(times), statistics.median(spacy_times), statistics.median(off_times)
    print(f"cold `replycheck check {sample.relative_to(ROOT)}`: median {check:.2f} s over {runs} runs; "
          f"`python -c 'import spacy'`: {spacy:.2f} s; ratio {check / spacy:.2f} (target ≤ 1.3); "
          f"without the pack cache (REPLYCHECK_CACHE=0): {off:.2f} s, ratio {off / spacy:.2f}")


def bench_batch_cli(count: int) -> None:
    """``replycheck batch`` on a JSON Lines file of ``count`` replies per language, all cores
    (the default), timed from the command's start to its last line: start-up included."""
    import json
    import tempfile

    from replycheck.batch import default_workers

    exe = Path(sys.executable).with_name("replycheck")
    workers = default_workers()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "tr"):
            source, target = Path(tmp) / f"{lang}.jsonl", Path(tmp) / f"{lang}.out.jsonl"
            with source.open("w", encoding="utf-8") as out:
                for n, text in enumerate(replies(lang, count, seed=5)):
                    out.write(json.dumps({"id": str(n), "text": text}, ensure_ascii=False) + "\n")
            t0 = time.perf_counter()
            subprocess.run([str(exe), "batch", str(source), "-o", str(target)], check=True)
            elapsed = time.perf_counter() - t0
            print(f"{lang}: `replycheck batch` of {count:,} replies, {workers} workers: {elapsed:.1f} s, "
                  f"{count / elapsed:,.0f} replies/s (start-up included)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--single", type=int, default=500, help="replies timed one by one per language")
    parser.add_argument("--batch", type=int, default=3000, help="replies per language in the batch run")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--cli-batch", type=int, default=20000, help="replies per language for `replycheck batch` (0: skip)")
    args = parser.parse_args()
    bench_cold(args.cold_runs)
    bench_warm(args.single, args.batch)
    if args.cli_batch:
        bench_batch_cli(args.cli_batch)


if __name__ == "__main__":
    main()
