"""Promises across time: commitments in earlier messages and in the draft, checked against ``now``.

Two check types live here, both fed by rule packs (the regexes are data):

* ``thread`` — an earlier agent message committed to something by a time
  that has passed at ``now``, no later agent message followed up, and the draft
  neither delivers it nor acknowledges the miss; or the customer says a promise
  was broken and the draft ignores it.
* ``deadline`` — the draft itself commits to a human action by a time that
  has already passed at ``now`` or falls outside the team's working time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from . import open_jargon, turkish
from .business_calendar import BusinessCalendar
from .folding import fold, fold_keep_length
from .models import Message
from .rulepack import Rule
from .timeexpr import TimeExpression, find_times
from .rewrite import _PROPER_WORD, lower_first, upper_first
from .safety import decision_in, refusal_in
from .transforms import names_a_day, own_contact
from .timeframe import format_day, without_wrong_weekdays

_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)")  # "£38.50" does not end a sentence
# A greeting, with a title's full stop ("Dear Ms. Ibrahim,") kept inside it; a thank-you that
# opens the reply ("Thanks for checking in, Mr. Ito.") is part of the opening too.
_TITLE_DOT = r"(?<=\bmr)\.|(?<=\bms)\.|(?<=\bdr)\.|(?<=\bmrs)\.|(?<=\bprof)\.|(?<=\bsn)\."
_GREETING = re.compile(
    r"^\s*(?:(?:hi|hello|hey|dear|(?:good )?(?:morning|afternoon|evening)|merhaba|selamlar|selam|sayin|iyi gunler|iyi aksamlar|gunaydin)\b"
    rf"(?:[^,\n.!?]|{_TITLE_DOT}){{0,40}}[,!.]?[ \t]*\n*[ \t]*"
    # a Turkish name with its title opens the reply on its own: "Gül Hanım, …" (folded: "gul hanim,")
    r"|\w+(?: \w+)? (?:hanim|bey)(?: (?:merhaba|selam|gunaydin|iyi gunler))?[,!][ \t]*\n*[ \t]*"  # "Fatih Bey merhaba,"
    r"|\w+[ \t]+[–—][ \t]+)?"  # a name and a dash: "Helen – report's with the surveyor"
    rf"(?:(?:thanks|thank you|many thanks|tesekkur\w*)\b(?:[^\n.!?]|{_TITLE_DOT}){{0,60}}[.!][ \t]*\n*[ \t]*)?"
)


_DETAILS = {
    "en": {
        "missed": "Message {n} (agent, {at}) promised “{quote}” by {deadline}; that has passed and the draft does not say so.",
        "claim": "Message {n} (customer{when}) says a promise was broken: “{quote}”.",
        "passed": "“{text}” ({when}) has already passed.",
        "holiday": "“{text}” ({when}) is a public holiday ({holiday}); nobody will be at work.",
        "closed": "“{text}” ({when}) is not a working day.",
        "hours": "“{text}” ({when}) is outside working hours ({hours}).",
    },
    "tr": {
        "missed": "{n}. mesaj (temsilci, {at}) “{quote}” diyerek {deadline} için söz vermiş; bu zaman geçti ve taslak bundan söz etmiyor.",
        "claim": "{n}. mesajda (müşteri{when}) bir sözün tutulmadığı söyleniyor: “{quote}”.",
        "passed": "“{text}” ({when}) çoktan geçti.",
        "holiday": "“{text}” ({when}) resmî tatil ({holiday}); kimse işte olmayacak.",
        "closed": "“{text}” ({when}) iş günü değil.",
        "hours": "“{text}” ({when}) çalışma saatleri ({hours}) dışında.",
    },
}


def _say(lang: str, key: str, **values: object) -> str:
    """A detail sentence in the draft's language (English when there is none)."""
    return _DETAILS.get(lang, _DETAILS["en"])[key].format(**values)


@dataclass(frozen=True)
class Commitment:
    """A promise with a deadline, made in thread message ``index`` (0-based)."""

    index: int
    at: datetime
    quote: str
    deadline: datetime
    has_clock: bool


