"""spaCy blank pipelines with replycheck's folded NORM and sentence starts; built once per language."""

from __future__ import annotations

from typing import Any

import numpy
import spacy
from spacy.attrs import IS_PUNCT, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from .folding import fold

_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)
_STARTS = "replycheck_sentence_starts"  # key in Doc.user_data: token index of each sentence start


class FoldNorm:
    """Folds every token's NORM and marks sentence starts, in one pass over attribute arrays.

    NORM: English keeps spaCy's norms first (``ca`` + ``n't`` → ``can`` +
    ``not``); Turkish folds the raw text with Turkish casing and no diacritics.
    Sentences follow spaCy's ``Sentencizer`` rule (a sentence ends after its
    punctuation characters) and also start after a line break; whitespace never
    starts one.  Each distinct word is folded once per vocabulary.  Doing this
    on arrays instead of running the ``sentencizer`` component too halves the
    per-reply cost (the sentencizer builds a Python object per token).
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._source = 1 if lang == "en" else 0  # column of the array to fold: NORM or ORTH
        self._folded: dict[int, int] = {}
        self._kinds: dict[int, tuple[bool, bool, bool]] = {}

    def _fold(self, doc: Doc, key: int) -> int:
        strings = doc.vocab.strings
        folded = self._folded[key] = strings.add(fold(strings[key], self.lang))
        return folded

    def _kind(self, doc: Doc, orth: int) -> tuple[bool, bool, bool]:
        """(ends a sentence, whitespace only, contains a line break) for a token text."""
        text = doc.vocab.strings[orth]
        kind = self._kinds[orth] = (text in _PUNCT_CHARS, not text.strip(), "\n" in text)
        return kind

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([ORTH, NORM, IS_PUNCT])
        folded, kinds = self._folded, self._kinds
        norms = [folded.get(key) or self._fold(doc, key) for key in array[:, self._source].tolist()]
        starts = [-1] * len(doc)
        noted: list[int] = []
        seen_end = False
        for i, (orth, is_punct) in enumerate(zip(array[:, 0].tolist(), array[:, 2].tolist())):
            ends, is_space, has_break = kinds[orth] if orth in kinds else self._kind(doc, orth)
            if is_space:
                seen_end = seen_end or has_break
            elif i == 0 or (seen_end and not is_punct and not ends):
                starts[i] = 1
                noted.append(i)
                seen_end = False
            elif ends:
                seen_end = True
        if not noted:
            starts[0] = 1
        doc.user_data[_STARTS] = noted if noted[:1] == [0] else [0, *noted]
        out = numpy.column_stack(
            [numpy.asarray(norms, dtype=array.dtype), numpy.asarray(starts, dtype=numpy.int64).view(array.dtype)]
        )
        doc.from_array([NORM, SENT_START], out)
        return doc


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``: the same spans as ``doc.sents``, from the starts noted by
    ``FoldNorm`` (``doc.sents`` builds a Python object per token)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        return list(doc.sents)
    bounds = [*starts, len(doc)]
    return [Span(doc, first, last) for first, last in zip(bounds, bounds[1:])]


def sentence_count(doc: Doc) -> int:
    """How many sentences ``doc`` has (see :func:`sentences`)."""
    starts = doc.user_data.get(_STARTS)
    return len(starts) if starts is not None else sum(1 for _ in doc.sents)


@Language.factory("replycheck_norm", default_config={"lang": "en"})
def _make_fold_norm(nlp: Language, name: str, lang: str) -> FoldNorm:
    return FoldNorm(lang)


class CachingTokenizer:
    """spaCy's tokenizer, with every whitespace-separated chunk of a draft in its cache.

    spaCy stops caching the rest of a text's chunks once the text has used a special
    case such as "I'm" (spaCy issue #1250), so most chunks of an English reply were
    split with the prefix, suffix and infix regexes again on every reply.  A chunk
    met for the first time is tokenized on its own first, which caches it; the draft
    is then tokenized as usual, with the same tokens, about three times faster.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self._seen: set[str] = set()

    def __call__(self, text: str) -> Doc:
        seen, tokenizer = self._seen, self.tokenizer
        if len(seen) > 500_000:  # a long-running service meets an open vocabulary
            seen.clear()
        for chunk in text.split():
            if chunk not in seen:
                tokenizer(chunk)
                seen.add(chunk)
        return tokenizer(text)

    def __getattr__(self, name: str) -> Any:  # rules, explain, …: spaCy's tokenizer answers
        return getattr(self.tokenizer, name)


def build_nlp(lang: str) -> Language:
    """A blank ``lang`` pipeline: tokenizer, then folded norms and sentence starts."""
    nlp = spacy.blank(lang)
    nlp.tokenizer = CachingTokenizer(nlp.tokenizer)
    nlp.add_pipe("replycheck_norm", config={"lang": lang})
    return nlp
