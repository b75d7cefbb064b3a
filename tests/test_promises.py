"""Promises across the thread and in the draft, with a frozen ``now``."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import replycheck
from replycheck.business_calendar import BusinessCalendar

NOW = datetime(2024, 3, 7, 10, 30)  # Thursday
EN_THREAD = [
    {"role": "customer", "at": "2024-03-04T09:12:00", "text": "My parcel says delivered but it's not here."},
    {"role": "agent", "at": "2024-03-04T09:40:00",
     "text": "I've opened a trace with the courier and I'll email you the outcome by Wednesday 6 March at 5 pm."},
]
TR_THREAD = [
    {"role": "customer", "at": "2024-03-04T09:12:00", "text": "Paket bana ulaşmadı."},
    {"role": "agent", "at": "2024-03-04T09:40:00",
     "text": "Kargo firmasında araştırma başlattım, sonucu 6 Mart Çarşamba 17:00'ye kadar size bildireceğim."},
]


def thread_findings(report: replycheck.Report) -> list[replycheck.Finding]:
    return [f for f in report.findings if f.rule_id == "PRM010"]


def test_missed_promise_is_flagged_with_message_and_deadline(checker: replycheck.Checker) -> None:
    text = "Hi Emma, could you confirm your delivery address?"
    report = checker.check(text, lang="en", thread=EN_THREAD, now=NOW)
    [finding] = thread_findings(report)
    assert finding.category == "unkept_promise"
    assert "Message 2" in finding.message and "2024-03-04 09:40" in finding.message and "2024-03-06 17:00" in finding.message
    assert text[finding.start:finding.end] == "could you confirm your delivery address?"
    assert report.rewrite.startswith("Hi Emma, I'm sorry we didn't email you the outcome by Wednesday 6 March at 5 pm as "
                                     "promised; I'll update you by Friday 8 March")
    assert "by Friday 8 March" in report.rewrite and report.rewrite.endswith("Could you confirm your delivery address?")
    again = checker.check(report.rewrite, lang="en", thread=EN_THREAD, now=NOW)
    assert not thread_findings(again)


def test_turkish_missed_promise(checker: replycheck.Checker) -> None:
    report = checker.check("Merhaba Ece Hanım, adresinizi teyit edebilir misiniz?", lang="tr", thread=TR_THREAD, now=NOW)
    [finding] = thread_findings(report)
    assert "2. mesaj (temsilci, 2024-03-04 09:40)" in finding.message and "2024-03-06 17:00" in finding.message
    # the promise is said again as it was written, so the customer sees which one
    assert report.rewrite.startswith("Merhaba Ece Hanım, sonucu 6 Mart Çarşamba 17:00'ye kadar size bildireceğimizi "
                                     "söylemiştik ama yapamadık, özür dileriz")
    assert "8 Mart Cuma gününe kadar" in report.rewrite and report.rewrite.endswith("Adresinizi teyit edebilir misiniz?")


def test_a_missed_promise_the_thread_dated_in_words_is_named_by_its_day(checker: replycheck.Checker) -> None:
    """No step of ours to name it by ("your images will be in your inbox by Tuesday 24 November"): the promised outcome
    is said again as the thread wrote it, its day written out; a promise naming nothing but its day gets the day."""
    thread = [{"role": "agent", "at": "2026-11-20T12:00:00+00:00",
               "text": "Your sneak-peek images will be in your inbox by Tuesday 24 November."},
              {"role": "customer", "at": "2026-11-27T18:40:00+00:00", "text": "Do you do family portraits in December?"}]
    report = checker.check("Hi Nadia, yes we do! Our mini-sessions run on the 6th and 13th.", lang="en", thread=thread,
                           now=datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc))
    assert report.rewrite.startswith("Hi Nadia, I'm sorry we didn't keep our promise that your sneak-peek images would be in "
                                     "your inbox by Tuesday 24 November; ")
    bare = [{"role": "agent", "at": "2026-11-20T12:00:00+00:00", "text": "You'll hear from us by Tuesday 24 November."}, thread[1]]
    dated = checker.check("Hi Nadia, yes we do! Our mini-sessions run on the 6th and 13th.", lang="en", thread=bare,
                          now=datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc))
    assert dated.rewrite.startswith("Hi Nadia, I'm sorry we missed the Tuesday 24 November deadline we gave you; ")
    relative = [{"role": "agent", "at": "2026-11-20T12:00:00+00:00", "text": "Your images will be in your inbox by Tuesday."},
                thread[1]]
    again = checker.check("Hi Nadia, yes we do! Our mini-sessions run on the 6th and 13th.", lang="en", thread=relative,
                          now=datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc))
    assert "24 November" not in again.rewrite  # a day the thread did not write out is never resolved for the customer
    assert "would be in your inbox by Tuesday;" in again.rewrite  # (its weekday, as the thread wrote it)


@pytest.mark.parametrize(
    ("lang", "thread", "text", "now"),
    [
        # the deadline has not passed yet
        ("en", EN_THREAD, "Hi Emma, could you confirm your address?", datetime(2024, 3, 6, 12, 0)),
        ("tr", TR_THREAD, "Merhaba, adresinizi teyit edebilir misiniz?", datetime(2024, 3, 6, 12, 0)),
        # a later agent message followed up
        ("en", [*EN_THREAD, {"role": "agent", "at": "2024-03-06T16:00:00", "text": "The trace is still open."}],
         "Hi Emma, could you confirm your address?", NOW),
        # the draft owns the miss
        ("en", EN_THREAD, "Hi Emma, I'm sorry I didn't email you on Wednesday as I promised. The parcel is at the depot.", NOW),
        ("tr", TR_THREAD, "Merhaba, Çarşamba bildireceğimi söylemiştim, yapamadım; özür dilerim. Paket depoda.", NOW),
        ("en", EN_THREAD, "Hi Emma, I'm really sorry – we let you down on Wednesday. The parcel is at the depot.", NOW),
        # the draft delivers it
        ("en", EN_THREAD, "Hi Emma, here is the outcome of the trace: the parcel is at the depot.", NOW),
    ],
)
def test_counter_cases_are_not_flagged(checker: replycheck.Checker, lang: str, thread: list, text: str, now: datetime) -> None:
    assert not thread_findings(checker.check(text, lang=lang, thread=thread, now=now))


def test_customer_saying_a_promise_was_broken(checker: replycheck.Checker) -> None:
    en = [{"role": "customer", "at": "2024-03-07T09:00:00", "text": "You said you'd call me yesterday. Nobody did."}]
    report = checker.check("Hi, thanks for your patience. Your case is with billing.", lang="en", thread=en, now=NOW)
    [finding] = thread_findings(report)
    assert "Message 1 (customer, 2024-03-07 09:00)" in finding.message
    # after the greeting and its thank-you, before the body
    assert report.rewrite.startswith(
        "Hi, thanks for your patience. I'm sorry we didn't call you as promised; I'll update you by Friday 8 March")
    # the promise heard from someone (by phone), a call that never came: a parcel dispatched does not answer it
    heard = [{"role": "customer", "at": "2024-03-07T09:00:00",
              "text": "I rang on Monday and was told I'd get a call back by Wednesday. Nobody has called."}]
    report = checker.check("Hi Sarah, your order was dispatched on Monday.", lang="en", thread=heard, now=NOW)
    assert report.rewrite.startswith("Hi Sarah, I'm sorry we didn't call you as promised.")
    # what a technician said about the piano is no promise
    said = [{"role": "customer", "at": "2024-03-07T09:00:00", "text": "The last technician said it needs regulation."}]
    assert not thread_findings(checker.check("Hi Felix, yes, Tomasz does regulation.", lang="en", thread=said, now=NOW))
    tr = [{"role": "customer", "at": "2024-03-07T09:00:00", "text": "Dün arayacağınızı söylemiştiniz, kimse aramadı."}]
    assert thread_findings(checker.check("Merhaba, talebiniz fatura ekibinde.", lang="tr", thread=tr, now=NOW))
    # "still nothing" with no earlier agent message is not a broken promise
    chase = [{"role": "customer", "at": "2024-03-07T09:00:00", "text": "I changed the DNS an hour ago and it still shows the old site."}]
    assert not thread_findings(checker.check("Hi, the change takes up to 4 hours to show.", lang="en", thread=chase, now=NOW))


def test_timezone_of_now_and_of_the_deadline() -> None:
    istanbul = replycheck.Checker(calendar=BusinessCalendar(timezone="Europe/Istanbul"))
    thread = [{"role": "agent", "at": "2024-03-07T09:00:00", "text": "I'll call you by 5 pm today."}]
    text = "Hi Sam, could you send me your account number?"
    # 16:30 Istanbul is 13:30 UTC: the 5 pm promise is still open
    open_now = datetime(2024, 3, 7, 13, 30, tzinfo=timezone.utc)
    assert not thread_findings(istanbul.check(text, lang="en", thread=thread, now=open_now))
    # 17:30 Istanbul is 14:30 UTC: it has passed
    late_now = datetime(2024, 3, 7, 14, 30, tzinfo=timezone.utc)
    assert thread_findings(istanbul.check(text, lang="en", thread=thread, now=late_now))


def test_draft_promise_already_late_is_flagged(checker: replycheck.Checker) -> None:
    report = checker.check("I'll send you the form by 5 March.", lang="en", now=NOW)
    [finding] = [f for f in report.findings if f.rule_id == "PRM011"]
    assert finding.text == "5 March" and "already passed" in finding.message
    assert report.rewrite == "I'll send you the form by Friday 8 March."


def test_working_time_is_judged_only_with_a_configured_calendar(checker: replycheck.Checker) -> None:
    text = "I'll call you on Saturday."
    assert not [f for f in checker.check(text, lang="en", now=NOW).findings if f.rule_id == "PRM011"]
    team = replycheck.Checker(calendar=BusinessCalendar(timezone="Europe/Istanbul", holidays="TR"))
    assert [f for f in team.check(text, lang="en", now=NOW).findings if f.rule_id == "PRM011"]
    holiday = team.check("Sizi 29 Ekim'de arayacağım.", lang="tr", now=datetime(2024, 10, 25, 10, 0))
    [finding] = [f for f in holiday.findings if f.rule_id == "PRM011"]
    assert "Republic Day" in finding.message or "Cumhuriyet" in finding.message
    after_hours = team.check("I'll call you at 8 pm today.", lang="en", now=NOW)
    assert [f for f in after_hours.findings if f.rule_id == "PRM011"]
    assert not [f for f in team.check("I'll call you at 3 pm today.", lang="en", now=NOW).findings if f.rule_id == "PRM011"]


def test_pending_work_gets_a_concrete_day_from_the_calendar() -> None:
    team = replycheck.Checker(calendar=BusinessCalendar(holidays="TR", default_response="1 business day"))
    report = team.check("We'll get back to you soon.", lang="en", now=datetime(2024, 10, 28, 11, 0))
    assert report.rewrite == "We'll get back to you by Wednesday 30 October."  # 29 October is a holiday
    tr = team.check("En kısa sürede size dönüş yapacağız.", lang="tr", now=datetime(2024, 10, 28, 11, 0))
    assert "30 Ekim Çarşamba" in tr.rewrite


def test_pending_work_next_to_the_acknowledgement_gets_one_date(checker: replycheck.Checker) -> None:
    thread = [{"role": "agent", "at": "2024-04-01T16:20:00", "text": "Fatura ekibiyle kontrol edip yarın sabah sizi arayacağım."}]
    text = "Merhaba Nurcan Hanım, iki çekimi görüyorum, incelenmesi için fatura ekibine ilettim."
    report = checker.check(text, lang="tr", thread=thread, now=datetime(2024, 4, 3, 9, 45))
    assert {f.category for f in report.findings} == {"unkept_promise", "missing_timeline"}
    assert report.rewrite.count("4 Nisan Perşembe") == 1


def test_an_apology_for_a_settled_matter_promises_no_further_update() -> None:
    thread = [{"role": "agent", "at": "2026-11-28T17:00:00+00:00", "text": "A mechanic will come to your home on Wednesday 2 December."},
              {"role": "customer", "at": "2026-12-03T08:10:00+00:00", "text": "Nobody came yesterday."}]
    report = replycheck.check("Ms. Duarte, please bring the bike back to the shop; the warranty doesn't cover home visits.",
                              thread=thread, now=datetime(2026, 12, 3, 9, 0))
    # (the mechanic's visit is read as the promise now: the apology names its day)
    assert report.rewrite.startswith("I'm sorry we missed the Wednesday 2 December deadline we gave you. Ms. Duarte, please bring")
    assert "update you by" not in report.rewrite


def test_a_card_number_is_not_a_dated_contact_back(checker: replycheck.Checker) -> None:
    # "ending 0932" is a number, not a day: the draft's contact-back is undated, so it gets the new day
    text = ("Hi Ben, we're looking into the delivery of your replacement card ending 0932 with our supplier "
            "and will update you once we know more.")
    report = checker.check(text, lang="en", thread=EN_THREAD, now=NOW)
    assert report.rewrite.endswith("will update you once we know more, and in any case by Friday 8 March.")
    assert "ending 0932" in report.rewrite and report.rewrite.count("Friday 8 March") == 1


def test_the_apology_names_the_missed_step_only_in_words_that_still_hold(checker: replycheck.Checker) -> None:
    relative = [{"role": "agent", "at": "2024-03-04T09:40:00", "text": "I'll email you the outcome by tomorrow at 5 pm."}]
    report = checker.check("Hi Emma, could you confirm your delivery address?", lang="en", thread=relative, now=NOW)
    # "by tomorrow" said again three days later would name the wrong day: the step is named without it
    assert report.rewrite.startswith("Hi Emma, I'm sorry we didn't email you the outcome as promised; I'll update you by")
    assert "tomorrow" not in report.rewrite


def _rewrite_after(agent: tuple[str, str], customer: tuple[str, str], draft: str, lang: str, now: str) -> replycheck.Report:
    """The report on ``draft`` after a thread of one agent promise and one customer message ((at, text) each)."""
    thread = [{"role": "agent", "at": agent[0], "text": agent[1]}, {"role": "customer", "at": customer[0], "text": customer[1]}]
    return replycheck.check(draft, lang=lang, thread=thread, now=datetime.fromisoformat(now))


@pytest.mark.parametrize(("draft", "sentence"), [
    # our own vague contact-back gets the day (the apology then promises no second update)
    ("Hi Dan, your unlock request (number ending 2210) is still with our device team and we'll update you shortly.",
     "Your unlock request (number ending 2210) is still with our device team and we'll update you by Friday 4 December."),
    # other work loses its vague words only
    ("Dear Mr Lowe, your statement is being prepared by our servicing team and will be sent out in due course.",
     "Your statement is being prepared by our servicing team and will be sent out. "),
])
def test_a_vague_time_beside_the_apology_s_new_day_goes(draft: str, sentence: str) -> None:
    report = _rewrite_after(("2026-11-27T10:00:00+00:00", "I'll email you the statement by Monday 30 November."),
                            ("2026-12-03T09:00:00+00:00", "Still nothing."), draft, "en", "2026-12-03T10:00:00+00:00")
    assert report.rewrite.count("update you by") == 1
    assert sentence.split(" ", 1)[1].strip() in report.rewrite
    assert not any(f.category == "missing_timeline" and f.suggestions[0].applicability == "manual"
                   for f in report.findings)


def test_the_turkish_apology_names_no_clock_the_thread_did_not_write() -> None:
    report = _rewrite_after(
        ("2026-11-30T15:10:00+03:00",
         "Merhaba Nilay Hanım, iade kargo etiketini 1 Aralık Salı akşamına kadar e-postanıza göndereceğim."),
        ("2026-12-03T09:05:00+03:00", "Merhaba, etiket hâlâ gelmedi."),
        "Merhaba Nilay Hanım, değişim talebiniz kayıtlı (Talep No: DG-55817).", "tr", "2026-12-03T10:30:00+03:00")
    # the promise is said again in its own words ("akşamına kadar"), never as the resolved clock
    assert "iade kargo etiketini 1 Aralık Salı akşamına kadar e-postanıza göndereceğimizi söylemiştik" in report.rewrite
    assert "21:00" not in report.rewrite


def test_no_update_day_in_the_apology_when_the_draft_rebooks_the_step() -> None:
    report = _rewrite_after(
        ("2026-11-30T11:00:00+01:00",
         "Your broadband installation is booked: our technician will visit on Wednesday 2 December between 12:00 and 16:00."),
        ("2026-12-02T17:30:00+01:00", "Nobody came today."),
        "Hi Mrs Kowalski, your broadband installation (order TN-66120) is now booked for Monday 7 December "
        "between 08:00 and 12:00.", "en", "2026-12-03T09:15:00+01:00")
    assert "I'm sorry" in report.rewrite
    assert "update you by" not in report.rewrite


def test_the_apology_goes_after_a_name_with_its_title_and_is_said_once() -> None:
    rewrite = _rewrite_after(
        ("2026-12-01T17:20:00+03:00",
         "Servis kaydınızı açtım, yarın sabah 11:00'e kadar sizi arayıp teknisyen saatini bildireceğim."),
        ("2026-12-03T09:05:00+03:00", "Dün arayacağınızı söylemiştiniz, kimse aramadı."),
        "Gül Hanım, servis kaydınız (SRV-30917) açık durumda ve teknisyen ataması en kısa sürede yapılacak. "
        "Cihazınız garanti kapsamında.", "tr", "2026-12-03T10:30:00+03:00").rewrite
    # (the missed call was promised for "yarın sabah", a day ago: "dün")
    assert rewrite.startswith("Gül Hanım, söz verdiğimiz hâlde dün sizi arayamadık")
    assert rewrite.count("gününe kadar size bilgi vereceğiz") == 1


def test_the_acknowledgement_names_the_feeling_the_customer_wrote() -> None:
    thread = [{"role": "customer", "at": "2026-12-02T20:15:00+00:00", "text": "I'm really worried she will fail."}]
    report = replycheck.check("Hi Mr. Duarte, please relax — one mock is not the whole exam.", lang="en", thread=thread,
                              now=datetime.fromisoformat("2026-12-03T08:45:00+00:00"))
    assert report.rewrite.startswith("Hi Mr. Duarte, I understand this is worrying —")


def test_a_call_that_took_place_is_no_missed_promise() -> None:
    report = _rewrite_after(
        ("2026-12-01T11:30:00+00:00", "I'll call you on Wednesday 2 December at 2 pm to go through the settlement."),
        ("2026-12-02T15:10:00+00:00", "Thanks for the call earlier. Can you confirm the amount in writing please?"),
        "Good morning Mr. Adeyemi, as discussed on our call yesterday, we will pay £3,480 by Tuesday 8 December.",
        "en", "2026-12-03T09:30:00+00:00")
    assert not [f for f in report.findings if f.category == "unkept_promise"]


@pytest.mark.parametrize(("agent", "customer", "draft", "lang", "now", "apology"), [
    # a missed call is named as a call, on the day and clock the thread wrote, after "Name Bey merhaba,"
    (("2026-12-01T16:20:00+03:00", "Nihan Hanım, yarın (2 Aralık) saat 15:00'te sizi arayıp kurulumu birlikte yapacağım."),
     ("2026-12-03T08:40:00+03:00", "Dün aramanızı bekledim, arayan olmadı."),
     "Nihan Hanım merhaba, güncel sürücüyü bu e-postaya ekledim.", "tr", "2026-12-03T09:10:00+03:00",
     "Nihan Hanım merhaba, söz verdiğimiz hâlde 2 Aralık Çarşamba 15:00'te sizi arayamadık, özür dileriz"),
    # (reading 67) the greeting on a line of its own keeps its line: the apology opens the body, with its capital
    (("2026-12-01T16:20:00+03:00", "Nihan Hanım, yarın (2 Aralık) saat 15:00'te sizi arayıp kurulumu birlikte yapacağım."),
     ("2026-12-03T08:40:00+03:00", "Dün aramanızı bekledim, arayan olmadı."),
     "Nihan Hanım merhaba,\n\ngüncel sürücüyü bu e-postaya ekledim.", "tr", "2026-12-03T09:10:00+03:00",
     "Nihan Hanım merhaba,\n\nSöz verdiğimiz hâlde 2 Aralık Çarşamba 15:00'te sizi arayamadık, özür dileriz"),
    # (blind 69) a catalogue sent is no delivery of the promised visit: the greeting both open with is not "about" it
    (("2026-11-24T10:05:00+03:00", "Merhaba Nesrin Hanım, ölçü ekibimiz 26 Kasım Perşembe 14:00'te adresinizde olacak."),
     ("2026-11-27T08:40:00+03:00", "Perşembe kimse gelmedi, aramadı da. Bir de kumaş kataloğu istiyorum."),
     "Merhaba Nesrin Hanım, kumaş kataloğumuzun PDF halini ekte gönderiyorum.", "tr", "2026-11-27T09:30:00+03:00",
     "Merhaba Nesrin Hanım, ölçü ekibimizin 26 Kasım Perşembe 14:00'te adresinizde olacağını söylemiştik ama yapamadık, "
     "özür dileriz"),
    # (blind 69) a date months away is what the promise is about; "tomorrow" is when it was due
    (("2026-11-23T10:20:00+00:00", "Hi Sophie, I'll call you tomorrow to confirm whether the E-Type is free for 14 February."),
     ("2026-11-25T08:47:00+00:00", "You said you'd call me yesterday and I never heard anything."),
     "Hi Sophie, thanks for getting in touch. We're still checking with the owner.", "en", "2026-11-25T09:30:00+00:00",
     "Hi Sophie, thanks for getting in touch. I'm sorry we didn't call you yesterday as promised"),
    # (an English step that can't be said again as it was: "tomorrow" would name the wrong day)
    (("2026-12-01T14:30:00+00:00",
      "I'll ask our manager, Steve, to ring you by end of day tomorrow (Wednesday 2 December) about the sofa cover."),
     ("2026-12-03T09:12:00+00:00", "Nobody called me."),
     "Hi Pete, we can ship the cover on 14 December.", "en", "2026-12-03T09:40:00+00:00",
     "Hi Pete, I'm sorry we didn't call you on Wednesday 2 December as promised"),
    # a call promised for "tomorrow morning" a day ago was missed "this morning"
    (("2026-12-02T15:10:00+00:00", "Hi Tomasz, I'll ring you tomorrow morning before 11 am to arrange a new slot."),
     ("2026-12-03T13:05:00+00:00", "It's past one and nobody rang."),
     "Hi Tomasz, your parcel can be delivered on Friday 4 December after 2 pm. Let me know if that suits.", "en",
     "2026-12-03T13:30:00+00:00",
     "Hi Tomasz, I'm sorry we didn't call you this morning as promised. Your parcel can be delivered"),
    # "tomorrow morning" written on a Thursday and read days later: the day it meant, from when it was written
    (("2026-11-12T15:30:00+00:00", "Hi Laura, I'll call you tomorrow morning to sort out a backup date."),
     ("2026-11-16T08:50:00+00:00", "You said you'd ring me on Friday about the rebooking and nobody did."),
     "Hi Laura, our weather policy lets you move your booking once free of charge.", "en", "2026-11-16T09:15:00+00:00",
     "Hi Laura, I'm sorry we didn't call you on Friday 13 November as promised"),
    (("2026-11-19T15:40:00+03:00", "Merhaba Hakan Bey, parça tedarikçisiyle görüşüp yarın öğleden sonra sizi arayacağım."),
     ("2026-11-23T09:05:00+03:00", "Cuma günü arayacağınızı söylemiştiniz, arayan olmadı."),
     "Merhaba Hakan Bey, parça sipariş listesinde görünüyor.", "tr", "2026-11-23T09:30:00+03:00",
     "Merhaba Hakan Bey, söz verdiğimiz hâlde 20 Kasım Cuma günü sizi arayamadık"),
    # "make sure X is applied", said as missed: "get X applied"
    (("2026-11-27T10:00:00+00:00", "I'll make sure a £7.99 credit is applied to your account by Monday 30 November."),
     ("2026-12-03T09:00:00+00:00", "Still no credit on my account."),
     "Hi Sam, your next billing date is 15 December.", "en", "2026-12-03T10:00:00+00:00",
     "Hi Sam, I'm sorry we didn't get a £7.99 credit applied to your account by Monday 30 November as promised"),
    # the draft says the step is under way: the apology is for the wait, not for a step not taken
    (("2026-11-28T19:40:00+00:00", "So sorry, Priya. I'll have the £18.60 refund sent back to your card by Monday 30 November."),
     ("2026-12-02T21:05:00+00:00", "Still nothing on my card."),
     "Hi Priya, refunds to cards usually take 3–5 working days to appear, and yours is for £18.60.", "en",
     "2026-12-03T10:15:00+00:00",
     "Hi Priya, I'm sorry this is taking longer than we promised; I'll update you by"),
    # an amount in the promised step stays whole ("£89.99", not "£89")
    (("2026-11-26T11:25:00+00:00", "Sorry about that. I'll confirm the refund of the duplicate £89.99 charge by Tuesday 1 December."),
     ("2026-12-03T13:20:00+00:00", "Hello? Still nothing about the duplicate charge."),
     "Dear Ms Abara, the charge is showing as pending.", "en", "2026-12-03T14:00:00+00:00",
     "Dear Ms Abara, I'm sorry we didn't confirm the refund of the duplicate £89.99 charge by Tuesday 1 December as promised"),
    # a call beside the promise that was missed is not the promise: the day is named, not a call
    (("2026-11-27T10:00:00+03:00",
      "Bavulunuz en geç 30 Kasım Pazartesi akşamına kadar teslim edilecek, teslimattan önce sizi arayacağım."),
     ("2026-12-03T09:00:00+03:00", "Bavul hâlâ gelmedi."),
     "Merhaba Nilay Hanım, bavulunuz İzmir'de.", "tr", "2026-12-03T10:00:00+03:00",
     "Merhaba Nilay Hanım, size 30 Kasım Pazartesi günü için verdiğimiz sözü tutamadık"),
])
def test_a_missed_call_is_named_as_a_call(agent: tuple[str, str], customer: tuple[str, str], draft: str, lang: str,
                                          now: str, apology: str) -> None:
    assert _rewrite_after(agent, customer, draft, lang, now).rewrite.startswith(apology)


@pytest.mark.parametrize(("agent", "customer", "draft", "lang", "now"), [
    # a promised document the draft cites was delivered
    (("2026-11-27T11:30:00+00:00", "I'll send you the revised policy documents by Tuesday 1 December."),
     ("2026-12-03T08:52:00+00:00", "Can you confirm when my new premium starts?"),
     "Hi Karen, your new premium of £38.50 a month starts on 15 December, as set out in the revised documents.",
     "en", "2026-12-03T10:00:00+00:00"),
    # a refund sent to the IBAN keeps the promise, and an amount does not end the promise's sentence
    (("2026-11-30T14:00:00+03:00", "1.500 TL depozito iadenizi 2 Aralık'a kadar hesabınıza yatıracağız."),
     ("2026-12-03T09:55:00+03:00", "Depozito iadesi yapıldı mı?"),
     "Merhaba Tarık Bey, 1.500 TL depozito iadeniz 2 Aralık'ta IBAN'ınıza gönderildi; dekontu ekte bulabilirsiniz.",
     "tr", "2026-12-03T10:20:00+03:00"),
])
def test_a_promise_the_draft_shows_kept_gets_no_finding(
        agent: tuple[str, str], customer: tuple[str, str], draft: str, lang: str, now: str) -> None:
    assert _rewrite_after(agent, customer, draft, lang, now).findings == []


def test_a_chase_after_an_explanation_is_no_broken_promise() -> None:
    thread = [{"role": "agent", "at": "2026-12-01T11:00:00+03:00", "text": "Raporlar menüsü yalnızca Admin rolündeki kullanıcılara açıktır."},
              {"role": "customer", "at": "2026-12-02T18:20:00+03:00", "text": "Raporlar menüsünü hâlâ göremiyorum, neden?"}]
    report = replycheck.check("Merhaba Ece Hanım, hesabınızda rolünüz 'Editor' olarak tanımlı.", lang="tr", thread=thread,
                              now=datetime.fromisoformat("2026-12-03T09:00:00+03:00"))
    assert not [f for f in report.findings if f.rule_id == "PRM010"]


def test_a_chase_answered_with_a_time_still_ahead_is_no_broken_promise() -> None:
    thread = [{"role": "customer", "at": "2026-12-01T08:15:00+03:00", "text": "Sokaktaki ana vana patlamış!"},
              {"role": "agent", "at": "2026-12-01T08:40:00+03:00", "text": "Ekibimizi yönlendirdim, 10:00a kadar bölgede olacaklar."},
              {"role": "customer", "at": "2026-12-01T09:05:00+03:00", "text": "Hâlâ akıyor, ne zaman gelecekler?"}]
    now = "2026-12-01T09:10:00+03:00"
    answered = replycheck.check("Kemal Bey, ekibimiz yola çıktı, 10:00'a kadar orada olacaklar.", lang="tr", thread=thread, now=now)
    assert not [f for f in answered.findings if f.category == "unkept_promise"]
    ignored = replycheck.check("Kemal Bey, ekibimiz yola çıktı.", lang="tr", thread=thread, now=now)
    assert [f.rule_id for f in ignored.findings if f.category == "unkept_promise"] == ["PRM010"]


def test_a_chase_answered_by_doing_the_promised_step_is_no_broken_promise() -> None:
    thread = [{"role": "customer", "at": "2026-11-21T13:40:00+03:00", "text": "Aracımı sattım, ilanı kaldırmak istiyorum."},
              {"role": "agent", "at": "2026-11-21T14:05:00+03:00",
               "text": "Talebinizi aldım; ilanınızı pazartesi gün sonuna kadar yayından kaldıracağım."},
              {"role": "customer", "at": "2026-11-24T10:30:00+03:00", "text": "İlan hâlâ yayında mı acaba?"}]
    now = "2026-11-24T10:50:00+03:00"
    done = replycheck.check("Onur Bey, ilanınızı şu an yayından kaldırdım.", lang="tr", thread=thread, now=now)
    assert not [f for f in done.findings if f.category == "unkept_promise"]
    ignored = replycheck.check("Onur Bey, ilanınız sistemde görünüyor.", lang="tr", thread=thread, now=now)
    assert [f.rule_id for f in ignored.findings if f.category == "unkept_promise"] == ["PRM010"]


def test_the_apology_does_not_correct_the_weekday_the_promise_wrote() -> None:
    # 27 November 2026 is a Friday; the promise said "Thursday 27 November": the apology quotes the date alone
    thread = [{"role": "customer", "at": "2026-11-24T15:00:00+00:00", "text": "The brakes on my scooter are squealing."},
              {"role": "agent", "at": "2026-11-25T10:00:00+00:00",
               "text": "Our engineer, Dean, will call you on Thursday 27 November to book the brake repair."},
              {"role": "customer", "at": "2026-11-28T13:20:00+00:00", "text": "Dean never called."}]
    report = replycheck.check("Hello Mrs Green, our engineers are very busy this time of year.", lang="en",
                              thread=thread, now="2026-11-28T14:00:00+00:00")
    assert "call you on 27 November as promised" in report.rewrite
    assert "Friday 27 November" not in report.rewrite and "Thursday" not in report.rewrite
    # a weekday that fits its date is kept
    thread[1]["text"] = "Our engineer, Dean, will call you on Friday 27 November to book the brake repair."
    report = replycheck.check("Hello Mrs Green, our engineers are very busy this time of year.", lang="en",
                              thread=thread, now="2026-11-28T14:00:00+00:00")
    assert "call you on Friday 27 November as promised" in report.rewrite


def test_a_missed_step_is_named_without_the_relative_day_it_was_said_on() -> None:
    from replycheck.promises import missed_step
    assert missed_step("Of course! I'll send you photos from Daisy's day by 6 pm today.", "en") == "send you photos from Daisy's day"
    # a step with only a pronoun for its object can't be named again
    assert missed_step("Sure, I'll email it to you tomorrow morning.", "en") is None
    # nor a vague one
    assert missed_step("I'll look into it today.", "en") is None


def test_a_missed_step_is_named_without_the_clause_that_follows_it() -> None:
    from replycheck.promises import missed_step
    # (blind 128) the second clause with its own subject is not the step, and the relative day goes
    assert missed_step("Absolutely, I'll process your refund today and you'll see it in 3 to 5 working days.", "en") \
        == "process your refund"
    # a weekday's lunchtime, as the thread wrote it
    assert missed_step("Hi Tom, of course. I'll send your written quote over by Wednesday lunchtime.", "en") \
        == "send your written quote over by Wednesday lunchtime"
    # "this Friday" named the day it was said on: the step can't be said again with it
    assert missed_step("I'll have the shutter on unit B14 repaired by this Friday (6 November) and I'll text you.", "en") is None


def test_the_apology_names_the_step_the_customer_waits_for() -> None:
    # an amount is no time ("refund the £4.20 … by end of day tomorrow"); the checking before the step is not named
    report = _rewrite_after(
        ("2026-11-05T16:00:00+00:00", "Sorry about that, Jordan. I'll refund the £4.20 to your card by end of day tomorrow."),
        ("2026-11-09T11:31:00+00:00", "Any update? Also, can I add a second card?"),
        "Hi Jordan! Yes, you can add a second card in the app.", "en", "2026-11-09T12:00:00+00:00")
    assert "I'm sorry we didn't refund the £4.20 to your card as promised" in report.rewrite
    report = _rewrite_after(
        ("2026-11-16T11:00:00+00:00", "Hi Helen, I'll check with our accounts team and refund the duplicate by Wednesday 18 November."),
        ("2026-11-20T08:40:00+00:00", "Just following up about the double charge."),
        "Morning Helen, thanks for getting in touch.", "en", "2026-11-20T10:15:00+00:00")
    assert "I'm sorry we didn't refund the duplicate by Wednesday 18 November as promised" in report.rewrite


def test_a_turkish_apology_says_the_promise_again() -> None:
    report = _rewrite_after(
        ("2026-11-09T11:02:00+03:00", "Merhaba, kurs iptali için özür dileriz. İade tutarını 12 Kasım Perşembe akşamına kadar "
                                      "kartınıza geri yükleyeceğiz."),
        ("2026-11-16T09:40:00+03:00", "Peki aralık kursuna kayıt yaptırabilir miyiz?"),
        "Merhaba, aralık kursumuz 7 Aralık Pazartesi başlıyor.", "tr", "2026-11-16T10:30:00+03:00")
    assert report.rewrite.startswith("Merhaba, iade tutarını 12 Kasım Perşembe akşamına kadar kartınıza geri yükleyeceğimizi "
                                     "söylemiştik ama yapamadık, özür dileriz")


def test_a_visit_nobody_came_to_is_not_apologised_for_as_a_call() -> None:
    report = _rewrite_after(
        ("2026-11-24T11:30:00+00:00", "Sorry about that. An engineer will come back on Thursday to finish the set-up."),
        ("2026-11-27T08:15:00+00:00", "Nobody turned up yesterday morning and no one rang."),
        "Hi Mrs Doyle, I've passed this to our scheduling team.", "en", "2026-11-27T09:40:00+00:00")
    assert "call you as promised" not in report.rewrite and "I'm sorry" in report.rewrite


def test_a_turkish_promise_done_in_the_passive_was_kept() -> None:
    report = _rewrite_after(
        ("2026-12-01T10:00:00+03:00", "Özür dileriz, eksik B şişesini yarın kargoya vereceğim."),
        ("2026-12-02T20:00:00+03:00", "Kargo çıktı mı?"),
        "Merhaba Emre Bey, eksik B şişeniz dün 16:40'ta kargoya verildi.", "tr", "2026-12-03T09:00:00+03:00")
    assert "sözü tutamadık" not in report.rewrite


def test_someone_elses_visit_is_a_commitment() -> None:
    # "An engineer will come back on Thursday 26th …" is the promise the customer waited for, not only their complaint
    thread = [{"role": "agent", "at": "2026-11-24T11:30:00+00:00",
               "text": "Sorry about that. An engineer will come back on Thursday 26th between 8 and 12 to finish the set-up."},
              {"role": "customer", "at": "2026-11-27T08:15:00+00:00", "text": "Any news?"}]
    report = replycheck.check("Hi Mrs Doyle, I've passed this to our scheduling team.", lang="en", thread=thread,
                              now=datetime(2026, 11, 27, 9, 40, tzinfo=timezone.utc))
    [finding] = [f for f in report.findings if f.rule_id == "PRM010"]
    assert "Message 1 (agent" in finding.message and "An engineer will come back" in finding.message


def test_a_visit_the_customer_does_not_mention_is_left_to_the_agent() -> None:
    # the technician may well have come: an apology would say as a fact that nobody did
    report = _rewrite_after(
        ("2026-11-05T10:00:00+03:00", "Koşu bandınızın kurulumu için teknisyenimiz 7 Kasım Cumartesi 10:00-13:00 arasında adresinize gelecek."),
        ("2026-11-09T09:00:00+03:00", "Bu arada faturayı şirket adına kesebilir misiniz?"),
        "Elbette, faturanızı şirket adına düzenleyebiliriz.", "tr", "2026-11-09T10:30:00+03:00")
    assert [f.rule_id for f in report.findings] == ["PRM010"]
    assert report.findings[0].suggestions[0].applicability == "manual"
    assert report.rewrite == "Elbette, faturanızı şirket adına düzenleyebiliriz."
    # … but a customer who writes about it gets the apology
    said = _rewrite_after(
        ("2026-11-05T10:00:00+03:00", "Koşu bandınızın kurulumu için teknisyenimiz 7 Kasım Cumartesi 10:00-13:00 arasında adresinize gelecek."),
        ("2026-11-09T09:00:00+03:00", "Teknisyen gelmedi, kurulum ne olacak?"),
        "Merhaba, kurulum için yeni randevu ayarlıyoruz.", "tr", "2026-11-09T10:30:00+03:00")
    assert said.rewrite != "Merhaba, kurulum için yeni randevu ayarlıyoruz."


def test_a_delivery_the_customer_does_not_mention_is_left_to_the_agent() -> None:
    # (blind 109) a bouquet promised for the door, and the customer now asks about billing: it probably came
    report = _rewrite_after(
        ("2026-11-17T09:10:00+03:00", "Çok üzüldük, yeni buketinizi bugün saat 17:00'ye kadar kapınıza teslim edeceğiz."),
        ("2026-11-18T08:30:00+03:00", "Abonelik ödeme tarihimi ayın 1'ine çekebilir miyiz?"),
        "Günaydın Pelin Hanım, ödeme tarihinizi ayın 1'ine aldım.", "tr", "2026-11-18T09:00:00+03:00")
    assert [f.rule_id for f in report.findings] == ["PRM010"]
    assert report.findings[0].suggestions[0].applicability == "manual"
    assert "sözü" not in report.rewrite


def test_no_update_day_when_the_customer_is_asked_for_a_day_that_suits() -> None:
    # (blind 109) the next step is the customer's choice: the apology promises no update of ours
    report = _rewrite_after(
        ("2026-11-02T11:15:00+00:00", "Yes! Our driver will collect it on Thursday 5 November between 1 and 4 pm."),
        ("2026-11-06T08:50:00+00:00", "Nobody came yesterday. I waited in all afternoon, you said Thursday."),
        "Good morning, our full wash is £180. Let us know a day that suits you for collection and we'll book it in.",
        "en", "2026-11-06T09:30:00+00:00")
    assert "I'm sorry" in report.rewrite and "update you" not in report.rewrite


def test_no_update_day_in_the_apology_when_the_customer_is_asked_to_choose() -> None:
    report = _rewrite_after(
        ("2026-11-12T15:30:00+00:00", "Hi Laura, I'll call you tomorrow morning to sort out a backup date."),
        ("2026-11-16T08:50:00+00:00", "You said you'd ring me on Friday about the rebooking and nobody did."),
        "Hi Laura, our weather policy lets you move your booking once free of charge. Let us know which date you'd prefer.",
        "en", "2026-11-16T09:15:00+00:00")
    assert "as promised." in report.rewrite and "update you" not in report.rewrite


def test_a_place_closed_for_a_while_is_no_decision_and_the_missed_refund_gets_its_day() -> None:
    report = _rewrite_after(
        ("2026-11-03T15:20:00+00:00", "Sorry about that, Sam. I'll confirm your refund by Thursday 5 November at 12 pm."),
        ("2026-11-08T18:45:00+00:00", "Any news on this?"),
        "Hi Sam, the lounge was closed for refurbishment that afternoon, which is why the desk sent you to the other lounge.",
        "en", "2026-11-09T10:00:00+00:00")
    assert "as promised; I'll update you by Tuesday 10 November" in report.rewrite


def test_a_parcel_traced_with_the_courier_is_apologised_for_as_a_wait() -> None:
    # the step went out ("checking with the courier"); "we didn't send …" would contradict it, and the promise's own
    # second clause ("– you'll have it by Friday") is not the step
    report = _rewrite_after(
        ("2026-11-02T16:00:00+00:00", "I'll send a replacement wristband by courier – you'll have it by Friday 6 November."),
        ("2026-11-09T09:12:00+00:00", "You said I'd have it by Friday and still nothing."),
        "Hey Jess! We're checking with the courier and will get back to you.", "en", "2026-11-09T10:00:00+00:00")
    assert "I'm sorry this is taking longer than we promised" in report.rewrite
    assert "didn't send" not in report.rewrite


def test_a_flight_landing_today_gets_no_next_business_day_update() -> None:
    report = _rewrite_after(
        ("2026-11-16T11:20:00+00:00", "Confirmed. I'll call you on the 17th to arrange the handover point."),
        ("2026-11-18T07:50:00+00:00", "You said you'd ring me yesterday and nobody did. My flight lands at 14:00 — where do I collect it?"),
        "Hi Mr Patel, the chair will be waiting at the Gatwick South arrivals desk from 13:30.", "en", "2026-11-18T08:15:00+00:00")
    assert "as promised." in report.rewrite and "update you" not in report.rewrite


def test_a_turkish_decision_not_covered_gets_no_further_update() -> None:
    report = _rewrite_after(
        ("2026-11-03T09:25:00+03:00", "Yol yardım ekibimiz 1 saat içinde yanınızda olacak, konumunuzu aldık."),
        ("2026-11-04T08:50:00+03:00", "Dün 1 saat içinde geleceğinizi söylediniz, 3 saat bekledim. O günün kira ücretini ödemek istemiyorum."),
        "Günaydın Onur Bey, sözleşmenize göre günlük kira bedeli iade kapsamında değildir.", "tr", "2026-11-04T09:30:00+03:00")
    assert "özür dileriz" in report.rewrite and "bilgi vereceğiz" not in report.rewrite


@pytest.mark.parametrize(("agent", "customer", "draft", "lang", "now", "apology"), [
    # "by end of day Thursday 5 November": the day written out names it
    (("2026-11-03T14:10:00+00:00", "Of course, Jordan. I'll email a copy of your repayment statement to you by end of day Thursday 5 November."),
     ("2026-11-09T10:05:00+00:00", "Hi, also can I change my bank details for the direct debit?"),
     "Hi Jordan, yes, you can update your bank details in your online account.", "en", "2026-11-09T10:30:00+00:00",
     "Hi Jordan, I'm sorry we didn't email a copy of your repayment statement to you by Thursday 5 November as promised"),
    # a call promised "tonight", read the morning after
    (("2026-11-10T08:05:00+00:00", "I'm so sorry. I'll call you in your cabin tonight to arrange a refund or an alternative tour."),
     ("2026-11-11T09:00:00+00:00", "You said you'd call us last night and you didn't."),
     "Good morning. We can offer you 50% off the Rome excursion on Thursday instead.", "en", "2026-11-11T09:40:00+00:00",
     "Good morning. I'm sorry we didn't call you last night as promised"),
    # Turkish "yarın" written out as the day it meant, and the promise said again
    (("2026-11-02T10:05:00+03:00", "Merhaba Emre Bey, elbette. Şirket adına düzenlenmiş faturanızı yarın saat 12:00'ye kadar e-postanıza ileteceğim."),
     ("2026-11-05T14:40:00+03:00", "Gelecek yaz için bir gulet de bakıyoruz, fiyat alabilir miyim?"),
     "Merhaba Emre Bey, guletlerimizde Haziran fiyatı 9.500 €'dan başlıyor.", "tr", "2026-11-05T15:10:00+03:00",
     "Merhaba Emre Bey, şirket adına düzenlenmiş faturanızı 3 Kasım Salı saat 12:00'ye kadar e-postanıza ileteceğimizi söylemiştik"),
])
def test_the_apology_names_a_promise_said_with_a_relative_day(agent: tuple[str, str], customer: tuple[str, str], draft: str,
                                                              lang: str, now: str, apology: str) -> None:
    assert _rewrite_after(agent, customer, draft, lang, now).rewrite.startswith(apology)


def test_a_call_promised_for_a_weekday_is_named_and_a_slot_offered_waits_on_the_customer() -> None:
    report = _rewrite_after(
        ("2026-11-05T16:00:00+00:00", "I'll get Coach Rivera to ring you on Friday to set up your son's junior assessment."),
        ("2026-11-09T10:22:00+00:00", "Coach Rivera never rang on Friday as you said he would."),
        "Hi Nadia, Saturdays are fully booked until January. We do have Wednesday 11 November at 4 pm free if that suits.",
        "en", "2026-11-09T11:00:00+00:00")
    assert report.rewrite.startswith("Hi Nadia, I'm sorry we didn't call you on Friday 6 November as promised.")
    assert "update you" not in report.rewrite


def test_the_post_named_as_slow_makes_the_apology_one_for_the_wait() -> None:
    # (blind 111) "Royal Mail can be a bit slow": the voucher went out; "we didn't post it" would contradict the draft
    report = _rewrite_after(
        ("2026-11-20T10:00:00+00:00", "Lovely! Payment received - I'll post the voucher to you first class today."),
        ("2026-11-24T09:00:00+00:00", "Hi, the voucher still hasn't arrived and it's for my dad's birthday on Saturday."),
        "Hi Lucy, thanks for checking in! Royal Mail can be a bit slow at this time of year, so we're looking into it.",
        "en", "2026-11-24T10:00:00+00:00")
    assert "I'm sorry this is taking longer than we promised" in report.rewrite
    assert "didn't post" not in report.rewrite


def test_a_missed_step_due_on_a_weekday_is_named_as_the_thread_said_it() -> None:
    # (blind 111) "I'll email your personalised sleep plan by Wednesday evening": the apology says which promise
    report = _rewrite_after(
        ("2026-11-09T20:45:00+00:00", "Welcome aboard! I'll email your personalised sleep plan by Wednesday evening."),
        ("2026-11-12T09:30:00+00:00", "You said I'd have the plan by Wednesday and it's now Thursday - still nothing."),
        "Hi Rachel, thank you for getting in touch. Keep the room dark for daytime naps.", "en", "2026-11-12T15:00:00+00:00")
    assert "I'm sorry we didn't email your personalised sleep plan by Wednesday evening as promised" in report.rewrite


def test_a_missed_call_promised_for_a_weekday_and_its_ordinal_is_named_on_that_date() -> None:
    # (blind 111) "ready for collection on Friday 13th - I'll ring you that morning", written on Wednesday 4 November:
    # the 13th, not the coming Friday (6 November)
    report = _rewrite_after(
        ("2026-11-04T14:00:00+00:00", "Your dining chairs will be ready for collection on Friday 13th - I'll ring you that morning to confirm a time."),
        ("2026-11-16T09:15:00+00:00", "You said you'd ring me on Friday and I heard nothing. Are the chairs ready or not?"),
        "Hi Colin, the chairs are coming along nicely. We'll let you know when they're ready to pick up.",
        "en", "2026-11-16T12:00:00+00:00")
    assert "I'm sorry we didn't call you on Friday 13 November as promised" in report.rewrite


def test_no_update_day_when_the_draft_offers_the_choice_the_missed_call_was_for() -> None:
    # (blind 113) the call was to go through the options, and the draft now gives them: the next step is the customer's
    en = _rewrite_after(
        ("2026-11-13T10:00:00+00:00", "Hi Deb, I'll ring you tomorrow morning to go through the party options for Jacob."),
        ("2026-11-16T08:30:00+00:00", "You said you'd call me Saturday morning, nobody rang. Is the Volcano one still available?"),
        "Hi Deb, the Volcano package is fully booked on the 29th, but the Rocket Lab package is available. Let me know which you'd prefer.",
        "en", "2026-11-16T10:00:00+00:00")
    assert "I'm sorry" in en.rewrite and "update you" not in en.rewrite
    tr = _rewrite_after(
        ("2026-11-16T10:00:00+03:00", "Merhaba, takvimimizi kontrol edip yarın öğlene kadar sizi arayıp uygun saati birlikte ayarlayacağım."),
        ("2026-11-18T09:00:00+03:00", "Dün öğlene kadar arayacaktınız, hâlâ kimse aramadı."),
        "Merhaba, bu cumartesi 14:00 ve 17:00'de boşluğumuz var, hangisi size uyar? Tercihinizi yazarsanız hemen kaydını yapıyorum.",
        "tr", "2026-11-18T10:00:00+03:00")
    assert "özür dileriz" in tr.rewrite and "bilgi vereceğiz" not in tr.rewrite


@pytest.mark.parametrize(("lang", "draft", "answer"), [
    ("en", "Hi Nadia, yes we do! Our mini-sessions run on the 6th and 13th.", "As for your question, yes we do!"),
    ("tr", "Merhaba Nadia Hanım, evet, aralıkta aile çekimi yapıyoruz.", "Sorunuza gelince, evet, aralıkta"),
])
def test_a_bare_answer_after_the_apology_says_which_question_it_answers(
        checker: replycheck.Checker, lang: str, draft: str, answer: str) -> None:
    """(reading 116) the apology for the missed step goes first; "Yes we do!" right after it would seem to answer it."""
    said = {"en": "Your sneak-peek images will be in your inbox by Tuesday 24 November.",
            "tr": "Fotoğraflarınız 24 Kasım Salı gününe kadar e-postanızda olacak."}[lang]
    asked = {"en": "Do you do family portraits in December?", "tr": "Aralıkta aile çekimi yapıyor musunuz?"}[lang]
    thread = [{"role": "agent", "at": "2026-11-20T12:00:00+00:00", "text": said},
              {"role": "customer", "at": "2026-11-27T18:40:00+00:00", "text": asked}]
    report = checker.check(draft, lang=lang, thread=thread, now=datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc))
    assert answer in report.rewrite
    assert report.rewrite.index(answer) > report.rewrite.index("sorry" if lang == "en" else "özür")


def test_a_missed_call_is_named_by_its_own_day_not_by_another_steps(checker: replycheck.Checker) -> None:
    """(reading 120) "we'll deliver Friday morning and I'll ring you on Thursday": the call was Thursday's; the
    apology must not say "we didn't call you on Friday"."""
    thread = [{"role": "agent", "at": "2026-11-02T15:30:00+00:00",
               "text": "Yes, we'll deliver Friday morning and I'll ring you on Thursday to confirm a time slot."},
              {"role": "customer", "at": "2026-11-07T09:12:00+00:00",
               "text": "You said you'd ring Thursday and nobody did, and the tiles didn't come on Friday either."}]
    report = checker.check("Hi Neil, the slate tiles are in stock.", lang="en", thread=thread,
                           now=datetime(2026, 11, 9, 8, 30, tzinfo=timezone.utc))
    assert "I'm sorry" in report.rewrite
    assert "call you on Friday" not in report.rewrite


def test_an_event_asked_about_for_tomorrow_the_day_before_gets_no_later_update() -> None:
    # (reading 124) the tour "yarın" asked about the day before is this morning: an update by Monday would come after it
    from replycheck.models import Message

    thread = [Message(role="customer", text="Yarınki tur hava yüzünden iptal olur mu?", at="2026-11-06T12:00:00"),
              Message(role="agent", text="Bu akşam 18:00'de hava tahminine bakıp size kesin durumu yazacağım.",
                      at="2026-11-06T12:30:00"),
              Message(role="customer", text="Sabah 9'da buluşma noktasına mı geleceğiz?", at="2026-11-07T07:30:00")]
    draft = "Günaydın! Buluşma noktası Kaş marinasının girişi, kano ve can yeleği bizde. Görüşmek üzere, Rehber Ozan"
    report = replycheck.check(draft, lang="tr", thread=thread, now=datetime(2026, 11, 7, 7, 45))
    assert "özür dileriz." in report.rewrite and "gününe kadar" not in report.rewrite


def test_a_promise_recalled_in_the_past_future_with_an_apology_is_owned() -> None:
    # (round 126) "bugün öğlene kadar dönecektim, geç kaldım, özür dilerim": the miss is owned already
    from replycheck.models import Message

    thread = [Message(role="customer", text="Pasta getirebilir miyiz?", at="2026-11-20T09:00:00"),
              Message(role="agent", text="Müdürümüze sorup bugün öğlene kadar size döneceğim.", at="2026-11-20T09:10:00")]
    draft = "Selam Buse, bugün öğlene kadar dönecektim, geç kaldım, özür dilerim! Pastanızı getirebilirsiniz."
    report = replycheck.check(draft, lang="tr", thread=thread, now=datetime(2026, 11, 20, 15, 0))
    assert not [f for f in report.findings if f.category == "unkept_promise"]


def test_a_turkish_apology_names_the_missed_step_from_its_own_clause() -> None:
    from replycheck.promises import said_again_tr
    # (blind 129) the dated clause is the promise, not the contact-back after it
    assert said_again_tr("Haklısınız Elif Hanım, fazladan çekilen 650 TL'yi 20 Kasım'a kadar kartınıza iade edeceğiz; "
                         "iade yapılınca size e-postayla bilgi vereceğim.") == \
        "fazladan çekilen 650 TL'yi 20 Kasım'a kadar kartınıza iade edeceğimizi"
    # a weekday said as the thread said it names the step too
    assert said_again_tr("Yedek anahtarı perşembe akşamı bekçi kulübesine bırakacağım, cuma sabahı alabilirsiniz.") == \
        "yedek anahtarı perşembe akşamı bekçi kulübesine bırakacağımızı"
    # a later clause that sends a thing named only before it, a condition, or the verb of the apology itself: not said again
    assert said_again_tr("Sözleşmeniz hazırlanıyor; Cuma günü mesai bitimine kadar e-postanıza göndereceğim.") is None
    assert said_again_tr("Yansımazsa pazartesi sizi arayacağım.") is None
    assert said_again_tr("Cuma akşamı sizi arayıp teslim saatini söyleyeceğim.") is None


def test_a_turkish_step_our_own_people_were_to_take_is_said_again_with_its_subject_in_the_genitive() -> None:
    from replycheck.promises import said_again_tr
    # (reading 140) the apology names the branches, not only "the promise we gave you"
    assert said_again_tr("Özür dileriz, 17 Kasım Salı öğlene kadar ekibimiz gelip dalları toplayacak.") == \
        "17 Kasım Salı öğlene kadar ekibimizin gelip dalları toplayacağını"
    assert said_again_tr("Ustamız perşembe akşamı kolyenizi getirecek.") == "ustamızın perşembe akşamı kolyenizi getireceğini"
    # someone not ours, or no day: not said again
    assert said_again_tr("Kargo firması 17 Kasım Salı günü paketinizi getirecek.") is None
    assert said_again_tr("Ekibimiz gelip dalları toplayacak.") is None


def test_a_turkish_step_of_two_verbs_is_said_again_with_its_first_as_a_converb() -> None:
    from replycheck.promises import said_again_tr
    # (reading 131) "iade edeceğiz ve … göndereceğiz" → "iade edip … göndereceğimizi"
    assert said_again_tr("Depozitonuzu Pazartesi gün sonuna kadar kartınıza iade edeceğiz ve dekontu size göndereceğiz.") == \
        "Depozitonuzu Pazartesi gün sonuna kadar kartınıza iade edip dekontu size göndereceğimizi"


def test_our_update_is_not_pulled_to_today_by_a_step_of_ours_tomorrow() -> None:
    # (reading 131) "yeni poliçeniz yarın e-postanıza gelir" needs no update before it: the next business day stands
    thread = [{"role": "agent", "at": "2026-11-23T10:10:00", "text": "Ödeme onayını 25 Kasım'a kadar alıp size bildireceğim."},
              {"role": "customer", "at": "2026-11-27T14:20:00", "text": "Cam kırılması teminatı ekleyebilir miyim?"}]
    report = replycheck.check("Merhaba Serkan Bey, evet, ekleyebiliriz. Onay verirseniz yeni poliçeniz yarın e-postanıza gelir.",
                              lang="tr", thread=thread, now="2026-11-27T15:00:00")
    assert "30 Kasım Pazartesi" in report.rewrite and "27 Kasım Cuma" not in report.rewrite


def test_a_missed_step_names_the_update_the_have_done_and_the_end_of_day_weekday() -> None:
    from replycheck.promises import missed_step
    # (session 39) the asking around before it is not the step; the update the customer waited for is
    assert missed_step("I'll ring the lender and update you by Thursday.", "en") == "update you by Thursday"
    assert missed_step("I'll check with the supplier and get back to you by tomorrow lunchtime.", "en") == "get back to you"
    # "have X emailed to you / in your inbox": a step the customer can check
    assert missed_step("Of course – I'll have the revised quote in your inbox by Monday.", "en") \
        == "have the revised quote in your inbox by Monday"
    # "by end of day Tuesday" is said again as "by Tuesday"; a date in brackets stays
    assert missed_step("Thanks Sarah! I'll send the revised quote with the tinted glass option by end of day Tuesday.", "en") \
        == "send the revised quote with the tinted glass option by Tuesday"
    assert missed_step("Of course – I'll email the ribbon proof over by end of day Wednesday (11 Nov).", "en") \
        == "email the ribbon proof over by Wednesday (11 Nov)"
    # a bare "confirm by Wednesday" names nothing; "confirm it's done" names a thing the apology can't show
    assert missed_step("Hi Keith, I'll chase your employer for approval and confirm by Wednesday.", "en") is None
    assert missed_step("I'll confirm it's done by end of day Monday (16 Nov).", "en") is None


def test_a_missed_outcome_is_said_again_as_our_promise_that_it_would_happen() -> None:
    from replycheck.promises import missed_outcome
    assert missed_outcome("Hi Ben, your scooter will be ready for collection on Saturday.") \
        == "your scooter would be ready for collection on Saturday"
    assert missed_outcome("Hi Zara, your old card is blocked. Your replacement card will be posted by Friday 6 November.") \
        == "your replacement card would be posted by Friday 6 November"
    # a relative day, a condition, a visit with its hours, a person as the subject: not said again
    assert missed_outcome("Your order will arrive tomorrow.") is None
    assert missed_outcome("The parts will be here by Friday if the supplier confirms.") is None
    assert missed_outcome("Our engineer will be with you on Tuesday 17 November, 8 am to 12 pm.") is None
    assert missed_outcome("Someone will call you on Friday 6 November.") is None
    report = _rewrite_after(
        ("2026-11-02T12:00:00+00:00", "Hi Zara, your old card is blocked. Your replacement card will be posted by Friday 6 November."),
        ("2026-11-13T13:30:00+00:00", "Hi, I've just moved flat - can I update my address?"),
        "Hi Zara, of course! I've changed the address on your account. Student Travel Team", "en", "2026-11-13T14:00:00+00:00")
    assert "I'm sorry we didn't keep our promise that your replacement card would be posted by Friday 6 November" in report.rewrite


def test_a_turkish_apology_keeps_the_object_before_yarin_and_its_date() -> None:
    # (reading 136) "Çatlak damacananızı yarın, 24 Kasım Salı günkü teslimatta değiştireceğiz": "yarın," goes with its
    # date beside it, the object stays
    report = _rewrite_after(
        ("2026-11-23T10:00:00+00:00", "Çatlak damacananızı yarın, 24 Kasım Salı günkü teslimatta değiştireceğiz."),
        ("2026-11-26T10:00:00+00:00", "3 damacana daha istiyorum. Çatlak damacanayı salı günü değiştirecektiniz, kimse gelmedi."),
        "Merhaba, 3 damacana siparişinizi aldım, yarın 10:00-12:00 arasında teslim edilecek.", "tr", "2026-11-26T10:30:00+00:00")
    assert report.rewrite.startswith("Merhaba, çatlak damacananızı 24 Kasım Salı günkü teslimatta değiştireceğimizi söylemiştik")


def test_a_turkish_apology_speaks_to_sen_as_the_draft_does() -> None:
    # (reading 136) "Merhaba Deniz, …": the apology says "sana", not "size"
    report = _rewrite_after(
        ("2026-11-16T11:00:00+00:00", "Geçmiş olsun Deniz, kaçırdığın denemenin kitapçığını bugün akşam 19:00'a kadar e-postana göndereceğim."),
        ("2026-11-19T09:00:00+00:00", "Merhaba, cumartesi etüt saatleri değişti mi?"),
        "Merhaba Deniz, cumartesi etütleri artık 10:00-13:00 arasında, yer yine 3. kat B sınıfı. Görüşmek üzere!",
        "tr", "2026-11-19T09:30:00+00:00")
    assert "sana" in report.rewrite and "size" not in report.rewrite
    formal = _rewrite_after(
        ("2026-11-16T11:00:00+00:00", "Kitapçığı bugün akşam 19:00'a kadar e-postanıza göndereceğim."),
        ("2026-11-19T09:00:00+00:00", "Merhaba, cumartesi etüt saatleri değişti mi?"),
        "Merhaba Deniz Hanım, cumartesi etütleri artık 10:00-13:00 arasında.", "tr", "2026-11-19T09:30:00+00:00")
    assert "size" in formal.rewrite and "sana" not in formal.rewrite


def test_no_update_day_when_the_draft_says_what_the_missed_call_was_to_say() -> None:
    # (reading 136) the call was to say the repair was done, and the draft says it: nothing is left to update on
    report = _rewrite_after(
        ("2026-11-02T13:05:00+00:00", "Of course, I'll call you once the glue has cured – that should be Friday."),
        ("2026-11-09T14:10:00+00:00", "You said you'd phone me on Friday and nobody did. Is my violin ready or not?"),
        "Hi Daniel, your violin is ready for collection. We're open 10 till 6, Tuesday to Saturday. Thanks, Ruth",
        "en", "2026-11-09T15:00:00+00:00")
    assert "I'm sorry we didn't call you on Friday 6 November as promised." in report.rewrite
    assert "update you" not in report.rewrite


def test_an_apology_that_quotes_a_clock_time_passes_the_gate() -> None:
    # (reading 142) "5pm" from the thread's promise is a clock time, not a word glued to a number
    report = _rewrite_after(("2026-11-10T11:30:00+00:00",
                             "Hi Sarah, I'll chase the assessor and call you back by 5pm on Wednesday with an update."),
                            ("2026-11-15T20:12:00+00:00", "Hello? Any update on Luna's claim?"),
                            "Hi Sarah, the assessor is still reviewing it.", "en", "2026-11-16T10:05:00+00:00")
    assert report.rewrite.startswith("Hi Sarah, I'm sorry we didn't call you back by 5pm on Wednesday")


def test_a_promised_step_the_draft_says_is_done_gets_no_apology_that_it_was_not(checker: replycheck.Checker) -> None:
    # "we didn't process the refund" would contradict "the refund is showing as issued": the agent writes the apology
    thread = [
        {"role": "agent", "at": "2024-03-01T09:40:00", "text": "I'll process the refund of £64.50 by Tuesday 5 March."},
        {"role": "customer", "at": "2024-03-07T09:00:00", "text": "You said the refund would be done by Tuesday. Nothing yet."},
    ]
    text = "Hi Gareth, I've checked and the refund of £64.50 is showing as issued on our side. Could you send a screenshot?"
    report = checker.check(text, lang="en", thread=thread, now=NOW)
    [finding] = thread_findings(report)
    assert finding.suggestions[0].applicability == "manual"
    assert report.rewrite == text
