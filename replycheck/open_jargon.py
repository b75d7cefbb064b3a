"""Open-vocabulary jargon: unexplained terms that no glossary lists.

The bundled jargon rules are glossaries: they know the terms someone wrote
down.  This check (``check: open_jargon`` in a pack) finds the others by
their shape and by general-language word frequency (``wordfreq``'s lists,
bundled with the package, read once per process):

- **acronyms** of three to six capitals (``NCD``, ``IROP``), tier and
  priority codes (``L2``, ``P1``, ``Sev2``), digit–letter codes (``3DS2``);
- **internal codes**: ``snake_case`` and ``UPPER_SNAKE`` identifiers
  (``ERR_AUTH_401``), a code right after "error"/"status"/"hata kodu",
  technical file names (``sync.log``, ``config.yaml``);
- **code-switching** in Turkish: an English word (frequent in English, rare or
  absent in Turkish) inside a Turkish sentence, alone, after an apostrophe
  (``backlog'a``) or with a Turkish suffix fused on (``deployladık``);
  neighbouring terms make one span (``revenue accounting``).

Never flagged: a term explained in place (the rule's ``unless_sentence``
regexes, ``{match}`` standing for the term), the everyday terms the rule
lists in ``unless`` (``PIN``, ``SMS``, ``IBAN``…), words the customer used
first in the thread, capitalised words (names, brands), greetings and
sign-offs, e-mail addresses, URLs, handles, numbers and references, airport
codes on a route, a shouted sentence, an English sentence quoted inside a
Turkish reply, terms a pack rule the team turned off knows, and whatever an
existing jargon finding already covers.  The team's ``accept`` list applies
afterwards, as to every finding.

A term a bundled glossary knows gets the glossary's plain words; any other
term gets a ``manual`` template that asks the agent to explain it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, NORM
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from . import pack_cache
from .folding import fold, fold_keep_length, fold_regex
from .matching import FILE_AFTER, CompiledPack, Hit, defined_next, in_brackets, in_quoted_name, names_a_key
from .models import Finding
from .pipeline import _STARTS as SENTENCE_STARTS, sentences
from .rulepack import Rule
from .turkish import is_diacriticless

CHECK = "open_jargon"
ENGLISH_COMMON = 3.0
"""Zipf frequency from which a word counts as common English (3.0: about once per million words)."""
ENGLISH_MARGIN = 1.0
"""How much more frequent in English than in Turkish (in Zipf units, i.e. ten times) a word must be
to count as English inside a Turkish sentence."""
MIN_WORD = 4
"""The shortest English word flagged inside a Turkish sentence (shorter ones are too often Turkish)."""
MAX_ENGLISH_SHARE = 0.5
"""A Turkish-reply sentence with more English words than this share is a quotation, not code-switching."""

# --- word lists ---------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def frequencies(lang: str) -> dict[str, float]:
    """Zipf frequency of every folded word of ``lang``'s general word list (the highest spelling
    wins: Turkish ``gün`` and chat-style ``gun`` meet).  Loaded once per process (from the pack
    cache when it has the table: importing ``wordfreq`` takes longer than reading it)."""
    return pack_cache.word_table(f"frequencies-{lang}", lang, lambda: _frequencies(lang), dict)


def _frequencies(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # imported here: only a check that runs pays for it

    table: dict[str, float] = {}
    for word, freq in get_frequency_dict(lang, "small").items():
        key = fold(word, lang)
        zipf = math.log10(freq) + 9 if freq > 0 else 0.0
        if zipf > table.get(key, 0.0):
            table[key] = zipf
    return table


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of a folded ``word`` in ``lang`` (0 when the word list lacks it)."""
    return frequencies(lang).get(word, 0.0)


@lru_cache(maxsize=None)
def turkish_spellings() -> frozenset[str]:
    """Folded Turkish words whose own spelling has Turkish letters (``poliçe`` → ``police``,
    ``süre`` → ``sure``): written without them they are still Turkish, never English."""
    def build() -> frozenset[str]:
        from wordfreq import get_frequency_dict

        return frozenset(fold(word, "tr") for word in get_frequency_dict("tr", "small") if not word.isascii())

    return pack_cache.word_table("spellings-tr", "tr", build, frozenset)


