"""LanguageTool's ``/v2/check`` answer shape, so LanguageTool clients and editor plug-ins can use replycheck.

LanguageTool is written in Java: its offsets and lengths count UTF-16 code
units (an emoji is 2), while replycheck counts code points.  Everything here
is plain Python (no web framework) so it can be tested on its own.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from ..models import Finding, Report

CATEGORY_NAMES = {
    "jargon": "Jargon",
    "condescension": "Condescension",
    "negative_framing": "Negative framing",
    "missing_timeline": "Missing time frame",
    "unkept_promise": "Unkept promise",
}

LANGUAGE_NAMES = {"en": "English", "tr": "Turkish"}
VARIANTS = {"en": ("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"), "tr": ("tr-TR",)}
LONG_CODES = {"en": "en-US", "tr": "tr-TR"}
_CONTEXT = 40
_MAX_SPAN = 300  # a suggestion further than this from its finding is not offered as a replacement


class LanguageToolError(Exception):
    """A request LanguageTool would refuse; ``str()`` is its plain-text body, ``status`` its HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(f"Error: {message}")
        self.status = status


def category_id(category: str) -> str:
    """``negative_framing`` → ``NEGATIVE_FRAMING`` (LanguageTool category ids are upper snake case)."""
    return re.sub(r"\W+", "_", category).upper()


def category_name(category: str) -> str:
    return CATEGORY_NAMES.get(category, category.replace("_", " ").capitalize())


def language_name(code: str) -> str:
    base = code.split("-")[0].lower()
    name = LANGUAGE_NAMES.get(base, base)
    if base == "en" and "-" in code:
        return f"{name} ({code.split('-', 1)[1].upper()})"
    return name


def resolve_language(value: str | None, supported: Sequence[str]) -> str | None:
    """The replycheck language for LanguageTool's ``language`` field: ``None`` for ``auto`` (detect).

    ``en-US``/``en-GB``/``en`` → ``en``, ``tr-TR``/``tr`` → ``tr``; anything else is a 400.
    """
    if value is None or not value.strip():
        raise LanguageToolError("Missing 'language' parameter, e.g. 'language=en-US' or 'language=auto'")
    value = value.strip()
    if value.lower() == "auto":
        return None
    base = value.split("-")[0].lower()
    if base not in supported or not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
        codes = ", ".join(["auto", *(c for lang in supported for c in (lang, *VARIANTS.get(lang, ())))])
        raise LanguageToolError(f"'{value}' is not a language code known to replycheck. Supported: {codes}")
    return base


def languages(supported: Sequence[str]) -> list[dict[str, str]]:
    """The ``/v2/languages`` answer."""
    out = []
    for lang in supported:
        for code in (lang, *VARIANTS.get(lang, ())):
            out.append({"name": language_name(code), "code": lang, "longCode": code})
    return out


def text_from_data(data: str) -> tuple[str, str]:
    """LanguageTool's ``data`` parameter (``{"annotation": [{"text"}|{"markup", "interpretAs"?}]}``).

    Returns ``(original, checkable)``: the concatenation of every part, and the
    same string of the same length with markup blanked (its ``interpretAs``, if
    it fits, is kept so paragraph breaks still end sentences).  Offsets into one
    are offsets into the other.
    """
    try:
        parsed = json.loads(data)
    except json.JSONDecodeError as exc:
        raise LanguageToolError(f"'data' is not valid JSON ({exc.msg} at position {exc.pos})") from None
    parts = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(parts, list):
        raise LanguageToolError("'data' must be a JSON object with an 'annotation' list")
    original, checkable = [], []
    for i, part in enumerate(parts):
        if not isinstance(part, dict):
            raise LanguageToolError(f"'data' annotation {i} must be an object with 'text' or 'markup'")
        if isinstance(part.get("text"), str):
            original.append(part["text"])
            checkable.append(part["text"])
        elif isinstance(part.get("markup"), str):
            markup = part["markup"]
            shown = part.get("interpretAs") if isinstance(part.get("interpretAs"), str) else ""
            if len(shown) > len(markup):
                shown = " " if markup else ""
            blank = shown + "".join("\n" if c == "\n" else " " for c in markup[len(shown):])
            original.append(markup)
            checkable.append(blank)
        else:
            raise LanguageToolError(f"'data' annotation {i} must have a string 'text' or 'markup'")
    return "".join(original), "".join(checkable)


