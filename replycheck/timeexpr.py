"""Time expressions in English and Turkish, resolved against a reference time.

``find_times(text, lang, ref, calendar)`` returns every time expression with
its span in ``text`` and its kind:

* ``deadline`` — a concrete time, resolved to an aware ``datetime``
  (``by Friday``, ``tomorrow morning``, ``within 2 business days``,
  ``6 March at 5 pm``, ``yarın öğlene kadar``, ``Cuma gününe kadar``,
  ``24 saat içinde``, ``ay sonuna kadar``, ``3 Mart'ta``);
* ``vague`` — ``soon``, ``shortly``, ``any day now``, ``en kısa sürede``,
  ``yakında``, ``bugün yarın`` …: no deadline;
* ``hours`` — opening hours (``24/7``, ``7 gün 24 saat``), which are not deadlines.

Expressions are found by small per-language patterns over folded text (so
``yarin`` and ``yarın`` both count); an expression is a run of adjacent
pieces: a day (weekday, date, tomorrow…), a clock time or part of the day, or a
duration.  Absolute dates (``6 March``, ``12 Mart 2025``) are handed to
dateparser, one date phrase at a time (never whole sentences: it invents dates
from words like "We").  Business days, ``…'e kadar`` and ``iş günü``, which
dateparser does not know, are resolved here with the team's calendar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal

from .business_calendar import BusinessCalendar
from .folding import fold_keep_length

Kind = Literal["deadline", "vague", "hours"]


@dataclass(frozen=True)
class TimeExpression:
    """A time expression at ``text[start:end]``."""

    start: int
    end: int
    text: str
    kind: Kind
    deadline: datetime | None = None
    has_clock: bool = False
    has_day: bool = False


_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "forty eight": 48,
    "a few": 3, "a couple of": 2, "few": 3, "couple of": 2,
}
_TR_NUMBERS = {
    "bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "on bes": 15, "yirmi": 20, "otuz": 30, "yirmi dort": 24, "kirk sekiz": 48, "birkac": 3,
    "yarim": 0.5,
}
_WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "tr": ["pazartesi", "sali", "carsamba", "persembe", "cuma", "cumartesi", "pazar"],
}
_EN_WEEKDAY_SHORT = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_EN_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_TR_MONTHS = r"(?:ocak|subat|mart|nisan|mayis|haziran|temmuz|agustos|eylul|ekim|kasim|aralik)"
_TR_MONTH_NUMBER = {name: number for number, name in enumerate(_TR_MONTHS[3:-1].split("|"), start=1)}
_TR_DATE = re.compile(rf"(\d{{1,2}}) ({_TR_MONTHS})\w*(?: (\d{{4}}))?\w*$")  # "5 aralik", "5 aralik 2026"
_PARTS = {  # part of the day → the time it ends (a deadline "tomorrow morning" means before noon)
    "morning": time(12, 0), "noon": time(12, 0), "midday": time(12, 0), "lunchtime": time(13, 0),
    "afternoon": time(17, 0), "evening": time(21, 0), "night": time(23, 0), "tonight": time(23, 0),
    "sabah": time(12, 0), "ogle": time(12, 0), "oglen": time(12, 0), "ogleden sonra": time(17, 0),
    "aksam": time(21, 0), "gece": time(23, 0),
}

_EN_NUM = r"(?:\d+(?:[.,]\d+)?|a couple of|couple of|a few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty[- ]four|forty[- ]eight|twenty|thirty)"
_EN_UNIT = r"(?:business days?|working days?|work days?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)"
_TR_NUM = r"(?:\d+(?:[.,]\d+)?|on bes|yirmi dort|kirk sekiz|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|yirmi|otuz|birkac|yarim)"
_TR_UNIT = r"(?:is gunu|isgunu|dakika|dk|saat|gun|hafta|ay)"
_SUF = r"\w*(?:'\w+)?"  # a Turkish suffix, glued on or after an apostrophe

# Each language: (piece name, pattern).  Pieces that touch (with only spaces, commas, "at",
# "by", "'e kadar" … between them) form one expression.
_PIECES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("hours", r"24/7|24 hours a day|round the clock|around the clock|7 days a week"),
        ("vague", r"as soon as (?:possible|we can|i can|we're able|it's ready)|asap|soon(?:est)?|shortly|in due course|at some point|"
                  r"in the (?:coming|next few) (?:days|weeks)|any (?:day|time) now|once things (?:settle|calm) down|"
                  r"next sprint|sometime|some time soon|in a bit|eventually|before long|in the near future"),
        ("duration", rf"(?:within|in|under|after|over) (?:the next |the |about |around |up to |roughly |approximately )?"
                     rf"(?:(?P<en_n>{_EN_NUM})(?:[-–](?P<en_n2>\d+))?[- ](?P<en_u>{_EN_UNIT})|(?P<en_bare>the hour|an hour|minutes))"),
        ("relday", r"(?:later )?today|tonight|tomorrow|yesterday|day after tomorrow|this (?:morning|afternoon|evening|week|weekend)|"
                   r"(?:the )?(?:next|following|same) (?:business |working )?day|next (?:week|month)|"
                   r"(?:the )?end of (?:the )?(?:day|business|week|month)|close of business|eod|cob|eow|eom"),
        # (with its day of the month and no month: "Saturday 21st" is the 21st, not the coming Saturday)
        ("weekday", r"(?<!black )(?<!cyber )(?:(?:this|next|coming) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\b\.?)"
                    rf"(?: (?:the )?\d{{1,2}}(?:st|nd|rd|th)\b(?!,? (?:of )?{_EN_MONTHS}\b))?"),
        ("date", rf"\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_EN_MONTHS}\b(?:,? \d{{4}})?|{_EN_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"),
        ("clock", r"(?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|midnight)"),
        ("part", r"(?:first thing|in the morning|in the afternoon|in the evening|morning|afternoon|evening|lunchtime)"),
    ],
    "tr": [
        ("hours", r"7/24|7 gun 24 saat|24 saat acik|haftanin her gunu"),
        ("vague", r"en kisa (?:surede|zamanda)|en yakin zamanda|en kisa surede|yakinda|kisa (?:sure|zaman) (?:icinde|icerisinde)|kisa surede|"
                  r"ilerleyen (?:gunlerde|gunler icinde|donemde|surecte|zamanlarda)|bugun yarin|zamani geldiginde|bir noktada|"
                  r"en erken zamanda|musait oldugumuzda|bir ara|daha sonra|sonraki bir zamanda|ileride|onumuzdeki gunlerde"),
        ("duration", rf"(?P<tr_n>{_TR_NUM})(?:[-–](?P<tr_n2>\d+))? (?P<tr_u>{_TR_UNIT}){_SUF} ?(?:icinde|icerisinde|zarfinda|sonra|dahilinde|ici(?:nde)?)"),
        ("relday", rf"bugun{_SUF}|yarin{_SUF}|dun(?:ku)?\b|ertesi (?:is )?gun{_SUF}|haftaya|gelecek hafta{_SUF}|onumuzdeki hafta{_SUF}|bu (?:aksam|sabah|ogleden sonra|ogle|gece|hafta){_SUF}|"
                   rf"(?:gun|mesai|hafta|ay) (?:sonu|bitimi){_SUF}(?: kadar)?"),
        ("weekday", rf"(?:bu |gelecek |onumuzdeki )?(?:pazartesi|sali|carsamba|persembe|cumartesi|cuma|pazar){_SUF}(?: gun{_SUF})?(?: kadar)?"),
        ("date", rf"\d{{1,2}} {_TR_MONTHS}{_SUF}(?: \d{{4}})?{_SUF}(?: kadar)?|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"),
        ("clock", rf"saat \d{{1,2}}(?:[:.]\d{{2}})?{_SUF}(?: kadar)?|\d{{1,2}}[:.]\d{{2}}{_SUF}(?: kadar)?"),
        ("part", rf"(?:sabah|ogleden sonra|ogle(?:n|ye)?|aksam|gece){_SUF}(?: kadar)?"),
    ],
}
_JOIN = {
    "en": re.compile(r"^(?:,? ?(?:at|by|on|before|until|till|from|the|around|about|latest|\(|\))? ?,?)$"),
    "tr": re.compile(r"^(?:,? ?(?:saat|en gec|ile|\(|\))? ?,?)$"),
}
_ALONE = frozenset({"vague", "hours", "duration"})  # pieces that never join others
_COMPILED = {
    lang: re.compile("|".join(f"(?P<{name}_{i}>\\b(?:{pattern}))" for i, (name, pattern) in enumerate(pieces)))
    for lang, pieces in _PIECES.items()
}


MAX_DURATION_DAYS = 3_660
"""A duration longer than this (about ten years) is not read as a deadline: it is ignored."""
_UNIT_DAYS = {  # each unit in days (business days counted as calendar days, a lower bound)
    "minute": 1 / 1440, "min": 1 / 1440, "dakika": 1 / 1440, "dk": 1 / 1440,
    "hour": 1 / 24, "hr": 1 / 24, "h": 1 / 24, "saat": 1 / 24,
    "week": 7.0, "hafta": 7.0, "month": 30.0, "ay": 30.0,
}


def _number(word: str, lang: str) -> float:
    word = word.replace(",", ".")
    try:
        return float(word)
    except ValueError:
        table = _EN_NUMBERS if lang == "en" else _TR_NUMBERS
        return float(table.get(word, table.get(word.replace("-", " "), 1)))


def _end_of_day(day: date, calendar: BusinessCalendar) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tzinfo=calendar.zone)


def _weekday_with_day(ref: datetime, weekday: int, day_of_month: int) -> date | None:
    """The first date from ``ref`` on that is both ``weekday`` and the ``day_of_month``th ("Saturday 21st"), within a
    year; ``None`` when none is (a weekday and a day that never meet)."""
    year, month = ref.year, ref.month
    for _ in range(13):
        try:
            candidate = date(year, month, day_of_month)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= ref.date() and candidate.weekday() == weekday:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _weekday_on_or_after(ref: datetime, weekday: int, skip_week: bool) -> date:
    ahead = (weekday - ref.weekday()) % 7
    if skip_week and ahead == 0:
        ahead = 7
    return (ref + timedelta(days=ahead)).date()


@lru_cache(maxsize=4096)
def _parse_date(phrase: str, lang: str, ref: datetime) -> date | None:
    """An absolute date phrase through dateparser, with the year chosen near ``ref``."""
    import dateparser

    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\b|'\w+|\bkadar\b", "", phrase).strip(" ,.")
    cleaned = re.sub(r"(\d{1,2} \w+?)(?:da|de|ta|te|a|e|ya|ye|ina|ine|una|une)$", r"\1", cleaned) if lang == "tr" else cleaned
    named = _TR_DATE.match(cleaned) if lang == "tr" else None
    if named:  # "5 aralik" (folded): dateparser reads "aralık" and "kasım" only with their dotless ı
        try:
            day = date(int(named.group(3) or ref.year), _TR_MONTH_NUMBER[named.group(2)], int(named.group(1)))
        except ValueError:  # "31 şubat"
            return None
        return _near(day, ref, bool(named.group(3)))
    settings = {"RELATIVE_BASE": ref.replace(tzinfo=None), "PREFER_DATES_FROM": "current_period",
                "REQUIRE_PARTS": ["day", "month"], "DATE_ORDER": "DMY"}
    try:
        parsed = dateparser.parse(cleaned, languages=[lang, "en"], settings=settings)
    except (OverflowError, ValueError):
        return None
    if parsed is None:
        return None
    return _near(parsed.date(), ref, bool(re.search(r"\d{4}", cleaned)))


def _near(day: date, ref: datetime, year_given: bool) -> date:
    """A date without its year in the year that puts it near ``ref`` (more than 60 days back: next year's)."""
    if not year_given and day < ref.date() - timedelta(days=60):
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:  # 29 February, next year
            day = day.replace(year=day.year + 1, day=28)
    return day


def _clock(piece: str) -> time | None:
    if piece in ("noon", "midday"):
        return time(12, 0)
    if piece == "midnight":
        return time(23, 59)
    found = re.search(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", piece)
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    suffix = (found.group(3) or "").replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _part(piece: str) -> time | None:
    piece = piece.replace("in the ", "").replace("first thing", "morning")
    for name, value in sorted(_PARTS.items(), key=lambda item: -len(item[0])):
        if piece.startswith(name):
            return value
    return None


def _resolve(
    pieces: list[tuple[str, str, re.Match[str]]], lang: str, ref: datetime, calendar: BusinessCalendar,
    base_day: date | None = None,
) -> tuple[datetime | None, bool]:
    """Combine the pieces of one expression into a deadline; (deadline, has a clock time).

    A clock time alone ("by 3 pm") falls on ``base_day`` when one is given (the
    day an earlier expression of the same sentence named), else on the next
    time that clock time comes round after ``ref``.
    """
    day: date | None = None
    clock: time | None = None
    for kind, text, match in pieces:
        if kind == "duration":
            groups = {k: v for k, v in match.groupdict().items() if v}
            if "en_bare" in groups:
                amount, unit = (1.0, "hour") if "hour" in groups["en_bare"] else (30.0, "minute")
            else:
                number = groups.get("en_n2") or groups.get("tr_n2") or groups.get("en_n") or groups.get("tr_n") or "1"
                amount = _number(number, lang)
                unit = groups.get("en_u") or groups.get("tr_u") or "day"
            unit = unit.rstrip("s")
            if amount * _UNIT_DAYS.get(unit, 1.0) > MAX_DURATION_DAYS:
                return None, False  # "within 99999999999 days" promises nothing anyone can hold
            if unit in ("business day", "working day", "work day", "is gunu", "isgunu"):
                return calendar.add_business_days(ref, int(amount)), True
            if unit in ("minute", "min", "dakika", "dk"):
                return ref + timedelta(minutes=amount), True
            if unit in ("hour", "hr", "h", "saat"):
                return ref + timedelta(hours=amount), True
            if unit in ("week", "hafta"):
                return _end_of_day((ref + timedelta(weeks=amount)).date(), calendar), False
            if unit in ("month", "ay"):
                return _end_of_day((ref + timedelta(days=30 * amount)).date(), calendar), False
            return _end_of_day((ref + timedelta(days=amount)).date(), calendar), False
        if kind == "relday":
            text = text.removeprefix("the ")
            if text.startswith(("yesterday", "dun")):
                day = (ref - timedelta(days=1)).date()
            elif text.startswith(("day after tomorrow",)):
                day = (ref + timedelta(days=2)).date()
            elif text.startswith(("tomorrow", "yarin")):
                day = (ref + timedelta(days=1)).date()
                if "sabah" in text:
                    clock = clock or _PARTS["sabah"]
                elif "ogle" in text:
                    clock = clock or _PARTS["ogle"]
                elif "aksam" in text:
                    clock = clock or _PARTS["aksam"]
            elif text in ("tonight",) or text.startswith(("bu aksam", "bu gece")):
                day, clock = ref.date(), clock or time(23, 0)
            elif text.startswith(("this morning", "bu sabah")):
                day, clock = ref.date(), clock or time(12, 0)
            elif text.startswith(("this afternoon", "bu ogle")):
                day, clock = ref.date(), clock or time(17, 0)
            elif text.startswith(("this evening",)):
                day, clock = ref.date(), clock or time(21, 0)
            elif text.startswith(("today", "later today", "bugun", "end of the day", "end of day", "end of business",
                                  "close of business", "eod", "cob", "gun sonu", "mesai")):
                if day is None or not text.startswith(("end of", "close of", "eod", "cob", "gun sonu", "mesai")):
                    day = ref.date()  # "2 Aralık Çarşamba mesai bitimine kadar" keeps its date
                if text.startswith(("end of", "close of", "eod", "cob", "mesai")):
                    clock = clock or calendar.opening[1]
            elif "next" in text and "day" in text or text.startswith(("the following", "following", "ertesi")):
                day = calendar.add_business_days(ref, 1).date() if ("business" in text or "working" in text or "is gun" in text) else (ref + timedelta(days=1)).date()
            elif text.startswith(("the same day", "same day")):
                day = ref.date()
            elif text.startswith(("this week", "end of the week", "end of week", "eow", "hafta sonu", "hafta bitimi", "bu hafta", "this weekend")):
                day = (ref + timedelta(days=(4 - ref.weekday()) % 7 if "weekend" not in text and "hafta sonu" not in text else (6 - ref.weekday()) % 7)).date()
            elif text.startswith(("next week", "haftaya", "gelecek hafta", "onumuzdeki hafta")):
                day = (ref + timedelta(days=7 + (4 - ref.weekday()) % 7)).date()
            elif text.startswith(("end of the month", "end of month", "eom", "ay sonu", "ay bitimi")):
                first_next = (ref.replace(day=28) + timedelta(days=4)).replace(day=1)
                day = (first_next - timedelta(days=1)).date()
            elif text.startswith("next month"):
                first_next = (ref.replace(day=28) + timedelta(days=4)).replace(day=1)
                day = ((first_next.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)).date()
        elif kind == "weekday" and day is None:
            names = _WEEKDAYS[lang]
            index = next((i for i, name in enumerate(names) if re.search(rf"\b(?:\w+ )?{name}", text) and
                          (lang != "tr" or not (name == "cuma" and "cumartesi" in text) and not (name == "pazar" and "pazartesi" in text))), None)
            if index is None and lang == "en":
                short = re.search(r"(mon|tues?|wed|thur?s?|fri|sat|sun)", text)
                index = _EN_WEEKDAY_SHORT.get(short.group(1)) if short else None
            if index is not None:
                day = _weekday_on_or_after(ref, index, skip_week=text.startswith(("next", "gelecek", "onumuzdeki")))
                ordinal = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)\b", text) if lang == "en" else None
                if ordinal:
                    day = _weekday_with_day(ref, index, int(ordinal.group(1))) or day
        elif kind == "date":
            day = _parse_date(text, lang, ref) or day
        elif kind == "clock":
            clock = _clock(text) or clock
        elif kind == "part":
            clock = clock or _part(text)
    if day is None and clock is None:
        return None, False
    if day is None and base_day is not None:
        day = base_day
    elif day is None:
        day = ref.date()
        if clock is not None and datetime.combine(day, clock, tzinfo=calendar.zone) < ref - timedelta(minutes=1):
            day = day + timedelta(days=1)
    if clock is None:
        return _end_of_day(day, calendar), False
    return datetime.combine(day, clock, tzinfo=calendar.zone), True


def find_times(text: str, lang: str, ref: datetime, calendar: BusinessCalendar | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, resolved against ``ref`` (a naive ``ref`` is in the calendar's zone)."""
    calendar = calendar or BusinessCalendar()
    pattern = _COMPILED.get(lang)
    if pattern is None:
        return []
    ref = calendar.localize(ref)
    folded = fold_keep_length(text, lang)
    pieces: list[tuple[str, int, int, re.Match[str]]] = []
    for match in pattern.finditer(folded):
        name = (match.lastgroup or "").rsplit("_", 1)[0]
        pieces.append((name, match.start(), match.end(), match))
    groups: list[list[tuple[str, int, int, re.Match[str]]]] = []
    joiner = _JOIN[lang]
    for piece in pieces:
        if (groups and piece[0] not in _ALONE and not {p[0] for p in groups[-1]} & (_ALONE | {piece[0]})
                and joiner.match(folded[groups[-1][-1][2]:piece[1]])):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    found: list[TimeExpression] = []
    base_day: date | None = None
    for group in groups:
        start, end = group[0][1], group[-1][2]
        kinds = {p[0] for p in group}
        if kinds & {"vague", "hours"}:
            found.append(TimeExpression(start, end, text[start:end], "vague" if "vague" in kinds else "hours"))
            continue
        has_day = bool(kinds & {"relday", "weekday", "date", "duration"})
        try:
            deadline, has_clock = _resolve(
                [(k, folded[s:e], m) for k, s, e, m in group], lang, ref, calendar, None if has_day else base_day
            )
        except (OverflowError, ValueError):  # past the last date there is (a ``now`` near year 9999)
            continue
        if deadline is not None:
            found.append(TimeExpression(start, end, text[start:end], "deadline", deadline, has_clock, has_day))
            if has_day:
                base_day = deadline.date()
    return found
