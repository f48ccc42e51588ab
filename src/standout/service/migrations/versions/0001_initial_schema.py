"""Create accounts, keys, sessions, analyses, postings, matches and prep packs.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[str]:
    return sa.Column("id", sa.String(32), primary_key=True)


def _timestamp(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _owner() -> sa.Column[str]:
    return sa.Column(
        "account_id",
        sa.String(32),
        sa.ForeignKey("accounts.id", ondelete="CASCADE"),
        nullable=False,
    )


def _parent(name: str, table: str, *, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(
        name, sa.String(32), sa.ForeignKey(f"{table}.id", ondelete="CASCADE"), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "accounts",
        _id(),
        sa.Column("email", sa.String(320), nullable=False, unique=True),
        _timestamp("created_at"),
        sa.Column("keep_resume_text", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "api_keys",
        _id(),
        _owner(),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        _timestamp("created_at"),
        _timestamp("revoked_at", nullable=True),
    )
    op.create_index("ix_api_keys_account_id", "api_keys", ["account_id"])
    op.create_table(
        "web_sessions",
        _id(),
        _owner(),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        _timestamp("created_at"),
        _timestamp("expires_at"),
    )
    op.create_index("ix_web_sessions_account_id", "web_sessions", ["account_id"])
    op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"])
    op.create_table(
        "reports",
        sa.Column("key", sa.String(64), primary_key=True),
        _timestamp("created_at"),
        sa.Column("readiness", sa.Integer(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=False),
    )
    op.create_table(
        "analyses",
        _id(),
        _owner(),
        _timestamp("created_at"),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("readiness", sa.Integer(), nullable=False),
        sa.Column(
            "report_key",
            sa.String(64),
            sa.ForeignKey("reports.key", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("resume_kept", sa.Boolean(), nullable=False),
        sa.Column("source", sa.LargeBinary(), nullable=True),
    )
    op.create_index("ix_analyses_report_key", "analyses", ["report_key"])
    op.create_index("ix_analyses_account_created", "analyses", ["account_id", "created_at"])
    op.create_index("ix_analyses_created_at", "analyses", ["created_at"])
    op.create_table(
        "renderings",
        _parent("analysis_id", "analyses"),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("analysis_id", "format"),
    )
    op.create_table(
        "postings",
        _id(),
        _owner(),
        _timestamp("created_at"),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("title", sa.String(300), nullable=True),
        sa.Column("must_have_count", sa.Integer(), nullable=False),
        sa.Column("nice_to_have_count", sa.Integer(), nullable=False),
        sa.Column("source", sa.LargeBinary(), nullable=False),
        sa.Column("posting_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_postings_account_created", "postings", ["account_id", "created_at"])
    op.create_index("ix_postings_created_at", "postings", ["created_at"])
    op.create_table(
        "matches",
        _id(),
        _owner(),
        _parent("analysis_id", "analyses"),
        _parent("posting_id", "postings"),
        _timestamp("created_at"),
        sa.Column("posting_title", sa.String(300), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("match_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_matches_account_created", "matches", ["account_id", "created_at"])
    op.create_index("ix_matches_created_at", "matches", ["created_at"])
    op.create_index("ix_matches_analysis_id", "matches", ["analysis_id"])
    op.create_index("ix_matches_posting_id", "matches", ["posting_id"])
    op.create_table(
        "prep_packs",
        _id(),
        _owner(),
        _parent("analysis_id", "analyses"),
        _parent("posting_id", "postings", nullable=True),
        _timestamp("created_at"),
        sa.Column("posting_title", sa.String(300), nullable=True),
        sa.Column("question_count", sa.Integer(), nullable=False),
        sa.Column("pack_json", sa.Text(), nullable=False),
    )
    op.create_index("ix_prep_packs_account_created", "prep_packs", ["account_id", "created_at"])
    op.create_index("ix_prep_packs_created_at", "prep_packs", ["created_at"])
    op.create_index("ix_prep_packs_analysis_id", "prep_packs", ["analysis_id"])
    op.create_index("ix_prep_packs_posting_id", "prep_packs", ["posting_id"])


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes.
    for table in (
        "prep_packs",
        "matches",
        "postings",
        "renderings",
        "analyses",
        "reports",
        "web_sessions",
        "api_keys",
        "accounts",
    ):
        op.drop_table(table)