class Utf16Offsets:
    """Code-point offsets → UTF-16 code-unit offsets for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def __call__(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1)


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in re.finditer(r"[.!?…]\s+|\n", text[:start])), default=0)
    right = re.search(r"[.!?…](?=\s|$)|\n", text[end:])
    stop = end + right.end() if right else len(text)
    return text[left:stop].strip()


def match(finding: Finding, text: str, utf16: Utf16Offsets, describe: dict[str, str]) -> dict[str, Any]:
    """One LanguageTool match for a finding.

    LanguageTool replaces exactly ``[offset, offset+length)`` with a
    replacement, so the match covers the finding and its edits (a deletion that
    also takes a comma, an addition at the end of the sentence) and each
    replacement value is that whole span rewritten.
    """
    edits = [s for s in finding.suggestions if s.applicability != "manual"]
    # A manual suggestion is a template with a slot (…) for the agent: a LanguageTool client would apply a
    # replacement as it is, so the template goes in the message instead.
    templates = [s.replacement.strip() for s in finding.suggestions if s.applicability == "manual" and s.replacement.strip()]
    start = min([finding.start, *(s.start for s in edits)])
    end = max([finding.end, *(s.end for s in edits)])
    if end - start > (finding.end - finding.start) + _MAX_SPAN:
        start, end, edits = finding.start, finding.end, [s for s in edits if s.start >= start and s.end <= end]
    values = []
    for edit in edits:
        value = text[start:edit.start] + edit.replacement + text[edit.end:end]
        if value != text[start:end] and value not in values:
            values.append(value)
    # Keep the underline tight: drop what every replacement leaves as it was, outside the flagged words.
    span = text[start:end]
    head = min([finding.start - start, *(_common_prefix(span, v) for v in values)])
    tail = min([end - finding.end, *(_common_prefix(span[::-1], v[::-1]) for v in values),
                *(len(v) - head for v in values)])
    start, end = start + head, end - tail
    values = [v[head:len(v) - tail] for v in values]
    ctx_start, ctx_end = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    context = text[ctx_start:ctx_end]
    offset, stop = utf16(start), utf16(end)
    return {
        "message": " ".join([finding.message, finding.why, *(f"For example: “{t}”" for t in templates[:1])]).strip(),
        "shortMessage": finding.fix_title,
        "replacements": [{"value": v} for v in values],
        "offset": offset,
        "length": stop - offset,
        "context": {
            "text": context,
            "offset": utf16_len(text[ctx_start:start]),
            "length": stop - offset,
        },
        "sentence": _sentence(text, start, end),
        "type": {"typeName": "Hint" if finding.severity == "info" else "Other"},
        "rule": {
            "id": finding.rule_id,
            "subId": "1",
            "description": describe.get(finding.rule_id, finding.fix_title or finding.rule_id),
            "issueType": "style",
            "category": {"id": category_id(finding.category), "name": category_name(finding.category)},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _wanted(finding: Finding, options: dict[str, set[str]], enabled_only: bool) -> bool:
    cat = category_id(finding.category)
    if finding.rule_id in options["disabledRules"] or cat in options["disabledCategories"]:
        return False
    if enabled_only:
        return finding.rule_id in options["enabledRules"] or cat in options["enabledCategories"]
    return True


def parse_list(value: str | None) -> set[str]:
    """LanguageTool's comma-separated id lists (``disabledRules=NEG002,TML001``)."""
    return {part.strip().upper() for part in (value or "").split(",") if part.strip()}


def response(
    report: Report | None,
    text: str,
    asked: str | None,
    version: str,
    describe: dict[str, str],
    options: dict[str, set[str]] | None = None,
    enabled_only: bool = False,
) -> dict[str, Any]:
    """The ``/v2/check`` answer for a report on ``text`` (``None``: nothing to check, no matches).

    ``asked`` is the ``language`` field as sent (``auto`` or a code).
    """
    options = options or {k: set() for k in ("enabledRules", "disabledRules", "enabledCategories", "disabledCategories")}
    detected = report.language if report else "en"
    long_code = asked if asked and asked.lower() != "auto" else LONG_CODES.get(detected, detected)
    utf16 = Utf16Offsets(text)
    findings: Iterable[Finding] = report.findings if report else ()
    return {
        "software": {"name": "replycheck", "version": version, "buildDate": None, "apiVersion": 1,
                     "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {
            "name": language_name(long_code),
            "code": long_code,
            "detectedLanguage": {"name": language_name(LONG_CODES.get(detected, detected)),
                                 "code": LONG_CODES.get(detected, detected), "confidence": 1.0},
        },
        "matches": [match(f, text, utf16, describe) for f in findings if _wanted(f, options, enabled_only)],
    }
