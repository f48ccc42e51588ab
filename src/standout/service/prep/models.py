"""Interview preparation packs built from an analysis (and optionally a posting)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standout.service.db import Base, OwnedRecord


class PrepPackRecord(OwnedRecord, Base):
    __tablename__ = "prep_packs"
    __table_args__ = (Index("ix_prep_packs_account_created", "account_id", "created_at"),)

    analysis_id: Mapped[str] = mapped_column(
        ForeignKey("analyses.id", ondelete="CASCADE"), index=True
    )
    posting_id: Mapped[str | None] = mapped_column(
        ForeignKey("postings.id", ondelete="CASCADE"), index=True, default=None
    )
    posting_title: Mapped[str | None] = mapped_column(String(300), default=None)
    question_count: Mapped[int] = mapped_column(Integer)
    pack_json: Mapped[str] = mapped_column(Text, deferred=True)
