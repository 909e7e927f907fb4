"""Conflict decisions travel: a person's choice on a conflict (kept or restored) is a synced
record, so the station's other computers and the county set the same conflict aside.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def sync_columns() -> list[sa.Column]:
    # As 0008 has them (a migration is a snapshot of its day, not of today's models).
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner", sa.String(36), nullable=False, index=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("base_version", sa.String(60), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "conflict_decision", *sync_columns(),
        sa.Column("conflict_id", sa.String(64), nullable=False, index=True),
        sa.Column("resolution", sa.String(12), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
    )
