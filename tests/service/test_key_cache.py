"""The API-key cache: most requests need no query to authenticate, and a revoked key or a
changed privacy setting still takes effect at once (#7)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import REDIS_URL, User, assert_envelope, new_user, unique_resume
from sqlalchemy import event, select

from standout.service.deps import AccountDep, SessionDep
from standout.service.users.key_cache import KeyCache, KeyGrant, announce_key_change
from standout.service.users.models import Account, ApiKey
from standout.service.users.service import delete_account, digest, revoke_key


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def grant(key_hash: str = "h1", account_id: str = "a1") -> KeyGrant:
    created = datetime(2026, 1, 1, tzinfo=UTC)
    return KeyGrant("k-" + key_hash, key_hash, account_id, "a@example.com", created, True)


def test_grants_expire_after_their_time() -> None:
    clock = Clock()
    cache = KeyCache(5, clock=clock)
    cache.put(grant())
    clock.now += 4.9
    assert cache.get("h1") == grant()
    clock.now += 0.1
    assert cache.get("h1") is None


def test_a_zero_time_caches_nothing() -> None:
    cache = KeyCache(0)
    cache.put(grant())
    assert cache.get("h1") is None


def test_forgetting_a_key_or_an_account() -> None:
    published: list[str] = []
    cache = KeyCache(5)
    cache.publish_changes_with(published.append)
    for each in (grant("h1", "a1"), grant("h2", "a1"), grant("h3", "a2")):
        cache.put(each)
    cache.forget_key("h3")
    assert cache.get("h3") is None and cache.get("h1") is not None
    cache.forget_account("a1")
    assert cache.get("h1") is None and cache.get("h2") is None
    assert published == ["key:h3", "account:a1"]


def test_the_cache_stays_bounded() -> None:
    cache = KeyCache(5, max_entries=3)
    for number in range(10):
        cache.put(grant(f"h{number}"))
    assert cache.get("h9") is not None
    assert sum(cache.get(f"h{number}") is not None for number in range(10)) <= 3


class QueryCounter:
    def __init__(self, app: FastAPI) -> None:
        self.engine = app.state.context.database.engine
        self.statements: list[str] = []

    def _seen(self, *args: Any) -> None:
        self.statements.append(str(args[2]))

    def __enter__(self) -> QueryCounter:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


def test_a_known_key_needs_no_query(app: FastAPI, client: TestClient, alice: User) -> None:
    assert client.get("/api/v1/account", headers=alice.headers).status_code == 200
    with QueryCounter(app) as counter:
        body = client.get("/api/v1/account", headers=alice.headers).json()
    assert body["email"] == alice.email
    assert counter.statements == []


def test_a_cached_account_can_still_be_changed(client: TestClient, alice: User) -> None:
    """The privacy setting changes at once, although the key (and its account) was cached."""
    client.get("/api/v1/account", headers=alice.headers)
    changed = client.patch(
        "/api/v1/account", headers=alice.headers, json={"keep_resume_text": False}
    )
    assert changed.json()["keep_resume_text"] is False
    made = client.post(
        "/api/v1/analyses", headers=alice.headers, json={"text": unique_resume()}
    ).json()
    assert made["resume_kept"] is False
    back = client.patch("/api/v1/account", headers=alice.headers, json={"keep_resume_text": True})
    assert back.json()["keep_resume_text"] is True
    again = client.post("/api/v1/analyses", headers=alice.headers, json={"text": unique_resume()})
    assert again.json()["resume_kept"] is True


def test_a_deleted_accounts_cached_key_gets_401(app: FastAPI, client: TestClient) -> None:
    """The admin CLI deleted the account in another process; this one still had its key."""
    user = new_user(app)
    assert client.get("/api/v1/account", headers=user.headers).status_code == 200
    with app.state.context.database.session() as session:
        account = session.get(Account, user.account_id)
        assert account is not None
        delete_account(session=session, account=account)
    response = client.post("/api/v1/analyses", headers=user.headers, json={"text": unique_resume()})
    assert_envelope(response, 401, "E311")


def _wait_until_refused(client: TestClient, headers: dict[str, str]) -> int:
    deadline = time.monotonic() + 10
    while True:
        status = client.get("/api/v1/account", headers=headers).status_code
        if status != 200 or time.monotonic() > deadline:
            return status
        threading.Event().wait(0.02)


@pytest.mark.skipif(not REDIS_URL, reason="STANDOUT_TEST_REDIS_URL is not set")
class TestAcrossWorkers:
    """Two apps sharing one Redis stand for two workers (or a worker and the admin CLI)."""

    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"key_cache_seconds": 300}  # far longer than the test: only Redis can tell

    @pytest.fixture(autouse=True)
    def _needs_redis(self, app: FastAPI) -> None:
        if app.state.context.redis_client is None:
            pytest.skip("this backend runs without Redis")

    @pytest.fixture
    def other_worker(self, fresh_app: FastAPI) -> Iterator[TestClient]:
        with TestClient(fresh_app) as other:
            yield other

    def test_a_key_revoked_in_one_worker_stops_in_the_other(
        self, client: TestClient, other_worker: TestClient, alice: User
    ) -> None:
        second = client.post("/api/v1/account/keys", headers=alice.headers, json={}).json()
        headers = {"Authorization": f"Bearer {second['secret']}"}
        assert other_worker.get("/api/v1/account", headers=headers).status_code == 200
        client.delete(f"/api/v1/account/keys/{second['id']}", headers=alice.headers)
        assert _wait_until_refused(other_worker, headers) == 401

    def test_a_key_revoked_from_the_cli_stops_in_every_worker(
        self, app: FastAPI, client: TestClient, alice: User
    ) -> None:
        assert client.get("/api/v1/account", headers=alice.headers).status_code == 200
        with app.state.context.database.session() as session:  # what the CLI does
            key_id = session.scalar(select(ApiKey.id).where(ApiKey.account_id == alice.account_id))
            assert key_id is not None
            revoke_key(session=session, key_id=key_id)
        settings = app.state.context.settings
        announce_key_change(settings.redis_url, settings.redis_prefix, f"key:{digest(alice.key)}")
        assert _wait_until_refused(client, alice.headers) == 401


def test_announcing_without_redis_does_nothing() -> None:
    announce_key_change(None, "standout:", f"key:{uuid.uuid4().hex}")


class TestWithoutTheKeyCache:
    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"key_cache_seconds": 0}

    def test_looking_a_key_up_gives_its_connection_back_at_once(self, fresh_app: FastAPI) -> None:
        """Regression (#7): a request held its pooled connection from the key look-up to
        its end; thirty-two at once ran the pool dry while the threads that would have
        let them finish waited for a connection (500 after 30 s)."""

        @fresh_app.get("/probe")
        async def probe(account: AccountDep, session: SessionDep) -> dict[str, bool]:
            return {"holding": session.in_transaction()}

        with TestClient(fresh_app) as client:
            user = new_user(fresh_app)
            body = client.get("/probe", headers=user.headers).json()
        assert body == {"holding": False}
