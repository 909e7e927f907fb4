"""One person at every station of a county.

The person key (core/person_key.py) on client and volunteer rows, and on the certificates issued
for a person; the volunteer's national number (志愿者统一编号) where known. Both travel up; the ID
number they stand for does not.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, as in 0008 and 0012: a batch rebuild would drop triggers.
    for table in ("client", "volunteer", "volunteer_certificate"):
        op.add_column(table, sa.Column("person_key", sa.String(64), nullable=True))
        op.create_index(f"ix_{table}_person_key", table, ["person_key"])
    op.add_column("volunteer", sa.Column("national_number", sa.String(32), nullable=False, server_default=""))


def downgrade() -> None:
    for table in ("client", "volunteer", "volunteer_certificate"):
        op.drop_index(f"ix_{table}_person_key", table)
        op.drop_column(table, "person_key")
    op.drop_column("volunteer", "national_number")
