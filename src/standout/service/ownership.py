"""Every resource belongs to one account: the two queries every domain uses to keep it so.

A resource of another account is reported exactly like one that does not exist, so that
nobody can learn which ids exist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from standout.errors import ResourceNotFoundError
from standout.service.db import OwnedRecord
from standout.service.users.models import Account

OwnedT = TypeVar("OwnedT", bound=OwnedRecord)

_RESOURCE_ID = re.compile(r"[0-9a-f]{32}")


def is_resource_id(value: str) -> bool:
    """Ids are 32 hex digits; anything else can't name a resource (and never reaches SQL)."""
    return _RESOURCE_ID.fullmatch(value) is not None


def not_found(noun: str, resource_id: str, listing: str) -> ResourceNotFoundError:
    # Only an id of the right shape is repeated: whatever else was in the address (a
    # message meant to fool the reader, 3,000 characters) is not echoed back.
    named = f"{noun} {resource_id}" if is_resource_id(resource_id) else f"{noun} with that id"
    return ResourceNotFoundError(
        f"There is no {named} in your account.",
        hint=f"List yours with GET /api/v1/{listing}.",
    )


def get_owned(
    session: Session,
    model: type[OwnedT],
    resource_id: str,
    account: Account,
    *,
    noun: str,
    listing: str,
    options: Sequence[ORMOption] = (),
) -> OwnedT:
    """The account's ``model`` row; ``options`` (such as ``undefer``) load more of it in
    the same statement, so that nothing is read later from a row deleted meanwhile."""
    found = (
        session.get(model, resource_id, options=options) if is_resource_id(resource_id) else None
    )
    if found is None or found.account_id != account.id:
        raise not_found(noun, resource_id, listing)
    return found


def delete_owned(
    session: Session,
    model: type[OwnedRecord],
    resource_id: str,
    account: Account,
    *,
    noun: str,
    listing: str,
) -> None:
    """Delete the account's ``model`` row (its children go by ON DELETE CASCADE).

    One statement that reports whether it deleted a row: of requests deleting the same
    row at once, one is told it did and the others that there was nothing to delete.
    """
    deleted = 0
    if is_resource_id(resource_id):
        result = session.execute(
            delete(model)
            .where(model.id == resource_id, model.account_id == account.id)
            .execution_options(synchronize_session=False)
        )
        deleted = int(getattr(result, "rowcount", 0) or 0)
    if deleted == 0:
        raise not_found(noun, resource_id, listing)


@dataclass(frozen=True, slots=True)
class Source:
    """A row a new resource is made from (an analysis, a posting), and how to name it."""

    model: type[OwnedRecord]
    id: str
    noun: str
    listing: str


def add_made_from(session: Session, record: OwnedT, sources: Sequence[Source]) -> OwnedT:
    """Insert ``record``, made from ``sources`` read earlier in the request.

    Making it takes a while; a source deleted meanwhile makes its foreign key refuse the
    insert. That is reported as the source not being there (404), like any other.
    """
    session.add(record)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        for source in sources:
            if session.scalar(select(source.model.id).where(source.model.id == source.id)) is None:
                raise not_found(source.noun, source.id, source.listing) from None
        raise
    return record


def page_of_owned(
    session: Session,
    model: type[OwnedT],
    account: Account,
    *,
    limit: int,
    offset: int,
    where: tuple[Any, ...] = (),
) -> tuple[list[OwnedT], int]:
    """A page of the account's ``model`` rows, newest first, and how many there are."""
    mine = (model.account_id == account.id, *where)
    total = session.scalar(select(func.count()).select_from(model).where(*mine)) or 0
    query = (
        select(model)
        .where(*mine)
        .order_by(model.created_at.desc(), model.id)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query)), total
