"""Analyses: create (through the cache), list, get, delete, download, purge."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from standout.errors import ResumeNotKeptError
from standout.service import core
from standout.service.analyses.models import Analysis, Rendering
from standout.service.context import ServiceContext
from standout.service.db import utcnow
from standout.service.ownership import get_owned, page_of_owned
from standout.service.users.models import Account

# Kept when the resume is not: the formats a download can be rendered in later.
STORED_RENDERINGS = ("html", "markdown")


@dataclass(frozen=True, slots=True)
class CreatedAnalysis:
    analysis: Analysis
    cached: bool  # the report came from the result cache


def create_analysis(
    *, session: Session, context: ServiceContext, account: Account, resume: core.ResumeInput
) -> CreatedAnalysis:
    """Analyse ``resume`` for ``account`` (or take the cached report of identical input)."""
    key = resume.cache_key()
    report_bytes = context.cache.get(key)
    cached = report_bytes is not None
    if report_bytes is None:
        report_bytes = core.report_json(core.report_for(resume))
        context.cache.set(key, report_bytes)
    if context.metrics is not None:
        context.metrics.count_analysis(cached=cached)
    report_text = report_bytes.decode("utf-8")
    analysis = Analysis(
        account_id=account.id,
        filename=resume.filename,
        role=resume.role,
        reference_date=resume.reference_date,
        content_hash=key.split(":")[1],
        readiness=_readiness(report_text),
        report_json=report_text,
        resume_kept=account.keep_resume_text,
        source=resume.content if account.keep_resume_text else None,
    )
    session.add(analysis)
    session.flush()
    if not account.keep_resume_text:
        report = core.report_for(resume)
        for format in STORED_RENDERINGS:
            body = core.render_report(report, format)
            session.add(Rendering(analysis_id=analysis.id, format=format, body=body))
        session.flush()
    return CreatedAnalysis(analysis, cached)


def _readiness(report_text: str) -> int:
    # The schema puts "readiness" near the front; parsing the whole report is still cheap
    # next to analysing it, and only happens once per analysis.
    return int(json.loads(report_text)["readiness"])


def get_analysis(*, session: Session, account: Account, analysis_id: str) -> Analysis:
    return get_owned(session, Analysis, analysis_id, account, noun="analysis", listing="analyses")


def list_analyses(
    *, session: Session, account: Account, limit: int, offset: int
) -> tuple[list[Analysis], int]:
    """A page of the account's analyses, newest first, and how many there are in all."""
    return page_of_owned(session, Analysis, account, limit=limit, offset=offset)


def readiness_history(
    *, session: Session, account: Account, limit: int = 50
) -> list[tuple[datetime, int, str]]:
    """(when, readiness, id) of the account's latest analyses, oldest first."""
    rows = session.execute(
        select(Analysis.created_at, Analysis.readiness, Analysis.id)
        .where(Analysis.account_id == account.id)
        .order_by(Analysis.created_at.desc())
        .limit(limit)
    ).all()
    return [(row[0], row[1], row[2]) for row in reversed(rows)]


def delete_analysis(*, session: Session, account: Account, analysis_id: str) -> None:
    """Delete an analysis and, through the foreign keys, every match, prep pack and
    rendering made from it."""
    session.delete(get_analysis(session=session, account=account, analysis_id=analysis_id))
    session.flush()


def resume_input(analysis: Analysis) -> core.ResumeInput:
    """The kept resume, ready to analyse again; refuses when only the report was kept."""
    if analysis.source is None:
        raise ResumeNotKeptError(
            f"Analysis {analysis.id} kept only its report (your privacy setting), so nothing "
            "new can be made from its resume.",
            hint="Analyse the resume again, with the posting, to get a match or a prep pack.",
        )
    return core.ResumeInput(
        analysis.source, analysis.filename, analysis.role, analysis.reference_date
    )


def download(*, session: Session, analysis: Analysis, format: str) -> str:
    """The report as ``format`` (html, markdown or json)."""
    if format == "json":
        return analysis.report_json
    stored = session.get(Rendering, (analysis.id, format))
    if stored is not None:
        return stored.body
    return core.render_report(core.report_for(resume_input(analysis)), format)


def today() -> date:
    return utcnow().date()
