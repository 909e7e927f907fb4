"""Tiers as a chain: community room → township station → county general station.

A peer's `upstream` (the station it reports to in its turn: our township's county, or the
township a relayed room reports through), and the rooms' payloads a township keeps to forward
to its county until the county acknowledges them. Both local: never synced.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, as in 0008 and 0012: a batch rebuild would drop triggers.
    op.add_column("sync_peer", sa.Column("upstream", sa.String(36), nullable=True))
    op.create_table(
        "sync_relay",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("peer_id", sa.String(36), nullable=False, index=True),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("carried_seq", sa.Integer, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sync_relay")
    op.drop_column("sync_peer", "upstream")