@dataclass(frozen=True)
class PromiseHit:
    """A finding of a promise check: where, the edit, and what to tell the agent."""

    rule: Rule
    start: int
    end: int
    edit_start: int
    edit_end: int
    replacement: str
    detail: str


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _any(patterns: list[str], folded: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = re.search(pattern, folded)
        if found:
            return found
    return None


# the step an agent promised, in their own words: "I'll [email you the visit slot by Monday 30 November]."
_EN_PROMISED_STEP = re.compile(
    r"(?i)\b(?:i|we)(?:'ll|’ll| will)\s+(?P<step>[a-z](?:[^.!?;]|(?<=\d)\.(?=\d)){4,120}?)\s*(?:[.!?;](?!\d)|$)")  # "£89.99" stays whole
# words whose day depends on when they were said: repeated later they would name the wrong day
_RELATIVE_DAY = re.compile(r"(?i)\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week)|later"
                           r"|within|in \d+|in an? (?:hour|day|week)|next|end of (?:the )?day|eod|asap|soon"
                           r"|this (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


# a date written out ("2 Aralık", "6 Mart Çarşamba"): safe to name again, unlike "yarın" or "sabah"
_TR_DATED = re.compile(r"\b\d{1,2} (?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)")


_CLOCK_WRITTEN = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\bsaat \d|\b\d{1,2}\s*(?:am|pm)\b")


def missed_promise(missed: Commitment, lang: str) -> str | None:
    """What a missed thread promise was, said again for the apology's ``{missed}``: the English
    step in the agent's own words, the Turkish day when the thread wrote it out and it resolves to
    that day; ``None`` when it can't be said again as it was."""
    if lang == "tr":
        written = (m.group().split() for m in _TR_DATED.finditer(fold(missed.quote, lang)))
        relative = re.search(r"\b(?:yarin|bugun)\b", fold(missed.quote, lang)) and \
            (missed.deadline.date() - missed.at.date()).days == (1 if "yarin" in fold(missed.quote, lang) else 0)
        if fold(format_day(missed.deadline, lang), lang).split()[:2] not in written and not relative:
            return None
        # a clock only when the thread wrote one: "Salı akşamına kadar" resolves to 21:00, which it never said
        clock = missed.has_clock and _CLOCK_WRITTEN.search(fold(missed.quote, lang)) is not None
        return describe(missed.deadline, clock, lang, missed.quote) + ("" if clock else " günü")
    return missed_step(missed.quote, lang)


# a future said in an agent message (folded)
_FUTURE_SAID = {"en": re.compile(r"\bwill\b|'ll\b|’ll\b|\bgoing to\b"),
                "tr": re.compile(r"\w+(?:[ae]c[ae]k|[ae]c[ae][gğ])\w*")}
# the draft says the promised step is under way (folded)
_UNDER_WAY = {"en": re.compile(r"\btakes? \d+(?:\s?[–-]\s?\d+)? (?:working |business )?days to (?:appear|show|arrive|clear)\b"
                               r"|\b(?:is|are) on (?:its|their) way\b|\bhas been (?:sent|issued|processed)\b"
                               # a parcel traced with its carrier: it went out ("We're checking with the courier")
                               r"|\b(?:checking|chasing|looking into it) with (?:the|our) (?:courier|carrier|post office|delivery (?:company|partner))\b"
                               # the post named as slow: it went out ("Royal Mail can be a bit slow at this time of year")
                               r"|\b(?:royal mail|the post|the courier|the postal service)\b[^.!?]{0,30}\b(?:slow|delayed|behind|backed up)\b"),
              "tr": re.compile(r"\b\d+(?:\s?[–-]\s?\d+)? is gunu icinde (?:hesabiniza |kartiniza )?(?:yansi|gec)\w*"
                               r"|\byola cikti\b|\bgonderildi\b")}
def _under_way(folded_draft: str, folded_promise: str, lang: str) -> bool:
    """Whether the draft says the promised step itself is under way: its sentence that says so shares a word with the
    promise ("refund … takes 3–5 days to appear"), not another item sent ("garanti belgeniz gönderildi" after a key
    promised to be replaced)."""
    stems = {w[:5] for w in re.findall(r"\w{5,}", folded_promise)}
    for found in _UNDER_WAY[lang].finditer(folded_draft):
        start = max(folded_draft.rfind(mark, 0, found.start()) for mark in ".!?\n") + 1
        ends = [i for i in (folded_draft.find(mark, found.end()) for mark in ".!?\n") if i >= 0]
        sentence = folded_draft[start:min(ends) if ends else len(folded_draft)]
        if stems & {w[:5] for w in re.findall(r"\w{5,}", sentence)}:
            return True
        if re.search(r"\b(?:slow|delayed|behind|backed up)\b", found.group()) and re.search(r"\b(?:post|send|ship|mail|dispatch)\w*",
                                                                                     folded_promise):
            return True  # the post named as slow, for a promise to post: "Royal Mail can be a bit slow …"
    return False


# a promised phone call ("a technician will call you", "sizi arayıp", "arayacağım")
# a call offered in other words: "I'll give you a ring"
_GIVE_A_CALL = r"\bgive you a (?:ring|call|bell)\b"
_CALL = {"en": re.compile(r"(?i)\b(?:call|ring|phone)(?:s)? you\b|" + _GIVE_A_CALL),
         "tr": re.compile(r"\b(?:sizi |seni )?ara(?:yip|yacag\w*|yacak\w*|rim|riz)\b")}
# a call promised for a day said relatively ("tomorrow morning", "yarın sabah"), folded
_RELATIVE_CALL_DAY = {"en": re.compile(r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))\b"),
                      "tr": re.compile(r"\b(?:bugun|yarin|bu sabah|bu ogleden sonra)\b")}


def _day_written(missed: Commitment, lang: str, quote: str | None = None) -> bool:
    """Whether the missed promise's words (or ``quote``, folded words of them) write its day out ("by Tuesday
    24 November", "24 Kasım'a kadar")."""
    quote = fold(missed.quote, lang) if quote is None else quote
    day, month = missed.deadline.day, missed.deadline.strftime("%B").lower()
    if lang == "en":
        # (or its weekday with the day's ordinal, "on Friday 13th", for a step of ours: a visit or a booking missed is
        # no "deadline we gave you")
        weekday = missed.deadline.strftime("%A").lower()
        ordinal = "" if _VISIT_PROMISED[lang].search(quote) or re.search(r"\b(?:booked|come back|be with you)\b", quote) else \
            rf"|{weekday} (?:the )?{day}(?:st|nd|rd|th)\b"
        return bool(re.search(rf"(?i)\b(?:{day}(?:st|nd|rd|th)? (?:of )?{month}|{month} {day}\b{ordinal})", quote))
    return fold(format_day(missed.deadline, lang), lang).split()[:2] in (m.group().split() for m in _TR_DATED.finditer(quote))


def called_on(missed: Commitment, lang: str, now: datetime | None = None) -> str | None:
    """The day (and clock, when written) of a missed promise to call, as the thread wrote it out
    ("Wednesday 2 December", "2 Aralık Çarşamba 15:00'te"); ``None`` for any other promise, or when
    the thread's words don't name the day."""
    # the call and its day in one clause ("2 Aralık Çarşamba günü sizi arayıp …"), not a call beside the promise
    # that was missed ("30 Kasım akşamına kadar teslim edilecek, teslimattan önce sizi arayacağım")
    # (nor the day of another step joined by "and": "we'll deliver Friday morning and I'll ring you on Thursday")
    clauses = [c for c in re.split(r"[,;.!?](?!\d)|\band\b|\bve\b", fold(missed.quote, lang))
               if lang in _CALL and _CALL[lang].search(c)]
    if not clauses:
        return None
    quote = " ".join(clauses)
    written = _day_written(missed, lang, quote)
    relative = _RELATIVE_CALL_DAY.get(lang)
    if not written and now is not None and relative is not None and relative.search(quote):
        # "I'll ring you tomorrow morning" said yesterday: "this morning" / "yesterday", from when it was due
        days = (now.date() - missed.deadline.date()).days
        morning = missed.deadline.hour <= 12
        if days == 0:
            return ("bu sabah" if morning else "bugün") if lang == "tr" else ("this morning" if morning else "today")
        if days == 1:
            if missed.deadline.hour >= 17 and re.search(r"\b(?:tonight|this evening|bu aksam|bu gece)\b", quote):
                # "I'll call you in your cabin tonight", read the morning after
                return "dün akşam" if lang == "tr" else "last night"
            return "dün" if lang == "tr" else "yesterday"
        if days > 1 and (missed.deadline.date() - missed.at.date()).days in (0, 1) and (
                lang != "tr" or re.search(r"\b(?:sizi|seni)\s+(?:\w+\s+)?ara", quote)):  # (not "kargo firmasını arayıp")
            # "I'll call you tomorrow morning" written on Thursday 12 November, read on the Monday after: the day it
            # meant, from when it was written ("on Friday 13 November"), without a clock the thread never gave
            said = describe(missed.deadline, False, lang)
            return said + " günü" if lang == "tr" else "on " + said
        return None
    weekday = _weekday_name(missed.deadline, lang)
    if not written and lang == "en" and 0 < (missed.deadline.date() - missed.at.date()).days < 7 \
            and re.search(rf"\b(?:on |by )?{weekday.lower()}\b", quote):
        # "I'll get Coach Rivera to ring you on Friday", said on Thursday 5 November: the Friday it meant
        return "on " + describe(missed.deadline, False, lang)
    if not written:
        return None
    clock = missed.has_clock and _CLOCK_WRITTEN.search(quote) is not None
    if lang == "tr":
        said = describe(missed.deadline, clock, lang, missed.quote)
        return turkish.locative(said) if clock else said + " günü"
    return "on " + describe(missed.deadline, clock, lang, missed.quote)


# a Turkish promise sentence: an opener, then the step, ending on our future verb ("… kartınıza geri yükleyeceğiz.")
_TR_OPENER = re.compile(r"(?i)^\s*(?:(?:tabii(?: ki)?|tabi(?: ki)?|elbette|tamam(?:dır)?|peki|merhaba|selam|rica ederiz)\s*[,!.]?\s*"
                        r"|[A-ZÇĞİÖŞÜ][a-zçğıöşü]+ (?:Hanım|Bey)(?: merhaba| selam)?\s*,\s*)+")
# a sending verb, which needs its thing said ("… e-postanıza göndereceğim")
_TR_SENDING = re.compile(r"\b(?:gonder|yolla|kargola)\w*\W*$|\bkargoya (?:verecek|verecegi)\w*\W*$")
# a word in the accusative, the clause's own object ("stok durumunu", "faturanızı"; not "Cuma günü", "akşamı")
_TR_OBJECT = re.compile(r"\b(?!(?:gunu|aksami|sabahi|oglesi)\b)\w+(?:n[iu]|y[iu]|[iu]z[iu]|[iu]m[iu])\b")
_TR_DAY_FIRST = re.compile(r"(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar|yarin|bugun|\d{1,2} \w+)\b")
_TR_WEEKDAY = re.compile(r"\b(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar)\b")
_TR_OUR_FUTURE_END = re.compile(r"(?P<stem>\w+?)(?P<v>[ae])c(?P<v2>[ae])(?:ğ|g)(?P<i>[ıi])(?:z|m)\s*[.!]*\s*$")
_TR_STEP_BLOCKERS = re.compile(r"(?i)\b(?:ama|fakat|ancak|eğer|eger|yarın|yarin|bugün|bugun|belki|umarım|umarim|en geç|en gec"
                               # a day said relative to when it was written: "bu hafta cuma" would now be another Friday
                               r"|bu hafta|haftaya|gelecek hafta|önümüzdeki hafta|onumuzdeki hafta|bu akşam|bu aksam|bu sabah)\b"
                               r"|\w+s[ae]k\b|\w+[rzy]s[ae]\b|\?|\w+[dt][ıiuü][ğg][ıiuü]nd[ae]\b|\w+[ıiuü]nc[ae]\b")


# our own people's future step: "ekibimiz gelip dalları toplayacak", "ustamız … bırakacak"
_TR_THEIR_FUTURE_END = re.compile(r"(?P<stem>\w+?)(?P<v>[ae])c(?P<v2>[ae])k(?:t[ıi]r)?\s*[.!]*\s*$")
_TR_OUR_PEOPLE = re.compile(r"(?i)\b(?:ekib|ekip|usta|teknisyen|kurye|şoför|sofor|personel|montaj ekib|servis ekib|kargo ekib)"
                            r"\w*?(?:[ıi]?m[ıi]z|[uü]?m[uü]z)(?!\w)")


def _their_step_tr(sentences: list[str]) -> str | None:
    """``said_again_tr`` for a step our own people were to take: "17 Kasım Salı öğlene kadar ekibimiz gelip dalları
    toplayacak" → "17 Kasım Salı öğlene kadar ekibimizin gelip dalları toplayacağını" (the subject in the genitive,
    the verb nominalised); ``None`` unless exactly one short clause says it and names its day."""
    found = []
    for sentence in sentences:
        for clause in re.split(r"\s*(?:[;,]|:(?!\d))\s*", _TR_OPENER.sub("", sentence)):
            folded = fold(clause, "tr")
            if _TR_THEIR_FUTURE_END.search(clause) and _TR_OUR_PEOPLE.search(clause) \
                    and (_TR_DATED.search(folded) or _TR_WEEKDAY.search(folded)):
                found.append(clause)
    if len(found) != 1 or _TR_STEP_BLOCKERS.search(found[0]) or len(found[0].split()) > 16:
        return None
    clause = found[0]
    people = [m for m in _TR_OUR_PEOPLE.finditer(clause)]
    verb = _TR_THEIR_FUTURE_END.search(clause)
    if len(people) != 1 or verb is None or len(verb.group("stem")) < 2:
        return None
    who = people[0]
    if re.match(r"\s+(?!(?:Pazartesi|Salı|Sali|Çarşamba|Carsamba|Perşembe|Persembe|Cuma|Cumartesi|Pazar)\b)[A-ZÇĞİÖŞÜ]",
                clause[who.end():]):
        return None  # "teknisyenimiz Emre Bey …": the genitive would go on the name, after it
    i = "ı" if verb.group("v2") == "a" else "i"
    nominal = f"{verb.group('stem')}{verb.group('v')}c{verb.group('v2')}ğ{i}n{i}"
    genitive = who.group() + {"i": "in", "ı": "ın", "u": "un", "ü": "ün"}[who.group()[-2]]
    said = clause[:who.start()] + genitive + clause[who.end():verb.start()] + nominal
    return lower_first(said, "tr") if said[:1].isupper() and who.start() == 0 else said


def said_again_tr(quote: str) -> str | None:
    """The Turkish thread promise said again as what we had said, for the apology: "İade tutarını 12 Kasım
    Perşembe akşamına kadar kartınıza geri yükleyeceğiz." → "iade tutarını 12 Kasım Perşembe akşamına kadar
    kartınıza geri yükleyeceğimizi"; ``None`` unless one short sentence ends on our own future verb and names
    its day (a relative one, "yarın", would now be wrong)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", quote) if s.strip()]
    # the clauses of the promise itself ("[kargo firmasında araştırma başlattım,] sonucu … bildireceğim"; "650 TL'yi
    # 20 Kasım'a kadar kartınıza iade edeceğiz[; iade yapılınca size bilgi vereceğim]")
    # (a later clause that opens on its day took its object from the clause before: "sözleşmeniz hazırlanıyor; Cuma
    # günü … e-postanıza göndereceğim" names no thing)
    clauses: list[tuple[str, str]] = []  # (clause, folded)
    for sentence in sentences:
        for n, clause in enumerate(re.split(r"\s*(?:[;,]|:(?!\d))\s*", _TR_OPENER.sub("", sentence))):
            if not _TR_OUR_FUTURE_END.search(clause):
                continue
            folded = fold(clause, "tr")
            if n and _TR_DAY_FIRST.match(folded) and _TR_SENDING.search(folded) and not _TR_OBJECT.search(folded):
                continue
            clauses.append((clause, folded))
    # the one that names its day, as a date or a weekday said as the thread said it ("perşembe akşamı … bırakacağım")
    dated = [c for c, folded in clauses if _TR_DATED.search(folded) or _TR_WEEKDAY.search(folded)]
    if not clauses:
        return _their_step_tr(sentences)
    if len(dated) != 1:
        return None
    sentence = dated[0]
    if _TR_STEP_BLOCKERS.search(sentence) or len(sentence.split()) > 16:
        return None
    verb = _TR_OUR_FUTURE_END.search(sentence)
    if verb is None or len(verb.group("stem")) < 2 or verb.group("stem").lower().startswith(("söyle", "soyle")):
        return None  # ("… söyleyeceğimizi söylemiştik" would say the same verb twice)
    # "… iadesini başlatacağım ve dekontu size ileteceğim": the first step joins the second as "başlatıp"
    head = re.sub(r"\b(\w+?)[ae]c[ae][gğ][ıi](?:m|z)\s+ve\s+",
                  lambda m: turkish.suffix(m.group(1), "(y)Ip", proper=False) + " ", sentence[:verb.start()])
    if re.search(r"\w+[ae]c[ae][gğ][ıi](?:m|z)\b", head):
        return None  # another future verb left beside the last one: only the last would be nominalised
    sentence = head + sentence[verb.start():]
    verb = _TR_OUR_FUTURE_END.search(sentence)
    assert verb is not None
    i = verb.group("i")
    nominal = f"{verb.group('stem')}{verb.group('v')}c{verb.group('v2')}ğ{i}m{i}z{i}"
    clause = sentence[:verb.start()] + nominal
    words = clause.split()
    first = words[0]
    # (a name of two words keeps its capital: "Sega Mega Drive'ınızı")
    if first[:1].isupper() and not re.search(r"['’]", first) and not first.isupper() \
            and not (len(words) > 1 and words[1][:1].isupper() and not _PROPER_WORD.match(words[1])) \
            and open_jargon.zipf(turkish.lower(first), "tr") >= 3.0:
        clause = lower_first(clause, "tr")  # (a common word; a name, a weekday or a month keeps its capital)
    return clause


def missed_step(quote: str, lang: str) -> str | None:
    """The promised step of an English thread promise, to be named in the apology ("email you the
    visit slot by Monday 30 November"); ``None`` when it can't be said again as it was."""
    if lang != "en":
        return None
    found = _EN_PROMISED_STEP.search(quote)
    if not found:
        return None
    step = found.group("step").strip()
    # a second clause with its own subject is not the step: "process your refund today [and you'll see it in 3 to 5
    # working days]"
    step = re.split(r"(?i),?\s+and\s+(?=(?:you|it|they|we|i|that|this)(?:'ll|’ll|'d| will| should)\b)", step, maxsplit=1)[0]
    step = re.sub(r"(?i),?\s+at the latest\b", "", step)  # "… by Wednesday 4 November at the latest" said again
    # "… by end of day Thursday 5 November", "by end of day Tuesday": the day says it
    step = re.sub(r"(?i)\bby (?:the )?(?:end of (?:the )?day|close of business|eod|cob),? (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
                  "by ", step)
    # "make sure a £7.99 credit is applied" said as missed: "get a £7.99 credit applied"
    step = re.sub(r"(?i)^make sure (?:that )?(.+?) (?:is|are|gets|get) (\w+ed)\b", r"get \1 \2", step)
    # "check with our accounts team and refund the duplicate": the step the customer waits for, not the checking
    # (or the asking around before it: "ring the lender and update you by Thursday")
    step = re.sub(r"(?i)^(?:check|speak|talk|liaise|confirm|chase (?:it|this)? ?up|chase|look into (?:it|this)|double-check"
                  r"|ask|ring|call|phone|contact)\b"
                  r"[^,]*? and (?=(?:send|email|e-mail|post|refund|ship|deliver|book|issue|credit|return|text|call|ring|arrange"
                  r"|replace|fix|cancel|reverse|update you|get back to you|come back to you)\b)", "", step)
    # its relative day goes (it named the day it was said on): "send you photos from Daisy's day [by 6 pm today]"
    timed = _RELATIVE_TAIL.search(step)
    concrete = False
    # (one plain step, nothing else to check; an amount is no time: "refund the £4.20 to your card")
    # (two steps the customer can check are one promise: "refund the duplicate payment and send you the confirmation")
    if timed and not re.search(r"\d|\band\b(?!\s+(?:send|email|e-mail|post|refund|ship|deliver|book|issue|credit|return|text"
                               r"|process)\b)", re.sub(r"[£$€]\s?\d[\d,.]*", "", step[:timed.start()])):
        step = step[:timed.start()].rstrip(" ,")
        concrete = _checkable(step)
    if not concrete and re.search(r"(?i)\b(?:by|on|before)\s+(?:(?:the )?(?:end of (?:the )?day|close of business|eod|cob),?\s+)?"
                                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|lunchtime|lunch|midday|noon))?"
                                  r"(?:\s*\(\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\))?$", step):
        # "email your personalised sleep plan by Wednesday evening": a step the customer can check, said again with
        # the weekday as the thread wrote it (no date is worked out from it)
        concrete = _checkable(step)
    if (len(step.split()) > 16 or _RELATIVE_DAY.search(step) or not (concrete or re.search(r"\d", step))
            or re.search(r",\s*(?:and|but|so)\b|\b(?:if|unless|once)\b", step, re.I)
            # a clause about "it" the apology can't show: "confirm it's done by Monday (16 Nov)"
            or re.search(r"(?i)^\w+(?: you)? (?:that )?it(?:'s|’s| is| has)\b", step)
            # a second clause after a dash or semicolon is not the step: "send … by courier – you'll have it by Friday"
            or re.search(r"\s[–—-]\s|;", step)):
        return None
    return step


