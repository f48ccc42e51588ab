"""The one middleware every request passes through.

It gives each request an ID (echoed in ``X-Request-ID`` and in every log line), times it,
records metrics by route template, writes one access log line, adds security headers, and
turns any unexpected exception into the standard 500 envelope instead of a traceback.
Written as plain ASGI: it sits on the hot path of every request.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from standout.service.errors import as_standout_error, error_response
from standout.service.logging import new_request_id, request_id_var
from standout.service.metrics import Metrics
from standout.service.openapi import DOCS_URL

logger = logging.getLogger("standout.service.access")
error_logger = logging.getLogger("standout.service.errors")

_SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)
# Pages are self-contained: inline styles and SVG, no scripts or requests elsewhere.
_PAGE_POLICY = (
    b"content-security-policy",
    b"default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
)
# The API reference runs Swagger UI (with an inline start-up script), but only from files
# this app serves: the browser itself refuses any other host.
_DOCS_POLICY = (
    b"content-security-policy",
    b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; connect-src 'self'; "
    b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def route_template(scope: Scope) -> str:
    """The matched route's full template, e.g. /api/v1/analyses/{analysis_id}.

    The route knows its template below the router prefix; the prefix (which has no
    parameters here) is the same number of leading segments of the real path.
    """
    if "endpoint" not in scope:
        return "<unmatched>"
    path: str = scope.get("path", "")
    template = getattr(scope.get("route"), "path", None)
    if not isinstance(template, str):
        mounted_at = str(scope.get("root_path", ""))[len(str(scope.get("app_root_path", ""))) :]
        if mounted_at:  # a mounted app (the API reference's files): one label, any file
            return mounted_at + "/{path}"
        return path  # framework routes such as /openapi.json, which have no parameters
    prefix_segments = path.count("/") - template.count("/")
    prefix = "/".join(path.split("/")[: prefix_segments + 1]) if prefix_segments > 0 else ""
    return prefix + template


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, *, metrics: Metrics | None) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_request_id(_header(scope, b"x-request-id"))
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 500
        response_started = False
        is_api = scope.get("path", "").startswith("/api/")

        async def send_with_headers(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers: list[Any] = list(message.get("headers", ()))
                headers.append((b"x-request-id", request_id.encode("ascii")))
                headers.extend(_SECURITY_HEADERS)
                if scope.get("path") == DOCS_URL:
                    headers.append(_DOCS_POLICY)
                elif not is_api:
                    headers.append(_PAGE_POLICY)
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # The one place an unexpected error is logged with its traceback.
            error_logger.exception("unhandled error", extra={"path": scope.get("path")})
            if response_started:
                raise
            response = error_response(as_standout_error(exc), scope)
            await response(scope, receive, send_with_headers)
        finally:
            elapsed = time.perf_counter() - started
            route = route_template(scope)
            method = scope.get("method", "")
            if self.metrics is not None:
                self.metrics.observe_request(method, route, status, elapsed)
            logger.info(
                "request",
                extra={
                    "method": method,
                    "route": route,
                    "path": scope.get("path"),
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                    "account_id": scope.get("state", {}).get("account_id"),
                },
            )
            request_id_var.reset(token)
