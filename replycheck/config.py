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

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .business_calendar import BusinessCalendar
from .errors import ReplycheckError
from .models import Severity

CONFIG_NAMES = ("replycheck.toml", "pyproject.toml")


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
            try:
                if "replycheck" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}):
                    return pyproject
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
    return None


def load_config(path: str | Path | None = None, start: Path | None = None) -> Config:
    """Read and validate a configuration; the defaults when none is found."""
    found = Path(path) if path else find_config(start)
    if found is None:
        return Config()
    try:
        raw = tomllib.loads(found.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{found}: no such configuration file") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{found}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{found}: invalid TOML ({exc})") from None
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
