"""The FastAPI application: ``/v1/check``, ``/v1/batch``, ``/v1/rules``, ``/health`` and LanguageTool's ``/v2/check``.

The Checker is built once, in :func:`create_app`, and shared by every request
(checks run one at a time under a lock: they are CPU-bound, so that costs no
throughput and keeps the spaCy pipeline to one thread).  User mistakes are
answered with JSON ``{"error": "...", "field"?: "..."}``: 413 for a body or
batch over the limit, 422 for anything else wrong with the input — never a
500.  The ``/v2`` endpoints answer errors the way LanguageTool does: a
plain-text body starting with ``Error:``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import ValidationError

from .. import __version__
from ..checker import Checker
from ..config import Config, load_config
from ..errors import InputError, UnsupportedLanguageError
from ..models import Draft, Report
from . import MAX_BATCH, MAX_BODY
from . import languagetool as lt

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class UserError(Exception):
    """A request the caller got wrong: ``status`` and a JSON ``{"error", "field"?}`` body."""

    def __init__(self, message: str, status: int = 422, field: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body: dict[str, Any] = {"error": message}
        if field:
            self.body["field"] = field
        self.body.update(extra)


def _size(n: int) -> str:
    return f"{n:,} bytes" + (f" ({n / 1048576:g} MiB)" if n >= 1048576 and n % 65536 == 0 else "")


class BodyLimit:
    """ASGI middleware: refuse a request body over ``max_body`` bytes with a 413 (before any parsing).

    The body is read here (so a chunked upload is limited too) and replayed to
    the application.  An oversized body is drained (up to a bound) before the
    413 goes out, so ordinary clients that send first and read after get the
    answer instead of a reset connection.
    """

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_big = declared is not None and declared.isdigit() and int(declared) > self.max_body
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            more = message.get("more_body", False)
            if size > self.max_body:
                too_big = True
            if too_big:
                if size > max(8 * self.max_body, 8 * 1048576):
                    break
                continue
            chunks.append(body)
        if too_big:
            error = f"the request body is larger than the limit of {_size(self.max_body)}"
            if scope.get("path", "").startswith("/v2/"):
                response: Response = PlainTextResponse(f"Error: {error}", status_code=413)
            else:
                response = JSONResponse({"error": error, "limit": self.max_body}, status_code=413)
            response.headers["connection"] = "close"
            await response(scope, receive, send)
            return
        whole = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


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


def _json_body(raw: bytes) -> Any:
    """The request body as JSON, whatever its content type (``curl -d`` sends form-urlencoded)."""
    if not raw.strip():
        raise UserError("the request body is empty; send a JSON object such as {\"text\": \"...\"}", field="body")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UserError(f"the request body is not valid UTF-8 (byte {exc.start})", field="body") from None
    except json.JSONDecodeError as exc:
        raise UserError(f"invalid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", field="body") from None


def _draft(data: Any, prefix: str = "") -> Draft:
    if not isinstance(data, dict):
        raise UserError(f"{prefix}expected a JSON object with a 'text' field, got {type(data).__name__}", field="body")
    if "text" not in data:
        raise UserError(f"{prefix}text: field required (the draft to check)", field="text")
    try:
        return Draft.model_validate(data)
    except ValidationError as exc:
        raise _field_error(exc, prefix) from None


def _wire(report: Report) -> dict[str, Any]:
    return report.model_dump(mode="json")


def create_app(
    checker: Checker | None = None,
    config: Config | None = None,
    max_body: int = MAX_BODY,
    max_batch: int = MAX_BATCH,
) -> FastAPI:
    """The application, with ``checker`` (default: built from ``config``, default: the nearest configuration file).

    ``max_body`` limits a request body in bytes (413 above it); ``max_batch``
    the drafts in one ``/v1/batch`` request (413 above it).
    """
    if checker is None:
        checker = (config or load_config()).checker()
    lock = threading.Lock()
    describe = {item.rule.code: item.rule.name.replace("-", " ") for item in checker.rules()}

    app = FastAPI(
        title="replycheck",
        version=__version__,
        description=(
            "Check a customer-support draft reply (English and Turkish) for jargon, condescension, "
            "negative framing, missing time frames and unkept promises, with rewrites. "
            f"Limits: request body ≤ {_size(max_body)} (413), batch ≤ {max_batch:,} drafts (413), "
            f"draft ≤ {checker.max_chars:,} characters (422)."
        ),
    )
    app.state.checker = checker
    app.add_middleware(BodyLimit, max_body=max_body)

    @app.exception_handler(UserError)
    async def _user_error(request: Request, exc: UserError) -> Response:
        return JSONResponse(exc.body, status_code=exc.status)

    @app.exception_handler(lt.LanguageToolError)
    async def _lt_error(request: Request, exc: lt.LanguageToolError) -> Response:
        return PlainTextResponse(str(exc), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"] if p not in ("body", "query"))
        return JSONResponse({"error": f"{field}: {first['msg']}", "field": field}, status_code=422)

    def run(drafts: list[Draft]) -> list[Report]:
        with lock:
            return checker.check_many(drafts)

    @app.get("/health", summary="Is the service up (and which languages and rules it has)")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "languages": checker.languages,
                "rules": len(checker.rules()), "limits": {"max_body": max_body, "max_batch": max_batch,
                                                          "max_chars": checker.max_chars}}

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

    @app.post(
        "/v1/check",
        summary="Check one draft",
        response_model=Report,
        responses={413: {"description": "request body over the limit"},
                   422: {"description": "invalid JSON, missing or empty text, unknown language, …"}},
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": draft_schema}}}},
    )
    async def check(request: Request) -> Response:
        """The same JSON object as a batch line (`id`, `text`, `lang`, `thread`, `now`, `format`) → its report."""
        draft = _draft(_json_body(await request.body()))
        problem = _precheck(checker, draft)
        if problem:
            raise problem
        try:
            report = await _in_thread(run, [draft])
        except InputError as exc:
            raise UserError(str(exc), field="text") from None
        return JSONResponse(_wire(report[0]))

    @app.post(
        "/v1/batch",
        summary="Check many drafts",
        responses={413: {"description": "request body or batch over the limit"},
                   422: {"description": "the body is not a JSON list of drafts"}},
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
        results: list[dict[str, Any] | None] = [None] * len(data)
        good: list[tuple[int, Draft]] = []
        for index, item in enumerate(data):
            item_id = item.get("id") if isinstance(item, dict) else None
            try:
                draft = _draft(item, f"drafts[{index}]: ")
                problem = _precheck(checker, draft, f"drafts[{index}]: ")
                if problem:
                    raise problem
            except UserError as exc:
                results[index] = {"id": None if item_id is None else str(item_id), "index": index,
                                  "error": str(exc)}
                continue
            good.append((index, draft))

        def run_all() -> dict[int, dict[str, Any]]:
            done: dict[int, dict[str, Any]] = {}
            with lock:
                try:
                    for (i, _), report in zip(good, checker.check_many([d for _, d in good])):
                        done[i] = _wire(report)
                except InputError:  # find the bad one(s) without losing the rest
                    for i, draft in good:
                        try:
                            done[i] = _wire(checker.check_many([draft])[0])
                        except InputError as exc:
                            done[i] = {"id": None if draft.id is None else str(draft.id), "index": i,
                                       "error": f"drafts[{i}]: {exc}"}
            return done

        for i, record in (await _in_thread(run_all)).items():
            results[i] = record
        errors = sum(1 for r in results if r is not None and "error" in r)
        return JSONResponse({"results": results, "reports": len(results) - errors, "errors": errors})

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
        options = {k: lt.parse_list(fields.get(k)) for k in
                   ("enabledRules", "disabledRules", "enabledCategories", "disabledCategories")}
        enabled_only = fields.get("enabledOnly", "false").lower() == "true"
        if enabled_only and not (options["enabledRules"] or options["enabledCategories"]):
            raise lt.LanguageToolError("enabledOnly=true needs enabledRules or enabledCategories")
        report = None
        if checkable.strip():
            try:
                report = (await _in_thread(run, [Draft(text=checkable, lang=lang, format=fmt)]))[0]
            except InputError:
                report = None  # nothing of the author's own to check (only markup, quotes or placeholders)
        asked = fields.get("language")
        return JSONResponse(lt.response(report, original, asked, __version__, describe, options, enabled_only))

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
    return app


async def _in_thread(func: Callable[..., Any], *args: Any) -> Any:
    """Run a CPU-bound check off the event loop (so /health answers while a batch runs)."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)

