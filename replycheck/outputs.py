"""The output-path guard: no command overwrites its input or an earlier result by accident.

Every command that writes a file (``batch -o``, ``bulk -o``, ``report -o`` and
its JSON, ``trainer-report -o``) calls :func:`guard_output` before it opens
anything: an output that is one of the inputs (the same file, a link to it, or
a folder holding it) is refused, and an existing output is kept unless
``--force`` (or, where the command has it, ``--resume``) was given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .errors import ReplycheckError

STDIO = "-"


class OutputError(ReplycheckError):
    """Writing the output would destroy data (an input, or an earlier result)."""


def _same(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (links followed), or would once ``a`` is created."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _inside(child: Path, folder: Path) -> bool:
    """Whether ``child`` is ``folder`` or lies under it (links followed)."""
    try:
        child, folder = child.resolve(), folder.resolve()
    except OSError:  # pragma: no cover - a loop of links
        return False
    return child == folder or folder in child.parents


def clashes(output: str | Path, inputs: Iterable[str | Path]) -> str | None:
    """The input that writing ``output`` would destroy, or None."""
    out = Path(output)
    for given in inputs:
        if given is None or str(given) == STDIO or "://" in str(given):
            continue
        source = Path(given)
        if _same(out, source):
            return str(given)
        if (out.is_dir() and _inside(source, out)) or (source.is_dir() and _inside(out, source)):
            return str(given)
    return None


def guard_output(
    output: str | Path | None,
    inputs: Iterable[str | Path | None] = (),
    *,
    force: bool = False,
    resume: bool = False,
    option: str = "-o",
    can_resume: bool = False,
) -> None:
    """Raise :class:`OutputError` (one sentence) if writing ``output`` could lose data.

    ``output`` ``None`` or ``-`` is standard output (always fine).  An output
    that is (or holds, or lies inside) one of ``inputs`` is refused even with
    ``force``.  An existing, non-empty output is refused unless ``force`` or
    ``resume``; ``can_resume`` adds "--resume" to the advice.
    """
    if output is None or str(output) == STDIO:
        return
    hit = clashes(output, [i for i in inputs if i is not None])
    if hit is not None:
        raise OutputError(f"refusing to write {option} {output}: it is also the input {hit}; choose another output path")
    if force or resume:
        return
    if exists_with_data(output):
        advice = "--force to overwrite it" + (" or --resume to continue it" if can_resume else "")
        raise OutputError(f"{output} already exists; use {advice}, or choose another output path")


def exists_with_data(output: str | Path) -> bool:
    """Whether ``output`` holds something a write would destroy (an empty file or folder does not count)."""
    path = Path(output)
    try:
        if path.is_dir():
            return any(path.iterdir())
        return path.exists() and (not path.is_file() or path.stat().st_size > 0)
    except OSError:
        return True


def guard_distinct(*outputs: str | Path) -> None:
    """Raise :class:`OutputError` when two outputs of one command are the same file."""
    seen: list[Path] = []
    for output in outputs:
        path = Path(output)
        for earlier in seen:
            if _same(path, earlier):
                raise OutputError(f"{earlier} and {path} are the same file; give the outputs different names")
        seen.append(path)
