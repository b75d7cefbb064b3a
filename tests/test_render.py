"""Output formats: the compact text (span in a short window, caret, edit) and GitHub annotations."""

from __future__ import annotations

import replycheck
from replycheck.render import WINDOW, location, render_github, render_report

HTML_MAIL = (
    '<html><body><div style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
    "<p>Hi Jordan,</p><p>Unfortunately we can't refund orders after 30 days, that's against our policy. "
    "As I already said, the RMA has to be raised by you in the app &ndash; it's very easy, just click "
    '<a href="https://shop.example.com/returns?utm_source=support&amp;utm_medium=email">Returns</a>.</p>'
    "<p>Obviously the delay wasn't our fault. We're looking into the courier issue and will get back to you soon.</p>"
    '<p>Best,<br>Ava</p><table role="presentation" width="100%"><tr><td style="padding:8px;border-top:1px solid #ddd">'
    '<span style="font-size:11px;color:#888">Shopvine Support &middot; 1 Market Street &middot; Springfield '
    "&middot; Opening hours Monday to Friday, 9:00 to 18:00 &middot; Call us on 0800 123 456</span></td></tr>"
    '<tr><td style="padding:8px"><span style="font-size:10px;color:#aaa">You receive this e-mail because you '
    "contacted Shopvine Support about order 48213. Please keep the ticket number in the subject line.</span>"
    "</td></tr></table></div></body></html>"
)


def test_each_finding_is_one_header_line_a_window_a_caret_and_the_edit(checker: replycheck.Checker) -> None:
    text = "Hi Sam,\nThanks for writing. Obviously the fee applies to every order placed after the 1st of the month."
    report = checker.check(text, lang="en")
    lines = render_report(text, report, "reply.txt").splitlines()
    assert lines[0] == f"reply.txt:2:21: CND001 {report.findings[0].message}"
    assert lines[1] == "    Thanks for writing. Obviously the fee applies to every…"  # a window, not the line
    assert lines[2] == "    " + " " * len("Thanks for writing. ") + "^" * len("Obviously")
    assert lines[3] == f"    {report.findings[0].fix_title}: Thanks for writing. The fee applies to every order…"
    assert lines[-1].startswith("1 finding (1 warning), language en, score 90/100, failed")
    assert text.splitlines()[1] not in "\n".join(lines)  # the whole line is never printed


def test_caret_sits_under_the_span_after_emoji(checker: replycheck.Checker) -> None:
    text = "Hi 🙂🙂 Sam,\nWell 🎉 the fee applies. Just click Returns."
    report = checker.check(text, lang="en")
    lines = render_report(text, report, "a.txt").splitlines()
    just = next(i for i, line in enumerate(lines) if line.startswith("a.txt:2:25: CND002"))
    assert lines[just + 1] == "    Well 🎉 the fee applies. Just click Returns."
    # 🎉 takes two cells on a terminal, so the caret moves one further than the characters count
    assert lines[just + 2] == "    " + " " * (len("Well 🎉 the fee applies. ") + 1) + "^^^^"
    assert lines[just + 3].endswith(": Well 🎉 the fee applies. Click Returns.")


def test_a_one_line_html_mail_gives_short_output(checker: replycheck.Checker) -> None:
    assert len(HTML_MAIL) > 1000 and "\n" not in HTML_MAIL
    report = checker.check(HTML_MAIL, lang="en", format="html")
    out = render_report(HTML_MAIL, report, "mail.html")
    assert len(report.findings) >= 5
    # about four short lines a finding: the old layout printed the 1 KB line three times per finding
    assert len(out) < 330 * len(report.findings)
    for line in out.splitlines()[:-1]:
        if line.startswith("    ") and not line.lstrip().startswith("^"):
            assert len(line) < 4 + 2 * (WINDOW + 1) + 72 + 60  # two windows, the span, a fix title


def test_deletions_say_what_goes_and_colour_is_ansi_only_when_asked(checker: replycheck.Checker) -> None:
    text = "Just click Returns and the label is e-mailed to you."
    report = checker.check(text, lang="en")
    plain = render_report(text, report, "x.txt")
    assert "\x1b[" not in plain
    coloured = render_report(text, report, "x.txt", colour=True)
    assert "\x1b[1;4;31mJust\x1b[0m" in coloured
    assert coloured.replace("\x1b[0m", "").count("\x1b[") >= 4


def test_clean_draft_says_so(checker: replycheck.Checker) -> None:
    report = checker.check("Thanks Sam, your refund went out today.", lang="en")
    out = render_report("Thanks Sam, your refund went out today.", report, "ok.txt")
    assert out == "ok.txt: no findings, language en, score 100/100\n"


def test_github_annotations(checker: replycheck.Checker) -> None:
    text = "Hello,\nObviously the 100% refund is against our policy."
    report = checker.check(text, lang="en")
    out = render_github(text, report, "macros/refund,v2.md").splitlines()
    assert len(out) == len(report.findings)
    first = report.findings[0]
    assert out[0].startswith(
        f"::warning file=macros/refund%2Cv2.md,line=2,col=1,endColumn=10::{first.rule_id} {first.message}%0A"
    )
    assert all(line.startswith(("::warning ", "::error ", "::notice ")) and "\n" not in line for line in out)
    assert "100%25" in render_github(text, report.model_copy(update={"findings": [
        first.model_copy(update={"message": "100% sure"})]}), "a.md")
    assert render_github("Thanks!", checker.check("Thanks, all done.", lang="en"), "a.md") == ""


def test_location_counts_code_points_from_one(checker: replycheck.Checker) -> None:
    text = "İyi günler 🙂\nMaalesef iade yapamıyoruz."
    report = checker.check(text, lang="tr")
    found = report.findings[0]
    where = location(text, found)
    assert (where.line, where.column) == (2, text.splitlines()[1].index(found.text) + 1)
    assert where.end_column - where.column == found.end - found.start
