"""Migrations: upgrade from empty to head and back, on SQLite and PostgreSQL (#7)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from service_helpers import POSTGRES_URL, postgres_schema
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from standout.errors import DatabaseNotMigratedError
from standout.service.db import Database, make_engine
from standout.service.migrations import current_revision, downgrade, head_revision, upgrade
from standout.service.models import Base

TABLES = {
    "accounts",
    "api_keys",
    "web_sessions",
    "analyses",
    "renderings",
    "postings",
    "matches",
    "prep_packs",
}


def _engines() -> list[object]:
    params: list[object] = [pytest.param("sqlite", id="sqlite")]
    if POSTGRES_URL:
        params.append(pytest.param("postgres", id="postgres", marks=pytest.mark.postgres))
    return params


@pytest.fixture(params=_engines())
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'migrate.sqlite3'}")
        yield engine
        engine.dispose()
        return
    assert POSTGRES_URL is not None
    with postgres_schema(POSTGRES_URL, f"migrate_{uuid.uuid4().hex[:6]}") as url:
        engine = make_engine(url)
        yield engine
        engine.dispose()


def test_upgrade_from_empty_and_downgrade_back(empty_engine: Engine) -> None:
    assert not inspect(empty_engine).get_table_names()
    upgrade(empty_engine)
    assert TABLES <= set(inspect(empty_engine).get_table_names())
    with empty_engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        # The models and the migrations describe the same schema.
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    downgrade(empty_engine, "base")
    assert set(inspect(empty_engine).get_table_names()) <= {"alembic_version"}
    with empty_engine.connect() as connection:
        assert current_revision(connection) is None


def test_an_outdated_database_is_refused_with_the_command_to_run(empty_engine: Engine) -> None:
    database = Database(str(empty_engine.url), engine=empty_engine)
    with pytest.raises(DatabaseNotMigratedError) as caught:
        database.ensure_current()
    assert "standout db upgrade" in str(caught.value)
    upgrade(empty_engine)
    database.ensure_current()
