"""The HTTP service: ``replycheck serve`` (FastAPI + uvicorn, the ``[service]`` extra).

``create_app()`` builds the application (the Checker is loaded once, when the
app is made, and forked into the worker processes of :mod:`.pool`); :mod:`.http`
holds the limits, authentication and error shape, :mod:`.docs` the offline
``/docs`` page, :mod:`.languagetool` LanguageTool's ``/v2/check`` shape.
Nothing here is imported by ``replycheck check``.
"""

from __future__ import annotations

MAX_BODY = 1024 * 1024
"""The largest request body accepted, in bytes (1 MiB); larger is a 413."""

MAX_BATCH = 1000
"""The most drafts one ``/v1/batch`` request may hold; more is a 413."""

TIME_LIMIT = 10.0
"""Seconds one draft may take, waiting for a worker included; past it the answer is a 503."""

RECYCLE_AFTER = 1000
"""Drafts a worker process checks before it is replaced by a fresh fork (flat memory); 0: never."""

BODY_TIMEOUT = 10.0
"""Seconds a request body may take to arrive; past it the answer is a 408."""

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080


def create_app(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201 - see app.create_app
    """Build the FastAPI application (see :func:`replycheck.service.app.create_app`)."""
    from .app import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["BODY_TIMEOUT", "DEFAULT_HOST", "DEFAULT_PORT", "MAX_BATCH", "MAX_BODY", "RECYCLE_AFTER", "TIME_LIMIT",
           "create_app"]
