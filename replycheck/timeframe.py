"""Days written the way people write them, in the draft's language."""

from __future__ import annotations

from datetime import datetime

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
