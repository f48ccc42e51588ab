"""On SQLite the threads of one process take turns to write, instead of sleeping in
SQLite's busy handler (#7): that sleep gave one cached analysis in a hundred a few
hundred milliseconds."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from standout.service.db import make_engine
from standout.service.sqlite_writes import WriteTurns


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{tmp_path / 'turns.sqlite3'}", connect_args={"check_same_thread": False}
    )
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    return engine


@pytest.fixture
def turns(engine: Engine) -> WriteTurns:
    made = WriteTurns(timeout_seconds=0.5)
    made.install(engine)
    return made


def test_reading_takes_no_turn(engine: Engine, turns: WriteTurns) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM notes"))
        assert not turns.busy


@pytest.mark.parametrize("ending", ["commit", "rollback", "close"])
def test_the_turn_ends_with_the_transaction(engine: Engine, turns: WriteTurns, ending: str) -> None:
    connection = engine.connect()
    connection.execute(text("INSERT INTO notes (body) VALUES ('x')"))
    assert turns.busy
    if ending != "close":
        getattr(connection, ending)()
    connection.close()  # back to the pool: the transaction is over
    assert not turns.busy


def test_a_second_writer_in_the_same_thread_gets_locked(engine: Engine, turns: WriteTurns) -> None:
    """What SQLite itself would answer after its busy timeout, not a hang."""
    with engine.connect() as first, engine.connect() as second:
        first.execute(text("INSERT INTO notes (body) VALUES ('first')"))
        with pytest.raises(OperationalError, match="database is locked"):
            second.execute(text("INSERT INTO notes (body) VALUES ('second')"))


def test_make_engine_gives_sqlite_turns(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'made.sqlite3'}")
    assert WriteTurns.of(engine) is not None
    engine.dispose()


def test_writers_in_threads_take_turns_instead_of_meeting_the_lock(tmp_path: Path) -> None:
    """With no busy timeout at all, SQLite refuses a writer that meets another's lock at
    once; taking turns, six threads that pause mid-transaction never meet it."""
    engine = create_engine(
        f"sqlite:///{tmp_path / 'threads.sqlite3'}",
        connect_args={"check_same_thread": False, "timeout": 0},
    )
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    WriteTurns(timeout_seconds=30).install(engine)
    failures: list[BaseException] = []

    def writer(number: int) -> None:
        try:
            for round_ in range(10):
                with engine.connect() as connection:
                    connection.execute(
                        text("INSERT INTO notes (body) VALUES (:body)"),
                        {"body": f"{number}-{round_}"},
                    )
                    time.sleep(0.002)  # let the other threads run mid-transaction
                    connection.commit()
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM notes")).scalar() == 60
    engine.dispose()
