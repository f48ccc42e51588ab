"""Matches and prep packs on the web page: what the analysis page shows beside the report."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from standout.service import core
from standout.service.analyses.models import Analysis
from standout.service.matches import service as matches
from standout.service.postings import service as postings
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


def match_new_posting(
    *,
    session: Session,
    account: Account,
    analysis: Analysis,
    resume: core.ResumeInput | None,
    posting: tuple[bytes, str],
) -> str:
    """Save the posting and match the analysis against it; returns the match's id.

    ``resume`` is the resume just uploaded (so a match works even when the account keeps
    only reports); None means the analysis's kept resume.
    """
    content, filename = posting
    record, parsed = postings.create_posting(
        session=session, account=account, content=content, filename=filename, title=None
    )
    if resume is None:
        return matches.create_match(
            session=session, account=account, analysis_id=analysis.id, posting_id=record.id
        ).id
    report = core.report_for(resume)
    return matches.store_match(
        session=session, analysis=analysis, posting_record=record, report=report, posting=parsed
    ).id


def derived(*, session: Session, account: Account, analysis: Analysis) -> dict[str, Any]:
    """The matches (and prep packs) made from an analysis, for its page."""
    items, _ = matches.list_matches(
        session=session, account=account, limit=20, offset=0, analysis_id=analysis.id
    )
    return {"matches": items, "preparing": False, "packs": []}
