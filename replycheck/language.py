"""Which language a draft is written in: one of the languages with a rule pack, or
(``identify_language``) a language without one, so that it is reported, not scored.

Names don't decide: a capitalised word inside a sentence, the name after a greeting
("Hi Ayşe,") and a signature line are left out of the evidence, so a Turkish name in
an English reply (or an English one in a Turkish reply) doesn't change its language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

DEFAULT_LANGUAGE = "en"
_SEED = 0
_MAX_SAMPLE = 300  # characters read by langdetect: plenty to tell two languages apart, and much faster
_MAX_SCAN = 3000  # characters read for word cues
_TRIALS = 3  # langdetect's default is 7; with two profiles three agree just as well
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")  # URLs and e-mail addresses are no language
_TURKISH_LETTERS = re.compile("[ğĞşŞıİ]")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"(?=[^\W\d_])[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
# letters of Latin-script languages other than English and Turkish (Turkish has ç ö ü â î û)
_FOREIGN_LETTERS = re.compile("[ßäåæøœñãõàèìòùáéíóúêëïăąęłńśźżřčěůőűșț]")
# what may stand between a sentence's end and its first word
_OPENERS = " \t\"'“”‘’«»([*-–—•>"
_SENTENCE_END = ".!?…:;\n"
_FOLD = str.maketrans("çğıöşüâîûÇĞIİÖŞÜ", "cgiosuaiucgiiosu")

# Words that are unmistakably Turkish even when typed without diacritics (compared folded).
_TURKISH_HINTS = frozenset(
    "merhaba selam tesekkurler tesekkur ederiz ederim siparisiniz siparis "
    "yarin bugun hanim bey hanimefendi beyefendi sayin iyi gunler size sizin icin ile ama cok degil "
    "olarak gibi kadar sonra once musteri kargo kargoda iade fatura".split()
)
# Turkish endings (folded: typed without diacritics too): "siparisiniz", "gorunuyor", "cozulecek"
_TURKISH_ENDING = re.compile(r"\w{3,}(?:iniz|unuz|sunuz|siniz|iyor|uyor|yoruz|ecek|acak|ecegiz|acagiz|mistir|mustur)")
_ENGLISH_TOO = frozenset({"size", "once"})  # Turkish hints that are English words as well

# Function words that never occur in Turkish: four of them settle it without n-gram statistics.
_ENGLISH_HINTS = frozenset(
    "the and you your we our is are was will would to for of with this that have has it "
    "be can please thanks thank there what when which".split()
)

# Function words (and a few support words) of languages without a pack.  None is an
# English or Turkish word (no "die", "was", "son", "de", "ne", "o"...), nor a single letter.
_FOREIGN_HINTS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "fr": "le la les des du une est et dans vous nous votre vos notre nos avec pas qui que ce cette ces "
              "sont été au aux mais ou où je il elle ils leur très merci bonjour avez avons sera peut pouvez "
              "êtes être cordialement madame monsieur commande colis livraison remboursement également",
        "de": "der das und ist nicht ich sie wir ihr ihre ihren ihnen mit für auf zu ein eine einen einem es "
              "von bitte danke wurde werden wird haben sind auch noch sehr bei oder aber kann können uns "
              "unser unsere hallo geehrte geehrter vielen dank freundlichen grüßen gerne leider bestellung "
              "lieferung rückerstattung heute morgen",
        "es": "el los las del por para con su sus usted ustedes nosotros está están que una pero muy gracias "
              "hola pedido lo se fue han hemos puede nuestro nuestra nuestros este esta estos también "
              "cuando sobre tiene es le la un saludos envío reembolso",
        "it": "il gli della dello degli delle che è con sono siamo una ordine grazie ciao buongiorno suo sua "
              "vostro vostra questo questa abbiamo stato stata essere anche nel nella alla alle dei "
              "cordiali saluti la le un di spedizione rimborso",
        "pt": "os uma não você vocês seu sua obrigado obrigada olá pedido está foi para por ao das "
              "nos muito mas também é são nosso nossa já até que se entrega reembolso",
        "nl": "het een ik jij wij niet voor zijn dat bedankt hallo bestelling wordt worden kunt graag "
              "heeft hebben ook maar nog uw jullie onze ons deze dit wat bij",
        "sv": "och att det som är för på inte jag har ett ditt tack hej beställning vänliga hälsningar kan",
        "da": "og ikke jeg det på har tak hej bestilling venlig hilsen kan",
        "pl": "nie się że dla jak czy dziękuję zamówienie pani państwa przez już oraz",
        "id": "tidak ini itu untuk dengan kami anda akan sudah terima kasih pesanan bisa",
    }.items()
}
_LANGUAGE_NAMES = {
    "en": "English", "tr": "Turkish", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "pl": "Polish",
    "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian", "he": "Hebrew",
    "el": "Greek", "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
    "th": "Thai", "vi": "Vietnamese", "ro": "Romanian", "cs": "Czech", "hu": "Hungarian", "fi": "Finnish",
}


def language_name(lang: str) -> str:
    """The English name of ``lang`` (the code itself when unknown)."""
    return _LANGUAGE_NAMES.get(lang, lang)


@dataclass(frozen=True)
class _Evidence:
    """Word cues of a draft, with names (capitalised words inside a sentence, the name
    after a greeting, signature lines) left out."""

    english: int  # English function words
    turkish_hints: int  # Turkish cue words (folded)
    strong_hints: int  # of which not also English words
    turkish_letters: int  # lower-case or all-caps words with ğ ş ı İ (counting stops at 3)
    initial_turkish: int  # sentence-initial capitalised words with ğ ş ı İ
    foreign: tuple[str, int]  # the language without a pack with most cue words, and how many
    foreign_letters: int  # lower-case words with letters of other Latin-script languages
    words: int
    kept: str  # the text with names blanked out (what langdetect reads)


def _is_title(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or not any(c.isupper() for c in word[1:]))


def _evidence(text: str) -> _Evidence:
    text = _ADDRESS.sub(lambda m: " " * len(m.group()), text[:_MAX_SCAN])
    matches = list(_WORD.finditer(text))
    english = hints = strong = letters = initial = foreign_letters = 0
    foreign: dict[str, int] = {}
    kept = list(text)
    for i, m in enumerate(matches):
        if i % 32 == 31 and not foreign and not foreign_letters and (
                (english >= 8 and not hints and not letters and not initial)
                or (letters >= 3 and strong >= 3 and not english)):
            break  # settled: plainly English or plainly Turkish so far, nothing else in sight
        word = m.group()
        start, end = m.span()
        lower = word.lower()
        folded = lower.translate(_FOLD)
        if folded in _TURKISH_HINTS or _TURKISH_ENDING.fullmatch(folded):  # wherever they stand ("Merhaba")
            hints += 1
            strong += folded not in _ENGLISH_TOO
            continue
        title = _is_title(word) and len(word) > 1
        if title and _is_name(text, matches, i):
            kept[start:end] = " " * (end - start)
            continue
        english += lower in _ENGLISH_HINTS
        has_turkish = _TURKISH_LETTERS.search(word) is not None and len(word) > 1
        if has_turkish:
            if title:
                initial += 1
            elif letters < 3:
                letters += 1
        if word.isupper() and len(word) > 1:
            if len(word) <= 3 and not has_turkish:
                kept[start:end] = " " * (end - start)  # initials signing a tweet (*AA) say nothing
            continue  # acronyms and codes (LAS, MIT) say nothing about a foreign language
        for lang, vocabulary in _FOREIGN_HINTS.items():
            if lower in vocabulary:
                foreign[lang] = foreign.get(lang, 0) + 1
        foreign_letters += not title and _FOREIGN_LETTERS.search(lower) is not None
    best = max(foreign.items(), key=lambda item: (item[1], item[0] == "fr"), default=("", 0))
    return _Evidence(english, hints, strong, letters, initial, best, foreign_letters, len(matches), "".join(kept))


def _is_name(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Whether the capitalised word ``matches[i]`` reads as a name: inside a sentence, the
    vocative opening a sentence ("Ayşe, …"), or a short line of capitalised words after the
    reply (a signature)."""
    start, end = matches[i].span()
    before = text[:start].rstrip(_OPENERS)
    if before and before[-1] not in _SENTENCE_END:
        return True  # capitalised inside a sentence
    after = text[end:end + 2]
    if after[:1] == ",":
        return True  # "Ayşe, your order…"
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    words = _WORD.findall(line)
    # a signature: a line of at most three capitalised words, below something else
    return bool(text[:line_start].strip()) and len(words) <= 3 and all(_is_title(w) for w in words)


