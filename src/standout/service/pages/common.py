"""What every page route shares: rendering with the CSRF token, reading forms, redirects."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from standout.errors import StandoutError, UploadTooLargeError
from standout.service.context import ServiceContext
from standout.service.errors import envelope
from standout.service.logging import request_id_var
from standout.service.pages.render import for_web, render
from standout.service.pages.security import CSRF_FIELD, check_csrf, csrf_token, remember_csrf
from standout.service.uploads import FORM_OVERHEAD, PostedForm, read_body
from standout.service.uploads import read_form as read_posted_form
from standout.service.users.models import Account

# What an error above a form calls the field it is about.
FIELD_LABELS = {
    "resume_file": "the resume file",
    "resume_text": "the pasted resume",
    "posting_file": "the posting file",
    "posting_text": "the pasted posting",
    "role": "the level",
}


def page(
    request: Request,
    context: ServiceContext,
    template: str,
    *,
    account: Account | None,
    status: int = 200,
    **values: Any,
) -> HTMLResponse:
    body = render(
        template,
        account=account,
        csrf=csrf_token(request, context),
        open_signup=context.settings.open_signup,
        **values,
    )
    response = HTMLResponse(body, status_code=status, headers={"Cache-Control": "no-store"})
    remember_csrf(request, response, context)
    return response


def error_values(error: StandoutError, *, field: str = "") -> dict[str, Any]:
    """The error envelope's fields, for a form shown again with the error above it;
    ``field`` is the id of the form field the error is about, when it is about one."""
    fields = for_web(envelope(error, request_id_var.get())["error"], error.http_status)
    return {"error": {**fields, "field": field, "field_label": FIELD_LABELS.get(field, "")}}


def redirect(url: str) -> RedirectResponse:
    """303 See Other: after a form post, the browser fetches the next page with GET."""
    return RedirectResponse(url, status_code=303)


def to_sign_in() -> RedirectResponse:
    return redirect("/sign-in")


async def read_form(request: Request, context: ServiceContext, *, uploads: int = 0) -> PostedForm:
    """A posted form, within the upload limit, after its CSRF token is checked.

    A text field may be as large as the whole form: the page checks the size of pasted
    documents itself, so that it can show the form again with what was typed in it."""
    limit = context.settings.max_upload_bytes * max(uploads, 1) + FORM_OVERHEAD
    await read_body(request, limit)
    form = await read_posted_form(
        request,
        max_files=uploads,
        max_part_bytes=context.settings.max_upload_bytes,
        max_field_bytes=limit,
    )
    check_csrf(request, context, form.fields.get(CSRF_FIELD))
    return form


def text_field(form: PostedForm, name: str) -> str:
    return form.fields.get(name, "").strip()


def pasted_document(form: PostedForm, name: str, *, limit: int) -> bytes:
    """A document pasted into a text field, refused when larger than an upload may be."""
    content = text_field(form, name).encode("utf-8")
    if len(content) > limit:
        raise UploadTooLargeError(
            f"The pasted text is {len(content) / 1_048_576:.1f} MB, more than this "
            f"server's limit of {limit / 1_048_576:.1f} MB.",
            hint="Shorten it, or upload the document as a file.",
        )
    return content
