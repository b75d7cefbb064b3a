"""The service stays up and answers in its one error shape: worker pool, time limit, limits, auth, Host, CORS, docs.

Slow and stuck checks are simulated deterministically by a checker that waits
on an event (set by the test) or never returns; no test measures a duration
(latency is measured in benchmarks/service_bench.py).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("python_multipart")

import replycheck  # noqa: E402
from replycheck.models import Draft  # noqa: E402
from replycheck.service import MAX_BODY  # noqa: E402
from replycheck.service.app import create_app  # noqa: E402
from replycheck.service.docs import docs_page  # noqa: E402
from replycheck.service.pool import _FairSlots, _Worker  # noqa: E402

from .test_service import http, post_json, running_server  # noqa: E402

FORK = multiprocessing.get_context("fork")
WAIT = 60  # seconds a test waits at most for something that happens at once when all is well


class Gated:
    """The real checker, except drafts with a keyword: ``SLOW`` waits for ``release``, ``HANG`` never ends,
    ``CRASH`` ends the worker process."""

    def __init__(self, real: replycheck.Checker) -> None:
        self.real = real
        self.started = FORK.Event()
        self.release = FORK.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def check_many(self, drafts: list[Draft]) -> list[replycheck.Report]:
        for draft in drafts:
            if "SLOW" in draft.text:
                self.started.set()
                self.release.wait(WAIT)
            elif "HANG" in draft.text:
                self.started.set()
                time.sleep(3600)
            elif "CRASH" in draft.text:
                os._exit(3)
        return self.real.check_many(drafts)


@pytest.fixture(scope="module")
def server(checker: replycheck.Checker) -> Iterator[str]:
    with running_server(create_app(checker=checker, workers=2)) as url:
        yield url


def in_thread(func: Any, *args: Any) -> tuple[threading.Thread, list[Any]]:
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(func(*args)), daemon=True)
    thread.start()
    return thread, out


GOOD = {"text": "We will get back to you soon."}


# --- the pool: checks off the event loop, a time limit, workers replaced -------------------------


def test_other_requests_answer_while_a_slow_draft_is_in_flight(checker: replycheck.Checker) -> None:
    gated = Gated(checker)
    app = create_app(checker=gated, workers=2)
    with running_server(app) as url:
        slow, answer = in_thread(post_json, f"{url}/v1/check", {"text": "SLOW We will get back to you soon."})
        assert gated.started.wait(WAIT)
        status, report = post_json(f"{url}/v1/check", GOOD)  # the other worker takes it
        assert status == 200 and report["findings"][0]["rule_id"] == "TML001"
        status, _, raw = http("GET", f"{url}/health")  # needs no worker at all
        assert status == 200 and json.loads(raw)["workers"] == 2
        assert slow.is_alive() and not answer  # all of that while the slow draft was still being checked
        gated.release.set()
        slow.join(WAIT)
        assert answer[0][0] == 200 and answer[0][1]["findings"][0]["rule_id"] == "TML001"


def test_a_draft_past_the_time_limit_is_a_503_and_its_worker_is_replaced(checker: replycheck.Checker) -> None:
    gated = Gated(checker)
    app = create_app(checker=gated, workers=1, time_limit=0.5)
    with running_server(app) as url:
        before = app.state.pool.pids()
        status, _, raw = http("POST", f"{url}/v1/check", json.dumps({"text": "HANG soon"}).encode())
        error = json.loads(raw)
        assert status == 503 and set(error) == {"error"}
        assert "took longer than the time limit of 0.5 s and was stopped" in error["error"]
        after = app.state.pool.pids()
        assert len(after) == 1 and after != before
        assert not os.path.exists(f"/proc/{before[0]}") or "Z" in open(f"/proc/{before[0]}/stat").read().split()[2]
        status, report = post_json(f"{url}/v1/check", GOOD)  # the fresh worker checks the next draft
        assert status == 200 and report["findings"]
        status, raw = post_form_lt(url, {"text": "HANG soon", "language": "en-US"})
        assert status == 503 and raw.startswith(b"Error: ") and b"time limit" in raw


def post_form_lt(url: str, fields: dict[str, str]) -> tuple[int, bytes]:
    status, _, raw = http("POST", f"{url}/v2/check", urllib.parse.urlencode(fields).encode(),
                          {"Content-Type": "application/x-www-form-urlencoded"})
    return status, raw


def test_a_worker_that_dies_is_a_503_and_is_replaced(checker: replycheck.Checker) -> None:
    app = create_app(checker=Gated(checker), workers=1)
    with running_server(app) as url:
        status, _, raw = http("POST", f"{url}/v1/check", json.dumps({"text": "CRASH now"}).encode())
        assert status == 503 and "stopped before it answered" in json.loads(raw)["error"]
        assert post_json(f"{url}/v1/check", GOOD)[0] == 200


def test_batch_items_that_hang_or_crash_are_error_entries(checker: replycheck.Checker) -> None:
    app = create_app(checker=Gated(checker), workers=2, time_limit=0.5)
    with running_server(app) as url:
        drafts = [{"id": "a", **GOOD}, {"id": "h", "text": "HANG soon"}, {"id": "c", "text": "CRASH"},
                  {"id": "b", **GOOD}]
        status, answer = post_json(f"{url}/v1/batch", drafts)
        assert status == 200 and answer["reports"] == 2 and answer["errors"] == 2
        ok_a, hung, crashed, ok_b = answer["results"]
        assert ok_a["id"] == "a" and ok_b["id"] == "b" and ok_a["findings"] == ok_b["findings"] != []
        assert hung["id"] == "h" and hung["index"] == 1 and "drafts[1]: the check took longer" in hung["error"]
        assert crashed["id"] == "c" and crashed["index"] == 2 and "stopped before it answered" in crashed["error"]


def test_workers_are_recycled_after_a_number_of_drafts(checker: replycheck.Checker) -> None:
    app = create_app(checker=checker, workers=1, recycle_after=3)
    with running_server(app) as url:
        first = app.state.pool.pids()
        for _ in range(2):
            assert post_json(f"{url}/v1/check", GOOD)[0] == 200
        assert app.state.pool.pids() == first
        assert post_json(f"{url}/v1/check", GOOD)[0] == 200  # the third: then a fresh fork takes over
        assert app.state.pool.pids() != first and len(app.state.pool.pids()) == 1
        assert post_json(f"{url}/v1/check", GOOD)[0] == 200


def test_inline_pool_checks_in_a_thread(checker: replycheck.Checker) -> None:
    gated = Gated(checker)
    app = create_app(checker=gated, workers=0, time_limit=0.5)
    with running_server(app) as url:
        assert app.state.pool.pids() == [] and json.loads(http("GET", f"{url}/health")[2])["workers"] == 1
        assert post_json(f"{url}/v1/check", GOOD)[0] == 200
        status, error = post_json(f"{url}/v1/check", {"text": "SLOW soon"})
        assert status == 503 and "time limit of 0.5 s" in error["error"]
        gated.release.set()


def test_workers_are_handed_out_first_come_first_served() -> None:
    """A request that releases a worker and asks again queues behind one already waiting (no starvation)."""

    async def scenario() -> list[str]:
        slots = _FairSlots()
        worker = _Worker(process=None, conn=None)  # type: ignore[arg-type]
        slots.release(worker)
        order: list[str] = []
        held = await slots.acquire(1)
        waiter = asyncio.ensure_future(slots.acquire(5))
        await asyncio.sleep(0)
        slots.release(held)  # the batch gives its worker back...
        again = asyncio.ensure_future(slots.acquire(5))  # ...and asks at once for the next draft
        order.append("single" if (await waiter) is worker else "?")
        slots.release(worker)
        order.append("batch" if (await again) is worker else "?")
        busy = asyncio.ensure_future(slots.acquire(0.01))  # nobody releases: a waiter gives up
        with pytest.raises(Exception, match="busy"):
            await busy
        return order

    assert asyncio.run(scenario()) == ["single", "batch"]


# --- one error shape for everything -------------------------------------------------------------

DEEP = b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


@pytest.mark.parametrize(("body", "field", "words"), [
    (b'{"text": "We will get back \\ud800 soon."}', "text", "lone surrogate (\\ud800) at character 17"),
    (b'{"text": "fine", "thread": [{"role": "customer", "text": "x\\udfff"}]}', "thread.0.text", "lone surrogate"),
    (DEEP, "body", "nested too deeply"),
    (b'{"text": "hello there", "id": ' + b"7" * 5000 + b"}", "body", "too many digits"),
    (b'{"text": "hello there", "now": NaN}', "body", "NaN is not a JSON number"),
    (b'{"text": "hello there", "now": "2026-13-45T99:00:00"}', "now", "datetime"),
    (b'{"text": "We will call you within 3 days.", "now": "9999-12-31T23:00:00"}', "now",
     "the draft: now 9999-12-31T23:00:00 is out of range"),
    (b'{"text": "We will call you.", "thread": [{"role": "customer", "at": "0001-01-01T00:00:00", "text": "Hi"}]}',
     "thread.0.at", "out of range"),
    (b'{"text": "hello there", "now": ' + b"9" * 4000 + b"}", "now", ""),
    (b'{"text": "hello there", "thread": ' + b"[" * 500 + b"]" * 500 + b"}", "thread.0", ""),
])
def test_bad_input_is_a_422_in_the_error_shape(server: str, body: bytes, field: str, words: str) -> None:
    status, _, raw = http("POST", f"{server}/v1/check", body, {"Content-Type": "application/json"})
    error = json.loads(raw)
    assert status == 422, error
    assert error["field"] == field and words in error["error"] and "detail" not in error, error


@pytest.mark.parametrize(("method", "path", "status", "words"), [
    ("GET", "/nope", 404, "there is no GET /nope here"),
    ("GET", "/v1/check", 405, "/v1/check does not answer GET; use POST"),
    ("DELETE", "/v1/batch", 405, "use POST"),
    ("POST", "/health", 405, "use GET"),
    ("GET", "/redoc", 404, "routes are listed at /docs"),
    ("OPTIONS", "/v1/check", 405, "does not answer OPTIONS"),  # no CORS unless configured
])
def test_unknown_routes_and_methods_answer_in_the_error_shape(server: str, method: str, path: str, status: int,
                                                               words: str) -> None:
    got, headers, raw = http(method, f"{server}{path}")
    error = json.loads(raw)
    assert got == status and set(error) == {"error"} and words in error["error"], error
    assert "access-control-allow-origin" not in {k.lower() for k in headers}


def test_languagetool_route_errors_stay_plain_text(server: str) -> None:
    status, _, raw = http("GET", f"{server}/v2/nope")
    assert status == 404 and raw.startswith(b"Error: there is no GET /v2/nope")
    data = json.dumps({"annotation": [{"text": "We will get back to you soon \ud800."}]}, ensure_ascii=True)
    status, raw = post_form_lt(server, {"data": data, "language": "en-US"})
    assert status == 400 and raw.startswith(b"Error: ") and b"lone surrogate" in raw


def test_batch_keeps_going_past_every_kind_of_bad_item(server: str) -> None:
    body = ('[{"id": "ok", "text": "We will get back to you soon."},'
            '{"id": "s", "text": "x\\ud800"},'
            '{"id": "n", "text": "hello there", "now": "soon"},'
            '{"id": "y", "text": "We will call you within 3 days.", "now": "9999-12-31T23:00:00"},'
            '{"id": "t", "text": "hello", "thread": ' + "[" * 300 + "]" * 300 + '},'
            '{"id": ' + "8" * 4000 + ', "text": "We will get back to you soon."},'
            '"just a string", null]').encode()
    status, _, raw = http("POST", f"{server}/v1/batch", body)
    answer = json.loads(raw)
    assert status == 200 and answer["reports"] == 2 and answer["errors"] == 6, answer
    results = answer["results"]
    assert results[0]["id"] == "ok" and results[0]["findings"]
    assert results[1] == {"id": "s", "index": 1, "error": results[1]["error"]} and "lone surrogate" in results[1]["error"]
    assert results[2]["id"] == "n" and results[2]["error"].startswith("drafts[2]: now:")
    assert results[3]["id"] == "y" and results[3]["error"].startswith("drafts[3]: the draft: now 9999")
    assert results[4]["id"] == "t" and results[4]["error"].startswith("drafts[4]: thread.0")
    assert results[5]["id"] == "8" * 4000 and results[5]["findings"]
    assert [r["index"] for r in results[6:]] == [6, 7] and all("JSON object" in r["error"] for r in results[6:])


# --- bodies: too big at once, too slow ----------------------------------------------------------


def raw_request(url: str, head: str, body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """Send ``head`` (request line and headers) and ``body`` over a socket; read one response."""
    parsed = urllib.parse.urlsplit(url)
    with socket.create_connection((parsed.hostname, parsed.port), timeout=WAIT) as sock:
        sock.sendall(head.replace("\n", "\r\n").encode() + b"\r\n\r\n" + body)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            assert chunk, data
            data += chunk
        top, rest = data.split(b"\r\n\r\n", 1)
        lines = top.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        while len(rest) < int(headers.get("content-length", 0)):
            chunk = sock.recv(65536)
            assert chunk, rest
            rest += chunk
    return int(lines[0].split()[1]), headers, rest


@pytest.mark.parametrize("declared", [999_999_999_999, MAX_BODY + 1])
def test_a_declared_length_over_the_limit_is_refused_before_the_body_comes(server: str, declared: int) -> None:
    # one byte of the body is sent, the rest never comes: the 413 must not wait for it
    status, headers, raw = raw_request(
        server, f"POST /v1/check HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\n"
                f"Content-Length: {declared}", b"{")
    assert status == 413 and json.loads(raw) == {
        "error": "the request body is larger than the limit of 1,048,576 bytes (1 MiB)", "limit": MAX_BODY}
    assert headers["connection"] == "close"
    status, _, raw = raw_request(server, f"POST /v2/check HTTP/1.1\nHost: 127.0.0.1\nContent-Length: {declared}",
                                 b"t")
    assert status == 413 and raw.startswith(b"Error: the request body is larger")


def test_a_body_that_never_arrives_times_out(checker: replycheck.Checker) -> None:
    with running_server(create_app(checker=checker, workers=1, body_timeout=0.5)) as url:
        status, headers, raw = raw_request(url, "POST /v1/check HTTP/1.1\nHost: 127.0.0.1\nContent-Length: 40",
                                           b'{"text": ')
        assert status == 408 and headers["connection"] == "close"
        assert json.loads(raw) == {"error": "the request body did not arrive within 0.5 s (9 of 40 bytes came)"}
        assert post_json(f"{url}/v1/check", GOOD)[0] == 200


# --- token, Host, CORS ---------------------------------------------------------------------------


def test_token_host_allow_list_and_cors(checker: replycheck.Checker) -> None:
    app = create_app(checker=checker, workers=1, token="t0ken", allow_hosts=["127.0.0.1", "*.example.com"],
                     cors_origins=["https://desk.example.com"])
    body = json.dumps(GOOD).encode()
    with running_server(app) as url:
        status, headers, raw = http("POST", f"{url}/v1/check", body)
        assert status == 401 and headers["www-authenticate"].startswith("Bearer")
        assert json.loads(raw) == {"error": "the Authorization header is missing; send 'Authorization: Bearer TOKEN'"}
        status, _, raw = http("POST", f"{url}/v1/check", body, {"Authorization": "Bearer wrong"})
        assert status == 401 and "does not hold the right token" in json.loads(raw)["error"]
        status, _, raw = http("POST", f"{url}/v1/check", body, {"Authorization": "Bearer t0ken"})
        assert status == 200 and json.loads(raw)["findings"]
        assert http("GET", f"{url}/docs")[0] == 401 and http("GET", f"{url}/health")[0] == 200
        status, raw = post_form_lt(url, {"text": "soon", "language": "en"})
        assert status == 401 and raw.startswith(b"Error: the Authorization header is missing")

        auth = {"Authorization": "Bearer t0ken"}
        assert http("GET", f"{url}/health", headers={"Host": "api.example.com"})[0] == 200
        status, _, raw = http("GET", f"{url}/health", headers={"Host": "evil.test:8080", **auth})
        assert status == 400 and json.loads(raw)["error"].startswith("host 'evil.test:8080' is not allowed")

        origin = {"Origin": "https://desk.example.com"}
        status, headers, _ = http("OPTIONS", f"{url}/v1/check", headers={
            **origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization"})
        assert status == 200 and headers["access-control-allow-origin"] == "https://desk.example.com"
        status, headers, _ = http("POST", f"{url}/v1/check", body, {**origin, **auth})
        assert status == 200 and headers["access-control-allow-origin"] == "https://desk.example.com"
        status, headers, _ = http("POST", f"{url}/v1/check", body, {"Origin": "https://evil.test", **auth})
        assert status == 200 and "access-control-allow-origin" not in {k.lower() for k in headers}
        status, _, raw = http("OPTIONS", f"{url}/v1/check", headers={
            "Origin": "https://evil.test", "Access-Control-Request-Method": "POST"})
        assert status == 400 and "cross-origin request is not allowed (origin)" in json.loads(raw)["error"]


# --- docs ----------------------------------------------------------------------------------------


def test_docs_page_works_offline(server: str) -> None:
    status, headers, raw = http("GET", f"{server}/docs")
    page = raw.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|cdn", page, re.IGNORECASE), "an external reference"
    for attribute in re.findall(r"""(?:src|href)\s*=\s*['"]?([^'" >]+)""", page):
        assert not attribute.startswith(("//", "http")) and ":" not in attribute, attribute
    for route in ("/v1/check", "/v1/batch", "/v1/rules", "/health", "/v2/check", "/v2/languages"):
        assert f"<code>{route}</code>" in page
    assert "<code>thread</code>" in page and "<code>now</code>" in page  # the Draft fields, resolved
    assert "openapi.json" in page and http("GET", f"{server}/openapi.json")[0] == 200


def test_docs_page_escapes_what_it_shows() -> None:
    spec = {"info": {"title": "<script>x</script>", "version": "1"},
            "paths": {"/a": {"get": {"summary": "<b>", "description": "& <i>"}}}}
    page = docs_page(spec)
    assert "<script>x" not in page and "&lt;script&gt;" in page and "&amp; &lt;i&gt;" in page
