"""What the learned check costs: model size, load time, and time per reply on top of the rules.

    .venv/bin/python benchmarks/learned_bench.py [CORPUS.jsonl ...]

Default corpora: ../shared/eval/dev.jsonl and real.jsonl (read for timing only).
Per reply it reports (1) the learned check alone — scoring the reply's sentences and
making findings, once per reply as the first pass does — and (2) a whole warm
``Checker.check`` with the check on minus off (it also runs in every re-check of a
rewrite), as medians and means over all replies, interleaved to share the noise.
Times are CPU time of the checking thread (``time.thread_time``), not wall time.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from replycheck import Checker
from replycheck.learned.check import LearnedCheck
from replycheck.learned.corpus import MODELS_DIR
from replycheck.learned.model import MODEL_FILE, SentenceModel
from replycheck.normalize import make_view

clock = time.thread_time  # CPU time of this thread: the machine is shared, wall time is noisy
ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT.parent / "shared" / "eval" / "real.jsonl"]


def main(paths: list[Path]) -> None:
    drafts = [json.loads(line) for path in paths for line in path.open(encoding="utf-8") if line.strip()]
    langs = sorted({d.get("lang") or "en" for d in drafts})
    checks: dict[str, LearnedCheck] = {}
    for lang in langs:
        size = (MODELS_DIR / lang / MODEL_FILE).stat().st_size
        started = clock()
        model = SentenceModel.load(lang)
        first = clock() - started
        loads = []
        for _ in range(10):
            started = clock()
            SentenceModel.load(lang)
            loads.append(clock() - started)
        print(f"{lang}: model {size / 1e6:.2f} MB, load {first * 1e3:.1f} ms first, "
              f"{statistics.median(loads) * 1e3:.1f} ms median of 10")
        assert model is not None, f"no {lang} model: run make model"
        checks[lang] = LearnedCheck(model)

    on, off = Checker(langs=langs), Checker(langs=langs, learned=False)
    direct: list[float] = []
    with_on: list[float] = []
    with_off: list[float] = []
    for _ in range(2):  # warm up caches (tokenizer, folds) on the first round
        direct.clear(), with_on.clear(), with_off.clear()
        for draft in drafts:
            lang = draft.get("lang") or "en"
            pack = on._pack(lang)
            view = make_view(draft["text"], None)
            doc = pack.nlp(view.text)
            learned = checks[lang]
            started = clock()
            learned.findings(view.text, doc, [])
            direct.append(clock() - started)
            started = clock()
            on.check(draft["text"], lang=lang)
            with_on.append(clock() - started)
            started = clock()
            off.check(draft["text"], lang=lang)
            with_off.append(clock() - started)
    words = statistics.mean(len(d["text"].split()) for d in drafts)
    print(f"{len(drafts)} replies, {words:.0f} words on average")
    for lang in langs:
        mine = [t for t, d in zip(direct, drafts) if (d.get("lang") or "en") == lang]
        size = statistics.mean(len(d["text"].split()) for d in drafts if (d.get("lang") or "en") == lang)
        on = [label for label, cut in checks[lang].model.thresholds.items() if cut is not None]
        print(f"learned check alone, {lang} ({len(mine)} replies, {size:.0f} words, categories on: "
              f"{', '.join(on) or 'none'}): median {statistics.median(mine) * 1e3:.3f} ms, "
              f"mean {statistics.mean(mine) * 1e3:.3f} ms, max {max(mine) * 1e3:.3f} ms")
    print(f"Checker.check, learned on:  median {statistics.median(with_on) * 1e3:.3f} ms, mean {statistics.mean(with_on) * 1e3:.3f} ms")
    print(f"Checker.check, learned off: median {statistics.median(with_off) * 1e3:.3f} ms, mean {statistics.mean(with_off) * 1e3:.3f} ms")
    print(f"difference: median {(statistics.median(with_on) - statistics.median(with_off)) * 1e3:.3f} ms, "
          f"mean {(statistics.mean(with_on) - statistics.mean(with_off)) * 1e3:.3f} ms")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]] or DEFAULT)
