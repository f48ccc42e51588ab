"""Retention: old analyses and postings (and all they led to) are deleted on schedule."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from standout.service.analyses.models import Analysis
from standout.service.analyses.service import delete_unused_reports
from standout.service.db import utcnow
from standout.service.postings.models import PostingRecord
from standout.service.users.service import purge_expired_sessions

logger = logging.getLogger("standout.service.retention")

PURGE_INTERVAL_SECONDS = 3600


@dataclass(frozen=True, slots=True)
class PurgeResult:
    analyses: int
    postings: int
    sessions: int


def _deleted(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def purge(
    *, session: Session, retention_days: int | None, now: datetime | None = None
) -> PurgeResult:
    """Delete what is older than ``retention_days`` (nothing when None) and expired sessions.

    Matches and prep packs go with their analysis or posting (ON DELETE CASCADE).
    """
    now = now or utcnow()
    analyses = postings = 0
    if retention_days is not None:
        cutoff = now - timedelta(days=retention_days)
        analyses = _deleted(session.execute(delete(Analysis).where(Analysis.created_at < cutoff)))
        postings = _deleted(
            session.execute(delete(PostingRecord).where(PostingRecord.created_at < cutoff))
        )
        delete_unused_reports(session=session)
    sessions = purge_expired_sessions(session=session, now=now)
    result = PurgeResult(analyses, postings, sessions)
    if analyses or postings or sessions:
        logger.info(
            "purged old data",
            extra={"analyses": analyses, "postings": postings, "sessions": sessions},
        )
    return result
