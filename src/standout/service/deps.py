"""Dependencies the routes declare: the context, a database session, the signed-in account.

API routes are protected by default: every router under /api/v1 depends on
``current_account`` except the ones ``app.py`` lists as public.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from standout.errors import AuthenticationRequiredError
from standout.service.context import ServiceContext
from standout.service.users.models import Account
from standout.service.users.service import authenticate_key

MAX_PAGE_SIZE = 100


def get_context(request: Request) -> ServiceContext:
    context: ServiceContext = request.app.state.context
    return context


ContextDep = Annotated[ServiceContext, Depends(get_context)]


def db_session(context: ContextDep) -> Iterator[Session]:
    with context.database.session() as session:
        yield session


# "function" scope: the transaction commits before the response is sent, so a client that
# gets 201 can read what it created.
SessionDep = Annotated[Session, Depends(db_session, scope="function")]


def api_key_from(request: Request) -> str | None:
    authorization = request.headers.get("authorization", "")
    scheme, _, credentials = authorization.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return credentials.strip()
    return request.headers.get("x-api-key") or None


def current_account(request: Request, context: ContextDep, session: SessionDep) -> Account:
    """The account whose API key signs the request; counts the request against its limit."""
    secret = api_key_from(request)
    if secret is None:
        raise AuthenticationRequiredError(
            "This endpoint needs an API key.",
            hint="Send it as 'Authorization: Bearer <key>'; make one with "
            "`standout users create EMAIL`.",
        )
    account, key = authenticate_key(session=session, secret=secret)
    request.state.account_id = account.id
    context.limiter.hit(f"key:{key.id}")
    return account


AccountDep = Annotated[Account, Depends(current_account)]


class Page:
    """Pagination parameters shared by every list."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page.")] = 20,
        offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PageDep = Annotated[Page, Depends()]
