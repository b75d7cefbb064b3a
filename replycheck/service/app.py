"""The FastAPI application: ``/v1/check``, ``/v1/batch``, ``/v1/rules``, ``/health``, ``/docs`` and LanguageTool's ``/v2/check``.

The Checker is built once, in :func:`create_app`, then forked into a pool of
worker processes (:mod:`.pool`, one per core): checks run there, off the event
loop, each within a time limit (503 past it).  Every refusal has one shape,
JSON ``{"error": "one sentence", "field"?: …}`` — 400 host not allowed, 401 no
or wrong token, 404/405 no such route or method, 408 body too slow, 413 body or
batch over the limit, 422 anything wrong with the input, 503 time limit —
and the ``/v2`` endpoints answer the way LanguageTool does: plain text
starting with ``Error:``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..checker import Checker
from ..config import Config, load_config
from ..errors import InputError, UnsupportedLanguageError
from ..models import Draft, Report
from . import BODY_TIMEOUT, MAX_BATCH, MAX_BODY, RECYCLE_AFTER, TIME_LIMIT
from . import languagetool as lt
from .docs import docs_page
from .http import CORS, JSON, BearerAuth, BodyLimit, HostAllowList, error_response, size_text
from .pool import CheckFailed, Pool, PoolError, TimeLimit, make_pool

log = logging.getLogger("replycheck.service")

_SURROGATE = re.compile("[\ud800-\udfff]")
_WARM_UP = {"en": "Thanks for your message. We will get back to you soon.",
            "tr": "Mesajınız için teşekkürler. Yarın size dönüş yapacağız."}


class UserError(Exception):
    """A request the caller got wrong: ``status`` and a JSON ``{"error", "field"?}`` body."""

    def __init__(self, message: str, status: int = 422, field: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers
        self.body: dict[str, Any] = {"error": message}
        if field:
            self.body["field"] = field
        self.body.update(extra)


def _field_error(exc: ValidationError, prefix: str = "") -> UserError:
    """One clear sentence for the first problem pydantic found, naming the field."""
    first = exc.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "body"
    return UserError(f"{prefix}{field}: {first['msg']}", field=field)


def _precheck(checker: Checker, draft: Draft, prefix: str = "") -> UserError | None:
    """The input errors ``check_many`` would raise, with the field they concern."""
    if not draft.text.strip():
        return UserError(f"{prefix}text: the draft is empty; there is nothing to check", field="text")
    if len(draft.text) > checker.max_chars:
        return UserError(f"{prefix}text: the draft has {len(draft.text):,} characters; "
                         f"the limit is {checker.max_chars:,}", field="text")
    if draft.lang and draft.lang.lower().split("-")[0] not in checker.languages:
        return UserError(f"{prefix}lang: {UnsupportedLanguageError(draft.lang, checker.languages)}", field="lang")
    return None


def _no_constant(name: str) -> Any:
    raise UserError(f"invalid JSON ({name} is not a JSON number)", field="body")


def _json_body(raw: bytes) -> Any:
    """The request body as JSON, whatever its content type (``curl -d`` sends form-urlencoded)."""
    if not raw.strip():
        raise UserError("the request body is empty; send a JSON object such as {\"text\": \"...\"}", field="body")
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as exc:
        raise UserError(f"the request body is not valid UTF-8 (byte {exc.start})", field="body") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", field="body") from None
    except RecursionError:
        raise UserError("invalid JSON (nested too deeply; a draft needs a few levels at most)", field="body") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        problem = "a number has too many digits" if "digits" in str(exc) else str(exc)
        raise UserError(f"invalid JSON ({problem})", field="body") from None


def _lone_surrogate(data: Any) -> tuple[str, int, str] | None:
    """The first string (by field path) holding half of a UTF-16 surrogate pair, which is not Unicode text."""
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, str):
            found = _SURROGATE.search(node)
            if found:
                return path or "body", found.start(), found.group()
        elif isinstance(node, dict):
            for key, value in reversed(list(node.items())):
                stack.append((f"{path}.{key}" if path else str(key), value))
                stack.append((f"{path} (a key)" if path else "body (a key)", key))
        elif isinstance(node, list):
            stack.extend((f"{path}.{i}" if path else str(i), value) for i, value in reversed(list(enumerate(node))))
    return None


def _draft(data: Any, prefix: str = "") -> Draft:
    if not isinstance(data, dict):
        raise UserError(f"{prefix}expected a JSON object with a 'text' field, got {type(data).__name__}", field="body")
    if "text" not in data:
        raise UserError(f"{prefix}text: field required (the draft to check)", field="text")
    bad = _lone_surrogate(data)
    if bad:
        field, at, char = bad
        raise UserError(f"{prefix}{field}: a lone surrogate (\\u{ord(char):04x}) at character {at} is not text; "
                        "send valid Unicode (an emoji escaped as a surrogate pair is fine)", field=field)
    try:
        return Draft.model_validate(data)
    except ValidationError as exc:
        raise _field_error(exc, prefix) from None


def _input_error(exc: InputError) -> UserError:
    """The library's sentence about a draft (``draft 1: now … is out of range``) as a 422 naming the field."""
    message = re.sub(r"^draft (?:\d+|'[^']*'|\"[^\"]*\")", "the draft", str(exc))
    field = getattr(exc, "field", None)
    if not isinstance(field, str):
        thread = re.search(r"\bthread message (\d+)( time)?", message)
        if isinstance(exc, UnsupportedLanguageError):
            field = "lang"
        elif thread:
            field = f"thread.{int(thread.group(1)) - 1}.{'at' if thread.group(2) else 'text'}"
        elif re.search(r"(^|: )now\b", message):
            field = "now"
        elif re.search(r"\b(empty|characters|no text of its own|surrogate)\b", message):
            field = "text"
        else:
            field = None
    return UserError(message, field=field)


