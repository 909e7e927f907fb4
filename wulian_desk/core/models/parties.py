"""The other parties: community organisations, charity resources, projects, staff and funds."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from wulian_desk.core.models.base import SyncFields

# -- the other parties: organisations, charity, projects, staff, funds ---------------------------


class Organisation(SyncFields, table=True):
    """社区社会组织: registered (登记, with its number) or filed at the township (备案, with the date)."""

    __tablename__ = "organisation"

    name: str = Field(max_length=80)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)  # the community
    org_type: str = Field(max_length=16)  # organisations.ORG_TYPES
    status: str = Field(max_length=12)  # "registered" / "filed"
    registration_number: str = Field(default="", max_length=40)
    filed_on: date | None = None
    leader: str = Field(max_length=40)
    phone: str = Field(default="", max_length=20)
    members: int = 0
    charter: str = Field(default="", max_length=8000)  # 简易章程
    brand_organisation: bool = False
    brand_project: str = Field(default="", max_length=80)  # the name of its 品牌项目, if it has one
    federation_member: bool = False
    founded_on: date | None = None


class OrganisationActivity(SyncFields, table=True):
    __tablename__ = "organisation_activity"

    organisation_id: str = Field(foreign_key="organisation.id", index=True, max_length=36)
    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)


class OrganisationEvaluation(SyncFields, table=True):
    """评估评议: the yearly evaluation by the community Party organisation, committee and residents."""

    __tablename__ = "organisation_evaluation"

    organisation_id: str = Field(foreign_key="organisation.id", index=True, max_length=36)
    year: int
    result: str = Field(max_length=12)  # organisations.EVALUATION_RESULTS
    comments: str = Field(default="", max_length=1000)
    evaluated_on: date
    evaluated_by: str = Field(max_length=36)


class Donor(SyncFields, table=True):
    __tablename__ = "donor"

    name: str = Field(max_length=80, index=True)
    donor_type: str = Field(max_length=16)  # charity.DONOR_TYPES
    contact: str = Field(default="", max_length=40)
    phone: str = Field(default="", max_length=20)


class Fund(SyncFields, table=True):
    """A community fund (社区基金, cash) or a charity supermarket (慈善超市, goods and cash)."""

    __tablename__ = "fund"

    name: str = Field(max_length=80)
    fund_type: str = Field(max_length=16)  # charity.FUND_TYPES
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)


class Donation(SyncFields, table=True):
    """Money (fen) or goods (item, quantity, unit) from one donor into one fund."""

    __tablename__ = "donation"

    donor_id: str = Field(foreign_key="donor.id", index=True, max_length=36)
    fund_id: str = Field(foreign_key="fund.id", index=True, max_length=36)
    received_on: date = Field(index=True)
    amount_fen: int = 0
    item: str = Field(default="", max_length=60)  # empty for cash
    quantity: int = 0
    unit: str = Field(default="", max_length=8)
    notes: str = Field(default="", max_length=500)


class Allocation(SyncFields, table=True):
    """Money or goods out of a fund to a client, an activity or a project."""

    __tablename__ = "allocation"

    fund_id: str = Field(foreign_key="fund.id", index=True, max_length=36)
    recipient_kind: str = Field(max_length=12)  # "client" / "activity" / "project"
    recipient_id: str = Field(max_length=36, index=True)
    allocated_on: date
    amount_fen: int = 0
    item: str = Field(default="", max_length=60)
    quantity: int = 0
    unit: str = Field(default="", max_length=8)
    purpose: str = Field(default="", max_length=200)
    allocated_by: str = Field(max_length=36)


class Agency(SyncFields, table=True):
    """社会工作服务机构: takes projects and stations its workers in a station or room."""

    __tablename__ = "agency"

    name: str = Field(max_length=80)
    credit_code: str = Field(default="", max_length=18)  # 统一社会信用代码
    contact: str = Field(default="", max_length=40)
    phone: str = Field(default="", max_length=20)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)  # where it is stationed


class Project(SyncFields, table=True):
    """政府购买服务项目 from 需求评估 to 评估验收; money in fen."""

    __tablename__ = "project"

    name: str = Field(max_length=80)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    stage: str = Field(default="needs", max_length=12, index=True)  # projects.STAGES
    needs: str = Field(default="", max_length=4000)
    agency_id: str | None = Field(default=None, foreign_key="agency.id", index=True, max_length=36)
    budget_fen: int = 0
    contract_fen: int = 0
    period_from: date | None = None
    period_to: date | None = None
    score: float | None = None
    accepted: bool | None = None
    report: str = Field(default="", max_length=4000)


class ProjectEvent(SyncFields, table=True):
    """One stage reached: when, who approved it, and the documents attached (JSON list of names)."""

    __tablename__ = "project_event"

    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    from_stage: str | None = Field(default=None, max_length=12)
    to_stage: str = Field(max_length=12)
    on: date
    approved_by: str = Field(max_length=36)
    documents: str = Field(default="[]")
    note: str = Field(default="", max_length=1000)


class ProjectSpending(SyncFields, table=True):
    __tablename__ = "project_spending"

    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    spent_on: date
    amount_fen: int
    purpose: str = Field(max_length=200)


class ProjectIndicator(SyncFields, table=True):
    """A performance indicator of the agreement: its target and what was measured."""

    __tablename__ = "project_indicator"

    project_id: str = Field(foreign_key="project.id", index=True, max_length=36)
    name: str = Field(max_length=80)
    target: float
    actual: float | None = None
    unit: str = Field(default="", max_length=12)


class Staff(SyncFields, table=True):
    """Someone who works at a station or room, or an agency's worker stationed there."""

    __tablename__ = "staff"

    name: str = Field(max_length=40)
    post: str = Field(max_length=40)  # 站长, 专职社工, 驻站社工 ...
    certificate: str = Field(default="none", max_length=16)  # staffing.CERTIFICATES ("social_worker")
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    agency_id: str | None = Field(default=None, foreign_key="agency.id", index=True, max_length=36)
    phone: str = Field(default="", max_length=20)
    active: bool = True


class StaffTraining(SyncFields, table=True):
    __tablename__ = "staff_training"

    staff_id: str = Field(foreign_key="staff.id", index=True, max_length=36)
    name: str = Field(max_length=80)
    hours: float  # 课时
    held_on: date = Field(index=True)
    organiser: str = Field(default="", max_length=80)


class OperatingFund(SyncFields, table=True):
    """Yearly operating funds of a station or room: money received (`received`) and spent (`spent`)."""

    __tablename__ = "operating_fund"

    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    year: int = Field(index=True)
    entry: str = Field(max_length=8)  # "received" / "spent"
    amount_fen: int
    on: date
    note: str = Field(default="", max_length=200)
