"""Prep pack routes: make one for an analysis (and a posting); list, get, delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from standout.service.deps import AccountDep, PageDep, SessionDep
from standout.service.from_analysis import create_from_analysis, created_responses
from standout.service.prep import service
from standout.service.prep.models import PrepPackRecord
from standout.service.prep.schemas import PrepCreate, PrepOut, PrepSummary
from standout.service.schemas import (
    PageOut,
    error_responses,
    json_response,
    page_out,
    with_raw_member,
)

router = APIRouter(
    prefix="/prep-packs", tags=["prep packs"], responses=error_responses(401, 422, 429)
)


def pack_json(record: PrepPackRecord) -> bytes:
    return with_raw_member(PrepSummary.model_validate(record), "pack", record.pack_json)


@router.post(
    "",
    status_code=201,
    summary="Make an interview-preparation pack for an analysis",
    responses=created_responses(PrepOut, "pack"),
)
async def create_pack(body: PrepCreate, account: AccountDep, session: SessionDep) -> Response:
    return await create_from_analysis(
        service.create_pack,
        body,
        account=account,
        session=session,
        to_json=pack_json,
        listing="prep-packs",
    )


@router.get("", response_model=PageOut[PrepSummary], summary="Your prep packs, newest first")
def list_packs(
    account: AccountDep,
    session: SessionDep,
    page: PageDep,
    analysis_id: Annotated[str | None, Query(max_length=64)] = None,
) -> PageOut[PrepSummary]:
    items, total = service.list_packs(
        session=session, account=account, limit=page.limit, offset=page.offset,
        analysis_id=analysis_id,
    )  # fmt: skip
    return page_out(PrepSummary, items, total, limit=page.limit, offset=page.offset)


@router.get(
    "/{pack_id}",
    summary="One prep pack",
    responses={200: {"model": PrepOut, "description": "The pack."}, **error_responses(404)},
)
def get_pack(pack_id: str, account: AccountDep, session: SessionDep) -> Response:
    record = service.get_pack(session=session, account=account, pack_id=pack_id)
    return json_response(pack_json(record))


@router.delete(
    "/{pack_id}", status_code=204, summary="Delete a prep pack", responses=error_responses(404)
)
def delete_pack(pack_id: str, account: AccountDep, session: SessionDep) -> Response:
    service.delete_pack(session=session, account=account, pack_id=pack_id)
    return Response(status_code=204)
