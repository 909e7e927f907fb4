"""Casework: open a case, move it through its stages, approve plans and closures, record sessions
and supervision. Who may see a case, and who may close it, is decided here:

- a case is visible to its assigned worker, the supervisors and the station head (core.permissions
  .may_see_case); everyone else is refused, and every view is journaled;
- a case closes only from service or evaluation, with a closure form on file that a supervisor has
  approved (core.cases.check_move); the worker on the case, a supervisor or the head may then close it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from wulian_desk.core.cases import (
    PRIORITIES,
    RISKS,
    SESSION_DATE_LABELS,
    SESSION_TYPES,
    CaseFacts,
    check_move,
)
from wulian_desk.core.dates import DateKind, check_date, check_optional_date
from wulian_desk.core.errors import NotFoundError, PermissionDenied, ValidationError
from wulian_desk.core.models import (
    Account,
    Approval,
    Case,
    CaseEvent,
    Client,
    FormRecord,
    Room,
    ServiceSession,
    Supervision,
)
from wulian_desk.core.permissions import case_worker_scope, may_see_case
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import Text, translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import check_sort
from wulian_desk.services.station import numbering
from wulian_desk.storage import search as search_index
from wulian_desk.storage.queries import cases as case_queries
from wulian_desk.storage.queries import clients as client_queries
from wulian_desk.storage.queries.common import find_live, get_live

if TYPE_CHECKING:
    from sqlmodel import Session

LIST_HITS = 2000
APPROVAL_SUBJECTS = {"service_plan": "plan", "closure": "closure"}


def _visible(ctx: Context, session: Session, case_id: str) -> Case:
    case = get_live(session, Case, case_id)
    if not may_see_case(ctx.role, ctx.account_id, assigned_worker_id=case.worker_id):
        raise PermissionDenied(
            translate("services.casework.cases", "这个个案只对负责的社工、督导和站长开放。")
        )
    return case


def _account(session: Session, account_id: str | None, *, roles: tuple[str, ...], label: Text) -> str | None:
    if account_id is None:
        return None
    account = find_live(session, Account, account_id)
    if account is None or account.disabled or account.role not in roles:
        raise ValidationError(translate("services.casework.cases", "请选择有效的{label}。").format(label=label), field=label.zh)
    return account.id


def _next_number(session: Session, year: int, owner: str) -> str:
    existing = case_queries.numbers_in_year(session, year=year, owner=owner)
    return numbering.next_number(session, "GA", year, existing, width=5)


def open_case(
    ctx: Context,
    *,
    client_id: str,
    title: str,
    worker_id: str | None = None,
    supervisor_id: str | None = None,
    priority: str = "normal",
    risk: str = "low",
    next_review_on: date | None = None,
    opened_on: date | None = None,
) -> Changes:
    ctx.require("case", "create")
    title = clean_text(title, field="title", label=translate("services.casework.cases", "个案主题"), max_len=80, required=True)
    if priority not in PRIORITIES or risk not in RISKS:
        raise ValidationError(translate("services.casework.cases", "请选择优先级和风险等级。"), field="priority")
    today = date.today()
    opened_on = check_date(opened_on or today, DateKind.HAPPENED, today=today, field="opened_on")
    check_optional_date(next_review_on, DateKind.PLANNED, today=today, field="next_review_on")
    if next_review_on is not None and next_review_on < opened_on:
        raise ValidationError(
            translate("services.casework.cases", "下次复查日期（{isoformat}）不能早于开案日期（{isoformat2}）。").format(isoformat=next_review_on.isoformat(), isoformat2=opened_on.isoformat()), field="next_review_on")
    with ctx.writing() as session:
        client = get_live(session, Client, client_id)
        worker = _account(session, worker_id or ctx.account_id, roles=("worker", "supervisor", "head"), label=translate("services.casework.cases", "负责社工"))
        if worker is None:
            raise ValidationError(translate("services.casework.cases", "请指定负责社工。"), field="worker_id")
        supervisor = _account(session, supervisor_id, roles=("supervisor",), label=translate("services.casework.cases", "督导"))
        case = ctx.stamp(session, Case(
            case_number=_next_number(session, opened_on.year, ctx.station_id), client_id=client_id,
            org_unit_id=client.org_unit_id,
            title=title, worker_id=worker, supervisor_id=supervisor, priority=priority, risk=risk,
            stage="intake", opened_on=opened_on, next_review_on=next_review_on,
        ))
        session.add(case)
        session.flush()
        session.add(ctx.stamp(session, CaseEvent(case_id=case.id, from_stage=None, to_stage="intake", on=opened_on,
                                                  by_account=ctx.account_id or "")))
        ctx.audit(session, "create", "case", case.id)
    return Changes.of("case", case.id)


def _facts(session: Session, case: Case) -> CaseFacts:
    latest = {r.form_id: r for r in case_queries.forms_of_case(session, case.id)}

    def approved(form_id: str) -> bool:
        record = latest.get(form_id)
        if record is None:
            return False
        return case_queries.latest_decision(session, record.id) == "approved"

    consent = client_queries.consent_state(session, case.client_id)
    return CaseFacts(
        stage=case.stage,
        stage_before_pause=case.stage_before_pause,
        forms_on_file=frozenset(latest),
        plan_approved=approved("service_plan"),
        closure_approved=approved("closure"),
        referral_consent=consent.active and "referral" in consent.scopes,
    )


def move_case(
    ctx: Context, case_id: str, target: str, *, note: str = "", referral_to: str = "", reopen_reason: str = "",
    on: date | None = None,
) -> Changes:
    """Move a case to another stage, or say why it may not move."""
    ctx.require("case", "edit")
    if target == "closed":
        ctx.require("case", "close")
    on = check_date(on or date.today(), DateKind.HAPPENED, today=date.today(), field="on",
                    label=SESSION_DATE_LABELS["move"])
    with ctx.writing() as session:
        case = _visible(ctx, session, case_id)
        check_move(_facts(session, case), target, referral_to=referral_to, reopen_reason=reopen_reason)
        before = case.stage
        if target == "paused":
            case.stage_before_pause = before
        elif before == "paused":
            case.stage_before_pause = None
        if target == "referred":
            case.referral_to = referral_to.strip()
        case.closed_on = on if target == "closed" else None
        case.stage = target
        session.add(ctx.stamp(session, case))
        session.add(ctx.stamp(session, CaseEvent(case_id=case.id, from_stage=before, to_stage=target, on=on,
                                                  by_account=ctx.account_id or "",
                                                  note=(reopen_reason or note).strip()[:500])))
        ctx.audit(session, "close" if target == "closed" else "edit", "case", case.id, stage=target)
    return Changes.of("case", case_id)


def record_form(
    ctx: Context, case_id: str, *, form_id: str, form_version: int, answers: dict, computed: dict | None = None,
    filled_on: date | None = None,
) -> Changes:
    """Keep a filled form on the case, with the form id and version it was filled on. The answers
    are validated against their form by the caller (services.forms)."""
    ctx.require("case", "edit")
    filled_on = check_date(filled_on or date.today(), DateKind.HAPPENED, today=date.today(),
                           field="filled_on")
    with ctx.writing() as session:
        case = _visible(ctx, session, case_id)
        record = ctx.stamp(session, FormRecord(
            form_id=form_id, form_version=form_version, client_id=case.client_id, case_id=case.id,
            answers=json.dumps(answers, ensure_ascii=False, default=str),
            computed=json.dumps(computed or {}, ensure_ascii=False, default=str),
            filled_on=filled_on, filled_by=ctx.account_id or "",
        ))
        session.add(record)
        ctx.audit(session, "create", "form_record", record.id, case=case.id, form=form_id)
    return Changes(frozenset({"form_record", "case"}), (record.id, case_id))


def set_risk(ctx: Context, case_id: str, risk: str) -> Changes:
    """Change a case's risk level (an assessment found it otherwise); journaled with the new level."""
    ctx.require("case", "edit")
    if risk not in RISKS:
        raise ValidationError(translate("services.casework.cases", "请选择风险等级。"), field="risk")
    with ctx.writing() as session:
        case = _visible(ctx, session, case_id)
        case.risk = risk
        session.add(ctx.stamp(session, case))
        ctx.audit(session, "edit", "case", case.id, risk=risk)
    return Changes.of("case", case_id)


