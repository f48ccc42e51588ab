"""Reading documents from requests: a multipart upload or a JSON body, within the limits.

Size is checked before anything is parsed (413), the content type and file type too (415).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from standout.errors import (
    InvalidRequestError,
    ServiceError,
    UnsupportedMediaTypeError,
    UploadTooLargeError,
)
from standout.service.core import check_suffix, clean_filename

# Room for the multipart boundaries and the small form fields around the file.
FORM_OVERHEAD = 64 * 1024

ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class ReceivedDocument:
    content: bytes
    filename: str
    fields: dict[str, str]  # the other form fields, or the JSON body's other members


def _too_large(limit: int) -> UploadTooLargeError:
    return UploadTooLargeError(
        f"The upload is larger than this server's limit of {limit / 1_048_576:.1f} MB.",
        hint="Send a smaller file (a resume rarely needs more than a few hundred KB).",
    )


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit - FORM_OVERHEAD)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit - FORM_OVERHEAD)
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # noqa: SLF001 - lets request.form() parse what we already read
    return body


def raise_invalid(exc: ValidationError) -> NoReturn:
    """Report a body that failed validation like FastAPI reports its own (one envelope)."""
    raise RequestValidationError(exc.errors(include_url=False, include_context=False)) from None


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def receive_document(
    request: Request,
    *,
    max_bytes: int,
    json_model: type[ModelT],
    default_filename: str,
    posting: bool = False,
) -> tuple[ReceivedDocument, ModelT | None]:
    """A document from a multipart ``file`` field, or from a JSON body read as ``json_model``.

    For JSON the model is returned too; the caller turns it into bytes and a file name.
    """
    kind = media_type(request)
    body = await read_body(request, max_bytes + FORM_OVERHEAD)
    if kind == "application/json":
        try:
            model = json_model.model_validate_json(body)
        except ValidationError as exc:
            raise_invalid(exc)
        return ReceivedDocument(b"", default_filename, {}), model
    if kind == "multipart/form-data":
        return await _from_form(request, max_bytes, default_filename, posting=posting), None
    raise UnsupportedMediaTypeError(
        f"Content type '{kind or 'none'}' is not accepted here.",
        hint="Send multipart/form-data with a 'file' field, or application/json.",
    )


@dataclass(frozen=True, slots=True)
class PostedForm:
    """A multipart form read into memory; its temporary files are already closed."""

    fields: dict[str, str]
    files: dict[str, tuple[bytes, str]]  # field -> (content, file name as sent)


def _unreadable_form(detail: str, max_field_bytes: int) -> ServiceError:
    """Starlette's refusal of a multipart body, as the coded error it stands for."""
    if "exceeded maximum size" in detail:
        return UploadTooLargeError(
            f"A form field is larger than this server's limit of "
            f"{max_field_bytes / 1_048_576:.1f} MB.",
            hint="Send the document as a file, or paste a shorter text.",
        )
    if detail.startswith("Invalid multipart"):
        # python-multipart refuses a part whose headers pass 4 KB: in practice a file
        # name thousands of characters long (names are cut to 200 characters anyway).
        return InvalidRequestError(
            "The form could not be read: it is malformed, or a file name is longer than "
            "4,000 characters.",
            hint="Rename the file to a shorter name and send it again.",
        )
    return InvalidRequestError(
        f"The form could not be read: {detail.rstrip('.')}.",
        hint="Send one document per file field and only the form's own fields.",
    )


async def read_form(
    request: Request, *, max_files: int, max_part_bytes: int, max_field_bytes: int = 0
) -> PostedForm:
    """The form's fields and files; each file within ``max_part_bytes``, each other
    field within ``max_field_bytes`` (by default the same)."""
    max_field_bytes = max_field_bytes or max_part_bytes
    try:
        form = await request.form(max_files=max_files, max_fields=20, max_part_size=max_field_bytes)
    except HTTPException as refused:
        raise _unreadable_form(str(refused.detail), max_field_bytes) from None
    try:
        fields: dict[str, str] = {}
        files: dict[str, tuple[bytes, str]] = {}
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                content = await value.read()
                if len(content) > max_part_bytes:
                    raise _too_large(max_part_bytes)
                # A browser sends a file input left blank as a part with no name and no
                # bytes: that is "no file". A named file is kept even when empty, so that
                # the reader says what is wrong with it (E001) instead of "no file" (#7).
                if value.filename or content:
                    files[name] = (content, value.filename or "")
            else:
                fields[name] = value
        return PostedForm(fields, files)
    finally:
        await form.close()


async def _from_form(
    request: Request, max_bytes: int, default_filename: str, *, posting: bool
) -> ReceivedDocument:
    form = await read_form(request, max_files=1, max_part_bytes=max_bytes)
    if "file" not in form.files:
        raise InvalidRequestError(
            "The form has no 'file' field with a document.",
            hint="Attach the document as the 'file' field.",
        )
    content, name = form.files["file"]
    filename = clean_filename(name, default_filename)
    check_suffix(filename, posting=posting)
    return ReceivedDocument(content, filename, form.fields)


def json_document(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")
