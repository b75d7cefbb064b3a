"""The report's data model: small immutable pydantic values, JSON on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["info", "warning", "error"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Suggestion(_Frozen):
    """One edit: replace ``text[start:end]`` with ``replacement``.

    ``safe``: the meaning is kept (a judging word dropped); ``unsafe``: reworded,
    the agent should glance; ``manual``: no safe rewrite exists, the replacement is a
    template with a visible slot (…) for the agent, never applied to the rewrite."""

    start: int
    end: int
    replacement: str
    applicability: Literal["safe", "unsafe", "manual"] = "unsafe"


class Finding(_Frozen):
    """One problem in the draft, with offsets in code points of the text as given."""

    rule_id: str
    category: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    why: str
    fix_title: str = ""
    suggestions: list[Suggestion] = Field(default_factory=list)


class Message(_Frozen):
    """An earlier message of the thread (oldest first in a thread list)."""

    role: Literal["customer", "agent"]
    at: datetime | None = None
    text: str


class Readability(_Frozen):
    """Reading ease of the draft: Flesch (English) or Ateşman (Turkish), 0–100, higher is easier."""

    formula: Literal["flesch", "atesman"]
    score: float
    words: int
    sentences: int


class Report(_Frozen):
    """Everything replycheck says about one draft."""

    id: str | None = None
    language: str
    score: int
    passed: bool
    findings: list[Finding]
    rewrite: str
    readability: Readability | None = None


class Draft(BaseModel):
    """One draft to check: the batch-line and HTTP-body shape."""

    model_config = ConfigDict(extra="ignore")

    id: str | int | None = None
    text: str
    lang: str | None = None
    thread: list[Message] | None = None
    now: datetime | None = None
    format: Literal["text", "html", "markdown", "email"] | None = None
