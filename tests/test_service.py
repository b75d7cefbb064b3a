"""The HTTP service, talked to over real HTTP on loopback (uvicorn in a thread, one server per module)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("python_multipart")

import replycheck  # noqa: E402
from replycheck.service import MAX_BODY  # noqa: E402
from replycheck.service.app import create_app  # noqa: E402

from .conftest import FROZEN_NOW  # noqa: E402

NOW = FROZEN_NOW.isoformat()


@contextmanager
def running_server(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 (a free port) in a thread; yield its base URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 15
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
        pool = getattr(getattr(app, "state", None), "pool", None)
        if pool is not None:
            pool.close()


def http(method: str, url: str, body: bytes | Any = None, headers: dict[str, str] | None = None,
         timeout: float = 20) -> tuple[int, dict[str, str], bytes]:
    """One request; ``(status, headers, body)`` whatever the status."""
    request = urllib.request.Request(url, data=body, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def post_json(url: str, data: Any) -> tuple[int, Any]:
    status, _, body = http("POST", url, json.dumps(data).encode(), {"Content-Type": "application/json"})
    return status, json.loads(body)


def post_form(url: str, fields: dict[str, str]) -> tuple[int, bytes]:
    status, _, body = http("POST", url, urllib.parse.urlencode(fields).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    return status, body


@pytest.fixture(scope="module")
def server(checker: replycheck.Checker) -> Iterator[str]:
    with running_server(create_app(checker=checker)) as url:
        yield url


def test_health_and_docs(server: str) -> None:
    status, _, body = http("GET", f"{server}/health")
    health = json.loads(body)
    assert status == 200 and health["status"] == "ok"
    assert set(health["languages"]) == {"en", "tr"} and health["limits"]["max_body"] == MAX_BODY
    status, _, body = http("GET", f"{server}/openapi.json")
    spec = json.loads(body)
    assert status == 200
    assert {"/v1/check", "/v1/batch", "/v1/rules", "/health", "/v2/check"} <= set(spec["paths"])
    assert "text" in spec["components"]["schemas"]["Draft"]["properties"]
    assert http("GET", f"{server}/docs")[0] == 200


def test_check_returns_the_library_report(server: str, checker: replycheck.Checker) -> None:
    draft = {"id": "t-1", "text": "Obviously, we can't refund you. We will get back to you soon 😀.", "now": NOW}
    status, report = post_json(f"{server}/v1/check", draft)
    assert status == 200
    expected = checker.check(draft["text"], now=FROZEN_NOW, id="t-1").model_dump(mode="json")
    assert report == expected
    assert {f["rule_id"] for f in report["findings"]} >= {"CND001", "TML001"}
    for finding in report["findings"]:
        assert draft["text"][finding["start"]:finding["end"]] == finding["text"]


def test_check_takes_format_thread_and_lang(server: str) -> None:
    html = "<p>Obviously the box is <b>fine</b>.</p><blockquote>We will get back to you soon.</blockquote>"
    status, report = post_json(f"{server}/v1/check", {"text": html, "format": "html", "lang": "en-US", "now": NOW})
    assert status == 200 and report["language"] == "en"
    assert [f["rule_id"] for f in report["findings"]] == ["CND001"]  # the quoted history is not checked
    assert html[report["findings"][0]["start"]:report["findings"][0]["end"]] == "Obviously"
    thread = [{"role": "customer", "at": "2026-11-20T09:00:00", "text": "Where is my RMA number?"}]
    status, report = post_json(f"{server}/v1/check", {"text": "Your RMA number is 123, sent today.",
                                                      "thread": thread, "now": NOW})
    assert status == 200 and "JRG" not in json.dumps([f["rule_id"] for f in report["findings"]])


def test_curl_style_body_without_json_content_type(server: str) -> None:
    body = json.dumps({"text": "We will get back to you soon."}).encode()
    status, _, raw = http("POST", f"{server}/v1/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(raw)["findings"][0]["rule_id"] == "TML001"


@pytest.mark.parametrize(("body", "field", "words"), [
    (b"{oops", "body", "invalid JSON"),
    (b"", "body", "empty"),
    (b"[1, 2]", "body", "JSON object"),
    (b'{"lang": "en"}', "text", "field required"),
    (b'{"text": "   "}', "text", "empty"),
    (b'{"text": 42}', "text", "string"),
    (b'{"text": "hello there, my friend", "lang": "fr"}', "lang", "supported: en, tr"),
    (b'{"text": "hello", "thread": [{"role": "bot", "text": "x"}]}', "thread.0.role", "customer"),
    (b'{"text": "hello", "now": "next tuesday"}', "now", "datetime"),
    (b'{"text": "hello", "format": "pdf"}', "format", "html"),
    (b'{"text": "<p></p>", "format": "html"}', "text", "no text of its own"),
])
def test_check_user_mistakes_are_422_naming_the_field(server: str, body: bytes, field: str, words: str) -> None:
    status, _, raw = http("POST", f"{server}/v1/check", body, {"Content-Type": "application/json"})
    error = json.loads(raw)
    assert status == 422, error
    assert error["field"] == field and words in error["error"], error


def test_too_long_draft_is_422(server: str) -> None:
    status, error = post_json(f"{server}/v1/check", {"text": "word " * 4001})
    assert status == 422 and error["field"] == "text" and "20,000" in error["error"]


def test_body_over_the_limit_is_413(server: str) -> None:
    big = json.dumps({"text": "a" * (MAX_BODY + 10)}).encode()
    status, _, raw = http("POST", f"{server}/v1/check", big, {"Content-Type": "application/json"})
    assert status == 413 and json.loads(raw)["limit"] == MAX_BODY
    # chunked (no Content-Length): counted as it arrives
    chunks = iter([b'{"text": "', *(b"a" * 65536 for _ in range(17)), b'"}'])
    status, _, raw = http("POST", f"{server}/v1/check", chunks, {"Content-Type": "application/json"})
    assert status == 413 and "1 MiB" in json.loads(raw)["error"]
    status, _, raw = http("POST", f"{server}/v2/check", big, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413 and raw.startswith(b"Error: ")
    assert http("GET", f"{server}/health")[0] == 200  # and the server goes on


def test_batch_checks_the_good_drafts_and_reports_the_bad(server: str) -> None:
    drafts = [
        {"id": "a", "text": "We will get back to you soon.", "now": NOW},
        {"id": "b"},
        {"text": ""},
        5,
        {"id": 7, "text": "Siparişiniz yarın kargoya verilecek, merak etmeyin.", "lang": "xx"},
        {"id": "tr", "text": "Tabii ki siparişinizi en kısa sürede göndereceğiz.", "now": NOW},
    ]
    status, answer = post_json(f"{server}/v1/batch", drafts)
    assert status == 200 and answer["reports"] == 2 and answer["errors"] == 4
    results = answer["results"]
    assert results[0]["id"] == "a" and results[0]["findings"][0]["rule_id"] == "TML001"
    assert results[1] == {"id": "b", "index": 1, "error": "drafts[1]: text: field required (the draft to check)"}
    assert results[2]["index"] == 2 and "empty" in results[2]["error"]
    assert results[3]["index"] == 3 and "JSON object" in results[3]["error"]
    assert results[4]["id"] == "7" and "unsupported language 'xx'" in results[4]["error"]
    assert results[5]["id"] == "tr" and results[5]["language"] == "tr"
    status, wrapped = post_json(f"{server}/v1/batch", {"drafts": drafts[:1]})
    assert status == 200 and wrapped["results"] == results[:1]


def test_batch_limits(server: str) -> None:
    status, error = post_json(f"{server}/v1/batch", [{"text": "hi"}] * 1001)
    assert status == 413 and error["limit"] == 1000 and "1,001 drafts" in error["error"]
    status, error = post_json(f"{server}/v1/batch", {"text": "not a list"})
    assert status == 422 and error["field"] == "drafts"


def test_rules(server: str, checker: replycheck.Checker) -> None:
    status, _, raw = http("GET", f"{server}/v1/rules?lang=tr-TR")
    rules = json.loads(raw)
    assert status == 200 and len(rules) == len(checker.rules("tr")) and {r["lang"] for r in rules} == {"tr"}
    assert {"code", "category", "severity", "message", "why", "fix_title", "enabled"} <= set(rules[0])
    status, _, raw = http("GET", f"{server}/v1/rules?lang=fr")
    assert status == 422 and json.loads(raw)["field"] == "lang"


# --- LanguageTool ---------------------------------------------------------------------


def utf16_slice(text: str, offset: int, length: int) -> str:
    data = text.encode("utf-16-le")
    return data[offset * 2:(offset + length) * 2].decode("utf-16-le")


def apply_lt(text: str, matches: list[dict[str, Any]]) -> str:
    """Apply each match's first replacement the way a LanguageTool client does (UTF-16 offsets)."""
    data = text.encode("utf-16-le")
    for m in sorted(matches, key=lambda m: m["offset"], reverse=True):
        if m["replacements"]:
            value = m["replacements"][0]["value"].encode("utf-16-le")
            data = data[:m["offset"] * 2] + value + data[(m["offset"] + m["length"]) * 2:]
    return data.decode("utf-16-le")


