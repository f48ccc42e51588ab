"""Every resource belongs to one account: the two queries every domain uses to keep it so.

A resource of another account is reported exactly like one that does not exist, so that
nobody can learn which ids exist.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from standout.errors import ResourceNotFoundError
from standout.service.db import OwnedRecord
from standout.service.users.models import Account

OwnedT = TypeVar("OwnedT", bound=OwnedRecord)

_RESOURCE_ID = re.compile(r"[0-9a-f]{32}")


def is_resource_id(value: str) -> bool:
    """Ids are 32 hex digits; anything else can't name a resource (and never reaches SQL)."""
    return _RESOURCE_ID.fullmatch(value) is not None


def get_owned(
    session: Session,
    model: type[OwnedT],
    resource_id: str,
    account: Account,
    *,
    noun: str,
    listing: str,
) -> OwnedT:
    record = session.get(model, resource_id) if is_resource_id(resource_id) else None
    if record is None or record.account_id != account.id:
        raise ResourceNotFoundError(
            f"There is no {noun} {resource_id} in your account.",
            hint=f"List yours with GET /api/v1/{listing}.",
        )
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
