"""Find exercises on disk: ``<dir>/<lang>/*.yaml``, ids ``<lang>/<file stem>``."""

from __future__ import annotations

from pathlib import Path

from ..data import exercises_root
from .models import Exercise, ExerciseError, load_exercise


def bundled_dir() -> Path:
    """The exercises shipped with replycheck (``examples/exercises`` in a checkout)."""
    return Path(str(exercises_root()))


def load_exercises(directory: str | Path | None = None, lang: str | None = None) -> list[Exercise]:
    """Every exercise under ``directory`` (``<lang>/*.yaml``; default: the bundled ones), sorted by id;
    duplicates are an error."""
    root = Path(directory) if directory is not None else bundled_dir()
    if not root.is_dir():
        raise ExerciseError(f"exercise directory {root} does not exist")
    files = sorted(p for p in root.glob("*/*.y*ml") if lang is None or p.parent.name == lang)
    exercises: dict[str, Exercise] = {}
    where: dict[str, Path] = {}
    for path in files:
        exercise = load_exercise(path)
        if exercise.id in exercises:
            raise ExerciseError(f"{path}: exercise id {exercise.id} is already used by {where[exercise.id]}")
        exercises[exercise.id] = exercise
        where[exercise.id] = path
    return [exercises[k] for k in sorted(exercises)]


def find_exercise(ref: str, directory: str | Path | None = None) -> Exercise:
    """An exercise by file path or by id (``en/late-delivery``) in ``directory`` (default: the bundled ones)."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.is_file():
        return load_exercise(path)
    directory = Path(directory) if directory is not None else bundled_dir()
    candidate = directory / f"{ref}.yaml"
    if candidate.is_file():
        return load_exercise(candidate)
    known = [e.id for e in load_exercises(directory)]
    raise ExerciseError(f"no exercise {ref!r} in {directory}; known: {', '.join(known) or 'none'}")