def _warm_up(checker: Checker) -> None:
    """Check one short draft per language, so lazily built tables exist before the workers are forked."""
    for lang in checker.languages:
        try:
            checker.check_many([Draft(text=_WARM_UP.get(lang, _WARM_UP["en"]), lang=lang)])
        except Exception:  # noqa: BLE001 - a warm-up only; a real problem shows on the first request
            log.debug("warm-up of %s failed", lang, exc_info=True)


def create_app(
    checker: Checker | None = None,
    config: Config | None = None,
    max_body: int = MAX_BODY,
    max_batch: int = MAX_BATCH,
    *,
    workers: int | None = None,
    time_limit: float = TIME_LIMIT,
    body_timeout: float = BODY_TIMEOUT,
    token: str | None = None,
    allow_hosts: Iterable[str] | None = None,
    cors_origins: Iterable[str] = (),
    recycle_after: int = RECYCLE_AFTER,
) -> FastAPI:
    """The application, with ``checker`` (default: built from ``config``, default: the nearest configuration file).

    ``max_body`` limits a request body in bytes (413 above it); ``max_batch``
    the drafts in one ``/v1/batch`` request (413 above it); ``body_timeout`` the
    seconds a body may take to arrive (408).  Checks run in ``workers`` forked
    processes (default: one per core; ``0``: a thread of this process), each
    draft within ``time_limit`` seconds (503 past it; the worker is replaced)
    and each worker replaced after ``recycle_after`` drafts.  ``token``
    requires ``Authorization: Bearer TOKEN`` on every route but ``/health``;
    ``allow_hosts`` limits the ``Host`` header (names, ``*.domain``, ``*``);
    ``cors_origins`` turns CORS on for those origins.  ``app.state.pool.close()``
    stops the workers (the lifespan's shutdown does it).
    """
    if checker is None:
        checker = (config or load_config()).checker()
    describe = {item.rule.code: item.rule.name.replace("-", " ") for item in checker.rules()}
    _warm_up(checker)
    pool: Pool = make_pool(checker, workers, recycle_after)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="replycheck",
        version=__version__,
        description=(
            "Check a customer-support draft reply (English and Turkish) for jargon, condescension, "
            "negative framing, missing time frames and unkept promises, with rewrites. "
            f"Limits: request body ≤ {size_text(max_body)} (413), arriving within {body_timeout:g} s (408); "
            f"batch ≤ {max_batch:,} drafts (413); draft ≤ {checker.max_chars:,} characters (422); "
            f"each draft checked within {time_limit:g} s (503)."
        ),
        docs_url=None,
        redoc_url=None,
        default_response_class=JSON,
        lifespan=lifespan,
    )
    app.state.checker = checker
    app.state.pool = pool
    app.add_middleware(BodyLimit, max_body=max_body, timeout=body_timeout)
    if token:
        app.add_middleware(BearerAuth, token=token)
    origins = [o for o in cors_origins if o]
    if origins:
        app.add_middleware(CORS, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"], max_age=600)
    hosts = list(allow_hosts or ())
    if hosts:
        app.add_middleware(HostAllowList, hosts=hosts)

    @app.exception_handler(UserError)
    async def _user_error(request: Request, exc: UserError) -> Response:
        return JSON(exc.body, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(lt.LanguageToolError)
    async def _lt_error(request: Request, exc: lt.LanguageToolError) -> Response:
        return error_response("/v2/", exc.status, str(exc).removeprefix("Error: "))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"] if p not in ("body", "query"))
        return error_response(request.url.path, 422, f"{field}: {first['msg']}", field=field)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        method, path = request.method, request.url.path
        if exc.status_code == 404:
            message = f"there is no {method} {path} here; the routes are listed at /docs"
        elif exc.status_code == 405:
            allowed = (exc.headers or {}).get("Allow") or (exc.headers or {}).get("allow") or ""
            message = f"{path} does not answer {method}" + (f"; use {allowed}" if allowed else "")
        else:
            message = str(exc.detail)
        return error_response(path, exc.status_code, message, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request.url.path, 500,
                              f"replycheck failed on this request ({type(exc).__name__}); "
                              "this is a bug, the server log has the details")

    async def check_draft(draft: Draft) -> bytes:
        """The report's JSON, or the request's error: 422 (input), 503 (time limit, worker lost), 500 (a bug)."""
        try:
            return await pool.check_json(draft, time_limit)
        except InputError as exc:
            raise _input_error(exc) from None
        except PoolError as exc:  # a draft that ran out of time would again; a busy pool may not be
            stopped = isinstance(exc, TimeLimit) and "stopped" in str(exc)
            raise UserError(str(exc), status=503, headers=None if stopped else {"Retry-After": "1"}) from None
        except CheckFailed as exc:
            raise UserError(f"replycheck failed on this draft ({exc}); this is a bug, the server log has "
                            "the details", status=500) from None

    @app.get("/health", summary="Is the service up (and which languages and rules it has)")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "languages": checker.languages,
                "rules": len(checker.rules()), "workers": pool.size,
                "limits": {"max_body": max_body, "max_batch": max_batch, "max_chars": checker.max_chars,
                           "time_limit": time_limit, "body_timeout": body_timeout}}

    @app.get("/v1/rules", summary="The loaded rules")
    def rules(lang: str | None = None) -> list[dict[str, Any]]:
        if lang is not None:
            base = lang.lower().split("-")[0]
            if base not in checker.languages:
                raise UserError(f"lang: {UnsupportedLanguageError(lang, checker.languages)}", field="lang")
            lang = base
        out = []
        for code in [lang] if lang else checker.languages:
            for item in checker.rules(code):
                rule = item.rule
                out.append({
                    "code": rule.code, "name": rule.name, "lang": code, "category": rule.category,
                    "severity": checker.severity.get(rule.code) or checker.severity.get(rule.category) or rule.severity,
                    "enabled": rule.enabled and rule.code not in checker.disabled
                    and rule.category not in checker.disabled
                    and (not checker.selected or rule.code in checker.selected or rule.category in checker.selected),
                    "message": rule.message, "why": rule.why, "fix_title": rule.fix_title,
                })
        return out

    draft_schema = {"$ref": "#/components/schemas/Draft"}
    errors = {"description": "{\"error\": \"one sentence\", \"field\"?: \"…\"}"}

    @app.post(
        "/v1/check",
        summary="Check one draft",
        response_model=Report,
        responses={413: {"description": "request body over the limit"},
                   422: {"description": "invalid JSON, missing or empty text, unknown language, …"},
                   503: {"description": "not checked within the time limit"}, "4XX": errors},
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": draft_schema}}}},
    )
    async def check(request: Request) -> Response:
        """The same JSON object as a batch line (`id`, `text`, `lang`, `thread`, `now`, `format`) → its report."""
        draft = _draft(_json_body(await request.body()))
        problem = _precheck(checker, draft)
        if problem:
            raise problem
        return Response(await check_draft(draft), media_type="application/json")

    @app.post(
        "/v1/batch",
        summary="Check many drafts",
        responses={413: {"description": "request body or batch over the limit"},
                   422: {"description": "the body is not a JSON list of drafts"}, "4XX": errors},
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
            "oneOf": [{"type": "array", "items": draft_schema},
                      {"type": "object", "properties": {"drafts": {"type": "array", "items": draft_schema}},
                       "required": ["drafts"]}]}}}}},
    )
    async def batch(request: Request) -> Response:
        """A JSON list of drafts (or `{"drafts": [...]}`) → `{"results": [...], "reports", "errors"}`.

        `results` has one item per draft, in order: its report, or
        `{"id", "index", "error"}` when that draft can't be checked (the rest are).
        """
        data = _json_body(await request.body())
        if isinstance(data, dict) and "drafts" in data:
            data = data["drafts"]
        if not isinstance(data, list):
            raise UserError("expected a JSON list of drafts, or an object {\"drafts\": [...]}", field="drafts")
        if len(data) > max_batch:
            raise UserError(f"the batch has {len(data):,} drafts; the limit is {max_batch:,}",
                            status=413, field="drafts", limit=max_batch)
        results: list[dict[str, Any] | bytes | None] = [None] * len(data)

        def failed(index: int, item_id: Any, message: str) -> dict[str, Any]:
            shown = None if item_id is None or isinstance(item_id, (dict, list)) else str(item_id)
            return {"id": shown, "index": index, "error": f"drafts[{index}]: {message}"}

        good: list[tuple[int, Draft]] = []
        for index, item in enumerate(data):
            try:
                draft = _draft(item, "")
                problem = _precheck(checker, draft)
                if problem:
                    raise problem
            except UserError as exc:
                results[index] = failed(index, item.get("id") if isinstance(item, dict) else None, str(exc))
                continue
            good.append((index, draft))

        turns = asyncio.Semaphore(pool.size)  # a batch holds at most one worker per core at a time

        async def one(index: int, draft: Draft) -> None:
            async with turns:
                try:
                    results[index] = await check_draft(draft)
                except UserError as exc:
                    results[index] = failed(index, draft.id, exc.body["error"])

        await asyncio.gather(*(one(index, draft) for index, draft in good))
        errors = sum(1 for r in results if isinstance(r, dict))
        items = [r if isinstance(r, bytes) else JSON(r).body for r in results]  # reports come as JSON already
        return Response(b'{"results":[' + b",".join(items) + b'],"reports":%d,"errors":%d}'
                        % (len(results) - errors, errors), media_type="application/json")

    # --- LanguageTool ---------------------------------------------------------------

    @app.get("/v2/languages", summary="LanguageTool-compatible: the languages")
    def lt_languages() -> list[dict[str, str]]:
        return lt.languages(checker.languages)

    lt_form = {"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
        "type": "object", "required": ["language"],
        "properties": {
            "text": {"type": "string", "description": "the text to check"},
            "data": {"type": "string", "description": "instead of text: {\"annotation\": [{\"text\"}|{\"markup\"}]}"},
            "language": {"type": "string", "description": "auto, en-US, en-GB, tr-TR, …"},
            "enabledRules": {"type": "string"}, "disabledRules": {"type": "string"},
            "enabledCategories": {"type": "string"}, "disabledCategories": {"type": "string"},
            "enabledOnly": {"type": "boolean"},
        }}}}}}

    @app.get("/v2/check", summary="LanguageTool-compatible check (query parameters)", operation_id="lt_check_get")
    @app.post("/v2/check", summary="LanguageTool-compatible check", operation_id="lt_check_post",
              openapi_extra=lt_form)
    async def lt_check(request: Request) -> Response:
        """LanguageTool's `/v2/check`: form fields `text` (or `data`) and `language`; offsets in UTF-16 units."""
        fields: dict[str, str] = dict(request.query_params)
        if request.method == "POST":
            try:
                form = await request.form()
            except Exception as exc:  # malformed multipart or urlencoded body  # noqa: BLE001
                raise lt.LanguageToolError(f"could not read the form fields ({exc})") from None
            fields.update({k: v for k, v in form.items() if isinstance(v, str)})
        lang = lt.resolve_language(fields.get("language"), checker.languages)
        if fields.get("text") is not None:
            original = checkable = fields["text"]
            fmt = None
        elif fields.get("data") is not None:
            original, checkable = lt.text_from_data(fields["data"])
            fmt = "text"
        else:
            raise lt.LanguageToolError("Missing 'text' or 'data' parameter")
        if len(checkable) > checker.max_chars:
            raise lt.LanguageToolError(
                f"Your text exceeds the limit of {checker.max_chars:,} characters (it has {len(checkable):,})", 413)
        bad = _SURROGATE.search(original)
        if bad:
            raise lt.LanguageToolError(f"the text holds a lone surrogate (\\u{ord(bad.group()):04x}) at character "
                                       f"{bad.start()}; send valid Unicode")
        options = {k: lt.parse_list(fields.get(k)) for k in
                   ("enabledRules", "disabledRules", "enabledCategories", "disabledCategories")}
        enabled_only = fields.get("enabledOnly", "false").lower() == "true"
        if enabled_only and not (options["enabledRules"] or options["enabledCategories"]):
            raise lt.LanguageToolError("enabledOnly=true needs enabledRules or enabledCategories")
        report = None
        if checkable.strip():
            try:
                report = await pool.check(Draft(text=checkable, lang=lang, format=fmt), time_limit)
            except InputError:
                report = None  # nothing of the author's own to check (only markup, quotes or placeholders)
            except PoolError as exc:
                raise lt.LanguageToolError(str(exc), 503) from None
            except CheckFailed as exc:
                raise lt.LanguageToolError(f"replycheck failed on this text ({exc}); this is a bug", 500) from None
        asked = fields.get("language")
        return JSON(lt.response(report, original, asked, __version__, describe, options, enabled_only))

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes)
            defs = Draft.model_json_schema(ref_template="#/components/schemas/{model}")
            nested = defs.pop("$defs", {})
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["Draft"] = defs
            for name, value in nested.items():
                components.setdefault(name, value)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_page(app.openapi()))

    return app
