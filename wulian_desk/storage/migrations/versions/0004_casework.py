"""Casework: cases, their stage history, filled forms, approvals, sessions and supervision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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


def fk(name: str, target: str, *, nullable: bool = False, index: bool = True) -> sa.Column:
    return sa.Column(name, sa.String(36), sa.ForeignKey(target), nullable=nullable, index=index)


def upgrade() -> None:
    op.create_table(
        "case_file",
        *sync_columns(),
        sa.Column("case_number", sa.String(24), nullable=False, index=True),
        fk("client_id", "client.id"),
        fk("org_unit_id", "org_unit.id"),
        sa.Column("title", sa.String(80), nullable=False),
        fk("worker_id", "account.id"),
        fk("supervisor_id", "account.id", nullable=True, index=False),
        sa.Column("priority", sa.String(8), nullable=False),
        sa.Column("risk", sa.String(8), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False, index=True),
        sa.Column("stage_before_pause", sa.String(16), nullable=True),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("next_review_on", sa.Date, nullable=True, index=True),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("referral_to", sa.String(80), nullable=False, server_default=""),
    )
    op.create_table(
        "case_event",
        *sync_columns(),
        fk("case_id", "case_file.id"),
        sa.Column("from_stage", sa.String(16), nullable=True),
        sa.Column("to_stage", sa.String(16), nullable=False),
        sa.Column("on", sa.Date, nullable=False),
        sa.Column("by_account", sa.String(36), nullable=False),
        sa.Column("note", sa.String(500), nullable=False, server_default=""),
    )
    op.create_table(
        "form_record",
        *sync_columns(),
        sa.Column("form_id", sa.String(40), nullable=False, index=True),
        sa.Column("form_version", sa.Integer, nullable=False),
        fk("client_id", "client.id", nullable=True),
        fk("case_id", "case_file.id", nullable=True),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("computed", sa.Text, nullable=False, server_default="{}"),
        sa.Column("filled_on", sa.Date, nullable=False),
        sa.Column("filled_by", sa.String(36), nullable=False),
    )
    op.create_table(
        "approval",
        *sync_columns(),
        fk("case_id", "case_file.id"),
        fk("form_record_id", "form_record.id"),
        sa.Column("subject", sa.String(16), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("comments", sa.String(1000), nullable=False, server_default=""),
        sa.Column("decided_by", sa.String(36), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
    )
    op.create_table(
        "service_session",
        *sync_columns(),
        fk("case_id", "case_file.id"),
        sa.Column("on", sa.Date, nullable=False, index=True),
        sa.Column("minutes", sa.Integer, nullable=False),
        fk("room_id", "room.id", nullable=True, index=False),
        sa.Column("place", sa.String(60), nullable=False, server_default=""),
        sa.Column("session_type", sa.String(20), nullable=False),
        sa.Column("content", sa.String(4000), nullable=False),
        sa.Column("next_steps", sa.String(1000), nullable=False, server_default=""),
        sa.Column("worker_id", sa.String(36), nullable=False),
    )
    op.create_table(
        "supervision",
        *sync_columns(),
        fk("case_id", "case_file.id"),
        sa.Column("on", sa.Date, nullable=False),
        sa.Column("supervisor_id", sa.String(36), nullable=False),
        sa.Column("notes", sa.String(4000), nullable=False),
        fk("form_record_id", "form_record.id", nullable=True, index=False),
    )
