"""Helpers of the service tests: backends, settings, users and resources to work on."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from standout.service import Settings
from standout.service.db import make_engine
from standout.service.users.service import create_account

SERVICE_FIXTURES = Path(__file__).parent.parent / "fixtures" / "service"
RESUME = SERVICE_FIXTURES / "backend-resume.md"
POSTING = SERVICE_FIXTURES / "backend-posting.md"

POSTGRES_URL = os.environ.get("STANDOUT_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("STANDOUT_TEST_REDIS_URL")
RUN_ID = uuid.uuid4().hex[:10]


@dataclass(frozen=True)
class Backend:
    name: str
    database_url: str
    redis_url: str | None


@contextmanager
def postgres_schema(url: str, name: str) -> Iterator[str]:
    """A fresh schema on the test server; yields a URL whose search_path points at it."""
    from sqlalchemy import text

    schema = f"standout_test_{RUN_ID}_{name}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def redis_prefix() -> str:
    return f"standout-test-{RUN_ID}:"


def delete_redis_keys(url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}*", count=500))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def make_settings(backend: Backend, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": backend.database_url,
        "redis_url": backend.redis_url,
        "redis_prefix": redis_prefix(),
        "log_level": "WARNING",
        "rate_limit_per_minute": 1000,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass(frozen=True)
class User:
    account_id: str
    email: str
    key: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}


def new_user(app: FastAPI) -> User:
    email = f"user-{uuid.uuid4().hex[:12]}@example.com"
    with app.state.context.database.session() as session:
        account, issued = create_account(session=session, email=email)
        return User(account.id, account.email, issued.secret)


def unique_resume() -> str:
    """The fixture resume with a unique line, so that the result cache can't answer it."""
    return RESUME.read_text(encoding="utf-8") + f"\n\nReference: {uuid.uuid4().hex}\n"


def create_analysis(client: TestClient, user: User, text: str | None = None) -> dict[str, Any]:
    response = client.post(
        "/api/v1/analyses",
        headers=user.headers,
        json={"text": text or unique_resume(), "filename": "resume.md", "role": "senior"},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def create_posting(client: TestClient, user: User) -> dict[str, Any]:
    response = client.post(
        "/api/v1/postings",
        headers=user.headers,
        json={"text": POSTING.read_text(encoding="utf-8"), "filename": "posting.md"},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def create_match(
    client: TestClient, user: User, analysis_id: str, posting_id: str
) -> dict[str, Any]:
    response = client.post(
        "/api/v1/matches",
        headers=user.headers,
        json={"analysis_id": analysis_id, "posting_id": posting_id},
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


ENVELOPE_KEYS = {"code", "message", "hint", "request_id"}


def assert_envelope(response: Any, status: int, code: str) -> dict[str, Any]:
    """The response is the one error envelope with ``status`` and ``code``."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == ENVELOPE_KEYS
    assert error["code"] == code
    assert error["message"] and error["hint"]
    assert error["request_id"] == response.headers["x-request-id"]
    return error
