"""Turkish case, possessive and plural forms of glossary terms.

A Turkish glossary entry names a term once ("SLA": "hizmet süresi taahhüdü"); agents write it
with a suffix after an apostrophe ("SLA'yı", "API key'inizi", "cookie'lerde").  The matcher
reads that suffix (:func:`suffix_case`) and the rewrite puts the plain words in the same case
(:func:`inflect`): "SLA'yı" → "hizmet süresi taahhüdünü", "cookie'lerde" → "çerezlerde".

The suffix after an English word or an acronym follows how it is pronounced, which spelling
does not tell, so every harmony variant is read ("cookie'yi", "cookie'yu"); the plain Turkish
words are inflected by their own vowels.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

_VOWELS = "aeıioöuü"
_BACK = "aıou"
_HARD = "fstkçşhp"
_FOUR_WAY = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}

def _possessive(person: str, c: str) -> dict[str, tuple[str, ...]]:
    """The forms of "our" (``c`` = m) or "your" (``c`` = n) after a term, and their cases:
    "SLA'nız", "SLA'nızı", "SLA'nıza" … (folded, every harmony variant)."""
    bases = (f"i{c}iz", f"u{c}uz", f"{c}iz", f"{c}uz")
    forms: dict[str, tuple[str, ...]] = {person: bases, f"{person}_acc": tuple(b + b[-2] for b in bases)}
    for case, back, front in (("dat", "a", "e"), ("loc", "da", "de"), ("abl", "dan", "den")):
        forms[f"{person}_{case}"] = (f"i{c}iz{back}", f"i{c}iz{front}", f"u{c}uz{back}", f"{c}iz{back}", f"{c}iz{front}",
                                     f"{c}uz{back}")
    forms[f"{person}_gen"] = tuple(b + b[-2] + "n" for b in bases)
    return forms


# the suffixes written after a term's apostrophe (folded, no Turkish letters), by grammatical case
SUFFIXES: dict[str, tuple[str, ...]] = {
    "acc": ("i", "u", "yi", "yu"),
    "dat": ("a", "e", "ya", "ye"),
    "loc": ("da", "de", "ta", "te"),
    "abl": ("dan", "den", "tan", "ten"),
    "gen": ("in", "un", "nin", "nun"),
    "poss3": ("si", "su"),
    "poss3_acc": ("ini", "unu", "sini", "sunu"),
    "pl": ("lar", "ler"),
    "pl_acc": ("lari", "leri"),
    "pl_dat": ("lara", "lere"),
    "pl_loc": ("larda", "lerde"),
    "pl_abl": ("lardan", "lerden"),
    "pl_gen": ("larin", "lerin"),
    "pl_poss2pl": ("lariniz", "leriniz"),
    "pl_poss2pl_acc": ("larinizi", "lerinizi"),
    "pl_poss2pl_dat": ("lariniza", "lerinize"),
    "pl_poss2pl_loc": ("larinizda", "lerinizde"),
    "pl_poss2pl_abl": ("larinizdan", "lerinizden"),
    **_possessive("poss2pl", "n"),
    **_possessive("poss1pl", "m"),
}
_CASE_OF = {suffix: case for case, suffixes in SUFFIXES.items() for suffix in suffixes}


def suffix_case(suffix: str) -> str | None:
    """The case a folded suffix written after an apostrophe marks ("yi" → ``acc``), else ``None``."""
    return _CASE_OF.get(suffix)


# loanwords whose suffixes take front vowels though their last vowel is back: "kontrolde", "saate"
_FRONT_LOANS = ("kontrol", "protokol", "alkol", "rol", "sembol", "petrol", "gol", "saat", "dikkat", "hal", "hayal",
                "kabul", "ihtimal", "kalp", "harf", "sinyal", "moral")
_FRONTED = {"a": "e", "ı": "i", "o": "ö", "u": "ü"}


def _last_vowel(word: str) -> str:
    lower = word.lower()
    for char in reversed(lower):
        if char in _VOWELS:
            return _FRONTED.get(char, char) if lower in _FRONT_LOANS else char
    return "e"


def _a(word: str) -> str:
    return "a" if _last_vowel(word) in _BACK else "e"


def _i(word: str) -> str:
    return _FOUR_WAY[_last_vowel(word)]


def _d(word: str) -> str:
    return "t" if word[-1].lower() in _HARD else "d"


def noun(word: str, case: str, soft: str | None = None) -> str:
    """``word`` in ``case``; ``soft`` is its stem before a vowel ("kayıt" → "kayd")."""
    stem = soft or word
    vowel = word[-1].lower() in _VOWELS
    i, a = _i(word), _a(word)
    if case == "acc":
        return word + "y" + i if vowel else stem + i
    if case == "dat":
        return word + "y" + a if vowel else stem + a
    if case == "loc":
        return word + _d(word) + a
    if case == "abl":
        return word + _d(word) + a + "n"
    if case == "gen":
        return word + "n" + i + "n" if vowel else stem + i + "n"
    if case == "poss3":
        return word + "s" + i if vowel else stem + i
    if case == "poss2sg":  # "key'in revoke edildi": your key
        return word + "n" if vowel else stem + i + "n"
    if case == "pl":
        return word + "l" + a + "r"
    for person, consonant in (("poss2pl", "n"), ("poss1pl", "m")):
        if case.startswith(person):
            base = (word + consonant + i + "z") if vowel else (stem + i + consonant + i + "z")
            rest = case[len(person):]
            endings = {"": "", "_acc": i, "_dat": a, "_loc": "d" + a, "_abl": "d" + a + "n", "_gen": i + "n"}
            return base + endings[rest]
    raise ValueError(f"unknown case {case!r}")


def _possessive_head(words: list[str]) -> bool:
    """A compound whose head already has the 3rd-person possessive: "ürün kodu", "iade onayı"."""
    last = words[-1]
    return len(words) > 1 and last[-1] in "ıiuü" and (last.endswith(("sı", "si", "su", "sü")) or last[-2] not in _VOWELS)


def _possessive_stem(word: str) -> str:
    """The noun under a 3rd-person possessive: "kodu" → "kod", "sorusu" → "soru", and "adresi" → "adres"
    (a stem ending in s takes a bare -i: it is "adres" that is a word, not "adre")."""
    if not word.endswith(("sı", "si", "su", "sü")) or word[-3:-2] not in _VOWELS:
        return word[:-1]  # (-sI follows a vowel: "dersi" is "ders" + i)
    from .open_jargon import frequencies  # the word list the open-vocabulary check loads anyway

    known = frequencies("tr")
    if word[:-1] in known and word[:-2] not in known:
        return word[:-1]
    return word[:-2]


_UNSOFTEN = {"b": "p", "c": "ç", "d": "t", "ğ": "k"}
_FINAL_CLUSTERS = ("st", "şt", "ks", "ft", "kt", "ps")  # besides l/r/n + consonant ("platform", "test")


def _plural(stem: str, head: bool) -> str | None:
    """The plural of a compound's last word (``stem``: without its possessive when ``head``):
    "kod" → "kodlar", "genişliğ" → "genişlikler", "sorular" stays; ``None`` where the stem hides
    its nominative ("hakk" of "hakkı", "kayb" of "kaybı")."""
    if stem.endswith(("lar", "ler")):
        return stem
    if (head and len(stem) > 1 and stem[-1] not in _VOWELS and stem[-2] not in _VOWELS
            and (stem[-1] == stem[-2] or not (stem[-2] in "lrn" or stem[-2:] in _FINAL_CLUSTERS))):
        return None  # "hakkı" (hak), "kaybı" (kayıp), "emri" (emir): the nominative is not the stem
    if head and stem[-1] in _UNSOFTEN and sum(c in _VOWELS for c in stem.lower()) > 1:
        stem = stem[:-1] + _UNSOFTEN[stem[-1]]  # "genişliği" → "genişlik", "standardı" → "standart"
    return noun(stem, "pl")


def inflect(plain: str, case: str, soft_stems: Mapping[str, str] | None = None,
            bare_nouns: Collection[str] = ()) -> str | None:
    """The plain words ``plain`` with their last word in ``case`` ("ürün kodu", ``acc`` → "ürün kodunu");
    ``soft_stems``: stems before a vowel ("kayıt": "kayd"); ``bare_nouns``: last words that only look
    possessive ("sanal sunucu" → "sanal sunucuyu"); ``None`` when that form can't be built safely
    (the plural of "bagaj hakkı")."""
    words = plain.split(" ")
    last = words[-1]
    soft = (soft_stems or {}).get(last)
    head = _possessive_head(words) and last not in bare_nouns
    stem = _possessive_stem(last) if head else last
    if case.startswith("pl_") and case not in ("pl_loc", "pl_poss2pl"):
        # the plural, then its case: "cookie'lerinizi" → "çerezlerinizi", "SKU'lara" → "ürün kodlarına"
        plural = _plural(stem, head)
        if plural is None:
            return None
        rest = case[len("pl_"):]
        if rest.startswith("poss2pl"):
            return " ".join(words[:-1] + [noun(plural, rest)])
        if head and rest == "acc":
            return None  # "SKU'ları" may be "their SKUs" (subject) as well: "ürün kodlarını" would misread
        if head:  # "kodları" + case: the possessive takes n before it
            a = "a" if plural.endswith("lar") else "e"
            i = "ı" if a == "a" else "i"
            endings = {"acc": "n" + i, "dat": "n" + a, "abl": "nd" + a + "n", "gen": "n" + i + "n"}
            return " ".join(words[:-1] + [plural + i + endings[rest]])
        return " ".join(words[:-1] + [noun(plural, rest)])
    if case in ("pl", "pl_loc", "pl_poss2pl") and (head or stem.endswith(("lar", "ler"))):
        plural = _plural(stem, head)
        if plural is None:
            return None
        if case == "pl":
            return " ".join(words[:-1] + [plural + (("ı" if plural.endswith("lar") else "i") if head else "")])
    if case in ("pl_loc", "pl_poss2pl"):
        plural = _plural(stem, head) or stem
        a = "a" if plural.endswith("lar") else "e"
        i = "ı" if a == "a" else "i"
        new = plural + (i + "n" + i + "z" if case == "pl_poss2pl" else (i + "nd" + a if head else "d" + a))
    elif case == "poss3_acc":
        poss3 = last if head else noun(last, "poss3", soft)
        new = poss3 + "n" + poss3[-1]
    elif head:
        a = "a" if last[-1] in "ıu" else "e"
        endings = {"acc": "n" + last[-1], "dat": "n" + a, "loc": "nd" + a, "abl": "nd" + a + "n",
                   "gen": "n" + last[-1] + "n", "poss3": ""}
        if case in endings:
            new = last + endings[case]
        else:  # poss2pl…, poss1pl…
            new = noun(stem, case)
    else:
        new = noun(last, case, soft)
    return " ".join(words[:-1] + [new])
