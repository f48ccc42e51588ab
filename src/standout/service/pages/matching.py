"""Pages for matches: match an analysis against a posting, read the match."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request, Response

from standout.errors import InvalidRequestError
from standout.service.analyses import service as analyses
from standout.service.deps import ContextDep, SessionDep
from standout.service.matches import service as matches
from standout.service.pages import features
from standout.service.pages.common import page, read_form, redirect
from standout.service.pages.security import PageAccountDep, limit_account
from standout.service.threads import in_thread

router = APIRouter(include_in_schema=False)


@router.post("/analyses/{analysis_id}/matches")
async def match_posting(
    analysis_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    form = await read_form(request, context, uploads=1)

    def make_match() -> str:
        limit_account(context, account)
        analysis = analyses.get_analysis(session=session, account=account, analysis_id=analysis_id)
        posting = features.posting_from(form, limit=context.settings.max_upload_bytes)
        if posting is None:
            raise InvalidRequestError(
                "No posting was given.", hint="Go back, paste the posting or choose its file."
            )
        record, _ = features.save_posting(session=session, account=account, posting=posting)
        return matches.create_match(
            session=session, account=account, analysis_id=analysis.id, posting_id=record.id
        ).id

    return redirect(f"/matches/{await in_thread(make_match)}")


@router.get("/matches/{match_id}")
def match_page(
    match_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    record = matches.get_match(session=session, account=account, match_id=match_id)
    title = record.posting_title or "the posting"
    return page(
        request, context, "match.html", account=account, title=f"Match with {title}",
        record=record, match=json.loads(record.match_json), posting_title=title,
    )  # fmt: skip
