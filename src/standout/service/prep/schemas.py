"""What the prep pack routes accept and return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from standout.service.schemas import Out


class PrepCreate(BaseModel):
    analysis_id: str = Field(max_length=64, description="An analysis of yours.")
    posting_id: str | None = Field(
        default=None,
        max_length=64,
        description="A posting of yours: adds questions on its must-haves and its gaps.",
    )


class PrepSummary(Out):
    id: str
    created_at: datetime
    analysis_id: str
    posting_id: str | None
    posting_title: str | None
    question_count: int


class PrepOut(PrepSummary):
    pack: dict[str, Any] = Field(description="The pack; see docs/prep.md.")
