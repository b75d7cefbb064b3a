"""Hooks: the pre-send hook (against a real server on loopback, and without one), ``replycheck lint``,
the pre-commit hook definition and the webhook example."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

import replycheck
from replycheck.cli import main
from replycheck.models import Draft, Report

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "examples" / "hooks"
PRE_SEND = HOOKS / "pre_send.py"
NOW = "2026-11-27T10:00:00"
DRAFT = "Obviously it works. We will get back to you soon."


@pytest.fixture(scope="module")
def server(checker: replycheck.Checker) -> Iterator[str]:
    pytest.importorskip("fastapi")
    pytest.importorskip("uvicorn")
    from replycheck.service.app import create_app

    from .test_service import running_server

    with running_server(create_app(checker=checker)) as url:
        yield url


def pre_send(*args: str, stdin: str = DRAFT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PRE_SEND), "--now", NOW, "-v", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def closed_port_url() -> str:
    """A loopback URL where nothing listens (bound, then closed: connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_pre_send_uses_the_service(server: str, tmp_path: Path) -> None:
    done = pre_send("--url", server)
    assert done.returncode == 1, done.stderr
    assert "checked by the replycheck service" in done.stderr
    assert "CND001" in done.stdout and "TML001" in done.stdout and "by Monday 30 November" in done.stdout
    assert pre_send("--url", server, "--fail-on", "error").returncode == 0
    clean = pre_send("--url", server, stdin="Thanks Sam, your refund of €20 went out today.")
    assert clean.returncode == 0 and "No findings." in clean.stdout
    draft = tmp_path / "draft.html"
    draft.write_text("<p>Obviously it works.</p>", encoding="utf-8")
    done = pre_send(str(draft), "--url", server, "--json", "--input-format", "html", "--id", "t-9")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and report["id"] == "t-9" and report["findings"][0]["start"] == 3
    bad = pre_send("--url", server, "--lang", "fr")
    assert bad.returncode == 2 and "unsupported language 'fr'" in bad.stderr


def test_pre_send_falls_back_to_the_library_without_a_service(server: str) -> None:
    url = closed_port_url()
    done = pre_send("--url", url, "--json")
    assert done.returncode == 1, done.stderr
    assert "checked in this process" in done.stderr and "Connection refused" in done.stderr
    local = json.loads(done.stdout)
    remote = json.loads(pre_send("--url", server, "--json").stdout)
    assert local == remote  # the same report either way
    empty = pre_send("--url", url, stdin="   ")
    assert empty.returncode == 2 and "empty" in empty.stderr and "Traceback" not in empty.stderr


# --- replycheck lint (the pre-commit hook) ------------------------------------------------

MACROS = """\
macros:
  - title: Refund outside policy
    tags: [refund, policy]
    body: "Unfortunately we can't refund orders after 30 days."
  - title: Late delivery
    body: |
      Hi {{customer.first_name}},

      Thanks for waiting. We will get back to you soon.
  - title: Short and clean
    body: Thanks for writing in!
"""


def test_lint_reports_path_line_col(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "macros.yaml").write_text(MACROS, encoding="utf-8")
    (tmp_path / "reply.md").write_text("# Late parcel\n\nSorry 😀 — **obviously** it is late.\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("Thanks Sam, your refund of €20 went out today.\n", encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    assert main(["lint", "macros.yaml", "reply.md", "clean.txt", "empty.md", "--now", NOW]) == 1
    lines = capsys.readouterr().out.splitlines()
    where = {line.split(": ")[1].split()[0]: line.split(": ")[0] for line in lines}
    assert where["NEG002"] == "macros.yaml:4:12"   # “Unfortunately” inside the quoted value
    assert where["TML001"] == "macros.yaml:9:51"   # “soon” in the block scalar
    assert where["CND001"] == "reply.md:3:13"      # columns count code points (the emoji is one)
    assert not any("clean.txt" in line or "title" in line for line in lines)
    assert main(["lint", "clean.txt"]) == 0
    assert main(["lint", "macros.yaml", "--fail-on", "error"]) == 0
    capsys.readouterr()
    assert main(["lint", "macros.yaml", "--yaml-key", "title"]) == 0  # titles only: nothing to say
    assert main(["lint", "missing.md"]) == 2
    (tmp_path / "broken.yaml").write_text("a: [1,\n", encoding="utf-8")
    assert main(["lint", "broken.yaml"]) == 2
    assert "broken.yaml" in capsys.readouterr().err


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "replycheck")
    assert hook["entry"].split()[:2] == ["replycheck", "lint"] and hook["language"] == "python"
    assert {"markdown", "yaml", "plain-text"} <= set(hook["types_or"])


def test_webhook_example_is_a_real_exchange() -> None:
    request = json.loads((HOOKS / "webhook_request.json").read_text(encoding="utf-8"))
    response = json.loads((HOOKS / "webhook_response.json").read_text(encoding="utf-8"))
    draft = Draft.model_validate(request)
    report = Report.model_validate(response)
    assert report.id == draft.id and report.findings
    for finding in report.findings:
        assert draft.text[finding.start:finding.end] == finding.text
