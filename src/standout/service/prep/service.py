"""Prep packs: interview questions tied to the candidate's own evidence."""

from __future__ import annotations

from sqlalchemy.orm import Session

from standout.model.posting import Posting
from standout.model.report import Report
from standout.service import core
from standout.service.analyses.models import Analysis
from standout.service.analyses.service import analysis_source, get_analysis, resume_input
from standout.service.ownership import (
    add_made_from,
    delete_owned,
    get_owned,
    is_resource_id,
    page_of_owned,
)
from standout.service.postings.models import PostingRecord
from standout.service.postings.service import get_posting, parsed, posting_source
from standout.service.prep.models import PrepPackRecord
from standout.service.users.models import Account


def create_pack(
    *, session: Session, account: Account, analysis_id: str, posting_id: str | None
) -> PrepPackRecord:
    """A pack for an analysis of ``account`` (and one of its postings, when given).

    Both are read whole at once: either may be deleted while the pack is made.
    """
    analysis = get_analysis(
        session=session, account=account, analysis_id=analysis_id, with_source=True
    )
    record = None
    if posting_id is not None:
        record = get_posting(
            session=session, account=account, posting_id=posting_id, with_source=True
        )
    report = core.report_for(resume_input(analysis))
    return store_pack(
        session=session, analysis=analysis, report=report, posting_record=record,
        posting=parsed(record) if record is not None else None,
    )  # fmt: skip


def store_pack(
    *,
    session: Session,
    analysis: Analysis,
    report: Report,
    posting_record: PostingRecord | None,
    posting: Posting | None,
) -> PrepPackRecord:
    """Build a pack from a report already at hand (right after an upload) and store it."""
    pack = core.prepare_pack(report, posting)
    record = PrepPackRecord(
        account_id=analysis.account_id,
        analysis_id=analysis.id,
        posting_id=posting_record.id if posting_record is not None else None,
        posting_title=posting_record.title if posting_record is not None else None,
        question_count=len(pack.questions),
        pack_json=core.prep_json(pack).decode("utf-8"),
    )
    sources = [analysis_source(analysis.id)]
    if posting_record is not None:
        sources.append(posting_source(posting_record.id))
    return add_made_from(session, record, sources)


def get_pack(*, session: Session, account: Account, pack_id: str) -> PrepPackRecord:
    return get_owned(
        session, PrepPackRecord, pack_id, account, noun="prep pack", listing="prep-packs"
    )


def list_packs(
    *, session: Session, account: Account, limit: int, offset: int, analysis_id: str | None = None
) -> tuple[list[PrepPackRecord], int]:
    if analysis_id is not None and not is_resource_id(analysis_id):
        return [], 0
    where = () if analysis_id is None else (PrepPackRecord.analysis_id == analysis_id,)
    return page_of_owned(session, PrepPackRecord, account, limit=limit, offset=offset, where=where)


def delete_pack(*, session: Session, account: Account, pack_id: str) -> None:
    delete_owned(session, PrepPackRecord, pack_id, account, noun="prep pack", listing="prep-packs")
