"""``standout serve``, ``standout db`` and ``standout users`` (#7)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import standout.cli.serve  # noqa: F401  (registers the commands)
from standout.cli.app import app
from standout.errors import (
    AccountExistsError,
    DatabaseNotMigratedError,
    InsecureSettingsError,
    InvalidSettingsError,
    UnknownRevisionError,
)
from standout.service.logging import JsonFormatter


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("STANDOUT_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)  # no stray .env
    return url


def run(*args: str) -> Any:
    result = CliRunner().invoke(app, list(args), catch_exceptions=True)
    return result


def test_db_upgrade_current_downgrade(database: str) -> None:
    assert "behind" in run("db", "current").stdout
    assert run("db", "upgrade").exit_code == 0
    from standout.service.migrations import head_revision

    assert run("db", "current").stdout.strip() == f"{head_revision()} (up to date)"
    assert run("db", "downgrade", "base").exit_code == 0
    assert run("db", "current").stdout.startswith("empty")


def test_users_create_prints_the_key_once_and_list_shows_it(database: str) -> None:
    run("db", "upgrade")
    created = run("users", "create", "Admin@Example.com")
    assert created.exit_code == 0
    key = created.stdout.strip()
    assert key.startswith("so_")
    listing = run("users", "list").stdout
    assert "admin@example.com" in listing and key[:10] in listing and key not in listing
    again = run("users", "create", "admin@example.com")
    assert isinstance(again.exception, AccountExistsError)


def test_add_and_revoke_a_key(database: str) -> None:
    run("db", "upgrade")
    run("users", "create", "ops@example.com")
    second = run("users", "add-key", "ops@example.com", "--name", "ci").stdout.strip()
    key_line = next(
        line for line in run("users", "list").stdout.splitlines() if second[:10] in line
    )
    key_id = key_line.split()[1]
    revoked = run("users", "revoke-key", key_id)
    assert revoked.exit_code == 0
    # Without Redis a running server learns of it only as its key cache expires (#7).
    assert "for up to 5 s" in revoked.output and "STANDOUT_REDIS_URL" in revoked.output
    assert "revoked" in next(
        line for line in run("users", "list").stdout.splitlines() if key_id in line
    )


def test_purge(database: str, monkeypatch: pytest.MonkeyPatch) -> None:
    run("db", "upgrade")
    monkeypatch.setenv("STANDOUT_RETENTION_DAYS", "30")
    result = run("db", "purge")
    assert result.stdout.strip() == "Deleted 0 analyses, 0 postings and 0 expired sessions."


def test_commands_refuse_an_unmigrated_database(database: str) -> None:
    result = run("users", "create", "x@example.com")
    assert isinstance(result.exception, DatabaseNotMigratedError)
    assert "standout db upgrade" in str(result.exception)


class FakeUvicorn:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def run(self, target: Any, **options: Any) -> None:
        self.calls.append((target, options))


@pytest.fixture
def uvicorn(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeUvicorn]:
    import uvicorn as real

    fake = FakeUvicorn()
    monkeypatch.setattr(real, "run", fake.run)
    # serve sends uvicorn's logs through the JSON handler; put the loggers back after.
    loggers = [logging.getLogger(name) for name in ("standout", "uvicorn", "uvicorn.error")]
    saved = [(each.handlers[:], each.level, each.propagate) for each in loggers]
    yield fake
    for each, (handlers, level, propagate) in zip(loggers, saved, strict=True):
        each.handlers[:], each.level, each.propagate = handlers, level, propagate


def test_serve_refuses_an_outdated_database(database: str, uvicorn: FakeUvicorn) -> None:
    result = run("serve")
    assert isinstance(result.exception, DatabaseNotMigratedError)
    assert uvicorn.calls == []


def test_serve_creates_the_default_database_on_first_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, uvicorn: FakeUvicorn
) -> None:
    monkeypatch.delenv("STANDOUT_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    result = run("serve", "--port", "8123")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "standout" / "standout.sqlite3").exists()
    [(_, options)] = uvicorn.calls
    assert (options["host"], options["port"]) == ("127.0.0.1", 8123)


@pytest.fixture
def balanced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, int]]:
    """Calls of the SO_REUSEPORT supervisor (tests/service/test_workers.py runs it for real)."""
    import standout.service.workers as workers

    calls: list[tuple[str, int, int]] = []
    monkeypatch.setattr(workers, "serve_balanced", lambda *args: calls.append(args))
    return calls


def test_serve_with_workers_gives_each_its_own_socket(
    database: str, uvicorn: FakeUvicorn, balanced: list[tuple[str, int, int]]
) -> None:
    run("db", "upgrade")
    assert run("serve", "--workers", "2", "--port", "8124").exit_code == 0
    assert balanced == [("127.0.0.1", 8124, 2)] and uvicorn.calls == []


def test_serve_with_workers_falls_back_to_uvicorns_own_elsewhere(
    database: str,
    uvicorn: FakeUvicorn,
    balanced: list[tuple[str, int, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import standout.service.workers as workers

    monkeypatch.setattr(workers, "balanced_workers_supported", lambda: False)
    run("db", "upgrade")
    assert run("serve", "--workers", "2").exit_code == 0
    [(target, options)] = uvicorn.calls
    assert target == "standout.service.app:app_from_environment" and balanced == []
    assert options["factory"] is True and options["workers"] == 2


def test_serve_runs_one_worker_without_redis(database: str, uvicorn: FakeUvicorn) -> None:
    """Separate workers without Redis would each allow a key the whole rate limit (#7)."""
    run("db", "upgrade")
    result = run("serve")
    assert result.exit_code == 0, result.output
    [(target, options)] = uvicorn.calls
    assert not isinstance(target, str) and "workers" not in options  # the app itself
    assert "with 1 worker " in result.output


def test_serve_runs_a_worker_per_core_with_redis(
    database: str,
    uvicorn: FakeUvicorn,
    balanced: list[tuple[str, int, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With Redis the workers share limits and caches, so every core serves (#7)."""
    run("db", "upgrade")
    monkeypatch.setenv("STANDOUT_REDIS_URL", "redis://127.0.0.1:6379/0")
    import standout._cpus as cpus

    monkeypatch.setattr(cpus, "usable_cpus", lambda: 4)
    result = run("serve")
    assert result.exit_code == 0, result.output
    assert balanced == [("127.0.0.1", 8000, 4)] and uvicorn.calls == []
    assert "with 4 workers " in result.output
    # uvicorn's own lines in the main process are JSON too.
    assert isinstance(logging.getLogger("uvicorn").handlers[0].formatter, JsonFormatter)


def test_serve_takes_host_port_and_workers_from_settings(
    database: str,
    uvicorn: FakeUvicorn,
    balanced: list[tuple[str, int, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A container sets STANDOUT_HOST/PORT/WORKERS once; its health check reads the port."""
    run("db", "upgrade")
    monkeypatch.setenv("STANDOUT_HOST", "0.0.0.0")
    monkeypatch.setenv("STANDOUT_PORT", "18000")
    monkeypatch.setenv("STANDOUT_WORKERS", "3")
    assert run("serve").exit_code == 0
    assert run("serve", "--port", "18001", "--workers", "2").exit_code == 0
    assert balanced == [("0.0.0.0", 18000, 3), ("0.0.0.0", 18001, 2)]


def test_serve_refuses_a_port_setting_out_of_range(
    database: str, uvicorn: FakeUvicorn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STANDOUT_PORT", "70000")
    result = run("serve")
    assert isinstance(result.exception, InvalidSettingsError)
    assert "STANDOUT_PORT" in str(result.exception) and uvicorn.calls == []


def test_serve_refuses_the_placeholder_secret_in_production(
    database: str, uvicorn: FakeUvicorn, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("db", "upgrade")
    monkeypatch.setenv("STANDOUT_ENVIRONMENT", "production")
    result = run("serve")
    assert isinstance(result.exception, InsecureSettingsError)
    assert uvicorn.calls == []


def test_every_service_command_has_help() -> None:
    for command in (["serve"], ["db"], ["users"], ["db", "upgrade"], ["users", "create"]):
        result = run(*command, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout, command


def test_delete_an_account_and_its_data(database: str) -> None:
    from standout.service.db import Database
    from standout.service.users.models import Account

    run("db", "upgrade")
    run("users", "create", "gone@example.com")
    assert run("users", "delete", "gone@example.com", "--yes").exit_code == 0
    db = Database(database)
    with db.session() as session:
        assert session.query(Account).count() == 0
    db.dispose()


@pytest.mark.parametrize("url", ["nonsense://", "not a url", "mysql://someone@db/standout"])
@pytest.mark.parametrize("command", [["db", "current"], ["users", "list"], ["serve"]])
def test_a_database_url_standout_cant_use_is_a_setting_error(
    url: str, command: list[str], monkeypatch: pytest.MonkeyPatch, uvicorn: FakeUvicorn
) -> None:
    """Not SQLAlchemy's traceback (NoSuchModuleError, ArgumentError, a missing driver)."""
    monkeypatch.setenv("STANDOUT_DATABASE_URL", url)
    result = run(*command)
    assert isinstance(result.exception, InvalidSettingsError), result.exception
    assert "STANDOUT_DATABASE_URL" in str(result.exception) and uvicorn.calls == []


@pytest.mark.parametrize("command", ["upgrade", "downgrade"])
def test_an_unknown_revision_is_one_coded_error(database: str, command: str) -> None:
    run("db", "upgrade")
    before = run("db", "current").stdout
    result = run("db", command, "zzz")
    assert isinstance(result.exception, UnknownRevisionError)
    assert "'zzz'" in str(result.exception)
    assert run("db", "current").stdout == before
