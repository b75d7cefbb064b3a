"""Terminal output: the caret under the flagged words, the edit as before/after."""

from __future__ import annotations

import replycheck
from replycheck.render import render_report


def test_caret_sits_under_the_span_after_emoji(checker: replycheck.Checker) -> None:
    text = "Hi 🙂🙂 Sam,\nObviously 🎉 the fee applies. Just click Returns."
    report = checker.check(text, lang="en")
    out = render_report(text, report)
    lines = out.splitlines()
    i = lines.index("    Obviously 🎉 the fee applies. Just click Returns.")
    assert lines[i + 1] == "    ^^^^^^^^^"
    j = lines.index("    Obviously 🎉 the fee applies. Just click Returns.", i + 1)
    assert lines[j + 1] == "    " + " " * (len("Obviously 🎉 the fee applies. ") + 1) + "^^^^"
    assert "    + 🎉 The fee applies. Just click Returns." in lines
    assert out.rstrip().endswith(report.rewrite.rstrip())


def test_clean_draft_says_so(checker: replycheck.Checker) -> None:
    report = checker.check("Thanks Sam, your refund went out today.", lang="en")
    assert render_report("Thanks Sam, your refund went out today.", report).startswith("No findings (en). Score 100/100.")
