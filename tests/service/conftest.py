"""Service test fixtures: an app per test on SQLite, and on PostgreSQL + Redis when
STANDOUT_TEST_DATABASE_URL / STANDOUT_TEST_REDIS_URL are set (.ci/run sets both).

The database is migrated once per test session (per backend). PostgreSQL runs use a
schema of their own, dropped at the end, and Redis keys carry a prefix of their own,
deleted at the end, so that parallel runs never meet. Tests stay apart by making their
own accounts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from service_helpers import (
    POSTGRES_URL,
    REDIS_URL,
    Backend,
    User,
    delete_redis_keys,
    make_settings,
    new_user,
    postgres_schema,
    redis_prefix,
)

from standout.service import create_app
from standout.service.db import make_engine
from standout.service.migrations import upgrade


def _backend_params() -> list[Any]:
    params = [pytest.param("sqlite", id="sqlite")]
    if POSTGRES_URL or REDIS_URL:
        marks = [pytest.mark.postgres] if POSTGRES_URL else []
        marks += [pytest.mark.redis] if REDIS_URL else []
        params.append(pytest.param("server", id="postgres-redis", marks=marks))
    return params


@pytest.fixture(scope="session", params=_backend_params())
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Backend]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("db") / "standout.sqlite3"
        url = f"sqlite:///{path}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield Backend("sqlite", url, None)
        return
    with ExitStack() as cleanup:
        if POSTGRES_URL:
            url = cleanup.enter_context(postgres_schema(POSTGRES_URL, "api"))
        else:
            url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'standout.sqlite3'}"
        if REDIS_URL:
            cleanup.callback(delete_redis_keys, REDIS_URL, redis_prefix())
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield Backend("server", url, REDIS_URL)


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Override in a test class or module to change the app's settings."""
    return {}


class AppPool:
    """One app (and its started test client) per backend and settings, for the session.

    Building a FastAPI app costs a few hundred milliseconds; tests stay independent
    because each makes its own accounts and unique resumes.
    """

    def __init__(self) -> None:
        self._clients: dict[tuple[str, str], TestClient] = {}
        self._stack = ExitStack()

    def client(self, backend: Backend, overrides: dict[str, Any]) -> TestClient:
        key = (backend.database_url, repr(sorted(overrides.items())))
        if key not in self._clients:
            app = create_app(make_settings(backend, **overrides))
            self._clients[key] = self._stack.enter_context(TestClient(app))
        return self._clients[key]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def app_pool() -> Iterator[AppPool]:
    pool = AppPool()
    yield pool
    pool.close()


@pytest.fixture
def client(app_pool: AppPool, backend: Backend, settings_overrides: dict[str, Any]) -> TestClient:
    test_client = app_pool.client(backend, settings_overrides)
    test_client.cookies.clear()  # each test starts signed out
    return test_client


@pytest.fixture
def app(client: TestClient) -> FastAPI:
    application: FastAPI = client.app  # type: ignore[assignment]
    return application


@pytest.fixture
def fresh_app(backend: Backend, settings_overrides: dict[str, Any]) -> FastAPI:
    """An app of its own, for tests that count metrics or add routes."""
    return create_app(make_settings(backend, **settings_overrides))


@pytest.fixture
def alice(app: FastAPI) -> User:
    return new_user(app)


@pytest.fixture
def bob(app: FastAPI) -> User:
    return new_user(app)
