"""Pages for signing in and out, signing up, and the account settings."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from standout.errors import SignUpClosedError, StandoutError
from standout.service.deps import ContextDep, SessionDep
from standout.service.pages.common import (
    error_values,
    page,
    read_form,
    redirect,
    text_field,
    to_sign_in,
)
from standout.service.pages.security import (
    SESSION_COOKIE,
    MaybeAccountDep,
    PageAccountDep,
    clear_session_cookie,
    limit_account,
    set_session_cookie,
)
from standout.service.threads import in_thread
from standout.service.uploads import PostedForm
from standout.service.users import service
from standout.service.users.models import Account

router = APIRouter(include_in_schema=False)


def _signed_in(response: Response, token: str, context: ContextDep) -> Response:
    set_session_cookie(response, token, context)
    return response


@router.get("/sign-in")
def sign_in_form(request: Request, context: ContextDep, account: MaybeAccountDep) -> Response:
    if account is not None:
        return redirect("/")
    return page(request, context, "sign_in.html", account=None, title="Sign in")


# The forms' routes read the form on the event loop, then do the rest (rate limit,
# database, rendering) in a worker thread: none of it may block the loop.


@router.post("/sign-in")
async def sign_in(request: Request, context: ContextDep, session: SessionDep) -> Response:
    form = await read_form(request, context)
    return await in_thread(_sign_in, request, context, session, form)


def _sign_in(
    request: Request, context: ContextDep, session: SessionDep, form: PostedForm
) -> Response:
    client = request.client.host if request.client else "unknown"
    try:
        context.limiter.hit(f"ip:{client}")
        account, key = service.authenticate_key(session=session, secret=text_field(form, "api_key"))
    except StandoutError as error:
        values = error_values(error)
        return page(
            request, context, "sign_in.html", account=None, title="Sign in",
            status=error.http_status, **values,
        )  # fmt: skip
    token = service.start_web_session(
        session=session, account=account, key=key, days=context.settings.session_days
    )
    return _signed_in(redirect("/"), token, context)


@router.get("/sign-up")
def sign_up_form(request: Request, context: ContextDep) -> Response:
    if not context.settings.open_signup:
        return to_sign_in()
    return page(request, context, "sign_up.html", account=None, title="Create an account")


@router.post("/sign-up")
async def sign_up(request: Request, context: ContextDep, session: SessionDep) -> Response:
    form = await read_form(request, context)
    return await in_thread(_sign_up, request, context, session, form)


def _sign_up(
    request: Request, context: ContextDep, session: SessionDep, form: PostedForm
) -> Response:
    try:
        if not context.settings.open_signup:
            raise SignUpClosedError(
                "Sign-up is closed on this server.", hint="Ask its administrator for an account."
            )
        client = request.client.host if request.client else "unknown"
        context.limiter.hit(f"ip:{client}")
        account, issued = service.create_account(session=session, email=text_field(form, "email"))
    except StandoutError as error:
        return page(
            request, context, "sign_up.html", account=None, title="Create an account",
            status=error.http_status, **error_values(error),
        )  # fmt: skip
    token = service.start_web_session(
        session=session, account=account, key=issued.record, days=context.settings.session_days
    )
    response = page(
        request, context, "new_key.html", account=account, title="Your API key",
        heading="Your account is ready", secret=issued.secret, next_url="/",
    )  # fmt: skip
    return _signed_in(response, token, context)


@router.post("/sign-out")
async def sign_out(request: Request, context: ContextDep, session: SessionDep) -> Response:
    await read_form(request, context)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        await in_thread(service.end_web_session, session=session, token=token)
    response = to_sign_in()
    clear_session_cookie(response)
    return response


# Shown beside the key this browser signed in with (``signed_in_key_id``), and after it
# is revoked here, on the sign-in page.
REVOKE_SIGNS_OUT = "You signed in with this key: revoking it signs you out of this browser."
SIGNED_OUT_BY_REVOKING = (
    "You revoked the key you signed in with, so this browser is signed out. "
    "Sign in with another key of yours."
)


def _account_page(
    request: Request, context: ContextDep, session: SessionDep, account: Account, notice: str = ""
) -> Response:
    keys = service.list_keys(session=session, account=account)
    signed_in_key_id = service.session_key_id(
        session=session, token=request.cookies.get(SESSION_COOKIE, "")
    )
    return page(
        request, context, "account.html", account=account, title="Your account",
        keys=keys, notice=notice, signed_in_key_id=signed_in_key_id,
        revoke_warning=REVOKE_SIGNS_OUT,
    )  # fmt: skip


@router.get("/account")
def account_page(
    request: Request, context: ContextDep, session: SessionDep, account: PageAccountDep
) -> Response:
    return _account_page(request, context, session, account)


@router.post("/account/privacy")
async def update_privacy(
    request: Request, context: ContextDep, session: SessionDep, account: PageAccountDep
) -> Response:
    form = await read_form(request, context)
    keep = form.fields.get("keep_resume_text") == "yes"

    def update() -> Response:
        service.set_keep_resume_text(session=session, account=account, keep=keep)
        session.commit()
        context.keys.forget_account(account.id)
        notice = "Uploaded resumes will be kept." if keep else "From now on only reports are kept."
        return _account_page(request, context, session, account, notice)

    return await in_thread(update)


@router.post("/account/keys")
async def create_key(
    request: Request, context: ContextDep, session: SessionDep, account: PageAccountDep
) -> Response:
    form = await read_form(request, context)

    def issue() -> Response:
        limit_account(context, account)
        name = text_field(form, "name")
        issued = service.issue_key(session=session, account=account, name=name)
        return page(
            request, context, "new_key.html", account=account, title="Your new API key",
            heading="New API key", secret=issued.secret, next_url="/account",
        )  # fmt: skip

    return await in_thread(issue)


@router.post("/account/keys/{key_id}/revoke")
async def revoke_key(
    key_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    await read_form(request, context)

    def revoke() -> Response:
        revoked = service.revoke_key(session=session, key_id=key_id, account=account)
        session.commit()
        context.keys.forget_key(revoked.key_hash)
        token = request.cookies.get(SESSION_COOKIE, "")
        if service.account_for_session(session=session, token=token) is None:
            # The key this browser signed in with: its session has ended with it.
            response = page(
                request, context, "sign_in.html", account=None, title="Sign in",
                notice=SIGNED_OUT_BY_REVOKING,
            )  # fmt: skip
            clear_session_cookie(response)
            return response
        return _account_page(request, context, session, account, "The key is revoked.")

    return await in_thread(revoke)
