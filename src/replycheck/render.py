"""Human-readable output of a report for the terminal."""

from __future__ import annotations

from .models import Report


def _line_of(text: str, offset: int) -> tuple[int, int, int]:
    """(line number, line start, line end) around ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text.count("\n", 0, offset) + 1, start, len(text) if end < 0 else end


def render_report(text: str, report: Report) -> str:
    """Each finding with its line and the span marked, then the rewrite."""
    out: list[str] = []
    if not report.findings:
        out.append(f"No findings ({report.language}). Score {report.score}/100.\n")
        return "".join(out)
    for finding in report.findings:
        number, line_start, line_end = _line_of(text, finding.start)
        line = text[line_start:line_end].rstrip("\r")
        column = finding.start - line_start
        width = max(1, min(finding.end, line_end) - finding.start)
        out.append(f"{number}:{column + 1}  {finding.severity}  {finding.rule_id} [{finding.category}]  {finding.message}\n")
        out.append(f"    {line}\n    {' ' * column}{'^' * width}\n")
        if finding.suggestions:
            edit = finding.suggestions[0]
            stop = max(line_end, text.find("\n", edit.end) if text.find("\n", edit.end) >= 0 else len(text))
            begin = min(line_start, edit.start)
            fixed = text[begin:edit.start] + edit.replacement + text[edit.end:stop]
            out.append(f"    {finding.fix_title}:\n    - {text[begin:stop].strip()}\n    + {fixed.strip()}\n")
        out.append("\n")
    counts = len(report.findings)
    out.append(f"{counts} finding{'s' if counts != 1 else ''} ({report.language}), score {report.score}/100, "
               f"{'passed' if report.passed else 'failed'}.\n\nRewrite:\n{report.rewrite}\n")
    return "".join(out)
