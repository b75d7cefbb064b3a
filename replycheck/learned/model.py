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

    def scores(self, doc: Doc, bounds: Sequence[tuple[int, int]]) -> numpy.ndarray:
        """The probability of each label (columns) for each token range ``bounds`` of ``doc``
        (sentences, in order, not overlapping), from the doc's ``NORM`` keys."""
        if not bounds:
            return numpy.zeros((0, len(self.labels)), dtype="f")
        array = doc.to_array([NORM, IS_SPACE])
        sentence = numpy.full(len(doc), -1, dtype=numpy.int64)
        for index, (first, last) in enumerate(bounds):
            sentence[first:last] = index
        keep = (array[:, 1] == 0) & (sentence >= 0)
        keys = numpy.ascontiguousarray(array[keep, 0])
        owner = sentence[keep]
        ops = self.model.ops
        all_keys, all_owners = [keys], [owner]
        for n in range(2, self.ngram_size + 1):
            if len(keys) < n:
                break
            grams = numpy.asarray(ops.ngrams(n, keys))
            inside = owner[: len(grams)] == owner[n - 1:]  # an n-gram never crosses a sentence end
            all_keys.append(grams[inside])
            all_owners.append(owner[: len(grams)][inside])
        flat_keys = numpy.concatenate(all_keys)
        flat_owners = numpy.concatenate(all_owners)
        order = numpy.lexsort((flat_keys, flat_owners))
        flat_keys, flat_owners = flat_keys[order], flat_owners[order]
        first = numpy.ones(len(flat_keys), dtype=bool)
        first[1:] = (flat_keys[1:] != flat_keys[:-1]) | (flat_owners[1:] != flat_owners[:-1])
        starts = numpy.flatnonzero(first)
        counts = numpy.diff(numpy.append(starts, len(flat_keys))).astype("f")
        lengths = numpy.bincount(flat_owners[starts], minlength=len(bounds)).astype("int32")
        linear = self.model.get_ref("output_layer")
        raw = numpy.asarray(linear.predict((numpy.ascontiguousarray(flat_keys[starts]), counts, lengths)))
        return 1.0 / (1.0 + numpy.exp(-raw))

    def reference_scores(self, docs: Sequence[Doc]) -> numpy.ndarray:
        """spaCy's own forward pass over :func:`folded_doc` docs (for training and tests)."""
        return numpy.asarray(self.model.predict(list(docs)))


def build_model(architecture: dict[str, Any]) -> Model:
    """The thinc model that ``architecture`` (the config's model block) describes, without weights."""
    return registry.resolve({"model": architecture})["model"]
