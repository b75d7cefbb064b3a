"""Drafts as helpdesks hand them over: HTML, e-mail, Markdown, placeholders, quoted words."""

from __future__ import annotations

from datetime import datetime

import pytest

import replycheck
from replycheck.normalize import detect_format, make_view

NOW = datetime(2024, 3, 4, 10, 0)

ZENDESK_HTML = """<div class="zd-comment" dir="auto"><p dir="auto">Hi {{ticket.requester.first_name}},</p>
<p dir="auto">Unfortunately we can't ship this week 😕. <strong>Obviously</strong> that's annoying – we'll get back to you soon.</p>
<p dir="auto">Kind regards,<br>Ayşe</p>
<div class="signature"><p>Ayşe Yılmaz · Shopvine Support · <a href="https://shopvine.example">shopvine.example</a></p></div>
<div class="gmail_quote"><div class="gmail_attr">On Mon, 4 Mar 2024 at 09:12, Emma &lt;emma@example.com&gt; wrote:</div>
<blockquote class="gmail_quote">Obviously you can't read. Where is my parcel?</blockquote></div></div>"""


def test_view_keeps_length_and_blanks_what_is_not_the_agents() -> None:
    view = make_view(ZENDESK_HTML)
    assert view.format == "html" and len(view.text) == len(ZENDESK_HTML)
    assert "Unfortunately we can't ship this week" in view.text
    assert "ticket.requester" not in view.text and "<p" not in view.text
    assert "read" not in view.text and "Emma" not in view.text and "shopvine.example" not in view.text


def test_html_findings_point_into_the_html_and_the_rewrite_keeps_markup(checker: replycheck.Checker) -> None:
    report = checker.check(ZENDESK_HTML, now=NOW)
    texts = [f.text for f in report.findings]
    assert any("Unfortunately" in t for t in texts) and "Obviously" in texts and "soon" in texts
    for finding in report.findings:
        assert ZENDESK_HTML[finding.start:finding.end] == finding.text
        assert finding.start < ZENDESK_HTML.index("gmail_quote"), "nothing from the quoted e-mail"
    rewrite = report.rewrite
    assert rewrite.count("<p dir=\"auto\">") == ZENDESK_HTML.count("<p dir=\"auto\">")
    assert "<strong></strong>" in rewrite or "<strong>" not in rewrite.split("gmail_quote")[0] or "Obviously" not in rewrite.split("gmail_quote")[0]
    assert "Obviously you can't read" in rewrite  # the quoted customer text is untouched
    assert "{{ticket.requester.first_name}}" in rewrite and "soon" not in rewrite.split("gmail_quote")[0]


def test_plain_email_skips_quoted_history_and_signature(checker: replycheck.Checker) -> None:
    text = ("Hi Emma,\r\n\r\nYour refund went out today.\r\n\r\n-- \r\nLeon, obviously the best agent\r\n\r\n"
            "On Mon, 4 Mar 2024, Emma wrote:\r\n> Unfortunately you can't do anything right.\r\n")
    assert detect_format(text) == "email"
    assert checker.check(text, lang="en").findings == []


def test_turkish_reply_header_is_history(checker: replycheck.Checker) -> None:
    text = "Merhaba Ece Hanım,\n\nİadeniz bugün yapıldı.\n\n4 Mart 2024 Pzt 09:12 tarihinde Ece şunu yazdı:\nMaalesef hiçbir şey yapamıyorsunuz."
    report = checker.check(text, lang="tr", format="email")
    assert report.findings == []


def test_markdown_macro(checker: replycheck.Checker) -> None:
    text = "Hi {customer_name},\n\n**Just click** [Returns](https://x.example/returns) and you're done.\n\n```\nwe can't\n```\n"
    report = checker.check(text, lang="en")
    assert [f.text for f in report.findings] == ["Just"]
    assert "[Returns](https://x.example/returns)" in report.rewrite and "```\nwe can't\n```" in report.rewrite


def test_customer_words_in_quotation_marks_are_not_checked(checker: replycheck.Checker) -> None:
    report = checker.check('You wrote “unfortunately you can\'t help me”, and I understand.', lang="en")
    assert report.findings == []


@pytest.mark.parametrize(("text", "fmt"), [
    ("<p>Hello</p>", "html"), ("Hi\n> quoted", "email"), ("**Hi** there\n\n# Title", "markdown"), ("Hi there", "text"),
])
def test_format_detection(text: str, fmt: str) -> None:
    assert detect_format(text) == fmt


def test_unknown_format_and_empty_html_are_input_errors(checker: replycheck.Checker) -> None:
    with pytest.raises(replycheck.InputError, match="unknown input format"):
        make_view("hi", "docx")
    with pytest.raises(replycheck.InputError, match="no text of its own"):
        checker.check("<div><blockquote>only a quote</blockquote></div>")
