"""Group work, community activities, volunteers, service hours and certificates.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
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


def text_column(name: str, length: int | None = None, *, default: str | None = None) -> sa.Column:
    kind = sa.String(length) if length else sa.Text
    if default is None:
        return sa.Column(name, kind, nullable=False)
    return sa.Column(name, kind, nullable=False, server_default=default)


def groups_and_activities() -> None:
    op.create_table(
        "group_work", *sync_columns(),
        text_column("name", 80), fk("org_unit_id", "org_unit.id"), fk("worker_id", "account.id"),
        text_column("goals", 2000), text_column("target_members", 500),
        sa.Column("planned_sessions", sa.Integer, nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False, index=True), sa.Column("ends_on", sa.Date, nullable=True),
        sa.Column("status", sa.String(16), nullable=False, index=True), text_column("outcome_summary", 4000, default=""),
    )
    op.create_table(
        "group_member", *sync_columns(),
        fk("group_id", "group_work.id"), fk("client_id", "client.id"), text_column("member_code", 20),
        sa.Column("joined_on", sa.Date, nullable=False), sa.Column("left_on", sa.Date, nullable=True),
    )
    op.create_table(
        "group_session", *sync_columns(),
        fk("group_id", "group_work.id"), sa.Column("number", sa.Integer, nullable=False),
        sa.Column("held_on", sa.Date, nullable=False), fk("room_id", "room.id", nullable=True, index=False),
        text_column("place", 80, default=""), text_column("plan", 2000), text_column("notes", 4000, default=""),
    )
    op.create_table(
        "group_attendance", *sync_columns(),
        fk("session_id", "group_session.id"), fk("client_id", "client.id"),
        sa.Column("present", sa.Boolean, nullable=False),
    )
    op.create_table(
        "group_measure", *sync_columns(),
        fk("group_id", "group_work.id"), fk("client_id", "client.id"), text_column("phase", 8),
        fk("form_record_id", "form_record.id"),
    )
    op.create_table(
        "activity", *sync_columns(),
        sa.Column("activity_number", sa.String(24), nullable=False, index=True), text_column("title", 80),
        text_column("activity_type", 20), fk("org_unit_id", "org_unit.id"),
        sa.Column("starts_at", sa.DateTime, nullable=False, index=True), sa.Column("ends_at", sa.DateTime, nullable=False),
        fk("room_id", "room.id", nullable=True, index=False), text_column("place", 80, default=""),
        text_column("organiser", 80), text_column("person_in_charge", 40), text_column("partners", default="[]"),
        text_column("description", 2000, default=""), sa.Column("planned_minutes", sa.Integer, nullable=False),
        sa.Column("headcount_unregistered", sa.Integer, nullable=False, server_default="0"),
        sa.Column("major_event", sa.String(16), nullable=True, index=True),
        sa.Column("reported_on", sa.Date, nullable=True),
    )
    op.create_table("activity_participant", *sync_columns(), fk("activity_id", "activity.id"), fk("client_id", "client.id"))


def volunteers() -> None:
    op.create_table(
        "volunteer", *sync_columns(),
        text_column("name", 40), sa.Column("name_initials", sa.String(40), nullable=False, server_default="", index=True),
        text_column("gender", 8), sa.Column("birth_date", sa.Date, nullable=True),
        text_column("id_type", 16, default="resident_id"),
        sa.Column("id_number", sa.String(30), nullable=False, index=True),
        text_column("residence_area", 80, default=""), text_column("phone", 20, default=""),
        text_column("skills", 200, default=""), text_column("service_categories", default="[]"),
        fk("org_unit_id", "org_unit.id"), sa.Column("consent_on", sa.Date, nullable=False),
    )
    op.create_table("activity_volunteer", *sync_columns(), fk("activity_id", "activity.id"), fk("volunteer_id", "volunteer.id"))
    op.create_table(
        "volunteer_team", *sync_columns(),
        text_column("name", 60), fk("org_unit_id", "org_unit.id"), text_column("leader", 40, default=""),
        text_column("description", 500, default=""), sa.Column("founded_on", sa.Date, nullable=True),
    )
    op.create_table(
        "team_member", *sync_columns(),
        fk("team_id", "volunteer_team.id"), fk("volunteer_id", "volunteer.id"), sa.Column("joined_on", sa.Date, nullable=False),
    )
    op.create_table(
        "volunteer_training", *sync_columns(),
        fk("volunteer_id", "volunteer.id"), text_column("name", 80), text_column("content", 500, default=""),
        sa.Column("hours", sa.Float, nullable=False), text_column("organiser", 80),
        sa.Column("held_on", sa.Date, nullable=False),
    )
    op.create_table(
        "volunteer_award", *sync_columns(),
        fk("volunteer_id", "volunteer.id"), text_column("name", 80), sa.Column("awarded_on", sa.Date, nullable=False),
        text_column("awarded_by", 80),
    )
    op.create_table(
        "volunteer_evaluation", *sync_columns(),
        fk("volunteer_id", "volunteer.id"), text_column("rating", 16), text_column("comments", 500, default=""),
        sa.Column("evaluated_on", sa.Date, nullable=False), text_column("evaluated_by", 36),
    )


def hours_and_certificates() -> None:
    op.create_table(
        "service_record", *sync_columns(),
        fk("volunteer_id", "volunteer.id", index=False), fk("activity_id", "activity.id", nullable=True),
        sa.Column("served_on", sa.Date, nullable=False), text_column("place", 80, default=""),
        text_column("content", 500), sa.Column("minutes", sa.Integer, nullable=False), text_column("organiser", 80),
        text_column("person_in_charge", 40, default=""), text_column("recorded_by", 36),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("late", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("corrects_id", sa.String(36), nullable=True), sa.Column("superseded_by", sa.String(36), nullable=True),
        text_column("correction_reason", 200, default=""),
    )
    # Totals per volunteer (per year, overall) read only this: live records, in volunteer and date
    # order, with the minutes in the index so the rows themselves are never touched. A query uses
    # it when its WHERE repeats the same two terms (services/volunteering/service_hours.py); the two columns of
    # those terms are in the index too (always NULL and 0 here), or SQLite would still read each row
    # to test them.
    op.create_index(
        "ix_service_record_live", "service_record",
        ["volunteer_id", "served_on", "minutes", "activity_id", "superseded_by", "deleted"],
        sqlite_where=sa.text("superseded_by IS NULL AND deleted = 0"),
    )
    # The few corrected versions, for a volunteer's full history; a full index on volunteer_id
    # would cost every one of a million inserts for what this small one answers.
    op.create_index("ix_service_record_superseded", "service_record", ["volunteer_id"],
                    sqlite_where=sa.text("superseded_by IS NOT NULL"))
    op.create_table(
        "volunteer_certificate", *sync_columns(),
        sa.Column("number", sa.String(24), nullable=False, index=True), fk("volunteer_id", "volunteer.id"),
        sa.Column("period_from", sa.Date, nullable=False), sa.Column("period_to", sa.Date, nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False), sa.Column("records", sa.Integer, nullable=False),
        text_column("records_digest", 64), sa.Column("issued_on", sa.Date, nullable=False), text_column("issued_by", 36),
    )


def upgrade() -> None:
    groups_and_activities()
    volunteers()
    hours_and_certificates()
