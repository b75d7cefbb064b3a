"""Agent training exercises: load an exercise, grade a trainee's reply against its rubric.

>>> from replycheck.training import load_exercise, grade
>>> exercise = load_exercise("examples/exercises/en/late-delivery.yaml")
>>> result = grade(exercise, "…")          # doctest: +SKIP
>>> result.score, result.passed, result.failed, result.feedback   # doctest: +SKIP
"""

from __future__ import annotations

from .catalog import find_exercise, load_exercises
from .grading import DEFAULT_NOW, core_checker, element_checker, grade
from .models import (
    CRITERIA,
    ELEMENTS,
    BadAnswer,
    CriterionResult,
    CriterionSpec,
    Customer,
    Exercise,
    ExerciseError,
    Grade,
    Span,
    load_exercise,
)

__all__ = [
    "CRITERIA",
    "DEFAULT_NOW",
    "ELEMENTS",
    "BadAnswer",
    "CriterionResult",
    "CriterionSpec",
    "Customer",
    "Exercise",
    "ExerciseError",
    "Grade",
    "Span",
    "core_checker",
    "element_checker",
    "find_exercise",
    "grade",
    "load_exercise",
    "load_exercises",
]
