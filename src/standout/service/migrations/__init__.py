"""Alembic migrations shipped inside the package, driven without an alembic.ini.

``standout db upgrade|downgrade|current`` call these functions; so do the tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from standout.errors import UnknownRevisionError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection, Engine

SCRIPT_LOCATION = "standout.service:migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with _known_revision(revision):
        command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    from alembic import command

    with _known_revision(revision):
        command.downgrade(alembic_config(engine), revision)


@contextmanager
def _known_revision(revision: str) -> Iterator[None]:
    """Alembic's own error for a revision it can't resolve, as one coded line."""
    from alembic.util.exc import CommandError

    try:
        yield
    except CommandError as exc:
        raise UnknownRevisionError(
            f"Can't move the database schema to '{revision}': {exc}.",
            hint="Give head, base, -1 (one step back), or a revision that "
            "`standout db current` or the migrations folder shows.",
        ) from None
