"""Match routes: an analysis against a posting; list, get, delete."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from standout.service.deps import AccountDep, PageDep, SessionDep
from standout.service.from_analysis import create_from_analysis, created_responses
from standout.service.matches import service
from standout.service.matches.models import MatchRecord
from standout.service.matches.schemas import MatchCreate, MatchOut, MatchSummary
from standout.service.schemas import (
    PageOut,
    error_responses,
    json_response,
    page_out,
    with_raw_member,
)

router = APIRouter(prefix="/matches", tags=["matches"], responses=error_responses(401, 422, 429))


def match_json(record: MatchRecord) -> bytes:
    return with_raw_member(MatchSummary.model_validate(record), "match", record.match_json)


@router.post(
    "",
    status_code=201,
    summary="Match an analysed resume against a saved posting",
    responses=created_responses(MatchOut, "match"),
)
async def create_match(body: MatchCreate, account: AccountDep, session: SessionDep) -> Response:
    return await create_from_analysis(
        service.create_match,
        body,
        account=account,
        session=session,
        to_json=match_json,
        listing="matches",
    )


@router.get("", response_model=PageOut[MatchSummary], summary="Your matches, newest first")
def list_matches(
    account: AccountDep,
    session: SessionDep,
    page: PageDep,
    analysis_id: Annotated[str | None, Query(max_length=64)] = None,
    posting_id: Annotated[str | None, Query(max_length=64)] = None,
) -> PageOut[MatchSummary]:
    items, total = service.list_matches(
        session=session, account=account, limit=page.limit, offset=page.offset,
        analysis_id=analysis_id, posting_id=posting_id,
    )  # fmt: skip
    return page_out(MatchSummary, items, total, limit=page.limit, offset=page.offset)


@router.get(
    "/{match_id}",
    summary="One match with its breakdown and advice",
    responses={200: {"model": MatchOut, "description": "The match."}, **error_responses(404)},
)
def get_match(match_id: str, account: AccountDep, session: SessionDep) -> Response:
    record = service.get_match(session=session, account=account, match_id=match_id)
    return json_response(match_json(record))


@router.delete(
    "/{match_id}", status_code=204, summary="Delete a match", responses=error_responses(404)
)
def delete_match(match_id: str, account: AccountDep, session: SessionDep) -> Response:
    service.delete_match(session=session, account=account, match_id=match_id)
    return Response(status_code=204)
