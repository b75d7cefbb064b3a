"""Time expressions in both languages, resolved against a frozen reference time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from replycheck.business_calendar import BusinessCalendar
from replycheck.timeexpr import find_times

MONDAY = datetime(2024, 3, 4, 9, 40)  # Monday 4 March 2024, 09:40
TR_CAL = BusinessCalendar(timezone="Europe/Istanbul", holidays="TR")


def one(text: str, lang: str, ref: datetime = MONDAY, calendar: BusinessCalendar | None = None):
    found = find_times(text, lang, ref, calendar)
    assert len(found) == 1, [(t.text, t.kind) for t in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("I'll email you by Wednesday 6 March at 5 pm.", "Wednesday 6 March at 5 pm", "2024-03-06 17:00"),
        ("The money will be back by Friday.", "Friday", "2024-03-08 23:59"),
        ("I'll call you tomorrow morning.", "tomorrow morning", "2024-03-05 12:00"),
        ("It will reach you by 20:50.", "20:50", "2024-03-04 20:50"),
        ("A label within 24 hours.", "within 24 hours", "2024-03-05 09:40"),
        ("Within 2 business days.", "Within 2 business days", "2024-03-06 09:40"),
        ("In 3 days.", "In 3 days", "2024-03-07 23:59"),
        ("By the end of the month.", "the end of the month", "2024-03-31 23:59"),
        ("We'll update you next week.", "next week", "2024-03-15 23:59"),
        ("By EOD, promise.", "EOD", "2024-03-04 18:00"),
        ("On 12 March.", "12 March", "2024-03-12 23:59"),
        ("It lands on March 21st.", "March 21st", "2024-03-21 23:59"),
        ("Tonight.", "Tonight", "2024-03-04 23:00"),
        ("We'll refund it within the hour.", "within the hour", "2024-03-04 10:40"),
    ],
)
def test_english_deadlines(text: str, span: str, expected: str) -> None:
    found = one(text, "en")
    assert found.kind == "deadline" and found.text == span
    assert found.deadline is not None and found.deadline.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Sonucu 6 Mart Çarşamba 17:00'ye kadar bildireceğim.", "6 Mart Çarşamba 17:00'ye kadar", "2024-03-06 17:00"),
        ("Cuma gününe kadar kartınıza yansıyacak.", "Cuma gününe kadar", "2024-03-08 23:59"),
        ("Yarın sabah sizi arayacağım.", "Yarın sabah", "2024-03-05 12:00"),
        ("yarin ogleye kadar gelir", "yarin ogleye kadar", "2024-03-05 12:00"),
        ("Bu akşam elinizde.", "Bu akşam", "2024-03-04 23:00"),
        ("48 saat içinde dönüş yapacağız.", "48 saat içinde", "2024-03-06 09:40"),
        ("2 iş günü içinde iade edilir.", "2 iş günü içinde", "2024-03-06 09:40"),
        ("Ay sonuna kadar tamamlanacak.", "Ay sonuna kadar", "2024-03-31 23:59"),
        ("3 Mart'ta gönderildi.", "3 Mart'ta", "2024-03-03 23:59"),
        ("12 Nisan 2025 tarihinde", "12 Nisan 2025", "2025-04-12 23:59"),
        ("20:50'ye kadar elinizde olacak.", "20:50'ye kadar", "2024-03-04 20:50"),
        ("2–3 gün içinde kartınıza yansır.", "2–3 gün içinde", "2024-03-07 23:59"),
        # "mesai bitimi" of a named day, not of the day the promise was written
        ("Planı 6 Mart Çarşamba mesai bitimine kadar göndereceğim.", "6 Mart Çarşamba mesai bitimine kadar",
         "2024-03-06 18:00"),
        # months with a dotless ı keep their day and month (not only the clock time on today)
        ("Sonucu 5 Aralık 18:00'e kadar SMS ile ileteceğim.", "5 Aralık 18:00'e kadar", "2024-12-05 18:00"),
        ("İadeniz 12 Kasım'a kadar yapılır.", "12 Kasım'a kadar", "2024-11-12 23:59"),
        ("sonuc 5 aralik 2024 tarihinde", "5 aralik 2024", "2024-12-05 23:59"),
    ],
)
def test_turkish_deadlines(text: str, span: str, expected: str) -> None:
    found = one(text, "tr")
    assert found.kind == "deadline" and found.text == span
    assert found.deadline is not None and found.deadline.strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("We'll get back to you soon.", "en", "vague"),
        ("We'll fix it as soon as possible.", "en", "vague"),
        ("It should land any day now.", "en", "vague"),
        ("Our team is available 24/7.", "en", "hours"),
        ("En kısa sürede dönüş yapacağız.", "tr", "vague"),
        ("Yakında düzelecek.", "tr", "vague"),
        ("bugün yarın gelir", "tr", "vague"),
        ("İlerleyen günlerde bilgi verilecek.", "tr", "vague"),
        ("Müşteri hizmetlerimiz 7/24 hizmetinizde.", "tr", "hours"),
        ("7 gün 24 saat ulaşabilirsiniz.", "tr", "hours"),
    ],
)
def test_vague_times_and_opening_hours_have_no_deadline(text: str, lang: str, kind: str) -> None:
    found = one(text, lang)
    assert found.kind == kind and found.deadline is None


def test_offsets_point_into_the_original_text_with_turkish_capitals() -> None:
    text = "İADENİZ YARIN SABAH hesabınızda 🙂"
    found = one(text, "tr")
    assert text[found.start:found.end] == "YARIN SABAH"


def test_business_days_skip_weekends_and_turkish_holidays() -> None:
    friday = datetime(2024, 10, 25, 15, 0)  # Republic Day (29 Oct) falls on the Tuesday after
    found = one("2 iş günü içinde", "tr", friday, TR_CAL)
    assert found.deadline is not None and found.deadline.strftime("%Y-%m-%d") == "2024-10-30"
    before_bayram = datetime(2024, 4, 9, 12, 0)  # Ramazan Bayramı: 10–12 April 2024
    found = one("within 1 business day", "en", before_bayram, TR_CAL)
    assert found.deadline is not None and found.deadline.strftime("%Y-%m-%d") == "2024-04-15"


def test_timezones_resolve_in_the_team_zone() -> None:
    from datetime import timezone

    now_utc = datetime(2024, 3, 4, 13, 0, tzinfo=timezone.utc)  # 16:00 in Istanbul
    found = one("by 5 pm", "en", now_utc, TR_CAL)
    assert found.deadline is not None
    assert found.deadline.utcoffset().total_seconds() == 3 * 3600
    assert found.deadline.strftime("%H:%M") == "17:00" and found.deadline > now_utc


def test_a_clock_time_alone_takes_the_day_named_before_it() -> None:
    found = find_times("The engineer comes on Tuesday 5 March, and I'll call you by 3 pm that day.", "en", MONDAY)
    assert [t.text for t in found] == ["Tuesday 5 March", "3 pm"]
    assert found[1].deadline is not None and found[1].deadline.strftime("%Y-%m-%d %H:%M") == "2024-03-05 15:00"


def test_words_are_not_dates() -> None:
    assert find_times("We will look at your account and may ask for more details.", "en", MONDAY) == []
    assert find_times("Hesabınızı inceleyip size bilgi vereceğiz.", "tr", MONDAY) == []


def test_a_weekday_with_its_day_of_the_month_is_that_date() -> None:
    # (blind 112) "Saturday 21st" said on Friday 13 November is the 21st, not tomorrow; with a month it is the date
    ref = datetime(2026, 11, 13, 11, 0)
    assert [t.deadline.date() for t in find_times("Saturday 21st at 8am is free", "en", ref)] == [date(2026, 11, 21)]
    assert [t.deadline.date() for t in find_times("on Saturday 21st November", "en", ref)] == [date(2026, 11, 21)]
    assert [t.deadline.date() for t in find_times("by Saturday", "en", ref)] == [date(2026, 11, 14)]
