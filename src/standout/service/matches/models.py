"""Matches: one analysis against one posting. Deleting either deletes the match."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standout.service.db import Base, OwnedRecord


class MatchRecord(OwnedRecord, Base):
    __tablename__ = "matches"
    __table_args__ = (Index("ix_matches_account_created", "account_id", "created_at"),)

    analysis_id: Mapped[str] = mapped_column(
        ForeignKey("analyses.id", ondelete="CASCADE"), index=True
    )
    posting_id: Mapped[str] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), index=True
    )
    posting_title: Mapped[str | None] = mapped_column(String(300), default=None)
    score: Mapped[int] = mapped_column(Integer)
    match_json: Mapped[str] = mapped_column(Text, deferred=True)
