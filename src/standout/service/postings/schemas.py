"""What the posting routes accept and return."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from standout.service.schemas import Out, printable

# The length is checked on the text as sent, before it is cleaned: checked after, pydantic
# would count "items" instead of characters.
PostingTitle = Annotated[str, StringConstraints(max_length=300), AfterValidator(printable)]


class PostingOptions(BaseModel):
    title: PostingTitle | None = Field(
        None, description="The job title, when the text does not start with it."
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
