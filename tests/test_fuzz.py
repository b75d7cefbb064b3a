"""Property test (issue 12): whatever the text, format, language, thread and ``now``, checking
raises nothing but InputError, every finding's offsets are valid and point at its text, and the
same input gives the same report.  A few thousand cases here; ``make fuzz`` runs 100,000+
(``REPLYCHECK_FUZZ=1`` selects the long hypothesis profile)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import replycheck
from replycheck import InputError

settings.register_profile(
    "ci", max_examples=2500, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
settings.register_profile("fuzz", max_examples=int(os.environ.get("REPLYCHECK_FUZZ_EXAMPLES", "100000")),
                          deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("fuzz" if os.environ.get("REPLYCHECK_FUZZ") else "ci")

FRAGMENTS = [
    "We will get back to you soon.", "Obviously", "RMA", "escalated to L2", "I'll call you tomorrow",
    "by Friday 5 pm", "within 3 business days", "in 2000000 business days", "within 99999999999 days",
    "29 February", "Unfortunately we can't refund", "Siparişiniz yarın kargoda.", "en kısa sürede",
    "İADE", "ıI", "Hi Emma,", "Best,\nSam", "<p>", "</p>", "<b>", "<!--", "-->", "<a href='x'>", "&amp;",
    "**", "[link](http://x.y)", "](", "[[", "{{name}}", "{{", "%NAME%", "> quoted\n", "On Mon, X wrote:",
    "-- \n", "“quoted”", '"', "😀", "👍🏽", "\u0307", "\u200d", "\r\n", "\n\n", "\t", "  ", ".", ",", "—",
    "7" * 60, "{" * 300, "$" * 250, "a." * 120, "https://example.com/" + "a/" * 120,
]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map(" ".join)
moments = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(timezone(timedelta(hours=3)))),
    st.sampled_from(["2024-03-04T10:00:00", "not a time", "", "2024-02-30"]),
)
messages = st.fixed_dictionaries(
    {"role": st.sampled_from(["customer", "agent", "bot"]), "text": texts},
    optional={"at": moments},
)
drafts = st.fixed_dictionaries(
    {"text": st.one_of(texts, st.none(), st.integers())},
    optional={
        "format": st.sampled_from(["text", "html", "markdown", "email", "pdf"]),
        "lang": st.sampled_from(["en", "tr", "EN-us", "xx"]),
        "thread": st.one_of(st.none(), st.lists(messages, max_size=3), st.just("nope")),
        "now": moments,
        "id": st.one_of(st.text(max_size=5), st.integers()),
    },
)

_CHECKER: replycheck.Checker | None = None


def _checker() -> replycheck.Checker:
    global _CHECKER
    if _CHECKER is None:
        _CHECKER = replycheck.Checker(readability=True)
    return _CHECKER


def _assert_valid(report: replycheck.Report, text: str) -> None:
    assert 0 <= report.score <= 100
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        for edit in finding.suggestions:
            assert 0 <= edit.start <= edit.end <= len(text)


def _outcome(draft: dict[str, Any]) -> Any:
    try:
        report = _checker().check_many([draft])[0]
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return ("error", str(exc))
    _assert_valid(report, draft["text"])
    return report.model_dump()


@given(drafts)
def test_any_draft_is_a_report_or_an_input_error_and_deterministic(draft: dict[str, Any]) -> None:
    first = _outcome(draft)
    if draft.get("now") is not None or isinstance(first, tuple):
        assert _outcome(draft) == first  # (without ``now`` the day could change in between)


@settings(max_examples=300)
@given(st.lists(drafts, min_size=1, max_size=4))
def test_check_many_reports_each_bad_draft_in_place(batch: list[dict[str, Any]]) -> None:
    results = _checker().check_many(batch, errors="report")
    assert len(results) == len(batch)
    for draft, result in zip(batch, results):
        if isinstance(result, replycheck.Report):
            _assert_valid(result, draft["text"])
        else:
            assert isinstance(result, InputError)
