"""The record tables. Every synced table carries the same version fields (DESIGN.md, "Records and sync").

Models follow the SQLModel suffix scheme: `ThingBase` holds what a user edits, `ThingCreate` and
`ThingUpdate` are service inputs, `Thing(table=True)` is the row.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from wulian_desk.core.ids import new_id


class SyncFields(SQLModel):
    """Version fields written in the same transaction as the data.

    `device_id` and `counter` say which device wrote this version and where it stands in that
    device's sequence; `updated_at` (UTC) only breaks ties; `deleted` marks a tombstone.
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    owner: str = Field(index=True, max_length=36)
    device_id: str = Field(max_length=36)
    counter: int = Field(index=True)
    updated_at: datetime
    deleted: bool = Field(default=False)


# -- org units ---------------------------------------------------------------------------------


class OrgUnitBase(SQLModel):
    name: str = Field(max_length=80)
    tier: str = Field(max_length=16)  # vocab.TIERS
    parent_id: str | None = Field(default=None, foreign_key="org_unit.id", max_length=36)
    division_code: str | None = Field(default=None, max_length=12)
    area_kind: str | None = Field(default=None, max_length=8)  # vocab.AREA_KINDS, communities only


class OrgUnit(OrgUnitBase, SyncFields, table=True):
    __tablename__ = "org_unit"


# -- facilities ------------------------------------------------------------------------------


class RoomBase(SQLModel):
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    name: str = Field(max_length=60)
    room_type: str = Field(max_length=16)  # vocab.ROOM_TYPES
    area_m2: float
    notes: str = Field(default="", max_length=500)


class RoomCreate(RoomBase):
    pass


class RoomUpdate(SQLModel):
    name: str | None = None
    room_type: str | None = None
    area_m2: float | None = None
    notes: str | None = None
    org_unit_id: str | None = None


class Room(RoomBase, SyncFields, table=True):
    __tablename__ = "room"


class AssetBase(SQLModel):
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    asset_tag: str = Field(max_length=40, index=True)
    name: str = Field(max_length=80)
    category: str = Field(max_length=16)  # vocab.ASSET_CATEGORIES
    status: str = Field(default="in_use", max_length=16)  # vocab.ASSET_STATUSES
    room_id: str | None = Field(default=None, foreign_key="room.id", index=True, max_length=36)
    purchase_date: date | None = None
    value_fen: int | None = None  # money is kept in fen (0.01 yuan), never as a float


class AssetCreate(AssetBase):
    pass


class AssetUpdate(SQLModel):
    asset_tag: str | None = None
    name: str | None = None
    category: str | None = None
    status: str | None = None
    room_id: str | None = None
    purchase_date: date | None = None
    value_fen: int | None = None
    org_unit_id: str | None = None


class Asset(AssetBase, SyncFields, table=True):
    __tablename__ = "asset"


# -- accounts --------------------------------------------------------------------------------


class AccountBase(SQLModel):
    username: str = Field(max_length=40, index=True)
    display_name: str = Field(max_length=40)
    role: str = Field(max_length=16)  # vocab.ROLES
    disabled: bool = False


class Account(AccountBase, SyncFields, table=True):
    __tablename__ = "account"


# -- clients and consent -----------------------------------------------------------------------


class ClientBase(SQLModel):
    name: str = Field(max_length=40)
    gender: str = Field(max_length=8)  # "male" / "female"
    birth_date: date | None = None
    id_number: str | None = Field(default=None, max_length=18)
    phone: str = Field(default="", max_length=20)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)  # the community
    address: str = Field(default="", max_length=120)
    categories: str = Field(default="[]")  # JSON list of consent.CLIENT_CATEGORIES codes
    household: str = Field(default="[]")  # JSON list of {"name", "relation", "birth_year"}
    health_notes: str = Field(default="", max_length=2000)  # sensitive: needs health consent


class Client(ClientBase, SyncFields, table=True):
    __tablename__ = "client"

    name_initials: str = Field(default="", max_length=40, index=True)  # pinyin initials for search


