"""A team's business calendar: time zone, working days and hours, public holidays.

Public holidays come from the maintained ``holidays`` package (Turkish moving
feasts such as Ramazan and Kurban Bayramı included), never from hand-written lists.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")
_RESPONSE = re.compile(r"^(\d+) (business day|working day|day)s?$")
MAX_BUSINESS_DAYS = 10_000
"""The most business days :meth:`BusinessCalendar.add_business_days` counts (about 40 years)."""
MAX_RESPONSE_DAYS = 365
"""The longest ``default_response`` a calendar accepts, in days or business days."""


class BusinessCalendar(BaseModel):
    """When the team works; used to resolve deadlines and to suggest concrete ones.

    ``timezone`` is an IANA name; naive times (a thread's ``at``, ``now``) are
    taken to be in it.  ``holidays`` is a country code of the ``holidays``
    package (``"TR"``, ``"GB"``, ``"US"`` …) or ``None``.  ``default_response``
    is how long the team takes to follow up: ``"N business days"`` or
    ``"N days"``.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    timezone: str = "UTC"
    workdays: list[Weekday] = Field(default_factory=lambda: ["mon", "tue", "wed", "thu", "fri"])
    hours: str = "09:00-18:00"
    holidays: str | None = None
    default_response: str = "1 business day"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}; use an IANA name such as 'Europe/Istanbul'") from None
        return value

    @field_validator("hours")
    @classmethod
    def _valid_hours(cls, value: str) -> str:
        found = _HOURS.match(value)
        if not found or (found.group(1), found.group(2)) >= (found.group(3), found.group(4)):
            raise ValueError(f"hours must look like '09:00-18:00', not {value!r}")
        return value

    @field_validator("workdays")
    @classmethod
    def _some_workdays(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("at least one working day is needed")
        return value

    @field_validator("holidays")
    @classmethod
    def _known_country(cls, value: str | None) -> str | None:
        if value is None:
            return None
        import holidays

        if value.upper() not in holidays.list_supported_countries():
            raise ValueError(f"no public-holiday calendar for country {value!r}")
        return value.upper()

    @field_validator("default_response")
    @classmethod
    def _valid_response(cls, value: str) -> str:
        found = _RESPONSE.match(value.strip().lower())
        if not found:
            raise ValueError(f"default_response must look like '1 business day' or '2 days', not {value!r}")
        if int(found.group(1)) > MAX_RESPONSE_DAYS:
            raise ValueError(f"default_response must be at most {MAX_RESPONSE_DAYS} days, not {value!r}")
        return value.strip().lower()

    @cached_property
    def zone(self) -> ZoneInfo:
        """The time zone as a ``ZoneInfo``."""
        return ZoneInfo(self.timezone)

    @cached_property
    def opening(self) -> tuple[time, time]:
        """Start and end of the working day."""
        found = _HOURS.match(self.hours)
        assert found is not None
        start = time(int(found.group(1)), int(found.group(2)))
        end_hour, end_minute = int(found.group(3)), int(found.group(4))
        end = time(23, 59, 59) if end_hour == 24 else time(end_hour, end_minute)
        return start, end

    @cached_property
    def _workday_numbers(self) -> frozenset[int]:
        return frozenset(WEEKDAYS.index(day) for day in self.workdays)

    @cached_property
    def _holidays(self):  # noqa: ANN202 - a holidays.HolidayBase, loaded on first use
        if self.holidays is None:
            return None
        import holidays

        return holidays.country_holidays(self.holidays)

    def localize(self, moment: datetime) -> datetime:
        """``moment`` in the calendar's zone (a naive time is taken to be in it)."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.zone)
        return moment.astimezone(self.zone)

    def holiday_name(self, day: date) -> str | None:
        """The public holiday on ``day``, if any."""
        table = self._holidays
        return None if table is None else table.get(day)

    def is_business_day(self, day: date) -> bool:
        """A working day that is not a public holiday."""
        return day.weekday() in self._workday_numbers and self.holiday_name(day) is None

    def within_hours(self, moment: datetime) -> bool:
        """Whether a person is at work at ``moment``."""
        local = self.localize(moment)
        start, end = self.opening
        return self.is_business_day(local.date()) and start <= local.time() <= end

    def add_business_days(self, moment: datetime, days: int) -> datetime:
        """``moment`` moved forward by ``days`` business days (same clock time).

        Whole weeks are jumped over in one step (less the holidays that fall on working
        days in them), so the cost does not grow with ``days``; a result past the last
        date Python can hold is a ``ValueError``.
        """
        local = self.localize(moment)
        if days > MAX_BUSINESS_DAYS:
            raise ValueError(f"{days:,} business days is more than {MAX_BUSINESS_DAYS:,}")
        day = local.date()
        left = days
        per_week = len(self._workday_numbers)
        try:
            while left > 2 * per_week:
                weeks = left // per_week - 1  # leave at least one week to walk
                end = day + timedelta(weeks=weeks)
                left -= weeks * per_week - self._holidays_on_workdays(day, end)
                day = end
            while left > 0:
                day += timedelta(days=1)
                if self.is_business_day(day):
                    left -= 1
            return local + timedelta(days=(day - local.date()).days)
        except OverflowError:
            raise ValueError(f"{days:,} business days from {local:%Y-%m-%d} is past the last date there is") from None

    def _holidays_on_workdays(self, after: date, until: date) -> int:
        """How many public holidays fall on working days in ``(after, until]``."""
        table = self._holidays
        if table is None:
            return 0
        days = table[after + timedelta(days=1):until + timedelta(days=1)]  # the slice's end is excluded
        return sum(1 for day in set(days) if day.weekday() in self._workday_numbers)

    def default_deadline(self, now: datetime) -> datetime:
        """When the team promises to follow up, counted from ``now``."""
        found = _RESPONSE.match(self.default_response)
        assert found is not None
        count, unit = int(found.group(1)), found.group(2)
        if unit == "day":
            return self.localize(now) + timedelta(days=count)
        return self.add_business_days(now, count)
