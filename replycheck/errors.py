"""Exceptions raised for user mistakes; each carries one clear sentence."""

from __future__ import annotations


class ReplycheckError(Exception):
    """Base class for every error replycheck raises on purpose."""


class InputError(ReplycheckError, ValueError):
    """The draft (or batch line) cannot be checked: empty, too long, malformed."""


class UnsupportedLanguageError(InputError):
    """A language was asked for that has no rule pack."""

    def __init__(self, lang: str, supported: list[str]) -> None:
        self.lang = lang
        self.supported = supported
        super().__init__(
            f"unsupported language {lang!r}; supported: {', '.join(sorted(supported))}"
        )

    def __reduce__(self):  # noqa: ANN204 - picklable across worker processes
        return (type(self), (self.lang, self.supported))


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
