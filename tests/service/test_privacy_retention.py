"""Privacy (keep only the report) and retention (old data purged) (#7)."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import User, create_analysis, create_match, create_posting, unique_resume
from sqlalchemy import select, update

from standout.service.analyses.models import Analysis, Rendering, StoredReport
from standout.service.db import utcnow
from standout.service.matches.models import MatchRecord
from standout.service.postings.models import PostingRecord
from standout.service.retention import purge
from standout.service.users.models import Account, WebSession
from standout.service.users.service import start_web_session


def _keep_only_reports(client: TestClient, user: User) -> None:
    response = client.patch(
        "/api/v1/account", headers=user.headers, json={"keep_resume_text": False}
    )
    assert response.json()["keep_resume_text"] is False


def test_report_only_accounts_store_no_resume(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    _keep_only_reports(client, alice)
    made = create_analysis(client, alice)
    assert made["resume_kept"] is False
    with app.state.context.database.session() as session:
        stored = session.get(Analysis, made["id"])
        assert stored is not None and stored.source is None
        report_json = stored.report_json
        formats = set(
            session.scalars(select(Rendering.format).where(Rendering.analysis_id == made["id"]))
        )
    assert formats == {"html", "markdown"}
    # The report quotes lines as evidence, but the whole resume text is nowhere.
    assert "Reference:" not in report_json  # the unique line is no bullet, so nowhere
    # Nor are the contact details, in the stored report, the answer or the renderings.
    assert "Priya Raman" not in report_json and "@" not in report_json
    assert made["report"]["resume"]["contact"]["name"] is None
    with app.state.context.database.session() as session:
        bodies = session.scalars(
            select(Rendering.body).where(Rendering.analysis_id == made["id"])
        ).all()
    assert bodies and not any("Priya Raman" in body for body in bodies)


def test_a_report_kept_without_contact_is_not_shared_with_one_that_has_it(
    client: TestClient, alice: User, bob: User
) -> None:
    """The same resume, analysed by an account that keeps resumes, keeps its contact."""
    text = unique_resume()
    _keep_only_reports(client, alice)
    without = create_analysis(client, alice, text)
    with_contact = create_analysis(client, bob, text)
    assert without["report"]["resume"]["contact"]["name"] is None
    assert with_contact["report"]["resume"]["contact"]["name"] == "Priya Raman"
    again = client.get(
        f"/api/v1/analyses/{with_contact['id']}/report?format=json", headers=bob.headers
    )
    assert again.json()["resume"]["contact"]["name"] == "Priya Raman"


def test_report_only_downloads_still_work(client: TestClient, alice: User) -> None:
    _keep_only_reports(client, alice)
    made = create_analysis(client, alice)
    for format in ("html", "markdown", "json"):
        response = client.get(
            f"/api/v1/analyses/{made['id']}/report?format={format}", headers=alice.headers
        )
        assert response.status_code == 200, format


def test_report_only_analyses_cant_be_matched_later(client: TestClient, alice: User) -> None:
    _keep_only_reports(client, alice)
    made = create_analysis(client, alice)
    posting = create_posting(client, alice)
    response = client.post(
        "/api/v1/matches",
        headers=alice.headers,
        json={"analysis_id": made["id"], "posting_id": posting["id"]},
    )
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "E350" and "again" in error["hint"]


def test_deleting_an_analysis_deletes_its_renderings(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    _keep_only_reports(client, alice)
    made = create_analysis(client, alice)
    client.delete(f"/api/v1/analyses/{made['id']}", headers=alice.headers)
    with app.state.context.database.session() as session:
        left = session.scalars(select(Rendering).where(Rendering.analysis_id == made["id"])).all()
    assert left == []


def test_purge_deletes_old_data_and_what_derives_from_it(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    old = create_analysis(client, alice)
    new = create_analysis(client, alice)
    old_posting = create_posting(client, alice)
    match = create_match(client, alice, old["id"], old_posting["id"])
    database = app.state.context.database
    long_ago = utcnow() - timedelta(days=40)
    with database.session() as session:
        session.execute(
            update(Analysis).where(Analysis.id == old["id"]).values(created_at=long_ago)
        )
        session.execute(
            update(PostingRecord)
            .where(PostingRecord.id == old_posting["id"])
            .values(created_at=long_ago)
        )
    with database.session() as session:
        result = purge(session=session, retention_days=30)
    assert result.analyses >= 1 and result.postings >= 1
    with database.session() as session:
        assert session.get(Analysis, old["id"]) is None
        assert session.get(Analysis, new["id"]) is not None
        assert session.get(PostingRecord, old_posting["id"]) is None
        assert session.get(MatchRecord, match["id"]) is None


def test_purge_without_retention_keeps_data_but_drops_expired_sessions(
    app: FastAPI, client: TestClient, alice: User
) -> None:
    made = create_analysis(client, alice)
    database = app.state.context.database
    with database.session() as session:
        account = session.get(Account, alice.account_id)
        assert account is not None
        start_web_session(session=session, account=account, days=1)
        session.execute(
            update(WebSession)
            .where(WebSession.account_id == alice.account_id)
            .values(expires_at=utcnow() - timedelta(hours=1))
        )
    with database.session() as session:
        result = purge(session=session, retention_days=None)
        assert result.analyses == 0 and result.sessions >= 1
        assert session.get(Analysis, made["id"]) is not None
        assert not session.scalars(
            select(WebSession).where(WebSession.account_id == alice.account_id)
        ).all()


def test_identical_resumes_share_one_stored_report(
    app: FastAPI, client: TestClient, alice: User, bob: User
) -> None:
    text = unique_resume()
    first = create_analysis(client, alice, text)
    second = create_analysis(client, bob, text)
    database = app.state.context.database

    def report_keys() -> set[str]:
        with database.session() as session:
            rows = session.scalars(
                select(Analysis.report_key).where(Analysis.id.in_([first["id"], second["id"]]))
            )
            return set(rows)

    [key] = report_keys()
    client.delete(f"/api/v1/analyses/{first['id']}", headers=alice.headers)
    with database.session() as session:
        assert session.get(StoredReport, key) is not None  # bob's analysis still uses it
    assert (
        client.get(f"/api/v1/analyses/{second['id']}", headers=bob.headers).json()["report"]
        == second["report"]
    )
    client.delete(f"/api/v1/analyses/{second['id']}", headers=bob.headers)
    with database.session() as session:
        assert session.get(StoredReport, key) is None
