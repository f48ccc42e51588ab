"""Migrations: upgrade from empty to head and back, on SQLite and PostgreSQL (#7)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from service_helpers import POSTGRES_URL, postgres_schema
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from standout.errors import DatabaseNotMigratedError
from standout.service.db import Database, make_engine
from standout.service.migrations import current_revision, downgrade, head_revision, upgrade
from standout.service.models import Base

NOW = datetime(2026, 11, 26, tzinfo=UTC)
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


def test_0002_records_the_key_of_each_web_session(empty_engine: Engine) -> None:
    """Sessions from before 0002 don't say which key signed them in: the upgrade ends them.
    After it, deleting a key deletes its sessions; the downgrade takes the column away."""
    upgrade(empty_engine, "0001")
    with empty_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO accounts (id, email, created_at, keep_resume_text) "
                "VALUES ('a1', 'old@example.com', :now, true)"
            ),
            {"now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO web_sessions (id, account_id, token_hash, created_at, expires_at) "
                "VALUES ('s1', 'a1', 'old', :now, :now)"
            ),
            {"now": NOW},
        )
    upgrade(empty_engine, "0002")
    columns = {column["name"] for column in inspect(empty_engine).get_columns("web_sessions")}
    assert "api_key_id" in columns
    with empty_engine.begin() as connection:
        assert connection.scalar(text("SELECT count(*) FROM web_sessions")) == 0
        connection.execute(
            text(
                "INSERT INTO api_keys (id, account_id, name, prefix, key_hash, created_at) "
                "VALUES ('k1', 'a1', '', 'so_', 'h', :now)"
            ),
            {"now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO web_sessions "
                "(id, account_id, api_key_id, token_hash, created_at, expires_at) "
                "VALUES ('s2', 'a1', 'k1', 'new', :now, :now)"
            ),
            {"now": NOW},
        )
    with empty_engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.execute(text("PRAGMA foreign_keys=ON"))
        connection.execute(text("DELETE FROM api_keys WHERE id = 'k1'"))
        assert connection.scalar(text("SELECT count(*) FROM web_sessions")) == 0
    downgrade(empty_engine, "0001")
    columns = {column["name"] for column in inspect(empty_engine).get_columns("web_sessions")}
    assert "api_key_id" not in columns
    assert "ix_web_sessions_api_key_id" not in {
        index["name"] for index in inspect(empty_engine).get_indexes("web_sessions")
    }
