"""What the case services ask: the next case number of a year, a case by id or number, its forms
and their latest approval, the whole case file, the rooms a session may be held in, and the
overdue reviews of a worker."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, or_, select

from wulian_desk.core.models import (
    Approval,
    Case,
    CaseEvent,
    FormRecord,
    OrgUnit,
    Room,
    ServiceSession,
    Supervision,
)
from wulian_desk.storage.queries.common import live


def numbers_in_year(session: Session, *, year: int, owner: str) -> list[str]:
    """The case numbers of this year the station has issued (GA2026-…), deleted ones too."""
    return list(session.exec(select(Case.case_number).where(Case.owner == owner)
                             .where(col(Case.case_number).startswith(f"GA{year}-"))).all())


def case_by_number(session: Session, number: str) -> Case | None:
    """The live case with this case number, if any."""
    return session.exec(live(Case).where(Case.case_number == number)).first()


def forms_of_case(session: Session, case_id: str) -> list[FormRecord]:
    """A case's live form records, oldest first."""
    return list(session.exec(live(FormRecord).where(FormRecord.case_id == case_id)
                             .order_by(col(FormRecord.filled_on), col(FormRecord.id))))


def latest_decision(session: Session, form_record_id: str) -> str | None:
    """The newest approval decision on a form record ("approved", "returned"), if any."""
    return session.exec(live(Approval).where(Approval.form_record_id == form_record_id)
                        .order_by(col(Approval.decided_on).desc(), col(Approval.id).desc())
                        .with_only_columns(Approval.decision)).first()


def case_file_rows(session: Session, case_id: str) -> dict[str, list]:
    """The live events, forms, approvals, sessions and supervision of a case, each in date order."""
    def rows(model, order):
        return list(session.exec(live(model).where(model.case_id == case_id).order_by(order, model.id)))

    return {"events": rows(CaseEvent, CaseEvent.on), "forms": rows(FormRecord, FormRecord.filled_on),
            "approvals": rows(Approval, Approval.decided_on), "sessions": rows(ServiceSession, ServiceSession.on),
            "supervision": rows(Supervision, Supervision.on)}


def rooms_with_units(session: Session) -> list[tuple]:
    """(room id, name, type, unit id, unit name) of every live room of a live unit."""
    return [tuple(r) for r in session.execute(
        select(Room.id, Room.name, Room.room_type, Room.org_unit_id, OrgUnit.name)
        .join(OrgUnit, OrgUnit.id == Room.org_unit_id)
        .where(Room.deleted == False, OrgUnit.deleted == False))]  # noqa: E712


def room_names(session: Session, room_ids: set[str]) -> dict[str, str]:
    """"所属站点 · 房间" by room id."""
    return {room_id: f"{unit} · {name}" for room_id, name, unit in session.execute(
        select(Room.id, Room.name, OrgUnit.name).join(OrgUnit, OrgUnit.id == Room.org_unit_id)
        .where(col(Room.id).in_(room_ids)))}


def overdue_case_ids(session: Session, *, account_id: str | None, worker_scope: str | None, today: date) -> list[str]:
    """Open cases this account works on or supervises whose review date has passed (limited to
    `worker_scope`'s cases when the role sees only its own)."""
    query = live(Case).with_only_columns(Case.id).where(
        col(Case.stage).not_in(("closed", "referred")), col(Case.next_review_on).is_not(None),
        col(Case.next_review_on) < today, or_(Case.worker_id == account_id, Case.supervisor_id == account_id))
    if worker_scope is not None:
        query = query.where(Case.worker_id == worker_scope)
    return list(session.exec(query))


def cases_of_client(session: Session, client_id: str) -> list[Case]:
    """Every case of a client, tombstones too."""
    return list(session.exec(select(Case).where(Case.client_id == client_id)))
