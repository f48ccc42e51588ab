"""What the analysis routes accept and return."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from standout.model.report import TargetRole
from standout.parse.dates import EARLIEST_REFERENCE_DATE, REFERENCE_DAYS_AHEAD
from standout.service.db import utcnow
from standout.service.schemas import Out


class AnalysisOptions(BaseModel):
    role: TargetRole = Field(
        TargetRole.MID, description="The level to assess against: junior, mid, senior, staff."
    )
    reference_date: date | None = Field(
        default=None,
        description="The date 'present' means in the resume's dates (default: today, UTC); "
        "from 1950-01-01 to a year from today.",
    )

    @field_validator("reference_date")
    @classmethod
    def _plausible_date(cls, value: date | None) -> date | None:
        latest = utcnow().date() + timedelta(days=REFERENCE_DAYS_AHEAD)
        if value is not None and not EARLIEST_REFERENCE_DATE <= value <= latest:
            raise PydanticCustomError(
                "reference_date_range",
                "{given} is out of range: give a date from {earliest} to {latest} (YYYY-MM-DD)",
                {
                    "given": value.isoformat(),
                    "earliest": EARLIEST_REFERENCE_DATE.isoformat(),
                    "latest": latest.isoformat(),
                },
            )
        return value


class AnalysisCreate(AnalysisOptions):
    """A resume sent as JSON: its text, or a JSON Resume document."""

    text: str | None = Field(
        None, min_length=1, description="The resume as plain text or Markdown."
    )
    json_resume: dict[str, Any] | None = Field(
        None, description="A JSON Resume document (https://jsonresume.org/schema)."
    )
    filename: str | None = Field(
        default=None,
        max_length=200,
        description="A name for the resume; its extension (.md, .txt) tells the format.",
    )

    @model_validator(mode="after")
    def _one_source(self) -> AnalysisCreate:
        if (self.text is None) == (self.json_resume is None):
            raise ValueError("send exactly one of 'text' and 'json_resume'")
        return self


class AnalysisUpload(AnalysisOptions):
    """The form fields beside the uploaded 'file'."""


class AnalysisSummary(Out):
    id: str
    created_at: datetime
    filename: str
    role: TargetRole
    reference_date: date
    readiness: int = Field(description="Overall readiness, 0-100.")
    content_hash: str = Field(description="SHA-256 of the resume as sent.")
    resume_kept: bool = Field(description="False when only the report was stored.")


class AnalysisOut(AnalysisSummary):
    report: dict[str, Any] = Field(description="The report; see docs/report-schema.md.")