# a promised outcome with its own subject, a thing of the customer's or ours: "your replacement card will be posted by
# Friday 6 November", "your scooter will be ready for collection on Saturday"
_EN_PROMISED_OUTCOME = re.compile(
    r"(?i)^(?P<subject>(?:your|the|our) (?:[a-z][\w'’-]*)(?: [a-z][\w'’-]*){0,3}?) (?:will|'ll|’ll) (?P<rest>[a-z][^.!?;]{4,120}?)\s*[.!]?\s*$")
# the outcome's day, as the thread wrote it: a date, or a weekday at its end ("… on Saturday")
_OUTCOME_DAY = re.compile(r"(?i)\b(?:by|on|before|from)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?:\s+\d{1,2}(?:st|nd|rd|th)?"
                          r"(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?)?"
                          r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)"
                          r"(?:\s+(?:morning|afternoon|evening|lunchtime|lunch|midday|noon))?$")


def missed_outcome(quote: str) -> str | None:
    """An English thread promise whose subject is the thing promised, said again for the apology's "our promise that
    {missed}": "your replacement card would be posted by Friday 6 November"; ``None`` unless it is one plain
    clause with a person-free subject that ends on the day the thread wrote out."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", quote) if s.strip()]
    for sentence in sentences:
        greeting = _GREETING.match(fold_keep_length(sentence, "en"))
        clause = sentence[greeting.end():] if greeting else sentence
        found = _EN_PROMISED_OUTCOME.match(clause)
        if not found:
            continue
        subject, rest = found.group("subject"), found.group("rest").strip()
        if (len((subject + " " + rest).split()) > 16 or _RELATIVE_DAY.search(rest) or not _OUTCOME_DAY.search(rest)
                or re.search(r"(?i)\b(?:if|unless|once|when|until|and|but|or|so|because|hopefully|probably|should)\b|[,–—:(]|\s-\s", rest)
                or re.search(r"(?i)\b(?:i|we|you|it|they|this|that|someone|somebody|one)\b", subject + " " + rest.split()[0])):
            return None
        return f"{subject[0].lower()}{subject[1:]} would {rest}"
    return None


# a relative time at a promised step's end ("… by 6 pm today", "… tomorrow morning")
_RELATIVE_TAIL = re.compile(r"(?i)\s+(?:(?:by|before|at|on|first thing)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)\s+)?"
                            r"(?:today|tonight|tomorrow(?: morning| afternoon| evening| lunchtime| lunch| midday| night)?"
                            r"|this (?:morning|afternoon|evening)"
                            r"|(?:the )?end of (?:the )?day(?: (?:today|tomorrow))?)"
                            # "… by tomorrow at noon", "… by end of day tomorrow (14 Nov)"
                            r"(?:\s+at\s+(?:noon|midday|\d{1,2}(?::\d{2})?\s*(?:am|pm)?))?(?:\s*\([^)]{1,20}\))?\s*$")
# a step the customer can check happened: something sent, paid, booked
_CONCRETE_STEP = re.compile(r"(?i)^(?:send|resend|email|e-mail|post|refund|ship|deliver|dispatch|book|issue|credit|return|text|process|add"
                            r"|reverse|cancel|update you|get back to you|come back to you|confirm(?=\s+(?!by\b|on\b|before\b|it\b|this\b|that\b)\w)"
                            # "have the revised quote in your inbox", "have the papers emailed to you"
                            r"|have\b(?=[^,]*\b(?:in your inbox|over to you|(?:emailed|posted|sent|couriered|delivered|refunded) (?:to|over|out)\b)))\b")


def _checkable(step: str) -> bool:
    """Whether a promised step names what was to happen plainly enough to say again: a concrete verb, no pronoun
    for a thing the apology can't show, at least three words."""
    return bool(_CONCRETE_STEP.match(step)) and not re.search(r"(?i)\b(?:it|them|this|that|these|those)\b", step) \
        and (len(step.split()) >= 3 or bool(re.fullmatch(r"(?i)(?:email|e-mail|text|update) you", step)))


