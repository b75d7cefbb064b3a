"""Team configuration: ``replycheck.toml`` or ``[tool.replycheck]`` in ``pyproject.toml``.

Found from the current directory upward (or given with ``--config``),
validated with pydantic; a mistake names the key and what was expected::

    [tool.replycheck]          # or the top level of replycheck.toml
    fail_on = "warning"
    ignore = ["CND003"]        # rule codes or category names
    [tool.replycheck.en]
    accept = ["Acme Cloud"]
    glossary = { "RMA" = "return authorization number" }
    [tool.replycheck.calendar]
    timezone = "Europe/Istanbul"
    workdays = ["mon", "tue", "wed", "thu", "fri"]
    hours = "09:00-18:00"
    holidays = "TR"
    default_response = "1 business day"
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .business_calendar import BusinessCalendar
from .errors import ReplycheckError
from .models import Severity

CONFIG_NAMES = ("replycheck.toml", "pyproject.toml")
MAX_CONFIG_BYTES = 2**20


class ConfigError(ReplycheckError):
    """The configuration file is malformed; the message names the file and the key."""


class LanguageSettings(BaseModel):
    """Per-language vocabulary."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    accept: list[str] = Field(default_factory=list, description="terms never flagged (product names)")
    glossary: dict[str, str] = Field(default_factory=dict, description="team term → plain words")


class Config(BaseModel):
    """Everything a team can set without writing Python."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: list[str] | None = None
    fail_on: Severity = "warning"
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    rules_dirs: list[str] = Field(default_factory=list)
    max_chars: int = Field(default=20_000, gt=0)
    calendar: BusinessCalendar | None = None
    en: LanguageSettings = Field(default_factory=LanguageSettings)
    tr: LanguageSettings = Field(default_factory=LanguageSettings)
    source: str | None = Field(default=None, exclude=True)

    def checker(  # noqa: ANN201 - a Checker
        self, extra_rule_dirs: Iterable[str | Path] = (), fail_on: Severity | None = None,
        input_format: str | None = None, **options: Any,
    ):
        """A :class:`~replycheck.Checker` set up as this configuration says (plus command-line overrides)."""
        from .checker import Checker

        base = Path(self.source).parent if self.source else Path.cwd()
        prefix = "tool.replycheck." if self.source and Path(self.source).name == "pyproject.toml" else ""
        for folder in self.rules_dirs:
            if not (base / folder).is_dir():
                raise ConfigError(
                    f"{self.source or 'configuration'}: {prefix}rules_dirs: {folder!r} is not a directory"
                    f" (looked for {base / folder})"
                )
        return Checker(
            langs=self.languages,
            rule_dirs=[*(base / d for d in self.rules_dirs), *extra_rule_dirs],
            disable=self.ignore,
            select=self.select,
            severity=self.severity,
            fail_on=fail_on or self.fail_on,
            max_chars=self.max_chars,
            calendar=self.calendar,
            accept={"en": self.en.accept, "tr": self.tr.accept},
            input_format=input_format,
            **options,
            glossary={"en": self.en.glossary, "tr": self.tr.glossary},
        )


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``replycheck.toml``, or ``pyproject.toml`` with a ``[tool.replycheck]`` table."""
    folder = (start or Path.cwd()).resolve()
    for directory in (folder, *folder.parents):
        candidate = directory / "replycheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            # A broken pyproject.toml may hold the team's settings: say so rather than check without them.
            if "replycheck" in _read_toml(pyproject, found_upward=True).get("tool", {}):
                return pyproject
    return None


def _toml_problem(path: Path, exc: tomllib.TOMLDecodeError) -> str:
    """``path:line: invalid TOML (…)`` from tomllib's message, which ends with ``(at line L, column C)``."""
    message = str(exc)
    found = re.search(r"\(at line (\d+), column \d+\)$", message)
    where = f"{path}:{found.group(1)}" if found else str(path)
    return f"{where}: invalid TOML ({message[:found.start()].strip() if found else message})"


def _read_toml(path: Path, found_upward: bool = False) -> dict[str, Any]:
    """A TOML file's table; a :class:`ConfigError` naming the file (and line) for anything unreadable."""
    hint = " (found upward from here; fix it, or give another file with --config)" if found_upward else ""
    if path.is_dir():
        raise ConfigError(f"{path} is a directory; --config takes a replycheck.toml or pyproject.toml file")
    if path.exists() and not path.is_file():
        raise ConfigError(f"{path} is not a regular file; --config takes a replycheck.toml or pyproject.toml file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES:,} bytes; not a configuration file{hint}")
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8{hint}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_problem(path, exc) + hint) from None


def load_config(path: str | Path | None = None, start: Path | None = None) -> Config:
    """Read and validate a configuration; the defaults when none is found."""
    found = Path(path) if path else find_config(start)
    if found is None:
        return Config()
    raw = _read_toml(found)
    table = raw.get("tool", {}).get("replycheck", {}) if found.name == "pyproject.toml" else raw
    prefix = "tool.replycheck." if found.name == "pyproject.toml" else ""
    try:
        return Config.model_validate({**table, "source": str(found)})
    except ValidationError as exc:
        first = exc.errors()[0]
        key = prefix + ".".join(str(part) for part in first["loc"]) if first["loc"] else prefix.rstrip(".") or "top level"
        got = first.get("input")
        shown = "" if isinstance(got, dict) else f" (got {got!r})"
        raise ConfigError(f"{found}: {key}: {first['msg']}{shown}") from None
