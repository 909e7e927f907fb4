"""Group work, community activities, volunteers and their service records."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlalchemy import Index, text
from sqlmodel import Field

from wulian_desk.core.models.base import SyncFields

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
    # One person at every station of the county (core/person_key.py): travels where id_number does not.
    person_key: str | None = Field(default=None, max_length=64, index=True)
    national_number: str = Field(default="", max_length=32)  # 志愿者统一编号, where known


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
    person_key: str | None = Field(default=None, max_length=64, index=True)
    revoked_on: date | None = None  # set by the issuer only; the county's list sends it down
    revoked_reason: str = Field(default="", max_length=200)