def describe(moment: datetime, has_clock: bool, lang: str, said: str = "") -> str:
    """A deadline as people write it: ``Wednesday 6 March at 17:00`` / ``6 Mart Çarşamba 17:00``.  When the
    promise's own words (``said``) name another weekday for that date ("Thursday 27 November", a Friday), the
    day is said without one: correcting it would misquote what the customer was told."""
    day = format_day(moment, lang)
    if said and _other_weekday(said, moment, lang):
        day = " ".join(w for w in day.split() if w != _weekday_name(moment, lang))
    if not has_clock:
        return day
    return f"{day} {moment:%H:%M}" if lang == "tr" else f"{day} at {moment:%H:%M}"


def written_in(calendar: BusinessCalendar, at: datetime) -> BusinessCalendar:
    """The calendar in which a message's clock times are read: the team's zone when it set one, else the
    message's own UTC offset ("10:00-12:00 arasında" written at 09:05+03:00 means 12:00 in Istanbul, not UTC)."""
    offset = at.utcoffset() if at.tzinfo is not None else None
    if calendar.timezone != "UTC" or not offset or offset % timedelta(hours=1):
        return calendar
    hours = int(offset / timedelta(hours=1))
    key = (id(calendar), hours)
    cached = _WRITTEN_IN.get(key)
    if cached is None or cached[0] is not calendar:
        # (a new calendar, not model_copy: that would carry the cached zone over; built once per team calendar and
        # offset, so its holidays are loaded once too)
        cached = _WRITTEN_IN[key] = (calendar, BusinessCalendar(**{**calendar.model_dump(), "timezone": f"Etc/GMT{-hours:+d}"}))
        if len(_WRITTEN_IN) > 64:
            _WRITTEN_IN.pop(next(iter(_WRITTEN_IN)))
    return cached[1]


_WRITTEN_IN: dict[tuple[int, int], tuple[BusinessCalendar, BusinessCalendar]] = {}


def _weekday_name(moment: datetime, lang: str) -> str:
    """The weekday of ``moment`` as :func:`format_day` writes it."""
    return format_day(moment, lang).split()[-1 if lang == "tr" else 0]


_WEEKDAYS = {"en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
             "tr": ("pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar")}


def _other_weekday(said: str, moment: datetime, lang: str) -> bool:
    """Whether ``said`` names a weekday, next to ``moment``'s day of the month, that is not ``moment``'s."""
    names = _WEEKDAYS.get(lang)
    if names is None:
        return False
    folded = fold(said, lang)
    near = re.findall(rf"\b({'|'.join(names)})\b(?=\W+(?:the\s+)?{moment.day}\b)|(?<=\b{moment.day} )\w+ ({'|'.join(names)})\b",
                      folded)
    written = {w for pair in near for w in pair if w}
    return bool(written) and names[moment.weekday()] not in written


def commitments(rule: Rule, messages: list[Message], lang: str, calendar: BusinessCalendar) -> list[Commitment]:
    """Promises with a concrete deadline in the agent messages of a thread."""
    found = []
    for index, message in enumerate(messages):
        if message.role != "agent" or message.at is None:
            continue
        for start, end in _sentences(message.text):
            sentence = message.text[start:end]
            if not _any(rule.commitment, fold(sentence, lang)):
                continue
            times = [t for t in find_times(sentence, lang, message.at, written_in(calendar, message.at)) if t.kind == "deadline"]
            if times:
                # a date months away beside a near one is what the promise is about, not when it is due ("I'll call you
                # tomorrow to confirm whether the car is free for 14 February"): the near ones time it
                sent = calendar.localize(message.at)
                near = [t for t in times if t.deadline is not None and calendar.localize(t.deadline) - sent <= timedelta(days=30)]
                # a day and the clock times on it ("on Friday between 8 am and 12 pm"): the window's end is the deadline,
                # not the end of the day
                # (not a start, "after 3 pm", "18:00'den itibaren": the day is still the deadline then)
                clocked = {t.deadline.date() for t in near if t.has_clock and t.deadline is not None
                           and not _START_BEFORE.search(sentence[:t.start]) and not _START_AFTER.match(sentence[t.end:])}
                near = [t for t in near if t.has_clock or t.deadline is None or t.deadline.date() not in clocked]
                latest = max(near or times, key=lambda t: t.deadline)  # type: ignore[arg-type,return-value]
                assert latest.deadline is not None
                found.append(Commitment(index, calendar.localize(message.at), sentence, latest.deadline, latest.has_clock))
    return found


# an acknowledgement that is a delivery ("… e-postanıza gönderildi", "attached"): it keeps only the promise it is about
_DELIVERED = re.compile(r"gonderildi|gonderdim|islendi|yatirildi|aktarildi|yansitildi|iletildi|tanimlandi|yuklendi|\bekte|\bekinde"
                        r"|\bsent\b|attached|emailed"
                        # a step reported done: "your RMA has been approved" keeps no promised returns label
                        r"|\b(?:issued|processed|refunded|credited|delivered|dispatched|shipped|booked|rebooked|arranged"
                        r"|approved|fixed|resolved)\b|\b(?:went|gone) out\b")
# our own refusal, said flat (folded): "we can't refund …", "iade yapamıyoruz"
_OUR_FLAT_REFUSAL = {
    "en": re.compile(r"\b(?:we|i) (?:can't|cannot|can not|are unable to|am unable to|won't|will not|are not able to|don't|do not)"
                     r"\b(?! (?:speed|hurry|interfere|chase|change the date))"),
    # (not a step someone else owns, "ödeme tarihine müdahale edemiyoruz": the apology for our miss still fits)
    "tr": re.compile(r"\b(?!(?:karis|hizlandir))\w+(?:y?[ae]m[ıi]yoruz|y?[ae]m[ıi]yorum|y?[ae]m[ae]y[ıi]z|y?[ae]mam)\b"
                     r"(?<!mudahale edemiyoruz)(?<!mudahale edemeyiz)(?<!yardimci olamiyoruz)(?<!yardimci olamayiz)"),
}
# a refusal that lasts until something happens: not a reversal of the promise ("… until the report is signed off")
_CONDITIONED = {
    "en": re.compile(r"\b(?:until|till|without|unless|once|before|yet)\b"),
    "tr": re.compile(r"\w+m[ae]d[ae]n\b|\w+m[ae]d[ıi]k[çc][ae]\b|\w+(?:[ae]n[ae]|y[ae]n[ae]) kadar\b|\bhenuz\b|\bsimdilik\b"),
}
# a promised call (folded): "sizi telefonla arayıp durumu aktaracağım", "I'll call you to go through it"
_CALL_PROMISED = re.compile(r"\b(?:sizi|seni) (?:\w+ )?(?:arayip|arayacag|ararim|arariz)|\b(?:call|ring|phone) you\b|" + _GIVE_A_CALL)
# a customer saying a promised call or reply never came (English, folded)
_CALL_CLAIMED = re.compile(r"\b(?:call ?back|ring ?back|phone call|callback|call me|ring me|get back to me|hear back)\b"
                           r"|\b(?:nobody|no one|no-one) (?:has |ever )?(?:called|rang|phoned)\b")
# a visit the customer says did not happen ("nobody turned up", "the engineer never came")
_VISIT_CLAIMED = re.compile(r"\b(?:nobody|no one|no-one|never|didn't|did not|hasn't|has not)\s+(?:has\s+|ever\s+)?(?:turned up|turn up|came|come|showed up|show up|arrived|arrive)\b|\bno-?show\b")
# a promised visit or arrival, which may well have happened without a message in the thread (folded)
_VISIT_PROMISED = {"en": re.compile(r"\b(?:will|'ll) (?:visit|call round|pop round|come (?:out|round|over|to (?:you|your))|arrive)\b"
                                     r"|\b(?:will|'ll) be (?:with you|at your \w+|there) (?:on|between|at|from)\b"
                                     # a delivery to the door, which the customer would have chased had it not come
                                     r"|\b(?:will|'ll) (?:deliver|be delivered|drop (?:it|them) off)\b"),
                   "tr": re.compile(r"\b(?:gelecek|gelecektir|gelecekler|gelecegiz|ziyaret edecek\w*|adresinize ugrayacak\w*"
                                    r"|teslim edece\w*|kapiniza (?:birakaca\w*|getirece\w*))\b")}
def _silent_on(missed: Commitment, thread: list[Message], rule: Rule, lang: str) -> bool:
    """Whether the customer's messages since the promise leave it alone: no word of it, no missed visit, no chase."""
    stems = {w[:5] for w in re.findall(r"\w{5,}", fold(missed.quote, lang))}
    for message in thread[missed.index + 1:]:
        if message.role != "customer":
            continue
        folded = fold(message.text, lang)
        if stems & {w[:5] for w in re.findall(r"\w{5,}", folded)} or _VISIT_CLAIMED.search(folded) \
                or _any(rule.broken_claim, folded) or _any(rule.chase, folded):
            return False
    return True


# the draft says the contact took place or is its subject ("I tried to call you this morning")
_CONTACT_MADE = re.compile(r"\b(?:called|rang|phoned|tried to (?:call|ring|reach)|spoke|missed (?:our|my|the) call|call(?:ing)? you)\b")


def _missed_call_claimed(rule: Rule, thread: list[Message], lang: str) -> bool:
    """Whether a customer message says a promised call or reply never came."""
    return any(m.role == "customer" and _any(rule.broken_claim, fold(m.text, lang)) and _CALL_CLAIMED.search(fold(m.text, lang))
               for m in thread)


