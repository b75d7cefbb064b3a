"""``practice`` as a trainee meets it (wrapped text, their language, line editing, saved attempts) and the
``trainer-report`` that reads those attempts (dated axes, single attempts, exercise ids only)."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from replycheck.cli import main
from replycheck.training import load_exercises
from replycheck.training.practice import AttemptLog, Session, default_attempts_path, terminal_input
from replycheck.training.render import wrap
from replycheck.training.trainer_report import build_report, render_html, render_text

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "examples" / "exercises"
BY_ID = {e.id: e for e in load_exercises(EXERCISES)}


def _session(lines: list[str], exercises: list, **options: object) -> tuple[Session, list[str], list[str]]:
    feed = iter(lines)
    printed: list[str] = []
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None

    return Session(exercises, ask=ask, out=printed.append, seed=1, **options), printed, prompts


# --- wrapping ----------------------------------------------------------------------------


def test_long_text_is_wrapped_at_the_width_on_word_boundaries() -> None:
    exercise = BY_ID["en/late-delivery"]
    session, printed, prompts = _session([*exercise.bad_answers[0].reply.splitlines(), ".", "q"], [exercise], width=44)
    session.run(exercise)
    text = "\n".join(printed)
    for line in text.splitlines():  # only a single word longer than the width may stick out
        assert len(line) <= 44 or " " not in line.strip(), line
    # Nothing was cut mid-word: the words of the situation and the feedback come out whole and in order.
    words = " ".join(text.split())
    assert " ".join(exercise.situation.split()) in words
    assert all(len(p) <= 44 for p in prompts)  # the long "[t] try again …" prompt too
    assert any(p.startswith("[n] next") or "quit" in p for p in prompts)


def test_wrap_keeps_indents_list_markers_and_quote_markers() -> None:
    text = ("  - Send a replacement by express courier today; it arrives tomorrow before noon.\n"
            "  > Where is my order? I needed it for the party on Thursday and it is not here.\n"
            "  see https://example.com/a/really/long/path/that/is/one/word/and/stays/whole")
    lines = wrap(text, 30).splitlines()
    assert lines[0].startswith("  - ") and lines[1].startswith("    ") and not lines[1].startswith("    -")
    quoted = [line for line in lines if line.startswith("  >")]
    assert len(quoted) >= 3 and " ".join(q[4:] for q in quoted) == (
        "Where is my order? I needed it for the party on Thursday and it is not here.")
    assert lines[-2:] == ["  see", "  https://example.com/a/really/long/path/that/is/one/word/and/stays/whole"]
    assert wrap("short line", 30) == "short line"


# --- language ----------------------------------------------------------------------------


def test_turkish_exercises_get_turkish_prompts_and_keys() -> None:
    exercise = BY_ID["tr/wrong-item"]
    lines = ["1", "Merhaba Zeynep, kusura bakmayın.", ".", "ö", "t", *exercise.model_answers[0].splitlines(), ".", "ç"]
    session, printed, prompts = _session(lines, [exercise, BY_ID["tr/late-delivery"]], width=100)
    attempts = session.run()
    assert [a.score == 100 for a in attempts] == [False, True]
    text = "\n".join(printed + prompts)
    assert prompts[0] == "Bir numara ya da kimlik yazın, r = rastgele, ç = çıkış: " and "Alıştırmalar:" in printed
    assert "Yanıtınızı yazın." in text and "[t] tekrar dene" in text and "Örnek yanıt:" in text
    assert "[tr/wrong-item, başlangıç]" in text
    assert " ".join(exercise.model_answers[0].split()) in " ".join(text.split())  # 'ö' showed it
    for english in ("Type your reply", "try again", "Pick a number", "Progress", "passed)", "improved"):
        assert english not in text
    assert printed[-1].startswith("İlerleme: 2 yanıt puanlandı.") and "(geçti)" in printed[-1]
    assert "düzelenler: Sorunu kabul ediyor" in printed[-1]


def test_english_keys_still_work_in_a_turkish_session_and_unknown_keys_are_named() -> None:
    exercise = BY_ID["tr/wrong-item"]
    session, printed, _ = _session(["Merhaba.", ".", "x", "q"], [exercise], width=100)
    assert len(session.run(exercise)) == 1
    assert "Bilinmeyen seçim: “x”." in printed and printed[-1].startswith("İlerleme: 1 yanıt puanlandı.")


# --- line editing --------------------------------------------------------------------------


class _Stdin(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__("")
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_line_editing_with_readline_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("readline")
    monkeypatch.delitem(sys.modules, "readline", raising=False)
    assert terminal_input(_Stdin(tty=False)) is input and "readline" not in sys.modules
    assert terminal_input(_Stdin(tty=True)) is input and "readline" in sys.modules


# --- attempts ----------------------------------------------------------------------------


def test_default_attempts_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_attempts_path() == tmp_path / "replycheck" / "attempts.jsonl"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_attempts_path() == tmp_path / "home" / ".local" / "share" / "replycheck" / "attempts.jsonl"


def test_attempts_are_appended_in_the_trainer_report_format(tmp_path: Path) -> None:
    late, wrong = BY_ID["en/late-delivery"], BY_ID["en/wrong-item"]
    path = tmp_path / "sub" / "attempts.jsonl"
    times = iter(datetime(2026, 3, d, 9, 0).astimezone() for d in (2, 3, 4))
    lines = ["1", *late.bad_answers[0].reply.splitlines(), ".", "t", *late.model_answers[0].splitlines(), ".", "n", "q"]
    session, printed, _ = _session(lines, [late, wrong], log=AttemptLog(path, "ana"), clock=lambda: next(times))
    session.run()
    assert f"Your graded replies are added to {path}." in " ".join(" ".join(printed).split())
    # A second session appends; nothing earlier is lost.
    session, _, _ = _session([*wrong.model_answers[0].splitlines(), "."], [wrong], log=AttemptLog(path, "ana"),
                             clock=lambda: next(times))
    session.run(wrong)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [sorted(r) for r in records] == [["exercise", "reply", "time", "trainee"]] * 3
    assert [r["exercise"] for r in records] == ["en/late-delivery", "en/late-delivery", "en/wrong-item"]
    assert records[1]["reply"] == late.model_answers[0].strip("\n") and records[0]["time"].startswith("2026-03-02T09:00:00")
    report = build_report(path.read_text(encoding="utf-8").splitlines(), EXERCISES)
    assert report["errors"] == [] and report["attempts"] == 3
    (ana,) = report["trainees"]
    assert [h["score"] for h in ana["history"]][1:] == [100, 100] and ana["history"][0]["score"] < 100


def test_a_half_written_last_line_does_not_swallow_the_next_attempt(tmp_path: Path) -> None:
    path = tmp_path / "attempts.jsonl"
    path.write_text('{"trainee": "ana", "exercise": "en/late-deli', encoding="utf-8")
    AttemptLog(path, "bo").append("en/wrong-item", "Hi!", datetime(2026, 3, 2, 9, 0))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["trainee"] == "bo"
    report = build_report(lines, EXERCISES)
    assert report["attempts"] == 1 and [e["line"] for e in report["errors"]] == [1]


def test_cli_practice_then_trainer_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    model = BY_ID["en/late-delivery"].model_answers[0]
    path = tmp_path / "attempts.jsonl"
    for reply in ("We'll get back to you soon.", model):
        monkeypatch.setattr("sys.stdin", io.StringIO(reply + "\n.\nq\n"))
        assert main(["practice", "en/late-delivery", "--attempts", str(path), "--trainee", "ana"]) == 0
    capsys.readouterr()
    assert main(["trainer-report", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (ana,) = report["trainees"]
    assert ana["trainee"] == "ana" and ana["attempts"] == 2 and ana["last_score"] == 100 and not report["errors"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--attempts", "{tmp}"], "is a directory"),
    (["--attempts", "{tmp}/late.yaml"], "looks like an exercise file"),
    (["--trainee", " "], "trainee name is empty"),
])
def test_cli_practice_attempts_mistakes_exit_2(argv: list[str], message: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO("q\n"))
    assert main(["practice", *[a.format(tmp=tmp_path) for a in argv]]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_cli_practice_no_save_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.stdin", io.StringIO("Hi.\n.\nq\n"))
    assert main(["practice", "en/late-delivery", "--no-save"]) == 0
    assert not (tmp_path / "replycheck").exists() and "added to" not in capsys.readouterr().out


# --- trainer report ------------------------------------------------------------------------


def test_attempts_name_exercises_by_id_never_by_path(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (outside / "en").mkdir(parents=True)
    copy = outside / "en" / "late-delivery.yaml"
    copy.write_text((EXERCISES / "en" / "late-delivery.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    refs = [str(copy), "../elsewhere/en/late-delivery", "en/../en/late-delivery", "/etc/passwd", "en/late-delivery"]
    lines = [json.dumps({"trainee": "x", "exercise": ref, "reply": "Hi."}) for ref in refs]
    report = build_report(lines, EXERCISES)
    assert report["attempts"] == 1 and [e["line"] for e in report["errors"]] == [1, 2, 3, 4]
    assert all("no exercise" in e["error"] for e in report["errors"])


def _report(rows: list[tuple[str, str, str, str]]) -> dict:
    lines = [json.dumps({"trainee": who, "exercise": ex, "reply": BY_ID[ex].model_answers[0] if kind == "model"
                         else BY_ID[ex].bad_answers[0].reply, "time": when}) for who, ex, kind, when in rows]
    return build_report(lines, EXERCISES)


def test_a_single_attempt_shows_its_result_not_a_change() -> None:
    report = _report([("ana", "en/late-delivery", "model", "2026-03-02T09:00")])
    text, page = render_text(report), render_html(report)
    assert "100% → 100%" not in text and "100% → 100%" not in page and "0% → 0%" not in text
    assert "passed (1 attempt)" in text and "score 100" in text and "first 100 → last 100" not in text
    assert "passed (1 attempt)" in page


class _Svg(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[tuple[dict, str]] = []
        self._attrs: dict | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._attrs = dict(attrs) if tag == "text" else None

    def handle_data(self, data: str) -> None:
        if self._attrs is not None:
            self.texts.append((self._attrs, data))
            self._attrs = None


def test_score_lines_have_dated_labelled_axes() -> None:
    start = datetime(2026, 3, 2, 9, 0)
    rows = [("ana", "en/late-delivery", "bad" if i < 2 else "model", (start + timedelta(days=3 * i)).isoformat())
            for i in range(4)]
    report = _report(rows)
    page = render_html(report)
    svg = page[page.index("<svg", page.index("<h2>ana</h2>")):]
    svg = svg[:svg.index("</svg>") + 6]
    parsed = _Svg()
    parsed.feed(svg)
    labels = [t for _, t in parsed.texts]
    assert "date of attempt" in labels and "score" in labels
    assert {"0", "50", "100"} <= set(labels)
    ticks = [t for a, t in parsed.texts if a.get("class") == "xtick"]
    assert ticks == ["2 Mar", "4 Mar", "6 Mar", "8 Mar", "10 Mar", "12 Mar"]  # whole days, midnight to midnight
    # The points sit at their dates: equal gaps in time, equal gaps on the axis.
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    gaps = [b - a for a, b in zip(xs, xs[1:])]
    assert len(xs) == 4 and max(gaps) - min(gaps) < 0.2


def test_score_line_without_times_counts_attempts() -> None:
    lines = [json.dumps({"trainee": "bo", "exercise": "en/late-delivery", "reply": BY_ID["en/late-delivery"].model_answers[0]})
             for _ in range(3)]
    page = render_html(build_report(lines, EXERCISES))
    parsed = _Svg()
    parsed.feed(page[page.index("<h2>bo</h2>"):])
    labels = [t for _, t in parsed.texts]
    assert "attempt" in labels and [t for a, t in parsed.texts if a.get("class") == "xtick"] == ["1", "2", "3"]
