"""Accounts, API keys and web sessions: the service functions behind routes and the CLI."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from standout.errors import (
    AccountExistsError,
    AccountNotFoundError,
    InvalidCredentialsError,
    InvalidRequestError,
    ResourceNotFoundError,
)
from standout.service.db import utcnow
from standout.service.ownership import is_resource_id
from standout.service.users.models import Account, ApiKey, WebSession

KEY_PREFIX = "so_"


def digest(token: str) -> str:
    """SHA-256 of a random token. Keys carry 256 bits of entropy, so no salt or slow hash
    is needed, and a digest lets the lookup be one indexed query."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class IssuedKey:
    """A new key: ``secret`` is shown to its owner once and never stored."""

    record: ApiKey
    secret: str


def normalise_email(email: str) -> str:
    cleaned = email.strip().lower()
    local, _, domain = cleaned.partition("@")
    if not local or "." not in domain or " " in cleaned or len(cleaned) > 320:
        raise InvalidRequestError(
            f"'{email}' is not an email address.", hint="Give an address such as ada@example.com."
        )
    return cleaned


def create_account(
    *, session: Session, email: str, key_name: str = "first key"
) -> tuple[Account, IssuedKey]:
    """A new account with its first API key."""
    account = Account(email=normalise_email(email), keep_resume_text=True)
    session.add(account)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise AccountExistsError(
            f"An account for {account.email} already exists.",
            hint="Sign in with its API key. If you have lost every key of it, ask this "
            "server's administrator for a new one.",
        ) from None
    return account, issue_key(session=session, account=account, name=key_name)


def get_account_by_email(*, session: Session, email: str) -> Account:
    account = session.scalar(select(Account).where(Account.email == normalise_email(email)))
    if account is None:
        raise AccountNotFoundError(
            f"There is no account for {email}.", hint="List accounts with `standout users list`."
        )
    return account


def list_accounts(*, session: Session) -> list[Account]:
    return list(session.scalars(select(Account).order_by(Account.created_at)))


def set_keep_resume_text(*, session: Session, account: Account, keep: bool) -> Account:
    """Change the privacy setting; ``account`` may be detached (from the key cache)."""
    session.execute(update(Account).where(Account.id == account.id).values(keep_resume_text=keep))
    set_committed_value(account, "keep_resume_text", keep)
    return account


def issue_key(*, session: Session, account: Account, name: str = "") -> IssuedKey:
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    record = ApiKey(
        account_id=account.id, name=name[:100], prefix=secret[:10], key_hash=digest(secret)
    )
    session.add(record)
    session.flush()
    return IssuedKey(record, secret)


def list_keys(*, session: Session, account: Account) -> list[ApiKey]:
    query = select(ApiKey).where(ApiKey.account_id == account.id).order_by(ApiKey.created_at)
    return list(session.scalars(query))


def revoke_key(*, session: Session, key_id: str, account: Account | None = None) -> ApiKey:
    """Revoke a key of ``account`` (any account's when called by the admin CLI), and end
    the web sessions signed in with it.

    Sessions are not cached: every page request looks its session up, so a session ended
    here is refused at once by every worker.
    """
    query = select(ApiKey).where(ApiKey.id == key_id)
    if account is not None:
        query = query.where(ApiKey.account_id == account.id)
    record = session.scalar(query) if is_resource_id(key_id) else None
    if record is None:
        raise ResourceNotFoundError(
            f"There is no API key {key_id if is_resource_id(key_id) else 'with that id'}.",
            hint="List your keys to find the right id.",
        )
    if record.revoked_at is None:
        record.revoked_at = utcnow()
        session.flush()
    session.execute(delete(WebSession).where(WebSession.api_key_id == record.id))
    return record


def authenticate_key(*, session: Session, secret: str) -> tuple[Account, ApiKey]:
    """The account a key belongs to; revoked and unknown keys are refused alike."""
    row = session.execute(
        select(Account, ApiKey)
        .join(ApiKey, ApiKey.account_id == Account.id)
        .where(ApiKey.key_hash == digest(secret), ApiKey.revoked_at.is_(None))
    ).first()
    if row is None:
        raise InvalidCredentialsError(
            "That API key is unknown or has been revoked.",
            hint="Check the key, or ask the server's administrator for a new one.",
        )
    return row[0], row[1]


def start_web_session(
    *, session: Session, account: Account, days: int, key: ApiKey | None = None
) -> str:
    """A new browser session signed in with ``key``; returns the cookie token (only its
    digest is stored). Revoking ``key`` ends the session; the sign-in and sign-up pages
    always give it (a session without one ends only when it expires)."""
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            account_id=account.id,
            api_key_id=key.id if key is not None else None,
            token_hash=digest(token),
            expires_at=utcnow() + timedelta(days=days),
        )
    )
    session.flush()
    return token


def _live_session(token: str) -> tuple[ColumnElement[bool], ...]:
    """The conditions of a session that still counts: unexpired, and its key not revoked
    (revoking deletes the key's sessions; this also refuses one that a sign-in with the
    key started while it was being revoked)."""
    return (
        WebSession.token_hash == digest(token),
        WebSession.expires_at > utcnow(),
        or_(WebSession.api_key_id.is_(None), ApiKey.revoked_at.is_(None)),
    )


def account_for_session(*, session: Session, token: str) -> Account | None:
    return session.scalar(
        select(Account)
        .join(WebSession, WebSession.account_id == Account.id)
        .outerjoin(ApiKey, ApiKey.id == WebSession.api_key_id)
        .where(*_live_session(token))
    )


def session_key_id(*, session: Session, token: str) -> str | None:
    """The id of the key a live web session was signed in with (None when it has none)."""
    return session.scalar(
        select(WebSession.api_key_id)
        .outerjoin(ApiKey, ApiKey.id == WebSession.api_key_id)
        .where(*_live_session(token))
    )


def end_web_session(*, session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == digest(token)))


def purge_expired_sessions(*, session: Session, now: datetime | None = None) -> int:
    result = session.execute(delete(WebSession).where(WebSession.expires_at <= (now or utcnow())))
    return int(getattr(result, "rowcount", 0) or 0)


def delete_account(*, session: Session, account: Account) -> None:
    """Delete an account and everything it owns (keys, sessions, analyses, postings,
    matches, packs: ON DELETE CASCADE), then the reports nobody uses any more."""
    from standout.service.analyses.service import delete_unused_reports

    session.delete(account)
    session.flush()
    delete_unused_reports(session=session)