@pytest.mark.parametrize(("text", "language"), [
    ("😀👍 Obviously, your İstanbul order is fine. We will get back to you 🙂 soon.", "en-US"),
    ("Merhaba 😀 İlknur Hanım, ılık bir gün! Tabii ki siparişinizi en kısa sürede göndereceğiz.", "tr-TR"),
    ("Merhaba 😀 İlknur Hanım, ılık bir gün! Tabii ki siparişinizi en kısa sürede göndereceğiz.", "auto"),
])
def test_languagetool_offsets_are_utf16(server: str, checker: replycheck.Checker, text: str, language: str) -> None:
    status, raw = post_form(f"{server}/v2/check", {"text": text, "language": language})
    answer = json.loads(raw)
    assert status == 200 and answer["software"]["name"] == "replycheck"
    report = checker.check(text, lang=None if language == "auto" else language)
    assert answer["language"]["detectedLanguage"]["code"] == {"en": "en-US", "tr": "tr-TR"}[report.language]
    matches = answer["matches"]
    assert len(matches) == len(report.findings) >= 2
    for m, finding in zip(matches, report.findings):
        assert finding.text in utf16_slice(text, m["offset"], m["length"])  # the emoji count 2
        assert m["rule"]["id"] == finding.rule_id
        assert m["rule"]["category"]["id"] == finding.category.upper()
        assert m["message"] and m["shortMessage"] and m["rule"]["issueType"] == "style"
        ctx = m["context"]
        assert utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == utf16_slice(text, m["offset"], m["length"])
    if len(report.findings) == len({f.start for f in report.findings}):
        # no two findings on the same words: applying every replacement gives the report's rewrite
        assert apply_lt(text, matches) == report.rewrite