def decide(ctx: Context, form_record_id: str, *, approve: bool, comments: str = "") -> Changes:
    """A supervisor approves, or returns with comments, a service plan or a closure form."""
    ctx.require("case", "approve")
    comments = clean_text(comments, field="comments", label=translate("services.casework.cases", "审批意见"), max_len=1000, required=not approve)
    with ctx.writing() as session:
        record = find_live(session, FormRecord, form_record_id)
        if record is None or record.case_id is None:
            raise NotFoundError(translate("services.casework.cases", "找不到要审批的表格。"))
        subject = APPROVAL_SUBJECTS.get(record.form_id)
        if subject is None:
            raise ValidationError(translate("services.casework.cases", "只有服务计划和结案评估需要审批。"))
        case = _visible(ctx, session, record.case_id)
        approval = ctx.stamp(session, Approval(
            case_id=case.id, form_record_id=record.id, subject=subject,
            decision="approved" if approve else "returned", comments=comments,
            decided_by=ctx.account_id or "", decided_on=date.today(),
        ))
        session.add(approval)
        ctx.audit(session, "approve", "case", case.id, subject=subject, decision=approval.decision)
    return Changes(frozenset({"approval", "case"}), (approval.id, case.id))


def add_session(
    ctx: Context, case_id: str, *, on: date, minutes: int, session_type: str, content: str,
    next_steps: str = "", room_id: str | None = None, place: str = "",
) -> Changes:
    """A session record. Its place is one of the station's rooms (`room_id`, see session_rooms)
    or a place outside (`place`: 服务对象家中, 社区广场...), not both; a home visit is never
    in a room."""
    ctx.require("case", "edit")
    if session_type not in SESSION_TYPES:
        raise ValidationError(translate("services.casework.cases", "请选择服务方式。"), field="session_type")
    if not isinstance(minutes, int) or not 1 <= minutes <= 600:
        raise ValidationError(translate("services.casework.cases", "服务时长须在 1 到 600 分钟之间。"), field="minutes")
    check_date(on, DateKind.HAPPENED, today=date.today(), field="on",
               label=SESSION_DATE_LABELS["session"])
    content = clean_text(content, field="content", label=translate("services.casework.cases", "服务内容"), max_len=4000, required=True)
    place = clean_text(place, field="place", label=translate("services.casework.cases", "站外地点"), max_len=60, required=False)
    if room_id is not None and place:
        raise ValidationError(translate("services.casework.cases", "地点请选站内房间或填写站外地点，二者选一。"), field="place")
    if room_id is not None and session_type == "home_visit":
        raise ValidationError(translate("services.casework.cases", "家访在服务对象家中进行，不能选站内房间；请选「站外地点」。"), field="place")
    with ctx.writing() as session:
        case = _visible(ctx, session, case_id)
        if case.stage in ("closed", "referred"):
            raise ValidationError(translate("services.casework.cases", "个案已结案或转介，不能再添加服务记录。"))
        if room_id is not None and find_live(session, Room, room_id) is None:
            raise ValidationError(translate("services.casework.cases", "所选房间已不存在，请重新选择地点。"), field="place")
        row = ctx.stamp(session, ServiceSession(
            case_id=case.id, on=on, minutes=minutes, session_type=session_type, content=content,
            next_steps=clean_text(next_steps, field="next_steps", label=translate("services.casework.cases", "下一步计划"), max_len=1000, required=False),
            room_id=room_id, place=place, worker_id=ctx.account_id or "",
        ))
        session.add(row)
        ctx.audit(session, "create", "service_session", row.id, case=case.id)
    return Changes(frozenset({"service_session", "case"}), (row.id, case_id))


