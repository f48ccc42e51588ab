"""Posting routes: upload or send a job posting, list, get, delete."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from standout.service import core
from standout.service.deps import AccountDep, ContextDep, PageDep, SessionDep
from standout.service.openapi import body_with_upload
from standout.service.postings import service
from standout.service.postings.models import PostingRecord
from standout.service.postings.schemas import (
    PostingCreate,
    PostingOut,
    PostingSummary,
    PostingUpload,
)
from standout.service.schemas import (
    PageOut,
    error_responses,
    json_response,
    page_out,
    with_raw_member,
)
from standout.service.uploads import raise_invalid, receive_document

router = APIRouter(prefix="/postings", tags=["postings"], responses=error_responses(401, 422, 429))
BODY_MODELS = (PostingCreate, PostingUpload)


def posting_json(record: PostingRecord) -> bytes:
    return with_raw_member(PostingSummary.model_validate(record), "posting", record.posting_json)


async def receive_posting(request: Request, max_bytes: int) -> tuple[bytes, str, str | None]:
    document, body = await receive_document(
        request,
        max_bytes=max_bytes,
        json_model=PostingCreate,
        default_filename="posting.txt",
        posting=True,
    )
    if body is not None:
        filename = core.clean_filename(body.filename, "posting.txt")
        core.check_suffix(filename, posting=True)
        return body.text.encode("utf-8"), filename, body.title
    try:
        options = PostingUpload.model_validate(document.fields)
    except ValidationError as exc:
        raise_invalid(exc)
    return document.content, document.filename, options.title


@router.post(
    "",
    status_code=201,
    summary="Save a job posting",
    description="Send the posting as a multipart upload ('file', optional 'title') or as "
    "JSON ('text'). A posting with no recognisable requirement is saved with a warning.",
    openapi_extra=body_with_upload(
        PostingCreate, PostingUpload, file_help="The posting: text, Markdown, HTML, PDF or DOCX."
    ),
    responses={
        201: {"model": PostingOut, "description": "The parsed posting."},
        **error_responses(413, 415),
    },
)
async def create_posting(
    request: Request, account: AccountDep, session: SessionDep, context: ContextDep
) -> Response:
    content, filename, title = await receive_posting(request, context.settings.max_upload_bytes)
    record, _ = await run_in_threadpool(
        lambda: service.create_posting(
            session=session, account=account, content=content, filename=filename, title=title
        )
    )
    return json_response(posting_json(record), status=201, location=f"/api/v1/postings/{record.id}")


@router.get("", response_model=PageOut[PostingSummary], summary="Your postings, newest first")
def list_postings(
    account: AccountDep, session: SessionDep, page: PageDep
) -> PageOut[PostingSummary]:
    items, total = service.list_postings(
        session=session, account=account, limit=page.limit, offset=page.offset
    )
    return page_out(PostingSummary, items, total, limit=page.limit, offset=page.offset)


@router.get(
    "/{posting_id}",
    summary="One posting, parsed",
    responses={200: {"model": PostingOut, "description": "The posting."}, **error_responses(404)},
)
def get_posting(posting_id: str, account: AccountDep, session: SessionDep) -> Response:
    record = service.get_posting(session=session, account=account, posting_id=posting_id)
    return json_response(posting_json(record))


@router.delete(
    "/{posting_id}",
    status_code=204,
    summary="Delete a posting and the matches and prep packs made with it",
    responses=error_responses(404),
)
def delete_posting(posting_id: str, account: AccountDep, session: SessionDep) -> Response:
    service.delete_posting(session=session, account=account, posting_id=posting_id)
    return Response(status_code=204)
