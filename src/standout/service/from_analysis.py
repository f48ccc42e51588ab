"""What the match and prep pack routes share: both make a resource from an analysis of
the caller's (and a posting of theirs), store it, and serve it with its stored JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from fastapi import Response
from sqlalchemy.orm import Session

from standout.service.db import OwnedRecord
from standout.service.schemas import Out, error_responses, json_response
from standout.service.threads import in_thread
from standout.service.users.models import Account

RecordT = TypeVar("RecordT", bound=OwnedRecord)


class FromAnalysis(Protocol):
    """A request body naming the analysis (and the posting) to make something from."""

    @property
    def analysis_id(self) -> str: ...

    @property
    def posting_id(self) -> str | None: ...


def created_responses(model: type[Out], noun: str) -> dict[int | str, dict[str, object]]:
    """The OpenAPI answers of a route that makes a resource from an analysis."""
    return {201: {"model": model, "description": f"The {noun}."}, **error_responses(404, 409)}


async def create_from_analysis(
    create: Callable[..., RecordT],
    body: FromAnalysis,
    *,
    account: Account,
    session: Session,
    to_json: Callable[[RecordT], bytes],
    listing: str,
) -> Response:
    """``create`` the resource in a worker thread (it analyses, matches or prepares, and
    writes); answer 201 with it and its address under ``/api/v1/{listing}``."""
    record = await in_thread(
        create,
        session=session,
        account=account,
        analysis_id=body.analysis_id,
        posting_id=body.posting_id,
    )
    return json_response(to_json(record), status=201, location=f"/api/v1/{listing}/{record.id}")
