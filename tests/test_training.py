"""Training exercises: loading, grading (model answers pass, bad answers fail the right criteria,
both languages), determinism, and the grade / exercises / practice / trainer-report commands."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from replycheck.cli import main
from replycheck.training import (
    CRITERIA,
    ELEMENTS,
    Exercise,
    ExerciseError,
    Grade,
    grade,
    load_exercise,
    load_exercises,
)
from replycheck.training.practice import Session

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "examples" / "exercises"
ALL = load_exercises(EXERCISES)
BY_ID = {e.id: e for e in ALL}


def test_at_least_twelve_exercises_per_language() -> None:
    for lang in ("en", "tr"):
        mine = [e for e in ALL if e.lang == lang]
        assert len(mine) >= 12, lang
        assert all(e.model_answers and e.bad_answers for e in mine)


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_model_answers_pass(exercise: Exercise) -> None:
    for answer in exercise.model_answers:
        result = grade(exercise, answer)
        assert result.passed and result.score == 100, (result.failed, [(f.rule_id, f.text) for f in result.findings])
        assert all(c.span is not None and answer[c.span.start:c.span.end] == c.span.text
                   for c in result.criteria if c.id in ELEMENTS)


@pytest.mark.parametrize("exercise", ALL, ids=lambda e: e.id)
def test_bad_answers_fail_the_right_criteria(exercise: Exercise) -> None:
    for bad in exercise.bad_answers:
        result = grade(exercise, bad.reply)
        assert not result.passed
        failed = set(result.failed)
        assert set(bad.fails) <= failed, f"should fail {sorted(set(bad.fails) - failed)}"
        # The rubric elements come from our own packs: they must fail exactly as the exercise says.
        assert failed & set(ELEMENTS) == set(bad.fails) & set(ELEMENTS)
        for c in result.criteria:
            if not c.passed:
                assert c.note
        assert len(result.feedback) >= 1 + len(set(bad.fails) & set(ELEMENTS))


def test_grade_shape_and_determinism() -> None:
    exercise = BY_ID["en/late-delivery"]
    reply = "Hi Maria, unfortunately the parcel is late. We'll get back to you soon."
    first, second = grade(exercise, reply), grade(exercise, reply)
    assert first == second
    assert isinstance(first, Grade) and 0 <= first.score <= 100
    assert [c.id for c in first.criteria] == [c for c in CRITERIA if c in exercise.criteria()]
    assert {f.category for f in first.findings} >= {"negative_framing", "missing_timeline"}
    neg = first.criterion("no_negative_framing")
    assert not neg.passed and neg.span.text.lower() == "unfortunately"
    nxt = first.criterion("next_step")
    assert not nxt.passed and "time" in nxt.note
    # The rewrite uses the exercise's `now` (Monday 2 March 2026), not today's date.
    assert "Tuesday 3 March" in first.rewrite and "soon" not in first.rewrite
    assert first.feedback[0].startswith("Score 30/100")
    assert any("Unfortunately" in line or "unfortunately" in line for line in first.feedback)
    # `now` given by the caller wins over the exercise's.
    later = grade(exercise, reply, now=datetime(2026, 3, 6, 15, 0))
    assert "Monday 9 March" in later.rewrite


def test_feedback_is_in_the_exercise_language() -> None:
    result = grade(BY_ID["tr/late-delivery"], "Merhaba Elif Hanım, maalesef paket gecikti. En kısa sürede dönüş yapacağız.")
    assert not result.passed
    assert result.feedback[0].startswith("Puan")
    assert any("özür dileyin" in line for line in result.feedback)
    assert result.criterion("no_negative_framing").span.text == "maalesef"
    assert result.criterion("apology").label == "Şirketin hatası için özür diliyor"


def test_next_step_needs_a_time_and_close_must_be_at_the_end() -> None:
    exercise = BY_ID["en/late-delivery"]
    timed = grade(exercise, "I'm sorry it's late. I'll send a new one by express today. Kind regards, Sam")
    assert timed.criterion("next_step").passed
    assert timed.criterion("next_step").span.text == "I'll send a new one by express today"
    untimed = grade(exercise, "I'm sorry it's late. I'll send a new one by express. Kind regards, Sam")
    assert not untimed.criterion("next_step").passed
    early_close = grade(exercise, "Thanks for your patience. I'm sorry. I know it's late. It's on its way. I'll call you today at 2 pm.")
    assert not early_close.criterion("close").passed


def test_customer_specific_jargon_terms() -> None:
    exercise = BY_ID["en/outage-explained"]
    result = grade(exercise, "I'm sorry, the street cabinet broke. I understand. It will be back by 6 pm today. Thanks!")
    jargon = result.criterion("no_jargon")
    assert not jargon.passed and jargon.span.text == "street cabinet"
    tr = grade(BY_ID["tr/late-delivery"], "Paketiniz aktarma merkezinde bekliyor.")
    assert tr.criterion("no_jargon").span.text == "aktarma merkez"


def test_wrong_language_is_pointed_out() -> None:
    result = grade(BY_ID["en/late-delivery"], "Merhaba, siparişiniz yarın teslim edilecek, özür dileriz.")
    assert "Turkish" in result.feedback[0]


def test_load_exercise_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("title: X\nlang: en\nsituation: s\ncustomer: {message: hi}\ngoals: [g]\n"
                    "rubric: {acknowledgment: true}\nmodel_answers: [a]\n", encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"bad\.yaml:6: rubric: .*unknown rubric elements \['acknowledgment'\]"):
        load_exercise(path)
    with pytest.raises(ExerciseError, match="no such exercise file"):
        load_exercise(tmp_path / "missing.yaml")
    path.write_text("title: [\n", encoding="utf-8")
    with pytest.raises(ExerciseError, match="invalid YAML"):
        load_exercise(path)
    ok = load_exercise(EXERCISES / "en" / "late-delivery.yaml")
    assert ok.id == "en/late-delivery" and isinstance(ok.model_answers, list)


def test_bad_answer_must_name_graded_criteria(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("title: X\nlang: en\nsituation: s\ncustomer: {message: hi}\ngoals: [g]\n"
                    "rubric: {close: true}\nmodel_answers: [a]\nbad_answers: [{reply: r, fails: [apology]}]\n",
                    encoding="utf-8")
    with pytest.raises(ExerciseError, match="does not grade"):
        load_exercise(path)


# --- command line -----------------------------------------------------------------------


def test_cli_exercises(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--dir", str(EXERCISES), "--lang", "tr"]) == 0
    out = capsys.readouterr().out
    assert "tr/late-delivery" in out and "en/" not in out
    assert main(["exercises", "--dir", str(EXERCISES), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(ALL) and {"id", "lang", "title", "criteria"} <= set(rows[0])


def test_cli_exercises_missing_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exercises", "--dir", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_grade_exit_codes_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exercise = BY_ID["en/angry-customer"]
    good = tmp_path / "good.txt"
    good.write_text(exercise.model_answers[0], encoding="utf-8")
    assert main(["grade", "en/angry-customer", str(good), "--dir", str(EXERCISES), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] is True and data["score"] == 100 and data["exercise"] == "en/angry-customer"
    bad = tmp_path / "bad.txt"
    bad.write_text(exercise.bad_answers[0].reply, encoding="utf-8")
    path = str(EXERCISES / "en" / "angry-customer.yaml")
    assert main(["grade", path, str(bad)]) == 1
    out = capsys.readouterr().out
    assert "NOT PASSED" in out and "✗ No condescension" in out and "Suggested rewrite" in out
    assert main(["grade", "en/nope", str(bad), "--dir", str(EXERCISES)]) == 2
    assert "no exercise 'en/nope'" in capsys.readouterr().err
    assert main(["grade", "en/angry-customer", str(tmp_path / "none.txt"), "--dir", str(EXERCISES)]) == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["grade", "en/angry-customer", str(empty), "--dir", str(EXERCISES)]) == 2
    assert main(["grade", "en/angry-customer", str(good), "--dir", str(EXERCISES), "--now", "later"]) == 2


# --- practice ---------------------------------------------------------------------------


def _session(lines: list[str], exercises: list[Exercise]) -> tuple[Session, list[str]]:
    feed = iter(lines)
    printed: list[str] = []

    def ask(prompt: str) -> str:
        printed.append(prompt)
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None

    return Session(exercises, ask=ask, out=printed.append, seed=1, width=80), printed


def test_practice_session_try_again_and_progress() -> None:
    exercise = BY_ID["en/late-delivery"]
    lines = ["1", "Hi Maria,", "we'll get back to you soon.", ".", "m", "t",
             *exercise.model_answers[0].splitlines(), ".", "q"]
    session, printed = _session(lines, [exercise, BY_ID["en/wrong-item"]])
    attempts = session.run()
    assert [a.exercise for a in attempts] == ["en/late-delivery", "en/late-delivery"]
    assert not attempts[0].passed and attempts[1].passed and attempts[1].score == 100
    text = "\n".join(printed)
    assert "The customer writes (Maria)" in text and "Where is my order?" in text
    assert "Score: 100/100  PASSED" in text
    assert " ".join(exercise.model_answers[0].split()) in " ".join(text.split())  # 'm' showed the model answer
    progress = printed[-1]
    assert progress.startswith("Progress: 2 replies graded.")
    assert f"en/late-delivery: {attempts[0].score} → 100 (passed)" in progress
    assert ("improved: Acknowledges the problem, Apologises for the company's fault, Concrete next step with a "
            "time, Thanks / a proper close") in " ".join(progress.split())


def test_practice_random_pick_empty_reply_and_end_of_input() -> None:
    session, printed = _session(["r", ".", "Hi, sorry!", "."], ALL)
    attempts = session.run()
    assert len(attempts) == 1
    assert "The reply is empty; type something first." in printed
    session, printed = _session(["zz", "q"], ALL)
    assert session.run() == []
    assert "No exercise “zz”." in printed and printed[-1] == "No replies graded this session."


def test_cli_practice_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                  tmp_path: Path) -> None:
    model = BY_ID["tr/wrong-item"].model_answers[0]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the default attempts file goes here
    monkeypatch.setattr("sys.stdin", io.StringIO(model + "\n.\nç\n"))
    assert main(["practice", "tr/wrong-item", "--dir", str(EXERCISES), "--trainee", "zehra"]) == 0
    out = capsys.readouterr().out
    assert "Müşteri yazıyor (Zeynep)" in out and "Puan: 100/100  GEÇTİ" in out and "tr/wrong-item: 100 (geçti)" in out
    saved = (tmp_path / "replycheck" / "attempts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["trainee"] for line in saved] == ["zehra"]


# --- trainer report ---------------------------------------------------------------------


def _attempts(tmp_path: Path) -> Path:
    late = BY_ID["en/late-delivery"]
    rows = [
        {"trainee": "ana", "exercise": "en/late-delivery", "reply": late.bad_answers[0].reply, "time": "2026-03-01T09:00"},
        {"trainee": "ana", "exercise": "en/angry-customer", "reply": BY_ID["en/angry-customer"].bad_answers[1].reply, "time": "2026-03-02T09:00"},
        {"trainee": "ana", "exercise": "en/late-delivery", "reply": late.model_answers[0], "time": "2026-03-03T09:00"},
        {"trainee": "ana", "exercise": "en/wrong-item", "reply": BY_ID["en/wrong-item"].model_answers[0], "time": "2026-03-04T09:00"},
        {"trainee": "can", "exercise": "tr/late-delivery", "reply": BY_ID["tr/late-delivery"].bad_answers[0].reply, "time": "2026-03-01T10:00"},
        {"trainee": "can", "exercise": "tr/late-delivery", "reply": BY_ID["tr/late-delivery"].bad_answers[0].reply, "time": "2026-03-02T10:00"},
    ]
    path = tmp_path / "attempts.jsonl"
    # Out of order on purpose, plus two broken lines.
    lines = [json.dumps(r, ensure_ascii=False) for r in reversed(rows)] + ["{oops", '{"trainee": "x", "exercise": "en/nope", "reply": "hi"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_trainer_report_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _attempts(tmp_path)
    assert main(["trainer-report", str(path), "--dir", str(EXERCISES), "--format", "json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert "2 attempt lines could not be graded" in captured.err
    assert report["attempts"] == 6 and [e["line"] for e in report["errors"]] == [7, 8]
    ana, can = report["trainees"]
    assert ana["trainee"] == "ana" and ana["attempts"] == 4 and ana["passed"] == 2
    assert [h["time"][:10] for h in ana["history"]] == ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"]
    assert ana["first_score"] < ana["last_score"] == 100
    assert "next_step" in ana["improving"] and ana["criteria"]["next_step"]["early"] == 0
    assert can["criteria"]["apology"]["trend"] == "not improving" and "apology" in can["not_improving"]
    assert report["criteria"]["apology"]["not_improving"] == ["can"]


def test_trainer_report_text_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _attempts(tmp_path)
    assert main(["trainer-report", str(path), "--dir", str(EXERCISES)]) == 0
    text = capsys.readouterr().out
    assert "ana: 4 attempts, 2 passed" in text and "not improving: " in text and "line 7: invalid JSON" in text
    out = tmp_path / "report.html"
    assert main(["trainer-report", str(path), "--dir", str(EXERCISES), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<polyline" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "") and "<script" not in page
    assert main(["trainer-report", str(tmp_path / "none.jsonl"), "--dir", str(EXERCISES)]) == 2
