"""Monthly submission, approval and lock: a station's submission of a month travels up, the
decision of the tier above (approved, returned with a reason, reopened) travels down.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
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
        "month_submission", *sync_columns(),
        sa.Column("station_id", sa.String(36), nullable=False, index=True),
        sa.Column("month", sa.String(7), nullable=False, index=True),
        sa.Column("submitted_at", sa.DateTime, nullable=False),
        sa.Column("submitted_by", sa.String(40), nullable=False),
        sa.Column("note", sa.String, nullable=False),
    )
    op.create_table(
        "month_decision", *sync_columns(),
        sa.Column("station_id", sa.String(36), nullable=False, index=True),
        sa.Column("month", sa.String(7), nullable=False, index=True),
        sa.Column("submission_id", sa.String(36), nullable=False),
        sa.Column("decision", sa.String(12), nullable=False),
        sa.Column("reason", sa.String, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("decided_by", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("month_decision")
    op.drop_table("month_submission")