def english_word(word: str) -> bool:
    """Whether a folded word is common English and much rarer in Turkish (and no Turkish word
    written without its Turkish letters)."""
    en = frequencies("en").get(word, 0.0)
    return (en >= ENGLISH_COMMON and en - frequencies("tr").get(word, 0.0) >= ENGLISH_MARGIN
            and word not in turkish_spellings())


# --- shapes -------------------------------------------------------------------------------------

_UPPER = "A-ZÇĞİÖŞÜ"
_LOWER = "a-zçğıöşüâîû"
# a word: letters and digits, with inner hyphens, underscores or dots; an apostrophe suffix after it
_TOKEN = re.compile(rf"[^\W_]\w*(?:[-.][^\W_]\w*)*(?:['’][{_LOWER}]{{1,12}})?")
# what is never a term, each with a string that must be in the text for it to match
_MASKS = (
    ("://", re.compile(r"\w+://\S+")),
    ("www.", re.compile(r"www\.\S+")),
    ("@", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\w)@\w+")),
    ("#", re.compile(r"(?<!\w)#\w+")),
    ("{", re.compile(r"\{\{[^{}\n]{0,200}\}\}|\{[A-Za-z_][\w.]{0,100}\}")),  # bounded: "{{" * n stays linear
    ("[[", re.compile(r"\[\[[^\[\]\n]{0,200}\]\]")),
    ("%", re.compile(r"%[A-Z_]{3,}%")),
)
_ACRONYM = re.compile(rf"[{_UPPER}][{_UPPER}&]{{2,5}}")
_TIER_CODE = re.compile(r"(?:[LP]|SEV|Sev|TIER|Tier)[-\s]?[0-4]")
_DIGIT_CODE = re.compile(rf"\d[{_UPPER}]{{1,4}}\d")  # 3DS2
_SNAKE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
_HANDLE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*_\d{1,4}")  # a user name: capitalised words and a number
_STATUS_CODE = re.compile(rf"[{_UPPER}]{{1,5}}[-_]?\d{{2,6}}|[{_UPPER}]{{4,}}")
# a status named right after its code ("DMG-2 statüsünde", "in PND-7 status"), folded; not "code" ("the SAVE20 code")
_STATUS_WORD_AFTER = re.compile(r"\s{1,2}(?:statu\w*|status|state|durum(?:u|unda|una|undadir|undan)?)\b")
_SHORT_STATUS = re.compile(rf"[{_UPPER}]{{2,5}}-\d")
# "error", "status", "reason code", "hata kodu" right before a code (never "promo code", "booking code")
_STATUS_CUE = re.compile(r"(?:error|status|state|reason|hata|durum|statusu|sebep|neden)(?:\s+(?:code|kodu?))?\s*[:#]?\s*$")
_FILE_EXTENSION = re.compile(  # a technical file's extension; the name before it is found backwards
    r"\.(?:log|ya?ml|json|xml|ini|cfg|conf|dll|exe|sys|bat|sh|py|js|sql|db|plist|apk|ipa|dmg|bak|tmp)(?!\w)",
    re.I,
)
_FILE_NAME = re.compile(r"[\w-]+$")
# a quoted label is a name to find as written ("Ağ adınız 'TT_4F21'"), but not a quoted status code
_STATUS_BEFORE = re.compile(r"(?i)\b(?:status|state|durum\w*|kod\w*|code|(?:showing|shows|shown|marked|listed|flagged|set) as)\W{0,4}$")
def _quoted_status(text: str, start: int, end: int) -> bool:
    """Whether the quoted words around ``text[start:end]`` are a status or code ("showing as 'POD pending – NDR'",
    "'PENDING_RECON' durumunda") rather than a label to find."""
    opening = max(text.rfind(quote, 0, start) for quote in "'‘\"“")
    closing = min((i for i in (text.find(quote, end) for quote in "'’\"”") if i >= 0), default=end)
    return bool(_STATUS_BEFORE.search(text, 0, max(opening, 0))) or bool(_STATUS_AFTER.match(text, closing + 1))


