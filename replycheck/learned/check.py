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

import numpy
import yaml
from spacy.attrs import IS_ALPHA, IS_SPACE, NORM
from spacy.tokens import Doc, Span

from ..folding import fold
from ..models import Finding
from ..pipeline import _STARTS as SENTENCE_STARTS
from ..pipeline import sentences
from ..transforms import manual, tied_to_timed_step
from .corpus import LABELS, MODELS_DIR, PACKAGE_DIR
from .model import SentenceModel, sigmoid

CODES: dict[str, str] = {category: f"LRN{index:03d}" for index, category in enumerate(LABELS, 1)}
"""The rule id of each category's learned finding: LRN001 (jargon) … LRN005 (unkept_promise)."""
MIN_WORDS = 3
"""Sentences with fewer words (a greeting, a sign-off) are not scored."""
MIN_WORDS_FOR = {"negative_framing": 5}
"""A category that needs more words before the model's judgement counts ("Sale items are excluded.")."""


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
        ``pending`` rules a sentence gets none when a concrete time stands near it (``concrete_time``,
        the pack's patterns on folded text, from the sentence before to the second one after) or
        when a rule already asks for a time frame in the sentence before or after it (one time
        frame per stretch of pending work)."""
        active = [
            entry for entry in self._active
            if CODES[entry[1]] not in disabled and entry[1] not in disabled
            and (not selected or CODES[entry[1]] in selected or entry[1] in selected)
        ]
        if not active or not len(doc):
            return []
        starts = doc.user_data.get(SENTENCE_STARTS)  # noted by the pipeline; spans only where needed
        if starts is None:
            starts = [sent.start for sent in sentences(doc)]
        array = doc.to_array([NORM, IS_SPACE, IS_ALPHA])
        words = numpy.add.reduceat(array[:, 2], starts).tolist()
        if max(words) < MIN_WORDS:
            return []
        scores = sigmoid(self.model.raw_scores(array, starts))
        if not any(scores[:, column].max() >= threshold for column, _, threshold, _, _ in active):
            return []
        bounds = [*starts, len(doc)]
        sents = _Sentences(doc, bounds)
        result: list[Finding] = []
        for index, (row, size) in enumerate(zip(scores.tolist(), words)):
            if size < MIN_WORDS:
                continue
            if not any(row[column] >= threshold for column, _, threshold, _, _ in active):
                continue
            piece = array[bounds[index]:bounds[index + 1]]
            if len(set(piece[piece[:, 2] == 1, 0].tolist())) < MIN_WORDS:
                continue  # "RMA RMA RMA …": too few different words for the model to judge
            start, end = -1, -1
            folded = ""
            for column, label, threshold, said, unless in active:
                if row[column] < threshold:
                    continue
                if start < 0:
                    start, end = _trimmed(text, *sents.chars(index))
                    folded = fold(text[start:end], self.lang)
                if unless is not None and unless.search(folded):
                    continue  # one of the category's "do not flag" cases (exceptions.yaml)
                if any(f.category == label and f.start < end and start < f.end for f in found):
                    continue  # a rule already flagged this category here
                if label == "missing_timeline" and _timed(text, sents, index, found, concrete_time, self.lang):
                    continue
                if label == "missing_timeline" and index > 0 and unless is not None and unless.search(
                        fold(text[slice(*_trimmed(text, *sents.chars(index - 1)))], self.lang)):
                    continue  # "Can you send us a DM with your email? We'll take a look": the next step is the customer's
                if size < MIN_WORDS_FOR.get(label, MIN_WORDS):
                    continue  # "Sale items are excluded.": too short a fact for the model to call a refusal
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


class _Sentences:
    """Character offsets of a doc's sentences, from their token starts, made on demand."""

    def __init__(self, doc: Doc, bounds: list[int]) -> None:
        self.doc = doc
        self.bounds = bounds

    def __len__(self) -> int:
        return len(self.bounds) - 1

    def chars(self, index: int) -> tuple[int, int]:
        span = Span(self.doc, self.bounds[index], self.bounds[index + 1])
        return span.start_char, span.end_char


def _timed(text: str, sents: _Sentences, index: int, found: Sequence[Finding],
           concrete_time: re.Pattern[str] | None, lang: str) -> bool:
    """Whether the pending work of sentence ``index`` already has, or is already asked for, a time frame:
    a rule's in the sentence before or after it, a concrete time from the sentence before it to the
    second one after it ("I'll update you by Monday. They'll sort it as quickly as they can.")."""
    here = sents.chars(index)
    lo = sents.chars(index - 1)[0] if index > 0 else here[0]
    hi = sents.chars(index + 1)[1] if index + 1 < len(sents) else here[1]
    if any(f.category == "missing_timeline" and f.start < hi and lo < f.end for f in found):
        return True
    far = sents.chars(min(index + 2, len(sents) - 1))[1]
    if concrete_time is not None and concrete_time.search(fold(text[lo:far], lang)):
        return True
    # a notice tied to a visit the reply times a few sentences up (the rules' own test): "… bugün 14:00–15:00 arasında …
    # Ramazan Usta yola çıkınca sizi arayacak"
    return tied_to_timed_step(text, here[0], here[0], here[1], lang)


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

