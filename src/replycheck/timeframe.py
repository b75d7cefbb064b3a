"""Concrete time frames to suggest: the next business day, written in the draft's language.

Which words count as a concrete time frame is data: ``concrete_time`` in the
``missing_timeline.yaml`` pack of each language.
"""

from __future__ import annotations

from datetime import datetime, timedelta

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


def next_business_day(now: datetime, business_days: int = 1) -> datetime:
    """``now`` moved forward by whole business days (Monday to Friday)."""
    day = now
    left = business_days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def format_day(day: datetime, lang: str) -> str:
    """A deadline day as a person writes it: ``Monday 30 November`` / ``30 Kasım Pazartesi``."""
    weekday = _DAY_NAMES[lang if lang in _DAY_NAMES else "en"][day.weekday()]
    month = _MONTH_NAMES[lang if lang in _MONTH_NAMES else "en"][day.month - 1]
    if lang == "tr":
        return f"{day.day} {month} {weekday}"
    return f"{weekday} {day.day} {month}"
