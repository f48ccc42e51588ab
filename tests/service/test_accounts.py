"""Accounts and API keys: shown once, stored hashed, revocable; open sign-up (#7)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import User
from sqlalchemy import select

from standout.service.users.models import ApiKey
from standout.service.users.service import digest


def test_account_shows_who_is_signed_in(client: TestClient, alice: User) -> None:
    body = client.get("/api/v1/account", headers=alice.headers).json()
    assert body["email"] == alice.email
    assert body["keep_resume_text"] is True


def test_privacy_setting_can_be_changed(client: TestClient, alice: User) -> None:
    response = client.patch(
        "/api/v1/account", headers=alice.headers, json={"keep_resume_text": False}
    )
    assert response.status_code == 200
    assert client.get("/api/v1/account", headers=alice.headers).json()["keep_resume_text"] is False


def test_keys_are_stored_as_digests_only(app: FastAPI, client: TestClient, alice: User) -> None:
    created = client.post("/api/v1/account/keys", headers=alice.headers, json={"name": "ci"})
    assert created.status_code == 201
    secret = created.json()["secret"]
    assert secret.startswith("so_") and len(secret) > 40
    with app.state.context.database.session() as session:
        stored = session.scalars(select(ApiKey).where(ApiKey.account_id == alice.account_id)).all()
    assert {key.key_hash for key in stored} == {digest(alice.key), digest(secret)}
    assert all(secret not in (key.key_hash, key.prefix) for key in stored)


def test_a_new_key_says_where_it_is_and_is_kept_out_of_caches(
    client: TestClient, alice: User
) -> None:
    created = client.post("/api/v1/account/keys", headers=alice.headers, json={"name": "ci"})
    assert created.status_code == 201
    assert created.headers["location"] == f"/api/v1/account/keys/{created.json()['id']}"
    assert created.headers["cache-control"] == "no-store"
    listed = client.get("/api/v1/account/keys", headers=alice.headers)
    assert "no-store" not in listed.headers.get("cache-control", "")  # no secret there


def test_listing_keys_never_shows_secrets(client: TestClient, alice: User) -> None:
    body = client.get("/api/v1/account/keys", headers=alice.headers).json()
    assert body["total"] == 1
    assert "secret" not in body["items"][0]
    assert body["items"][0]["prefix"] == alice.key[:10]


def test_a_revoked_key_stops_working_at_once(client: TestClient, alice: User) -> None:
    second = client.post("/api/v1/account/keys", headers=alice.headers, json={}).json()
    second_headers = {"Authorization": f"Bearer {second['secret']}"}
    assert client.get("/api/v1/account", headers=second_headers).status_code == 200
    revoked = client.delete(f"/api/v1/account/keys/{second['id']}", headers=alice.headers)
    assert revoked.status_code == 204
    response = client.get("/api/v1/account", headers=second_headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E311"
    keys = client.get("/api/v1/account/keys", headers=alice.headers).json()["items"]
    assert [k["revoked_at"] is not None for k in keys] == [False, True]


def test_the_key_also_works_as_x_api_key(client: TestClient, alice: User) -> None:
    response = client.get("/api/v1/account", headers={"X-API-Key": alice.key})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}, {"X-API-Key": ""}],
)
def test_requests_without_a_valid_key_get_401(client: TestClient, headers: dict[str, str]) -> None:
    response = client.get("/api/v1/analyses", headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] in {"E310", "E311"}


def test_sign_up_is_closed_by_default(client: TestClient) -> None:
    response = client.post("/api/v1/accounts", json={"email": "new@example.com"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "E313"


class TestOpenSignUp:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"open_signup": True}

    def test_sign_up_returns_a_working_key_once(self, client: TestClient) -> None:
        email = f"open-{id(self)}@Example.com"
        response = client.post("/api/v1/accounts", json={"email": email})
        assert response.status_code == 201
        body = response.json()
        assert body["account"]["email"] == email.lower()
        headers = {"Authorization": f"Bearer {body['api_key']['secret']}"}
        assert client.get("/api/v1/account", headers=headers).json()["email"] == email.lower()

    def test_an_email_can_have_one_account(self, client: TestClient, alice: User) -> None:
        response = client.post("/api/v1/accounts", json={"email": alice.email})
        assert response.status_code == 409
        error = response.json()["error"]
        assert error["code"] == "E314"
        # Said to the public: no admin command they could not run.
        assert "standout" not in error["hint"] and "administrator" in error["hint"]

    def test_sign_up_says_where_the_account_is_and_keeps_the_key_out_of_caches(
        self, client: TestClient
    ) -> None:
        response = client.post("/api/v1/accounts", json={"email": f"loc-{id(self)}@example.com"})
        assert response.status_code == 201
        assert response.headers["location"] == "/api/v1/account"
        assert response.headers["cache-control"] == "no-store"

    def test_a_malformed_email_is_refused(self, client: TestClient) -> None:
        response = client.post("/api/v1/accounts", json={"email": "not-an-address"})
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "E330"
