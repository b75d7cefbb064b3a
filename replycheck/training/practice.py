"""``replycheck practice``: an interactive session — pick an exercise, reply, see the grade, try again."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..errors import InputError
from .grading import grade
from .models import Exercise, Grade
from .render import render_exercise, render_grade

END = "."
"""A line with only this ends a multi-line reply (end of input does too)."""


@dataclass
class Attempt:
    """One graded reply of the session."""

    exercise: str
    score: int
    passed: bool
    failed: list[str] = field(default_factory=list)


class _Quit(Exception):
    pass


class Session:
    """A practice session over ``exercises``; ``ask`` reads one line (like :func:`input`), ``out`` prints."""

    def __init__(
        self,
        exercises: list[Exercise],
        ask: Callable[[str], str] = input,
        out: Callable[[str], None] = print,
        seed: int | None = None,
        now: datetime | None = None,
    ) -> None:
        if not exercises:
            raise InputError("there are no exercises to practise")
        self.exercises = exercises
        self._ask = ask
        self.out = out
        self.random = random.Random(seed)
        self.now = now
        self.attempts: list[Attempt] = []

    def ask(self, prompt: str) -> str:
        try:
            return self._ask(prompt)
        except EOFError:
            raise _Quit from None

    def run(self, first: Exercise | None = None) -> list[Attempt]:
        """Run until the trainee quits (``q`` or end of input); prints progress and returns the attempts."""
        exercise = first
        try:
            while True:
                if exercise is None:
                    exercise = self.pick()
                exercise = self.practise(exercise)
        except _Quit:
            pass
        self.out(self.progress())
        return self.attempts

    def pick(self) -> Exercise:
        self.out("Exercises:")
        for i, ex in enumerate(self.exercises, 1):
            self.out(f"  {i:2}. {ex.id:32} {ex.title}")
        while True:
            choice = self.ask("Pick a number or id, r = random, q = quit: ").strip()
            if choice.lower() in ("q", "quit"):
                raise _Quit
            if choice.lower() in ("r", "random", ""):
                return self.random.choice(self.exercises)
            if choice.isdigit() and 1 <= int(choice) <= len(self.exercises):
                return self.exercises[int(choice) - 1]
            found = [ex for ex in self.exercises if ex.id == choice]
            if found:
                return found[0]
            self.out(f"No exercise {choice!r}.")

    def read_reply(self) -> str:
        self.out(f"Type your reply. End it with a line with only '{END}' (or end of input).")
        lines: list[str] = []
        while True:
            try:
                line = self._ask("")
            except EOFError:
                if not lines:
                    raise _Quit from None
                break
            if line.strip() == END:
                break
            lines.append(line)
        return "\n".join(lines).strip("\n")

    def practise(self, exercise: Exercise) -> Exercise | None:
        """One exercise: show it, grade replies until the trainee moves on; returns the next exercise or None."""
        self.out(render_exercise(exercise))
        while True:
            reply = self.read_reply()
            if not reply.strip():
                self.out("The reply is empty; type something first.")
                continue
            try:
                result: Grade = grade(exercise, reply, now=self.now)
            except InputError as exc:
                self.out(str(exc))
                continue
            self.attempts.append(Attempt(exercise.id, result.score, result.passed, result.failed))
            self.out(render_grade(result))
            while True:
                choice = self.ask("[t] try again  [m] model answer  [n] next exercise  [r] random  [q] quit: ").strip().lower()
                if choice in ("", "t"):
                    break
                if choice == "m":
                    for answer in exercise.model_answers:
                        self.out(answer.rstrip() + "\n")
                    continue
                if choice == "n":
                    return None
                if choice == "r":
                    return self.random.choice(self.exercises)
                if choice == "q":
                    raise _Quit
                self.out(f"Unknown choice {choice!r}.")

    def progress(self) -> str:
        """Progress at the end: per exercise, the scores in order and the criteria fixed or still failing."""
        if not self.attempts:
            return "No replies graded this session."
        lines = [f"Progress: {len(self.attempts)} replies graded."]
        seen: dict[str, list[Attempt]] = {}
        for a in self.attempts:
            seen.setdefault(a.exercise, []).append(a)
        for ex_id, tries in seen.items():
            scores = " → ".join(str(a.score) for a in tries)
            state = "passed" if tries[-1].passed else "not passed yet"
            lines.append(f"  {ex_id}: {scores} ({state})")
            fixed = [c for c in tries[0].failed if c not in tries[-1].failed]
            if fixed and len(tries) > 1:
                lines.append(f"    improved: {', '.join(fixed)}")
            if tries[-1].failed:
                lines.append(f"    still to work on: {', '.join(tries[-1].failed)}")
        return "\n".join(lines)
