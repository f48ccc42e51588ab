"""A match or prep pack made while its analysis or posting is deleted, and deletes that
meet: each answer is 201, 204 or 404, never a 500, and nothing is left behind (#7).

The deterministic tests delete the analysis or the posting from another session between
the route's read and its insert (a core function the route calls is patched to do it).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import User, assert_envelope, create_analysis, create_posting
from sqlalchemy import func, select

from standout.errors import ResourceNotFoundError
from standout.service import core
from standout.service.analyses.service import delete_analysis, get_analysis
from standout.service.matches.models import MatchRecord
from standout.service.postings.service import delete_posting
from standout.service.prep.models import PrepPackRecord
from standout.service.users.models import Account

ROUTES = {"matches": "match_report", "prep-packs": "prepare_pack"}


def _delete_in_another_session(app: FastAPI, user: User, kind: str, resource_id: str) -> None:
    with app.state.context.database.session() as session:
        account = session.get(Account, user.account_id)
        assert account is not None
        if kind == "analysis":
            delete_analysis(session=session, account=account, analysis_id=resource_id)
        else:
            delete_posting(session=session, account=account, posting_id=resource_id)


def _children_of(app: FastAPI, analysis_id: str) -> int:
    with app.state.context.database.session() as session:
        return sum(
            session.scalar(
                select(func.count()).select_from(model).where(model.analysis_id == analysis_id)
            )
            or 0
            for model in (MatchRecord, PrepPackRecord)
        )


@pytest.mark.parametrize("listing", sorted(ROUTES))
@pytest.mark.parametrize("gone", ["analysis", "posting"])
@pytest.mark.parametrize("moment", ["before-the-posting-is-parsed", "before-the-insert"])
def test_a_source_deleted_while_the_resource_is_made_is_a_404(
    monkeypatch: pytest.MonkeyPatch,
    app: FastAPI,
    client: TestClient,
    alice: User,
    listing: str,
    gone: str,
    moment: str,
) -> None:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    # report_for runs after both rows are read and before the posting is parsed; the
    # matching (or the pack) runs right before the insert.
    name = "report_for" if moment == "before-the-posting-is-parsed" else ROUTES[listing]
    original: Callable[..., Any] = getattr(core, name)

    def delete_then_go_on(*args: Any, **kwargs: Any) -> Any:
        resource_id = analysis["id"] if gone == "analysis" else posting["id"]
        _delete_in_another_session(app, alice, gone, resource_id)
        return original(*args, **kwargs)

    monkeypatch.setattr(core, name, delete_then_go_on)
    response = client.post(
        f"/api/v1/{listing}",
        headers=alice.headers,
        json={"analysis_id": analysis["id"], "posting_id": posting["id"]},
    )
    error = assert_envelope(response, 404, "E320")
    assert f"no {gone} " in error["message"]
    monkeypatch.undo()
    assert _children_of(app, analysis["id"]) == 0
    assert client.get(f"/api/v1/{listing}", headers=alice.headers).json()["total"] == 0


def test_of_two_deletes_of_one_analysis_only_one_deletes(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    """The second delete read the analysis before the first deleted it (on PostgreSQL it
    waits for the first to commit; on SQLite writers take turns): it is told 404."""
    analysis_id = create_analysis(client, alice)["id"]
    with app.state.context.database.session() as session:
        account = session.get(Account, alice.account_id)
        assert account is not None
        read = get_analysis(session=session, account=account, analysis_id=analysis_id)
        _delete_in_another_session(app, alice, "analysis", analysis_id)
        with pytest.raises(ResourceNotFoundError):
            delete_analysis(session=session, account=account, analysis_id=analysis_id)
        assert read.id == analysis_id  # it was read, and kept, before the other delete


@pytest.mark.parametrize("listing", ["analyses", "postings", "matches", "prep-packs"])
def test_deleting_what_is_gone_already_is_a_404(
    client: TestClient, alice: User, listing: str
) -> None:
    analysis = create_analysis(client, alice)
    posting = create_posting(client, alice)
    made = {"analyses": analysis, "postings": posting}.get(listing)
    if made is None:
        made = client.post(
            f"/api/v1/{listing}",
            headers=alice.headers,
            json={"analysis_id": analysis["id"], "posting_id": posting["id"]},
        ).json()
    url = f"/api/v1/{listing}/{made['id']}"
    assert client.delete(url, headers=alice.headers).status_code == 204
    assert_envelope(client.delete(url, headers=alice.headers), 404, "E320")


def test_making_and_deleting_at_once_never_fails(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    """Threads racing as a client would: whatever the order, no 5xx and no orphans."""
    for _ in range(2):
        analysis = create_analysis(client, alice)
        posting = create_posting(client, alice)
        ids = {"analysis_id": analysis["id"], "posting_id": posting["id"]}
        calls = [("POST", "/api/v1/matches"), ("POST", "/api/v1/prep-packs")] * 3
        calls += [
            ("DELETE", f"/api/v1/analyses/{analysis['id']}"),
            ("DELETE", f"/api/v1/postings/{posting['id']}"),
        ] * 2

        def send(call: tuple[str, str], body: dict[str, str] = ids) -> Any:
            method, url = call
            json = body if method == "POST" else None
            return client.request(method, url, headers=alice.headers, json=json)

        with ThreadPoolExecutor(max_workers=len(calls)) as pool:
            responses = list(pool.map(send, calls))
        statuses = [response.status_code for response in responses]
        assert set(statuses) <= {201, 204, 404}, [r.text for r in responses]
        deletes = statuses[-4:]
        assert sorted(deletes[0::2]) == [204, 404] and sorted(deletes[1::2]) == [204, 404]
        assert _children_of(app, analysis["id"]) == 0
