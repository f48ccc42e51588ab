"""On SQLite, the threads of one process take turns to write.

SQLite lets one transaction write at a time. A thread that finds the database locked is
put to sleep by SQLite's busy handler for 1, 2, 5, 10... up to 100 ms between tries,
whether or not the writer finished long ago; and the writer itself, a Python thread,
waits for the GIL between its statements. Under load that made one request in a hundred
take a few hundred milliseconds. Here a writer waits on a Python lock instead and wakes
the moment the previous writer's connection goes back to the pool, which a session does
as soon as it commits or rolls back. Other processes (more workers) still meet SQLite's
own lock, less often.

A thread takes its turn at its first INSERT, UPDATE or DELETE. Waiting longer than the
busy timeout gives the same "database is locked" error SQLite would.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
_INSTALLED: weakref.WeakKeyDictionary[Engine, WriteTurns] = weakref.WeakKeyDictionary()


class WriteTurns:
    def __init__(self, timeout_seconds: float) -> None:
        self._timeout = timeout_seconds
        self._lock = threading.Lock()
        self._holder: Any = None  # the DBAPI connection whose transaction writes now

    def install(self, engine: Engine) -> None:
        event.listen(engine, "before_cursor_execute", self._before_execute)
        for name in ("checkin", "invalidate", "close", "close_detached", "detach"):
            event.listen(engine, name, self._connection_done)
        _INSTALLED[engine] = self

    @staticmethod
    def of(engine: Engine) -> WriteTurns | None:
        """The turns installed on ``engine``, if any."""
        return _INSTALLED.get(engine)

    def _before_execute(self, connection: Any, cursor: Any, statement: str, *_: Any) -> None:
        dbapi_connection = connection.connection.dbapi_connection
        if self._holder is dbapi_connection or not _WRITE.match(statement):
            return
        if not self._lock.acquire(timeout=self._timeout):
            raise sqlite3.OperationalError("database is locked")
        self._holder = dbapi_connection

    def _connection_done(self, dbapi_connection: Any, *_: Any) -> None:
        # The connection's transaction is over (committed, rolled back or abandoned).
        if dbapi_connection is not None and self._holder is dbapi_connection:
            self._holder = None
            self._lock.release()

    @property
    def busy(self) -> bool:
        return self._lock.locked()
