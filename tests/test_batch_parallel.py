"""`replycheck batch` with worker processes, --resume and CSV input."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from replycheck.cli import main

SENTENCES = [
    "We'll get back to you soon.",
    "Obviously, you need to restart the router first.",
    "Unfortunately we can't refund orders after 30 days.",
    "Your refund of €20 went out today.",
    "I've escalated your ticket to L2.",
    "I guarantee this will never happen again.",
    "Siparişiniz yarın kargoda.",
    "En kısa sürede size dönüş yapacağız.",
    "Maalesef iade yapamıyoruz.",
]


def lines(count: int = 40) -> list[str]:
    out = []
    for i in range(count):
        text = " ".join(SENTENCES[(i * k) % len(SENTENCES)] for k in (1, 3, 5)[: 1 + i % 3])
        out.append(json.dumps({"id": f"r{i}", "text": text, "now": "2026-11-27T10:00"}, ensure_ascii=False))
    out[7] = "{broken"
    out[13] = json.dumps({"id": "r13", "text": "  "})
    out[21] = json.dumps({"id": "r21", "text": "Hallo", "lang": "de"})
    return out


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: bytes = b"") -> int:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return main(argv)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The input and its single-process output (the reference)."""
    folder = tmp_path_factory.mktemp("batch")
    source = folder / "in.jsonl"
    source.write_text("\n".join(lines()) + "\n", encoding="utf-8")
    out = folder / "single.jsonl"
    assert main(["batch", str(source), "-o", str(out), "--workers", "1"]) == 0
    return source, out.read_text(encoding="utf-8").splitlines()


def test_worker_processes_give_the_same_output_in_order(sample: tuple[Path, list[str]], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    source, single = sample
    out = tmp_path / "parallel.jsonl"
    assert run(["batch", str(source), "-o", str(out), "--workers", "2", "--chunk-size", "4"], monkeypatch) == 0
    assert out.read_text(encoding="utf-8").splitlines() == single
    assert "3 of 40 lines could not be checked" in capsys.readouterr().err
    records = [json.loads(line) for line in single]
    assert [r.get("id") for r in records][:8] == ["r0", "r1", "r2", "r3", "r4", "r5", "r6", None]
    assert records[7]["line"] == 8 and "empty" in records[13]["error"] and "supported" in records[21]["error"]


def test_resume_after_a_crash_finishes_the_job(sample: tuple[Path, list[str]], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source, single = sample
    out = tmp_path / "out.jsonl"
    # A run that died mid-write: 10 whole records (one of them an error record) and half of the next.
    out.write_text("\n".join(single[:10]) + "\n" + single[10][:25], encoding="utf-8")
    assert run(["batch", str(source), "-o", str(out), "--resume", "--workers", "1"], monkeypatch) == 0
    assert out.read_text(encoding="utf-8").splitlines() == single
    assert "10 records were already in" in capsys.readouterr().err
    assert run(["batch", str(source), "-o", str(out), "--resume"], monkeypatch) == 0  # nothing left to do
    assert out.read_text(encoding="utf-8").splitlines() == single


def test_csv_with_a_column_mapping(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "export.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ticket_id", "body", "agent", "created_at", "lang_code"])
        writer.writerow(["T1", "Hi Sam,\nwe'll get back to you soon.", "ann", "2026-11-27T10:00", ""])
        writer.writerow(["T2", "Siparişiniz yarın kargoda.", "cem", "2026-11-27T10:00", "tr"])
        writer.writerow(["", "", "", "", ""])  # an empty row of an export is skipped
        writer.writerow(["T4", "", "bo", "2026-11-27T10:00", ""])
    out = tmp_path / "out.jsonl"
    argv = ["batch", str(source), "-o", str(out), "--text", "body", "--id", "ticket_id", "--lang", "lang_code",
            "--agent", "agent", "--time", "created_at", "--workers", "1"]
    assert run(argv, monkeypatch) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["T1", "T2", "T4"]
    assert records[0]["agent"] == "ann" and records[0]["time"] == "2026-11-27T10:00"
    assert "by Monday 30 November" in records[0]["rewrite"]  # `now` came from created_at
    assert records[1]["language"] == "tr"
    assert records[2]["line"] == 6 and "empty" in records[2]["error"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--text", "message"], "no column 'message'"),
        (["--workers", "0"], "--workers must be 1 or more"),
        (["--resume"], "--resume needs -o OUT"),
    ],
)
def test_batch_mistakes_exit_2(argv: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "export.csv"
    source.write_text("id,body\n1,Hello there\n", encoding="utf-8")
    assert run(["batch", str(source), *argv], monkeypatch) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_broken_rule_pack_in_the_workers_exits_2(sample: tuple[Path, list[str]], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    source, _ = sample
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bad.yaml").write_text("rules:\n  - code: [oops\n", encoding="utf-8")
    argv = ["batch", str(source), "--workers", "2", "--chunk-size", "4", "--rules-dir", str(tmp_path)]
    assert run(argv, monkeypatch) == 2
    err = capsys.readouterr().err
    assert "bad.yaml:" in err and "Traceback" not in err


def test_the_command_line_does_not_import_the_bulk_dependencies() -> None:
    import subprocess

    code = ("import sys; from replycheck.cli import build_parser; build_parser(); "
            "print(sorted(m for m in ('dask', 'distributed', 'pandas', 'pyarrow', 'matplotlib') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"
