"""Account and API key routes: thin wrappers over ``users.service``."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from standout.errors import SignUpClosedError
from standout.service.deps import AccountDep, ContextDep, PageDep, SessionDep
from standout.service.schemas import PageOut, error_responses, page_out
from standout.service.users import service
from standout.service.users.schemas import (
    AccountOut,
    AccountUpdate,
    ApiKeyOut,
    KeyCreate,
    NewApiKeyOut,
    SignUp,
    SignUpOut,
)

public_router = APIRouter(tags=["accounts"])
router = APIRouter(tags=["accounts"], responses=error_responses(401, 422, 429))


def _new_key_out(issued: service.IssuedKey) -> NewApiKeyOut:
    return NewApiKeyOut(
        **ApiKeyOut.model_validate(issued.record).model_dump(), secret=issued.secret
    )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def shows_secret(response: Response, location: str) -> None:
    """Headers of a 201 that carries a new key: where the new resource is, and that no
    cache (a browser's, a proxy's) may keep the secret."""
    response.headers["Location"] = location
    response.headers["Cache-Control"] = "no-store"


@public_router.post(
    "/accounts",
    status_code=201,
    response_model=SignUpOut,
    responses=error_responses(403, 409, 422, 429),
    summary="Create an account (when open sign-up is on)",
)
def sign_up(
    body: SignUp, request: Request, response: Response, context: ContextDep, session: SessionDep
) -> SignUpOut:
    if not context.settings.open_signup:
        raise SignUpClosedError(
            "Sign-up is closed on this server.",
            hint="Ask its administrator for an account (`standout users create EMAIL`).",
        )
    context.limiter.hit(f"ip:{client_address(request)}")
    account, issued = service.create_account(session=session, email=body.email)
    shows_secret(response, "/api/v1/account")  # the new key signs in as the new account
    return SignUpOut(account=AccountOut.model_validate(account), api_key=_new_key_out(issued))


@router.get("/account", response_model=AccountOut, summary="Your account")
async def get_account(account: AccountDep) -> AccountOut:  # no I/O: no worker thread
    return AccountOut.model_validate(account)


@router.patch("/account", response_model=AccountOut, summary="Change your privacy setting")
def update_account(
    body: AccountUpdate, account: AccountDep, session: SessionDep, context: ContextDep
) -> AccountOut:
    service.set_keep_resume_text(session=session, account=account, keep=body.keep_resume_text)
    session.commit()  # before the key cache forgets, so that no worker reloads the old value
    context.keys.forget_account(account.id)
    return AccountOut.model_validate(account)


@router.get("/account/keys", response_model=PageOut[ApiKeyOut], summary="Your API keys")
def list_keys(account: AccountDep, session: SessionDep, page: PageDep) -> PageOut[ApiKeyOut]:
    keys = service.list_keys(session=session, account=account)
    rows = keys[page.offset : page.offset + page.limit]
    return page_out(ApiKeyOut, rows, len(keys), limit=page.limit, offset=page.offset)


@router.post(
    "/account/keys",
    status_code=201,
    response_model=NewApiKeyOut,
    summary="Make a new API key (its secret is shown once)",
)
def create_key(
    body: KeyCreate, response: Response, account: AccountDep, session: SessionDep
) -> NewApiKeyOut:
    issued = service.issue_key(session=session, account=account, name=body.name)
    # The key's own address (DELETE there revokes it; GET /account/keys lists it).
    shows_secret(response, f"/api/v1/account/keys/{issued.record.id}")
    return _new_key_out(issued)


@router.delete(
    "/account/keys/{key_id}",
    status_code=204,
    responses=error_responses(404),
    summary="Revoke an API key",
)
def revoke_key(
    key_id: str, account: AccountDep, session: SessionDep, context: ContextDep
) -> Response:
    revoked = service.revoke_key(session=session, key_id=key_id, account=account)
    session.commit()  # before the key cache forgets, so that no worker reloads the key
    context.keys.forget_key(revoked.key_hash)
    return Response(status_code=204)
