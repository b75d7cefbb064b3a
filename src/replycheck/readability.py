"""Reading ease: Flesch (textstat) for English, Ateşman for Turkish."""

from __future__ import annotations

import re

from .models import Readability

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TURKISH_VOWELS = re.compile("[aeıioöuüâîûAEIİOÖUÜÂÎÛ]")


def readability(text: str, lang: str, sentences: int) -> Readability:
    """Score how easy ``text`` is to read; ``sentences`` comes from the pipeline's sentencizer."""
    words = _WORD.findall(text)
    sentences = max(sentences, 1)
    if not words:
        return Readability(formula="atesman" if lang == "tr" else "flesch", score=0.0, words=0, sentences=sentences)
    if lang == "tr":
        syllables = sum(max(1, len(_TURKISH_VOWELS.findall(word))) for word in words)
        # Ateşman (1997): 198.825 − 40.175 × syllables/word − 2.610 × words/sentence
        score = 198.825 - 40.175 * syllables / len(words) - 2.610 * len(words) / sentences
        return Readability(formula="atesman", score=round(score, 1), words=len(words), sentences=sentences)
    import textstat  # imported lazily: only English needs it

    score = textstat.flesch_reading_ease(text)
    return Readability(formula="flesch", score=round(float(score), 1), words=len(words), sentences=sentences)
