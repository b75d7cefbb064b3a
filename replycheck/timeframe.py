"""Days written the way people write them, in the draft's language."""

from __future__ import annotations

import re
from datetime import datetime

from . import turkish

_DAY_NAMES = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
}
_MONTH_NAMES = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"],
}


def format_day(day: datetime, lang: str) -> str:
    """A deadline day as a person writes it: ``Monday 30 November`` / ``30 Kasım Pazartesi``."""
    weekday = _DAY_NAMES[lang if lang in _DAY_NAMES else "en"][day.weekday()]
    month = _MONTH_NAMES[lang if lang in _MONTH_NAMES else "en"][day.month - 1]
    if lang == "tr":
        return f"{day.day} {month} {weekday}"
    return f"{weekday} {day.day} {month}"


def _lower(word: str, lang: str) -> str:
    return turkish.lower(word) if lang == "tr" else word.lower()


_WEEKDAYS = {lang: [_lower(name, lang) for name in names] for lang, names in _DAY_NAMES.items()}
# a month as written: English by its first three letters ("Nov", "November"), Turkish in full
_MONTHS = {"en": [name[:3].lower() for name in _MONTH_NAMES["en"]], "tr": [_lower(name, "tr") for name in _MONTH_NAMES["tr"]]}
_WEEKDAY_DATE = {
    "en": re.compile(rf"(?i)\b({'|'.join(_WEEKDAYS['en'])})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+({'|'.join(_MONTHS['en'])})[a-z]*\b"),
    "tr": re.compile(rf"(?i)\b(\d{{1,2}})\s+({'|'.join(_MONTHS['tr'])})\s+({'|'.join(_WEEKDAYS['tr'])})\b"),
}


def without_wrong_weekdays(text: str, year: int, lang: str) -> str:
    """``text`` without each weekday its date does not fall on in ``year`` ("by Friday 28 Nov", a Saturday →
    "by 28 Nov"; "28 Kasım Cuma" → "28 Kasım"): the date stays."""
    lang = lang if lang in _WEEKDAY_DATE else "en"
    weekday_at, day_at, month_at = (1, 2, 3) if lang == "en" else (3, 1, 2)

    def checked(m: re.Match[str]) -> str:
        try:
            real = datetime(year, _MONTHS[lang].index(_lower(m.group(month_at), lang)) + 1, int(m.group(day_at))).weekday()
        except ValueError:
            return m.group()
        if _WEEKDAYS[lang][real] == _lower(m.group(weekday_at), lang):
            return m.group()
        # the weekday and the space beside it go
        return (m.group()[m.end(1) - m.start():].lstrip() if lang == "en"
                else m.group()[:m.start(3) - m.start()].rstrip())

    return _WEEKDAY_DATE[lang].sub(checked, text)
