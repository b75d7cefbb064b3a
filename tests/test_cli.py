"""The command line: exit codes, input errors, batch records."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

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
    assert f"\n{flagged}:1:1: CND001 " in out and "\n    ^^^^^^^^^\n" in out
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
    # the exit code is check's: 1, the draft as given has findings at or above --fail-on
    assert run(["fix", "-", "--rules-dir", PACKS, "--now", "2026-11-27T10:00"],
               b"Obviously, we'll write soon.", monkeypatch) == 1
    out = capsys.readouterr().out
    assert out.startswith("We'll write") and "by Monday 30 November." in out and "Obviously" not in out
    assert run(["fix", "-", "--fail-on", "error"], b"Obviously, we'll write soon.", monkeypatch) == 0
    assert run(["fix", "-"], b"Thanks Sam, your refund went out today.", monkeypatch) == 0


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


EXAMPLES = Path(__file__).parent.parent / "examples"


def test_fix_reads_the_thread_and_agrees_with_check_and_the_api(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import replycheck

    draft, thread = EXAMPLES / "thread_draft_en.txt", EXAMPLES / "thread_en.json"
    shared = ["--now", "2024-03-07T11:00", "--lang", "en"]
    assert run(["fix", str(draft), *shared], b"", monkeypatch) == 0  # without the thread nothing was missed
    capsys.readouterr()
    assert run(["check", str(draft), "--thread", str(thread), *shared], b"", monkeypatch) == 1
    assert "PRM010" in capsys.readouterr().out
    assert run(["fix", str(draft), "--thread", str(thread), *shared], b"", monkeypatch) == 1
    text = draft.read_text(encoding="utf-8")
    report = replycheck.check(text, lang="en", thread=json.loads(thread.read_text(encoding="utf-8")),
                              now=__import__("datetime").datetime(2024, 3, 7, 11, 0))
    assert capsys.readouterr().out.rstrip("\n") == report.rewrite.rstrip("\n")
    assert not report.passed and replycheck.check(text, lang="en", fail_on="error", thread=report and json.loads(
        thread.read_text(encoding="utf-8")), now=__import__("datetime").datetime(2024, 3, 7, 11, 0)).passed is False


def test_check_github_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "reply.md"
    draft.write_text("Thanks!\nObviously it works.\n", encoding="utf-8")
    assert run(["check", str(draft), "--format", "github", "--lang", "en"], b"", monkeypatch) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"::warning file={draft},line=2,col=1,endColumn=10::CND001 ")
    assert out.count("\n") == 1


@pytest.mark.parametrize(
    ("files", "argv", "message"),
    [
        ({"t.json": '[{"role": "customer", "at": "2026-01-01T10:00", "text": "hi"}, {"role": "bot", "text": "x"}]'},
         ["check", "d.txt", "--thread", "t.json"], "invalid thread in t.json: message 2 (role): Input should be"),
        ({"t.json": '[{"role": "customer", "at": "soon", "text": "hi"}]'},
         ["fix", "d.txt", "--thread", "t.json"], "invalid thread in t.json: message 1 (at):"),
        ({"t.json": '[{"role": "customer", "text": "a\tb"}]'},
         ["check", "d.txt", "--thread", "t.json"], "t.json: invalid JSON (Invalid control character at line 1, column 33)"),
        ({"e.txt": "  \n"}, ["check", "e.txt"], "replycheck: e.txt is empty; there is nothing to check"),
        ({"e.txt": "  \n"}, ["fix", "e.txt"], "replycheck: e.txt is empty"),
        ({}, ["check", "d.txt", "--lang", "de"], "unsupported language 'de'"),
    ],
)
def test_messages_name_the_file_and_entry(
    files: dict[str, str], argv: list[str], message: str,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d.txt").write_text("We will get back to you soon.", encoding="utf-8")
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert run(argv, b"", monkeypatch) == 2
    err = capsys.readouterr().err
    assert message in err and "at at" not in err and "draft 1" not in err and "Traceback" not in err


def test_batch_json_errors_say_at_once(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    run(["batch", "-", "--workers", "1"], b'{"id": 1, "text": "abc\n', monkeypatch)
    record = json.loads(capsys.readouterr().out)
    assert record["error"] == "line 1: invalid JSON (Unterminated string starting at line 1, column 19)"


def test_batch_lang_is_a_field_or_a_code_and_now_and_fail_on_apply(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "\n".join([json.dumps({"id": "a", "text": "Obviously it works, we'll write soon.", "language": "en"}),
                       json.dumps({"id": "b", "text": "Obviously it works, we'll write soon."})]).encode()
    for lang in ("language", "en"):
        run(["batch", "-", "--workers", "1", "--lang", lang, "--now", "2026-11-27T10:00", "--fail-on", "error"],
            lines, monkeypatch)
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        if lang == "language":
            assert records[0]["language"] == "en" and records[1]["language"] == "en"  # b: detected
        assert all(r["passed"] for r in records)  # only warnings, and --fail-on error
        assert all("Monday 30 November" in r["rewrite"] for r in records)  # --now
    run(["batch", "-", "--workers", "1", "--lang", "tr"], lines, monkeypatch)
    assert {json.loads(line)["language"] for line in capsys.readouterr().out.splitlines()} == {"tr"}


SHARED = {"--lang", "--thread", "--now", "--fail-on", "--input-format"}


def _options(command: str) -> dict[str, Any]:
    from replycheck.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    return {opt: action for action in sub._actions for opt in action.option_strings}


@pytest.mark.parametrize("command", ["check", "fix", "batch", "bulk", "lint"])
def test_every_checking_command_has_the_shared_options(command: str) -> None:
    from replycheck import cli

    options = _options(command)
    assert SHARED <= options.keys()
    records = command in ("batch", "bulk")
    assert options["--lang"].help == (cli.LANG_COLUMN_HELP if records else cli.LANG_HELP)
    assert options["--now"].help == (cli.NOW_RECORDS_HELP if records else cli.NOW_HELP)
    assert options["--fail-on"].help == cli.FAIL_ON_HELP and options["--fail-on"].choices == ["info", "warning", "error"]
    assert options["--input-format"].choices == ["text", "html", "markdown", "email"]


@pytest.mark.parametrize("command", ["check", "fix", "batch", "bulk", "lint", "rules", "explain", "report", "serve"])
def test_every_option_has_help(command: str) -> None:
    from replycheck.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    missing = [a.dest for a in sub._actions if not a.help and a.dest != "help"]
    assert missing == []


def test_same_input_same_exit_code_in_check_fix_and_lint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    flagged = tmp_path / "flagged.txt"
    flagged.write_text("Obviously it works.", encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("Thanks Sam, your refund went out today.", encoding="utf-8")
    for extra, expected in (([], 1), (["--fail-on", "error"], 0)):
        codes = {cmd: run([cmd, str(flagged), "--lang", "en", *extra], b"", monkeypatch) for cmd in ("check", "fix", "lint")}
        assert set(codes.values()) == {expected}, codes
    assert {run([cmd, str(clean), "--lang", "en"], b"", monkeypatch) for cmd in ("check", "fix", "lint")} == {0}
    assert {run([cmd, str(tmp_path / "none.txt")], b"", monkeypatch) for cmd in ("check", "fix", "lint")} == {2}


def test_bulk_lang_names_a_column_or_is_a_language_code() -> None:
    pd = pytest.importorskip("pandas")
    from replycheck.bulk import check_dataframe

    df = pd.DataFrame({"body": ["Obviously it works.", "Maalesef iade yapamıyoruz."], "language": ["en", "tr"]})
    by_column = check_dataframe(df, text="body", lang="language", now="2026-11-27T10:00")  # the README's example
    assert list(by_column["language"]) == ["en", "tr"] and by_column["error"].isna().all()
    as_code = check_dataframe(df[["body"]], text="body", lang="tr", now="2026-11-27T10:00")
    assert list(as_code["language"]) == ["tr", "tr"]
    with pytest.raises(ValueError, match="neither a column of the input .* nor a supported language"):
        check_dataframe(df, text="body", lang="languages")
    with pytest.raises(ValueError, match="already has column"):
        check_dataframe(df.assign(score=1), text="body", lang="language")
