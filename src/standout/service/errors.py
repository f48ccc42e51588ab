"""One error envelope for every error the service returns (STYLE 5).

``error_response`` is the single place where a StandoutError becomes an HTTP response,
using the error's own ``http_status``. Framework errors (validation, unknown routes,
wrong methods) are first turned into the matching StandoutError, so they look the same::

    {"error": {"code": "E320", "message": "...", "hint": "...", "request_id": "..."}}

Browsers asking for a page get the same fields as a small HTML page.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from fastapi.exceptions import RequestValidationError
from pydantic_core import from_json
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import Scope

from standout.errors import (
    AuthenticationRequiredError,
    CsrfError,
    InternalServiceError,
    InvalidRequestError,
    MethodNotAllowedError,
    RateLimitedError,
    ResourceNotFoundError,
    StandoutError,
    UnsupportedMediaTypeError,
    UploadTooLargeError,
)
from standout.service.logging import request_id_var

if TYPE_CHECKING:
    from fastapi import FastAPI

API_DOCS_HINT = "See the API reference at /docs."


def envelope(error: StandoutError, request_id: str) -> dict[str, Any]:
    return {
        "error": {
            "code": error.code,
            "message": error.message,
            "hint": error.hint,
            "request_id": request_id,
        }
    }


def _is_api(scope: Scope) -> bool:
    return str(scope.get("path", "")).startswith("/api/")


def _wants_html(scope: Scope) -> bool:
    if _is_api(scope):
        return False
    for name, value in scope.get("headers", ()):
        if name == b"accept":
            return b"text/html" in value
    return False


def error_response(error: StandoutError, scope: Scope) -> Response:
    """The response for ``error``: its status, the envelope, and its extra headers."""
    request_id = request_id_var.get()
    headers: dict[str, str] = {}
    if isinstance(error, RateLimitedError):
        headers["Retry-After"] = str(error.retry_after)
    if isinstance(error, AuthenticationRequiredError) and not _is_api(scope):
        return RedirectResponse("/sign-in", status_code=303)  # a page: go and sign in
    if error.http_status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="standout"'  # RFC 9110: how to sign in
    if isinstance(error, MethodNotAllowedError) and error.allow:
        headers["Allow"] = error.allow  # RFC 9110: a 405 says what the address accepts
    if _wants_html(scope):
        from standout.service.pages.render import render_error_page

        body = render_error_page(envelope(error, request_id)["error"], error.http_status)
        return HTMLResponse(body, status_code=error.http_status, headers=headers)
    return Response(
        json.dumps(envelope(error, request_id), ensure_ascii=False),
        status_code=error.http_status,
        media_type="application/json",
        headers=headers,
    )


def _json_problem(exc: RequestValidationError, item: Any) -> str:
    """What is wrong with a body that is not JSON, and where (line and column).

    FastAPI reports the decoder's character offset ("16: JSON decode error"); the upload
    routes report pydantic's own message. Parsing the body again with pydantic gives every
    route the same words for the same mistake (#7).
    """
    reason = str(item.get("ctx", {}).get("error", "")) or str(item.get("msg", ""))
    if isinstance(exc.body, str | bytes):
        try:
            from_json(exc.body)
        except ValueError as error:
            reason = str(error)
    reason = reason.removeprefix("Invalid JSON: ")
    return f"the body is not valid JSON ({reason})"


def _describe_validation(exc: RequestValidationError) -> str:
    problems = []
    for item in exc.errors()[:3]:
        if item.get("type") == "json_invalid":
            problems.append(_json_problem(exc, item))
            continue
        where = ".".join(str(part) for part in item.get("loc", ()) if part != "body")
        problems.append(f"{where or 'body'}: {item.get('msg', 'invalid')}")
    return "; ".join(problems) or "invalid input"


def as_standout_error(exc: Exception) -> StandoutError:
    """The StandoutError that stands for a framework exception."""
    if isinstance(exc, StandoutError):
        return exc
    if isinstance(exc, RequestValidationError):
        return InvalidRequestError(
            f"The request is not valid: {_describe_validation(exc)}.", hint=API_DOCS_HINT
        )
    if isinstance(exc, StarletteHTTPException):
        by_status: dict[int, StandoutError] = {
            401: AuthenticationRequiredError("Sign in first.", hint=API_DOCS_HINT),
            403: CsrfError("The request was refused.", hint="Reload the page and try again."),
            404: ResourceNotFoundError("There is nothing at this address.", hint=API_DOCS_HINT),
            405: MethodNotAllowedError(
                "This address does not accept that method.",
                hint=API_DOCS_HINT,
                allow=(exc.headers or {}).get("Allow", ""),
            ),
            413: UploadTooLargeError("The request is too large.", hint="Send a smaller file."),
            415: UnsupportedMediaTypeError(
                "That content type is not accepted here.", hint=API_DOCS_HINT
            ),
        }
        if exc.status_code in by_status:
            return by_status[exc.status_code]
        if 400 <= exc.status_code < 500:
            return InvalidRequestError(
                f"The request was refused: {str(exc.detail).rstrip('.')}.", hint=API_DOCS_HINT
            )
    return InternalServiceError(
        "Something went wrong on our side.",
        hint="Try again; if it keeps happening, report it with the request ID.",
    )


async def _handle(request: Request, exc: Exception) -> Response:
    return error_response(as_standout_error(exc), request.scope)


def install_error_handlers(app: FastAPI) -> None:
    for exception_type in (StandoutError, RequestValidationError, StarletteHTTPException):
        app.add_exception_handler(exception_type, _handle)
