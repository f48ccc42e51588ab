"""Analyses: create (through the cache), list, get, delete, download, purge."""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer

from standout.errors import InvalidCredentialsError, ResumeNotKeptError
from standout.model.report import Report
from standout.service import core
from standout.service.analyses.models import Analysis, Rendering, StoredReport
from standout.service.context import ServiceContext
from standout.service.db import detached, new_id, utcnow
from standout.service.ownership import Source, delete_owned, get_owned, page_of_owned
from standout.service.users.models import Account

# Kept when the resume is not: the formats a download can be rendered in later.
STORED_RENDERINGS = ("html", "markdown")
# Tries to point a new analysis at its shared report while others delete it (one is
# almost always enough; each retry follows a deletion that has already committed).
_CLAIM_ATTEMPTS = 3
_INSERT_ANALYSIS = insert(Analysis.metadata.tables[Analysis.__tablename__])
_REPORTS = StoredReport.metadata.tables[StoredReport.__tablename__]
# INSERT ... ON CONFLICT DO NOTHING, in each database's own words.
_INSERT_REPORT = {
    "sqlite": sqlite.insert(_REPORTS).on_conflict_do_nothing(index_elements=["key"]),
    "postgresql": postgresql.insert(_REPORTS).on_conflict_do_nothing(index_elements=["key"]),
}

logger = logging.getLogger("standout.service.analyses")
# One analysis at a time per process. The core is pure Python: under the GIL, analyses in
# several threads only take turns, every 5 ms, and each one's latency grows with the
# others'. One after the other they end sooner on average, and with less CPU (measured:
# p99 at 8 clients 79-86 ms against 100-112 ms). No database connection is held while
# waiting here: the session has not run a statement yet.
_ANALYSING = threading.Semaphore(1)


@dataclass(frozen=True, slots=True)
class CreatedAnalysis:
    analysis: Analysis
    cached: bool  # the report came from the result cache
    report_json: bytes  # the report, as stored (UTF-8 JSON)


def create_analysis(
    *, session: Session, context: ServiceContext, account: Account, resume: core.ResumeInput
) -> CreatedAnalysis:
    """Analyse ``resume`` for ``account`` (or take the cached report of identical input).

    A report from the result cache is almost always stored already, so the analysis is
    inserted pointing at it without looking; when the report is missing after all (its
    last analysis was deleted, perhaps at this very moment by another request) the
    foreign key refuses the insert, and the transaction is rolled back and tried again,
    storing the report. So this must be the first write of the session's transaction.
    """
    key = resume.cache_key()
    cached_value = context.cache.get(key)
    cached = cached_value is not None
    if cached_value is None:
        with _ANALYSING:
            report = core.report_for(resume)
        cached_value = _cache_value(report.readiness, core.report_json(report))
        context.cache.set(key, cached_value)
    if context.metrics is not None:
        context.metrics.count_analysis(cached=cached)
    readiness, report_json = _from_cache_value(cached_value)
    row_key = report_row_key(key)
    # Read once: after a rollback the account would be loaded again, or be gone.
    account_id, keep_resume = account.id, account.keep_resume_text
    report_is_stored = cached
    stored_report: Report | None = None
    if not keep_resume:
        # An account that keeps only reports keeps them without the contact details, in a
        # report row of their own (never shared with an account that keeps resumes).
        stored_report = core.without_contact(core.report_for(resume))
        report_json = core.report_json(stored_report)
        row_key = report_row_key(key + ":without-contact")
        report_is_stored = False  # stored unless there: INSERT ... ON CONFLICT DO NOTHING
    row = {
        "account_id": account_id,
        "filename": resume.filename,
        "role": resume.role,
        "reference_date": resume.reference_date,
        "content_hash": key.split(":")[1],
        "readiness": readiness,
        "report_key": row_key,
        "resume_kept": keep_resume,
        "source": resume.content if keep_resume else None,
    }
    for attempt in range(1, _CLAIM_ATTEMPTS + 1):
        if not report_is_stored:
            _store_report(session, row_key, readiness, report_json)
        row |= {"id": new_id(), "created_at": utcnow()}
        try:
            # A plain INSERT on the session's connection: the ORM's unit of work (and
            # even its execute()) costs more CPU, on every analysis, than the statement.
            session.connection().execute(_INSERT_ANALYSIS, row)
            break
        except IntegrityError:
            # The report is not (or no longer) stored: start again, storing it anew.
            session.rollback()
            _check_account_exists(session, account_id)
            if attempt == _CLAIM_ATTEMPTS:
                raise
            logger.info("the report of an analysis was not stored; storing it again")
            report_is_stored = False
    analysis = detached(Analysis, row)  # as if loaded: it is in the database now
    if stored_report is not None:
        for format in STORED_RENDERINGS:
            # A NUL from the resume can't go into a PostgreSQL text column.
            body = core.render_report(stored_report, format).replace("\x00", "")
            session.add(Rendering(analysis_id=analysis.id, format=format, body=body))
        session.flush()
    return CreatedAnalysis(analysis, cached, report_json)


