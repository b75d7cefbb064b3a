"""Turkish morphology for *generating* words: harmony, suffixes, cases, register.

The rewrite engine builds Turkish text; this module makes the words agree.
Everything is a pure function on strings (no spaCy, no I/O, no global state).

Suffixes are written as templates with archiphonemes, the way grammars do:

``A``  a/e (two-way harmony)            ``I``  ı/i/u/ü (four-way harmony)
``D``  d, or t after f s t k ç ş h p    ``C``  c, or ç after those same consonants
``(y)`` ``(n)`` ``(s)``  buffer consonants, kept only after a vowel
``(I)``  a buffer vowel, kept only after a consonant
other lower-case letters are written as they are.

>>> suffix("talep", "(I)nIz")
'talebiniz'
>>> genitive("bu talep")
'bu talebin'
>>> dative("İstanbul"), locative("3"), accusative("SMS"), accusative("SLA")
("İstanbul'a", "3'te", "SMS'i", "SLA'yı")
>>> nominalize("bu talep", "karşılan")
'bu talebin karşılanması'

Only the last word of a phrase is inflected (``"bu talep"`` → ``"bu talebin"``).
Proper nouns, numbers and abbreviations get an apostrophe and harmonise by how
they are read (``2026`` "iki bin yirmi altı" → ``2026'da``; ``SMS`` "es-me-es" →
``SMS'i``).  A capitalised word counts as a proper noun: inflect first, then
:func:`capitalize` the sentence; pass ``proper=False``/``True`` to override.

Register: ``diacritics=False`` returns the result without ç ğ ı ö ş ü İ (for a
chat typed without them); by default a word that is a known diacritic-less
spelling (``siparis``) keeps that register by itself.  :func:`is_diacriticless`
tells which register a draft uses, :func:`uses_sen` whether it says *sen*.

Exceptions are short tables, each with a comment: ``_FRONT_LOANS`` (saat → saati),
``_STEM_CHANGES`` (hak → hakkı, kayıt → kaydı, renk → rengi, umut → umudu),
``_KEEP_FINAL`` (hukuk → hukuku), :data:`LETTER_NAMES` and ``_READINGS`` (how
abbreviations and brand names are read).  Add a word there, not a special case in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .folding import fold

__all__ = [
    "LETTER_NAMES", "Case", "Person",
    "last_vowel", "vowel_a", "vowel_i", "suffix", "reading", "number_words",
    "inflect", "accusative", "dative", "locative", "ablative", "genitive", "instrumental",
    "plural", "possessive", "nominalize",
    "is_diacriticless", "strip_diacritics", "address_form", "uses_sen",
    "lower", "upper", "capitalize",
]

Case = Literal["nom", "acc", "dat", "loc", "abl", "gen", "ins", "nominative", "accusative", "dative",
               "locative", "ablative", "genitive", "instrumental"]
Person = Literal["1sg", "2sg", "3sg", "1pl", "2pl", "3pl"]

VOWELS = "aeıioöuüâîû"
_BACK = frozenset("aıouâû")
_ROUND = frozenset("oöuüû")
_VOICELESS = frozenset("fstkçşhp")
_SOFTEN = {"p": "b", "ç": "c", "k": "ğ", "t": "d"}

# --- casing -----------------------------------------------------------------


def lower(text: str) -> str:
    """Turkish lower case: ``I`` → ``ı``, ``İ`` → ``i``.

    >>> lower("IŞIK İLE")
    'ışık ile'
    """
    return text.replace("I", "ı").replace("İ", "i").lower()


def upper(text: str) -> str:
    """Turkish upper case: ``i`` → ``İ``, ``ı`` → ``I``.

    >>> upper("şikayetiniz için")
    'ŞİKAYETİNİZ İÇİN'
    """
    return text.replace("i", "İ").replace("ı", "I").upper()


def capitalize(text: str, *, diacritics: bool = True) -> str:
    """Upper-case the first letter (after any quotes or brackets), Turkish-aware.

    With ``diacritics=False`` (a chat typed without them) ``i`` becomes ``I``.

    >>> capitalize("iade talebiniz alındı."), capitalize("«ılık»"), capitalize("iyi", diacritics=False)
    ('İade talebiniz alındı.', '«Ilık»', 'Iyi')
    """
    for index, char in enumerate(text):
        if char.isalpha():
            head = "I" if char == "i" and not diacritics else upper(char)
            return text[:index] + head + text[index + 1:]
        if char.isdigit():
            return text
    return text


# --- register ---------------------------------------------------------------

_STRIP = str.maketrans("çğıöşüâîûÇĞİÖŞÜÂÎÛ", "cgiosuaiuCGIOSUAIU")
_TURKISH_LETTER = re.compile("[çğıöşüÇĞİÖŞÜ]")
_WORD = re.compile(r"[^\W\d_]+")


def strip_diacritics(text: str) -> str:
    """Write ``text`` the way a chat without Turkish letters does (ç→c ğ→g ı→i ö→o ş→s ü→u, İ→I).

    >>> strip_diacritics("Siparişiniz yarın gönderilecek, İstanbul'a.")
    "Siparisiniz yarin gonderilecek, Istanbul'a."
    """
    return text.translate(_STRIP)


# Common words that carry Turkish letters, written correctly.  Their stripped spelling
# ("siparis") tells a diacritic-less draft apart, and gives back the real vowels for
# harmony ("urun" is "ürün": "urunde", not "urunda").  A trailing "*" (and any entry of
# five letters or more, unless it ends in "=") also matches as the start of a longer word
# ("siparisiniz").  Words typed the same in English (süre/sure, önce/once) are left out.
_LEXICON = """
ürün* sipariş süreç ödeme* öde* ücret müşteri şikayet şikâyet işlem kayıt çözüm yardım yanıt
bağlantı kullanıcı güncelle güncel görüş* sözleşme üyelik güvenlik şifre şube şirket gün*
hız hızlı arıza kısıtlama sıkıntı aksaklık özür* söz* teşekkür iletişim değişiklik değişim doğrula
yazılım altyapı ayrıntı açıklama başvuru bölüm müdür yönetici görevli çalışan dönüş mağaza
alışveriş erişim giriş çıkış öneri çağrı sürüm özellik bakım çalışma kurulum onarım aşama borç*
gönder* gönderi düzelt öğren çalış düşün değiştir söyle şöyle böyle öyle ulaş* yıl* için çok
değil değer değerli yarın bugün şimdi lütfen güzel üzgün ayrıca nasıl göre hiç hiçbir tüm
bütün şey işte sayın= hanım saygı saygılarımızla kredi kartı ödül ağaç süresi gecikme ihtiyaç sonuç
için* çöz* kapı* sıra* açma* görün* yemeğ* yüksel* bölge taahhüt üçüncü ikinci düşük
"""
_RESTORE: dict[str, str] = {}
_PREFIXES: list[str] = []
for _entry in _LEXICON.split():
    _real = _entry.rstrip("*=")
    _key = strip_diacritics(_real)
    if _key != _real:
        _RESTORE.setdefault(_key, _real)
        if _entry.endswith("*") or (len(_key) >= 5 and not _entry.endswith("=")):
            _PREFIXES.append(_key)
_PREFIX_TUPLE = tuple(_PREFIXES)


# Suffixes that break vowel harmony unless an ı was typed as i: kapinizda (kapınızda),
# yapiyor (yapıyor), aktardim (aktardım).
_BROKEN_HARMONY = re.compile(r"[nm]iz(?:[dt]?a|[dt]an|la)$|[aou][^aeiou]*iyor|[aou][^aeiou]+[dt]im$"
                             # a back-vowel stem with a front suffix: "hesabinda", "yazdik", "oynayinca"
                             r"|[aou][^aeiou]+(?:inda|indan|inin|imiz|iniz|[dt]ik|[dt]igi|[dt]igin|inca)$"
                             # a back-vowel stem's passive: "alindi", "yapilacak", "kapaniyor"
                             r"|[aou][^aeiou]+i[ln](?:[dt]i|acak|iyor|mis)\w*$"
                             # a back-vowel stem's aorist "we" and possessive: "arariz", "parcasi"
                             r"|[aou][^aeiou]+(?:ariz|arim|asi)$"
                             # a back-vowel stem's second-person forms: "bakmayin", "kutularinizi", "aldiniz"
                             r"|[aou][^aeiou]*(?:yin|iniz|inizi|inizin|inizda|inizdan|[dt]iniz)$")


def _stripped_spelling(word: str) -> bool:
    """``word`` is a Turkish word written without its diacritics (``siparisiniz``, ``kapinizda``)."""
    if not word.isascii():
        return False
    key = fold(word, "tr")
    return key in _RESTORE or key.startswith(_PREFIX_TUPLE) or bool(_BROKEN_HARMONY.search(key))


def is_diacriticless(text: str) -> bool:
    """Whether ``text`` is Turkish typed without ç ğ ı ö ş ü İ (so generated text should be too).

    True when known words appear without their Turkish letters more often than words
    with Turkish letters appear at all; a text with no evidence either way is False.

    >>> is_diacriticless("siparisiniz yarin kargoda"), is_diacriticless("Siparişiniz yarın kargoda")
    (True, False)
    >>> is_diacriticless("tamam")
    False
    """
    present = missing = 0
    for word in _WORD.findall(text):
        if _TURKISH_LETTER.search(word):
            present += 1
        elif _stripped_spelling(word):
            missing += 1
    return missing > present


_SEN_WORDS = frozenset("sen seni sana senin sende senden seninle senle sence misin musun selam abi abla kanka".split())
_SIZ_WORDS = frozenset(
    "siz sizi size sizin sizde sizden sizinle sizler sizlere sizce misiniz musunuz "
    "edin ediniz olun bekleyin deneyin bey hanim beyefendi hanimefendi sayin".split()  # Ali Bey: formal
)
_SEN_ENDINGS = ("yorsun", "abilirsin", "ebilirsin", "acaksin", "eceksin", "malisin", "melisin",
                "missin", "mussun")
_SEN_LONG_ENDINGS = ("arsin", "ersin", "irsin", "ursun", "rsen", "rsan")  # yaparsın, istersen (not Mersin)
# folded: -(I)nIz with any case after it (siparişiniz, kartınıza, hesabınızdan), -sAnIz, and
# the polite imperative after a vowel (bekleyin, paketleyin)
_SIZ_ENDING = re.compile(r"(?:n[iu]z(?:[iu]n?|[ae]|[dt][ae]n?|[dt][ae]ki|l[ae])?|[aeiou]y[iu]n(?:[iu]z)?)$")
_NOT_SIZ = ("deniz", "yalniz", "beniz")
_SEN_PARTICIPLE = re.compile(r"[dt][iu]g[iu]n$")  # folded -DIğIn (yaşadığın, aldığın); 3rd person is -DIğI


def address_form(text: str) -> Literal["sen", "siz"] | None:
    """How ``text`` addresses the reader: ``"sen"`` (informal), ``"siz"`` (formal) or ``None`` (no clue).

    Counts pronouns (sen/sana/siz/size…), the question particle (misin/misiniz) and
    second-person endings (-yorsun, -abilirsin, -rsen, the participle -DIğIn / -sınız,
    -(I)nIz with any case after it, -yin), with or without diacritics.  The bare imperative (yaz) and the
    informal possessive (hesabın) are ambiguous and not counted.

    >>> address_form("Kargon yarın çıkıyor, takip edebilirsin."), address_form("Siparişiniz yolda.")
    ('sen', 'siz')
    >>> address_form("Kargo yarın çıkıyor.") is None
    True
    """
    sen = siz = 0
    # "Merhaba Berk, …": a bare first name (no Bey / Hanım) greets a sen
    if _FIRST_NAME_GREETING.match(text):
        sen += 1
    # "kartı düz tutman lazım": the infinitive with *your* (-mAn) before lazım/gerek
    folded = fold(text, "tr")
    sen += sum(1 for m in _SEN_NEED.finditer(folded) if (m.group(1) or m.group(2)) not in _NOT_SEN_NEED)
    for key in _WORD.findall(folded):  # (the words of the folded text: each folded once, with the text)
        if key in _SEN_WORDS:
            sen += 1
        elif key in _SIZ_WORDS:
            siz += 1
        elif len(key) >= 6 and key.endswith(_SEN_ENDINGS):
            sen += 1
        elif len(key) >= 7 and key.endswith(_SEN_LONG_ENDINGS):
            sen += 1
        elif len(key) >= 7 and _SEN_PARTICIPLE.search(key):  # yaşadığın sorun: the problem *you* had
            sen += 1
        elif len(key) >= 6 and _SIZ_ENDING.search(key) and not key.startswith(_NOT_SIZ):
            siz += 1
    if sen > siz:
        return "sen"
    if siz:
        return "siz"
    return None


_FIRST_NAME_GREETING = re.compile(r"\s*(?:merhaba|selam|selamlar|hey|günaydın|gunaydin)\s+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+\s*[,!]", re.I)
_SEN_NEED = re.compile(r"\b(\w{2,}m[ae]n)\s+(?:lazim|gerek|gerekiyor|gerekir|gerekli|sart)\b"
                       # "panik yapmana hiç gerek yok": *your* need, in the dative
                       r"|\b(\w{2,}m[ae]n)[ae]\s+(?:hic\s+)?gerek\s+yok\b")
_NOT_SEN_NEED = frozenset({"zaman", "liman", "orman", "duman", "yaman", "kiymen", "eleman", "roman", "uzman", "ceyran"})


_TO_SEN = (
    (re.compile(r"\bsize\b"), "sana"), (re.compile(r"\bsizi\b"), "seni"), (re.compile(r"\bsizin\b"), "senin"),
    (re.compile(r"\bsizinle\b"), "seninle"), (re.compile(r"\bSize\b"), "Sana"), (re.compile(r"\bSizi\b"), "Seni"),
    # -sInIz → -sIn (yapabilirsiniz → yapabilirsin); the possessive -(I)nIz → -(I)n (endişenizi → endişeni)
    (re.compile(r"(?<=\w)s([ıiuü])n[ıiuü]z\b"), r"s\1n"),
    (re.compile(r"(?<=[aeıioöuü])n[ıiuü]z(?=(?:[ıiuü]|[ae]|[dt][ae]n?|l[ae])?\b)"), "n"),
    (re.compile(r"(?<=[^aeıioöuü\W])([ıiuü])n[ıiuü]z(?=(?:[ıiuü]|[ae]|[dt][ae]n?|l[ae])?\b)"), r"\1n"),
)


def to_sen(phrase: str) -> str:
    """A short formal phrase (a pack's replacement) said to *sen*: ``endişenizi anlıyorum`` →
    ``endişeni anlıyorum``, ``size`` → ``sana``, ``yapabilirsiniz`` → ``yapabilirsin``.

    >>> to_sen("Endişenizi anlıyorum"), to_sen("size bilgi vereceğiz"), to_sen("kartınıza iade")
    ('Endişeni anlıyorum', 'sana bilgi vereceğiz', 'kartına iade')
    """
    for pattern, replacement in _TO_SEN:
        phrase = pattern.sub(replacement, phrase)
    return phrase


def uses_sen(text: str) -> bool:
    """Whether ``text`` speaks to the reader as *sen* (informal singular) rather than *siz*.

    >>> uses_sen("Şifreni sıfırlayabilirsin."), uses_sen("Şifrenizi sıfırlayabilirsiniz.")
    (True, False)
    """
    return address_form(text) == "sen"


# --- harmony ----------------------------------------------------------------

_PLAIN_VOWELS = str.maketrans("âîû", "aiu")


def _table_key(word: str) -> str:
    """Lower case without circumflexes: the spelling the word tables below use."""
    return lower(word).translate(_PLAIN_VOWELS)


def _lookup(table: dict[str, str], ascii_table: dict[str, str], word: str) -> str | None:
    """``table[word]``; a word typed without Turkish letters is looked up by its stripped spelling."""
    key = _table_key(word)
    if key in table:
        return table[key]
    return ascii_table.get(key) if key.isascii() else None


def _tables(words: str) -> tuple[dict[str, str], dict[str, str]]:
    """A word list as a lookup table and its diacritic-less twin."""
    table = {word: word for word in words.split()}
    return table, {strip_diacritics(word): word for word in table}


# Loanwords whose suffixes are front although their last vowel is back ("saat" → "saati",
# "kontrol" → "kontrolü", "kabul" → "kabulü"): the final l / t / k / p is palatal.
# Names like Kemal belong here too.
_FRONT_LOANS = _tables("""
saat dikkat hakikat seyahat kabahat cemaat itaat kanaat ziraat sadakat kalp harf
hal rol gol alkol kontrol protokol sembol petrol idol kabul usul mahsul meşgul
iptal ithal imal ikmal intikal ihtilal ihtimal ihmal ihlal hayal istiklal istikbal misal
meal emsal helal sual timsal
final normal moral lokal terminal metal santral sinyal orijinal
idrak iştirak emlak kemal celal cemal bilal hilal
""")


def _front_loan(word: str) -> bool:
    return _lookup(*_FRONT_LOANS, word) is not None


def last_vowel(word: str) -> str | None:
    """The last vowel of ``word`` as written, in lower case (``None`` if it has none).

    Harmony follows the last vowel, not the first: loans that break harmony inside
    the word ("otobüs", "tiyatro") still agree with their last syllable, and a final
    consonant cluster is skipped ("kalp" → ``"a"``).

    >>> last_vowel("otobüs"), last_vowel("kalp"), last_vowel("İSTANBUL"), last_vowel("PDF")
    ('ü', 'a', 'u', None)
    """
    for char in reversed(lower(word)):
        if char in VOWELS:
            return char
    return None


def vowel_a(word: str, *, proper: bool | None = None, diacritics: bool | None = None) -> str:
    """The two-way suffix vowel (``a``/``e``) ``word`` takes, as :func:`suffix` would choose it.

    >>> vowel_a("kitap"), vowel_a("saat"), vowel_a("urun"), vowel_a("SMS"), vowel_a("6")
    ('a', 'e', 'e', 'e', 'a')
    """
    return _realise(_analyse(_head(word)[1], proper, None, diacritics), "A")


def vowel_i(word: str, *, proper: bool | None = None, diacritics: bool | None = None) -> str:
    """The four-way suffix vowel (``ı``/``i``/``u``/``ü``) ``word`` takes.

    >>> vowel_i("kitap"), vowel_i("kontrol"), vowel_i("ürün"), vowel_i("ürün", diacritics=False)
    ('ı', 'ü', 'ü', 'u')
    """
    return _realise(_analyse(_head(word)[1], proper, None, diacritics), "I")


# --- how numbers, abbreviations and names are read --------------------------

_ONES = ("", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz")
_TENS = ("", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan")
_SCALES = ("", "bin", "milyon", "milyar", "trilyon", "katrilyon", "kentilyon")


def number_words(number: int) -> str:
    """``number`` in Turkish words.

    >>> number_words(2026), number_words(1000), number_words(1_500_000), number_words(0)
    ('iki bin yirmi altı', 'bin', 'bir milyon beş yüz bin', 'sıfır')
    """
    if number == 0:
        return "sıfır"
    if number < 0:
        return "eksi " + number_words(-number)
    groups: list[int] = []
    while number:
        groups.append(number % 1000)
        number //= 1000
    if len(groups) > len(_SCALES):
        raise ValueError("number too large to read in Turkish")
    words: list[str] = []
    for scale in reversed(range(len(groups))):
        group = groups[scale]
        if not group:
            continue
        hundreds, tens, ones = group // 100, group // 10 % 10, group % 10
        if hundreds:
            words += ["yüz"] if hundreds == 1 else [_ONES[hundreds], "yüz"]
        if tens:
            words.append(_TENS[tens])
        if ones and not (scale == 1 and group == 1):  # "bin", not "bir bin"
            words.append(_ONES[ones])
        if scale:
            words.append(_SCALES[scale])
    return " ".join(words)


# How letters are read in abbreviations: the Turkish letter names, except F and S,
# which are read "ef" and "es" in everyday use (SMS'i, PDF'i, SMS'ten, PDF'ten).
LETTER_NAMES: dict[str, str] = {
    "A": "a", "B": "be", "C": "ce", "Ç": "çe", "D": "de", "E": "e", "F": "ef", "G": "ge",
    "Ğ": "yumuşak ge", "H": "he", "I": "ı", "İ": "i", "J": "je", "K": "ke", "L": "le",
    "M": "me", "N": "ne", "O": "o", "Ö": "ö", "P": "pe", "Q": "kü", "R": "re", "S": "es",
    "Ş": "şe", "T": "te", "U": "u", "Ü": "ü", "V": "ve", "W": "ve", "X": "iks", "Y": "ye",
    "Z": "ze",
}
# Abbreviations read as words, units read in full, names read unlike they are spelt.
_READINGS: dict[str, str] = {
    "NATO": "nato", "NASA": "nasa", "UNESCO": "unesko", "UNICEF": "unisef", "IBAN": "iban",
    "PIN": "pin", "VIP": "vip", "API": "api", "SIM": "sim", "KOBİ": "kobi", "ODTÜ": "odtü",
    "TÜBİTAK": "tübitak", "ASELSAN": "aselsan", "BOTAŞ": "botaş", "İSKİ": "iski",
    "kg": "kilogram", "km": "kilometre", "cm": "santimetre", "mm": "milimetre",
    "ml": "mililitre", "dk": "dakika", "sn": "saniye",
    "iPhone": "ayfon", "Google": "gugıl", "Apple": "epıl", "YouTube": "yutub",
    "WhatsApp": "vatsap", "Facebook": "feysbuk", "Microsoft": "maykrosoft",
    "Windows": "vindovs", "Chrome": "krom", "Outlook": "autluk", "Teams": "tims",
    "Zoom": "zum", "Slack": "slek", "Excel": "eksel", "Netflix": "netfliks",
}
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_RUNS = re.compile(r"[^\W\d_]+|\d+")


def reading(token: str) -> str:
    """How a number, abbreviation or name is read aloud: what its suffixes agree with.

    Numbers are read in words (``1.000`` and times like ``17:00`` included), ordinals
    (``3.``) as ordinals; capitals are read letter by letter (:data:`LETTER_NAMES`),
    a few abbreviations and brand names as words; other words as they are written.

    >>> reading("2026"), reading("17:00"), reading("SMS"), reading("L2"), reading("Google")
    ('iki bin yirmi altı', 'on yedi', 'es-me-es', 'le iki', 'gugıl')
    """
    if token in _READINGS:
        return _READINGS[token]
    if not any(char.isalpha() for char in token) and any(char.isdigit() for char in token):
        return _number_reading(token)
    runs = _RUNS.findall(token)
    if len(runs) > 1:
        return " ".join(reading(run) for run in runs)
    letters = runs[0] if runs else token
    if letters.isupper() and (len(letters) > 1 or letters == token):
        return "-".join(LETTER_NAMES.get(char, lower(char)) for char in letters)
    if not any(lower(char) in VOWELS for char in letters):
        return "-".join(LETTER_NAMES.get(upper(char), lower(char)) for char in letters)
    return lower(letters)


def _number_reading(token: str) -> str:
    """The words a numeric token is read with (only the last ones matter for suffixes)."""
    core = token.strip("%#+-–")
    ordinal = core.endswith(".")
    core = core.rstrip(".")
    if _THOUSANDS.fullmatch(core):
        words = number_words(int(core.replace(".", "")))
    else:
        runs = re.findall(r"\d+", core)
        # "17:00" and "12.00" are read "on yedi", "on iki": trailing zero minutes are silent
        if len(runs) > 1 and not int(runs[-1]) and re.search(r"[:.]0+$", core):
            runs.pop()
        words = number_words(int(runs[-1]))
    if ordinal:
        head, _, last = words.rpartition(" ")
        words = (head + " " if head else "") + suffix(last, "(I)ncI", proper=False)
    return words


# --- stems before a vowel ---------------------------------------------------

# What a stem becomes before a vowel-initial suffix when the default rule is wrong.
# The default: words of two or more syllables soften a final p ç k (kitap → kitabı,
# süreç → süreci, destek → desteği, ahenk → ahengi), one-syllable words and a final t
# do not (top → topu, saç → saçı, hizmet → hizmeti).
_STEM_CHANGES: dict[str, str] = {
    # one-syllable words that do soften
    "kalp": "kalb", "dip": "dib", "kap": "kab", "cep": "ceb", "grup": "grub", "harp": "harb",
    "kulp": "kulb", "renk": "reng", "denk": "deng", "cenk": "ceng", "çok": "çoğ", "gök": "göğ",
    "uç": "uc", "güç": "güc", "taç": "tac", "borç": "borc", "harç": "harc", "genç": "genc",
    "tat": "tad", "dert": "derd", "yurt": "yurd", "kurt": "kurd", "but": "bud", "dört": "dörd",
    # a final t that does soften
    "kanat": "kanad", "umut": "umud", "armut": "armud", "yoğurt": "yoğurd", "kilit": "kilid",
    "ümit": "ümid", "çeşit": "çeşid", "adet": "aded", "kağıt": "kağıd", "geçit": "geçid",
    "öğüt": "öğüd", "yiğit": "yiğid", "inat": "inad", "ağıt": "ağıd",
    # a doubled final consonant (Arabic loans)
    "hak": "hakk", "his": "hiss", "ret": "redd", "red": "redd", "af": "aff", "zan": "zann",
    "sır": "sırr", "hat": "hatt", "tıp": "tıbb", "zam": "zamm", "hac": "hacc", "haz": "hazz",
    "zıt": "zıdd", "had": "hadd",
    # the last vowel drops
    "ağız": "ağz", "burun": "burn", "oğul": "oğl", "kayıt": "kayd", "şehir": "şehr",
    "isim": "ism", "resim": "resm", "vakit": "vakt", "fikir": "fikr", "sabır": "sabr",
    "hüküm": "hükm", "şekil": "şekl", "zihin": "zihn", "kayıp": "kayb", "akıl": "akl",
    "beyin": "beyn", "alın": "aln", "karın": "karn", "nakit": "nakd", "kısım": "kısm",
    "emir": "emr", "metin": "metn", "ömür": "ömr", "nesil": "nesl", "asıl": "asl",
    "göğüs": "göğs", "boyun": "boyn", "gönül": "gönl", "ilim": "ilm", "cisim": "cism",
    "hapis": "haps", "nabız": "nabz", "keyif": "keyf", "zehir": "zehr", "devir": "devr",
    "nakil": "nakl", "akit": "akd", "kasıt": "kast", "seyir": "seyr", "zikir": "zikr",
}
# typed without diacritics: "tip" is "type" (tipi), not "tıp" (tıbbı)
_STEM_CHANGES_ASCII = {strip_diacritics(word): stem for word, stem in _STEM_CHANGES.items() if word != "tıp"}
# Words of two or more syllables that keep a final p ç k (mostly Arabic and European loans).
_KEEP_FINAL = _tables("""
tebrik teşvik tetkik tasdik tahrik tahkik tatbik tahakkuk merak ahlak hukuk evrak ittifak
iştirak idrak infak emlak laptop sandviç
""")


def _stem_target(word: str) -> str | None:
    """What ``word`` becomes before a vowel-initial suffix, in lower case (None: unchanged)."""
    target = _lookup(_STEM_CHANGES, _STEM_CHANGES_ASCII, word)
    if target is not None:
        return target
    low = lower(word)
    last = low[-1]
    if _lookup(*_KEEP_FINAL, word) or last not in "pçk" or _syllables(fold(word, "tr")) < 2:
        return None
    return low[:-1] + ("g" if last == "k" and low[-2:-1] == "n" else _SOFTEN[last])


def _shows_stripped(low: str, target: str) -> bool:
    """The stem table spells ``low`` with Turkish letters it lacks ("agiz" → "ağz")."""
    return any(t != w and strip_diacritics(t) == w for t, w in zip(target, low))


def _stem_before_vowel(word: str, plain: bool) -> str:
    """``word`` as it is written before a vowel-initial suffix (softened, doubled, vowel dropped)."""
    target = _stem_target(word)
    if target is None:
        return word
    low, folded = fold(word, "tr"), fold(target, "tr")
    # keep the word's own spelling up to where the stem changes (kağıt → kağıd, not kâğıd);
    # the last letter always comes from the table (ağaç → ağac folds alike but changes)
    same = 0
    while same < min(len(low) - 1, len(folded)) and low[same] == folded[same]:
        same += 1
    tail = target[same:]
    if plain:
        tail = strip_diacritics(tail)
    if word.isupper():
        tail = upper(tail)
    return word[:same] + tail


def _syllables(folded: str) -> int:
    return sum(char in "aeiou" for char in folded)


# --- analysis and realisation -----------------------------------------------


@dataclass
class _Word:
    written: str  # the token as it will be written (before the suffix)
    sound: str  # what the suffix agrees with (lower case)
    front: bool = False  # palatal loan: suffix vowels front until a suffix vowel is written
    apostrophe: bool = False
    soften: bool = False  # a common noun: its stem may change before a vowel
    plain: bool = False  # write the suffix without diacritics
    shout: bool = False  # an all-capitals common word: write the suffix in capitals too
    buffer_y: bool = False  # su, ne: y for every buffer (suyu, suyun)


_PRONOUN_N = {"bu": "bun", "şu": "şun", "o": "on"}  # bunu, buna, bunda, bunlar, onun
_IRREGULAR = {("ben", "e"): "bana", ("sen", "e"): "sana", ("ben", "in"): "benim", ("biz", "in"): "bizim"}
_TRAILING = ",;:!?)]»”\""
_OPENING = "«(“\"‘["
_LAST_WORD = re.compile(r"\S+$")
_PERSONAL = frozenset(("ben", "sen", "biz", "siz", "onlar"))
# A capitalised word with a 1st/2nd person plural possessive opens a sentence; it is no name
# ("Siparişiniz", "Talebimiz"; but "Deniz" is).
_POSSESSED_WORD = re.compile(r"^(?!deniz$|yalnız$).{2,}[ıiuü]?[nm][ıiuü]z$")


def _head(phrase: str) -> tuple[str, str, str]:
    """Split ``phrase`` into what comes before its last word, the last word, and trailing punctuation."""
    core = phrase.rstrip()
    while core and core[-1] in _TRAILING:
        core = core[:-1].rstrip()
    if not core:
        raise ValueError("nothing to inflect: the word is empty")
    last = _LAST_WORD.search(core)
    assert last is not None
    token = last.group()
    lead = len(token) - len(token.lstrip(_OPENING))
    if lead == len(token):
        lead = 0
    return core[:last.start()] + token[:lead], token[lead:], phrase[len(core):]


def _analyse(token: str, proper: bool | None, read_as: str | None, diacritics: bool | None) -> _Word:
    """Decide how ``token`` is read and written before a suffix."""
    plain = diacritics is False
    for mark in ("'", "’"):
        if mark in token:  # already inflected: "İstanbul'da" + "ki" → "İstanbul'daki"
            base, _, rest = token.partition(mark)
            inner = _analyse(base, True, read_as, diacritics)
            return _Word(token, inner.sound + lower(rest), plain=plain)
    if read_as is not None:
        return _Word(token, lower(read_as), apostrophe=proper is not False, plain=plain)
    low = lower(token)
    if low in _PRONOUN_N and proper is not True:
        return _Word(token, _PRONOUN_N[low], plain=plain, shout=len(token) > 1 and token.isupper())
    if low in _PERSONAL and proper is None:
        proper = False  # "Ben", "Siz" at the start of a sentence are not names
    name = (token in _READINGS or any(char.isdigit() for char in token)
            or (token[0].isupper() and not _POSSESSED_WORD.search(low))
            or not any(char in VOWELS for char in low))
    if proper is None:
        proper = name
    if proper:
        return _Word(token, lower(reading(token)), front=_front_loan(token), apostrophe=True, plain=plain)
    key = fold(token, "tr")
    sound = low
    if token.isascii() and key in _RESTORE:
        sound = _RESTORE[key]
        plain = plain or diacritics is None
    elif token.isascii() and diacritics is None:
        target = _stem_target(token)
        plain = target is not None and _shows_stripped(low, target)
    if plain and sound.endswith("c"):
        sound = sound[:-1] + "ç"  # a diacritic-less "surec" is "süreç": süreçte
    if not any(char in VOWELS for char in sound):
        sound = lower(reading(upper(token)))
    return _Word(token, sound, front=_front_loan(token), soften=True, plain=plain,
                 shout=len(token) > 1 and token.isupper(), buffer_y=key in ("su", "ne"))


_TEMPLATE = re.compile(r"\(([^()]+)\)|([^()])")
_LETTERS_OK = set("abcçdefgğhıijklmnoöprsştuüvyzâîû") | set("AIDC")


@lru_cache(maxsize=256)
def _parse(template: str) -> tuple[tuple[str, bool], ...]:
    """``"(y)I"`` → ``[("y", True), ("I", False)]``; raises ValueError on anything else."""
    cleaned = template.replace("-", "").replace("+", "").strip()
    parts: list[tuple[str, bool]] = []
    consumed = 0
    for match in _TEMPLATE.finditer(cleaned):
        group, single = match.group(1), match.group(2)
        text = group if group is not None else single
        bad = [char for char in text if char not in _LETTERS_OK]
        if bad:
            raise ValueError(
                f"suffix template {template!r} has {bad[0]!r}: use A I D C, (y) (n) (s) (I) and lower-case letters"
            )
        parts.append((text, group is not None))
        consumed += len(match.group(0))
    if consumed != len(cleaned):
        raise ValueError(f"suffix template {template!r} has unbalanced parentheses")
    return tuple(parts)


def _realise(word: _Word, template: str) -> str:
    """The suffix ``template`` spelt out after ``word`` (stem changes not applied)."""
    sound, front, out = word.sound, word.front, ""
    for text, optional in _parse(template):
        ends_in_vowel = bool(sound) and sound[-1] in VOWELS
        if optional and (text[0] in VOWELS or text[0] in "AI") == ends_in_vowel:
            continue  # a buffer consonant only after a vowel, a buffer vowel only after a consonant
        for char in text:
            if optional and word.buffer_y and char in "ns":
                char = "y"
            vowel = last_vowel(sound) or "e"
            back = vowel in _BACK and not front
            if char == "A":
                char = "a" if back else "e"
            elif char == "I":
                char = {(True, False): "ı", (True, True): "u", (False, False): "i", (False, True): "ü"}[
                    (back, vowel in _ROUND)]
            elif char in "DC":
                voiceless = bool(sound) and sound[-1] in _VOICELESS
                char = ("t" if voiceless else "d") if char == "D" else ("ç" if voiceless else "c")
            if char in VOWELS:
                front = False
                if out.endswith("k") and len(out) > 1:
                    out = out[:-1] + "ğ"  # -lIk, -(y)AcAk before a vowel: -lIğI, -AcAğI
            out += char
            sound += char
    if word.plain:
        out = strip_diacritics(out)
    if word.shout:
        out = upper(out)
    return out


def suffix(phrase: str, template: str, *, proper: bool | None = None, diacritics: bool | None = None,
           read_as: str | None = None) -> str:
    """Attach the suffix ``template`` to the last word of ``phrase``.

    Vowel harmony, buffer letters, D/C voicing, stem changes before a vowel (softening,
    doubled consonants, dropped vowels; see ``_STEM_CHANGES``), and an apostrophe after
    proper nouns, numbers and abbreviations, which agree with how they are read.

    - ``proper``: force (True) or forbid (False) the proper-noun treatment; by default a
      capitalised word, a number or an abbreviation gets it.
    - ``diacritics``: False returns the phrase written without ç ğ ı ö ş ü İ; None keeps
      the register of a known diacritic-less spelling (``siparis`` → ``siparisi``, not
      ``siparisı``), True writes the suffix with Turkish letters.  An unknown word typed
      without diacritics harmonises as written ("kulaklik" → "kulaklikte").
    - ``read_as``: how the word is pronounced, for names the module does not know.

    >>> suffix("kitap", "(y)I"), suffix("renk", "(y)I"), suffix("hak", "(y)I"), suffix("saat", "(y)I")
    ('kitabı', 'rengi', 'hakkı', 'saati')
    >>> suffix("Ankara", "(y)A"), suffix("2026", "DA"), suffix("USB", "(y)I"), suffix("L2", "(y)A")
    ("Ankara'ya", "2026'da", "USB'yi", "L2'ye")
    >>> suffix("sipariş", "lArInIz"), suffix("destek", "(y)I", diacritics=False)
    ('siparişleriniz', 'destegi')
    >>> suffix("Zendesk", "(y)A", read_as="zendesk")
    "Zendesk'e"
    """
    before, token, after = _head(phrase)
    word = _analyse(token, proper, read_as, diacritics)
    ending = _realise(word, template)
    written = word.written
    low = lower(written)
    if (low, ending) in _IRREGULAR:
        written, ending = _match_case(_IRREGULAR[(low, ending)], written), ""
    elif low in _PRONOUN_N and ending and not word.apostrophe and word.sound == _PRONOUN_N[low]:
        written += "N" if written.isupper() and len(written) > 1 else "n"
    elif word.apostrophe and ending:
        written += "'"
    elif word.soften and ending and lower(ending[0]) in VOWELS:
        written = _stem_before_vowel(written, word.plain)
    result = before + written + ending + after
    return strip_diacritics(result) if diacritics is False else result


def _match_case(form: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return upper(form)
    if model[:1].isupper():
        return capitalize(form)
    return form


# --- cases, possessives, nominalisation -------------------------------------

_CASES: dict[str, str] = {"nom": "", "acc": "(y)I", "dat": "(y)A", "loc": "DA", "abl": "DAn",
                          "gen": "(n)In", "ins": "(y)lA"}
# after a third-person possessive (talebi, kredi kartı): the pronominal n
_POSSESSED: dict[str, str] = {"nom": "", "acc": "nI", "dat": "nA", "loc": "nDA", "abl": "nDAn",
                              "gen": "nIn", "ins": "(y)lA"}
_PERSONS: dict[str, str] = {"1sg": "(I)m", "2sg": "(I)n", "3sg": "(s)I", "1pl": "(I)mIz",
                            "2pl": "(I)nIz", "3pl": "lArI"}
_CASE_NAMES = {"nominative": "nom", "accusative": "acc", "dative": "dat", "locative": "loc",
               "ablative": "abl", "genitive": "gen", "instrumental": "ins"}


def inflect(phrase: str, case: Case, *, possessed: bool = False, proper: bool | None = None,
            diacritics: bool | None = None, read_as: str | None = None) -> str:
    """Put ``phrase`` (its last word) in ``case``: nom acc dat loc abl gen ins (or the full names).

    ``possessed=True`` when the head already ends in a third-person possessive
    ("kredi kartı", "talebi"): the case then takes the pronominal n (kartına, talebini).

    >>> inflect("kredi kartı", "dat", possessed=True), inflect("kargo", "ins")
    ('kredi kartına', 'kargoyla')
    """
    name = _CASE_NAMES.get(case, case)
    if name not in _CASES:
        raise ValueError(f"unknown case {case!r}: use one of {', '.join(_CASES)}")
    head = lower(_head(phrase)[1])
    table = _POSSESSED if possessed and head[-1:] in VOWELS else _CASES
    return suffix(phrase, table[name], proper=proper, diacritics=diacritics, read_as=read_as)


def accusative(phrase: str, *, possessed: bool = False, proper: bool | None = None,
               diacritics: bool | None = None, read_as: str | None = None) -> str:
    """-(y)I: ``talep`` → ``talebi``, ``kargo`` → ``kargoyu``, ``SMS`` → ``SMS'i``."""
    return inflect(phrase, "acc", possessed=possessed, proper=proper, diacritics=diacritics, read_as=read_as)


def dative(phrase: str, *, possessed: bool = False, proper: bool | None = None,
           diacritics: bool | None = None, read_as: str | None = None) -> str:
    """-(y)A: ``ekip`` → ``ekibe``, ``Ankara`` → ``Ankara'ya``, ``10`` → ``10'a``."""
    return inflect(phrase, "dat", possessed=possessed, proper=proper, diacritics=diacritics, read_as=read_as)


def locative(phrase: str, *, possessed: bool = False, proper: bool | None = None,
             diacritics: bool | None = None, read_as: str | None = None) -> str:
    """-DA: ``süreç`` → ``süreçte``, ``3`` → ``3'te``, ``1000`` → ``1000'de``."""
    return inflect(phrase, "loc", possessed=possessed, proper=proper, diacritics=diacritics, read_as=read_as)


def ablative(phrase: str, *, possessed: bool = False, proper: bool | None = None,
             diacritics: bool | None = None, read_as: str | None = None) -> str:
    """-DAn: ``depo`` → ``depodan``, ``PDF`` → ``PDF'ten``."""
    return inflect(phrase, "abl", possessed=possessed, proper=proper, diacritics=diacritics, read_as=read_as)


def genitive(phrase: str, *, possessed: bool = False, proper: bool | None = None,
             diacritics: bool | None = None, read_as: str | None = None) -> str:
    """-(n)In: ``bu talep`` → ``bu talebin``, ``Mehmet`` → ``Mehmet'in``, ``bu`` → ``bunun``."""
    return inflect(phrase, "gen", possessed=possessed, proper=proper, diacritics=diacritics, read_as=read_as)


def instrumental(phrase: str, *, possessed: bool = False, proper: bool | None = None,
                 diacritics: bool | None = None, read_as: str | None = None) -> str:
    """-(y)lA ("ile"): ``talep`` → ``taleple``, ``kargo`` → ``kargoyla``."""
    return inflect(phrase, "ins", possessed=possessed, proper=proper, diacritics=diacritics, read_as=read_as)


def plural(phrase: str, *, proper: bool | None = None, diacritics: bool | None = None) -> str:
    """-lAr: ``talep`` → ``talepler``, ``SMS`` → ``SMS'ler``."""
    return suffix(phrase, "lAr", proper=proper, diacritics=diacritics)


def possessive(phrase: str, person: Person, *, case: Case | None = None, proper: bool | None = None,
               diacritics: bool | None = None) -> str:
    """Possessive ending for ``person`` (1sg 2sg 3sg 1pl 2pl 3pl), then an optional case.

    2pl is the formal "your" (-(I)nIz), 2sg the informal one (-(I)n), 3sg -(s)I.

    >>> possessive("talep", "2pl"), possessive("sipariş", "2pl", case="acc"), possessive("kargo", "3sg", case="dat")
    ('talebiniz', 'siparişinizi', 'kargosuna')
    """
    if person not in _PERSONS:
        raise ValueError(f"unknown person {person!r}: use one of {', '.join(_PERSONS)}")
    owned = suffix(phrase, _PERSONS[person], proper=proper, diacritics=diacritics)
    if case is None:
        return owned
    return inflect(owned, case, possessed=person in ("3sg", "3pl"), proper=False, diacritics=diacritics)


def nominalize(subject: str | None, verb: str, *, person: Person = "3sg", negative: bool = False,
               case: Case | None = None, proper: bool | None = None, diacritics: bool | None = None) -> str:
    """Turn "<subject> <verb>" into the noun clause "<subject>-(n)In <verb>-mA-<possessive>".

    ``verb`` is a stem (``karşılan``; an infinitive ``karşılanmak`` is accepted), the
    passive one when the subject is what undergoes it.  ``person`` picks the possessive
    agreeing with the subject, ``negative`` adds -mA, ``case`` inflects the result;
    ``proper`` is passed on for the subject's head ("Talep" opening a sentence: False).

    >>> nominalize("bu talep", "karşılan"), nominalize("bu talep", "karşılan", case="acc")
    ('bu talebin karşılanması', 'bu talebin karşılanmasını')
    >>> nominalize("siz", "belge gönder", person="2pl"), nominalize(None, "iptal edil", negative=True)
    ('sizin belge göndermeniz', 'iptal edilmemesi')
    """
    if person not in _PERSONS:
        raise ValueError(f"unknown person {person!r}: use one of {', '.join(_PERSONS)}")
    stem = verb.strip()
    if not stem:
        raise ValueError("nothing to nominalise: the verb is empty")
    if len(stem) > 4 and fold(stem[-3:], "tr") in ("mak", "mek"):
        stem = stem[:-3]
    template = ("mAmA" if negative else "mA") + _PERSONS[person]
    clause = suffix(stem, template, proper=False, diacritics=diacritics)
    if case is not None:
        clause = inflect(clause, case, possessed=person in ("3sg", "3pl"), proper=False, diacritics=diacritics)
    if subject and subject.strip():
        return genitive(subject.strip(), proper=proper, diacritics=diacritics) + " " + clause
    return clause
