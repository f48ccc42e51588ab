"""Revoking an API key ends the web sessions signed in with it, at once and in every
worker, whether it is revoked through the API, the admin CLI or the web page (#7)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import User
from typer.testing import CliRunner

import standout.cli.serve as serve  # registers the commands
from standout.cli.app import app as cli_app
from standout.service.db import Database
from standout.service.pages import auth
from standout.service.users.models import Account, ApiKey
from standout.service.users.service import (
    account_for_session,
    issue_key,
    revoke_key,
    start_web_session,
)


def _csrf(client: TestClient, path: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found, f"no form on {path}"
    return found.group(1)


def _sign_in_with(client: TestClient, key: str) -> None:
    response = client.post(
        "/sign-in",
        data={"csrf_token": _csrf(client, "/sign-in"), "api_key": key},
        follow_redirects=False,
    )
    assert (response.status_code, response.headers["location"]) == (303, "/")


def _signed_in(client: TestClient) -> bool:
    response = client.get("/account", follow_redirects=False)
    assert response.status_code in {200, 303}, response.text
    return response.status_code == 200


def _second_key(client: TestClient, user: User) -> dict[str, Any]:
    made = client.post("/api/v1/account/keys", headers=user.headers, json={"name": "web"})
    assert made.status_code == 201
    body: dict[str, Any] = made.json()
    return body


def test_revoking_a_key_through_the_api_ends_its_web_sessions(
    client: TestClient, alice: User
) -> None:
    web_key = _second_key(client, alice)
    _sign_in_with(client, web_key["secret"])
    assert _signed_in(client)
    token = _csrf(client, "/account")
    revoked = client.delete(f"/api/v1/account/keys/{web_key['id']}", headers=alice.headers)
    assert revoked.status_code == 204
    assert not _signed_in(client)
    # Nor can the ended session make itself a new key.
    minted = client.post(
        "/account/keys", data={"csrf_token": token, "name": "x"}, follow_redirects=False
    )
    assert (minted.status_code, minted.headers["location"]) == (303, "/sign-in")


def test_a_session_of_another_key_stays_signed_in(client: TestClient, alice: User) -> None:
    other = _second_key(client, alice)
    _sign_in_with(client, alice.key)
    assert client.delete(f"/api/v1/account/keys/{other['id']}", headers=alice.headers).status_code
    assert _signed_in(client)


def test_revoking_with_the_admin_cli_ends_the_sessions_in_every_worker(
    monkeypatch: pytest.MonkeyPatch, app: FastAPI, client: TestClient, alice: User
) -> None:
    """Two workers serve the same database: the session is refused by both at once."""
    settings = app.state.context.settings
    with TestClient(create_second_worker(app)) as second_worker:
        web_key = _second_key(client, alice)
        _sign_in_with(client, web_key["secret"])
        second_worker.cookies.update(client.cookies)
        assert _signed_in(client) and _signed_in(second_worker)
        monkeypatch.setenv("STANDOUT_DATABASE_URL", settings.database_url)
        if settings.redis_url:
            monkeypatch.setenv("STANDOUT_REDIS_URL", settings.redis_url)
            monkeypatch.setenv("STANDOUT_REDIS_PREFIX", settings.redis_prefix)
        opened: list[Database] = []
        monkeypatch.setattr(serve, "_database", lambda s: _kept(opened, Database(s.database_url)))
        result = CliRunner().invoke(cli_app, ["users", "revoke-key", web_key["id"]])
        for database in opened:  # the command leaves it to the end of its process
            database.dispose()
        assert result.exit_code == 0, result.output
        assert not _signed_in(client)
        assert not _signed_in(second_worker)


def _kept(opened: list[Database], database: Database) -> Database:
    opened.append(database)
    return database


def create_second_worker(app: FastAPI) -> FastAPI:
    from standout.service import create_app

    second: FastAPI = create_app(app.state.context.settings)
    return second


def test_revoking_your_own_key_on_the_page_signs_you_out_and_says_so(
    monkeypatch: pytest.MonkeyPatch, client: TestClient, alice: User
) -> None:
    web_key = _second_key(client, alice)
    _sign_in_with(client, web_key["secret"])
    shown: list[dict[str, Any]] = []
    real_page = auth.page

    def remember(*args: Any, **values: Any) -> Any:
        shown.append({"template": args[2], **values})
        return real_page(*args, **values)

    monkeypatch.setattr(auth, "page", remember)
    token = _csrf(client, "/account")
    # The account page marks the key this browser signed in with, with the warning.
    assert shown[-1]["signed_in_key_id"] == web_key["id"]
    assert "signs you out" in shown[-1]["revoke_warning"]
    account_page = client.get("/account").text
    assert account_page.count("revoking it signs you out") == 1
    assert f'id="revoke-warning-{web_key["id"]}"' in account_page
    response = client.post(f"/account/keys/{web_key['id']}/revoke", data={"csrf_token": token})
    assert response.status_code == 200
    assert shown[-1]["template"] == "sign_in.html"
    assert "signed out" in shown[-1]["notice"]
    assert "so this browser is signed out" in response.text
    assert 'standout_session=""' in response.headers["set-cookie"]
    assert not _signed_in(client)


def test_revoking_another_key_on_the_page_keeps_you_signed_in(
    client: TestClient, alice: User
) -> None:
    other = _second_key(client, alice)
    _sign_in_with(client, alice.key)
    token = _csrf(client, "/account")
    response = client.post(f"/account/keys/{other['id']}/revoke", data={"csrf_token": token})
    assert response.status_code == 200 and "The key is revoked." in response.text
    assert _signed_in(client)


def test_a_session_started_with_a_key_being_revoked_is_refused(app: FastAPI, alice: User) -> None:
    """A sign-in that checked the key just before it was revoked still writes its session
    afterwards; the session look-up refuses it (the key is revoked)."""
    with app.state.context.database.session() as session:
        account = session.get(Account, alice.account_id)
        assert account is not None
        key: ApiKey = issue_key(session=session, account=account).record
        revoke_key(session=session, key_id=key.id)
        token = start_web_session(session=session, account=account, key=key, days=1)
        assert account_for_session(session=session, token=token) is None
