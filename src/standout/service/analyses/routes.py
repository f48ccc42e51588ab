"""Analysis routes: upload or send a resume, list, get, delete, download the report."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import ValidationError

from standout.service import core
from standout.service.analyses import service
from standout.service.analyses.models import Analysis
from standout.service.analyses.schemas import (
    AnalysisCreate,
    AnalysisOptions,
    AnalysisOut,
    AnalysisSummary,
    AnalysisUpload,
)
from standout.service.deps import AccountDep, ContextDep, PageDep, SessionDep
from standout.service.openapi import body_with_upload
from standout.service.schemas import (
    PageOut,
    error_responses,
    json_response,
    page_out,
    with_raw_member,
)
from standout.service.threads import in_thread
from standout.service.uploads import json_document, raise_invalid, receive_document

router = APIRouter(prefix="/analyses", tags=["analyses"], responses=error_responses(401, 422, 429))
BODY_MODELS = (AnalysisCreate, AnalysisUpload)


def analysis_json(analysis: Analysis, report_json: bytes | None = None) -> bytes:
    """The analysis with its report (``report_json`` when known, else read from the row)."""
    report = analysis.report_json if report_json is None else report_json
    return with_raw_member(AnalysisSummary.model_validate(analysis), "report", report)


async def receive_resume(request: Request, max_bytes: int) -> core.ResumeInput:
    document, body = await receive_document(
        request, max_bytes=max_bytes, json_model=AnalysisCreate, default_filename="resume.txt"
    )
    options: AnalysisOptions
    if body is None:
        try:
            options = AnalysisUpload.model_validate(document.fields)
        except ValidationError as exc:
            raise_invalid(exc)
        content, filename = document.content, document.filename
    else:
        options = body
        if body.json_resume is not None:
            content = json_document(body.json_resume)
            filename = core.clean_filename(body.filename, "resume.json")
        else:
            content = (body.text or "").encode("utf-8")
            filename = core.clean_filename(body.filename, "resume.txt")
        core.check_suffix(filename)
    return core.ResumeInput(
        content, filename, options.role.value, options.reference_date or service.today()
    )


@router.post(
    "",
    status_code=201,
    summary="Analyse a resume",
    description="Send the resume as a multipart upload ('file', plus optional 'role' and "
    "'reference_date' fields) or as JSON ('text' or 'json_resume'). Identical resumes are "
    "analysed once: the X-Standout-Cache header says whether the report came from the cache.",
    openapi_extra=body_with_upload(
        AnalysisCreate,
        AnalysisUpload,
        file_help="The resume: PDF, DOCX, Markdown, text, HTML or JSON Resume.",
    ),
    responses={
        201: {"model": AnalysisOut, "description": "The analysis with its report."},
        **error_responses(413, 415),
    },
)
async def create_analysis(request: Request, account: AccountDep, context: ContextDep) -> Response:
    resume = await receive_resume(request, context.settings.max_upload_bytes)

    def create_and_commit() -> service.CreatedAnalysis:
        # A session of the thread's own, committed there: one thread hop for the work and
        # the commit, and no request-scoped session to open and close around it.
        with context.database.session() as session:
            return service.create_analysis(
                session=session, context=context, account=account, resume=resume
            )

    created = await in_thread(create_and_commit)
    return Response(
        analysis_json(created.analysis, created.report_json),
        status_code=201,
        media_type="application/json",
        headers={
            "Location": f"/api/v1/analyses/{created.analysis.id}",
            "X-Standout-Cache": "hit" if created.cached else "miss",
        },
    )


@router.get("", response_model=PageOut[AnalysisSummary], summary="Your analyses, newest first")
def list_analyses(
    account: AccountDep, session: SessionDep, page: PageDep
) -> PageOut[AnalysisSummary]:
    items, total = service.list_analyses(
        session=session, account=account, limit=page.limit, offset=page.offset
    )
    return page_out(AnalysisSummary, items, total, limit=page.limit, offset=page.offset)


@router.get(
    "/{analysis_id}",
    summary="One analysis with its report",
    responses={200: {"model": AnalysisOut, "description": "The analysis."}, **error_responses(404)},
)
def get_analysis(analysis_id: str, account: AccountDep, session: SessionDep) -> Response:
    analysis = service.get_analysis(session=session, account=account, analysis_id=analysis_id)
    return json_response(analysis_json(analysis))


@router.get(
    "/{analysis_id}/report",
    summary="Download the report as HTML, Markdown or JSON",
    response_class=Response,
    responses={
        200: {
            "content": {
                "text/html": {"schema": {"type": "string"}},
                "text/markdown": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "object"}},
            },
            "description": "The report as a file.",
        },
        **error_responses(404, 409),
    },
)
def download_report(
    analysis_id: str,
    account: AccountDep,
    session: SessionDep,
    format: Annotated[Literal["html", "markdown", "json"], Query()] = "html",
) -> Response:
    analysis = service.get_analysis(session=session, account=account, analysis_id=analysis_id)
    body = service.download(session=session, analysis=analysis, format=format)
    media_type, headers = core.download_headers(analysis.filename, format)
    return Response(body, media_type=media_type, headers=headers)


@router.delete(
    "/{analysis_id}",
    status_code=204,
    summary="Delete an analysis and everything made from it",
    responses=error_responses(404),
)
def delete_analysis(analysis_id: str, account: AccountDep, session: SessionDep) -> Response:
    service.delete_analysis(session=session, account=account, analysis_id=analysis_id)
    return Response(status_code=204)
