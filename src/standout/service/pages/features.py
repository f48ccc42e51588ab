"""Matches and prep packs on the web page: what the analysis page shows beside the report."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from standout.model.posting import Posting
from standout.service import core
from standout.service.analyses.models import Analysis
from standout.service.matches import service as matches
from standout.service.postings import service as postings
from standout.service.postings.models import PostingRecord
from standout.service.prep import service as prep
from standout.service.uploads import PostedForm
from standout.service.users.models import Account


def posting_from(form: PostedForm) -> tuple[bytes, str] | None:
    """A posting pasted or uploaded beside the resume, or None when the fields are empty."""
    uploaded = form.files.get("posting_file")
    if uploaded is not None:
        content, name = uploaded
        filename = core.clean_filename(name, "posting.txt")
        core.check_suffix(filename)
        return content, filename
    text = form.fields.get("posting_text", "").strip()
    return (text.encode("utf-8"), "posting.txt") if text else None


def follow_up(
    *,
    session: Session,
    account: Account,
    analysis: Analysis,
    resume: core.ResumeInput,
    posting: tuple[bytes, str] | None,
    with_prep: bool,
) -> None:
    """What the upload form asked for beside the report: a match with the posting given
    and a prep pack, made from the resume just uploaded (so they work even when the
    account keeps only reports)."""
    report = core.report_for(resume)
    record = parsed = None
    if posting is not None:
        record, parsed = save_posting(session=session, account=account, posting=posting)
        matches.store_match(
            session=session, analysis=analysis, posting_record=record, report=report,
            posting=parsed,
        )  # fmt: skip
    if with_prep:
        prep.store_pack(
            session=session, analysis=analysis, report=report, posting_record=record,
            posting=parsed,
        )  # fmt: skip


def save_posting(
    *, session: Session, account: Account, posting: tuple[bytes, str]
) -> tuple[PostingRecord, Posting]:
    content, filename = posting
    return postings.create_posting(
        session=session, account=account, content=content, filename=filename, title=None
    )


def derived(*, session: Session, account: Account, analysis: Analysis) -> dict[str, Any]:
    """The matches and prep packs made from an analysis, for its page."""
    found, _ = matches.list_matches(
        session=session, account=account, limit=20, offset=0, analysis_id=analysis.id
    )
    packs, _ = prep.list_packs(
        session=session, account=account, limit=20, offset=0, analysis_id=analysis.id
    )
    return {"matches": found, "packs": packs}
