"""The audit journal (append-only, hash-chained entries of who did what to which record) and
drafts (unsaved dialog input kept, encrypted, across a lock or a crash).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=True),
        sa.Column("username", sa.String(40), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("action", sa.String(32), nullable=False, index=True),
        sa.Column("record_kind", sa.String(32), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False, index=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    # The app only ever appends; these make an accidental UPDATE or DELETE fail loudly. They are
    # no defence against someone with the key and raw SQL: the hash chain is (`check`).
    op.execute(
        "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit journal is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
        "BEGIN SELECT RAISE(ABORT, 'audit journal is append-only'); END"
    )
    op.create_table(
        "draft",
        sa.Column("account_id", sa.String(36), primary_key=True),
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
    )
