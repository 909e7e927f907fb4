"""Sync: this installation's keys, its peers, the bundle ledgers, conflicts, the county's
documents, correction requests and erasures, and `base_version` on every synced table.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Every table carrying the version fields at revision 0007 (a frozen list: a migration is a
# snapshot of its day, not of today's models).
SYNCED_AT_0007 = (
    "org_unit", "account", "room", "asset", "client", "consent", "case_file", "case_event", "form_record",
    "service_session", "supervision", "approval", "volunteer", "volunteer_team", "team_member",
    "volunteer_training", "volunteer_award", "volunteer_evaluation", "volunteer_certificate", "group_work",
    "group_member", "group_session", "group_attendance", "group_measure", "activity", "activity_participant",
    "activity_volunteer", "service_record", "organisation", "organisation_activity", "organisation_evaluation",
    "donor", "fund", "donation", "allocation", "agency", "project", "project_event", "project_indicator",
    "project_spending", "staff", "staff_training", "operating_fund",
)


def sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("owner", sa.String(36), nullable=False, index=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("counter", sa.Integer, nullable=False, index=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("base_version", sa.String(60), nullable=True),
    ]


def local_tables() -> None:
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sign_private", sa.String(64), nullable=False),
        sa.Column("age_identity", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("station_id", sa.String(36), nullable=False, index=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("tier", sa.String(16), nullable=False),
        sa.Column("division_code", sa.String(12), nullable=True),
        sa.Column("relation", sa.String(8), nullable=False),
        sa.Column("sign_public", sa.String(64), nullable=False),
        sa.Column("age_recipient", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(24), nullable=False),
        sa.Column("status", sa.String(8), nullable=False, server_default="active"),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("out_seq", sa.Integer, nullable=False, server_default="0"),
        sa.Column("out_last_id", sa.String(36), nullable=True),
        sa.Column("acked_seq", sa.Integer, nullable=False, server_default="0"),
        sa.Column("in_last_seq", sa.Integer, nullable=False, server_default="0"),
        sa.Column("in_last_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "sync_bundle_out",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("peer_id", sa.String(36), nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("marks", sa.Text, nullable=False),
        sa.Column("counts", sa.Text, nullable=False),
        sa.Column("file_name", sa.String(120), nullable=False),
    )
    op.create_table(
        "sync_bundle_in",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("peer_id", sa.String(36), nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("counts", sa.Text, nullable=False),
        sa.Column("conflicts", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False, index=True),
        sa.Column("owner", sa.String(36), nullable=False),
        sa.Column("loser_version", sa.String(60), nullable=False),
        sa.Column("winner_version", sa.String(60), nullable=False),
        sa.Column("loser_row", sa.Text, nullable=False),
        sa.Column("found_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime, nullable=True),
        sa.Column("resolved_by", sa.String(40), nullable=True),
        sa.Column("resolution", sa.String(12), nullable=True),
    )


def synced_tables() -> None:
    op.create_table(
        "county_document", *sync_columns(),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("for_station", sa.String(36), nullable=True),
    )
    op.create_table(
        "correction_request", *sync_columns(),
        sa.Column("station_id", sa.String(36), nullable=False, index=True),
        sa.Column("record_table", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("requested_by", sa.String(40), nullable=False),
        sa.Column("requested_on", sa.Date, nullable=False),
    )
    op.create_table(
        "correction_answer", *sync_columns(),
        sa.Column("request_id", sa.String(36), nullable=False, index=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("answered_by", sa.String(40), nullable=False),
        sa.Column("answered_on", sa.Date, nullable=False),
    )


def erasures() -> None:
    op.create_table(
        "erasure", *sync_columns(),
        sa.Column("subject_table", sa.String(40), nullable=False),
        sa.Column("subject_id", sa.String(36), nullable=False, index=True),
        sa.Column("erased_on", sa.Date, nullable=False),
    )


def upgrade() -> None:
    for table in SYNCED_AT_0007:
        # A plain ALTER TABLE ADD COLUMN: a batch rebuild would drop the search triggers.
        op.add_column(table, sa.Column("base_version", sa.String(60), nullable=True))
    local_tables()
    synced_tables()
    erasures()
