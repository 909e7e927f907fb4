"""Certificates verifiable anywhere in the county, and numbers unique without a server.

A certificate may be revoked by its issuer (the date and reason travel with the row, up to the
county); every computer records its own public signing key in `installation_key` (a station's
table: it goes to the station's other computers and up to the county); each computer enrolled as another computer of a station is given a number tag, which
the enrolling computer records with its peer.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
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
        "installation_key", *sync_columns(),
        sa.Column("installation_id", sa.String(36), nullable=False, index=True),
        sa.Column("sign_public", sa.String(64), nullable=False),
    )
    # Plain ALTER TABLE ADD COLUMN, as in 0008 and 0012: a batch rebuild would drop triggers.
    op.add_column("volunteer_certificate", sa.Column("revoked_on", sa.Date(), nullable=True))
    op.add_column("volunteer_certificate",
                  sa.Column("revoked_reason", sa.String(200), nullable=False, server_default=""))
    op.add_column("sync_peer", sa.Column("number_tag", sa.String(6), nullable=True))


def downgrade() -> None:
    op.drop_table("installation_key")
    op.drop_column("volunteer_certificate", "revoked_on")
    op.drop_column("volunteer_certificate", "revoked_reason")
    op.drop_column("sync_peer", "number_tag")
