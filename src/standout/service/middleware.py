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

from standout.errors import UploadTooLargeError
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


def _body_too_large(limit: int) -> UploadTooLargeError:
    return UploadTooLargeError(
        f"The request body is larger than this server accepts ({limit / 1_048_576:.1f} MB).",
        hint="Send a smaller file (a resume rarely needs more than a few hundred KB).",
    )


class _CountedBody:
    """``receive`` that stops a body (chunked, with no length) once it passes ``limit``.

    The framework turns an error raised while it reads a body into its own 400, so the
    middleware asks ``exceeded`` afterwards and answers 413 itself.
    """

    def __init__(self, receive: Receive, limit: int) -> None:
        self._receive = receive
        self.limit = limit
        self._received = 0
        self.exceeded = False

    async def __call__(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.request":
            self._received += len(message.get("body", b""))
            if self._received > self.limit:
                self.exceeded = True
                raise _body_too_large(self.limit)
        return message


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
    def __init__(
        self, app: ASGIApp, *, metrics: Metrics | None, max_body_bytes: int | None = None
    ) -> None:
        self.app = app
        self.metrics = metrics
        # No route reads more than this (a web form with a resume and a posting file): a
        # larger body is refused before it is read, whatever the route and before the key
        # is checked, so that nobody can fill a worker's memory with one request.
        self.max_body_bytes = max_body_bytes

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

        body: _CountedBody | None = None
        refused = False  # the app's answer to a body cut short, replaced by a 413

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

        async def send_from_app(message: Message) -> None:
            nonlocal refused
            if body is None or not body.exceeded:
                await send_with_headers(message)
            elif not refused:
                refused = True
                too_large = error_response(_body_too_large(body.limit), scope)
                await too_large(scope, receive, send_with_headers)

        try:
            limit = self.max_body_bytes
            declared = _header(scope, b"content-length") if limit is not None else None
            if limit is None:
                await self.app(scope, receive, send_from_app)
            elif declared is not None and declared.isdigit() and int(declared) > limit:
                too_large = error_response(_body_too_large(limit), scope)
                await too_large(scope, receive, send_with_headers)
            else:
                body = _CountedBody(receive, limit)
                await self.app(scope, body, send_from_app)
        except Exception as exc:
            if body is not None and body.exceeded and not response_started:
                error = as_standout_error(_body_too_large(body.limit))
            else:
                # The one place an unexpected error is logged with its traceback.
                error_logger.exception("unhandled error", extra={"path": scope.get("path")})
                if response_started:
                    raise
                error = as_standout_error(exc)
            response = error_response(error, scope)
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
