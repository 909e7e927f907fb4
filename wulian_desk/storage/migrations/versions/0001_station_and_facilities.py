"""The first schema: local state, settings, org units, accounts, rooms and assets.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def sync_columns() -> list[sa.Column]:
    """The version fields every synced table carries (DESIGN.md, "Records and sync")."""
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
        "local_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "org_unit",
        *sync_columns(),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("tier", sa.String(16), nullable=False),
        sa.Column("parent_id", sa.String(36), sa.ForeignKey("org_unit.id"), nullable=True),
        sa.Column("division_code", sa.String(12), nullable=True),
        sa.Column("area_kind", sa.String(8), nullable=True),
    )
    op.create_table(
        "account",
        *sync_columns(),
        sa.Column("username", sa.String(40), nullable=False, index=True),
        sa.Column("display_name", sa.String(40), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "room",
        *sync_columns(),
        sa.Column("org_unit_id", sa.String(36), sa.ForeignKey("org_unit.id"), nullable=False, index=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("room_type", sa.String(16), nullable=False),
        sa.Column("area_m2", sa.Float, nullable=False),
        sa.Column("notes", sa.String(500), nullable=False, server_default=""),
    )
    op.create_table(
        "asset",
        *sync_columns(),
        sa.Column("org_unit_id", sa.String(36), sa.ForeignKey("org_unit.id"), nullable=False, index=True),
        sa.Column("asset_tag", sa.String(40), nullable=False, index=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("room_id", sa.String(36), sa.ForeignKey("room.id"), nullable=True, index=True),
        sa.Column("purchase_date", sa.Date, nullable=True),
        sa.Column("value_fen", sa.Integer, nullable=True),
    )