class Consent(SyncFields, table=True):
    """One consent given by (or for) a client; a new one supersedes the old; withdrawal is a date."""

    __tablename__ = "consent"

    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)
    given_on: date
    scopes: str = Field(default='["service"]')  # JSON list of consent.CONSENT_SCOPES codes
    sensitive: str = Field(default="[]")  # JSON list of consent.SENSITIVE_KINDS codes (单独同意)
    guardian_name: str = Field(default="", max_length=40)
    guardian_relation: str = Field(default="", max_length=20)
    withdrawn_on: date | None = None


# -- casework -----------------------------------------------------------------------------------


class Case(SyncFields, table=True):
    __tablename__ = "case_file"  # "case" is an SQL keyword

    case_number: str = Field(max_length=24, index=True)
    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    title: str = Field(max_length=80)  # the presenting problem in a few words
    worker_id: str = Field(foreign_key="account.id", index=True, max_length=36)
    supervisor_id: str | None = Field(default=None, foreign_key="account.id", max_length=36)
    priority: str = Field(default="normal", max_length=8)
    risk: str = Field(default="low", max_length=8)
    stage: str = Field(default="intake", max_length=16, index=True)
    stage_before_pause: str | None = Field(default=None, max_length=16)
    opened_on: date
    next_review_on: date | None = Field(default=None, index=True)
    closed_on: date | None = None
    referral_to: str = Field(default="", max_length=80)


class CaseEvent(SyncFields, table=True):
    """One move of a case between stages: the history a reopened case keeps."""

    __tablename__ = "case_event"

    case_id: str = Field(foreign_key="case_file.id", index=True, max_length=36)
    from_stage: str | None = Field(default=None, max_length=16)
    to_stage: str = Field(max_length=16)
    on: date
    by_account: str = Field(max_length=36)
    note: str = Field(default="", max_length=500)


class FormRecord(SyncFields, table=True):
    """A filled form, stored with the form id and version it was filled on."""

    __tablename__ = "form_record"

    form_id: str = Field(max_length=40, index=True)
    form_version: int
    client_id: str | None = Field(default=None, foreign_key="client.id", index=True, max_length=36)
    case_id: str | None = Field(default=None, foreign_key="case_file.id", index=True, max_length=36)
    answers: str  # JSON
    computed: str = Field(default="{}")  # JSON: scale totals and bands at the time of filling
    filled_on: date
    filled_by: str = Field(max_length=36)


class Approval(SyncFields, table=True):
    """A supervisor's decision on a service plan or a closure, with comments."""

    __tablename__ = "approval"

    case_id: str = Field(foreign_key="case_file.id", index=True, max_length=36)
    form_record_id: str = Field(foreign_key="form_record.id", index=True, max_length=36)
    subject: str = Field(max_length=16)  # "plan" or "closure"
    decision: str = Field(max_length=16)  # "approved" or "returned"
    comments: str = Field(default="", max_length=1000)
    decided_by: str = Field(max_length=36)
    decided_on: date


class ServiceSession(SyncFields, table=True):
    """服务记录: one contact with the client."""

    __tablename__ = "service_session"

    case_id: str = Field(foreign_key="case_file.id", index=True, max_length=36)
    on: date = Field(index=True)
    minutes: int
    room_id: str | None = Field(default=None, foreign_key="room.id", max_length=36)
    place: str = Field(default="", max_length=60)
    session_type: str = Field(max_length=20)
    content: str = Field(max_length=4000)
    next_steps: str = Field(default="", max_length=1000)
    worker_id: str = Field(max_length=36)


class Supervision(SyncFields, table=True):
    """督导 on a case."""

    __tablename__ = "supervision"

    case_id: str = Field(foreign_key="case_file.id", index=True, max_length=36)
    on: date
    supervisor_id: str = Field(max_length=36)
    notes: str = Field(max_length=4000)
    form_record_id: str | None = Field(default=None, foreign_key="form_record.id", max_length=36)


# -- local, never synced -----------------------------------------------------------------------