_VERB_FORM = re.compile(r"(?:[ae]c[ae][gk]\w*|[ıiuü]yor\w*|[dt][ıiuü][mkn]\w*|m[ıiuü][sş]\w*|ed|ing|^(?:send|sent|confirm|call|email"
                        r"|update|check|look|gone|requested|know|will|shall|make|sure|give|arrange|book|process|chase))$")
_STOP = frozenset("your you the and for with that this will have from our are can yours about into then them they".split())


def _about_the_promise(quote: str, folded_draft: str, lang: str) -> bool:
    """Whether the draft speaks of what was promised: a content word of the promise (its first five letters,
    so "refund" meets "refunded", "iade" meets "iadeniz") comes back in the draft ("you can export your games"
    after a promised refund confirmation hands over something else)."""
    # (the promised thing, not its verb: "göndereceğiz" meets any "gönderildi" of something else)
    # (not a name, a month or the greeting: "Merhaba Nesrin Hanım" opens the promise and the draft alike)
    words = [fold(w, lang) for w in re.findall(r"\w{4,}", quote) if not w[:1].isupper()]
    stems = {w[:5] for w in words if w not in _STOP and not _VERB_FORM.search(w)}
    return any(w[:5] in stems for w in re.findall(r"\w{4,}", folded_draft) if w not in _STOP)


# the draft hands the customer what was promised, with nothing left pending: "You can start one from Wallet >
# Withdraw", "Hesabınız artık aktif" (folded): a missed promise's apology adds no new day then
_READY_NOW = {
    "en": re.compile(r"\byou can (?:now )?(?:start|use|log in|sign in|access|withdraw|book|download|collect|pick (?:it|them) up"
                     r"|add (?:it|one|them|this) to|reserve|upgrade|order"
                     r"|track|view|see|find|go ahead)\b|\byou(?:'re| are) all set\b"
                     r"|\b(?:is|are|it's) now (?:live|active|unlocked|ready|available|open|fixed|sorted)\b"
                     # what the call was to say: "your violin is ready for collection"
                     r"|\b(?:is|are|it's|they're)(?: now)? ready (?:for (?:collection|pick-?up)|to (?:collect|pick up|be collected))\b"
                     # the answer handed over as a self-service step: "deferrals can be requested through your account"
                     r"|\bcan be (?:requested|booked|made|changed|arranged|done|submitted|cancelled|canceled) (?:through|via|in|from|online|on)\b"),
    "tr": re.compile(r"\bartik \w+(?:ebilirsiniz|abilirsiniz|ebilirsin|abilirsin)\b"
                     r"|\b(?:artik|su an) (?:aktif|acik|hazir|kullanilabilir)\w*"
                     # the fault fixed in the draft: "şu andan itibaren mailleriniz gelmeye başladı"
                     r"|\b\w+(?:maya|meye) basladi\b|\b(?:sorun|hata|ariza)\w* (?:giderildi|cozuldu|duzeldi)\b"
                     # what the call was to settle, given in the draft: "%20 indirim tanımladık, kod: NESELI20"
                     r"|\b(?:indirim|kupon|hediye|telafi|iade|kredi)\w* (?:\w+ )?(?:tanimladik|tanimladim|tanimlandi|yukledik|yukledim"
                     r"|gonderdik|gonderdim|yaptik|yaptim)\b"),
}
# work of ours still under way or to come, or a question to the customer: without it, an
# apology promises no update
_PENDING = {
    "en": re.compile(r"\b(?:we|i)(?:'ll| will| are going to|'re going to|'m going to)\b|\b(?:we're|we are|i'm|i am) "
                     r"(?:checking|looking|working|waiting|chasing|following)\b|\bwill be\b|\bpending\b|\bin progress\b|\?"
                     r"|\b(?:is|are|it's|its) (?:now )?with (?:our |the |your )?\w+|\b(?:passed|forwarded|escalated|sent) (?:it|this|your \w+) (?:on )?to\b"),
    "tr": re.compile(r"\w+(?:[ae]c[ae][gğ][ıi](?:z|m)|[ıiuü]yoruz|[ıiuü]yorum|[ıi]l[ae]c[ae]k|n[ae]c[ae]k)\w*|\bbekle\w*"
                     r"|\binceleniyor\b|\bdevam\b|\?|\baktar[ıi]l\w*|\bilet(?:il|ti)\w*|\b\w+ (?:birimin|ekibin)(?:de|e)\b"),
}


def _body_start(text: str, lang: str) -> int:
    """Where the reply's body starts: after a greeting such as ``Hi Emma,``."""
    found = _GREETING.match(fold_keep_length(text, lang))
    return found.end() if found else len(text) - len(text.lstrip())


def _acknowledgement_edit(text: str, at: int, sentence: str, lang: str) -> tuple[int, int, str]:
    """Insert ``sentence`` at ``at``, capitalising the word that follows.  Right after a
    greeting's comma ("Sayın Müşterimiz, …") it goes on in lower case, as a sentence would."""
    sentence = sentence.strip() + " "
    before = text[:at].rstrip(" \t")
    first = sentence.split(" ", 1)[0]
    second = (sentence.split(" ", 2)[1:2] or [""])[0]
    if before.endswith(",") and first[:1].isupper() and first[1:2].islower() and not (
            second[:1].isupper() and second[1:2].islower() and not _PROPER_WORD.match(second)):  # ("Sega Mega Drive'ınızı")
        sentence = lower_first(sentence, lang)  # ("I", a weekday, a month keep their capital)
    elif not before or before.endswith((".", "!", "?")):
        sentence = upper_first(sentence, lang)  # "Günaydın! Hesabınızı …": a sentence of its own opens with a capital
    answer = _ANSWER_WORD[lang].match(text, at) if lang in _ANSWER_WORD else None
    if answer and re.search(r"(?i)\b(?:as for|as to|sorunuza gelince|gelince)\b", text):
        answer = None  # the draft says which question it answers itself ("… As for the early-bird tickets, …")
    if answer:
        # "Yes we do! Toddler Bounce runs …": after the apology a bare answer would seem to answer it; it says
        # which question it answers
        lead = "As for your question, " if lang == "en" else "Sorunuza gelince, "
        return at, at + 1, sentence + lead + lower_first(text[at], lang, text)
    if at < len(text) and text[at].islower():
        return at, at + 1, sentence + upper_first(text[at], lang)
    return at, at, sentence


# a bare answer to the customer's new question, opening the draft: "Yes we do!", "Not at all –", "Evet, …"
# (not "no need to panic", "no problem": those answer nothing)
_ANSWER_WORD = {"en": re.compile(r"(?i)(?:yes|yep|yeah|no(?=\s*[,!.;:–—])|nope|not at all|absolutely|of course|sure|definitely|indeed)\b(?!-)"),
                "tr": re.compile(r"(?i)(?:evet|hayır|hayir|tabii ki|tabii|tabi|elbette)\b")}


