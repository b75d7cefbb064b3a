"""Find exercises on disk: ``<dir>/<lang>/*.yaml``, ids ``<lang>/<file stem>``."""

from __future__ import annotations

from pathlib import Path

from .models import Exercise, ExerciseError, load_exercise

DEFAULT_DIR = Path("examples/exercises")


def load_exercises(directory: str | Path = DEFAULT_DIR, lang: str | None = None) -> list[Exercise]:
    """Every exercise under ``directory`` (``<lang>/*.yaml``), sorted by id; duplicates are an error."""
    root = Path(directory)
    if not root.is_dir():
        raise ExerciseError(
            f"exercise directory {root} does not exist; run from the project root or pass --dir"
        )
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


def find_exercise(ref: str, directory: str | Path = DEFAULT_DIR) -> Exercise:
    """An exercise by file path or by id (``en/late-delivery``) in ``directory``."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.is_file():
        return load_exercise(path)
    candidate = Path(directory) / f"{ref}.yaml"
    if candidate.is_file():
        return load_exercise(candidate)
    known = [e.id for e in load_exercises(directory)]
    raise ExerciseError(f"no exercise {ref!r} in {directory}; known: {', '.join(known) or 'none'}")
