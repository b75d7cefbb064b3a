"""Exceptions raised for user mistakes; each carries one clear sentence."""

from __future__ import annotations


class ReplycheckError(Exception):
    """Base class for every error replycheck raises on purpose."""


def json_problem(exc: ValueError) -> str:
    """A :class:`json.JSONDecodeError` as one phrase: ``invalid JSON (Expecting value at line 1, column 5)``."""
    msg = getattr(exc, "msg", str(exc))
    msg = msg[:-3] if msg.endswith(" at") else msg  # "Invalid control character at", "… starting at"
    line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    where = f" at line {line}, column {column}" if line is not None else ""
    return f"invalid JSON ({msg}{where})"


class InputError(ReplycheckError, ValueError):
    """The draft (or batch line) cannot be checked: empty, too long, malformed."""


class UnsupportedLanguageError(InputError):
    """A language was asked for that has no rule pack."""

    def __init__(self, lang: str, supported: list[str], detected: bool = False) -> None:
        self.lang = lang
        self.supported = supported
        self.detected = detected  # found by language detection, not asked for
        listed = ", ".join(sorted(supported))
        if detected:
            from .language import language_name

            message = (
                f"the draft seems to be written in {language_name(lang)} ({lang}), which has no rule pack; "
                f"supported: {listed} (set lang, or --lang, to check it as one of them)"
            )
        else:
            message = f"unsupported language {lang!r}; supported: {listed}"
        super().__init__(message)

    def __reduce__(self):  # noqa: ANN204 - picklable across worker processes
        return (type(self), (self.lang, self.supported, self.detected))


class RulePackError(ReplycheckError):
    """A rule pack file is malformed; the message names the file and line."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):  # noqa: ANN204 - picklable across worker processes
        return (type(self), (self.path, self.line, self.problem))
