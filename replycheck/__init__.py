"""replycheck: read a support reply before it is sent and say what will hurt it."""

from __future__ import annotations

from .checker import MAX_CHARS, Checker, check
from .errors import InputError, ReplycheckError, RulePackError, UnsupportedLanguageError
from .models import Draft, Finding, Message, Readability, Report, Suggestion

__version__ = "0.1.0"

__all__ = [
    "MAX_CHARS",
    "Checker",
    "Draft",
    "Finding",
    "InputError",
    "Message",
    "Readability",
    "Report",
    "ReplycheckError",
    "RulePackError",
    "Suggestion",
    "UnsupportedLanguageError",
    "__version__",
    "check",
]
