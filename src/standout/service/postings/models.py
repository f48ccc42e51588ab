"""Job postings an account saved to match resumes against."""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from standout.service.db import Base, OwnedRecord


class PostingRecord(OwnedRecord, Base):
    __tablename__ = "postings"
    __table_args__ = (Index("ix_postings_account_created", "account_id", "created_at"),)

    filename: Mapped[str] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(String(300), default=None)
    must_have_count: Mapped[int] = mapped_column(Integer, default=0)
    nice_to_have_count: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    posting_json: Mapped[str] = mapped_column(Text, deferred=True)
