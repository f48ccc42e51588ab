"""Alembic environment: runs migrations on the engine the caller put in the config."""

from __future__ import annotations

from alembic import context

from standout.service.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only reached when someone runs plain `alembic`
    raise RuntimeError("Run migrations through `standout db upgrade`, not plain alembic.")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite can't ALTER much
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
