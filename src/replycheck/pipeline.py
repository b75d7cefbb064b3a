"""spaCy blank pipelines with replycheck's folded NORM; built once per language."""

from __future__ import annotations

import numpy
import spacy
from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .folding import fold


class FoldNorm:
    """Sets every token's NORM to its folded form and starts a sentence after a line break.

    English keeps spaCy's norms first (``ca`` + ``n't`` → ``can`` + ``not``);
    Turkish folds the raw text with Turkish casing and no diacritics.  Works on
    attribute arrays with a per-vocabulary cache, so each distinct word is
    folded once.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._source = NORM if lang == "en" else ORTH
        self._folded: dict[int, int] = {}
        self._spaces: dict[int, tuple[bool, bool]] = {}

    def _fold(self, doc: Doc, key: int) -> int:
        strings = doc.vocab.strings
        folded = strings.add(fold(strings[key], self.lang))
        self._folded[key] = folded
        return folded

    def _space(self, doc: Doc, orth: int) -> tuple[bool, bool]:
        """(whitespace only, contains a line break) for a token text."""
        text = doc.vocab.strings[orth]
        kind = self._spaces[orth] = (not text.strip(), "\n" in text)
        return kind

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, NORM, SENT_START])
        source = 0 if self._source == ORTH else 1
        folded, spaces = self._folded, self._spaces
        new_norms = [folded.get(int(key)) or self._fold(doc, int(key)) for key in array[:, source]]
        sent_starts = array[:, 2].view(numpy.int64).copy()
        start_next = False
        for i, orth in enumerate(array[:, 0]):
            orth = int(orth)
            is_space, has_break = spaces[orth] if orth in spaces else self._space(doc, orth)
            if is_space:
                # whitespace never starts a sentence; a line break starts the next one
                start_next = start_next or has_break or (sent_starts[i] == 1 and i > 0)
                if i > 0:
                    sent_starts[i] = -1
            elif start_next:
                sent_starts[i] = 1
                start_next = False
        out = numpy.column_stack([numpy.asarray(new_norms, dtype=array.dtype), sent_starts.view(array.dtype)])
        doc.from_array([NORM, SENT_START], out)
        return doc


@Language.factory("replycheck_norm", default_config={"lang": "en"})
def _make_fold_norm(nlp: Language, name: str, lang: str) -> FoldNorm:
    return FoldNorm(lang)


def build_nlp(lang: str) -> Language:
    """A blank ``lang`` pipeline: tokenizer, sentencizer, folded norms."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("replycheck_norm", config={"lang": lang})
    return nlp
