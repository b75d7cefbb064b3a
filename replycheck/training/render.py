"""Plain-text rendering of exercises and grades (shared by ``grade`` and ``practice``), and wrapping to a width."""

from __future__ import annotations

import re
import textwrap

from .models import Exercise, Grade

_LEVEL = {"tr": {"beginner": "başlangıç", "intermediate": "orta", "advanced": "ileri"}}
_PREFIX = re.compile(r"[ \t]*(?:(?:[-✓✗•]|\d+\.|\[\w\]) +|> ?)?")

_HEAD = {
    "en": {"situation": "Situation", "facts": "What you know", "possible": "What you can do",
           "not_possible": "What you cannot do", "goals": "Learning goals", "thread": "Earlier messages",
           "customer": "The customer writes", "score": "Score", "passed": "PASSED", "failed": "NOT PASSED",
           "findings": "Findings", "feedback": "Feedback", "rewrite": "Suggested rewrite",
           "customer_role": "customer", "agent_role": "agent"},
    "tr": {"situation": "Durum", "facts": "Bildikleriniz", "possible": "Yapabilecekleriniz",
           "not_possible": "Yapamayacaklarınız", "goals": "Öğrenme hedefleri", "thread": "Önceki mesajlar",
           "customer": "Müşteri yazıyor", "score": "Puan", "passed": "GEÇTİ", "failed": "GEÇMEDİ",
           "findings": "Bulgular", "feedback": "Geri bildirim", "rewrite": "Önerilen yeniden yazım",
           "customer_role": "müşteri", "agent_role": "temsilci"},
}


def _quote(text: str) -> str:
    return "\n".join(f"  > {line}" if line else "  >" for line in text.strip().splitlines())


def render_exercise(exercise: Exercise) -> str:
    """The situation as a trainee reads it."""
    h = _HEAD[exercise.lang]
    level = _LEVEL.get(exercise.lang, {}).get(exercise.level, exercise.level)
    out = [f"{exercise.title}  [{exercise.id}, {level}]", "", f"{h['situation']}:", "  " + exercise.situation.strip()]
    for key in ("facts", "possible", "not_possible", "goals"):
        items = getattr(exercise, key)
        if items:
            out += ["", f"{h[key]}:"] + [f"  - {item}" for item in items]
    if exercise.thread:
        out += ["", f"{h['thread']}:"]
        for m in exercise.thread:
            when = f" {m.at:%Y-%m-%d %H:%M}" if m.at else ""
            out += [f"  [{h[m.role + '_role']}{when}]", _quote(m.text)]
    name = f" ({exercise.customer.name})" if exercise.customer.name else ""
    out += ["", f"{h['customer']}{name}:", _quote(exercise.customer.message), ""]
    return "\n".join(out)


def render_grade(grade: Grade) -> str:
    """A grade for the terminal: score, criteria with their evidence, feedback, rewrite."""
    h = _HEAD.get(grade.language, _HEAD["en"])
    out = [f"{h['score']}: {grade.score}/100  {h['passed'] if grade.passed else h['failed']}", ""]
    for c in grade.criteria:
        mark = "✓" if c.passed else "✗"
        detail = f"“{c.span.text}”" if c.span and c.passed else c.note
        if c.span and not c.passed and c.span.text not in c.note:
            detail = f"“{c.span.text}”: {c.note}"
        out.append(f"  {mark} {c.label}" + (f" — {detail}" if detail else ""))
    if grade.findings:
        out += ["", f"{h['findings']}:"]
        out += [f"  {f.rule_id} [{f.category}] “{f.text}”: {f.message}" for f in grade.findings]
    out += ["", f"{h['feedback']}:"] + [f"  - {line}" for line in grade.feedback]
    if grade.findings:
        out += ["", f"{h['rewrite']}:", _quote(grade.rewrite)]
    return "\n".join(out) + "\n"


def wrap(text: str, width: int) -> str:
    """``text`` with every line longer than ``width`` wrapped at word boundaries (a word is never cut,
    however long).  Continuation lines keep the line's indent, a list item's hanging indent, and a
    quote's ``>`` marker."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        prefix = _PREFIX.match(line).group(0)  # type: ignore[union-attr]
        following = prefix if prefix.strip() == ">" else " " * len(prefix)
        body = line[len(prefix):]
        lines = textwrap.wrap(body, width=max(width, len(prefix) + 20), initial_indent=prefix,
                              subsequent_indent=following, break_long_words=False, break_on_hyphens=False)
        out.extend(lines or [line])
    return "\n".join(out)