@dataclass(frozen=True)
class RoomChoice:
    """A room a session can be held in, as the session dialog offers it."""

    id: str
    name: str
    unit_name: str
    room_type: str
    in_case_unit: bool  # the case's own community (社区/村) keeps this room


def session_rooms(ctx: Context, case_id: str) -> list[RoomChoice]:
    """The station's rooms, for a session on `case_id`: the case's community's rooms first, then
    the station's own, then the rest; counselling rooms (个案室) first within each."""
    ctx.require("case", "view")
    with ctx.reading() as session:
        case = _visible(ctx, session, case_id)
        rows = case_queries.rooms_with_units(session)

    def rank(row) -> tuple:
        _id, name, room_type, unit_id, unit_name = row
        return (unit_id != case.org_unit_id, unit_id != ctx.station_id, unit_name, room_type != "counselling", name)

    return [RoomChoice(room_id, name, unit_name, room_type, unit_id == case.org_unit_id)
            for room_id, name, room_type, unit_id, unit_name in sorted(rows, key=rank)]


def session_places(ctx: Context, sessions: list[ServiceSession]) -> dict[str, str]:
    """Where each session was held, by session id: "所属站点 · 房间" for a room, else the place
    typed (empty when none was given)."""
    room_ids = {s.room_id for s in sessions if s.room_id}
    rooms = {}
    if room_ids:
        with ctx.reading() as session:
            rooms = case_queries.room_names(session, room_ids)
    return {s.id: rooms.get(s.room_id, "") if s.room_id else s.place for s in sessions}


