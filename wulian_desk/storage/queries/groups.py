"""What the group-work services ask: a group's members, sessions and attendance, its members'
pre and post measures, and the group list with its counts."""

from __future__ import annotations

import json

from sqlmodel import Session, col, func, select

from wulian_desk.core.models import (
    Account,
    Client,
    FormRecord,
    GroupAttendance,
    GroupMeasure,
    GroupMember,
    GroupSession,
    GroupWork,
)
from wulian_desk.storage.queries.common import live


def members(session: Session, group_id: str) -> dict[str, GroupMember]:
    """A group's live members by client id, in member-code order."""
    rows = session.exec(live(GroupMember).where(GroupMember.group_id == group_id).order_by(GroupMember.member_code))
    return {m.client_id: m for m in rows}


def live_client_ids(session: Session, ids: list[str]) -> set[str]:
    """Which of these clients exist and are not deleted."""
    return set(session.exec(live(Client).where(col(Client.id).in_(ids)).with_only_columns(Client.id)))


def client_names(session: Session, ids: list[str]) -> dict[str, str]:
    """Names by client id, deleted clients included."""
    return dict(session.execute(select(Client.id, Client.name).where(col(Client.id).in_(ids))).all())


def session_count(session: Session, group_id: str) -> int:
    """How many live sessions the group has (the next one takes the number after)."""
    return session.exec(select(func.count()).select_from(GroupSession).where(
        GroupSession.group_id == group_id, GroupSession.deleted == False)).one()  # noqa: E712


def attendance_marks(session: Session, session_id: str) -> dict[str, GroupAttendance]:
    """A session's live attendance marks by client id."""
    return {a.client_id: a for a in session.exec(live(GroupAttendance).where(GroupAttendance.session_id == session_id))}


def measure_totals(session: Session, group_id: str) -> dict[tuple[str, str], int]:
    """The latest total of each member's pre and post measure, by (client id, phase)."""
    rows = session.execute(select(GroupMeasure.client_id, GroupMeasure.phase, FormRecord.computed)
                           .join(FormRecord, FormRecord.id == GroupMeasure.form_record_id)
                           .where(GroupMeasure.group_id == group_id, GroupMeasure.deleted == False)  # noqa: E712
                           .order_by(FormRecord.filled_on, FormRecord.id)).all()
    return {(c, p): json.loads(computed).get("total") for c, p, computed in rows}


def attendance_of_group(session: Session, group_id: str) -> tuple[list[tuple[str, bool]], int]:
    """(client id, present) of every live mark in the group's live sessions, and how many
    sessions have marks."""
    marks = session.execute(select(GroupAttendance.client_id, GroupAttendance.present).join(
        GroupSession, GroupSession.id == GroupAttendance.session_id).where(
        GroupSession.group_id == group_id, GroupAttendance.deleted == False,  # noqa: E712
        GroupSession.deleted == False)).all()  # noqa: E712
    held = session.exec(select(func.count(func.distinct(GroupAttendance.session_id))).join(
        GroupSession, GroupSession.id == GroupAttendance.session_id).where(GroupSession.group_id == group_id)).one()
    return [tuple(m) for m in marks], held


def group_ids(session: Session, *, status: str | None, search: str = "") -> list[str]:
    """Live groups, newest first; `search` finds a part of the name, the goals or the worker's name."""
    query = live(GroupWork).with_only_columns(GroupWork.id)
    if status:
        query = query.where(GroupWork.status == status)
    if search:
        workers = select(Account.id).where(col(Account.display_name).contains(search))
        query = query.where(col(GroupWork.name).contains(search) | col(GroupWork.goals).contains(search)
                            | col(GroupWork.worker_id).in_(workers))
    return list(session.exec(query.order_by(col(GroupWork.starts_on).desc(), col(GroupWork.id).desc())))


def groups_with_workers(session: Session, ids: list[str]) -> list[tuple[GroupWork, str]]:
    """These groups, each with its worker's display name."""
    return list(session.exec(select(GroupWork, Account.display_name).join(Account, Account.id == GroupWork.worker_id)
                             .where(col(GroupWork.id).in_(ids))))


def live_counts(session: Session, model, ids: list[str]) -> dict[str, int]:
    """Live rows of `model` (members or sessions) per group."""
    return dict(session.execute(select(model.group_id, func.count()).where(
        col(model.group_id).in_(ids), model.deleted == False).group_by(model.group_id)).all())  # noqa: E712


def sessions_with_marks(session: Session, group_id: str) -> list[tuple[GroupSession, list[GroupAttendance]]]:
    """The group's live sessions in order, each with its live attendance marks."""
    meetings = list(session.exec(live(GroupSession).where(GroupSession.group_id == group_id)
                                 .order_by(GroupSession.number)))
    marks = list(session.exec(live(GroupAttendance).where(
        col(GroupAttendance.session_id).in_([m.id for m in meetings]))))
    return [(m, [a for a in marks if a.session_id == m.id]) for m in meetings]
