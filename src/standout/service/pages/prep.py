"""Pages for prep packs: make one for an analysis, read it."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request, Response

from standout.service.deps import ContextDep, SessionDep
from standout.service.pages.common import page, read_form, redirect
from standout.service.pages.security import PageAccountDep, limit_account
from standout.service.prep import service as prep
from standout.service.threads import in_thread

router = APIRouter(include_in_schema=False)


@router.post("/analyses/{analysis_id}/prep")
async def make_pack(
    analysis_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    form = await read_form(request, context)
    posting_id = form.fields.get("posting_id") or None

    def make() -> str:
        limit_account(context, account)
        return prep.create_pack(
            session=session, account=account, analysis_id=analysis_id, posting_id=posting_id
        ).id

    return redirect(f"/prep/{await in_thread(make)}")


@router.get("/prep/{pack_id}")
def pack_page(
    pack_id: str,
    request: Request,
    context: ContextDep,
    session: SessionDep,
    account: PageAccountDep,
) -> Response:
    record = prep.get_pack(session=session, account=account, pack_id=pack_id)
    return page(
        request, context, "prep.html", account=account, title="Interview preparation",
        record=record, pack=json.loads(record.pack_json),
    )  # fmt: skip
