"""The safety gate: a rewritten sentence may not lose or flip what the draft said.

A rewrite is only worth sending when every fact survives it.  :func:`problems`
compares a piece of the draft with its rewrite and lists what went wrong:

- **facts**: numbers, amounts, dates, URLs, e-mail addresses, references
  (letter–digit codes), names (capitalised words inside a sentence), month and
  weekday names must all still be there — except the words of a flagged jargon
  term, which the rewrite explains in plain words;
- **decisions** (declined, closed, not covered, reddedildi, kapatıldı …) stay;
- **requirements** on the customer (without, until, must, olmadan, gerek …)
  stay, in the same number;
- **polarity**: the number of negations stays, unless the transform is one that
  turns a refusal into its condition ("We can't X without Y" → "As soon as we
  have Y, we'll X");
- **nothing invented**: no new commitment or offer (we'll, let's, I can,
  sunabiliriz, öneririz …) beyond the one next update a missing time frame
  may add, and no new date except that update's.

The checks are deliberately simple and conservative: an edit that fails is
dropped and its finding becomes ``manual`` (the agent writes the fix).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .folding import fold
from .rewrite import ends_with_emoji

# the tail of a hyphenated word left after a cut: " -and-tear"
_HYPHEN_LEFT = re.compile(r"(?:^|[\s(,;:])[-‐](?=[^\W\d_])")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*%?")
_URL = re.compile(r"https?://\S+|www\.\S+"
                  r"|(?i:\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|tr|de|fr|eu|app|gov|edu|info)\b(?:/\S*)?)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_CODE = re.compile(r"\b(?=\w*\d)(?=\w*[A-Za-z])[\w-]{3,}\b")
_WORD = re.compile(r"\w+(?:['’]\w+)?")

_MONTHS_DAYS = {
    "en": re.compile(
        r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
        r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
        r"|today|tonight|tomorrow|yesterday|weekend|morning|afternoon|evening)\b"
    ),
    "tr": re.compile(
        r"\b(?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik|pazartesi|sali"
        r"|carsamba|persembe|cuma|cumartesi|pazar|bugun|yarin|dun|sabah|ogle"
        # (not "aksama", a disruption: "tatiliniz aksamayacak", "aksamamasını")
        r"|aksam(?!a(?:y|m|s|n|d[ıi])))\w*"
    ),
}

_DECISION = {
    "en": re.compile(
        r"\b(?:declin\w*|reject\w*|denied|deny|refus\w*"
        # (not a place shut for a while: "the lounge was closed for refurbishment that afternoon")
        r"|closed?(?! for (?:refurb\w*|renovation\w*|maintenance|repairs?|cleaning|the (?:day|night|weekend|holidays?|afternoon|morning)|a private|an event|staff training))"
        r"|clos(?:ing|ure)|cancel+\w*|not covered|ineligible"
        r"|not eligible|(?<!not )(?<!not yet )final(?! (?:invoice|bill|payment|instal+ment|balance|fitting|coat|reminder|round|day|stage|step|check|date|demand|proofs?|draft))|suspend\w*|terminat\w*|void\w*|can't|cannot|can not|unable|not in a position"
        r"|nothing (?:more |else |further )?(?:we|i) can do|no way (?:to|of|for)|not possible|(?:isn't|aren't|wasn't) possible|impossible"
        r"|no longer|not able|(?:aren't|isn't|wasn't|weren't) able|(?:doesn't|does not|don't|do not) cover"
        r"|(?:isn't|is not|aren't|are not) covered)\b"
    ),
    "tr": re.compile(
        r"(?:redded\w*|reddet\w*|ret\b|kapat\w*|kapan\w*|iptal\w*|onaylanma(?:m|d[ıi]|z|y)\w*|kapsam dis\w*|kapsami dis\w*"
        r"|(?:iade|garanti|sigorta|teminat) kapsaminda degil\w*"
        r"|teminat dis\w*|askiya\w*|sonlandir\w*|kesinles\w*"
        # (also the negative aorist of the first person: "yapamayız", "gönderemeyiz", "veremem")
        r"|\w+(?:[ae]m)(?:[ae]z|[ıiuü]yor|[ae]d[ıi]|[ae]m[ıi]s|[ae]m[ae]s[ıi]|[ae]y[ıi]z\b|[ae]m\b)\w*)"
    ),
}

_REQUIREMENT = {
    "en": re.compile(
        r"\b(?:without|until|unless|must|need(?:s|ed)? to|have to|has to|had to|required?|requires|only if"
        r"|as long as|provided|please|once)\b"
    ),
    "tr": re.compile(
        r"(?:olmadan|olmaksizin|\w+m[ae]dan\b|\w+m[ae]ks[ıi]z[ıi]n|gerek\w*|zorunlu\w*|sart\w*|\w+m[ae]l[ıi]\w*"
        r"|\w+[dt][ıiuü][gğ][ıiuü]nd[ae]\b|\w+[dt][ıiuü]kt[ae]n sonra|\w+[ıiuü]nc[ae]\b|(?<!\bbu )(?<!\bsu )(?<!\bo )kadar\b|lutfen)"
    ),
}

_NEGATION = {
    "en": re.compile(
        r"\b(?:not|no(?! (?:doubt|question|worries|problem|matter|ifs))|never|nothing|none|nobody|neither|nor|cannot"
        r"|unable|without(?! (?:a|any) doubt)|outside|fail(?:ed|s)? to|neglected to|forgot to)\b|n't\b|\bnon-"
    ),
    "tr": re.compile(
        r"(?:\bdegil\w*|\byok\w*|\bhayir\b|\bdis\w*|"
        r"\b\w+?(?:m[ıiuü]yor|m[ae]z\b|m[ae]zs|m[ae]d[ıi]|m[ae]m[ıi]s|m[ae]y[ae]c[ae](?:k|ğ|g)|m[ae]m[ae]kt[ae]|m[ae]y[ıi]z"
        r"|m[ae]m\b|m[ae]y[ıi]n|m[ae]m[ae]l[ıi]|m[ae]m[ae]n[ıi]z\b|m[ae]m[ae]n[ıi](?:z[ıi])?\b|m[ae]m[ae]s[ıi](?:n[ıi])?\b|m[ae]m[ae]n(?= gerek))\w*)"
        r"(?<!supheniz olmasin)"
    ),
}

_COMMITMENT = {
    "en": re.compile(
        r"\b(?:we'll|we will|i'll|i will|let's|let us|we can|i can|we could|i could|we'd|i'd|we're happy"
        r"|happy to|glad to|arrange|another way|we'?re going to|i'?m going to|here's what)\b"
    ),
    "tr": re.compile(
        r"(?:\w+(?:[ae]c[ae][gk][ıi]z|[ae]c[ae][gk][ıi]m|[ae]b[ıi]l[ıi]r[ıi]z|[ae]b[ıi]l[ıi]r[ıi]m|[ae]l[ıi]m)\b"
        r"|\bisteriz\b|\bisterim\b|\boneririz\b|\boneririm\b|\bbirlikte\b|\bsunmak\b|\biletiyoruz\b"
        r"|\belimizden gelen\w*|\btakib\w*)"
    ),
}


def _folded_patterns(table: dict[str, re.Pattern[str]]) -> None:
    """The Turkish patterns are written with Turkish letters; they run on folded text."""
    source = table["tr"].pattern.translate(str.maketrans("ıüöşçğ", "iuoscg"))
    table["tr"] = re.compile(source)


for _table in (_DECISION, _REQUIREMENT, _NEGATION, _COMMITMENT):
    _folded_patterns(_table)


# a sentence that is only a subordinate clause: "Once a payment has been confirmed."
_ORPHAN_CLAUSE = re.compile(r"(?:^|[.!?]\s+)(?:Once|When|After|Because|If|Unless|Although|Since|Until|While)\b"
                            r"(?! (?:then|now|that|so far|today|possible|needed|necessary)\b)[^,.!?;:–—]*[.!?]")
_ORPHAN_TO = re.compile(r"(?i)(?:^|[.!?:;,]\s+)to\s+(?!(?:you|us|me|them|him|her|the|a|an|your|our|this|that|date|be)\b)[a-z]+")
# a letter glued to a number, or a number to a word (not an ordinal, "Monday 23rd", nor a clock time or a unit, "5pm", "20kg")
_GLUED = re.compile(r"(?<![\w-])[^\W\d_]\d|\d(?!(?:st|nd|rd|th|am|pm|kg|km|cm|mm|ml|gb|mb|kw|kwh|mph)(?![\w'’]))[^\W\d_]{2,}(?![\w'’])")
_LOWER_START = re.compile(r"[.!?]\s+[a-zçğıöşü]")
_DOUBLED = re.compile(r"\b(\w{3,})\w*\s+\1\w*\b")  # "Number number", "kodu kodu", "kayıt kaydı"


_CLAUSE = re.compile(r"[^,;:.!?–—\n\u2600-\u27bf\U0001f300-\U0001faff]+")


_DANGLING = frozenset(
    "and but or so then that which as to of the a an it this these those with for by in on at also too "
    "ve ama fakat ancak ki da de bu su şu o bunu sunu şunu onu zaten yani hatta ayrica ayrıca cunku çünkü "
    "konuda konusunda hakkinda hakkında icin için gibi kadar ile size sana sizi seni onu aslinda aslında "
    "actually honestly".split()
)


def _fragments(text: str) -> set[str]:
    """Clauses of one or two words that are only connectives, pronouns or postpositions: what a
    deletion leaves behind ("bu konuda.", "zaten 🙂", "and that")."""
    found = set()
    for m in _CLAUSE.finditer(text):
        words = [w.lower() for w in _WORD.findall(m.group())]
        if 1 <= len(words) <= 2 and all(w in _DANGLING for w in words):
            found.add(" ".join(words))
    return found


def decision_in(text: str, lang: str) -> bool:
    """Whether ``text`` states a decision (declined, closed, final, reddedildi …)."""
    lang = lang if lang in _DECISION else "en"
    return bool(_DECISION[lang].search(fold(text, lang)))


@lru_cache(maxsize=4096)
def _facts(text: str, lang: str) -> Counter[str]:
    """Numbers, URLs, e-mail addresses, codes, names, month and weekday words of ``text``."""
    found: Counter[str] = Counter()
    for rx in (_URL, _EMAIL):
        found.update(m.group().rstrip(".,;:!?)") for m in rx.finditer(text))
    # (a URL's sentence-ending stop stays: "… at example.co.uk/new. It's …" still opens a sentence with "It's")
    bare = _EMAIL.sub(" ", _URL.sub(lambda m: " " + m.group()[len(m.group().rstrip(".!?")):], text))
    found.update(m.group().rstrip(".,") for m in _NUMBER.finditer(bare))
    found.update(m.group() for m in _CODE.finditer(bare) if not m.group().isdigit())
    found.update(_MONTHS_DAYS[lang].findall(fold(bare, lang)))
    found.update(_names(bare))
    return found


_LEAD = re.compile(r"[^\w.!?:;,\n–—•*…>-]+$")


def _names(text: str) -> list[str]:
    """Capitalised words that don't start a sentence: names of people, places, products."""
    names = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not word[:1].isupper() or word in ("I", "I'm", "I'll", "I've", "I'd"):
            continue
        if text[max(0, m.start() - 2):m.start()].strip()[-1:] in ("^", "*"):
            continue  # the agent's initials ("^SO", "*RD") stay where they are, wherever a sentence ends
        if ends_with_emoji(text[max(0, m.start() - 8):m.start()].rstrip()):
            continue  # a chat sentence closed by an emoji: "… bu kadar basit 😊 Kısaca özetleyeyim"
        before = _LEAD.sub("", text[max(0, m.start() - 24):m.start()])  # past spaces, quotes, emoji and markup
        if not before and m.start() > 24:
            before = _LEAD.sub("", text[max(0, m.start() - 240):m.start()])  # a run of markup or emoji: look further back
        if not before or before[-1] in ".!?:\n–—-•*…>":
            continue  # a sentence start: capitalised anyway
        names.append(word.split("'")[0].split("’")[0])
    return names


