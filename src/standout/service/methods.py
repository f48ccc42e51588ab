"""HEAD and OPTIONS for every address, answered from the routes that exist (#7).

FastAPI's routes accept only the methods they declare, so HEAD on a GET route and
OPTIONS anywhere answered 405. HTTP (RFC 9110 §9.3.2, §9.3.7) expects HEAD wherever GET
works, with the same status and headers and no body, and OPTIONS to say which methods
an address accepts. Both are done here once, for pages, the API and the probes alike,
instead of declaring them on each route. Written as plain ASGI, like the middleware
outside it.
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# The methods a route may declare (HEAD and OPTIONS are answered here), and what a
# mounted app (the API reference's files) accepts: it matches any method.
_PROBED = ("GET", "POST", "PUT", "PATCH", "DELETE")
_MOUNT_METHODS = frozenset({"GET"})


def allowed_methods(routes: list[BaseRoute], scope: Scope) -> frozenset[str]:
    """The methods some route accepts at the scope's path (none when no route is there).

    Each method is tried against the routes as the router would: FastAPI nests included
    routers, so asking the routes is simpler and surer than reading their declarations.
    """
    allowed: set[str] = set()
    for method in _PROBED:
        probe = {**scope, "method": method}
        for route in routes:
            match, _ = route.matches(probe)
            if match is Match.FULL:
                if not isinstance(route, Mount) or method in _MOUNT_METHODS:
                    allowed.add(method)
                break
    if not allowed:
        return frozenset()
    if "GET" in allowed:
        allowed.add("HEAD")
    return frozenset(allowed | {"OPTIONS"})


class MethodsMiddleware:
    """HEAD runs the GET route and drops the body; OPTIONS answers 204 with ``Allow``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method") if scope["type"] == "http" else None
        if method == "HEAD":
            await self._head(scope, receive, send)
        elif method == "OPTIONS":
            allowed = allowed_methods(scope["app"].router.routes, scope)
            if not allowed:  # nothing here: the router answers 404 as for any method
                await self.app(scope, receive, send)
                return
            response = Response(status_code=204, headers={"Allow": ", ".join(sorted(allowed))})
            await response(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _head(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        # The scope itself, not a copy: the router records the matched route in it, which
        # the middleware outside reads to label metrics; the log still says HEAD.
        scope["method"] = "GET"
        try:
            await self.app(scope, receive, without_body)
        finally:
            scope["method"] = "HEAD"