_STATUS_AFTER = re.compile(r"(?i)\s{0,3}(?:durum\w*|status|state|kodu\w*|code)\b")
_FUSED = re.compile(r"l[ae]\w{0,10}")  # -lA- (verb), -lAr (plural) on a foreign stem (not -lI: "temperli cam")
# a Turkish case ending on a Turkish noun that happens to spell an English word ("prize": priz + -e)
_CASE_ENDING = re.compile(r"(?:y?[eaıiuü]|n?[dt][ea]n?|n?[ıiuü]n)$")
_SHOUT_MIN_WORDS = 3
_PLACE_BEFORE = frozenset(
    "to from in at on via into through out near between and or amp depart departs departing departed arrive "
    "arrives arriving arrived leave leaves leaving reach reaches eta".split()
)
_PLACE_AFTER = frozenset(
    "coworker coworkers colleague colleagues staff team teams employees agents agent station airport office offices "
    "store stores branch branches location locations hub crew crews lounge leadership desk counter "
    # a floor, gate or block named by a code: "P3 katı", "gate B12", "A blok"
    "floor level gate platform terminal block wing kat kati katta katinda katindaki kapi kapisi peron peronu blok bloku "
    "blokta salon salonu katindadir katindayiz".split()
)
_ROUTE_AFTER = re.compile(r"\s*(?:-|–|—|>|&gt;|→|/)\s*[A-Z]{3}\b")
_ROUTE_BEFORE = re.compile(r"\b[A-Z]{3}\s*(?:-|–|—|>|&gt;|→|/)\s*$")
_LOCATIVE = re.compile(r"[yn]?[ae]|[dt][ae]n?|[dt][ae]ki")
_TRAVEL = re.compile(
    r"\b(?:flights?|fly|flying|flew|airports?|gates?|terminals?|depart\w*|arriv\w*|layovers?|connect\w*|routes?|"
    r"land\w*|board\w*|airlines?|seats?|trips?|travel\w*|ucus\w*|havalimani\w*|havaalani\w*|aktarma\w*|sefer\w*|"
    r"kalkis\w*|varis\w*|bilet\w*)\b"
)
_GREETING = re.compile(
    r"\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|merhaba|selam|sayin|degerli|"
    r"iyi gunler|gunaydin)\b[^,.!?\n]{0,60}[,!:\n]"
)
_SIGN_OFF = re.compile(
    r"(?:thanks|thank you|best|regards|cheers|sincerely|kind regards|best wishes|take care|"
    r"saygilarimizla|saygilarimla|sevgiler|tesekkurler|tesekkur ederiz|iyi gunler|iyi calismalar)\b[,!.]?\s"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a word with the shape of a term somewhere: two capitals, a capital and a digit, an underscore (a
# sentence without one has no acronym, code or identifier, and its words are not looked at)
_SHAPE = re.compile(rf"[{_UPPER}\d][\w-]*[{_UPPER}\d]")  # (and "_" anywhere: tested apart)
_LOWER_TOKEN = re.compile(rf"(?<![\w'’.-])[{_LOWER}][\w]*(?:-[^\W_]\w*)*(?:['’][{_LOWER}]{{1,12}})?")
_AMOUNT_BEFORE = re.compile(r"\d[\d.,]*\s?$")
_NOT_TERM_BEFORE = frozenset("^*~/\\$€£₺")
_PREVIOUS = re.compile(r"([^\W\d_][\w'’]*)[^\w.!?\n]{0,6}$")  # the word before a token, in its sentence
_NEXT = re.compile(r"[^\w.!?\n]{0,3}?([^\W\d_][\w'’]*)")  # the word after it
_SENTINEL = "\u2063"  # (invisible separator) stands for the term when explanations are searched
_SIGNATURE_DASH = re.compile(r"\s[-–—~]\s*[^\s.!?][^.!?]{0,40}$")  # "… today. – Pagecraft"
_SIGNATURE_TAIL = 80  # characters from the end in which a sign-off starts the signature


@dataclass(frozen=True)
class Term:
    """An open-vocabulary jargon term: ``text[start:end]``, its folded ``stem`` (no Turkish
    suffix), whether a suffix follows it, and the glossary's plain words when one knows it."""

    start: int
    end: int
    stem: str
    suffixed: bool
    plain: str | None = None
    glossary_rule: str | None = None  # the code of the glossary rule that knows the plain words


@dataclass
class _Token:
    start: int
    end: int
    text: str  # without an apostrophe suffix
    suffix: str
    folded: str  # ``text`` folded
    flagged: bool = False
    stem: str = ""


class OpenJargon:
    """The open-vocabulary jargon check of one compiled pack (its ``open_jargon`` rules)."""

    def __init__(self, pack: CompiledPack) -> None:
        self.lang = pack.lang
        self.rules: list[Rule] = [item.rule for item in pack.loaded if item.rule.check == CHECK and item.rule.enabled]
        self.everyday = frozenset(
            fold(term, self.lang) for rule in self.rules for term in rule.unless if isinstance(term, str)
        )
        # explanations in place, compiled once: the term is replaced by a sentinel in the sentence
        self.explained = [re.compile(fold_regex(p).replace("{match}", _SENTINEL))
                          for rule in self.rules for p in rule.unless_sentence]
        # glossary phrases of one word: folded term → (plain words, code of the rule that knows it)
        self.glossary: dict[str, tuple[str, str]] = {}
        for item in pack.loaded:
            rule = item.rule
            if rule.category != "jargon" or rule.check != "match":
                continue
            for phrase in rule.phrases:
                if " " not in phrase:
                    self.glossary.setdefault(fold(phrase, self.lang), (rule.phrase_replacements.get(phrase, ""), rule.code))
        self._en = frequencies("en") if self.rules else {}
        self._tr = frequencies("tr") if self.rules and self.lang == "tr" else {}
        # NORM hashes (folded words, as the pipeline writes them) of Turkish words that are not English
        self._turkish_norms = frozenset(hash_string(w) for w in self._tr if w not in self._en)
        if self._tr:
            turkish_spellings()
        self._own = frequencies(self.lang) if self.rules else {}

    def terms(
        self, text: str, doc: Doc, customer_words: str = "", active: Callable[[str], bool] = lambda code: True,
    ) -> list[tuple[Span, Term]]:
        """Every open-vocabulary term in ``doc`` (whose text is ``text``), with its sentence."""
        if not self.rules:
            return []
        masked = [m.span() for needle, rx in _MASKS if needle in text for m in rx.finditer(text)]
        folded = fold(text, self.lang)
        if len(folded) != len(text):
            folded = fold_keep_length(text, self.lang)
        skip_before, skip_after = _frame(folded)
        starts = _sentence_starts(doc)
        if turkish := self.lang == "tr":
            norms, idxs = zip(*doc.to_array([NORM, IDX]).tolist()) if len(doc) else ((), ())
        # a chat typed without Turkish letters: "regulator" is "regülatör" written so, not English
        plain = turkish and not re.search(r"[çğıöşüÇĞİÖŞÜ]", text) and is_diacriticless(text)
        shapes = [m.start() for m in _SHAPE.finditer(text)]  # where a word may be shaped like a term
        underscore = "_" in text
        bounds = [doc[i].idx for i in starts] + [len(text)]
        en, tr = self._en, self._tr
        candidates: list[tuple[int, int, int, str, bool]] = []  # (sentence, start, end, stem, suffixed)
        excused: set[str] = set()  # stems explained (or otherwise excused) anywhere in the draft
        places: set[str] = set()  # acronyms that name a place somewhere in the draft (ATL … MSP, so MSP)
        for n in range(len(starts)):
            s_start, s_end = bounds[n], bounds[n + 1]
            lo, hi = max(s_start, skip_before), min(s_end, skip_after)
            if lo >= hi:
                continue
            tokens: list[_Token] = []
            english = 0
            if turkish:
                for i in range(starts[n], starts[n + 1] if n + 1 < len(starts) else len(doc)):
                    if norms[i] in self._turkish_norms:
                        continue  # the common case: a Turkish word (one set lookup)
                    m = _LOWER_TOKEN.match(text, idxs[i], hi)
                    if m is None or idxs[i] < lo:
                        continue
                    a, b = m.span()
                    raw = m.group()
                    cut = raw.find("'") if "'" in raw else raw.find("’")
                    head = folded[a:b] if cut < 0 else folded[a:a + cut]
                    if head in tr and head not in en:
                        continue  # the common case: a Turkish word
                    if plain and head in turkish_spellings():
                        continue
                    if "_" in raw or masked and any(x < b and a < y for x, y in masked):
                        continue
                    token = _split(a, raw, folded[a:b])
                    if self._english(token):
                        english += 1
                        token.flagged = True
                        tokens.append(token)
            shaped = underscore or bisect_right(shapes, hi - 1) > bisect_right(shapes, lo - 1)
            for m in _TOKEN.finditer(text, lo, hi) if shaped else ():
                raw = m.group()
                if raw.isalpha() and (raw.islower() or raw[1:].islower()) or raw.isdigit():
                    continue  # an ordinary word, a name, a number
                a, b = m.span()
                if masked and any(x < b and a < y for x, y in masked):
                    continue
                if text[a - 1:a] in _NOT_TERM_BEFORE:
                    continue  # agent initials in a sign-off (^KH), a path, an amount
                tokens.append(_split(a, raw, folded[a:b]))
            if not tokens:
                continue
            tokens.sort(key=lambda t: t.start)
            words = _WORD.findall(text, lo, hi)
            upper = sum(1 for w in words if len(w) > 1 and w.isupper())
            if len(words) >= _SHOUT_MIN_WORDS and upper >= 0.6 * len(words):
                continue  # a sentence written in capitals
            for token in tokens:
                if not token.flagged:
                    token.flagged = self._shape(token, text, folded, (s_start, s_end), places)
            if turkish and english > MAX_ENGLISH_SHARE * len(words):
                for token in tokens:  # an English sentence inside a Turkish reply: a quotation
                    if token.flagged and token.text[:1].islower():
                        token.flagged = False
            folded_sentence = folded[s_start:s_end]
            for start, end, stem, suffixed in _runs(tokens, text):
                if self._excused(stem, folded_sentence, start - s_start, end - s_start, customer_words, active):
                    excused.add(stem)
                candidates.append((n, start, end, stem, suffixed))
        for m in _FILE_EXTENSION.finditer(text):
            name = _FILE_NAME.search(text, max(0, m.start() - 60), m.start())
            if name is None:
                continue
            start, end = name.start(), m.end()
            if start < skip_before or end > skip_after or any(a < end and start < b for a, b in masked):
                continue
            if text[max(0, start - 1):start] in ("/", "\\", "."):
                continue
            n = bisect_right(bounds, start) - 1
            stem = folded[start:end]
            if n >= len(starts) or any(c[1] < end and start < c[2] for c in candidates):
                continue
            if self._excused(stem, folded[bounds[n]:bounds[n + 1]], start - bounds[n], end - bounds[n],
                             customer_words, active):
                excused.add(stem)
            candidates.append((n, start, end, stem, False))
        found: list[tuple[Span, Term]] = []
        spelled: set[str] | None = None  # initials of the draft's runs of capitalised words, built when needed
        for n, start, end, stem, suffixed in sorted(candidates, key=lambda c: c[1]):
            if stem in excused or stem in places:
                continue
            if _ACRONYM.fullmatch(text[start:end].rstrip("s")):
                if spelled is None:
                    spelled = _spelled_out(text, self.lang)
                if stem.rstrip("s") in spelled or stem in spelled:
                    continue  # written out somewhere in the draft: "the General Register Office"
            known = self.glossary.get(folded[start:end]) or (None if suffixed else self.glossary.get(stem))
            sent = Span(doc, starts[n], starts[n + 1] if n + 1 < len(starts) else len(doc))
            found.append((sent, Term(start, end, stem, suffixed, known[0] if known and known[0] else None,
                                     known[1] if known else None)))
        return found

    def _english(self, token: _Token) -> bool:
        """Whether a lower-case token of a Turkish sentence is an English word (maybe with a suffix)."""
        word = token.folded
        if not token.text.isascii() and "l" not in token.text:
            return False  # Turkish letters: a Turkish word (an English stem may take -lA- with them)
        en, tr = self._en, self._tr
        if word in tr and word not in en:
            return False  # the common case: a Turkish word
        if word in self.everyday:
            return False
        if "-" in word:
            parts = word.split("-")
            if (len(word) >= MIN_WORD and token.text.isascii() and any(english_word(p) for p in parts)
                    and all(p.isalpha() and en.get(p, 0.0) - tr.get(p, 0.0) >= ENGLISH_MARGIN for p in parts)):
                token.stem = word
                return True
            return False
        if len(word) < MIN_WORD or not word.isalpha():
            return False
        if en.get(word, 0.0) >= ENGLISH_COMMON:
            ending = _CASE_ENDING.search(word)
            stem = word[:ending.start()] if ending else ""
            if len(stem) >= 3 and tr.get(stem, 0.0) >= ENGLISH_COMMON and tr.get(stem, 0.0) > en.get(stem, 0.0):
                return False  # "prize takmanız": the Turkish "priz" in the dative
            if token.text.isascii() and english_word(word):
                token.stem = word
                return True
            return False
        if token.suffix or word in tr:
            return False
        # a verb or plural made from an English stem (deployladık, pushlayacaklar): never when the
        # word starts with a Turkish stem (blokesini: bloke, not blokes)
        cut = word.find("l", MIN_WORD)
        while cut != -1 and cut <= len(word) - 2:
            stem = word[:cut]
            if token.text[:cut].isascii() and english_word(stem) and _FUSED.fullmatch(word[cut:]):
                if any(word[:n] in tr and not english_word(word[:n]) for n in range(MIN_WORD, len(word))):
                    return False
                token.stem = stem
                return True
            cut = word.find("l", cut + 1)
        return False

    def _shape(
        self, token: _Token, text: str, folded: str, sentence: tuple[int, int], places: set[str],
    ) -> bool:
        """Whether a token's shape makes it an internal term: an acronym, a code, an identifier
        (``places`` collects acronyms that name a place or an organisation here)."""
        word = token.text
        folded_word = token.stem = token.folded
        if _SNAKE.fullmatch(word):
            return not _HANDLE.fullmatch(word)  # "KaraKartal_35" is a player's name, not an identifier
        # a code after "error"/"status", or before its status word ("dosya DMG-2 statüsünde bekliyor")
        if folded_word not in self.everyday and (
                (_STATUS_CODE.fullmatch(word) and _STATUS_CUE.search(folded, max(0, token.start - 24), token.start))
                or ((_STATUS_CODE.fullmatch(word) or _SHORT_STATUS.fullmatch(word))
                    and _STATUS_WORD_AFTER.match(folded, token.end))):
            return not self._common_word(word)
        if _TIER_CODE.fullmatch(word) or _DIGIT_CODE.fullmatch(word):
            after = _NEXT.match(text, token.end, sentence[1])
            if after and fold(after.group(1), self.lang) in _PLACE_AFTER:
                return False  # a floor, gate or block by its code: "P3 katı", "B12 gate"
            return folded_word not in self.everyday
        if self.lang == "en" and word.endswith("s") and _ACRONYM.fullmatch(word[:-1]):
            # a plural acronym ("the SIPs", "NDAs"): judged as the acronym, never glossed as its singular
            word, folded_word = word[:-1], folded_word[:-1]
        elif not _ACRONYM.fullmatch(word):
            return False
        if folded_word in self.everyday or self._common_word(word):
            return False
        if _AMOUNT_BEFORE.search(text, max(0, token.start - 16), token.start):
            return False  # a unit or a currency after an amount (0.5 ETH, 20 GB)
        s_start, s_end = sentence
        before = _PREVIOUS.search(text, max(s_start, token.start - 30), token.start)
        after = _NEXT.match(text, token.end, s_end)
        previous = before.group(1) if before else ""
        following = after.group(1) if after else ""
        if any(w.isupper() and len(w) > 2 and self._common_word(w) for w in (previous, following)):
            return False  # a label written in capitals ("PROMO CODE")
        if _names_a_place(word, fold(previous, self.lang), following, text[token.end:token.end + 12],
                          text[max(0, token.start - 12):token.start]):
            places.add(folded_word)
            return False  # an airport, a station, an organisation: "in GEG", "the JFK Leadership Team", "ATL-LAX"
        # a name that goes on in capitals mid-sentence: "Zorlu PSM konseri", "Ankara AŞTİ'de", a model after its maker,
        # "your Honda HRX" (not after a name with its suffix, "Paşa'nın CBC paneli", nor after a title, "Hi Jo")
        if (before and previous[:1].isupper() and previous[1:].islower() and len(previous) > 2
                and not re.search(r"['’]", previous) and (self.lang == "tr" or previous not in _TITLES)
                and any(c.isalnum() for c in text[s_start:before.start(1)])):
            places.add(folded_word)
            return False
        if (self.lang == "tr" and token.suffix and _LOCATIVE.fullmatch(fold(token.suffix, "tr"))
                and _TRAVEL.search(folded, s_start, s_end)):
            places.add(folded_word)
            return False  # IST'den, SAW'a
        return True

    def _common_word(self, word: str) -> bool:
        """An all-capitals word that is a common word of the language: emphasis, not an acronym."""
        return zipf(fold(word, self.lang), self.lang) >= 4.0 or (
            self.lang == "tr" and zipf(fold(word, "en"), "en") >= 4.0 and word.isascii() and "I" not in word
            and fold(word, "en") in frequencies("tr"))

    def _excused(
        self, stem: str, folded_sentence: str, start: int, end: int, customer_words: str,
        active: Callable[[str], bool],
    ) -> bool:
        """The exceptions that read the term's context: everyday terms, the customer's words,
        glossary terms of a rule the team turned off, and an explanation in place."""
        if stem in self.everyday:
            return True
        known = self.glossary.get(stem)
        if known and not active(known[1]):
            return True  # the team turned off the rule that knows this term
        if customer_words and re.search(rf"(?<!\w){re.escape(stem)}", customer_words):
            return True
        marked = folded_sentence[:start] + _SENTINEL + folded_sentence[end:]
        return any(pattern.search(marked) for pattern in self.explained)


_TITLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Dear", "Hi", "Hello", "Hey"))


def _names_a_place(word: str, previous: str, following: str, after: str, before: str) -> bool:
    """Whether an acronym names a place or an organisation by its context: after a preposition of
    place, before a capitalised word or a word for people or premises, or on a route."""
    if previous in _PLACE_BEFORE or fold(following, "en") in _PLACE_AFTER:
        return True
    if following[:1].isupper() and not following.isupper():
        return True
    return len(word) == 3 and bool(_ROUTE_AFTER.match(after) or _ROUTE_BEFORE.search(before))


# words that may sit inside a written-out name without giving it a letter ("Department for Work and Pensions")
_NAME_LINKS = frozenset(("of", "and", "for", "the", "&", "on", "in", "to", "ve", "de", "da", "ile"))
_NAME_WORD = re.compile(r"[^\W\d_][\w&'’-]*|&")


def _spelled_out(text: str, lang: str) -> set[str]:
    """The folded initials (three to six letters, contiguous) of every run of capitalised words
    in ``text``, so that an acronym written out anywhere in the draft is known: "General Register
    Office" gives "gro". Linear in the text: each word adds at most four strings."""
    result: set[str] = set()
    run = ""
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        if len(word) > 1 and word[0].isupper() and not word.isupper():
            run += word[0]
            for size in range(3, 7):
                if len(run) >= size:
                    result.add(fold(run[-size:], lang))
        elif word.lower() not in _NAME_LINKS or not run:
            run = ""
    return result


def _split(start: int, raw: str, folded: str) -> _Token:
    """A token, its apostrophe suffix apart."""
    for mark in ("'", "’"):
        if mark in raw:
            head, tail = raw.split(mark, 1)
            return _Token(start, start + len(raw), head, tail, folded[:len(head)])
    return _Token(start, start + len(raw), raw, "", folded)


def _sentence_starts(doc: Doc) -> list[int]:
    """Token index of each sentence start (as :func:`replycheck.pipeline.sentences` has them)."""
    starts = doc.user_data.get(SENTENCE_STARTS)
    return list(starts) if starts is not None else [sent.start for sent in sentences(doc)]


def _runs(tokens: Sequence[_Token], text: str) -> Iterable[tuple[int, int, str, bool]]:
    """Flagged tokens next to each other (a space or a hyphen between) as one term."""
    i = 0
    while i < len(tokens):
        if not tokens[i].flagged:
            i += 1
            continue
        j = i
        while (j + 1 < len(tokens) and tokens[j + 1].flagged and not tokens[j].suffix
               and text[tokens[j].end:tokens[j + 1].start] in (" ", "-")):
            j += 1
        stem = " ".join(t.stem or t.text.lower() for t in tokens[i:j + 1])
        yield tokens[i].start, tokens[j].end, stem, bool(tokens[j].suffix)
        i = j + 1


def _frame(folded: str) -> tuple[int, int]:
    """Where the reply's own words start and end (in the folded text): after a greeting line,
    before a sign-off."""
    text = folded
    start = 0
    greeting = _GREETING.match(folded)
    if greeting:
        start = greeting.end()
    end = len(text)
    tail_from = max(start, len(text) - _SIGNATURE_TAIL)
    for m in _SIGN_OFF.finditer(folded, tail_from):
        end = m.start()
        break
    dash = _SIGNATURE_DASH.search(text, max(start, end - 50), end)
    if dash:
        end = dash.start()
    return start, end


_CHECKS: "WeakKeyDictionary[CompiledPack, OpenJargon]" = WeakKeyDictionary()


def for_pack(pack: CompiledPack) -> OpenJargon:
    """The open-vocabulary check of a compiled pack, built once."""
    check = _CHECKS.get(pack)
    if check is None:
        check = _CHECKS[pack] = OpenJargon(pack)
    return check


# a name or a reference quoted after its label, or a prefix with its number: not a term to explain
_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:ad[ıi]n?|ad[ıi]n[ıi]z|kullan[ıi]c[ıi] ad[ıi]\w*|numaras[ıi]\w*|numaran[ıi]z|no|kodu\w*|name|username"
    r"|user ?id|id|number|no\.|ref(?:erence)?|code|order|booking|ticket|tracking)\s*[:#]\s*$")
# "RMA-77120", a course or route code "HIST 204"; not a reading with its unit ("TDS 180 ppm", "ALT 95 U/L")
_DIGITS_AFTER = re.compile(r"[ -]?\d{4,}\b|[ ]\d{2,4}\b(?![.,:]\d)(?!\s?(?:ppm|ppb|mg|ml|mmol|u/l|iu|rpm|psi|bar|kpa|µs|us/cm)\b)")
# a name given right after what it names: "the courier, DPX,", "ağ adı KasLodge_Guest", "network name: TT_4F21"
_NAMED_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|our|your) (?:courier|carrier|bank|airline|insurer|partner|supplier|manufacturer|provider|company"
    r"|operator|app|platform|marketplace|broker|agency|lender)\s*[,(–—-]\s*"
    r"|\b(?:ağ|ag|wi-?fi|kablosuz ağ|kablosuz ag|network|modem) ad[ıi]\w*\s*(?:[:#]|olarak)?\s*"
    r"|\b(?:network name|ssid|wi-?fi name)(?: is)?\s*[:#]?\s*)$")


