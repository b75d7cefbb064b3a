"""No command destroys data, and no pack, config or lint input can hang or crash the command line:
outputs never overwrite an input or an earlier result without --force, YAML aliases are bounded,
lint reads regular files of a bounded size, config and pack mistakes are one sentence with file:line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from replycheck.cli import main
from replycheck.errors import InputError, RulePackError
from replycheck.outputs import OutputError, clashes, guard_output
from replycheck.rulepack import MAX_ALIAS_NODES, compose_all_safely, parse_pack

ALIAS_BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]" for p, c in zip("abcdefgh", "bcdefghi")]
) + "\n"

RULE = """rules:
  - code: JRG950
    name: bad-regex
    category: jargon
    message: m
    why: w
    fix_title: f
    patterns:
      - [{"TEXT": {"REGEX": "(unclosed"}}]
    fix: {action: delete}
    examples:
      - flagged: "a <m>b</m>"
        rewrite: "a"
      - clean: "c"
"""


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: bytes = b"") -> int:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return main(argv)


def one_sentence(capsys: pytest.CaptureFixture[str], *needles: str) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err
    return err


# --- outputs ---------------------------------------------------------------------------


def test_batch_refuses_to_write_over_its_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "x.jsonl"
    data = b'{"id": "a", "text": "Your refund went out today."}\n'
    source.write_bytes(data)
    link = tmp_path / "link.jsonl"
    link.symlink_to(source)
    for argv in (["-o", str(source)], ["-o", str(source), "--force"], ["-o", str(link)], ["-o", str(link), "--resume"]):
        assert run(["batch", str(source), *argv], monkeypatch) == 2
        one_sentence(capsys, "it is also the input")
    assert source.read_bytes() == data


def test_batch_keeps_an_existing_output_without_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    stdin = b'{"id": "a", "text": "Your refund went out today."}\n'
    assert run(["batch", "-", "-o", str(out)], monkeypatch, stdin) == 2
    one_sentence(capsys, "already exists", "--force", "--resume")
    assert out.read_text(encoding="utf-8") == "earlier results\n"
    assert run(["batch", "-", "-o", str(out), "--force", "--workers", "1"], monkeypatch, stdin) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"
    for extra in (["--force"], ["--resume"]):
        assert run(["batch", "-", "-o", str(tmp_path), *extra], monkeypatch, stdin) == 2
        one_sentence(capsys, "is a directory")


def test_trainer_report_never_destroys_the_attempts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    attempts = tmp_path / "attempts.jsonl"
    attempts.write_text('{"trainee": "ann", "exercise": "en/late-delivery", "reply": "Hi", "time": "2026-01-01"}\n',
                        encoding="utf-8")
    before = attempts.read_bytes()
    assert run(["trainer-report", str(attempts), "-o", str(attempts)], monkeypatch) == 2
    assert run(["trainer-report", str(attempts), "-o", str(attempts), "--force"], monkeypatch) == 2
    one_sentence(capsys, "it is also the input")
    assert attempts.read_bytes() == before
    out = tmp_path / "report.txt"
    out.write_text("last week's report", encoding="utf-8")
    assert run(["trainer-report", str(attempts), "-o", str(out)], monkeypatch) == 2
    one_sentence(capsys, "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "last week's report"


def test_guard_output_rules(tmp_path: Path) -> None:
    source = tmp_path / "data.parquet"
    source.mkdir()
    (source / "part-000000.parquet").write_bytes(b"PAR1")
    assert clashes(source, [source]) == str(source)
    assert clashes(source / "inner.html", [source]) == str(source)  # inside the input folder
    assert clashes(tmp_path, [source / "part-000000.parquet"]) is not None  # the input is inside the output
    assert clashes(tmp_path / "other.html", [source, "-", "s3://bucket/x"]) is None
    guard_output(None, [source])
    guard_output("-", [source])
    empty = tmp_path / "empty.jsonl"
    empty.touch()
    guard_output(empty, [source])  # an empty file holds nothing to lose
    with pytest.raises(OutputError, match="already exists"):
        guard_output(source / "part-000000.parquet", [])
    guard_output(source / "part-000000.parquet", [], force=True)


def test_bulk_never_deletes_earlier_parts_silently(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from replycheck.bulk.runner import prepare_output

    out = tmp_path / "results.parquet"
    out.mkdir()
    part = out / "part-000000.parquet"
    part.write_bytes(b"PAR1 earlier results")
    with pytest.raises(InputError, match="--resume to continue it or --force"):
        prepare_output(out, resume=False, id_column="id")
    assert part.exists()
    assert prepare_output(out, resume=False, id_column="id", force=True) == (set(), 0)
    assert not part.exists()


def test_report_refuses_its_input_and_existing_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pytest.importorskip("matplotlib")
    source = tmp_path / "results.parquet"
    frame = pd.DataFrame({"id": ["a"], "text": ["Hi there"], "language": ["en"], "score": [100], "passed": [True],
                          "findings": [0], "rules": [""], "error": [None]})
    frame.to_parquet(source)
    before = source.read_bytes()
    assert run(["report", str(source), "-o", str(source)], monkeypatch) == 2
    one_sentence(capsys, "it is also the input")
    assert source.read_bytes() == before
    html = tmp_path / "r.html"
    assert run(["report", str(source), "-o", str(html), "--json", str(source)], monkeypatch) == 2
    assert source.read_bytes() == before
    assert run(["report", str(source), "-o", str(tmp_path / "same.json")], monkeypatch) == 2  # html == json
    one_sentence(capsys, "same file")
    html.write_text("last week", encoding="utf-8")
    assert run(["report", str(source), "-o", str(html)], monkeypatch) == 2
    assert html.read_text(encoding="utf-8") == "last week"
    assert run(["report", str(source), "-o", str(html), "--force"], monkeypatch) == 0
    assert "<html" in html.read_text(encoding="utf-8").lower()


# --- packs and YAML -----------------------------------------------------------------------


def test_a_yaml_alias_bomb_fails_fast_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert len(ALIAS_BOMB.encode()) < 400
    with pytest.raises(RulePackError, match="alias") as caught:
        parse_pack("x-bomb:\n" + "".join("  " + row + "\n" for row in ALIAS_BOMB.splitlines()) + "rules: []\n",
                   "bomb.yaml")
    assert caught.value.line is not None and caught.value.line > 1
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bomb.yaml").write_text("x-bomb:\n" + "".join(f"  {r}\n" for r in ALIAS_BOMB.splitlines()),
                                               encoding="utf-8")
    assert run(["check", "-", "--rules-dir", str(tmp_path)], monkeypatch, b"Hello there") == 2
    one_sentence(capsys, "bomb.yaml:", "alias")
    macros = tmp_path / "macros.yaml"
    macros.write_text(ALIAS_BOMB, encoding="utf-8")
    assert run(["lint", str(macros)], monkeypatch) == 2
    one_sentence(capsys, "macros.yaml:", "alias")


def test_aliases_within_the_bound_still_work() -> None:
    text = "base: &b [one, two]\nmore: [*b, *b, *b]\n"
    (document,) = compose_all_safely(text, "ok.yaml")
    assert document.value[1][1].value[0] is document.value[0][1]
    with pytest.raises(RulePackError, match="contains it"):
        parse_pack("a: &a [x, *a]\nrules: []\n", "loop.yaml")
    with pytest.raises(RulePackError, match="deep.yaml.*nest"):
        parse_pack("rules: " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert MAX_ALIAS_NODES >= 10_000


def test_a_bad_regex_in_a_pack_is_exit_2_with_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bad.yaml").write_text(RULE, encoding="utf-8")
    assert run(["check", "-", "--rules-dir", str(tmp_path)], monkeypatch, b"Hello there") == 2
    one_sentence(capsys, "bad.yaml:9:", "REGEX '(unclosed' does not compile")


def test_pack_folders_read_only_yaml_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "notes.y.xml").write_text("<not yaml: [", encoding="utf-8")
    (tmp_path / "en" / "folder.yaml").mkdir()
    assert run(["check", "-", "--rules-dir", str(tmp_path), "--now", "2026-11-27T10:00"], monkeypatch,
               b"Your refund went out today.") == 0


# --- lint inputs --------------------------------------------------------------------------


def test_lint_refuses_devices_and_fifos_without_reading_them(tmp_path: Path) -> None:
    fifo = tmp_path / "macro.md"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(fifo)):
        proc = subprocess.run([sys.executable, "-m", "replycheck", "lint", target], capture_output=True, timeout=120)
        assert proc.returncode == 2 and b"not a regular file" in proc.stderr and b"Traceback" not in proc.stderr


def test_lint_has_a_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    from replycheck.service import commands

    monkeypatch.setattr(commands, "MAX_LINT_BYTES", 1000)
    big = tmp_path / "big.md"
    big.write_text("Thanks for waiting. " * 100, encoding="utf-8")
    assert run(["lint", str(big)], monkeypatch) == 2
    one_sentence(capsys, "big.md", "at most 1,000")
    assert run(["lint", "-"], monkeypatch, b"x" * 2000) == 2
    one_sentence(capsys, "standard input")


# --- configuration ------------------------------------------------------------------------


def test_config_directory_and_broken_pyproject_upward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "settings"
    folder.mkdir()
    assert run(["check", "-", "--config", str(folder)], monkeypatch, b"Hello there") == 2
    one_sentence(capsys, "is a directory")
    project = tmp_path / "project"
    (project / "sub").mkdir(parents=True)
    (project / "pyproject.toml").write_text("[tool.replycheck\nfail_on = 'error'\n", encoding="utf-8")
    monkeypatch.chdir(project / "sub")
    assert run(["check", "-"], monkeypatch, b"Hello there") == 2
    one_sentence(capsys, f"{project / 'pyproject.toml'}:1: invalid TOML", "--config")
    (project / "pyproject.toml").write_bytes(b"name = '\xff'\n")
    assert run(["check", "-"], monkeypatch, b"Hello there") == 2
    one_sentence(capsys, "pyproject.toml: not valid UTF-8")
