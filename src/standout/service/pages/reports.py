"""Pages for the core flow: upload a resume, read the report, download it, see the history."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request, Response

from standout.errors import (
    InvalidRequestError,
    StandoutError,
    UnsupportedMediaTypeError,
    UploadTooLargeError,
)
from standout.model.report import TargetRole
from standout.service import core
from standout.service.analyses import service as analyses
from standout.service.analyses.models import Analysis
from standout.service.deps import ContextDep, SessionDep
from standout.service.pages import features
from standout.service.pages.common import (
    error_values,
    page,
    pasted_document,
    read_form,
    redirect,
    text_field,
)
from standout.service.pages.render import level
from standout.service.pages.security import CSRF_FIELD, PageAccountDep, limit_account
from standout.service.submissions import earlier_result
from standout.service.threads import in_thread
from standout.service.uploads import PostedForm

router = APIRouter(include_in_schema=False)

ROLES = [(role.value, role.value.capitalize()) for role in TargetRole]
HISTORY_PAGE = 25
TYPED_FIELDS = ("resume_text", "posting_text", "role", "with_prep")


def _home(
    request: Request, context: ContextDep, session: SessionDep, account: Any, **extra: Any
) -> Response:
    recent, _ = analyses.list_analyses(session=session, account=account, limit=5, offset=0)
    extra.setdefault("typed", {})
    return page(
        request, context, "home.html", account=account, title="Analyse a resume",
        roles=ROLES, recent=recent, max_mb=f"{context.settings.max_upload_bytes / 1_048_576:g}",
        **extra,
    )  # fmt: skip


@router.get("/")
def home(
    request: Request, context: ContextDep, session: SessionDep, account: PageAccountDep
) -> Response:
    return _home(request, context, session, account)


def _typed(form: PostedForm) -> dict[str, str]:
    """What was typed or chosen in the form, to show it again beside an error."""
    return {name: form.fields.get(name, "") for name in TYPED_FIELDS}


def _role_from(form: PostedForm) -> str:
    role = text_field(form, "role") or TargetRole.MID.value
    if role not in {value for value, _ in ROLES}:
        names = ", ".join(value for value, _ in ROLES)
        raise InvalidRequestError(
            f"'{role[:40]}' is not a level standout knows.", hint=f"Choose one of {names}."
        )
    return role


def _resume_from(form: PostedForm, role: str, limit: int) -> core.ResumeInput:
    uploaded = form.files.get("resume_file")
    if uploaded is not None:
        content, name = uploaded
        filename = core.clean_filename(name, "resume.txt")
        core.check_suffix(filename)
    else:
        content, filename = pasted_document(form, "resume_text", limit=limit), "resume.txt"
        if not content:
            raise InvalidRequestError(
                "No resume was given.", hint="Choose a file or paste the resume's text."
            )
    return core.ResumeInput(content, filename, role, analyses.today())


@router.post("/analyses")
async def analyse(
    request: Request, context: ContextDep, session: SessionDep, account: PageAccountDep
) -> Response:
    try:
        form = await read_form(request, context, uploads=2)
    except (UploadTooLargeError, InvalidRequestError) as error:
        # Too large or unreadable to parse: nothing typed can be shown again, but the
        # form can (it changes nothing, so it needs no CSRF token).
        return await in_thread(
            _home, request, context, session, account, status=error.http_status,
            **error_values(error, field="resume_file"),
        )  # fmt: skip
    # The form's token names this submission: a double click or a resent form is sent
    # to what the first one made instead of making it again.
    submission = f"{account.id}:{form.fields.get(CSRF_FIELD, '')}"
    earlier = await earlier_result(context.submissions, submission)
    if earlier is not None:
        return redirect(earlier or "/history")
    try:
        # The rest (rate limit, analysis, database, the page) in one worker thread.
        response = await in_thread(_analyse, request, context, session, account, form)
    except BaseException:
        await in_thread(context.submissions.release, submission)
        raise
    location = response.headers.get("location")
    if response.status_code == 303 and location:
        await in_thread(context.submissions.record, submission, location)
    else:  # the form is shown again with its error: sending it again tries again
        await in_thread(context.submissions.release, submission)
    return response


def _analyse(
    request: Request, context: ContextDep, session: SessionDep, account: Any, form: PostedForm
) -> Response:
    limit = context.settings.max_upload_bytes
    field = "role"  # the field the next step reads, named in its error
    try:
        limit_account(context, account)
        role = _role_from(form)
        field = features.posting_field(form)
        posting = features.posting_from(form, limit=limit)
        field = "resume_file" if "resume_file" in form.files else "resume_text"
        resume = _resume_from(form, role, limit)
        created = analyses.create_analysis(
            session=session, context=context, account=account, resume=resume
        )
        field = features.posting_field(form)
        report = core.report_for(resume)
        matched = None
        if posting is not None:
            matched = features.match_posting(
                session=session, account=account, analysis=created.analysis, report=report,
                posting=posting,
            )  # fmt: skip
        field = ""
        if form.fields.get("with_prep") == "yes":
            features.make_pack(
                session=session, analysis=created.analysis, report=report, matched=matched
            )
    except StandoutError as error:
        session.rollback()
        return _home(
            request, context, session, account, status=error.http_status, typed=_typed(form),
            **error_values(error, field=field),
        )  # fmt: skip
    return redirect(f"/analyses/{created.analysis.id}")


def _line_texts(report: dict[str, Any]) -> dict[int, str]:
    """Text of the lines the report quotes, so fixes can show the line they concern."""
    texts: dict[int, str] = {}
    for bullet in report.get("bullets", ()):
        texts[bullet["line"]] = bullet["text"]
    for role in report.get("resume", {}).get("roles", ()):
        heading = " — ".join(part for part in (role.get("title"), role.get("employer")) if part)
        if heading:
            texts.setdefault(role["first_line"], heading)
        for bullet in role.get("bullets", ()):
            texts.setdefault(bullet["line"], bullet["text"])
    return texts


def _owned_analysis(session: SessionDep, account: Any, analysis_id: str) -> Analysis:
    return analyses.get_analysis(session=session, account=account, analysis_id=analysis_id)


@router.get("/analyses/{analysis_id}")
def analysis_page(
    analysis_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    analysis = _owned_analysis(session, account, analysis_id)
    report = json.loads(analysis.report_json)
    bars = [
        (area["title"], area["score"], level(area["score"])) for area in report.get("areas", ())
    ]
    return page(
        request, context, "analysis.html", account=account, title=f"Report: {analysis.filename}",
        analysis=analysis, report=report, area_bars=bars, line_texts=_line_texts(report),
        **features.derived(session=session, account=account, analysis=analysis),
    )  # fmt: skip


@router.get("/analyses/{analysis_id}/download/{format}")
def download(
    analysis_id: str,
    format: str,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    if format not in core.DOWNLOAD_FORMATS:
        raise UnsupportedMediaTypeError(
            f"Reports can't be downloaded as '{format}'.", hint="Choose HTML, Markdown or JSON."
        )
    analysis = _owned_analysis(session, account, analysis_id)
    body = analyses.download(session=session, analysis=analysis, format=format)
    media_type, headers = core.download_headers(analysis.filename, format)
    return Response(body, media_type=media_type, headers=headers)


@router.get("/analyses/{analysis_id}/delete")
def confirm_delete(
    analysis_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    """The step between the report's Delete button and the deletion: a page, not a
    script's confirm(), so that it works without JavaScript."""
    analysis = _owned_analysis(session, account, analysis_id)
    return page(
        request, context, "delete.html", account=account, title="Delete this analysis?",
        analysis=analysis, **features.derived(session=session, account=account, analysis=analysis),
    )  # fmt: skip


@router.post("/analyses/{analysis_id}/delete")
async def delete(
    analysis_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    form = await read_form(request, context)
    if form.fields.get("confirm") != "yes":  # not from the confirmation page: ask there
        return redirect(f"/analyses/{analysis_id}/delete")
    await in_thread(
        analyses.delete_analysis, session=session, account=account, analysis_id=analysis_id
    )
    return redirect("/history")


@router.get("/history")
def history(
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
    offset: int = 0,
) -> Response:
    offset = max(offset, 0)
    items, total = analyses.list_analyses(
        session=session, account=account, limit=HISTORY_PAGE, offset=offset
    )
    points = [
        (when, readiness)
        for when, readiness, _ in analyses.readiness_history(session=session, account=account)
    ]
    return page(
        request, context, "history.html", account=account, title="History",
        items=items, total=total, offset=offset, limit=HISTORY_PAGE, points=points,
    )  # fmt: skip
