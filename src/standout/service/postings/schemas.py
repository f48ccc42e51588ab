"""What the posting routes accept and return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from standout.service.schemas import CleanText, Out


class PostingOptions(BaseModel):
    title: CleanText | None = Field(
        None, max_length=300, description="The job title, when the text does not start with it."
    )


class PostingCreate(PostingOptions):
    text: str = Field(min_length=1, description="The posting as plain text, Markdown or HTML.")
    filename: str | None = Field(
        None, max_length=200, description="A name; its extension (.md, .html) tells the format."
    )


class PostingUpload(PostingOptions):
    """The form fields beside the uploaded 'file'."""


class PostingSummary(Out):
    id: str
    created_at: datetime
    filename: str
    title: str | None
    must_have_count: int
    nice_to_have_count: int


class PostingOut(PostingSummary):
    posting: dict[str, Any] = Field(description="What the posting asks for, parsed.")
