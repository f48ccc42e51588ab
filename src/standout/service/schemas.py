"""Response and request shapes shared by every domain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from starlette.responses import Response

T = TypeVar("T")
OutT = TypeVar("OutT", bound="Out")


def printable(value: str) -> str:
    """Text without control characters: PostgreSQL refuses NUL, and none belong in a
    title, a name or an address."""
    return "".join(ch for ch in value if ch.isprintable() or ch == " ").strip()


# A short free-text field stored as is (titles, names, addresses).
CleanText = Annotated[str, AfterValidator(printable)]


class Out(BaseModel):
    """A response read from ORM objects."""

    model_config = ConfigDict(from_attributes=True)


class PageOut(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="How many items there are in all.")
    limit: int
    offset: int


def page_out(
    model: type[OutT], rows: Sequence[object], total: int, *, limit: int, offset: int
) -> PageOut[OutT]:
    """One page of ``rows`` (ORM objects) as ``model``."""
    return PageOut[model](  # type: ignore[valid-type]
        items=[model.model_validate(row) for row in rows], total=total, limit=limit, offset=offset
    )


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable error code, such as E320.")
    message: str = Field(description="What went wrong.")
    hint: str = Field(description="What to do about it.")
    request_id: str = Field(description="Quote it when reporting a problem.")


class ErrorEnvelope(BaseModel):
    error: ErrorDetail


def error_responses(*statuses: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI entries for the errors a route can return, all with the one envelope."""
    return {status: {"model": ErrorEnvelope} for status in statuses}


def with_raw_member(summary: BaseModel, name: str, raw_json: str | bytes) -> bytes:
    """``summary`` as JSON with one more member whose value is already-encoded JSON, so a
    stored report or match is served as stored instead of being parsed and re-encoded.

    Give ``raw_json`` as UTF-8 bytes when you have them: joining bytes is a copy, while
    encoding a 100 KB text with non-ASCII characters costs more than the rest of a request.
    """
    head = summary.__pydantic_serializer__.to_json(summary)
    raw = raw_json if isinstance(raw_json, bytes) else raw_json.encode("utf-8")
    return b"".join((head[:-1], b',"', name.encode("ascii"), b'":', raw, b"}"))


def json_response(body: bytes, *, status: int = 200, location: str | None = None) -> Response:
    """A response for JSON already encoded; ``location`` for a resource just created."""
    headers = {"Location": location} if location else None
    return Response(body, status_code=status, media_type="application/json", headers=headers)
