"""The database: SQLAlchemy 2 engine, sessions and the schema's migration state.

SQLite (the zero-configuration default) gets foreign keys, WAL and a busy timeout so that
several workers can share one file; PostgreSQL needs nothing special.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import DateTime, ForeignKey, MetaData, String, create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    configure_mappers,
    make_transient_to_detached,
    mapped_column,
    sessionmaker,
)
from sqlalchemy.types import TypeDecorator

from standout.errors import (
    DatabaseNotMigratedError,
    DatabaseUnavailableError,
    InvalidSettingsError,
)
from standout.service.sqlite_writes import WriteTurns

# Stable constraint names, so that migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC, even on SQLite (which drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


RecordT = TypeVar("RecordT", bound=Base)


def detached(model: type[RecordT], values: Mapping[str, Any]) -> RecordT:
    """A ``model`` object holding ``values`` as if loaded from its row, in no session.

    For rows written or looked up without the ORM (on every request: the new analysis,
    the account of a remembered API key). The constructor would run the attribute events
    a new, unsaved object needs, at four times the CPU.
    """
    mapper = model.__mapper__
    if not mapper.configured:  # the constructor would configure the mappers itself
        configure_mappers()
    instance: RecordT = mapper.class_manager.new_instance()
    instance.__dict__.update(values)
    make_transient_to_detached(instance)
    return instance


def new_id() -> str:
    """Random public identifiers: nothing to enumerate, nothing to guess."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class OwnedRecord:
    """Columns of every resource that belongs to an account (mixed into its model)."""

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)


SQLITE_BUSY_SECONDS = 30  # how long a writer waits for another before giving up


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable in WAL mode except for the last transactions on power loss.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        return _make_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        # "not a url", "nonsense://", a driver that isn't installed: the setting is wrong.
        raise InvalidSettingsError(
            f"STANDOUT_DATABASE_URL names no database standout can use ({exc}).",
            hint="Use sqlite:///path/to/file.sqlite3 or "
            "postgresql+psycopg://user:password@host/database.",
        ) from None


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        pooling: dict[str, int] = {"pool_size": 8}
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            # A SQLite connection is an open file: never make a thread wait for one (the
            # threads that may hold one are few anyway).
            pooling["max_overflow"] = -1
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS},
            **pooling,
        )
        event.listen(engine, "connect", _configure_sqlite)
        WriteTurns(SQLITE_BUSY_SECONDS).install(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


class Database:
    """One engine and its session factory; the app holds one, tests make their own."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def new_session(self) -> Session:
        """A session of its own; the caller commits and closes it."""
        return self._sessions()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def ping(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise DatabaseUnavailableError(
                f"Can't reach the database ({type(exc).__name__}).",
                hint="Check STANDOUT_DATABASE_URL and that the database server is running.",
            ) from exc

    def is_empty(self) -> bool:
        """True for a database with no tables at all: a fresh file, never migrated."""
        from sqlalchemy import inspect

        return not inspect(self.engine).get_table_names()

    def ensure_current(self) -> None:
        """Refuse to serve a database whose schema is behind (or ahead of) this code."""
        from standout.service.migrations import current_revision, head_revision

        self.ping()
        with self.engine.connect() as connection:
            current = current_revision(connection)
        head = head_revision()
        if current != head:
            state = "has no schema yet" if current is None else f"is at revision {current}"
            raise DatabaseNotMigratedError(
                f"The database {state}; this version of standout needs revision {head}.",
                hint="Run `standout db upgrade` (with the same STANDOUT_DATABASE_URL), "
                "then start again.",
            )

    def dispose(self) -> None:
        self.engine.dispose()
