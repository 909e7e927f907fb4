"""The other parties: community organisations, charity resources, projects, staff, operating funds.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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


def fk(name: str, target: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(36), sa.ForeignKey(target), nullable=nullable, index=True)


def text_column(name: str, length: int | None = None, *, default: str | None = None) -> sa.Column:
    kind = sa.String(length) if length else sa.Text
    if default is None:
        return sa.Column(name, kind, nullable=False)
    return sa.Column(name, kind, nullable=False, server_default=default)


def integer(name: str, *, default: str | None = "0", index: bool = False) -> sa.Column:
    return sa.Column(name, sa.Integer, nullable=False, server_default=default, index=index)


def flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean, nullable=False, server_default=sa.false())


def day(name: str, *, nullable: bool = False, index: bool = False) -> sa.Column:
    return sa.Column(name, sa.Date, nullable=nullable, index=index)


def goods() -> list[sa.Column]:
    return [integer("amount_fen"), text_column("item", 60, default=""), integer("quantity"),
            text_column("unit", 8, default="")]


def organisations() -> None:
    op.create_table(
        "organisation", *sync_columns(),
        text_column("name", 80), fk("org_unit_id", "org_unit.id"), text_column("org_type", 16),
        text_column("status", 12), text_column("registration_number", 40, default=""), day("filed_on", nullable=True),
        text_column("leader", 40), text_column("phone", 20, default=""), integer("members"),
        text_column("charter", 8000, default=""), flag("brand_organisation"), text_column("brand_project", 80, default=""),
        flag("federation_member"), day("founded_on", nullable=True),
    )
    op.create_table("organisation_activity", *sync_columns(),
                    fk("organisation_id", "organisation.id"), fk("activity_id", "activity.id"))
    op.create_table(
        "organisation_evaluation", *sync_columns(),
        fk("organisation_id", "organisation.id"), integer("year", default=None), text_column("result", 12),
        text_column("comments", 1000, default=""), day("evaluated_on"), text_column("evaluated_by", 36),
    )


def charity() -> None:
    op.create_table(
        "donor", *sync_columns(),
        sa.Column("name", sa.String(80), nullable=False, index=True), text_column("donor_type", 16),
        text_column("contact", 40, default=""), text_column("phone", 20, default=""),
    )
    op.create_table("fund", *sync_columns(),
                    text_column("name", 80), text_column("fund_type", 16), fk("org_unit_id", "org_unit.id"))
    op.create_table(
        "donation", *sync_columns(),
        fk("donor_id", "donor.id"), fk("fund_id", "fund.id"), day("received_on", index=True), *goods(),
        text_column("notes", 500, default=""),
    )
    op.create_table(
        "allocation", *sync_columns(),
        fk("fund_id", "fund.id"), text_column("recipient_kind", 12),
        sa.Column("recipient_id", sa.String(36), nullable=False, index=True), day("allocated_on"), *goods(),
        text_column("purpose", 200, default=""), text_column("allocated_by", 36),
    )


def projects() -> None:
    op.create_table(
        "agency", *sync_columns(),
        text_column("name", 80), text_column("credit_code", 18, default=""), text_column("contact", 40, default=""),
        text_column("phone", 20, default=""), fk("org_unit_id", "org_unit.id"),
    )
    op.create_table(
        "project", *sync_columns(),
        text_column("name", 80), fk("org_unit_id", "org_unit.id"),
        sa.Column("stage", sa.String(12), nullable=False, index=True), text_column("needs", 4000, default=""),
        fk("agency_id", "agency.id", nullable=True), integer("budget_fen"), integer("contract_fen"),
        day("period_from", nullable=True), day("period_to", nullable=True), sa.Column("score", sa.Float, nullable=True),
        sa.Column("accepted", sa.Boolean, nullable=True), text_column("report", 4000, default=""),
    )
    op.create_table(
        "project_event", *sync_columns(),
        fk("project_id", "project.id"), sa.Column("from_stage", sa.String(12), nullable=True),
        text_column("to_stage", 12), day("on"), text_column("approved_by", 36), text_column("documents", default="[]"),
        text_column("note", 1000, default=""),
    )
    op.create_table("project_spending", *sync_columns(),
                    fk("project_id", "project.id"), day("spent_on"), integer("amount_fen", default=None),
                    text_column("purpose", 200))
    op.create_table(
        "project_indicator", *sync_columns(),
        fk("project_id", "project.id"), text_column("name", 80), sa.Column("target", sa.Float, nullable=False),
        sa.Column("actual", sa.Float, nullable=True), text_column("unit", 12, default=""),
    )


def staffing() -> None:
    op.create_table(
        "staff", *sync_columns(),
        text_column("name", 40), text_column("post", 40), text_column("certificate", 12, default="none"),
        fk("org_unit_id", "org_unit.id"), fk("agency_id", "agency.id", nullable=True),
        text_column("phone", 20, default=""), sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_table(
        "staff_training", *sync_columns(),
        fk("staff_id", "staff.id"), text_column("name", 80), sa.Column("hours", sa.Float, nullable=False),
        day("held_on", index=True), text_column("organiser", 80, default=""),
    )
    op.create_table(
        "operating_fund", *sync_columns(),
        fk("org_unit_id", "org_unit.id"), integer("year", default=None, index=True), text_column("entry", 8),
        integer("amount_fen", default=None), day("on"), text_column("note", 200, default=""),
    )


def upgrade() -> None:
    organisations()
    charity()
    projects()
    staffing()
