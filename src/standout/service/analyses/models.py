"""Analyses: one resume analysed for one account, and what is derived from it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standout.service.db import Base, OwnedRecord


class Analysis(OwnedRecord, Base):
    __tablename__ = "analyses"
    __table_args__ = (Index("ix_analyses_account_created", "account_id", "created_at"),)

    filename: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    reference_date: Mapped[date] = mapped_column(Date)
    content_hash: Mapped[str] = mapped_column(String(64))
    readiness: Mapped[int] = mapped_column(Integer)
    # Deferred: lists show summaries and never load the big columns.
    report_json: Mapped[str] = mapped_column(Text, deferred=True)
    # The uploaded resume, kept only when the account allows it (privacy setting).
    resume_kept: Mapped[bool] = mapped_column(Boolean)
    source: Mapped[bytes | None] = mapped_column(LargeBinary, default=None, deferred=True)


class Rendering(Base):
    """A downloadable rendering, stored when the resume itself is not kept."""

    __tablename__ = "renderings"

    analysis_id: Mapped[str] = mapped_column(
        ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True
    )
    format: Mapped[str] = mapped_column(String(16), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
