"""The business calendar: configuration errors, business days, hours, default response."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from replycheck.business_calendar import BusinessCalendar


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("timezone", "Mars/Olympus", "unknown time zone"),
        ("hours", "18:00-09:00", "hours must look like"),
        ("hours", "nine to five", "hours must look like"),
        ("holidays", "XX", "no public-holiday calendar"),
        ("default_response", "soonish", "default_response must look like"),
        ("workdays", ["funday"], "workdays"),
    ],
)
def test_mistakes_name_the_key(field: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        BusinessCalendar(**{field: value})


def test_turkish_holidays_include_republic_day_and_the_moving_bayrams() -> None:
    calendar = BusinessCalendar(holidays="TR")
    assert calendar.holiday_name(date(2024, 10, 29))
    assert calendar.holiday_name(date(2024, 4, 10))  # Ramazan Bayramı 2024
    assert calendar.holiday_name(date(2025, 6, 6))  # Kurban Bayramı 2025
    assert not calendar.is_business_day(date(2024, 10, 29))
    assert calendar.is_business_day(date(2024, 10, 30))


def test_working_days_hours_and_default_response() -> None:
    calendar = BusinessCalendar(workdays=["mon", "tue", "wed", "thu", "fri", "sat"], hours="10:00-14:00")
    saturday = datetime(2024, 3, 9, 11, 0)
    assert calendar.within_hours(saturday)
    assert not calendar.within_hours(saturday.replace(hour=15))
    assert calendar.default_deadline(saturday).date() == date(2024, 3, 11)
    assert BusinessCalendar(default_response="2 days").default_deadline(saturday).date() == date(2024, 3, 11)
    assert BusinessCalendar().default_deadline(datetime(2024, 3, 8, 17, 0)).date() == date(2024, 3, 11)
