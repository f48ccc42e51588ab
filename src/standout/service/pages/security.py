"""Browser sessions and CSRF protection for the web page.

The session cookie holds a random token (its digest is in the database); it is HTTP-only,
SameSite=Lax, and Secure outside development. Forms are protected by a signed
double-submit token: a random nonce in an HTTP-only cookie, and in each form a fresh
random value with the HMAC of the nonce and that value under the secret key. A forged
form from another site can send the cookie but can't compute the HMAC. Being new in every
rendered form, the token also names one submission of it (``submissions.py``).
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import Depends, Request, Response

from standout.errors import AuthenticationRequiredError, CsrfError
from standout.service.context import ServiceContext
from standout.service.deps import SessionDep
from standout.service.users.models import Account
from standout.service.users.service import account_for_session

SESSION_COOKIE = "standout_session"
CSRF_COOKIE = "standout_csrf"
CSRF_FIELD = "csrf_token"


def csrf_nonce(request: Request) -> str:
    """The browser's CSRF nonce, made on first sight (``remember_csrf`` stores it)."""
    nonce = request.cookies.get(CSRF_COOKIE, "")
    if len(nonce) < 32:
        nonce = getattr(request.state, "new_csrf_nonce", "") or secrets.token_urlsafe(32)
        request.state.new_csrf_nonce = nonce
    return nonce


def csrf_token(request: Request, context: ServiceContext) -> str:
    """A token for one rendered form: 'value.HMAC(nonce.value)'."""
    value = secrets.token_urlsafe(12)  # URL-safe: never contains the '.' separator
    return f"{value}.{context.sign(f'{csrf_nonce(request)}.{value}')}"


def remember_csrf(request: Request, response: Response, context: ServiceContext) -> None:
    """Set the nonce cookie when this request made a new one."""
    nonce = getattr(request.state, "new_csrf_nonce", "")
    if nonce:
        response.set_cookie(
            CSRF_COOKIE,
            nonce,
            httponly=True,
            samesite="strict",
            secure=not context.settings.development,
            path="/",
        )


def check_csrf(request: Request, context: ServiceContext, submitted: object) -> None:
    nonce = request.cookies.get(CSRF_COOKIE, "")
    value, _, signature = submitted.partition(".") if isinstance(submitted, str) else ("", "", "")
    expected = context.sign(f"{nonce}.{value}") if nonce and value else ""
    if not expected or not hmac.compare_digest(expected, signature):
        raise CsrfError(
            "This form has expired or did not come from this site.",
            hint="Go back, reload the page and send the form again.",
        )


def set_session_cookie(response: Response, token: str, context: ServiceContext) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=context.settings.session_days * 86400,
        httponly=True,
        samesite="lax",
        secure=not context.settings.development,
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def page_account(request: Request, session: SessionDep) -> Account | None:
    """The signed-in account of a browser, or None."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    account = account_for_session(session=session, token=token)
    # End the read: the request must not hold a pooled connection while it waits for a
    # worker thread (threads waiting for connections would wait for it in turn).
    session.commit()
    if account is not None:
        request.state.account_id = account.id
    return account


MaybeAccountDep = Annotated[Account | None, Depends(page_account)]


async def signed_in_account(account: MaybeAccountDep) -> Account:
    """The signed-in account; anyone else is sent to the sign-in page (see errors.py).

    A coroutine: it does no blocking work, and FastAPI would run a plain function in a
    worker thread."""
    if account is None:
        raise AuthenticationRequiredError(
            "Sign in to see this page.", hint="Sign in with your API key."
        )
    return account


PageAccountDep = Annotated[Account, Depends(signed_in_account)]


def limit_account(context: ServiceContext, account: Account) -> None:
    """Count a page action against the account's rate limit, as an API key's would be."""
    context.limiter.hit(f"account:{account.id}")
