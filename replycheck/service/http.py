"""HTTP plumbing of the service: the error shape, and the ASGI middleware that guards every route.

Every refusal here has the documented shape: JSON ``{"error": "one sentence", …}``,
or, under ``/v2/`` (LanguageTool's API), a plain-text body starting with ``Error:``.
The middleware, outermost first: :class:`HostAllowList`, CORS (Starlette's, only
when origins are configured), :class:`BearerAuth`, :class:`BodyLimit`.
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse, PlainTextResponse, Response

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
"""The Host names a service bound to loopback answers to by default (no DNS rebinding)."""


class JSON(JSONResponse):
    """JSON as UTF-8; a string that can't be (a lone surrogate echoed back) is written as a ``\\u`` escape."""

    def render(self, content: Any) -> bytes:
        try:
            return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def is_languagetool(path: str) -> bool:
    """Whether ``path`` is under LanguageTool's API, whose errors are plain text."""
    return path.startswith("/v2/") or path == "/v2"


def error_response(path: str, status: int, message: str, headers: dict[str, str] | None = None,
                   **extra: Any) -> Response:
    """The documented error for ``path``: ``{"error": message, **extra}``, or ``Error: message`` under ``/v2/``."""
    if is_languagetool(path):
        return PlainTextResponse(f"Error: {message}", status_code=status, headers=headers)
    return JSON({"error": message, **extra}, status_code=status, headers=headers)


def size_text(n: int) -> str:
    """``1,048,576 bytes (1 MiB)``."""
    return f"{n:,} bytes" + (f" ({n / 1048576:g} MiB)" if n >= 1048576 and n % 65536 == 0 else "")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers") or ():
        if key.lower() == name:
            return value
    return None


class BodyLimit:
    """Read the whole request body here, within ``max_body`` bytes and ``timeout`` seconds, then replay it.

    - a declared ``Content-Length`` over the limit is answered 413 at once,
      before any of the body is read; the rest of the body is then read and
      dropped (up to ``drain`` bytes, within ``timeout``) before the connection
      closes, so a client that sends its whole body before it reads (``Connection:
      close`` clients such as urllib) gets the 413 rather than a reset;
    - a chunked upload is counted as it comes and answered the same way once over;
    - a body that has not arrived ``timeout`` seconds after the request began
      is a 408, and the connection is closed.
    """

    def __init__(self, app: ASGIApp, max_body: int, timeout: float, drain: int | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.timeout = timeout
        self.drain = drain if drain is not None else max(8 * max_body, 8 * 1048576)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, received: int, linger: bool) -> None:
        """Send the 413 at once, then (``linger``) read what the client still sends before the response ends."""
        response = error_response(scope.get("path", ""), 413,
                                  f"the request body is larger than the limit of {size_text(self.max_body)}",
                                  headers={"connection": "close"}, limit=self.max_body)
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await response(scope, receive, keep)
        start, body = messages[0], b"".join(m.get("body", b"") for m in messages[1:])
        await send(start)
        if not linger:
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        await send({"type": "http.response.body", "body": body, "more_body": True})  # the client has it all now
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        while received <= self.drain:
            try:
                message = await asyncio.wait_for(receive(), max(deadline - loop.time(), 0.0))
            except TimeoutError:
                break
            if message["type"] == "http.disconnect":
                return
            received += len(message.get("body", b""))
            if not message.get("more_body", False):
                break
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared_raw = _header(scope, b"content-length")
        declared = int(declared_raw) if declared_raw is not None and declared_raw.isdigit() else None
        if declared is not None and declared > self.max_body:
            expects_continue = (_header(scope, b"expect") or b"").lower() == b"100-continue"
            await self._refuse(scope, receive, send, 0, linger=declared <= self.drain and not expects_continue)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            try:
                message = await asyncio.wait_for(receive(), max(deadline - loop.time(), 0.0))
            except TimeoutError:
                came = f"{size:,} of {declared:,} bytes came" if declared is not None else f"{size:,} bytes came"
                response = error_response(scope.get("path", ""), 408, f"the request body did not arrive within "
                                          f"{self.timeout:g} s ({came})", headers={"connection": "close"})
                await response(scope, receive, send)
                return
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            more = message.get("more_body", False)
            if size > self.max_body:
                await self._refuse(scope, receive, send, size, linger=more)
                return
            chunks.append(body)
        whole = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _host_name(value: str) -> str:
    """``Example.com:8080`` → ``example.com``; ``[::1]:80`` → ``::1``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value[1:]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class HostAllowList:
    """Refuse (400) a request whose ``Host`` is not allowed: a name, ``*.domain`` or ``*`` (anything)."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = [h.strip().lower().strip("[]") for h in hosts if h.strip()]

    def allows(self, host: str) -> bool:
        name = _host_name(host)
        for allowed in self.hosts:
            if allowed == "*" or allowed == name:
                return True
            if allowed.startswith("*.") and name.endswith(allowed[1:]):
                return True
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = (_header(scope, b"host") or b"").decode("latin-1")
            if not self.allows(host):
                shown = f"host {host!r}" if host else "a request without a Host header"
                response = error_response(scope.get("path", ""), 400,
                                          f"{shown} is not allowed here; this service answers to: "
                                          f"{', '.join(self.hosts)} (serve --allow-host)")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class BearerAuth:
    """Require ``Authorization: Bearer <token>`` on every route but the ``open`` ones (401 otherwise)."""

    def __init__(self, app: ASGIApp, token: str, open_paths: Iterable[str] = ("/health",)) -> None:
        self.app = app
        self.token = token.encode()
        self.open_paths = frozenset(open_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("path") not in self.open_paths:
            given = _header(scope, b"authorization") or b""
            scheme, _, credentials = given.partition(b" ")
            if scheme.lower() != b"bearer" or not hmac.compare_digest(credentials.strip(), self.token):
                problem = "is missing" if not given else "does not hold the right token"
                response = error_response(scope.get("path", ""), 401,
                                          f"the Authorization header {problem}; send 'Authorization: Bearer TOKEN'",
                                          headers={"www-authenticate": 'Bearer realm="replycheck"'})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class CORS(CORSMiddleware):
    """Starlette's CORS, with a refused preflight in the service's error shape (JSON ``{"error"}``)."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code >= 400:
            refused = bytes(response.body).decode("utf-8", "replace").removeprefix("Disallowed CORS ")
            headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
            return JSON({"error": f"this cross-origin request is not allowed ({refused}); the service lets in "
                                  "only the origins, methods and headers it was started with (serve --cors-origin)"},
                        status_code=response.status_code, headers=headers)
        return response
