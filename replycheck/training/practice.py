"""``replycheck practice``: an interactive session — pick an exercise, reply, see the grade, try again.

Text is wrapped to the terminal's width at word boundaries, the session speaks
the exercise's language, typed lines can be edited (``readline``, on a
terminal), and every graded reply is appended to a JSON Lines file in the
format ``trainer-report`` reads.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from .grading import LABELS, grade
from .models import Exercise, Grade
from .render import render_exercise, render_grade, wrap

END = "."
"""A line with only this ends a multi-line reply (end of input does too)."""

UI: dict[str, dict[str, str]] = {
    "en": {
        "exercises": "Exercises:",
        "pick": "Pick a number or id, r = random, q = quit: ",
        "no_exercise": "No exercise “{choice}”.",
        "type": "Type your reply. End it with a line with only '{end}' (or end of input).",
        "empty": "The reply is empty; type something first.",
        "choices": "[t] try again  [m] model answer  [n] next exercise  [r] random  [q] quit: ",
        "unknown": "Unknown choice “{choice}”.",
        "model": "Model answer:",
        "none": "No replies graded this session.",
        "progress": "Progress: {n} replies graded.",
        "progress_one": "Progress: 1 reply graded.",
        "passed": "passed",
        "not_passed": "not passed yet",
        "improved": "improved",
        "todo": "still to work on",
        "saving": "Your graded replies are added to {path}.",
    },
    "tr": {
        "exercises": "Alıştırmalar:",
        "pick": "Bir numara ya da kimlik yazın, r = rastgele, ç = çıkış: ",
        "no_exercise": "“{choice}” adlı bir alıştırma yok.",
        "type": "Yanıtınızı yazın. Bitirmek için yalnızca '{end}' olan bir satır girin (ya da girişi kapatın).",
        "empty": "Yanıt boş; önce bir şey yazın.",
        "choices": "[t] tekrar dene  [ö] örnek yanıt  [s] sonraki alıştırma  [r] rastgele  [ç] çıkış: ",
        "unknown": "Bilinmeyen seçim: “{choice}”.",
        "model": "Örnek yanıt:",
        "none": "Bu oturumda puanlanan yanıt yok.",
        "progress": "İlerleme: {n} yanıt puanlandı.",
        "progress_one": "İlerleme: 1 yanıt puanlandı.",
        "passed": "geçti",
        "not_passed": "henüz geçmedi",
        "improved": "düzelenler",
        "todo": "üzerinde çalışılacaklar",
        "saving": "Puanlanan yanıtlarınız {path} dosyasına ekleniyor.",
    },
}
"""The session's own words per language (the exercise and the grade are rendered by :mod:`.render`)."""

CHOICES: dict[str, str] = {
    "t": "again", "": "again", "m": "model", "n": "next", "r": "random", "q": "quit",
    "ö": "model", "o": "model", "s": "next", "ç": "quit", "c": "quit",
}
"""Keys after a grade: the English letters and the Turkish ones both work in every language."""
QUIT = ("q", "quit", "ç", "çık", "çıkış", "c")
RANDOM = ("r", "random", "rastgele", "")


def default_attempts_path() -> Path:
    """Where ``practice`` appends attempts by default: ``$XDG_DATA_HOME/replycheck/attempts.jsonl``
    (``~/.local/share/…``; ``%APPDATA%\\replycheck\\…`` on Windows)."""
    if os.name == "nt" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"])
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "replycheck" / "attempts.jsonl"


def terminal_input(stdin: TextIO | None = None) -> Callable[[str], str]:
    """:func:`input`, with line editing and history (the ``readline`` module) when standard input is a terminal."""
    stream = stdin if stdin is not None else sys.stdin
    if stream is not None and stream.isatty():
        try:
            import readline  # noqa: F401 - importing it gives input() line editing and history
        except ImportError:  # pragma: no cover - e.g. Windows without pyreadline
            pass
    return input


class AttemptLog:
    """A JSON Lines file each graded reply is appended to, one ``{"trainee", "exercise", "reply", "time"}`` per
    line: exactly what ``trainer-report`` reads.  Each line is written and flushed at once."""

    def __init__(self, path: str | Path, trainee: str) -> None:
        self.path = Path(path).expanduser()
        self.trainee = trainee.strip()
        if not self.trainee:
            raise InputError("the trainee name is empty (--trainee NAME)")
        if self.path.is_dir():
            raise InputError(f"the attempts file {self.path} is a directory; give a file name (--attempts FILE)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("ab") as handle:  # a half-written last line (a crash) gets its end first
                if handle.tell() and not self._ends_with_newline():
                    handle.write(b"\n")
        except OSError as exc:
            raise InputError(f"cannot write the attempts file {self.path}: {exc.strerror or exc}") from None

    def _ends_with_newline(self) -> bool:
        with self.path.open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) == b"\n"

    def append(self, exercise: str, reply: str, when: datetime) -> None:
        """Add one attempt."""
        record = {"trainee": self.trainee, "exercise": exercise, "reply": reply,
                  "time": when.isoformat(timespec="seconds")}
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()


@dataclass
class Attempt:
    """One graded reply of the session."""

    exercise: str
    score: int
    passed: bool
    failed: list[str] = field(default_factory=list)
    lang: str = "en"


class _Quit(Exception):
    pass


