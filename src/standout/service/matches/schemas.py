"""What the match routes accept and return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from standout.service.schemas import Out


class MatchCreate(BaseModel):
    analysis_id: str = Field(max_length=64, description="An analysis of yours.")
    posting_id: str = Field(max_length=64, description="A posting of yours.")


class MatchSummary(Out):
    id: str
    created_at: datetime
    analysis_id: str
    posting_id: str
    posting_title: str | None
    score: int = Field(description="How well the resume fits the posting, 0-100.")


class MatchOut(MatchSummary):
    match: dict[str, Any] = Field(description="The score's breakdown, gaps and advice.")
