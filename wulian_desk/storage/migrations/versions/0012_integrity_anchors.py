"""What an insider with the data key cannot quietly rewrite.

Journal heads that travel: the chain heads (entry count and hash) this installation put in the
bundles it sent, and those it saw in the bundles it received, so `check` at either end names a
journal that was cut short or rewritten after it was sent. Local: never synced.

Account seals: each account row carries a head's signature over who it is and what it may do
(storage/account_seals.py). Rows from before are sealed at the first head login after upgrade.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("peer_id", sa.String(36), nullable=False, index=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("bundle_seq", sa.Integer, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    # A plain ALTER TABLE ADD COLUMN, as in 0008: a batch rebuild would drop triggers.
    op.add_column("account", sa.Column("seal", sa.String(100), nullable=False, server_default=""))
