"""Matches: one analysed resume against one saved posting."""

from __future__ import annotations

from sqlalchemy.orm import Session

from standout.model.posting import Posting
from standout.model.report import Report
from standout.service import core
from standout.service.analyses.models import Analysis
from standout.service.analyses.service import analysis_source, get_analysis, resume_input
from standout.service.matches.models import MatchRecord
from standout.service.ownership import (
    add_made_from,
    delete_owned,
    get_owned,
    is_resource_id,
    page_of_owned,
)
from standout.service.postings.models import PostingRecord
from standout.service.postings.service import get_posting, parsed, posting_source
from standout.service.users.models import Account


def create_match(
    *, session: Session, account: Account, analysis_id: str, posting_id: str
) -> MatchRecord:
    """Match an analysis of ``account`` against one of its postings (both must be its own).

    Both are read whole at once: either may be deleted while the match is made.
    """
    analysis = get_analysis(
        session=session, account=account, analysis_id=analysis_id, with_source=True
    )
    record = get_posting(session=session, account=account, posting_id=posting_id, with_source=True)
    report = core.report_for(resume_input(analysis))
    return store_match(
        session=session, analysis=analysis, posting_record=record, report=report,
        posting=parsed(record),
    )  # fmt: skip


def store_match(
    *,
    session: Session,
    analysis: Analysis,
    posting_record: PostingRecord,
    report: Report,
    posting: Posting,
) -> MatchRecord:
    """Match a report already at hand (right after an upload) and store the result."""
    result = core.match_report(report, posting)
    record = MatchRecord(
        account_id=analysis.account_id,
        analysis_id=analysis.id,
        posting_id=posting_record.id,
        posting_title=posting_record.title,
        score=result.score,
        match_json=core.match_json(result).decode("utf-8"),
    )
    sources = (analysis_source(analysis.id), posting_source(posting_record.id))
    return add_made_from(session, record, sources)


def get_match(*, session: Session, account: Account, match_id: str) -> MatchRecord:
    return get_owned(session, MatchRecord, match_id, account, noun="match", listing="matches")


def list_matches(
    *,
    session: Session,
    account: Account,
    limit: int,
    offset: int,
    analysis_id: str | None = None,
    posting_id: str | None = None,
) -> tuple[list[MatchRecord], int]:
    if not all(is_resource_id(v) for v in (analysis_id, posting_id) if v is not None):
        return [], 0
    where = []
    if analysis_id is not None:
        where.append(MatchRecord.analysis_id == analysis_id)
    if posting_id is not None:
        where.append(MatchRecord.posting_id == posting_id)
    return page_of_owned(
        session, MatchRecord, account, limit=limit, offset=offset, where=tuple(where)
    )


def delete_match(*, session: Session, account: Account, match_id: str) -> None:
    delete_owned(session, MatchRecord, match_id, account, noun="match", listing="matches")