def _turkish_or_english(ev: _Evidence) -> str | None:
    """The answer the word cues give between English and Turkish, or ``None`` if they don't settle it."""
    if ev.turkish_letters and (ev.english < 4 or ev.turkish_letters > 2):
        return "tr"  # ğ ş ı İ are Turkish, unless in a word or two among English function words
    if ev.initial_turkish and ev.english < 2:
        return "tr"  # "Şu an kontrol ediyoruz."
    if ev.turkish_hints >= 2 and ev.english < 4:
        return "tr"  # ("size" and "once" are English words too: not against four English function words)
    if ev.strong_hints and not ev.english:
        return "tr"  # "Merhaba Ayşe"
    if ev.english >= 4 and ev.turkish_hints <= 1:
        return "en"  # one cue word ("once", "size") among English function words is English
    if ev.english >= 2 and not ev.turkish_hints and not ev.turkish_letters and not ev.initial_turkish:
        return "en"
    return None


def detect_language(text: str, supported: tuple[str, ...] = ("en", "tr")) -> str:
    """Guess the language of ``text``; deterministic, limited to ``supported``."""
    if len(supported) == 1:
        return supported[0]
    return _among(_evidence(text), supported)


def _among(ev: _Evidence, supported: tuple[str, ...]) -> str:
    fallback = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in supported else supported[0]
    answer = _turkish_or_english(ev)
    if answer in supported:
        return answer  # type: ignore[return-value]
    kept_words = _WORD.findall(ev.kept)
    if len(kept_words) < 2:
        return fallback
    langs = tuple(sorted(lang for lang in supported if _has_profile(lang)))
    if not langs:
        return supported[0]
    detector = _factory(langs).create()
    detector.set_max_text_length(_MAX_SAMPLE)
    detector.n_trial = _TRIALS
    detector.append(ev.kept)
    try:
        return detector.detect()
    except LangDetectException:
        return fallback


