"""Adversarial benchmark: worst-case drafts against normal prose, and a memory soak.

Run with ``make bench`` (after the speed benchmark) or on its own::

    .venv/bin/python benchmarks/adversarial.py            # every case at 20,000 characters, short soak
    .venv/bin/python benchmarks/adversarial.py --soak-full  # the 200,000-draft soak (about 15 minutes)

Each case is a generator of a draft of about ``--chars`` characters (issue 12's reproducers
and their relatives: runs without whitespace, many hits in one sentence, many hits of one
category, huge durations, one endless sentence, pathological markup).  It prints the time
per 1,000 characters next to normal prose of the same length in the same language, and the
ratio; the goal is no case above 3x.  The soak checks distinct drafts full of new words with
one warm ``Checker`` and prints the RSS along the way: it should stay within 20 % of its
value after the first 10,000 drafts (the first tenth of a shorter run).  Timings live here,
never in the tests.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import replies  # noqa: E402  (the same prose as the speed benchmark)

NOW = datetime(2024, 3, 4, 10, 0)


def _repeat(unit: str) -> Callable[[int], str]:
    """A generator: ``unit`` repeated to ``n`` characters (whole units)."""
    return lambda n: unit * max(1, n // len(unit))


def _prose(lang: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        text = ""
        seed = 0
        while len(text) < n:
            text += " ".join(replies(lang, 20, seed=seed)) + " "
            seed += 1
        return text[:n].rsplit(" ", 1)[0]
    return make


def _one_sentence(lang: str, comma: bool = False) -> Callable[[int], str]:
    """Normal words in one sentence: the prose without its sentence punctuation."""
    def make(n: int) -> str:
        words = [w.strip(".!?;:") for w in _prose(lang)(n + 2000).split()]
        text = (", " if comma else " ").join(w for w in words if w)
        return text[:n].rsplit(" ", 1)[0] + "."
    return make


def _garbage(n: int) -> str:
    rng = random.Random(3)
    alphabet = "{}[]()<>\"'`$#@%^&*_-+=|\\/:;,.!?~ \n\tabcxyz0123😀ğİı“”«»"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _new_words(n: int) -> str:
    rng = random.Random(5)
    return " ".join("".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(4)) for _ in range(n // 9))


# (name, language, generator, format)
CASES: list[tuple[str, str, Callable[[int], str], str | None]] = [
    ("prose", "en", _prose("en"), None),
    ('"{" * n', "en", _repeat("{"), None),
    ('"$" * n', "en", _repeat("$"), None),
    ('"😀" * n', "en", _repeat("😀"), None),
    # a run of emoji inside a hit's open tail ("…that's just how it works 😀😀😀… ok"): the tail's end is found in one pass
    ('"just how it works " + "😀" * n', "en", lambda n: "Obviously, that's just how it works " + "😀" * max(1, n // 2) + " ok.", None),
    ('"\'" * n', "en", _repeat("'"), None),
    ('"(" * n', "en", _repeat("("), None),
    ('"“" * n', "en", _repeat("“"), None),
    ('"{{" * n', "en", _repeat("{{"), None),
    ('"[[" * n', "en", _repeat("[["), None),
    ('"a" * n', "en", _repeat("a"), None),
    ("5,000-digit number", "en", lambda n: "Your order " + "7" * min(5000, n - 20) + " left today.", None),
    ('"a." * n', "en", _repeat("a."), None),
    ('"\\n" * n', "en", lambda n: "Hi," + "\n" * (n - 6) + "Bye", None),
    ('" " * n', "en", lambda n: "Hi," + " " * (n - 6) + "Bye", None),
    ('"RMA " * n', "en", _repeat("RMA "), None),
    ('"soon, " * n', "en", _repeat("soon, "), None),
    ('"We will get back to you soon. " * n', "en", _repeat("We will get back to you soon. "), None),
    ("2000000 business days", "en", _repeat("I'll call you in 2000000 business days. "), None),
    ("within 99999999999 days", "en", _repeat("We will fix it within 99999999999 days. "), None),
    ("one sentence of prose", "en", _one_sentence("en"), None),
    ("one sentence, commas", "en", _one_sentence("en", comma=True), None),
    ("new words", "en", _new_words, None),
    ("random symbols", "en", _garbage, None),
    ('"<p" * n (html)', "en", _repeat("<p "), "html"),
    ('"<b>x" * n (html)', "en", _repeat("<b>soon "), "html"),
    ('"&amp;" * n (html)', "en", _repeat("&amp;"), "html"),
    ('"<!--" * n (html)', "en", _repeat("<!--"), "html"),
    ('"](" * n (markdown)', "en", _repeat("]("), "markdown"),
    ('"[x" * n (markdown)', "en", _repeat("[x"), "markdown"),
    ('"**" * n (markdown)', "en", _repeat("**a"), "markdown"),
    ('"> " lines (email)', "en", _repeat("> soon\n"), "email"),
    ('"On x wrote:" (email)', "en", _repeat("On Monday someone wrote soon\n"), "email"),
    ("prose (tr)", "tr", _prose("tr"), None),
    ("one sentence (tr)", "tr", _one_sentence("tr"), None),
    ('"en kısa sürede, " * n (tr)', "tr", _repeat("en kısa sürede, "), None),
    ('"İ" * n (tr)', "tr", _repeat("İ"), None),
    ('"2000000 iş günü içinde" (tr)', "tr", _repeat("Sizi 2000000 iş günü içinde arayacağız. "), None),
]


def _time(checker: object, text: str, lang: str, fmt: str | None, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        try:
            checker.check(text, lang=lang, now=NOW, format=fmt)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - the benchmark reports it and goes on
            from replycheck import InputError

            if not isinstance(exc, InputError):
                raise
        best = min(best, time.perf_counter() - started)
    return best


def bench_cases(chars: int, repeat: int, only: str | None) -> float:
    """Print the table; return the worst ratio to prose."""
    import replycheck

    checker = replycheck.Checker()
    for lang, generator in (("en", _prose("en")), ("tr", _prose("tr"))):
        checker.check(generator(2000), lang=lang, now=NOW)  # warm-up: lazy loads, caches
    prose = {lang: _time(checker, gen(chars), lang, None, repeat) for lang, gen in (("en", _prose("en")), ("tr", _prose("tr")))}
    print(f"{'case':42s} {'chars':>7s} {'ms':>9s} {'ms/1k chars':>12s} {'x prose':>8s}")
    worst = 0.0
    for name, lang, generator, fmt in CASES:
        if only and only not in name:
            continue
        text = generator(chars)
        seconds = _time(checker, text, lang, fmt, repeat)
        per_k = seconds * 1000 / (len(text) / 1000)
        base = prose[lang] * 1000 / (chars / 1000)
        ratio = per_k / base
        worst = max(worst, ratio)
        print(f"{name:42s} {len(text):7,d} {seconds * 1000:9.1f} {per_k:12.2f} {ratio:8.2f}", flush=True)
    print(f"worst ratio to prose per character: {worst:.2f} (goal: at most 3)")
    return worst


def _rss_mb() -> float:
    """The current resident set size (Linux /proc; the peak elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def soak(count: int) -> float:
    """Check ``count`` distinct drafts full of new words; return the RSS growth after the checkpoint."""
    import replycheck

    rng = random.Random(11)
    pools = {lang: replies(lang, 200, words=60, seed=13) for lang in ("en", "tr")}
    checker = replycheck.Checker()
    reference = None
    batch = 100
    checkpoint = min(10_000, max(batch, count // 10))  # the first 10,000 of the full run
    started = time.perf_counter()
    for done in range(0, count, batch):
        drafts = []
        for k in range(batch):
            lang = "en" if (done + k) % 3 else "tr"
            words = rng.choice(pools[lang]).split()
            for _ in range(4):  # new words nobody wrote before: an open vocabulary
                words.insert(rng.randrange(len(words) + 1), f"zq{done + k:x}{rng.randrange(10**6):x}")
            drafts.append({"text": " ".join(words), "lang": lang})
        checker.check_many(drafts)
        total = done + batch
        if total == checkpoint:
            gc.collect()
            reference = _rss_mb()
        if total % max(batch, count // 20) == 0:
            print(f"  {total:>8,d} drafts: RSS {_rss_mb():7.1f} MB  ({time.perf_counter() - started:6.1f} s)", flush=True)
    gc.collect()
    final = _rss_mb()
    assert reference is not None
    growth = (final - reference) / reference
    print(f"soak: {count:,} distinct drafts, RSS {reference:.0f} MB after {checkpoint:,} -> {final:.0f} MB "
          f"at the end ({growth:+.1%}; goal: within 20 %)")
    return growth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000, help="length of each adversarial draft")
    parser.add_argument("--repeat", type=int, default=2, help="runs per case (the best one counts)")
    parser.add_argument("--only", help="only the cases whose name holds this text")
    parser.add_argument("--soak", type=int, default=20_000, help="distinct drafts in the memory soak (0: skip)")
    parser.add_argument("--soak-full", action="store_true", help="the full soak: 200,000 distinct drafts")
    args = parser.parse_args()
    bench_cases(args.chars, args.repeat, args.only)
    count = 200_000 if args.soak_full else args.soak
    if count:
        soak(count)


if __name__ == "__main__":
    main()