def check_thread(
    rule: Rule, text: str, lang: str, thread: list[Message], now: datetime, calendar: BusinessCalendar,
    template: str, fallback: str = "", named: str = "", plain: Callable[[str], str | None] | None = None,
    missed_call: str = "",
    under_way: str = "",
    named_step: str = "",
) -> PromiseHit | None:
    """The ``thread`` check: a missed promise the draft ignores, or ``None``.  ``plain`` gives the
    missed step, in the agent's earlier words, as it may be said again to the customer (its jargon
    in the glossary's plain words), or ``None`` when it can't be."""
    now = calendar.localize(now)
    folded_draft = fold(text, lang)
    promised = commitments(rule, thread, lang, calendar)
    owned = _any(rule.acknowledge, folded_draft)
    if owned and not promised and lang == "en" and _missed_call_claimed(rule, thread, lang) \
            and not _CONTACT_MADE.search(folded_draft):
        owned = None  # "was told I'd get a call back … nobody has called": a parcel dispatched does not answer it
    if owned and not (_DELIVERED.search(owned.group()) and promised
                      and not any(_about_the_promise(c.quote, folded_draft, lang) for c in promised)):
        return None  # (a delivery of something else, "faturanız e-postanıza gönderildi", does not keep "yenisini göndereceğiz")
    overdue = [
        c for c in promised
        if c.deadline < now and not any(m.role == "agent" for m in thread[c.index + 1:])
        and not any(_kept(rule, m, lang) for m in thread[c.index + 1:])
        and not _done_in_draft(c.quote, folded_draft, lang)
    ]
    # a promise to say where something stands, kept late by the draft, which says it ("telefonunuz … bulunmuş"):
    # nothing to flag, unless the customer says the promise was broken (then the apology names it, with no new day)
    answered = [c for c in overdue if _answered_in_draft(c.quote, text, lang)]
    overdue = [c for c in overdue if c not in answered]
    claim_index = None
    last_agent = max((i for i, m in enumerate(thread) if m.role == "agent"), default=-1)
    # an agent said something would happen ("An engineer will visit …", "… yapıp size yazacağım"), timed or not
    committed = bool(promised) or any(m.role == "agent" and _FUTURE_SAID[lang].search(fold(m.text, lang)) for m in thread) \
        if lang in _FUTURE_SAID else True
    for index in range(len(thread) - 1, last_agent, -1):
        message = thread[index]
        if message.role != "customer":
            continue
        folded = fold(message.text, lang)
        # A chase ("still nothing") speaks of a promise only when an agent has written before.
        if _any(rule.broken_claim, folded) or (last_agent >= 0 and committed and _any(rule.chase, folded)
                                               and not _kept(rule, message, lang)  # "geldi ama hâlâ yavaş"
                                               # "hâlâ yayında mı?" answered by doing it: "ilanınızı şu an yayından kaldırdım"
                                               and not any(_done_in_draft(c.quote, folded_draft, lang) for c in promised)
                                               # "ne zaman gelecekler?" answered: "10:00'a kadar orada olacaklar"
                                               and not any(t.kind == "deadline" and t.deadline is not None and t.deadline >= now
                                                           and names_a_day(t.text)  # (not a greeting's "Morning")
                                                           for t in find_times(text, lang, now, calendar))):
            # (a chase speaks of a promise only when an agent promised something: "Raporlar menüsünü hâlâ
            # göremiyorum" after an explanation is a question, not a broken promise)
            claim_index = index
            break
    # the customer says a promise due today was broken ("Nobody came this morning" about "between 8 and 12" today):
    # their word stands for the part of the day gone, so it is no promise still pending
    broken_today = claim_index is not None and _any(rule.broken_claim, fold(thread[claim_index].text, lang)) is not None
    pending = [c for c in promised if c.deadline >= now and not any(m.role == "agent" for m in thread[c.index + 1:])
               and not (broken_today and c.deadline.date() == now.date())]
    if answered and not overdue and claim_index is not None:
        overdue = answered
    if not overdue and (claim_index is None or pending):
        return None
    start = _body_start(text, lang)
    spans = [s for s in _sentences(text) if s[1] > start]
    end = spans[0][1] if spans else len(text)
    if overdue:
        missed = overdue[-1]
        at = missed.at
        detail = _say(lang, "missed", n=missed.index + 1, at=f"{at:%Y-%m-%d %H:%M}", quote=missed.quote.strip(),
                      deadline=f"{missed.deadline:%Y-%m-%d %H:%M %Z}")
        if any(_OUR_FLAT_REFUSAL[lang].search(fold(text[a:b], lang)) and not _CONDITIONED[lang].search(fold(text[a:b], lang))
               and _about_the_promise(missed.quote, fold(text[a:b], lang), lang) for a, b in _sentences(text)):
            # "28 Kasım'da iade edeceğim" then "iade yapamıyoruz": an apology for the missed refund before refusing it
            # would contradict itself; the agent says what changed (an empty replacement: the agent's to write)
            return PromiseHit(rule, start, max(end, start), start, start, "", detail)
        if claim_index is None and _VISIT_PROMISED[lang].search(fold(missed.quote, lang)) \
                and _silent_on(missed, thread, rule, lang):
            # "Teknisyenimiz 7 Kasım'da adresinize gelecek", and the customer now asks about the invoice: the visit may
            # well have happened; an apology would say as a fact that it didn't. The agent checks and says (no edit)
            return PromiseHit(rule, start, max(end, start), start, start, "", detail)
        # The apology sent to the customer names no resolved day: a relative promise ("by end of day
        # Monday", "sabah") resolved wrongly would put a false date in the customer's hands. The
        # finding's message (for the agent) carries the resolved deadline.
        replacement = fallback or template.replace("{promised}", describe(missed.deadline, missed.has_clock, lang, missed.quote))
        which = missed_promise(missed, lang) if named else None
        which = without_wrong_weekdays(which, missed.at.year, lang) if which else which
        which = _left_undone(which, folded_draft) if which and lang == "en" else which
        which = plain(which) if which and plain is not None else which
        # (an English step said again names more than the day: "call you … with the decision on your roof claim")
        call = called_on(missed, lang, now) if missed_call and (lang == "tr" or not which) else None
        # a Turkish promise said again as it was written ("… kartınıza geri yükleyeceğimizi söylemiştik"): it names
        # the step, not only its day
        # ("yarın" said the day before the promise's day: that day written out, as the apology is read later)
        # ("yarın, 24 Kasım Salı günkü teslimatta": the date it stands beside says it, and "yarın," goes)
        dated_quote = re.sub(r"\b[Yy]arın\b(?:\s*\([^)]*\))?", format_day(missed.deadline, lang),
                             re.sub(r"\b[Yy]arın,\s*(?=\d{1,2} [A-ZÇĞİÖŞÜ])", "", missed.quote)) if (
            lang == "tr" and (missed.deadline.date() - missed.at.date()).days == 1) else missed.quote
        # (its own day said as the thread wrote it, a date or a weekday: "perşembe akşamı … bırakacağımızı")
        step = said_again_tr(dated_quote) if named_step and lang == "tr" and not call else None
        if named_step and lang == "en" and not which and not call:
            # a promised outcome: "I'm sorry we didn't keep our promise that your replacement card would be posted by …"
            step = missed_outcome(missed.quote)
            step = without_wrong_weekdays(step, missed.at.year, lang) if step else step
        step = plain(step) if step and plain is not None else step
        if under_way and _under_way(folded_draft, fold(missed.quote, lang), lang):
            # "Refunds usually take 3–5 working days to appear": the step is on its way, so the apology is for the
            # wait, not for a step not taken (which the draft would contradict)
            replacement = under_way
        elif call:
            # "I'm sorry we didn't call you on Wednesday 2 December as promised": the missed call, on the day written
            replacement = missed_call.replace("{missed}", call)
        elif step:
            replacement = named_step.replace("{missed}", step)
        elif which:
            # the customer sees which promise: "I'm sorry we didn't email you the visit slot by Monday 30 November
            # as promised", "Size 2 Aralık Çarşamba günü için verdiğimiz sözü tutamadık"
            replacement = named.replace("{missed}", which)
        elif fallback and "{promised}" in template and _day_written(missed, lang):
            # the day as the thread wrote it out ("by Tuesday 24 November") names the promise safely: "I'm sorry we
            # missed the Tuesday 24 November deadline we gave you" (a relative one, "by Friday", is never resolved here)
            clock = missed.has_clock and _CLOCK_WRITTEN.search(fold(missed.quote, lang)) is not None
            replacement = template.replace("{promised}", describe(missed.deadline, clock, lang, missed.quote))
    else:
        assert claim_index is not None
        message = thread[claim_index]
        when = f", {message.at:%Y-%m-%d %H:%M}" if message.at else ""
        detail = _say(lang, "claim", n=claim_index + 1, when=when, quote=message.text.strip())
        # no deadline is known: the rule's fallback acknowledgement, without {promised}
        replacement = fallback or template.replace("{promised}", "")
        if lang == "en" and "keep our promise to you" in replacement and _CALL_CLAIMED.search(fold(message.text, lang)) \
                and not _VISIT_CLAIMED.search(fold(message.text, lang)):
            # (not when nobody came either: "Nobody turned up yesterday morning and no one rang" is about the visit)
            # "was told I'd get a call back … nobody has called": the apology names the call, not a promise in general
            replacement = replacement.replace("keep our promise to you", "call you as promised")
    # the draft dates our contact-back or the next step itself ("is now booked for Monday 7 December between 08:00
    # and 12:00"): the apology adds no second day
    # (a dated step of something else is not it: "Your next clean is booked for 14 February" leaves the missed photos
    # without a day)
    dated_contact = any((own_contact(text[a:b], lang) or (_NEXT_STEP[lang].search(fold(text[a:b], lang)) and (
        lang != "en" or not overdue or _about_the_promise(overdue[-1].quote, fold(text[a:b], lang), lang))))
                        and names_a_day(text[a:b]) for a, b in _sentences(text))
    folded_text = fold(text, lang)
    settled = decision_in(text, lang) or (bool(answered) and overdue == answered) or (not _PENDING[lang].search(folded_text) and (
        not overdue or (bool(_READY_NOW[lang].search(folded_text)) and (
            _about_the_promise(overdue[-1].quote, folded_text, lang)
            # a promised call to report on a fault the draft now fixes: "arayıp durumu aktaracağım", then "… başladı"
            or bool(_CALL_PROMISED.search(fold(overdue[-1].quote, lang)))))))
    # our own contact-back without its day ("Netleşince size bilgi vereceğim", "We'll update you once it's
    # processed"): the missing time frame gives it the day, so the apology promises no second update
    undated_contact = any(own_contact(text[a:b], lang) and not names_a_day(text[a:b]) for a, b in _sentences(text))
    # the next step waits on the customer ("Adresinizi yazarsanız randevu oluşturalım", "If you send us …, we'll book"):
    # our update has nothing to report until they answer
    waits = bool(_WAITS_ON_CUSTOMER[lang].search(folded_text)) and not undated_contact
    if overdue and _CALL_PROMISED.search(fold(overdue[-1].quote, lang)) and (
            (lang == "en" and _SLOT_OFFERED.search(folded_text)) or _CHOICE_ASKED[lang].search(folded_text)):
        # the call was to set something up, and the draft now offers the slot itself ("We do have Wednesday 11
        # November at 4 pm free if that suits"): the next step is the customer's answer
        waits = True
    # the customer's need falls today ("Cenaze 11'de!", "the party is tonight"): a next-business-day update is useless
    # to them; the apology says sorry and the agent says what happens now
    urgent = needed_today(thread, lang, urgent_word=True) or event_come(thread, now, lang) \
        or cut_off_before_update(text, thread, now, calendar, lang) \
        or bool(_COME_IN_SOON[lang if lang in _COME_IN_SOON else "en"].search(folded_text))
    if ";" in replacement and (dated_contact or undated_contact or waits or urgent
                               or (settled and not own_contact(text, lang))):
        # the draft already says when it comes back ("I'll email you the decision by Thursday 10 December"),
        # or it settles the matter ("the warranty doesn't cover home visits"; or, when only the customer says a
        # promise was missed, nothing is left pending): the apology promises no further update. A missed
        # promise the thread shows is still pending, whatever else the draft answers: it gets the new day
        replacement = replacement.split(";", 1)[0].rstrip() + "."
    edit_start, edit_end, edit_text = _acknowledgement_edit(text, start, replacement, lang)
    return PromiseHit(rule, start, max(end, start), edit_start, edit_end, edit_text, detail)


