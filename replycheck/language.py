"""Which language a draft is written in, among the languages that have a rule pack."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

DEFAULT_LANGUAGE = "en"
_SEED = 0
_MAX_SAMPLE = 300  # characters read: plenty to tell two languages apart, and much faster
_TRIALS = 3  # langdetect's default is 7; with two profiles three agree just as well
_TURKISH_LETTERS = re.compile("[ğĞşŞıİ]")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TURKISH_IN_WORD = re.compile(r"[ğĞşŞıİ](?=[^\W\d_])|(?<=[^\W\d_])[ğĞşŞıİ]")  # with a letter next to it
# a whole run of letters holding one of them (starting only where a run starts keeps it linear)
_TURKISH_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*?[ğĞşŞıİ][^\W\d_]*")
# Words that are unmistakably Turkish even when typed without diacritics.
_TURKISH_HINTS = frozenset(
    "merhaba selam tesekkurler tesekkur ederiz ederim siparisiniz siparis "
    "yarin bugun hanim bey iyi gunler size sizin icin ile ama cok degil "
    "olarak gibi kadar sonra once musteri kargo kargoda iade fatura".split()
)

# Function words that never occur in Turkish: four of them settle it without n-gram statistics.
_ENGLISH_HINTS = frozenset(
    "the and you your we our is are was will would to for of with this that have has it "
    "be can please thanks thank there what when which".split()
)


@lru_cache(maxsize=None)
def _factory(languages: tuple[str, ...]) -> DetectorFactory:
    """A langdetect factory holding only the profiles of ``languages``."""
    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(profiles / lang).read_text(encoding="utf-8") for lang in languages])
    factory.set_seed(_SEED)
    return factory


def detect_language(text: str, supported: tuple[str, ...] = ("en", "tr")) -> str:
    """Guess the language of ``text``; deterministic, limited to ``supported``."""
    if len(supported) == 1:
        return supported[0]
    words = _LETTERS.findall(text)
    lowered = {w.lower() for w in words}
    english = len(lowered & _ENGLISH_HINTS) if "en" in supported else 0
    if "tr" in supported and _TURKISH_LETTERS.search(text) and _turkish_words(text, english) > (2 if english >= 4 else 0):
        return "tr"  # ğ ş ı İ are Turkish, unless they only spell a name or two in an English reply
    hints = len(lowered & _TURKISH_HINTS)
    if "tr" in supported and hints >= 2 and english < 4:
        return "tr"  # ("size" and "once" are English words too: not against four English function words)
    if english >= 4 and hints <= 1:
        return "en"  # one cue word ("once", "size") among English function words is English
    if len(words) < 2:
        return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in supported else supported[0]
    langs = tuple(sorted(lang for lang in supported if _has_profile(lang)))
    if not langs:
        return supported[0]
    detector = _factory(langs).create()
    detector.set_max_text_length(_MAX_SAMPLE)
    detector.n_trial = _TRIALS
    detector.append(text)
    try:
        return detector.detect()
    except LangDetectException:
        return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in supported else supported[0]


def _turkish_words(text: str, english: int) -> int:
    """Words (two letters or more) with ğ ş ı İ in them: whether there is one at all, or,
    next to four English function words, whether there are more than two (counting stops at 3)."""
    if english < 4:
        return 1 if _TURKISH_IN_WORD.search(text) else 0
    count = 0
    for word in _TURKISH_WORD.finditer(text):
        count += len(word.group()) >= 2
        if count > 2:
            break
    return count


@lru_cache(maxsize=None)
def _has_profile(lang: str) -> bool:
    return (resources.files("langdetect") / "profiles" / lang).is_file()