def add_supervision(ctx: Context, case_id: str, *, on: date, notes: str, form_record_id: str | None = None) -> Changes:
    ctx.require("case", "approve")
    notes = clean_text(notes, field="notes", label=translate("services.casework.cases", "督导记录"), max_len=4000, required=True)
    check_date(on, DateKind.HAPPENED, today=date.today(), field="on",
               label=SESSION_DATE_LABELS["supervision"])
    with ctx.writing() as session:
        case = _visible(ctx, session, case_id)
        row = ctx.stamp(session, Supervision(case_id=case.id, on=on, supervisor_id=ctx.account_id or "", notes=notes,
                                             form_record_id=form_record_id))
        session.add(row)
        ctx.audit(session, "create", "supervision", row.id, case=case.id)
    return Changes(frozenset({"supervision", "case"}), (row.id, case_id))


# -- reading -----------------------------------------------------------------------------------


def resolve_case(ctx: Context, reference: str) -> str:
    """A case's record id from its case number (GA2026-0001) or its id, if this user may see it."""
    ctx.require("case", "view")
    with ctx.reading() as session:
        case = find_live(session, Case, reference) or case_queries.case_by_number(session, reference.strip().upper())
        if case is None:
            raise NotFoundError(translate("services.casework.cases", "找不到个案 {reference}。").format(reference=reference))
        return _visible(ctx, session, case.id).id


@dataclass(frozen=True)
class CaseRow:
    id: str
    case_number: str
    client_id: str
    client_name: str
    title: str
    stage: str
    priority: str
    risk: str
    worker_id: str
    opened_on: date
    next_review_on: date | None


def case_ids(
    ctx: Context, *, search: str = "", stage: str | None = None, mine: bool = False, client_id: str | None = None,
    limit: int | None = None, sort: str = "opened_on", descending: bool = True,
) -> list[str]:
    """Live cases this user may see, newest opened first or in the order of `sort` (opened_on,
    case_number, next_review_on, client): all of them, or the first `limit` (what a list paints
    while the rest is read in the background). A search keeps at most LIST_HITS matches: more
    helps nobody, and costs time."""
    ctx.require("case", "view")
    check_sort(sort, search_index.CASE_SORTS)
    with ctx.plain_reading() as conn:
        among = search_index.case_matches(conn, search, limit=LIST_HITS) if search.strip() else None
        return search_index.case_list(
            conn, worker_id=case_worker_scope(ctx.role, ctx.account_id), stage=stage,
            involving=(ctx.account_id or "") if mine else None, client_id=client_id, among=among, limit=limit,
            sort=sort, descending=descending)


def case_page(ctx: Context, *, limit: int, **query) -> dict[str, CaseRow]:
    """The first `limit` rows of `case_ids(**query)`, in that order."""
    ids = case_ids(ctx, limit=limit, **query)
    rows = cases_by_id(ctx, ids)
    return {i: rows[i] for i in ids if i in rows}


def cases_by_id(ctx: Context, ids: list[str]) -> dict[str, CaseRow]:
    ctx.require("case", "view")
    if not ids:
        return {}
    # Plain rows: a list page's worth of ORM objects costs more than the query.
    with ctx.plain_reading() as conn:
        rows = search_index.case_rows(conn, ids, worker_id=case_worker_scope(ctx.role, ctx.account_id))
    return {
        record_id: CaseRow(record_id, number, client_id, name, title, stage, priority, risk, worker_id,
                           date.fromisoformat(opened), date.fromisoformat(review) if review else None)
        for record_id, number, client_id, name, title, stage, priority, risk, worker_id, opened, review in rows
    }


def overdue_reviews(ctx: Context, *, today: date | None = None) -> list[CaseRow]:
    """Open cases of the logged-in user (as worker or supervisor) whose review date has passed."""
    today = today or date.today()
    ctx.require("case", "view")
    with ctx.reading() as session:
        ids = case_queries.overdue_case_ids(session, account_id=ctx.account_id, today=today,
                                            worker_scope=case_worker_scope(ctx.role, ctx.account_id))
    rows = cases_by_id(ctx, ids)
    return sorted(rows.values(), key=lambda r: r.next_review_on)


@dataclass(frozen=True)
class CaseFile:
    case: Case
    client_name: str
    events: list[CaseEvent]
    forms: list[FormRecord]
    approvals: list[Approval]
    sessions: list[ServiceSession]
    supervision: list[Supervision]


def view_case(ctx: Context, case_id: str, *, purpose: str = "view") -> CaseFile:
    """The whole case file; journaled as a view (or a print)."""
    ctx.require("case", "view" if purpose == "view" else purpose)
    with ctx.reading() as session:
        case = _visible(ctx, session, case_id)
        client = session.get(Client, case.client_id)

        result = CaseFile(case=case, client_name=client.name if client else "",
                          **case_queries.case_file_rows(session, case_id))
    ctx.audit_now(purpose, "case", case_id)
    return result