class Session:
    """A practice session over ``exercises``; ``ask`` reads one line (like :func:`input`), ``out`` prints.

    ``width`` is the column text is wrapped at (default: the terminal's), ``log``
    receives every graded reply, ``clock`` gives the time an attempt is made.
    """

    def __init__(
        self,
        exercises: list[Exercise],
        ask: Callable[[str], str] = input,
        out: Callable[[str], None] = print,
        seed: int | None = None,
        now: datetime | None = None,
        width: int | None = None,
        log: AttemptLog | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if not exercises:
            raise InputError("there are no exercises to practise")
        self.exercises = exercises
        self._ask = ask
        self._out = out
        self.random = random.Random(seed)
        self.now = now
        self.width = width or shutil.get_terminal_size(fallback=(80, 24)).columns
        self.log = log
        self.clock = clock or (lambda: datetime.now().astimezone())
        self.attempts: list[Attempt] = []
        langs = {ex.lang for ex in exercises}
        self.lang = next(iter(langs)) if len(langs) == 1 and langs <= set(UI) else "en"

    def text(self, key: str, lang: str | None = None, **values: object) -> str:
        """One of the session's sentences in ``lang`` (default: the session's language)."""
        table = UI.get(lang or self.lang, UI["en"])
        return table[key].format(**values)

    def out(self, text: str) -> None:
        """Print ``text`` wrapped to the width."""
        self._out(wrap(text, self.width))

    def ask(self, prompt: str) -> str:
        """Read one line after ``prompt`` (a long prompt's first lines are printed, wrapped)."""
        if len(prompt) > self.width:
            *head, prompt = textwrap.wrap(prompt, self.width, break_long_words=False, break_on_hyphens=False)
            self._out("\n".join(head))
            prompt += " "
        try:
            return self._ask(prompt)
        except EOFError:
            raise _Quit from None

    def run(self, first: Exercise | None = None) -> list[Attempt]:
        """Run until the trainee quits (``q`` or end of input); prints progress and returns the attempts."""
        if self.log is not None:
            self.out(self.text("saving", path=self.log.path))
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
        """The exercise the trainee chooses from the list."""
        self.out(self.text("exercises"))
        pad = max(len(ex.id) for ex in self.exercises)
        for i, ex in enumerate(self.exercises, 1):
            self.out(f"  {i:2}. {ex.id:{pad}}  {ex.title}")
        while True:
            choice = self.ask(self.text("pick")).strip()
            if choice.lower() in QUIT:
                raise _Quit
            if choice.lower() in RANDOM:
                return self.random.choice(self.exercises)
            if choice.isdigit() and 1 <= int(choice) <= len(self.exercises):
                return self.exercises[int(choice) - 1]
            found = [ex for ex in self.exercises if ex.id == choice]
            if found:
                return found[0]
            self.out(self.text("no_exercise", choice=choice))

    def read_reply(self, lang: str) -> str:
        """The reply, up to a line with only ``.`` or the end of input."""
        self.out(self.text("type", lang, end=END))
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
        lang = exercise.lang
        self.out(render_exercise(exercise))
        while True:
            reply = self.read_reply(lang)
            if not reply.strip():
                self.out(self.text("empty", lang))
                continue
            try:
                result: Grade = grade(exercise, reply, now=self.now)
            except InputError as exc:
                self.out(str(exc))
                continue
            self.attempts.append(Attempt(exercise.id, result.score, result.passed, result.failed, lang))
            if self.log is not None:
                self.log.append(exercise.id, reply, self.clock())
            self.out(render_grade(result))
            while True:
                choice = self.ask(self.text("choices", lang)).strip().lower()
                action = CHOICES.get(choice, "quit" if choice in QUIT else None)
                if action == "again":
                    break
                if action == "model":
                    self.out(self.text("model", lang))
                    for answer in exercise.model_answers:
                        self.out(answer.rstrip() + "\n")
                    continue
                if action == "next":
                    return None
                if action == "random":
                    return self.random.choice(self.exercises)
                if action == "quit":
                    raise _Quit
                self.out(self.text("unknown", lang, choice=choice))

    def progress(self) -> str:
        """Progress at the end, in the language of the last exercise practised: per exercise, the scores in
        order and the criteria fixed or still failing."""
        if not self.attempts:
            return self.text("none")
        lang = self.attempts[-1].lang if self.attempts[-1].lang in UI else "en"
        labels = LABELS.get(lang, LABELS["en"])
        n = len(self.attempts)
        lines = [self.text("progress_one", lang) if n == 1 else self.text("progress", lang, n=n)]
        seen: dict[str, list[Attempt]] = {}
        for a in self.attempts:
            seen.setdefault(a.exercise, []).append(a)
        for ex_id, tries in seen.items():
            scores = " → ".join(str(a.score) for a in tries)
            state = self.text("passed" if tries[-1].passed else "not_passed", lang)
            lines.append(f"  {ex_id}: {scores} ({state})")
            fixed = [labels.get(c, c) for c in tries[0].failed if c not in tries[-1].failed]
            if fixed and len(tries) > 1:
                lines.append(f"    {self.text('improved', lang)}: {', '.join(fixed)}")
            if tries[-1].failed:
                lines.append(f"    {self.text('todo', lang)}: {', '.join(labels.get(c, c) for c in tries[-1].failed)}")
        return "\n".join(lines)
