"""Reports shared by identical resumes: deleting the last analysis of a report while
another request claims it for a new analysis must never fail either request (#7)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from fastapi import FastAPI
from service_helpers import POSTGRES_URL, User, unique_resume
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from standout.service import core
from standout.service.analyses import service
from standout.service.analyses.models import Analysis, StoredReport
from standout.service.cache import MemoryCache
from standout.service.context import ServiceContext
from standout.service.users.models import Account


def _resume() -> core.ResumeInput:
    return core.ResumeInput(unique_resume().encode("utf-8"), "cv.md", "senior", date(2026, 1, 5))


def _create(context: ServiceContext, user: User, resume: core.ResumeInput) -> str:
    with context.database.session() as session:
        account = session.get(Account, user.account_id)
        assert account is not None
        created = service.create_analysis(
            session=session, context=context, account=account, resume=resume
        )
        return created.analysis.id


def _delete(context: ServiceContext, user: User, analysis_id: str) -> None:
    with context.database.session() as session:
        account = session.get(Account, user.account_id)
        assert account is not None
        service.delete_analysis(session=session, account=account, analysis_id=analysis_id)


def _report_rows(context: ServiceContext, resume: core.ResumeInput) -> int:
    key = service.report_row_key(resume.cache_key())
    with context.database.session() as session:
        return int(session.scalar(select(func.count()).where(StoredReport.key == key)) or 0)


def test_a_report_deleted_while_claimed_is_stored_again(
    app: FastAPI, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (#7): the report was found, then deleted with its last analysis before
    the new analysis was inserted; the insert broke the foreign key and answered 500.

    On SQLite storing the report takes the database's write lock until the commit, so no
    deletion can come in between (and this test would wait on itself)."""
    context: ServiceContext = app.state.context
    if context.database.engine.dialect.name == "sqlite":
        pytest.skip("SQLite serialises writers: the deletion can't come in between")
    monkeypatch.setattr(context, "cache", MemoryCache(0))  # analyse, store the report
    resume = _resume()
    first = _create(context, alice, resume)
    look_ups: list[str] = []
    store_report: Callable[..., None] = service._store_report

    def found_then_deleted(session: Session, key: str, *args: Any) -> None:
        store_report(session, key, *args)
        look_ups.append(key)
        if len(look_ups) == 1:  # the other request deletes the last analysis just now
            _delete(context, alice, first)

    monkeypatch.setattr(service, "_store_report", found_then_deleted)
    second = _create(context, alice, resume)
    assert len(look_ups) == 2  # the first claim failed and was made again
    with context.database.session() as session:
        assert session.get(Analysis, first) is None
        analysis = session.get(Analysis, second)
        assert analysis is not None
        assert analysis.report_json.startswith('{"schema_version"')
        assert analysis.readiness == analysis.report.readiness
    assert _report_rows(context, resume) == 1


def test_a_cached_report_whose_row_is_gone_is_stored_again(
    app: FastAPI, alice: User, caplog: pytest.LogCaptureFixture
) -> None:
    """The result cache still has the report, but its row went with its last analysis:
    the new analysis, inserted without looking, is refused by the foreign key and made
    again with the report stored anew (#7)."""
    context: ServiceContext = app.state.context
    resume = _resume()
    _delete(context, alice, _create(context, alice, resume))
    assert _report_rows(context, resume) == 0
    with caplog.at_level(logging.INFO, logger="standout.service.analyses"):
        again = _create(context, alice, resume)
    assert "storing it again" in caplog.text
    assert _report_rows(context, resume) == 1
    with context.database.session() as session:
        analysis = session.get(Analysis, again)
        assert analysis is not None and analysis.report_json.startswith('{"schema_version"')


def test_deleting_the_last_analysis_keeps_a_report_others_use(app: FastAPI, alice: User) -> None:
    context: ServiceContext = app.state.context
    resume = _resume()
    first, second = _create(context, alice, resume), _create(context, alice, resume)
    _delete(context, alice, first)
    assert _report_rows(context, resume) == 1
    _delete(context, alice, second)
    assert _report_rows(context, resume) == 0


def _waiting_on_a_lock(session: Session, backend_pid: int) -> bool:
    query = text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid")
    return session.scalar(query, {"pid": backend_pid}) == "Lock"


@pytest.mark.skipif(not POSTGRES_URL, reason="STANDOUT_TEST_DATABASE_URL is not set")
def test_a_report_claimed_while_being_deleted_is_kept(
    app: FastAPI, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other order (#7), on PostgreSQL: a new analysis points at the report (not yet
    committed) while the deletion of its last analysis tries to delete it. The deletion
    waits for the new analysis, then must keep the report instead of failing."""
    context: ServiceContext = app.state.context
    if context.database.engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL's row locks")
    resume = _resume()
    first = _create(context, alice, resume)
    claimant = context.database._sessions()  # noqa: SLF001 - a transaction held open
    account = claimant.get(Account, alice.account_id)
    assert account is not None
    second = service.create_analysis(
        session=claimant, context=context, account=account, resume=resume
    ).analysis.id
    deleter_pid: list[int] = []
    failures: list[BaseException] = []
    original_delete_unused = service.delete_unused_reports

    def note_pid(*, session: Session, key: str | None = None) -> int:
        deleter_pid.append(int(session.scalar(text("SELECT pg_backend_pid()")) or 0))
        return original_delete_unused(session=session, key=key)

    monkeypatch.setattr(service, "delete_unused_reports", note_pid)

    def delete_first() -> None:
        try:
            _delete(context, alice, first)
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    deleter = threading.Thread(target=delete_first)
    deleter.start()
    with context.database.session() as watcher:
        for _ in range(2_000):  # until the deletion waits on the claimant's row lock
            if deleter_pid and _waiting_on_a_lock(watcher, deleter_pid[0]):
                break
            threading.Event().wait(0.01)
        else:
            pytest.fail("the deletion never waited for the new analysis")
    claimant.commit()
    claimant.close()
    deleter.join(timeout=30)
    assert failures == []
    with context.database.session() as session:
        assert session.get(Analysis, first) is None
        assert session.get(Analysis, second) is not None
    assert _report_rows(context, resume) == 1
