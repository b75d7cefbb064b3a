"""Where the bundled data lives: the rule packs and the training exercises.

In an installed wheel they are package data (``replycheck/rules``,
``replycheck/exercises``); in a source checkout (and an editable install) they
are the repository's top-level ``rules/`` and ``examples/exercises/``.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def _bundled(name: str, in_checkout: Path) -> Traversable:
    packaged = resources.files("replycheck") / name
    if packaged.is_dir():
        return packaged
    return in_checkout


def rules_root() -> Traversable:
    """``rules/``: one folder per language with the check packs (``*.yaml``) and
    the training criteria (``training/*.yaml``)."""
    return _bundled("rules", _REPO / "rules")


def exercises_root() -> Traversable:
    """The bundled training exercises, one folder per language."""
    return _bundled("exercises", _REPO / "examples" / "exercises")
