"""`replycheck batch` never loses a line: one output record per input record whatever it holds,
lines split on \\n only, ids kept as written, whole lines after SIGTERM, --resume with repeated ids,
workers forked from the loaded packs, and the same exit code as `check` for the same input."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from replycheck import batch
from replycheck.batch import Columns, check_items, read_done, read_jsonl, run_parallel
from replycheck.checker import Checker
from replycheck.cli import main

NOW = "2026-11-27T10:00"


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: bytes = b"") -> int:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return main(argv)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def line(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


POISON = [
    line(id="a", text="We'll get back to you soon.", now=NOW),
    b'{"id": "deep", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    b'{"id": ' + b"9" * 5000 + b', "text": "Thanks, your refund went out today."}',
    b'{"id": "sur", "text": "Hello \\ud800 there, your refund went out."}',
    line(id="y9999", text="We will reply within 3 days.", now="9999-12-31T23:00"),
    line(id="huge", text="I'll call you in 2000000 business days. " * 3, now=NOW),
    line(id="huge2", text="We will reply within 99999999999 days.", now=NOW),
    b'{"id": true, "text": "Your refund went out today."}',
    b'{"id": 1.0, "text": "Your refund went out today."}',
    b'{"id": "cr", "text": "Your refund\rwent out today."}',  # a raw CR inside the line
    b'{"id": "bad-utf8", "text": "caf\xe9 is closed"}',
    b'{"id": 7, "text": "Your refund went out today."}',
    line(text="No id here, your refund went out today."),
    line(id={"nested": 1}, text="An object id."),
    line(id="last", text="We'll get back to you soon.", now=NOW),
]


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    folder = tmp_path_factory.mktemp("poison")
    source, out = folder / "in.jsonl", folder / "out.jsonl"
    source.write_bytes(b"\n".join(POISON) + b"\n")
    assert main(["batch", str(source), "-o", str(out), "--workers", "1"]) in (0, 1)
    return records(out)


def test_every_poison_line_gets_exactly_one_record_in_order(poisoned: list[dict]) -> None:
    assert [r["line"] for r in poisoned] == list(range(1, len(POISON) + 1))
    assert poisoned[0]["id"] == "a" and poisoned[0]["findings"]
    assert poisoned[-1]["id"] == "last" and poisoned[-1]["findings"]
    deep = poisoned[1]
    assert deep["id"] is None and "nested too deeply" in deep["error"]
    assert poisoned[2]["id"] == "9" * 5000 and "error" not in poisoned[2]
    assert "line 11" in poisoned[10]["error"] and "UTF-8" in poisoned[10]["error"]
    assert "id must be a string or a number" in poisoned[13]["error"]


def test_ids_keep_the_text_they_were_written_as(poisoned: list[dict]) -> None:
    by_line = {r["line"]: r for r in poisoned}
    assert by_line[8]["id"] == "true"
    assert by_line[9]["id"] == "1.0"
    assert by_line[12]["id"] == "7"
    assert by_line[13]["id"] == "13"  # no id: the line number


def test_a_raw_cr_does_not_split_a_line(poisoned: list[dict]) -> None:
    record = poisoned[9]
    assert record["id"] == "cr" and record["line"] == 10 and "\r" in record["rewrite"]


def test_an_exception_inside_the_engine_is_an_error_record_for_that_line_only(monkeypatch: pytest.MonkeyPatch) -> None:
    checker = Checker(preload=False)
    real = Checker.check_many

    def flaky(self: Checker, drafts: list, batch_size: int = 256) -> list:
        if any("BOOM" in getattr(d, "text", "") for d in drafts):
            raise ZeroDivisionError("engine bug")
        return real(self, drafts, batch_size)

    monkeypatch.setattr(Checker, "check_many", flaky)
    items = [(1, json.dumps({"id": "x", "text": "Your refund went out today."})),
             (2, json.dumps({"id": "y", "text": "BOOM goes the engine."})),
             (3, json.dumps({"id": "z", "text": "We'll get back to you soon."}))]
    out = check_items(checker, items)
    assert [ok for _, ok in out] == [True, False, True]
    assert out[1][0] == {"id": "y", "line": 2, "error": "line 2: could not be checked (ZeroDivisionError: engine bug)"}


def test_a_broken_rule_pack_still_stops_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bad.yaml").write_text("rules:\n  - code: [oops\n", encoding="utf-8")
    stdin = line(id="a", text="We'll get back to you soon.", lang="en")
    assert run(["batch", "-", "--workers", "1", "--rules-dir", str(tmp_path)], monkeypatch, stdin) == 2
    assert "bad.yaml:" in capsys.readouterr().err


def test_lines_split_on_newline_only_and_invalid_utf8_is_per_line() -> None:
    data = b'{"id": "a"}\r\n\xef\xbb\xbf\n{"id": "\x85\xff"}\n\n  \n{"id": "b",\x0b"x": 1}\r{"y": 2}\n{"last": 1}'
    items = list(read_jsonl(io.BytesIO(data)))
    assert [n for n, _ in items] == [1, 2, 3, 6, 7]
    assert isinstance(items[2][1], batch.LineError) and "UTF-8" in items[2][1]
    assert items[3][1] == '{"id": "b",\x0b"x": 1}\r{"y": 2}'


def test_binary_input_exits_2_like_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "program"
    binary.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    assert run(["check", str(binary)], monkeypatch) == 2
    assert run(["batch", str(binary)], monkeypatch) == 2
    assert run(["batch", "-"], monkeypatch, binary.read_bytes()) == 2
    err = capsys.readouterr()
    assert "Traceback" not in err.err and err.out == ""


def test_input_with_no_checkable_line_exits_2_and_still_writes_its_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert run(["batch", "-", "-o", str(out)], monkeypatch, b"# notes, not JSON\nmore notes\n") == 2
    assert [r["line"] for r in records(out)] == [1, 2]
    assert "none of the 2 records" in capsys.readouterr().err
    assert run(["batch", "-"], monkeypatch, b"") == 0  # nothing to check is not an error


def test_now_and_fail_on_like_the_other_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"
    stdin = line(id="a", text="We'll get back to you soon.", lang="en")
    assert run(["batch", "-", "-o", str(out), "--now", NOW], monkeypatch, stdin) == 0  # batch's job was done
    assert "by Monday 30 November" in records(out)[0]["rewrite"]
    assert run(["batch", "-", "-o", str(out), "--force", "--fail-on", "warning"], monkeypatch, stdin) == 1
    assert run(["batch", "-", "-o", str(out), "--force", "--fail-on", "error"], monkeypatch, stdin) == 0
    assert run(["batch", "-", "--now", "yesterday"], monkeypatch, stdin) == 2


def test_resume_keys_on_line_and_id_so_repeated_ids_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["We'll get back to you soon.", "Your refund went out today.", "Obviously, restart the router."]
    source = tmp_path / "tickets.jsonl"
    source.write_bytes(b"\n".join(line(id=f"T{i // 3}", text=texts[i % 3], now=NOW) for i in range(12)) + b"\n")
    full = tmp_path / "full.jsonl"
    assert run(["batch", str(source), "-o", str(full), "--workers", "1"], monkeypatch) == 0
    whole = full.read_text(encoding="utf-8").splitlines()
    assert len(whole) == 12 and len({json.loads(r)["id"] for r in whole}) == 4
    out = tmp_path / "out.jsonl"
    out.write_text("\n".join(whole[:4]) + "\n" + whole[4][:30], encoding="utf-8")  # died mid-line
    assert run(["batch", str(source), "-o", str(out), "--resume", "--workers", "1"], monkeypatch) == 0
    assert out.read_text(encoding="utf-8").splitlines() == whole
    assert len(read_done(out)) == 12


def test_small_inputs_run_in_this_process_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started for a small input")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(batch, "default_workers", lambda: 4)
    items = [(n, json.dumps({"id": str(n), "text": "Your refund went out today.", "lang": "en"})) for n in range(1, 40)]
    sink = io.StringIO()
    totals = run_parallel(Checker(preload=False), items, sink, chunk=4)
    assert totals.reports == 39 and len(sink.getvalue().splitlines()) == 39


@pytest.mark.skipif(not batch.can_fork(), reason="workers are forked only where fork exists")
def test_forked_workers_use_the_parents_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from replycheck import checker as checker_module

    log = tmp_path / "builds.txt"
    real = checker_module.load_pack

    def counted(*args: object, **kwargs: object):  # noqa: ANN202
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(checker_module, "load_pack", counted)
    texts = ["We'll get back to you soon.", "Siparişiniz yarın kargoda.", "Obviously, restart the router."]
    items = [(n, json.dumps({"id": str(n), "text": texts[n % 3]}, ensure_ascii=False)) for n in range(1, 61)]
    sink = io.StringIO()
    totals = run_parallel(Checker(preload=False), items, sink, workers=2, chunk=5)
    assert totals.reports == 60
    assert [json.loads(r)["line"] for r in sink.getvalue().splitlines()] == list(range(1, 61))
    assert set(log.read_text(encoding="utf-8").split()) == {str(os.getpid())}  # no worker built a pack


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found.update(int(p) for p in task.read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue  # a thread that ended between the listing and the read
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_stops_the_workers_and_leaves_whole_lines(tmp_path: Path) -> None:
    texts = ["We'll get back to you soon.", "Your refund of €20 went out today.", "Obviously, restart the router."]
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(b"\n".join(line(id=f"r{i}", text=texts[i % 3] * (1 + i % 4), now=NOW)
                                  for i in range(20_000)) + b"\n")
    proc = subprocess.Popen([sys.executable, "-m", "replycheck", "batch", str(source), "-o", str(out),
                             "--workers", "2", "--chunk-size", "16"], stderr=subprocess.PIPE)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        if workers:  # at once, while the pool may still be starting: the most fragile moment
            break
        time.sleep(0.002)
    assert proc.poll() is None, "the batch ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM
    assert b"stopped by SIGTERM" in err and b"Traceback" not in err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    written = [json.loads(r) for r in data.splitlines()]
    assert [r["line"] for r in written] == list(range(1, len(written) + 1))
    assert 0 < len(written) < 20_000
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_columns_map_a_csv_with_bad_bytes_per_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "export.csv"
    source.write_bytes(b"ticket,body\nT1,Your refund went out today.\nT2,caf\xe9 closed\nT3,\"a\rb, soon\"\n")
    out = tmp_path / "out.jsonl"
    assert run(["batch", str(source), "-o", str(out), "--text", "body", "--id", "ticket", "--workers", "1"],
               monkeypatch) == 0
    got = records(out)
    assert [(r["id"], r["line"]) for r in got] == [("T1", 2), (None, 3), ("T3", 4)]
    assert "UTF-8" in got[1]["error"]


def test_columns_default_now_fills_records_without_their_own() -> None:
    columns = Columns(now=NOW)
    draft = columns.draft({"id": "a", "text": "Hi"}, 1)
    own = columns.draft({"id": "b", "text": "Hi", "now": "2026-01-02T09:00"}, 2)
    assert str(draft.now).startswith("2026-11-27") and str(own.now).startswith("2026-01-02")


def test_seeded_fuzz_of_batch_lines_one_record_per_line() -> None:
    """Random lines built from risky pieces: every non-blank line gets exactly one record, numbered right."""
    import random

    rng = random.Random(12)
    pieces = [b'{"id": ', b'"x"', b"true", b"1.0", b"1e400", b"NaN", b"9" * 600, b'"text": ', b'"Hi \\ud800 soon"',
              b'"We will reply soon."', b", ", b"}", b"{", b"[", b"]", b"\r", b"\xff", b"\xc3", b"\x00", b"\t", b" ",
              b'"now": "9999-12-31T23:59"', b'"lang": "tr"', b'"lang": 5', b'"thread": [{"role": "x"}]', b'"'
              ]
    lines = []
    for _ in range(300):
        if rng.random() < 0.3:
            body = {"id": rng.choice(["a", 1, True, None, 1.5]), "text": rng.choice(["We'll reply soon.", "", " ", "x"])}
            lines.append(json.dumps(body).encode())
        else:
            lines.append(b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
    data = b"\n".join(lines)
    items = list(read_jsonl(io.BytesIO(data)))
    expected = [n for n, raw in enumerate(data.split(b"\n"), start=1) if raw.strip()]
    assert [n for n, _ in items] == expected
    out = check_items(Checker(preload=False), items, Columns())
    assert [record["line"] for record, _ in out] == expected
    for record, ok in out:
        assert ok == ("error" not in record)
        json.loads(batch.dump(record))
