"""Matches and prep packs on the web page: what the analysis page shows beside the report."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from standout.model.posting import Posting
from standout.model.report import Report
from standout.service import core
from standout.service.analyses.models import Analysis
from standout.service.matches import service as matches
from standout.service.pages.common import pasted_document
from standout.service.postings import service as postings
from standout.service.postings.models import PostingRecord
from standout.service.prep import service as prep
from standout.service.uploads import PostedForm
from standout.service.users.models import Account


def posting_field(form: PostedForm) -> str:
    """The id of the field the posting came in, for an error about it."""
    return "posting_file" if "posting_file" in form.files else "posting_text"


def posting_from(form: PostedForm, *, limit: int) -> tuple[bytes, str] | None:
    """A posting pasted or uploaded beside the resume, or None when the fields are empty."""
    uploaded = form.files.get("posting_file")
    if uploaded is not None:
        content, name = uploaded
        filename = core.clean_filename(name, "posting.txt")
        core.check_suffix(filename, posting=True)
        return content, filename
    text = pasted_document(form, "posting_text", limit=limit)
    return (text, "posting.txt") if text else None


def match_posting(
    *,
    session: Session,
    account: Account,
    analysis: Analysis,
    report: Report,
    posting: tuple[bytes, str],
) -> tuple[PostingRecord, Posting]:
    """Save the posting given with the upload and match the resume just uploaded with it
    (so it works even when the account keeps only reports)."""
    record, parsed = save_posting(session=session, account=account, posting=posting)
    matches.store_match(
        session=session, analysis=analysis, posting_record=record, report=report, posting=parsed
    )
    return record, parsed


def make_pack(
    *,
    session: Session,
    analysis: Analysis,
    report: Report,
    matched: tuple[PostingRecord, Posting] | None,
) -> None:
    """A prep pack from the resume just uploaded, for the posting given with it if any."""
    record, parsed = matched if matched is not None else (None, None)
    prep.store_pack(
        session=session, analysis=analysis, report=report, posting_record=record, posting=parsed
    )


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
