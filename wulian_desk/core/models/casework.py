"""Clients, their consent, and casework: cases, stage history, forms, approvals, sessions, supervision."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from wulian_desk.core.models.base import SyncFields

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
    # One person at every station of the county (core/person_key.py): travels where id_number does not.
    person_key: str | None = Field(default=None, max_length=64, index=True)


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