def test_languagetool_options_and_errors(server: str) -> None:
    text = "Obviously it works. We will get back to you soon."
    status, raw = post_form(f"{server}/v2/check", {"text": text, "language": "en-GB", "disabledRules": "TML001"})
    answer = json.loads(raw)
    assert status == 200 and answer["language"]["code"] == "en-GB"
    assert [m["rule"]["id"] for m in answer["matches"]] == ["CND001"]
    status, raw = post_form(f"{server}/v2/check", {"text": text, "language": "en", "enabledOnly": "true",
                                                   "enabledCategories": "MISSING_TIMELINE"})
    assert [m["rule"]["id"] for m in json.loads(raw)["matches"]] == ["TML001"]
    query = urllib.parse.urlencode({"text": text, "language": "auto"})
    status, _, raw = http("GET", f"{server}/v2/check?{query}")
    assert status == 200 and len(json.loads(raw)["matches"]) == 2
    status, raw = post_form(f"{server}/v2/check", {"text": "", "language": "auto"})
    assert status == 200 and json.loads(raw)["matches"] == []
    for fields, words in [({"text": text, "language": "de-DE"}, b"'de-DE' is not a language code"),
                          ({"text": text}, b"Missing 'language'"),
                          ({"language": "en-US"}, b"Missing 'text'"),
                          ({"data": "{nope", "language": "en-US"}, b"'data' is not valid JSON")]:
        status, raw = post_form(f"{server}/v2/check", fields)
        assert status == 400 and raw.startswith(b"Error: ") and words in raw, raw
    status, raw = post_form(f"{server}/v2/check", {"text": "word " * 4001, "language": "en-US"})
    assert status == 413 and b"exceeds the limit" in raw


def test_languagetool_data_with_markup(server: str) -> None:
    parts = [{"markup": "<p>"}, {"text": "Obviously it works 😀."}, {"markup": "</p>\n<p>", "interpretAs": "\n\n"},
             {"text": "We will get back to you soon."}, {"markup": "</p>"}]
    status, raw = post_form(f"{server}/v2/check", {"data": json.dumps({"annotation": parts}), "language": "auto"})
    assert status == 200
    whole = "".join(p.get("text", p.get("markup")) for p in parts)
    found = {m["rule"]["id"]: utf16_slice(whole, m["offset"], m["length"]) for m in json.loads(raw)["matches"]}
    assert set(found) == {"CND001", "TML001"} and found["TML001"] == "soon"


def test_languagetool_languages(server: str) -> None:
    status, _, raw = http("GET", f"{server}/v2/languages")
    codes = {lang["longCode"] for lang in json.loads(raw)}
    assert status == 200 and {"en-US", "en-GB", "tr-TR"} <= codes


# --- the serve command -------------------------------------------------------------------