def identify_language(text: str, supported: tuple[str, ...] = ("en", "tr")) -> str:
    """The language of ``text``: one of ``supported``, or another language's code when
    the draft is clearly written in a language without a pack there (French, German,
    Russian, …).  Short or mixed drafts stay with ``supported`` ("Merci!" is English)."""
    ev = _evidence(text)
    other = _unsupported(text, ev, supported)
    if other:
        return other
    if len(supported) == 1:
        return supported[0]
    return _among(ev, supported)


def _unsupported(text: str, ev: _Evidence, supported: tuple[str, ...]) -> str | None:
    """A language outside ``supported`` that ``text`` is clearly written in, if any."""
    scan = text[:_MAX_SCAN]
    letters = len(_LETTER.findall(scan))
    if letters >= 4:
        latin = len(_LATIN_LETTER.findall(scan))
        if latin * 2 < letters:  # mostly another script: Cyrillic, Arabic, CJK, Greek…
            lang = _guess(text, None, 0.0) or "und"
            return None if lang in supported else lang
    lang, count = ev.foreign
    own = ev.english + ev.turkish_hints + ev.turkish_letters + ev.initial_turkish
    if count >= 2 and count > 2 * own:
        return lang if lang not in supported else None
    if ev.foreign_letters >= 2 and own <= 1:
        lang = _guess(ev.kept, _LATIN_PROFILES)
        if lang and lang not in ("en", "tr") and lang not in supported:
            return lang
    known = _turkish_or_english(ev)  # Turkish text under an English-only checker, or the reverse
    if known and known not in supported and (ev.english >= 4 or ev.turkish_letters or ev.turkish_hints >= 2):
        return known
    return None


_LATIN_PROFILES = (
    "af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it", "lt", "lv",
    "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi",
)


def _guess(text: str, profiles: tuple[str, ...] | None, sure: float = 0.9) -> str | None:
    """langdetect's answer among ``profiles`` (every profile when ``None``), if its probability is at least ``sure``."""
    langs = profiles or _all_profiles()
    detector = _factory(langs).create()
    detector.set_max_text_length(_MAX_SAMPLE)
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return None
    return best.lang if best.prob >= sure else None


@lru_cache(maxsize=None)
def _all_profiles() -> tuple[str, ...]:
    profiles = resources.files("langdetect") / "profiles"
    return tuple(sorted(p.name for p in profiles.iterdir() if p.is_file()))


@lru_cache(maxsize=None)
def _factory(languages: tuple[str, ...]) -> DetectorFactory:
    """A langdetect factory holding only the profiles of ``languages``."""
    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(profiles / lang).read_text(encoding="utf-8") for lang in languages])
    factory.set_seed(_SEED)
    return factory


@lru_cache(maxsize=None)
def _has_profile(lang: str) -> bool:
    return (resources.files("langdetect") / "profiles" / lang).is_file()
