"""The learned check: a sentence the classifier flags and no rule of that category did.

Each finding spans the whole sentence (without surrounding spaces), says the
category's message (``messages.yaml``) and carries the rewrite engine's manual
template: a classifier knows *that* a sentence reads badly, not which words to change.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path
import yaml
import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, NORM
from spacy.tokens import Doc, Span

from ..folding import fold
from ..models import Finding
from ..pipeline import sentences
from ..transforms import manual
from .corpus import LABELS, MODELS_DIR, PACKAGE_DIR
from .model import SentenceModel, sigmoid

CODES: dict[str, str] = {category: f"LRN{index:03d}" for index, category in enumerate(LABELS, 1)}
"""The rule id of each category's learned finding: LRN001 (jargon) … LRN005 (unkept_promise)."""
MIN_WORDS = 3
"""Sentences with fewer words (a greeting, a sign-off) are not scored."""


@cache
def messages() -> dict[str, dict[str, dict[str, str]]]:
    """Message, why and fix title of each learned finding, per language and category."""
    with (PACKAGE_DIR / "messages.yaml").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, dict[str, str]]] = yaml.safe_load(handle)
    return data


@cache
def exceptions() -> dict[str, dict[str, re.Pattern[str]]]:
    """Per language and category, what the learned check never flags (``exceptions.yaml``), one regex."""
    with (PACKAGE_DIR / "exceptions.yaml").open(encoding="utf-8") as handle:
        data: dict[str, dict[str, list[str]]] = yaml.safe_load(handle) or {}
    return {lang: {label: re.compile("|".join(f"(?:{p})" for p in patterns)) for label, patterns in table.items()}
            for lang, table in data.items()}


class LearnedCheck:
    """The learned check of one language (see :func:`load`)."""

    def __init__(self, model: SentenceModel) -> None:
        self.model = model
        self.lang = model.lang
        table = messages().get(model.lang) or messages()["en"]
        unless = exceptions().get(model.lang, {})
        self._active = [
            (column, label, threshold, table[label], unless.get(label))
            for column, label in enumerate(model.labels)
            if (threshold := model.thresholds.get(label)) is not None
        ]

    def findings(
        self,
        text: str,
        doc: Doc,
        found: Sequence[Finding],
        disabled: Collection[str] = (),
        selected: Collection[str] = (),
        concrete_time: re.Pattern[str] | None = None,
    ) -> list[Finding]:
        """Findings in ``text`` (whose doc is ``doc``) for sentences that no finding in ``found`` flags
        with the same category.  ``disabled`` and ``selected`` name codes or categories, as for rules.

        A missing time frame is a matter of the reply, not of one sentence, so as for the pack's
        ``pending`` rules a sentence gets none when it or the next one names a concrete time
        (``concrete_time``, the pack's patterns on folded text) or when a rule already asks for a
        time frame in the sentence before or after it (one time frame per stretch of pending work)."""
        active = [
            entry for entry in self._active
            if CODES[entry[1]] not in disabled and entry[1] not in disabled
            and (not selected or CODES[entry[1]] in selected or entry[1] in selected)
        ]
        if not active or not len(doc):
            return []
        sents = sentences(doc)
        if not sents:
            return []
        starts = [sent.start for sent in sents]
        array = doc.to_array([NORM, IS_SPACE, IS_ALPHA])
        words = numpy.add.reduceat(array[:, 2], starts).tolist()
        if max(words) < MIN_WORDS:
            return []
        scores = sigmoid(self.model.raw_scores(array, starts))
        result: list[Finding] = []
        for index, (row, sent, size) in enumerate(zip(scores.tolist(), sents, words)):
            if size < MIN_WORDS:
                continue
            start, end = -1, -1
            folded = ""
            for column, label, threshold, said, unless in active:
                if row[column] < threshold:
                    continue
                if start < 0:
                    start, end = _trimmed(text, sent.start_char, sent.end_char)
                    folded = fold(text[start:end], self.lang)
                if unless is not None and unless.search(folded):
                    continue  # one of the category's "do not flag" cases (exceptions.yaml)
                if any(f.category == label and f.start < end and start < f.end for f in found):
                    continue  # a rule already flagged this category here
                if label == "missing_timeline" and _timed(text, sents, index, found, concrete_time, self.lang):
                    continue
                result.append(Finding(
                    rule_id=CODES[label],
                    category=label,
                    severity="warning",
                    start=start,
                    end=end,
                    text=text[start:end],
                    message=said["message"],
                    why=said["why"],
                    fix_title=said["fix_title"],
                    suggestions=[manual(start, end, label, self.lang)],
                ))
        return result


def _timed(text: str, sents: Sequence[Span], index: int, found: Sequence[Finding],
           concrete_time: re.Pattern[str] | None, lang: str) -> bool:
    """Whether the pending work of sentence ``index`` already has, or is already asked for, a time frame."""
    lo = sents[index - 1].start_char if index > 0 else sents[index].start_char
    hi = sents[index + 1].end_char if index + 1 < len(sents) else sents[index].end_char
    if any(f.category == "missing_timeline" and f.start < hi and lo < f.end for f in found):
        return True
    return concrete_time is not None and bool(concrete_time.search(fold(text[sents[index].start_char:hi], lang)))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence without surrounding spaces, nor an opening bracket or a lone ``*`` or ``^`` left
    at its end by the next sentence's start (``… into this. (2/2)``, ``… to assist. *NG``)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "([{*^"):
        end -= 1
    return start, end


_loaded: dict[tuple[str, Path], LearnedCheck | None] = {}


def load(lang: str, models_dir: Path = MODELS_DIR) -> LearnedCheck | None:
    """The learned check of ``lang``, loaded once per process; ``None`` when no model ships for it."""
    key = (lang, models_dir)
    if key not in _loaded:
        model = SentenceModel.load(lang, models_dir)
        _loaded[key] = LearnedCheck(model) if model is not None else None
    return _loaded[key]