def test_serve_command_starts_answers_and_stops(tmp_path: Any) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "REPLYCHECK_TOKEN": "s3cret"}
    proc = subprocess.Popen([sys.executable, "-m", "replycheck", "serve", "--port", "0", "--log-level", "warning",
                             "--workers", "1"], stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env)
    try:
        line = proc.stderr.readline()
        found = re.search(r"serving on (http://127\.0\.0\.1:\d+) \(1 worker", line)
        assert found, line
        url = found.group(1)
        # printed only once the port accepts: the very first request is answered, no retry
        status, _, _ = http("GET", f"{url}/health")
        assert status == 200
        body = json.dumps({"text": "We will get back to you soon."}).encode()
        status, _, raw = http("POST", f"{url}/v1/check", body)
        assert status == 401 and "Authorization" in json.loads(raw)["error"]  # $REPLYCHECK_TOKEN is the token
        status, _, raw = http("POST", f"{url}/v1/check", body, {"Authorization": "Bearer s3cret"})
        assert status == 200 and json.loads(raw)["findings"][0]["rule_id"] == "TML001"
        status, _, raw = http("GET", f"{url}/health", headers={"Host": "evil.example"})
        assert status == 400 and "not allowed" in json.loads(raw)["error"]  # loopback: loopback names only
        workers = [int(pid) for pid in subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                                                      text=True).stdout.split()]
        assert len(workers) == 1
    finally:
        proc.terminate()
        proc.wait(60)
    assert proc.returncode in (0, -signal.SIGTERM)  # uvicorn shuts down, then re-raises the signal
    assert "Traceback" not in proc.stderr.read()
    for pid in workers:  # the worker went with the server
        for _ in range(100):
            if not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]:
                break
            time.sleep(0.05)
        assert not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2]


@pytest.mark.parametrize(("option", "words"), [
    (["--time-limit", "0"], "--time-limit must be a number of seconds above 0"),
    (["--body-timeout", "nan"], "--body-timeout must be a number of seconds above 0"),
    (["--workers", "-1"], "--workers must be 0"),
    (["--recycle-after", "-5"], "--recycle-after must be 0 (never) or more"),
    (["--token", ""], "--token must be a non-empty string"),
])
def test_serve_command_option_mistakes_are_usage_errors(option: list[str], words: str) -> None:
    done = subprocess.run([sys.executable, "-m", "replycheck", "serve", "--port", "0", *option],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_serve_command_port_in_use_is_a_usage_error() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "replycheck", "serve", "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr


def serve_options(argv: list[str]) -> dict[str, Any]:
    from replycheck.cli import build_parser
    from replycheck.service.commands import _serve_options

    return _serve_options(build_parser().parse_args(["serve", *argv]))


def test_serve_defaults_guard_loopback_and_warn_beyond_it(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("REPLYCHECK_TOKEN", raising=False)
    options = serve_options(["--host", "127.0.0.2"])
    assert options["allow_hosts"] == ["localhost", "127.0.0.1", "::1", "127.0.0.2"] and options["token"] is None
    assert options["cors_origins"] == [] and capsys.readouterr().err == ""
    options = serve_options(["--host", "0.0.0.0", "--cors-origin", "https://desk.example.com"])
    assert options["allow_hosts"] == [] and options["cors_origins"] == ["https://desk.example.com"]
    assert "listening on 0.0.0.0 without --token" in capsys.readouterr().err
    monkeypatch.setenv("REPLYCHECK_TOKEN", "from-env")
    options = serve_options(["--host", "0.0.0.0", "--allow-host", "qa.example.com", "--allow-host", "*.corp"])
    assert options["token"] == "from-env" and options["allow_hosts"] == ["qa.example.com", "*.corp"]
    assert capsys.readouterr().err == ""
    assert serve_options(["--token", "given"])["token"] == "given"


def test_languagetool_offers_a_manual_template_in_the_message_not_as_a_replacement() -> None:
    from replycheck.models import Finding, Suggestion
    from replycheck.service import languagetool as lt

    text = "We can't do that. Thanks."
    finding = Finding(rule_id="NEG001", category="negative_framing", severity="warning", start=0, end=8,
                      text="We can't", message="Leads with what you won't do.", why="It reads as a refusal.",
                      suggestions=[Suggestion(start=0, end=17, replacement="What I can do is …",
                                              applicability="manual")])
    match = lt.match(finding, text, lt.Utf16Offsets(text), {})
    assert match["replacements"] == [] and (match["offset"], match["length"]) == (0, 8)
    assert match["message"].endswith("For example: “What I can do is …”")
    safe = finding.model_copy(update={"suggestions": [Suggestion(start=0, end=8, replacement="We", applicability="safe"),
                                                      *finding.suggestions]})
    assert lt.match(safe, text, lt.Utf16Offsets(text), {})["replacements"] == [{"value": "We"}]