# the draft asks the customer to come in today or tomorrow (folded): "Yarın 10:00–16:00 arasında gelebilirsiniz", "you can
# come in tomorrow between 10 and 4": a later update day would read as "wait for us" and make them miss it
_COME_IN_SOON = {
    "en": re.compile(r"\b(?:today|tomorrow|this (?:morning|afternoon|evening))\b[^.!?]{0,40}?\byou can (?:come|pop|drop|walk) (?:in|by|over|round)\b"
                     r"|\byou can (?:come|pop|drop|walk) (?:in|by|over|round)\b[^.!?]{0,40}?\b(?:today|tomorrow|this (?:morning|afternoon|evening))\b"),
    "tr": re.compile(r"\b(?:bugun|yarin)\w*\b[^.!?]{0,60}?\b(?:gelebilir|ugrayabilir|bekliyoruz)\w*"),
}
# a clock time that starts a window rather than ends it (folded-insensitive): "after 3 pm", "from 9 am", "18:00'den itibaren"
_START_BEFORE = re.compile(r"(?i)\b(?:after|from|since|not before|no earlier than)\s*$")
_START_AFTER = re.compile(r"(?i)\s*(?:onwards|'?(?:den|dan|ten|tan|d[ae]n|t[ae]n) (?:sonra|itibaren))")


def needed_today(thread: Sequence[Message] | None, lang: str, urgent_word: bool = False) -> bool:
    """Whether the customer's last message says their need falls today ("Cenaze 11'de!", "Çocuğum ateşli!"): a
    next-business-day time frame is useless to them, so the agent says what happens now. A bare "acil" / "urgent"
    counts only with ``urgent_word`` (in a complaint, a dated next update still helps)."""
    last_customer = next((m for m in reversed(thread or []) if m.role == "customer"), None)
    if last_customer is None:
        return False
    return any(urgent_word or m.group().strip(" !") not in ("acil", "urgent")
               for m in _TODAY_NEED.get(lang, _TODAY_NEED["en"]).finditer(fold(last_customer.text, lang)))


def event_come(thread: Sequence[Message] | None, now: datetime, lang: str) -> bool:
    """Whether an event the customer asked about "for tomorrow" on an earlier day is today or over ("Yarınki tur hava
    yüzünden iptal olur mu?" the day before): an update on the next business day would come after it."""
    for message in thread or []:
        if message.role != "customer" or message.at is None or message.at.date() >= now.date():
            continue
        if _TOMORROWS_EVENT[lang if lang in _TOMORROWS_EVENT else "en"].search(fold(message.text, lang)):
            return True
    return False


def cut_off_before_update(text: str, thread: Sequence[Message] | None, now: datetime, calendar: BusinessCalendar,
                          lang: str) -> bool:
    """Whether the draft names a cut-off before the customer's event ("needs booking at least 72 hours before your
    tour", the customer's tour "this Saturday") that falls before our next update: a customer who waits for that
    update misses it, so the apology adds no update day."""
    found = _CUT_OFF.get(lang, _CUT_OFF["en"]).search(fold(text, lang))
    last_customer = next((m for m in reversed(thread or []) if m.role == "customer"), None)
    if found is None or last_customer is None or last_customer.at is None:
        return False
    count = found.group(1)
    amount = int(count) if count.isdigit() else _SMALL_NUMBERS.get(count, 1)
    unit = found.group(2)
    span = timedelta(hours=amount) if unit.startswith(("hour", "saat")) else \
        timedelta(weeks=amount) if unit.startswith(("week", "hafta")) else timedelta(days=amount)
    days = [t.deadline for t in find_times(last_customer.text, lang, last_customer.at, calendar)
            if t.deadline is not None and t.has_day and t.deadline >= now]
    if not days:
        return False
    event = min(days).replace(hour=0, minute=0, second=0, microsecond=0)
    return event - span < calendar.default_deadline(now)


_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "bir": 1,
                  "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7}
# a cut-off before the customer's event (folded): "needs booking at least 72 hours before your tour", "etkinlikten en az
# iki gün önce"
_CUT_OFF = {
    "en": re.compile(r"\b(\d{1,3}|an?|one|two|three|four|five|six|seven) (hours?|days?|working days?|business days?|weeks?)"
                     r"(?:'|s')? (?:notice )?(?:before|ahead of|prior to|in advance of) (?:the|your|its)\b"),
    "tr": re.compile(r"\b(\d{1,3}|bir|iki|uc|dort|bes|alti|yedi) (saat|gun|is gunu|hafta) (?:once|oncesinden|evvel)\b"),
}


# an event the customer names for tomorrow (folded): "yarınki tur", "tomorrow's match", "the wedding is tomorrow"
_EVENT_WORDS = (r"(?:tur|etkinlik|mac|dugun|gosteri|sinav|ucus|parti|kurs|ders|seans|konser|kamp|gezi|tournament|match|race"
                r"|wedding|party|event|flight|exam|interview|show|game|trip|tour|class|session|lesson|ceremony)\w*")
_TOMORROWS_EVENT = {
    "en": re.compile(rf"\btomorrow'?s? {_EVENT_WORDS}|\b{_EVENT_WORDS} (?:is|'s) tomorrow\b"),
    "tr": re.compile(rf"\byarin(?:ki)? {_EVENT_WORDS}|\b{_EVENT_WORDS} yarin\b"),
}


# the customer's need falls today, with a clock time or "today"/"tonight" (folded): "Cenaze 11'de!", "The party's tonight"
_TODAY_NEED = {
    # (or someone ill, said with an exclamation: "My son has a fever!", "Çocuğum ateşli!")
    "en": re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|in (?:an|one|two|\d+) hours?)\s*!|\burgent\b"
                     r"|\b(?:fever|temperature|in pain|can't breathe)\b[^.!?]{0,20}!"
                     # the customer's event at hand: "Tournament is tomorrow.", "The party's tonight"
                     r"|\b(?:tournament|match|race|wedding|party|event|flight|exam|interview|show|game|trip|funeral)\w*"
                     r"(?:'s| is| are)\s+(?:tomorrow|tonight|today|this (?:morning|afternoon|evening))\b"
                     # a journey under way today, at a clock time: "My flight lands at 14:00"
                     r"|\b(?:flight|train|plane|ferry|coach|bus)\w* (?:lands|arrives|gets in|leaves|departs|boards)"
                     r" (?:at |in )?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b"
                     # a baby's food or a medicine running out: "we're nearly out of formula!"
                     r"|\b(?:formula|medication|meds|insulin|oxygen|nappies|diapers)\b[^.!?]{0,25}\b(?:running out|run out|ran out"
                     r"|about to run out|nearly out|almost out|all gone)\s*!|\b(?:nearly|almost|completely) out of (?:formula|medication"
                     r"|meds|insulin|oxygen|nappies|diapers)\s*!"),
    # (also tomorrow's event, said with an exclamation: "Yarın gösterimiz var!")
    "tr": re.compile(r"\b(?:bugun|bu aksam|bu sabah|birazdan)\s*!|\b\d{1,2}(?:[:.]\d{2})?['’]?(?:de|da|te|ta)\s*!|\bacil\b"
                     r"|\b(?:bugun|yarin|bu aksam)\w*\s+[^.!?]{0,30}\b(?:var|gerekiyor|lazim)\s*!"
                     r"|\b(?:atesli|atesi var|atesi cikti|agrisi var|nefes alamiyor)\w*\s*!"
                     # a baby's food or a medicine running out: "bebeğin maması bitmek üzere!"
                     r"|\b(?:mama|ilac|insulin|oksijen|bebek bezi|bez)\w* (?:bitmek uzere|bitti|kalmadi|tukendi)\s*!"),
}
# the next step waits on the customer's answer (folded)
_WAITS_ON_CUSTOMER = {
    "en": re.compile(r"\b(?:if|once|as soon as) you (?:send|reply|confirm|let us know|tell us|give us|get back to us|choose|pick)\b"
                     r"[^.!?]*\b(?:we|i)(?:'ll| will|'d| can)\b"
                     # the reply ends asking the customer to choose: "Let us know which date you'd prefer.", "Let us know a day that suits"
                     r"|(?:^|[.!?]\s+)(?:please\s+)?(?:just\s+)?(?:let (?:us|me) know|tell (?:us|me)) (?:which|what|a) (?:date|day|time|slot|weekend|option)s?\b"
                     r"[^.!?]*\b(?:prefer|suits?|works?|would like|'d like|want)\b"
                     # the customer reports back if it persists: "Let us know if it hasn't cleared by the end of the month"
                     r"|\blet (?:us|me) know if (?:it|this|that|they|the \w+|your \w+) (?:hasn't|has not|haven't|have not|isn't|is not"
                     r"|aren't|doesn't|does not|don't|still)\b"),
    "tr": re.compile(r"\b\w+(?:arsaniz|erseniz|irsaniz|irseniz|ursaniz|urseniz)\b[^.!?]*\b\w+(?:alim|elim|yalim|yelim"
                     r"|acagiz|ecegiz|yacagiz|yecegiz|ariz|eriz|iriz|uruz)\b"),
}
# the customer asked to choose among what the draft offers (folded): "Let me know which you'd prefer", "hangisi size uyar?"
# (after a missed call that was to set it up: the next step is their answer)
_CHOICE_ASKED = {"en": re.compile(r"\blet (?:us|me) know which\b[^.!?]*\b(?:prefer|suits?|works?|would like|'d like|want)\b"),
                 "tr": re.compile(r"\bhangisi (?:size|sana) (?:uyar|uygun)\b|\bhangisini (?:tercih ed|istersiniz|isterseniz)\w*")}
# a slot offered for the customer to take (English, folded): "… free if that suits", "… if that works for you"
_SLOT_OFFERED = re.compile(r"\bif (?:that|this|it|either|one) (?:suits|works)(?: (?:you|for you|better))?\b")
_NEXT_STEP = {
    "en": re.compile(r"\b(?:(?:now |been )?(?:re)?booked|(?:re)?scheduled|(?:will|'ll) (?:visit|arrive|call|phone|ring|text|email|be delivered|send|come|be there|be with you|replace|repair|fix|fit|install|collect|deliver|be (?:fixed|replaced|repaired|fitted|installed))|is due"
                     r"|can be (?:delivered|collected|booked|fitted|installed|picked up))\b"),
    # (not a negated future: "gecikme zammı işlemeyecek" is no next step)
    # (or a dated visit offered: "Olmazsa teknisyenimiz Cuma 10:00'da gelip bakabilir")
    "tr": re.compile(r"\b(?:randevu\w*|planland\w*|ayarland\w*|(?!\w*m[ae]y[ae]c[ae]k)\w+(?:acak|ecek)(?:tir|tır)?"
                     r"|\w+(?:ip|ıp|up|üp) \w+(?:abilir|ebilir))\b"),
}


