"""Record on each web session the API key it was signed in with.

Revoking a key then ends the browser sessions it opened (the foreign key deletes them if
the key row itself goes). Sessions signed in before this revision don't say with which
key, so the upgrade ends them: their users sign in again, once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FOREIGN_KEY = "fk_web_sessions_api_key_id_api_keys"
_INDEX = "ix_web_sessions_api_key_id"


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM web_sessions"))
    with op.batch_alter_table("web_sessions") as table:
        table.add_column(sa.Column("api_key_id", sa.String(32), nullable=True))
        table.create_foreign_key(
            _FOREIGN_KEY, "api_keys", ["api_key_id"], ["id"], ondelete="CASCADE"
        )
        table.create_index(_INDEX, ["api_key_id"])


def downgrade() -> None:
    with op.batch_alter_table("web_sessions") as table:
        table.drop_index(_INDEX)
        table.drop_constraint(_FOREIGN_KEY, type_="foreignkey")
        table.drop_column("api_key_id")
