"""Dependencies the routes declare: the context, a database session, the signed-in account.

API routes are protected by default: every router under /api/v1 depends on
``current_account`` except the ones ``app.py`` lists as public.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from standout.errors import AuthenticationRequiredError, UnsupportedMediaTypeError
from standout.service.context import ServiceContext
from standout.service.threads import end_in_thread, in_thread
from standout.service.users.key_cache import KeyGrant
from standout.service.users.models import Account, ApiKey
from standout.service.users.service import authenticate_key, digest

MAX_PAGE_SIZE = 100

# The dependencies are coroutines that do no blocking work themselves: FastAPI runs a plain
# function dependency in a worker thread, and each such hop costs more CPU than a cached
# analysis. Database work goes to a thread only when there is some.


async def get_context(request: Request) -> ServiceContext:
    context: ServiceContext = request.app.state.context
    return context


ContextDep = Annotated[ServiceContext, Depends(get_context)]


async def db_session(context: ContextDep) -> AsyncIterator[Session]:
    """The request's session. Making it costs no I/O; its transaction, if the request
    began one, is committed (or rolled back on error) in a worker thread."""
    session = context.database.new_session()
    try:
        yield session
        if session.in_transaction():
            await end_in_thread(session.commit)
    except BaseException:
        if session.in_transaction():
            await end_in_thread(session.rollback)
        raise
    finally:
        session.close()  # nothing left to release: the transaction is over


# "function" scope: the transaction commits before the response is sent, so a client that
# gets 201 can read what it created.
SessionDep = Annotated[Session, Depends(db_session, scope="function")]


def api_key_from(request: Request) -> str | None:
    authorization = request.headers.get("authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return request.headers.get("x-api-key") or None


async def current_account(request: Request, context: ContextDep) -> Account:
    """The account whose API key signs the request; counts the request against its limit.

    Keys seen in the last few seconds are answered from the key cache, without a query.
    Either way the account is detached, in no session: the request's own session (when
    its route has one) is not opened just to authenticate.
    """
    secret = api_key_from(request)
    if secret is None:
        raise AuthenticationRequiredError(
            "This endpoint needs an API key.",
            hint="Send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'. A key comes "
            "with your account (POST /api/v1/accounts where sign-up is open, else from the "
            "server's administrator).",
        )
    grant = context.keys.get(digest(secret))
    if grant is None:
        account, key = await in_thread(_authenticate, context, secret)
        context.keys.put(KeyGrant.of(account, key))
        key_id = key.id
    else:
        account, key_id = grant.account(), grant.key_id
    request.state.account_id = account.id
    await count_request(context, f"key:{key_id}")
    return account


def _authenticate(context: ServiceContext, secret: str) -> tuple[Account, ApiKey]:
    # A session of its own, over when this returns: the request must not hold a pooled
    # connection while it waits for a worker thread (threads waiting for connections
    # would wait for it in turn).
    with context.database.session() as session:
        return authenticate_key(session=session, secret=secret)


async def count_request(context: ServiceContext, subject: str) -> None:
    """Count a request against ``subject``'s rate limit (in a thread when that is I/O)."""
    if context.limiter.blocking:
        await in_thread(context.limiter.hit, subject)
    else:
        context.limiter.hit(subject)


AccountDep = Annotated[Account, Depends(current_account)]


async def json_content_type(request: Request) -> None:
    """Refuse a body the route would read as JSON unless it is declared as JSON (415).

    FastAPI reads any other content type as raw bytes and reports "Input should be a
    valid dictionary": the routes that read their own body (uploads) answer 415 for it, so
    every route that takes a JSON body does the same, from this one check (#7).
    """
    route = request.scope.get("route")
    if getattr(route, "body_field", None) is None:
        return
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise UnsupportedMediaTypeError(
            f"Content type '{kind or 'none'}' is not accepted here.",
            hint="Send the body as JSON with 'Content-Type: application/json'.",
        )


@dataclass(frozen=True, slots=True)
class Page:
    """Pagination parameters shared by every list."""

    limit: int
    offset: int


async def page_parameters(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")] = 0,
) -> Page:
    return Page(limit, offset)


PageDep = Annotated[Page, Depends(page_parameters)]