# the verb of a promised step: "sisteme işleyeceğim" → "işle", "I'll email you" → "email" (folded)
_PROMISED_VERB = {"tr": re.compile(r"\b(\w{2,}?)(?:y?[ae]c[ae][gğ][ıi](?:m|z)|y?[ae]c[ae]k(?:tir)?)\b"),
                  "en": re.compile(r"\b(?:i|we)(?:'ll|’ll| will)\s+(?:be\s+)?([a-z]{3,})\b")}


def _done_in_draft(quote: str, folded_draft: str, lang: str) -> bool:
    """Whether the draft says the promised step was done, in the promise's own verb: "sisteme işleyeceğim" →
    "sisteme işledim", "I'll email you the label" → "I've emailed you the label"."""
    found = _PROMISED_VERB.get(lang)
    if found is None:
        return False
    folded_quote = fold(quote, lang)
    verbs = {m.group(1) for m in found.finditer(folded_quote)}
    if lang == "tr":
        # (or in the passive: "kargoya vereceğim" → "kargoya verildi", "göndereceğiz" → "gönderildi")
        return any(re.search(rf"\b{re.escape(verb)}(?:[dt][ıiuü](?:m|k|)|n[dt][ıiuü]|[ıiuü]l[dt][ıiuü](?:r)?)\b", folded_draft)
                   for verb in verbs)
    # every step of the promise is done: "I'll chase the print partner and email you tracking" is not kept by
    # "I've chased our print partner again"
    steps = (verbs | {m.group(1) for m in _AND_STEP.finditer(folded_quote)}) - _WEAK_VERBS if verbs else set()
    return bool(steps) and all(_verb_done(verb, folded_draft) for verb in steps)


def _answered_in_draft(quote: str, text: str, lang: str) -> bool:
    """Whether a promise to tell the customer where something stands ("size pasaportunuzun durumunu bildireceğim",
    "I'll let you know when your passport is back") is kept by the draft, which says where it stands: a sentence
    names the promised thing and its new state ("pasaportunuz … merkezimize ulaştı", "your passport has arrived")."""
    folded_quote = fold(quote, lang)
    if lang not in _INFORM_PROMISED or not _INFORM_PROMISED[lang].search(folded_quote):
        return False
    stems = {w[:5] for w in re.findall(r"\w{5,}", folded_quote)
             if w not in _STOP and not _NOT_A_THING.match(w)}
    for a, b in _sentences(text):
        sentence = fold(text[a:b], lang)
        if _NEW_STATE[lang].search(sentence) and any(w[:5] in stems for w in re.findall(r"\w{5,}", sentence)):
            return True
    return False


# a promise to tell the customer where something stands (folded): "durumunu bildireceğim", "size bilgi vereceğiz",
# "I'll let you know the status", "we'll update you on …"
_INFORM_PROMISED = {
    "en": re.compile(r"\b(?:let you know|update you|confirm)\b[^.!?]*\b(?:status|whether|when|where|once)\b"
                     r"|\b(?:status|whereabouts) of\b"),
    "tr": re.compile(r"\b(?:durum|akibet)\w* (?:hakkinda )?(?:size |sana )?(?:bildirece|bilgi verece|haber verece)\w*"
                     r"|\b\w+ (?:hakkinda|ile ilgili) (?:size |sana )?(?:bilgi verece|haber verece|donus yapaca)\w*"),
}
# a thing's new state, said as done (folded): "merkezimize ulaştı", "your passport has arrived", "is ready for collection"
_NEW_STATE = {
    "en": re.compile(r"\b(?:has|have) (?:now |just )?(?:arrived|come back|been (?:approved|printed|issued|returned|granted|found|located))\b"
                     r"|\b(?:is|are) (?:now )?(?:back with us|ready for collection|here with us)\b"),
    "tr": re.compile(r"\b(?:ulas|gel|bulun|onaylan|basil|hazirlan)(?:[dt][iu]|m[iu]s)(?:t[iu]r)?\b|\bteslim (?:alindi|alinmis|edildi|edilmis)\b"
                     r"|\belimize gecti\b"),
}
# words of a promise that name no thing: its time, its manner ("mesai bitimine kadar", "durumunu")
_NOT_A_THING = re.compile(r"(?:durum|status|mesai|bitim|gunu|saati|kadar|tarih|hafta|bugun|yarin|today|tomor|monday|tuesd"
                          r"|wedne|thurs|frida|satur|sunda|pazar|carsa|persem|cumar|hakki|ilgil|bilgi|haber|update|latest|bildi|verec"
                          r"|confi|merha|sayg|thank)")


# a second step of the same promise: "… and email you tracking", "… and then send it" (folded)
_STEP_OBJECT = r"(?:you|it|them|the|your|this|that|a|an|over)\b"  # what a step's verb acts on
_AND_STEP = re.compile(rf"\band (?:then |also )?([a-z]{{3,}}) {_STEP_OBJECT}")
# verbs that name no step of their own ("I'll get back to you", "I'll make sure …")
_WEAK_VERBS = frozenset(("get", "let", "make", "have", "keep", "update", "look", "try", "do", "the", "your", "our", "all"))


def _left_undone(step: str, folded_draft: str) -> str | None:
    """The parts of a promised English step the draft doesn't say were done: "chase the print partner and
    email you tracking by Monday 23rd" after "I've chased our print partner" → "email you tracking by Monday
    23rd"; ``None`` when nothing is left."""
    parts = re.split(rf"\s+and\s+(?:then\s+|also\s+)?(?=[a-z]{{3,}} {_STEP_OBJECT})", step)
    kept = [part for part in parts if not _verb_done(fold(part.split(" ", 1)[0], "en"), folded_draft)]
    return " and ".join(kept) if kept else None


def _verb_done(verb: str, folded_draft: str) -> bool:
    """Whether the draft says we did ``verb`` ("I've emailed", "we sent")."""
    # ("I've cancelled": a final consonant doubled before "-ed")
    return re.search(rf"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+|already\s+)?{re.escape(verb)}(?:{re.escape(verb[-1:])})?(?:ed|d)\b",
                     folded_draft) is not None


def _kept(rule: Rule, message: Message, lang: str) -> bool:
    """A customer message saying the promise was kept ("Got the proof, thanks", "Teknisyen geldi"),
    and not that it was broken ("you said …")."""
    if message.role != "customer" or not rule.confirmed:
        return False
    folded = fold(message.text, lang)
    return _any(rule.confirmed, folded) and not _any(rule.broken_claim, folded)


def check_deadlines(
    rule: Rule, text: str, lang: str, now: datetime, calendar: BusinessCalendar, template: str,
    working_time: bool = True,
) -> list[PromiseHit]:
    """The ``deadline`` check: draft promises of human action already late, or (with
    ``working_time``) due outside the calendar's working days and hours.

    Only the time expression that belongs to the promise is judged: the first one
    after the commitment words, or the last one before them when none follows.
    """
    hits = []
    now = calendar.localize(now)
    for start, end in _sentences(text):
        sentence = text[start:end]
        folded = fold_keep_length(sentence, lang)
        promise = _any(rule.commitment, folded)
        if not promise or _any(rule.acknowledge, folded):
            continue  # no promise here, or one reported from before ("I said I'd call")
        times = find_times(sentence, lang, now, calendar)
        after = [t for t in times if t.start >= promise.start()]
        # (a time before belongs to the promise only in its clause: "… 01:00'e kadar gidermeyi planlıyor; giderildiğinde
        # size haber vereceğim" promises a notice on the repair, not by 01:00)
        before = [t for t in times if t.end <= promise.start() and not _OTHER_CLAUSE.search(folded, t.end, promise.start())]
        chosen = after[:1] or before[-1:]
        for expression in chosen:
            problem = _deadline_problem(expression, now, calendar, lang, working_time)
            if problem is None:
                continue
            span_start, span_end = start + expression.start, start + expression.end
            edit_start = span_start
            before = fold(text[max(0, span_start - 7):span_start], lang)
            lead = re.search(r"\b(?:by|on|until|before|at) $", before)
            if lead:
                edit_start = span_start - (len(before) - lead.start())
            hits.append(PromiseHit(rule, span_start, span_end, edit_start, span_end, template, problem))
    return hits


# what puts a time in another clause than the promise after it (folded): a semicolon, or a notice tied to an event
_OTHER_CLAUSE = re.compile(r"[;:]|\b(?:when|once|as soon as)\b|\w+(?:d[iu]g[iu]nda|t[iu]g[iu]nda|[iu]nca|ince)\b")


def _deadline_problem(
    expression: TimeExpression, now: datetime, calendar: BusinessCalendar, lang: str, working_time: bool
) -> str | None:
    if expression.kind != "deadline" or expression.deadline is None:
        return None
    deadline = expression.deadline
    when = describe(deadline, expression.has_clock, lang)
    if deadline < now:
        return _say(lang, "passed", text=expression.text, when=when)
    if not working_time:
        return None
    holiday = calendar.holiday_name(deadline.date())
    if holiday:
        return _say(lang, "holiday", text=expression.text, when=when, holiday=holiday)
    if not calendar.is_business_day(deadline.date()):
        return _say(lang, "closed", text=expression.text, when=when)
    if expression.has_clock and not calendar.within_hours(deadline):
        return _say(lang, "hours", text=expression.text, when=when, hours=calendar.hours)
    return None