@lru_cache(maxsize=8192)
def _count(rx: re.Pattern[str], text: str, lang: str) -> Counter[str]:
    found = (m.group() for m in rx.finditer(fold(text, lang)))
    if lang == "tr":  # "tekrarlamamasını (bekliyoruz)" says what "tekrarlamaz" says
        found = (_TR_NOMINAL_NEGATIVE.sub(r"\1z", word) for word in found)
    return Counter(found)


_TR_NOMINAL_NEGATIVE = re.compile(r"(?<=[ae]m)([ae])m[ae]s[ıi]\w*$")


class _Surface(NamedTuple):
    """What the gate counts in one text, apart from its facts (a text is often gated many times)."""

    fragments: frozenset[str]
    doubled: int
    orphan_clauses: int
    orphan_to: int
    glued: int
    lower_starts: int


def _doubled(folded: str) -> int:
    """How many word pairs say one word twice ("our our", "kodu kodu", "kayıt kaydı"): two words that share most of
    the shorter one's letters, not a short start ("bildirip biletlerinizi") nor a function word before a word it
    begins ("SMS ile ileteceğimizi")."""
    count = 0
    for found in _DOUBLED.finditer(folded):
        first, second = found.group().split(None, 1)
        if first in _FUNCTION_WORDS and first != second:
            continue
        shared = len(found.group(1))
        while shared < min(len(first), len(second)) and first[shared] == second[shared]:
            shared += 1
        if shared >= 0.6 * min(len(first), len(second)):
            count += 1
    return count


