"""Human-readable and CI output of a report.

* :func:`render_report`: the compact default, one block per finding::

      draft.txt:3:1: NEG001 message
          Unfortunately we can't refund orders after…
          ^^^^^^^^^^^^^
          fix title: We can't refund orders after…

  a short window around the flagged words (never the whole line), the caret
  under them, and the suggested edit in the same short window; ANSI colour
  on a terminal (no colour library is imported, so a check starts fast).
* :func:`render_github`: GitHub workflow annotations
  (``::warning file=…,line=…,col=…,endColumn=…::CODE message``).

The JSON report is the model's own JSON (``Report.model_dump_json``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .models import SEVERITY_RANK, Finding, Report, Suggestion

WINDOW = 28
"""Characters of context shown on each side of a flagged span or an edit (cut at a word boundary)."""
LONGEST = 72
"""A flagged span or an edited piece longer than this is shown with its middle left out."""

_COLOUR = {"error": "1;31", "warning": "33", "info": "36", "span": "1;4;31", "dim": "2", "code": "1",
           "new": "32", "pass": "1;32", "fail": "1;31"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


@dataclass(frozen=True)
class Location:
    """Where a finding is: 1-based line and column of its first character, and of the character
    just after its last one (columns count code points, as editors and GitHub do)."""

    line: int
    column: int
    end_line: int
    end_column: int


def locate(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def location(text: str, finding: Finding) -> Location:
    """The :class:`Location` of a finding in the text it was found in."""
    line, column = locate(text, finding.start)
    end_line, end_column = locate(text, finding.end)
    return Location(line, column, end_line, end_column)


def _cells(text: str) -> int:
    """Terminal width of ``text``: wide characters (emoji, CJK) take two cells, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _flat(text: str) -> str:
    """One display line: tabs, line breaks and other control characters become spaces."""
    return "".join(" " if c.isspace() or unicodedata.category(c) == "Cc" else c for c in text)


def _left(text: str, width: int) -> str:
    """The last ``width`` characters of ``text``, starting at a word, with ``…`` where cut."""
    if len(text) <= width:
        return text
    piece = text[-width:]
    space = piece.find(" ")
    if 0 <= space < width - 8:
        piece = piece[space + 1:]
    return "…" + piece


def _right(text: str, width: int) -> str:
    """The first ``width`` characters of ``text``, ending at a word, with ``…`` where cut."""
    if len(text) <= width:
        return text
    piece = text[:width]
    space = piece.rfind(" ")
    if space > 8:
        piece = piece[:space]
    return piece + "…"


def _middle(text: str, longest: int = LONGEST) -> str:
    """``text``, with its middle left out (``…``) when it is longer than ``longest``."""
    if len(text) <= longest:
        return text
    half = (longest - 1) // 2
    return text[:half] + "…" + text[-half:]


def _window(text: str, start: int, end: int, middle: str | None = None) -> tuple[str, str, str]:
    """(before, middle, after) around ``text[start:end]`` on its line, each short and on one line;
    ``middle`` replaces the span's own text (to show an edit)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _left(_flat(text[line_start:start]).lstrip(), WINDOW)
    after = _right(_flat(text[end:line_end]).rstrip(), WINDOW)
    body = _middle(_flat(text[start:end] if middle is None else middle))
    return before, body, after


class _Paint:
    """ANSI colours when ``enabled``; plain text otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, style: str) -> str:
        if not self.enabled or not text:
            return text
        return f"\x1b[{_COLOUR[style]}m{text}\x1b[0m"


def _edit(text: str, edit: Suggestion, paint: _Paint) -> str:
    """The suggested edit in a short window: the words as they would read, or what is deleted."""
    if not edit.replacement.strip():
        return f"delete “{_middle(_flat(text[edit.start:edit.end]).strip())}”"
    before, new, after = _window(text, edit.start, edit.end, edit.replacement)
    return f"{before}{paint(new, 'new')}{after}".strip()


def _summary(report: Report, name: str | None = None) -> str:
    count = len(report.findings)
    levels = [level for level in reversed(SEVERITY_RANK) if any(f.severity == level for f in report.findings)]
    counts = {level: sum(f.severity == level for f in report.findings) for level in levels}
    by_level = ", ".join(f"{n} {level}{'s' if n != 1 and level != 'info' else ''}" for level, n in counts.items())
    head = f"{name}: " if name else ""
    return (f"{head}{count} finding{'s' if count != 1 else ''}{f' ({by_level})' if by_level else ''}, "
            f"language {report.language}, score {report.score}/100, {'passed' if report.passed else 'failed'}")


def render_report(text: str, report: Report, name: str = "<stdin>", colour: bool = False) -> str:
    """The compact text format (``name`` is the path shown before each finding)."""
    paint = _Paint(colour)
    if not report.findings:
        return paint(f"{name}: no findings, language {report.language}, score {report.score}/100", "pass") + "\n"
    out: list[str] = []
    for finding in report.findings:
        where = location(text, finding)
        out.append(f"{paint(f'{name}:{where.line}:{where.column}:', 'dim')} "
                   f"{paint(finding.rule_id, finding.severity)} {finding.message}\n")
        before, span, after = _window(text, finding.start, finding.end)
        out.append(f"    {before}{paint(span, 'span')}{after}\n")
        out.append("    " + " " * _cells(before) + paint("^" * max(1, _cells(span)), finding.severity) + "\n")
        if finding.suggestions:
            edit = finding.suggestions[0]
            out.append(f"    {paint(finding.fix_title or 'fix', 'dim')}: {_edit(text, edit, paint)}\n")
    tail = "" if report.passed and not report.findings else "; 'replycheck fix' prints the rewritten reply"
    out.append(paint(_summary(report), "pass" if report.passed else "fail") + tail + "\n")
    return "".join(out)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render_github(text: str, report: Report, name: str = "<stdin>") -> str:
    """GitHub workflow annotations, one line per finding (shown on the pull request's diff)."""
    out = []
    for finding in report.findings:
        where = location(text, finding)
        level = _GITHUB_LEVEL.get(finding.severity, "warning")
        place = f"file={_escape_property(name)},line={where.line},col={where.column}"
        if where.end_line != where.line:
            place += f",endLine={where.end_line}"
        place += f",endColumn={where.end_column}"
        message = f"{finding.rule_id} {finding.message}"
        if finding.suggestions:
            edit = finding.suggestions[0]
            message += f"\n{finding.fix_title or 'fix'}: {_edit(text, edit, _Paint(False))}"
        out.append(f"::{level} {place}::{_escape_data(message)}\n")
    return "".join(out)
