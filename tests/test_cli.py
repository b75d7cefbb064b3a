"""The command line: exit codes, input errors, batch records."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from replycheck.cli import main

PACKS = str(Path(__file__).parent / "packs")


def run(argv: list[str], stdin: bytes = b"", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    assert monkeypatch is not None
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return main(argv)


def test_check_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("Thanks Sam, your refund of €20 went out today.", encoding="utf-8")
    flagged = tmp_path / "flagged.txt"
    flagged.write_text("Obviously, we can't refund you. We'll get back to you soon.", encoding="utf-8")
    assert run(["check", str(clean)], monkeypatch=monkeypatch) == 0
    assert run(["check", str(flagged)], monkeypatch=monkeypatch) == 1
    out = capsys.readouterr().out
    assert "Rewrite:" in out and "^^^^^^^^^" in out
    assert run(["check", str(flagged), "--fail-on", "error"], monkeypatch=monkeypatch) == 0


def test_check_json_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["check", "-", "--format", "json", "--lang", "en", "--rules-dir", PACKS],
               stdin="Obviously, it works.".encode(), monkeypatch=monkeypatch)
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["language"] == "en"
    assert "condescension" in {f["category"] for f in report["findings"]}


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["check", "-"], b"   \n", "empty"),
        (["check", "-"], b"\xff\xfe bad bytes", "not valid UTF-8"),
        (["check", "/no/such/file.txt"], b"", "no such file"),
        (["check", "-", "--lang", "de"], b"Hallo", "supported: en, tr"),
        (["check", "-", "--now", "yesterday"], b"Hello", "ISO-8601"),
        (["check", "-", "--fail-on", "loud"], b"Hello", "invalid choice"),
        (["check", "-"], ("word " * 5000).encode(), "limit is 20,000"),
        (["explain", "XYZ999"], b"", "no rule"),
        (["frobnicate"], b"", "invalid choice"),
    ],
)
def test_user_mistakes_exit_2_with_one_sentence(
    argv: list[str], stdin: bytes, message: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv, stdin, monkeypatch) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_malformed_rule_pack_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bad.yaml").write_text("rules:\n  - code: [oops\n", encoding="utf-8")
    assert run(["check", "-", "--rules-dir", str(tmp_path)], b"Hello there", monkeypatch) == 2
    assert "bad.yaml:" in capsys.readouterr().err


def test_batch_reports_bad_lines_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps({"id": "a", "text": "We'll get back to you soon."}),
        "{not json",
        json.dumps({"id": "c"}),
        "",
        json.dumps({"id": "d", "text": " "}),
        json.dumps({"id": "e", "text": "Siparişiniz yarın kargoda.", "lang": "tr"}),
        json.dumps({"id": "f", "text": "Hallo", "lang": "de"}),
        json.dumps({"text": "No id here."}),
    ]
    out = tmp_path / "out.jsonl"
    assert run(["batch", "-", "-o", str(out)], "\n".join(lines).encode(), monkeypatch) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in records] == ["a", None, "c", "d", "e", "f", "8"]
    assert records[0]["findings"][0]["category"] == "missing_timeline"
    assert records[1]["line"] == 2 and "invalid JSON" in records[1]["error"]
    assert "text" in records[2]["error"] and "empty" in records[3]["error"]
    assert records[4]["language"] == "tr" and "supported" in records[5]["error"]
    assert "4 of 7 lines could not be checked" in capsys.readouterr().err


def test_fix_prints_the_rewrite(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["fix", "-", "--rules-dir", PACKS, "--now", "2026-11-27T10:00"],
               b"Obviously, we'll write soon.", monkeypatch) == 0
    assert capsys.readouterr().out == "We'll write by Monday 30 November.\n"


def test_rules_and_explain(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["rules", "--rules-dir", PACKS], b"", monkeypatch) == 0
    listing = capsys.readouterr().out
    assert "CND901" in listing and "JRG901" in listing
    assert run(["explain", "cnd901", "--rules-dir", PACKS], b"", monkeypatch) == 0
    text = capsys.readouterr().out
    assert "Why:" in text and "✗ <m>Obviously</m>, it works." in text


def test_installed_command_runs_as_a_process(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "replycheck", "check", "-", "--format", "json"],
                          input=b"\xc3\x28 broken", capture_output=True)
    assert proc.returncode == 2 and b"not valid UTF-8" in proc.stderr and b"Traceback" not in proc.stderr


def test_batch_input_format_applies_to_lines_without_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = "<p>Obviously it works.</p>\n<blockquote>\nwe can't help\n</blockquote>"
    lines = [json.dumps({"id": "h", "text": draft, "lang": "en"}),
             json.dumps({"id": "t", "text": draft, "lang": "en", "format": "text"})]
    out = tmp_path / "out.jsonl"
    assert run(["batch", "-", "-o", str(out), "--input-format", "html", "--workers", "1"],
               "\n".join(lines).encode(), monkeypatch) == 0
    html, text = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [f["text"] for f in html["findings"]] == ["Obviously"]
    assert html["findings"][0]["start"] == 3
    assert [f["text"] for f in text["findings"]] == ["Obviously", "we can't"]  # as text, the quote is checked