_FUNCTION_WORDS = frozenset(("ile", "ise", "ama", "icin", "gibi", "the", "and", "for", "but", "not", "our", "you", "can", "all",
                             "any", "one", "out", "off", "per", "his", "her", "was", "are"))


@lru_cache(maxsize=256)  # one draft's gate checks ask again and again; across drafts they rarely do
def _surface(text: str, lang: str) -> _Surface:
    fragments = _fragments(text) | (_one_word_sentences(text) if lang == "en" else set())
    return _Surface(frozenset(fragments), _doubled(fold(text, lang)), len(_ORPHAN_CLAUSE.findall(text)),
                    len(_ORPHAN_TO.findall(text)), len(_GLUED.findall(text)), len(_LOWER_START.findall(text)))


def _joined_words(before: str, after: str) -> bool:
    """Whether ``after`` has a word the draft never had that is two of the draft's words run together (a deletion
    that took the space with it: "tıklıyorsunuz, o kadar basit" → "tıklıyorsunuzbasit")."""
    low = before.lower()
    had = set(re.findall(r"\w+", low))
    for word in set(re.findall(r"\w{8,}", after.lower())) - had:
        for i in range(4, len(word) - 3):
            head, tail = word[:i], word[i:]
            # (both words of the draft, the second shortly after the first: not "up" + "date", not "hata" + "dan")
            if head in had and tail in had and re.search(rf"\b{re.escape(head)}\b.{{0,40}}?\b{re.escape(tail)}\b", low):
                return True
    return False


