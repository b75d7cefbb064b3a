"""Exercise and grade models: exercises are YAML files validated by pydantic, like the rule packs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import InputError
from ..models import Finding, Message
from ..rulepack import _line_of

CORE_CATEGORIES = ("jargon", "condescension", "negative_framing", "missing_timeline", "unkept_promise")
ELEMENTS = ("acknowledgement", "apology", "next_step", "alternative", "close")
"""Required elements, detected by the training element packs (``training/rules/<lang>``)."""
CRITERIA = (*ELEMENTS, *(f"no_{c}" for c in CORE_CATEGORIES))
"""Every criterion id, in the order grades list them."""


class ExerciseError(InputError):
    """An exercise file is missing or invalid; the message names the file (and line)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CriterionSpec(_Strict):
    """How one rubric element is graded: ``weight`` in the score, ``hint`` for feedback,
    ``terms`` (only ``no_jargon``): words this customer would not know, on top of the jargon check."""

    weight: int = Field(default=1, ge=1, le=10)
    hint: str | None = None
    terms: list[str] = Field(default_factory=list)


class Customer(_Strict):
    """The customer and their latest message, the one the trainee answers."""

    name: str | None = None
    message: str = Field(min_length=1)
    at: datetime | None = None


class BadAnswer(_Strict):
    """A deliberately bad answer and the criteria it must fail (tests and trainer calibration)."""

    reply: str = Field(min_length=1)
    fails: list[str] = Field(min_length=1)

    @field_validator("fails")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = [c for c in value if c not in CRITERIA]
        if unknown:
            raise ValueError(f"unknown criteria {unknown}; known: {', '.join(CRITERIA)}")
        return value


class Exercise(_Strict):
    """One training situation, its rubric and its model answers."""

    id: str = Field(default="", pattern=r"^$|^[a-z]{2}/[a-z0-9]+(?:-[a-z0-9]+)*$")
    lang: Literal["en", "tr"]
    title: str = Field(min_length=1)
    level: Literal["beginner", "intermediate", "advanced"] = "beginner"
    situation: str = Field(min_length=1)
    customer: Customer
    thread: list[Message] = Field(default_factory=list)
    now: datetime | None = None
    facts: list[str] = Field(default_factory=list)
    possible: list[str] = Field(default_factory=list)
    not_possible: list[str] = Field(default_factory=list)
    goals: list[str] = Field(min_length=1)
    rubric: dict[str, CriterionSpec | bool] = Field(min_length=1)
    forbidden: list[str] = Field(default_factory=lambda: list(CORE_CATEGORIES))
    pass_mark: int = Field(default=100, ge=0, le=100)
    model_answers: list[str] = Field(min_length=1)
    bad_answers: list[BadAnswer] = Field(default_factory=list)

    @field_validator("rubric")
    @classmethod
    def _rubric_keys(cls, value: dict[str, CriterionSpec | bool]) -> dict[str, CriterionSpec | bool]:
        allowed = (*ELEMENTS, "no_jargon")
        unknown = [k for k in value if k not in allowed]
        if unknown:
            raise ValueError(f"unknown rubric elements {unknown}; known: {', '.join(allowed)}")
        return value

    @field_validator("forbidden")
    @classmethod
    def _forbidden_known(cls, value: list[str]) -> list[str]:
        unknown = [c for c in value if c not in CORE_CATEGORIES]
        if unknown:
            raise ValueError(f"unknown forbidden categories {unknown}; known: {', '.join(CORE_CATEGORIES)}")
        return value

    @model_validator(mode="after")
    def _bad_answers_fail_graded_criteria(self) -> "Exercise":
        graded = set(self.criteria())
        for answer in self.bad_answers:
            extra = [c for c in answer.fails if c not in graded]
            if extra:
                raise ValueError(f"a bad answer 'fails' {extra}, which this exercise does not grade")
        return self

    def criteria(self) -> dict[str, CriterionSpec]:
        """The graded criteria, id → spec, in the canonical order."""
        specs: dict[str, CriterionSpec] = {}
        for name, spec in self.rubric.items():
            if spec is False:
                continue
            specs[name] = spec if isinstance(spec, CriterionSpec) else CriterionSpec()
        for category in self.forbidden:
            specs.setdefault(f"no_{category}", CriterionSpec())
        return {c: specs[c] for c in CRITERIA if c in specs}

    def full_thread(self) -> list[Message]:
        """The earlier thread plus the customer's latest message, for the checker."""
        return [*self.thread, Message(role="customer", at=self.customer.at, text=self.customer.message)]


class Span(_Strict):
    """Where a criterion shows in the reply: ``reply[start:end] == text``."""

    start: int
    end: int
    text: str


class CriterionResult(_Strict):
    """One rubric criterion of a grade."""

    id: str
    label: str
    passed: bool
    weight: int
    span: Span | None = None
    note: str = ""


class Grade(_Strict):
    """A trainee's reply to an exercise, graded."""

    exercise: str
    language: str
    score: int = Field(ge=0, le=100)
    passed: bool
    criteria: list[CriterionResult]
    findings: list[Finding]
    feedback: list[str]
    rewrite: str

    def criterion(self, id: str) -> CriterionResult | None:
        """The result of one criterion, or None when the exercise does not grade it."""
        return next((c for c in self.criteria if c.id == id), None)

    @property
    def failed(self) -> list[str]:
        """Ids of the failed criteria."""
        return [c.id for c in self.criteria if not c.passed]


def load_exercise(path: str | Path) -> Exercise:
    """Read and validate one exercise file; errors name the file and line.

    The id defaults to ``<lang>/<file stem>`` (e.g. ``en/late-delivery``).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExerciseError(f"no such exercise file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExerciseError(f"cannot read exercise {path}: {exc}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ExerciseError(f"{path}{where}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict):
        raise ExerciseError(f"{path}:1: an exercise is a mapping (title, lang, situation, customer, rubric, …)")
    data.setdefault("id", f"{data.get('lang', 'xx')}/{path.stem}")
    try:
        return Exercise.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        where = ".".join(str(p) for p in loc) or "top level"
        raise ExerciseError(f"{path}:{_line_of(node, loc)}: {where}: {first['msg']}") from None