def hits(
    pack: CompiledPack, doc: Doc, text: str, customer_words: str, found: Sequence[Finding],
    active: Callable[[Rule], bool],
) -> list[Hit]:
    """The check's hits in a draft, as rule hits: none where a jargon finding already is.

    A term a glossary knows (and that has no Turkish suffix) is replaced by the glossary's plain
    words; any other hit carries the rule with a ``manual`` fix whose template names the term."""
    check = for_pack(pack)
    rule = next((r for r in check.rules if active(r)), None)
    if rule is None:
        return []
    taken = [(f.start, f.end) for f in found if f.category == "jargon"]
    result: list[Hit] = []
    rules = pack.rules
    for sent, term in check.terms(text, doc, customer_words, lambda code: code in rules and active(rules[code])):
        if any(s < term.end and term.start < e for s, e in taken) or in_brackets(text, term.start, term.end) \
                or (in_quoted_name(text, term.start, term.end) and not _quoted_status(text, term.start, term.end)):
            continue
        if FILE_AFTER.match(text, term.end) or text[term.start - 1:term.start] in ("/", "\\", ".") \
                or names_a_key(text, term.start, term.end):
            continue  # "crash.txt", "/var/cache": a name the customer must type as it is
        if pack.lang == "en" and defined_next(text, term.end, sent.end_char):
            continue  # "Could you confirm the IMEI number? That's the 15-digit serial number on the box."
        if text[term.end:term.end + 1] in (":", "=") and text[term.end + 1:term.end + 2].strip():
            continue  # "v=spf1 include:mail.example.com": a setting the customer must type as it is
        if (_LABEL_BEFORE.search(text, max(0, term.start - 30), term.start) or _DIGITS_AFTER.match(text, term.end)
                or _NAMED_BEFORE.search(text, max(0, term.start - 40), term.start)):
            continue  # "Kullanıcı adın: GeceKurdu_77", "container MSKU 7781204": a reference the customer needs
        surface = text[term.start:term.end]
        # (the glossary leaves the term alone in this sentence, "release işlemi" of a bank: its plain words don't fit)
        if term.plain and not term.suffixed and not (
                term.glossary_rule and pack.declines(term.glossary_rule, text[sent.start_char:sent.end_char], surface)):
            fix = rule.fix.model_copy(update={"action": "replace", "transform": None, "replacement": term.plain})
            result.append(Hit(rule.model_copy(update={"fix": fix}), term.start, term.end, sent, term.plain))
        else:
            slot = "(yani …)" if pack.lang == "tr" else "(in plain words: …)"
            fix = rule.fix.model_copy(update={"transform": "manual", "template": f"{surface} {slot}"})
            result.append(Hit(rule.model_copy(update={"fix": fix}), term.start, term.end, sent))
    return result

