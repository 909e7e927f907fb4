"""Certificates verifiable anywhere in the county, and numbers unique without a server.

A certificate may be revoked by its issuer (the date and reason travel with the row, up to the
county); each computer enrolled as another computer of a station is given a number tag, which
the enrolling computer records with its peer.

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
    op.add_column("volunteer_certificate", sa.Column("revoked_on", sa.Date(), nullable=True))
    op.add_column("volunteer_certificate",
                  sa.Column("revoked_reason", sa.String(200), nullable=False, server_default=""))
    op.add_column("sync_peer", sa.Column("number_tag", sa.String(6), nullable=True))


def downgrade() -> None:
    op.drop_column("volunteer_certificate", "revoked_on")
    op.drop_column("volunteer_certificate", "revoked_reason")
    op.drop_column("sync_peer", "number_tag")
