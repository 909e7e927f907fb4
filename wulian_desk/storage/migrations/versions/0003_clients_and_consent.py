"""Clients (服务对象) and their consent records.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner", sa.String(36), nullable=False, index=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    op.create_table(
        "client",
        *sync_columns(),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("gender", sa.String(8), nullable=False),
        sa.Column("birth_date", sa.Date, nullable=True),
        sa.Column("id_number", sa.String(18), nullable=True),
        sa.Column("phone", sa.String(20), nullable=False, server_default=""),
        sa.Column("org_unit_id", sa.String(36), sa.ForeignKey("org_unit.id"), nullable=False, index=True),
        sa.Column("address", sa.String(120), nullable=False, server_default=""),
        sa.Column("categories", sa.Text, nullable=False, server_default="[]"),
        sa.Column("household", sa.Text, nullable=False, server_default="[]"),
        sa.Column("health_notes", sa.String(2000), nullable=False, server_default=""),
        sa.Column("name_initials", sa.String(40), nullable=False, server_default="", index=True),
    )
    op.create_table(
        "consent",
        *sync_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("client.id"), nullable=False, index=True),
        sa.Column("given_on", sa.Date, nullable=False),
        sa.Column("scopes", sa.Text, nullable=False, server_default='["service"]'),
        sa.Column("sensitive", sa.Text, nullable=False, server_default="[]"),
        sa.Column("guardian_name", sa.String(40), nullable=False, server_default=""),
        sa.Column("guardian_relation", sa.String(20), nullable=False, server_default=""),
        sa.Column("withdrawn_on", sa.Date, nullable=True),
    )