class LocalState(SQLModel, table=True):
    """This installation's identity and write counter: one row, never leaves the device."""

    __tablename__ = "local_state"

    id: int = Field(default=1, primary_key=True)
    station_id: str = Field(max_length=36)
    device_id: str = Field(max_length=36)
    counter: int = 0


class Setting(SQLModel, table=True):
    """Station settings (idle lock minutes, policy profile, language...), as JSON text."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=60)
    value: str


class Draft(SQLModel, table=True):
    """Unsaved input of an open dialog, per account: kept when the screen locks or the app
    crashes, offered back when the dialog opens again, dropped when it is saved or cancelled."""

    __tablename__ = "draft"

    account_id: str = Field(primary_key=True, max_length=36)
    key: str = Field(primary_key=True, max_length=120)
    content: str
    saved_at: str = Field(max_length=32)


# -- group work and community activities --------------------------------------------------------


class GroupWork(SyncFields, table=True):
    """小组: a group with goals, target members, a worker and planned sessions."""

    __tablename__ = "group_work"  # "group" is an SQL keyword

    name: str = Field(max_length=80)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    worker_id: str = Field(foreign_key="account.id", index=True, max_length=36)
    goals: str = Field(max_length=2000)
    target_members: str = Field(max_length=500)
    planned_sessions: int
    starts_on: date = Field(index=True)
    ends_on: date | None = None
    status: str = Field(default="planning", max_length=16, index=True)
    outcome_summary: str = Field(default="", max_length=4000)


class GroupMember(SyncFields, table=True):
    __tablename__ = "group_member"

    group_id: str = Field(foreign_key="group_work.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)
    member_code: str = Field(max_length=20)  # measures are filled under this code, not the name
    joined_on: date
    left_on: date | None = None


class GroupSession(SyncFields, table=True):
    """One meeting of a group: its plan before, its record after."""

    __tablename__ = "group_session"

    group_id: str = Field(foreign_key="group_work.id", index=True, max_length=36)
    number: int
    held_on: date
    room_id: str | None = Field(default=None, foreign_key="room.id", max_length=36)
    place: str = Field(default="", max_length=80)
    plan: str = Field(max_length=2000)
    notes: str = Field(default="", max_length=4000)


class GroupAttendance(SyncFields, table=True):
    __tablename__ = "group_attendance"

    session_id: str = Field(foreign_key="group_session.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)
    present: bool


class GroupMeasure(SyncFields, table=True):
    """A pre or post measure of one member: the answers are a form record of `group_measure`."""

    __tablename__ = "group_measure"

    group_id: str = Field(foreign_key="group_work.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)
    phase: str = Field(max_length=8)  # "pre" / "post"
    form_record_id: str = Field(foreign_key="form_record.id", index=True, max_length=36)


class Activity(SyncFields, table=True):
    """社区活动: an event the station runs, with its participants and volunteers."""

    __tablename__ = "activity"

    activity_number: str = Field(max_length=24, index=True)
    title: str = Field(max_length=80)
    activity_type: str = Field(max_length=20)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    # Local wall-clock times of a timetable, not instants: stored as typed, without a zone.
    starts_at: NaiveDatetime = Field(index=True)
    ends_at: NaiveDatetime
    room_id: str | None = Field(default=None, foreign_key="room.id", max_length=36)
    place: str = Field(default="", max_length=80)
    organiser: str = Field(max_length=80)
    person_in_charge: str = Field(max_length=40)
    partners: str = Field(default="[]")  # JSON list of partner organisations (free text)
    description: str = Field(default="", max_length=2000)
    planned_minutes: int
    headcount_unregistered: int = 0
    major_event: str | None = Field(default=None, max_length=16, index=True)
    reported_on: date | None = None


class ActivityParticipant(SyncFields, table=True):
    __tablename__ = "activity_participant"

    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)
    client_id: str = Field(foreign_key="client.id", index=True, max_length=36)


class ActivityVolunteer(SyncFields, table=True):
    __tablename__ = "activity_volunteer"

    activity_id: str = Field(foreign_key="activity.id", index=True, max_length=36)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)


# -- volunteers ------------------------------------------------------------------------------


class Volunteer(SyncFields, table=True):
    """A volunteer with the basic information of 民政部令第67号, kept with their consent."""

    __tablename__ = "volunteer"

    name: str = Field(max_length=40)
    name_initials: str = Field(default="", max_length=40, index=True)
    gender: str = Field(max_length=8)
    birth_date: date | None = None
    id_type: str = Field(default="resident_id", max_length=16)
    id_number: str = Field(max_length=30, index=True)
    residence_area: str = Field(default="", max_length=80)
    phone: str = Field(default="", max_length=20)
    skills: str = Field(default="", max_length=200)
    service_categories: str = Field(default="[]")  # JSON list of volunteers.SERVICE_CATEGORIES codes
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    consent_on: date


class VolunteerTeam(SyncFields, table=True):
    """志愿服务队, e.g. a 余晖卫士 team of retired cadres, soldiers, experts, teachers and models."""

    __tablename__ = "volunteer_team"

    name: str = Field(max_length=60)
    org_unit_id: str = Field(foreign_key="org_unit.id", index=True, max_length=36)
    leader: str = Field(default="", max_length=40)
    description: str = Field(default="", max_length=500)
    founded_on: date | None = None


class TeamMember(SyncFields, table=True):
    __tablename__ = "team_member"

    team_id: str = Field(foreign_key="volunteer_team.id", index=True, max_length=36)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    joined_on: date


class VolunteerTraining(SyncFields, table=True):
    __tablename__ = "volunteer_training"

    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    name: str = Field(max_length=80)
    content: str = Field(default="", max_length=500)
    hours: float  # 学时
    organiser: str = Field(max_length=80)
    held_on: date


class VolunteerAward(SyncFields, table=True):
    __tablename__ = "volunteer_award"

    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    name: str = Field(max_length=80)
    awarded_on: date
    awarded_by: str = Field(max_length=80)


class VolunteerEvaluation(SyncFields, table=True):
    __tablename__ = "volunteer_evaluation"

    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    rating: str = Field(max_length=16)  # volunteers.RATINGS
    comments: str = Field(default="", max_length=500)
    evaluated_on: date
    evaluated_by: str = Field(max_length=36)


class ServiceRecord(SyncFields, table=True):
    """One volunteer's hours on one day. A correction is a new record that `corrects_id` the old
    one, and the old one gets `superseded_by`: totals count only records nothing supersedes."""

    __tablename__ = "service_record"
    # Two partial indexes instead of one on volunteer_id (migration 0006): the live records, per
    # volunteer by date, that totals read; and the few superseded versions, for the full history.
    __table_args__ = (
        Index("ix_service_record_live", "volunteer_id", "served_on", "minutes", "activity_id", "superseded_by",
              "deleted", sqlite_where=text("superseded_by IS NULL AND deleted = 0")),
        Index("ix_service_record_superseded", "volunteer_id", sqlite_where=text("superseded_by IS NOT NULL")),
    )

    volunteer_id: str = Field(foreign_key="volunteer.id", max_length=36)
    activity_id: str | None = Field(default=None, foreign_key="activity.id", index=True, max_length=36)
    served_on: date
    place: str = Field(default="", max_length=80)
    content: str = Field(max_length=500)
    minutes: int
    organiser: str = Field(max_length=80)
    person_in_charge: str = Field(default="", max_length=40)
    recorded_by: str = Field(max_length=36)
    recorded_at: datetime
    late: bool = False  # entered more than ten working days after the service
    corrects_id: str | None = Field(default=None, max_length=36)
    superseded_by: str | None = Field(default=None, max_length=36)
    correction_reason: str = Field(default="", max_length=200)


class VolunteerCertificate(SyncFields, table=True):
    """志愿服务记录证明 as issued: the figures and a digest of the records they came from."""

    __tablename__ = "volunteer_certificate"

    number: str = Field(max_length=24, index=True)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    period_from: date
    period_to: date
    minutes: int
    records: int
    records_digest: str = Field(max_length=64)
    issued_on: date
    issued_by: str = Field(max_length=36)


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
    certificate: str = Field(default="none", max_length=12)  # staffing.CERTIFICATES
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
