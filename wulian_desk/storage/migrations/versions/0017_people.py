"""One person at the county: the links by which the county joins records to a person by hand.

`person_link` is the county's own table (record kind, record id, the person it joins); it travels
down to the county's stations like its documents. The person secret itself is a county document
of kind "person_secret" (no schema change).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_link",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner", sa.String(36), nullable=False, index=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("base_version", sa.String(60), nullable=True),
        sa.Column("record_kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False, index=True),
        sa.Column("person", sa.String(36), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("person_link")
