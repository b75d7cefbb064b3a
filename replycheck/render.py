"""Human-readable output of a report: plain text when piped, colour (rich) on a terminal."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .models import Finding, Report

_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@dataclass(frozen=True)
class _Block:
    """One finding laid out for display."""

    finding: Finding
    number: int
    column: int
    line: str
    span: tuple[int, int]  # within ``line``
    before: str
    after: str


def _line_of(text: str, offset: int) -> tuple[int, int, int]:
    """(line number, line start, line end) around ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text.count("\n", 0, offset) + 1, start, len(text) if end < 0 else end


def _cells(text: str) -> int:
    """Terminal width of ``text``: wide characters (emoji, CJK) take two cells, combining marks none."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _blocks(text: str, report: Report) -> list[_Block]:
    blocks = []
    for finding in report.findings:
        number, line_start, line_end = _line_of(text, finding.start)
        line = text[line_start:line_end].rstrip("\r")
        span = (finding.start - line_start, min(finding.end, line_start + len(line)) - line_start)
        before = after = ""
        if finding.suggestions:
            edit = finding.suggestions[0]
            next_break = text.find("\n", edit.end)
            stop = max(line_end, next_break if next_break >= 0 else len(text))
            begin = min(line_start, edit.start)
            before = text[begin:stop].strip()
            after = (text[begin:edit.start] + edit.replacement + text[edit.end:stop]).strip()
        blocks.append(_Block(finding, number, span[0], line, span, before, after))
    return blocks


def _summary(report: Report) -> str:
    count = len(report.findings)
    return (f"{count} finding{'s' if count != 1 else ''} ({report.language}), score {report.score}/100, "
            f"{'passed' if report.passed else 'failed'}.")


def render_report(text: str, report: Report) -> str:
    """Plain text: each finding with its line and the span marked, the suggested edit, then the rewrite."""
    if not report.findings:
        return f"No findings ({report.language}). Score {report.score}/100.\n"
    out: list[str] = []
    for block in _blocks(text, report):
        f = block.finding
        start, end = block.span
        out.append(f"{block.number}:{block.column + 1}  {f.severity}  {f.rule_id} [{f.category}]  {f.message}\n")
        marker = " " * _cells(block.line[:start]) + "^" * max(1, _cells(block.line[start:end]))
        out.append(f"    {block.line}\n    {marker}\n")
        if block.before:
            out.append(f"    {f.fix_title}:\n    - {block.before}\n    + {block.after}\n")
        out.append("\n")
    out.append(f"{_summary(report)}\n\nRewrite:\n{report.rewrite}\n")
    return "".join(out)


def print_report(text: str, report: Report) -> None:
    """The same on a colour terminal: the flagged span underlined, the edit as a red/green diff."""
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    if not report.findings:
        console.print(Text(f"No findings ({report.language}). Score {report.score}/100.", style="green"))
        return
    for block in _blocks(text, report):
        f = block.finding
        header = Text()
        header.append(f"{block.number}:{block.column + 1}  ", style="dim")
        header.append(f.severity, style=_SEVERITY_STYLE.get(f.severity, ""))
        header.append(f"  {f.rule_id} ", style="bold")
        header.append(f"[{f.category}]  ", style="magenta")
        header.append(f.message)
        console.print(header)
        line = Text("    " + block.line)
        line.stylize("bold underline red", 4 + block.span[0], 4 + block.span[1])
        console.print(line)
        if block.before:
            console.print(Text(f"    {f.fix_title}:", style="dim"))
            console.print(Text(f"    - {block.before}", style="red"))
            console.print(Text(f"    + {block.after}", style="green"))
        console.print()
    console.print(Text(_summary(report), style="bold red" if not report.passed else "bold green"))
    console.print()
    console.print(Text("Rewrite:", style="bold"))
    console.print(Text(report.rewrite))