def _check_account_exists(session: Session, account_id: str) -> None:
    """Refuse the request of an account deleted meanwhile (its key was still cached)."""
    if session.get(Account, account_id) is None:
        raise InvalidCredentialsError(
            "That API key is unknown or has been revoked.",
            hint="Check the key, or ask the server's administrator for a new one.",
        )


def report_row_key(cache_key: str) -> str:
    """The key of the ``reports`` row that stores the report of ``cache_key``."""
    return hashlib.sha256(cache_key.encode("utf-8")).hexdigest()


def _store_report(session: Session, key: str, readiness: int, report_json: bytes) -> None:
    """Store the report row of ``key`` unless it is there already (one statement: another
    request may store the same report at the same moment)."""
    row = {"key": key, "readiness": readiness, "report_json": report_json.decode("utf-8")}
    connection = session.connection()
    connection.execute(_INSERT_REPORT[connection.dialect.name], row | {"created_at": utcnow()})


def _cache_value(readiness: int, report_json: bytes) -> bytes:
    # The readiness rides in front of the report so that a cache hit needs no JSON parsing.
    return b"%d\n" % readiness + report_json


def _from_cache_value(value: bytes) -> tuple[int, bytes]:
    readiness, _, report_json = value.partition(b"\n")
    return int(readiness), report_json


def analysis_source(analysis_id: str) -> Source:
    """The analysis as the source of a match or a pack (reported gone as ``get_analysis`` does)."""
    return Source(Analysis, analysis_id, "analysis", "analyses")


def get_analysis(
    *, session: Session, account: Account, analysis_id: str, with_source: bool = False
) -> Analysis:
    """The account's analysis; ``with_source`` reads the kept resume too (``resume_input``)."""
    options = (undefer(Analysis.source),) if with_source else ()
    return get_owned(
        session, Analysis, analysis_id, account, noun="analysis", listing="analyses",
        options=options,
    )  # fmt: skip


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
    rendering made from it; its report too, unless another analysis shares it."""
    report_key = get_analysis(session=session, account=account, analysis_id=analysis_id).report_key
    delete_owned(session, Analysis, analysis_id, account, noun="analysis", listing="analyses")
    delete_unused_reports(session=session, key=report_key)


def delete_unused_reports(*, session: Session, key: str | None = None) -> int:
    """Delete reports no analysis points at (only ``key``'s when given).

    A report that a new analysis claims while this runs is kept: on PostgreSQL the delete
    then waits for that analysis and fails its foreign key, which only means "in use".
    """
    unused = delete(StoredReport).where(~exists().where(Analysis.report_key == StoredReport.key))
    if key is not None:
        unused = unused.where(StoredReport.key == key)
    try:
        with session.begin_nested():
            result = session.execute(unused)
    except IntegrityError:
        logger.info("a report being deleted was claimed by a new analysis; kept it")
        return 0
    return int(getattr(result, "rowcount", 0) or 0)


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