def problems(
    before: str,
    after: str,
    lang: str,
    *,
    removable: Iterable[str] = (),
    added_update: str = "",
    polarity_may_change: bool = False,
    exempt: tuple[str, str] = ("", ""),
    replaced_dates: Iterable[str] = (),
) -> list[str]:
    """What ``after`` (a rewrite of ``before``) lost, flipped or invented; empty when it is safe.

    ``removable`` are the flagged jargon terms whose words may go (the rewrite
    explains them); ``added_update`` is the one next-update sentence or phrase the
    rewrite may add (its date and commitment are allowed); ``polarity_may_change``
    lets a refusal become its condition; ``replaced_dates`` are flagged dates the rewrite
    replaces with realistic ones; ``exempt`` is a (flagged words, their
    replacement) pair whose decision, requirement and negation words don't count
    (the judging phrase "it's not rocket science" may go with its "not").
    """
    lang = lang if lang in _DECISION else "en"
    if before == after:
        return []
    found: list[str] = []
    allowed: Counter[str] = Counter()
    for term in removable:
        # "x ": a term's capitals are not a sentence start; its numbers always stay ("tier 2", "100%")
        allowed.update({k: v for k, v in _facts(f"x {term}", lang).items() if not any(c.isdigit() for c in k)})
    for term in replaced_dates:  # a promised day that can't be kept is replaced by a realistic one
        allowed.update(_facts(f"x {term}", lang))
    kept = _facts(after, lang)
    lost = _facts(before, lang) - allowed - kept
    # a name that now opens a sentence ("[As I said,] RMA …") is still there
    lost = Counter({k: v for k, v in lost.items() if not (k[:1].isupper() and re.search(rf"\b{re.escape(k)}\b", after))})
    if lost:
        found.append("lost " + ", ".join(sorted(lost)))
    # ("x ": the added text's first word may stand inside a sentence of the rewrite: "Kaan Bey, Perşembe (5 Kasım) …")
    new = kept - _facts(before, lang) - _facts(f"x {added_update}", lang)
    # a name that opened the draft's sentence and now stands inside one is not new
    new = Counter({k: v for k, v in new.items() if not (k[:1].isupper() and re.search(rf"\b{re.escape(k)}\b", before))})
    if new:
        found.append("added " + ", ".join(sorted(new)))
    gone, written = exempt
    written = f"{written} {added_update}"  # what the added update says counts neither way
    for kind, table in (("decision", _DECISION), ("requirement", _REQUIREMENT)):
        missing = (_count(table[lang], before, lang) - _count(table[lang], gone, lang)) - (
            _count(table[lang], after, lang) - _count(table[lang], written, lang))
        if kind == "decision" and polarity_may_change:
            missing = Counter({k: v for k, v in missing.items() if not _is_refusal_verb(k, lang)})
        if kind == "requirement" and polarity_may_change:
            # the condition is now led by "as soon as we have" / "once": the count must hold
            if sum(_count(table[lang], after, lang).values()) >= sum(_count(table[lang], before, lang).values()):
                missing = Counter()
        if kind == "requirement" and sum(_count(table[lang], after, lang).values()) - sum(
                _count(table[lang], written, lang).values()) >= sum(_count(table[lang], before, lang).values()) - sum(
                _count(table[lang], gone, lang).values()):
            missing = Counter()  # "you'll have to" → "please": still asked of the customer
        if missing:
            found.append(f"{kind} lost: " + ", ".join(sorted(missing)))
    if not polarity_may_change:
        def negations(text: str, own: str) -> int:
            return sum(_count(_NEGATION[lang], text, lang).values()) - sum(_count(_NEGATION[lang], own, lang).values())

        if negations(after, written) != negations(before, gone):
            found.append("negation changed")
    shape_before, shape_after = _surface(before, lang), _surface(after, lang)
    if shape_after.fragments - shape_before.fragments:
        found.append("fragment left: " + ", ".join(sorted(shape_after.fragments - shape_before.fragments)))
    doubled = shape_after.doubled - shape_before.doubled
    if doubled > 0:
        found.append("doubled word")
    if lang == "en" and shape_after.orphan_clauses > shape_before.orphan_clauses:
        found.append("fragment left: subordinate clause")  # "[That is against our policy] once a payment …" → "Once a payment …."
    if lang == "en" and shape_after.orphan_to > shape_before.orphan_to:
        found.append("fragment left: to")  # "Hi Nadia, [it's against our policy] to hold a table …"
    if shape_after.glued > shape_before.glued or len(_HYPHEN_LEFT.findall(after)) > len(_HYPHEN_LEFT.findall(before)) \
            or _joined_words(before, after):
        # an insertion at a wrong offset ("sizinle i7 Aralık … letişime"), or a deletion that ended inside a
        # hyphenated word ("Hi Mr Dawson, -and-tear item.")
        found.append("word cut")
    if shape_after.lower_starts > shape_before.lower_starts:
        found.append("lower-case sentence start")  # an edit in the wrong sentence ("… 4410. yarın sabah …")
    invented = _count(_COMMITMENT[lang], after, lang) - _count(_COMMITMENT[lang], before, lang)
    invented -= _count(_COMMITMENT[lang], added_update, lang)
    invented = +invented
    folded_before = fold(before, lang)
    refused = sum(1 for m in _DECISION[lang].finditer(folded_before) if _is_refusal_verb(m.group(), lang))
    if lang == "en":
        # "we won't be able to confirm … until …", else "we won't treat Bramble until …"
        refused += len(_WONT_BE_ABLE.findall(folded_before)) or len(_WE_WONT.findall(folded_before))
    if polarity_may_change and sum(invented.values()) <= refused:
        invented = Counter()  # the refused verb, now said as what we'll do once the condition is met
    if invented:
        found.append("invented " + ", ".join(sorted(invented)))
    return found


