"""Analyses: one resume analysed for one account, and what is derived from it.

A report is stored once per distinct input (content hash, role, reference date): every
analysis of an identical resume points at the same ``StoredReport`` row, which goes when
the last analysis pointing at it is deleted.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from standout.service.db import Base, OwnedRecord, UtcDateTime, utcnow


class StoredReport(Base):
    __tablename__ = "reports"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the cache key
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    readiness: Mapped[int] = mapped_column(Integer)
    # Deferred: a cache hit already has the text, and lists never need it.
    report_json: Mapped[str] = mapped_column(Text, deferred=True)


class Analysis(OwnedRecord, Base):
    __tablename__ = "analyses"
    __table_args__ = (Index("ix_analyses_account_created", "account_id", "created_at"),)

    filename: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    reference_date: Mapped[date] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))
    readiness: Mapped[int] = mapped_column(Integer)
    report_key: Mapped[str] = mapped_column(
        ForeignKey("reports.key", ondelete="RESTRICT"), index=True
    )
    report: Mapped[StoredReport] = relationship(lazy="select")
    # The uploaded resume, kept only when the account allows it (privacy setting).
    resume_kept: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)

    @property
    def report_json(self) -> str:
        return self.report.report_json


class Rendering(Base):
    """A downloadable rendering, stored when the resume itself is not kept."""

    __tablename__ = "renderings"

    analysis_id: Mapped[str] = mapped_column(
        ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(16), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
