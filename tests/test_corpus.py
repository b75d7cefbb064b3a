"""Accuracy guard on the project's own held-out replies (tests/corpus, written for this project
and labelled by CATEGORIES.md): a change that makes the checker cry wolf or go blind fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import replycheck

CORPUS = Path(__file__).parent / "corpus"
CATEGORIES = ("jargon", "condescension", "negative_framing", "missing_timeline", "unkept_promise")


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("heldout*.jsonl")))
def test_held_out_precision_and_recall(checker: replycheck.Checker, name: str) -> None:
    items = [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()]
    lang = items[0]["lang"]
    reports = checker.check_many(
        [{"id": i["id"], "text": i["text"], "lang": i["lang"], "thread": i.get("thread"), "now": i.get("now")} for i in items]
    )
    counts = {c: [0, 0, 0] for c in CATEGORIES}  # tp, fp, fn
    false_alarms = clean = 0
    for item, report in zip(items, reports):
        found = {f.category for f in report.findings} & set(CATEGORIES)
        wanted = set(item["labels"])
        for category in CATEGORIES:
            counts[category][0] += category in found and category in wanted
            counts[category][1] += category in found and category not in wanted
            counts[category][2] += category not in found and category in wanted
        if not wanted:
            clean += 1
            false_alarms += bool(found)
    f1 = []
    for category, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        assert precision >= 0.9, f"{name} {category}: precision {precision:.2f}"
        f1.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    assert sum(f1) / len(f1) >= 0.9, f"{name} ({lang}): macro F1 {sum(f1) / len(f1):.3f}"
    assert clean >= 30 and false_alarms / clean <= 0.05, f"{name}: {false_alarms} false alarms on {clean} clean"