def _is_refusal_verb(word: str, lang: str) -> bool:
    if lang == "en":
        return word in ("can't", "cannot", "can not", "unable", "not able", "won't", "will not", "not in a position",
                        "not possible", "isn't possible", "aren't possible", "wasn't possible", "impossible") or word.startswith(
            ("nothing", "no way")) or word.endswith("n't able")
    return bool(re.fullmatch(r"\w+[ae]m(?:[ae]z|[ıiuü]yor|[ae]d[ıi]|[ae]m[ıi]s|[ae]y[ıi]z|[ae]m)\w*", word))


def refusal_in(text: str, lang: str) -> bool:
    """Whether ``text`` says that something can't or won't be done."""
    lang = lang if lang in _DECISION else "en"
    folded = fold(text, lang)
    return any(_is_refusal_verb(m.group(), lang) for m in _DECISION[lang].finditer(folded)) or (
        lang == "en" and bool(_WONT_BE_ABLE.search(folded)))


def _one_word_sentences(text: str) -> set[str]:
    """English sentences of one word ("[It's all in the joining instructions if you'd read them,] page 2." → "Page 2.");
    whole sentences only, as a window of the reply may cut its first and last ones (a Turkish verb alone is a
    sentence, "İnceliyoruz.", so Turkish has none)."""
    pieces = [p.strip() for p in _SENTENCE_SPLIT.split(text)]
    return {p for i, p in enumerate(pieces) if len(_ALPHA_WORD.findall(p)) == 1 and re.search(r"[.!?…]\W*$", p)
            and (i > 0 or p[:1].isupper())}


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
_ALPHA_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WE_WONT = re.compile(r"\b(?:we|i) (?:won't|will not)\b")
_WONT_BE_ABLE = re.compile(r"\b(?:won't|will not|wouldn't|would not) be (?:able|possible)\b")
