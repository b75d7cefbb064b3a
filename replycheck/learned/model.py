"""The shipped sentence classifier of one language: load it, score sentences with it.

A model folder (``replycheck/learned/models/<lang>/``) holds ``model.bin`` (the
weights of spaCy's ``textcat_multilabel`` bag-of-n-grams model, as thinc bytes)
and ``meta.json`` (its architecture, labels, one threshold per category — ``null``
for a category that is off — the held-out figures and the training fingerprint).

The model reads words as the checker's pipeline folds them (``NORM``: lower case,
Turkish casing and no diacritics, English contractions spelled out), so training
and checking see the same features and diacritic-less Turkish scores like Turkish.
Only the thinc model is rebuilt at load time, not a spaCy pipeline, and scoring a
reply extracts the n-grams of all its sentences at once from the checker's doc
(the same keys spaCy's ``extract_ngrams`` makes sentence by sentence, a few times faster).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, NORM
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model

from .corpus import MODELS_DIR

MODEL_FILE = "model.bin"
META_FILE = "meta.json"


def folded_doc(nlp: Language, text: str) -> Doc:
    """``text`` as the model reads it: a doc whose words are the folded norms of replycheck's
    pipeline ``nlp``, without whitespace tokens (the training docs)."""
    doc = nlp(text)
    words = [token.norm_ or token.text for token in doc if not token.is_space]
    return Doc(nlp.vocab, words=words)


@dataclass(frozen=True)
class SentenceModel:
    """A trained multi-label sentence classifier and its per-category thresholds."""

    lang: str
    labels: tuple[str, ...]
    thresholds: dict[str, float | None]
    model: Model
    meta: dict[str, Any]

    @classmethod
    def load(cls, lang: str, models_dir: Path = MODELS_DIR) -> "SentenceModel | None":
        """The model of ``lang``, or ``None`` when it has not been built."""
        folder = models_dir / lang
        if not (folder / MODEL_FILE).is_file() or not (folder / META_FILE).is_file():
            return None
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        model = build_model(meta["architecture"])
        model.from_bytes((folder / MODEL_FILE).read_bytes())
        return cls(lang=lang, labels=tuple(meta["labels"]), thresholds=dict(meta["thresholds"]), model=model, meta=meta)

    @property
    def ngram_size(self) -> int:
        return int(self.meta["architecture"]["ngram_size"])

    def scores(self, doc: Doc, starts: Sequence[int]) -> numpy.ndarray:
        """The probability of each label (columns) for each sentence of ``doc`` (rows), the
        sentences starting at the token indexes ``starts`` (the first is 0) and running to the next
        one.  Read from the doc's ``NORM`` keys, whitespace tokens left out, as in training."""
        if not len(doc):
            return numpy.zeros((0, len(self.labels)), dtype="f")
        return sigmoid(self.raw_scores(doc.to_array([NORM, IS_SPACE]), starts))

    def raw_scores(self, array: numpy.ndarray, starts: Sequence[int]) -> numpy.ndarray:
        """The linear layer's output (before the logistic) for ``array`` (``NORM`` and ``IS_SPACE``
        columns of a doc's tokens) cut at ``starts``.  A repeated n-gram is passed once per
        occurrence with value 1 instead of once with its count: the layer is linear, the sum the same."""
        words = array[:, 1] == 0
        keys = numpy.ascontiguousarray(array[words, 0])
        before = numpy.concatenate(([0], numpy.cumsum(words)))  # words before each token
        cuts = [*before[list(starts)].tolist(), len(keys)]  # each sentence's range in ``keys``
        grams = [(n, numpy.asarray(self.model.ops.ngrams(n, keys))) for n in range(2, self.ngram_size + 1)
                 if len(keys) >= n]
        pieces: list[numpy.ndarray] = []
        lengths: list[int] = []
        for first, last in zip(cuts, cuts[1:]):
            pieces.append(keys[first:last])
            size = last - first
            for n, table in grams:  # the n-grams that start and end inside this sentence
                if last - first >= n:
                    pieces.append(table[first:last - n + 1])
                    size += last - first - n + 1
            lengths.append(size)
        flat = numpy.concatenate(pieces)
        values = numpy.ones(len(flat), dtype="f")
        counts = numpy.asarray(lengths, dtype=numpy.int32)
        return numpy.asarray(self._linear.predict((flat, values, counts)))

    @property
    def _linear(self) -> Model:
        return self.model.get_ref("output_layer")

    def reference_scores(self, docs: Sequence[Doc]) -> numpy.ndarray:
        """spaCy's own forward pass over :func:`folded_doc` docs (for training and tests)."""
        return numpy.asarray(self.model.predict(list(docs)))


def sigmoid(raw: numpy.ndarray) -> numpy.ndarray:
    """The logistic function (thinc's ``Logistic`` layer), without overflow on an endless sentence."""
    return 1.0 / (1.0 + numpy.exp(-numpy.clip(raw, -60.0, 60.0)))


def build_model(architecture: dict[str, Any]) -> Model:
    """The thinc model that ``architecture`` (the config's model block) describes, without weights."""
    return registry.resolve({"model": architecture})["model"]
