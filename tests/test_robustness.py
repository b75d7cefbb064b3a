"""Issue 12: every reproducer is checked without a crash, in linear work, with bounded memory;
every bad input is an InputError.  Behaviour and work counts only: timings live in
benchmarks/adversarial.py."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

import replycheck
from replycheck import InputError
from replycheck.business_calendar import BusinessCalendar
from replycheck.matching import _Spans
from replycheck.normalize import make_view
from replycheck.pipeline import LONG_RUN, MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, VocabGuard, build_nlp, sentences
from replycheck.rewrite import delete
from replycheck.timeexpr import find_times

NOW = datetime(2024, 3, 4, 10, 0)

REPRODUCERS = {
    "braces": "{" * 20000,
    "dollars": "$" * 20000,
    "emoji": "😀" * 20000,
    "rma": "RMA " * 200,
    "soon": "soon, " * 300,
    "get back": "We will get back to you soon. " * 100,
    "business days": "I'll call you in 2000000 business days. " * 20,
    "huge duration": "I'll call you within 99999999999 days. " * 20,
    "long sentence": " ".join(["we", "checked", "the", "order", "and", "the", "courier", "said", "it", "left"] * 350),
    "5,000 digits": "Your order " + "7" * 5000 + " left today.",
    "unclosed tags": "<p " * 6000,
    "unclosed comments": "<!--" * 4000,
    "markdown brackets": "[x" * 8000 + "](" * 2000,
    "placeholders": "{{" * 9000,
}


def _valid(report: replycheck.Report, text: str) -> None:
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        for edit in finding.suggestions:
            assert 0 <= edit.start <= edit.end <= len(text)


@pytest.mark.parametrize("name", sorted(REPRODUCERS))
def test_reproducers_are_checked_with_valid_offsets(checker: replycheck.Checker, name: str) -> None:
    text = REPRODUCERS[name]
    fmt = "html" if "tags" in name or "comments" in name else "markdown" if "markdown" in name else None
    report = checker.check(text, lang="en", now=NOW, format=fmt)
    _valid(report, text)


# The full reproducers of many hits, at the engine (the report-building around it has its own costs).
@pytest.mark.parametrize(("text", "expected"), [
    ("RMA " * 5000, 5000),
    ("soon, " * 3333, 3333),
    ("We will get back to you soon. " * 5000, 5000),
])
def test_many_hits_are_all_found_by_the_engine(checker: replycheck.Checker, text: str, expected: int) -> None:
    pack = checker._pack("en")
    hits = pack.hits(pack.nlp(text), "", text)
    assert len(hits) >= expected
    assert all(text[h.start:h.end].strip() for h in hits)
    starts = [h.start for h in hits]
    assert starts == sorted(starts)


def test_a_long_run_reaches_the_tokenizer_in_short_pieces() -> None:
    nlp = build_nlp("en")
    seen: list[int] = []
    inner = nlp.tokenizer.tokenizer

    class Recording:
        vocab = inner.vocab

        def __call__(self, text: str):  # noqa: ANN204 - spaCy's Doc
            seen.append(len(text))
            return inner(text)

    nlp.tokenizer.tokenizer = Recording()
    text = "Hi " + "{" * 20000 + "  there (friend)."
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc][:3] == ["Hi", "{", "{"]
    assert [t.text for t in doc][-5:] == ["there", "(", "friend", ")", "."]
    assert max(seen) <= LONG_RUN + 2  # never the whole run: its pieces, one with the spaces after it
    assert len(seen) < 20  # each distinct piece is tokenized once


def test_text_around_long_runs_is_tokenized_as_spacy_does() -> None:
    nlp = build_nlp("en")
    rest = "I can't  do it,\n\nsorry (really) — e.g. U.S.A.  "
    text = rest + "x" * (LONG_RUN + 5) + " " + rest
    doc = nlp(text)
    plain = nlp.tokenizer.tokenizer(rest)
    assert [(t.text, t.whitespace_, t.norm_) for t in doc][:len(plain)] == [(t.text, t.whitespace_, t.norm_) for t in plain]
    assert doc.text == text


def test_an_endless_sentence_is_windowed() -> None:
    nlp = build_nlp("en")
    doc = nlp("word " * 5000 + "and, more " * 300)
    spans = sentences(doc)
    assert len(spans) > 5000 // MAX_SENTENCE_TOKENS
    assert all(len(s) <= MAX_SENTENCE_TOKENS for s in spans)
    assert all(s.end_char - s.start_char <= MAX_SENTENCE_CHARS + 20 for s in spans)
    assert all(not s[0].is_space for s in spans)


def test_spans_sweep_agrees_with_comparing_every_pair() -> None:
    rng = random.Random(4)
    for _ in range(200):
        spans, held = _Spans(), []
        for _ in range(40):
            start = rng.randrange(100)
            end = start + rng.randrange(1, 8)
            expected = any(s < end and start < e for s, e in held)
            assert spans.overlaps(start, end) == expected
            if not expected:
                spans.add(start, end)
                held.append((start, end))


def _walk(calendar: BusinessCalendar, moment: datetime, days: int) -> datetime:
    local = calendar.localize(moment)
    while days > 0:
        local += timedelta(days=1)
        if calendar.is_business_day(local.date()):
            days -= 1
    return local


@pytest.mark.parametrize("holidays", [None, "TR", "GB"])
def test_business_days_in_closed_form_agree_with_walking(holidays: str | None) -> None:
    calendar = BusinessCalendar(holidays=holidays, workdays=["mon", "tue", "wed", "thu", "sat"] if holidays == "GB" else None
                                or ["mon", "tue", "wed", "thu", "fri"])
    rng = random.Random(9)
    for _ in range(60):
        moment = datetime(2023, 1, 1, 10) + timedelta(days=rng.randrange(900), hours=rng.randrange(24))
        days = rng.choice([0, 1, 2, 5, 9, 10, 11, 23, 60, 250, 700])
        assert calendar.add_business_days(moment, days) == _walk(calendar, moment, days)


def test_absurd_business_days_are_an_error_not_a_loop() -> None:
    with pytest.raises(ValueError):
        BusinessCalendar().add_business_days(NOW, 2_000_000)
    with pytest.raises(ValueError):
        BusinessCalendar(default_response="99999999 business days")


def test_absurd_durations_are_not_deadlines() -> None:
    for text in ("in 2000000 business days", "within 99999999999 days", "in 10000 weeks", "in " + "9" * 5000 + " hours"):
        assert not [t for t in find_times(text, "en", NOW) if t.kind == "deadline"]
    assert [t for t in find_times("within 3 business days", "en", NOW) if t.kind == "deadline"]


def test_dates_near_the_end_of_the_calendar_do_not_crash(checker: replycheck.Checker) -> None:
    assert find_times("I'll call you tomorrow.", "en", datetime(9999, 12, 31, 12)) == []
    report = checker.check("I will call you on 29 February.", lang="en", now=datetime(2025, 6, 1))
    _valid(report, "I will call you on 29 February.")


def test_unclosed_markup_keeps_the_view_aligned() -> None:
    for text, fmt in (("<p " * 3000 + "<b>soon</b>", "html"), ("<!--" * 1000 + "soon", "html"), ("[x" * 3000, "markdown")):
        view = make_view(text, fmt)
        assert len(view.text) == len(text)
    view = make_view("<p>Hi <b>there</b> <p unclosed", "html")
    assert view.text.split() == ["Hi", "there", "<p", "unclosed"]


BAD_INPUTS = [
    ({"text": "We will call you soon.", "format": "pdf"}, "format"),
    ({"text": None}, "text"),
    ({"text": 42}, "text"),
    ({"text": "hello \ud800 there"}, "surrogate"),
    ({"text": "We will call you tomorrow.", "now": datetime(9999, 12, 31)}, "out of range"),
    ({"text": "We will call you tomorrow.", "now": "not a time"}, "now"),
    ({"text": "We will call you.", "thread": [{"role": "agent", "at": "soon-ish", "text": "x"}]}, "thread"),
    ({"text": "We will call you.", "thread": [{"role": "boss", "text": "x"}]}, "thread"),
    ({"text": "We will call you.", "thread": "not a list"}, "thread"),
    ({"text": "We will call you.", "thread": [{"role": "agent", "at": datetime(1, 1, 1), "text": "x"}]}, "out of range"),
    ({"text": "We will call you.", "thread": [{"role": "customer", "text": "x" * 300_000}]}, "thread"),
    ({"text": "We will call you.", "lang": "xx"}, "unsupported"),
    ({"text": "   "}, "empty"),
    ({"text": "x" * 20_001}, "limit"),
]


@pytest.mark.parametrize(("fields", "word"), BAD_INPUTS)
def test_bad_input_is_one_input_error(checker: replycheck.Checker, fields: dict, word: str) -> None:
    with pytest.raises(InputError) as caught:
        checker.check(**fields)
    message = str(caught.value)
    assert word in message.lower() and "\n" not in message and len(message) < 300


def test_module_check_raises_input_error_for_none() -> None:
    with pytest.raises(InputError):
        replycheck.check(None)  # type: ignore[arg-type]


def test_check_many_reports_errors_in_place(checker: replycheck.Checker) -> None:
    drafts = ["We will get back to you soon.", "", {"text": 5}, 17, {"id": "x", "text": "Obviously you should read it."}]
    results = checker.check_many(drafts, errors="report")  # type: ignore[arg-type]
    assert [type(r).__name__ for r in results] == ["Report", "InputError", "InputError", "InputError", "Report"]
    assert results[4].id == "x"  # type: ignore[union-attr]
    with pytest.raises(InputError):
        checker.check_many(drafts)  # type: ignore[arg-type]
    with pytest.raises(InputError):
        checker.check_many(["hi"], errors="ignore")  # type: ignore[call-overload]


def test_a_deletion_at_the_end_stays_inside_the_text() -> None:
    edit = delete("Fine, obviously", 6, 15, 0, 15, "en")
    assert edit.end <= len("Fine, obviously")
    report = replycheck.check("Fine, obviously", lang="en")
    _valid(report, "Fine, obviously")


def test_vocabulary_stays_bounded_over_many_distinct_drafts() -> None:
    checker = replycheck.Checker(langs=["en"], readability=False)
    checker.check("Warm up, thanks for waiting.")
    nlp = checker._pack("en").nlp
    base = len(nlp.vocab.strings)
    guard = VocabGuard(nlp, checker._pack("en").forget, limit=2_000)
    checker._guards["en"] = guard
    rng = random.Random(2)
    sizes = []
    for n in range(60):
        words = [f"zq{n}x{rng.randrange(10**9)}" for _ in range(120)]
        checker.check_many([" ".join(words[i:i + 12]) + ", we will be in touch." for i in range(0, 120, 12)])
        sizes.append(len(nlp.vocab.strings))
    assert guard.zones >= 2  # the zone was closed (its strings freed) more than once
    assert max(sizes) < base + 3 * 2_000  # the kept warm-up, one zone's worth and one batch at most
    fold = nlp.get_pipe("replycheck_norm")
    assert len(fold._folded) < 4_000 and len(nlp.tokenizer._pieces) < 4_000
    # and checking still gives the same answers after the strings were freed
    assert [f.rule_id for f in checker.check("Obviously, we will get back to you soon.").findings] == [
        f.rule_id for f in replycheck.Checker(langs=["en"], readability=False).check("Obviously, we will get back to you soon.").findings
    ]


def test_checker_reports_are_the_same_across_memory_zones() -> None:
    texts = ["We will get back to you soon.", "Sipariş durumunu en kısa sürede bildireceğiz.", "Obviously the RMA form is easy."]
    one = replycheck.Checker(readability=False)
    first = [r.model_dump() for r in one.check_many(texts)]
    for guard in one._guards.values():
        guard.release()
    assert [r.model_dump() for r in one.check_many(texts)] == first


def test_blocking_spans_agree_with_comparing_every_pair() -> None:
    from replycheck.matching import _Blocking

    rng = random.Random(6)
    for _ in range(200):
        held = [(s, s + rng.randrange(1, 9)) for s in (rng.randrange(80) for _ in range(rng.randrange(1, 15)))]
        blocking = _Blocking(held)
        for _ in range(20):
            first = rng.randrange(90)
            last = first + rng.randrange(1, 6)
            assert blocking.overlaps(first, last) == any(s < last and first < e for s, e in held)


def test_the_hyphenation_cache_stays_bounded() -> None:
    """pyphen remembers every word it hyphenated; a long-lived checker meets an open vocabulary."""
    from textstat.backend.utils import get_pyphen

    from replycheck import readability

    for n in range(12_000):
        readability._syllables(f"zqx{n}word")
    assert len(get_pyphen(readability._TEXTSTAT_LANG).hd.cache) <= 8193


def test_a_hit_stops_before_the_emoji_that_close_it() -> None:
    from replycheck.matching import _before_emoji_tail

    text = "that's just how it works 🙂 🙂🙂"
    assert text[:_before_emoji_tail(text, 1, len(text))] == "that's just how it works"
    assert _before_emoji_tail("how it works ok", 1, 15) == 15  # no emoji at the end: the span stays
    # a long run of emoji inside an open tail is stepped over once (the old pattern backtracked on every split of the run)
    long_run = "that's just how it works " + "🙂" * 5000
    assert _before_emoji_tail(long_run, 1, len(long_run)) == len("that's just how it works")
