"""Group work (小组工作): a group with goals and target members, its members (clients), sessions
with a plan and attendance, pre/post measures filled on the `group_measure` form, and the outcome.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from wulian_desk.core.activities import GROUP_STATUSES, MEASURE_FORM, GroupInput, check_group_fields
from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.forms import make_answer_set
from wulian_desk.core.models import (
    Account,
    FormRecord,
    GroupAttendance,
    GroupMeasure,
    GroupMember,
    GroupSession,
    GroupWork,
    Room,
)
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.services.casework import forms
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.services.station import numbering
from wulian_desk.storage.queries import groups as queries
from wulian_desk.storage.queries.common import find_live, get_live, require_unit


def create_group(ctx: Context, data: GroupInput) -> Changes:
    ctx.require("group", "create")
    data = check_group_fields(data, today=date.today())
    with ctx.writing() as session:
        require_unit(session, data.org_unit_id, refusal=translate("services.casework.groups", "请选择开展小组的站点或社区。"))
        worker = find_live(session, Account, data.worker_id)
        if worker is None or worker.disabled:
            raise ValidationError(translate("services.casework.groups", "请选择负责社工。"), field="worker_id")
        group = ctx.stamp(session, GroupWork(**vars(data)))
        session.add(group)
        ctx.audit(session, "create", "group", group.id)
    return Changes.of("group", group.id)


def add_members(ctx: Context, group_id: str, client_ids: list[str], *, joined_on: date | None = None) -> Changes:
    """Clients join the group, each under a member code (M01, M02, ...) that the measures use."""
    ctx.require("group", "edit")
    joined_on = check_date(joined_on or date.today(), DateKind.HAPPENED, today=date.today(),
                           field="joined_on")
    with ctx.writing() as session:
        get_live(session, GroupWork, group_id)
        have = queries.members(session, group_id)
        wanted = [c for c in dict.fromkeys(client_ids) if c not in have]
        found = queries.live_client_ids(session, wanted)
        if len(found) != len(wanted):
            raise NotFoundError(translate("services.casework.groups", "有成员找不到（服务对象不存在或已删除）。"))
        tag = numbering.my_tag(session)  # M03 here, MB-03 on the computer tagged B: never the same
        for n, client_id in enumerate(wanted, start=len(have) + 1):
            code = f"M{tag}-{n:02d}" if tag else f"M{n:02d}"
            session.add(ctx.stamp(session, GroupMember(group_id=group_id, client_id=client_id, member_code=code,
                                                       joined_on=joined_on)))
        ctx.audit(session, "edit", "group", group_id, joined=len(wanted))
    return Changes.of("group", group_id)


def add_group_session(ctx: Context, group_id: str, *, held_on: date, plan: str, room_id: str | None = None,
                      place: str = "") -> Changes:
    """A session with its plan; numbered in order."""
    ctx.require("group", "edit")
    plan = clean_text(plan, field="plan", label=translate("services.casework.groups", "活动计划"), max_len=2000, required=True)
    # Sessions are planned ahead; attendance is recorded once the day has come.
    check_date(held_on, DateKind.PLANNED, today=date.today(), field="held_on")
    with ctx.writing() as session:
        group = get_live(session, GroupWork, group_id)
        if group.status == "closed":
            raise ValidationError(translate("services.casework.groups", "小组已结束，不能再添加活动节次。"))
        if room_id is not None and session.get(Room, room_id) is None:
            raise ValidationError(translate("services.casework.groups", "所选房间不存在。"), field="room_id")
        number = queries.session_count(session, group_id) + 1
        row = ctx.stamp(session, GroupSession(group_id=group_id, number=number, held_on=held_on, room_id=room_id,
                                              place=place.strip()[:80], plan=plan))
        session.add(row)
        ctx.audit(session, "create", "group_session", row.id, group=group_id)
    return Changes(frozenset({"group_session", "group"}), (row.id, group_id))


def record_session(ctx: Context, session_id: str, *, present: list[str], notes: str = "") -> Changes:
    """The record after a session: who came (every other member is marked absent) and notes.
    Recording again replaces the attendance, each row keeping its version history."""
    ctx.require("group", "edit")
    notes = clean_text(notes, field="notes", label=translate("services.casework.groups", "活动记录"), max_len=4000, required=False)
    with ctx.writing() as session:
        meeting = get_live(session, GroupSession, session_id, noun=translate("services.casework.groups", "节小组活动"))
        if meeting.held_on > date.today():
            raise ValidationError(translate("services.casework.groups", "这节活动还没有举行，不能登记出勤。"))
        group = get_live(session, GroupWork, meeting.group_id)
        members = queries.members(session, group.id)
        if strangers := set(present) - set(members):
            raise ValidationError(translate("services.casework.groups", "有 {count} 人不是本小组成员。").format(count=len(strangers)), field="present")
        marked = queries.attendance_marks(session, session_id)
        for client_id in members:
            row = marked.get(client_id) or GroupAttendance(session_id=session_id, client_id=client_id, present=False)
            row.present = client_id in present
            session.add(ctx.stamp(session, row))
        meeting.notes = notes or meeting.notes
        session.add(ctx.stamp(session, meeting))
        if group.status == "planning":
            group.status = "running"
            session.add(ctx.stamp(session, group))
        ctx.audit(session, "edit", "group_session", session_id, present=len(set(present)))
    return Changes(frozenset({"group_session", "group"}), (session_id, group.id))


def fill_group_measure(ctx: Context, group_id: str, client_id: str, answers: dict) -> Changes:
    """A member's pre or post measure on the newest `group_measure` form, stored as a form record
    with the form id and version, and linked to the group."""
    ctx.require("group", "edit")
    form = forms.get_form(MEASURE_FORM)
    with ctx.reading() as session:
        group = get_live(session, GroupWork, group_id)
        member = queries.members(session, group_id).get(client_id)
    if member is None:
        raise ValidationError(translate("services.casework.groups", "只能为本小组成员填写前后测。"), field="client_id")
    answer_set = make_answer_set(form, {**answers, "group_name": group.name, "member_code": member.member_code})
    phase = answer_set.answers["phase"]
    with ctx.writing() as session:
        record = ctx.stamp(session, FormRecord(
            form_id=form.id, form_version=form.version, client_id=client_id, case_id=None,
            answers=json.dumps(answer_set.answers, ensure_ascii=False, default=str),
            computed=json.dumps(answer_set.computed, ensure_ascii=False, default=str),
            filled_on=date.fromisoformat(str(answer_set.answers["measure_date"])), filled_by=ctx.account_id or ""))
        session.add(record)
        session.flush()
        session.add(ctx.stamp(session, GroupMeasure(group_id=group_id, client_id=client_id, phase=phase,
                                                    form_record_id=record.id)))
        ctx.audit(session, "create", "form_record", record.id, group=group_id, form=form.id, phase=phase)
    return Changes(frozenset({"form_record", "group"}), (record.id, group_id))


def set_group_status(ctx: Context, group_id: str, status: str, *, outcome_summary: str = "") -> Changes:
    """Move a group on; closing it needs the outcome summary."""
    ctx.require("group", "edit")
    if status not in GROUP_STATUSES:
        raise ValidationError(translate("services.casework.groups", "未知的小组状态。"), field="status")
    summary = clean_text(outcome_summary, field="outcome_summary", label=translate("services.casework.groups", "成效总结"), max_len=4000,
                         required=status == "closed")
    with ctx.writing() as session:
        group = get_live(session, GroupWork, group_id)
        group.status = status
        group.outcome_summary = summary or group.outcome_summary
        if status == "closed" and group.ends_on is None:
            group.ends_on = date.today()
        session.add(ctx.stamp(session, group))
        ctx.audit(session, "close" if status == "closed" else "edit", "group", group_id, status=status)
    return Changes.of("group", group_id)


@dataclass(frozen=True)
class MemberOutcome:
    member_code: str
    client_id: str
    name: str
    attended: int
    pre: int | None
    post: int | None


@dataclass(frozen=True)
class GroupOutcome:
    group_id: str
    sessions_held: int
    attendance_rate: float  # present / (members x sessions recorded)
    pre_mean: float | None
    post_mean: float | None
    improved: int  # members whose post score is above their pre score
    members: list[MemberOutcome]


def group_outcome(ctx: Context, group_id: str) -> GroupOutcome:
    ctx.require("group", "view")
    with ctx.reading() as session:
        get_live(session, GroupWork, group_id)
        members = queries.members(session, group_id)
        names = queries.client_names(session, list(members))
        attendance, held = queries.attendance_of_group(session, group_id)
        scores = queries.measure_totals(session, group_id)
    came = {c: sum(1 for who, p in attendance if who == c and p) for c in members}
    rows = [MemberOutcome(m.member_code, c, names.get(c, ""), came[c], scores.get((c, "pre")), scores.get((c, "post")))
            for c, m in members.items()]
    pre = [r.pre for r in rows if r.pre is not None]
    post = [r.post for r in rows if r.post is not None]
    return GroupOutcome(
        group_id=group_id, sessions_held=held,
        attendance_rate=round(sum(p for _, p in attendance) / len(attendance), 3) if attendance else 0.0,
        pre_mean=round(sum(pre) / len(pre), 1) if pre else None,
        post_mean=round(sum(post) / len(post), 1) if post else None,
        improved=sum(1 for r in rows if r.pre is not None and r.post is not None and r.post > r.pre),
        members=rows,
    )


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    status: str
    worker: str
    starts_on: date
    ends_on: date | None
    members: int
    sessions: int
    planned_sessions: int


# What the groups list sorts by; without a sort, newest first (as "starts_on" descending).
GROUP_SORTS = {
    "name": lambda r: pinyin_key(r.name), "status": lambda r: r.status, "worker": lambda r: pinyin_key(r.worker),
    "starts_on": lambda r: r.starts_on, "members": lambda r: r.members, "sessions": lambda r: r.sessions,
}


def group_ids(ctx: Context, *, status: str | None = None, search: str = "", sort: str | None = None,
              descending: bool = False) -> list[str]:
    """Live groups newest first, or in the order of `sort`; `search` finds a part of the name,
    the goals or the worker's name."""
    ctx.require("group", "view")
    with ctx.reading() as session:
        ids = queries.group_ids(session, status=status, search=search.strip())
    return order_ids(ids, lambda wanted: groups_by_id(ctx, wanted), GROUP_SORTS, sort, descending,
                     native=("starts_on", True))


def groups_by_id(ctx: Context, ids: list[str]) -> dict[str, GroupRow]:
    ctx.require("group", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.groups_with_workers(session, ids)
        members = queries.live_counts(session, GroupMember, ids)
        sessions = queries.live_counts(session, GroupSession, ids)
    return {g.id: GroupRow(g.id, g.name, g.status, worker, g.starts_on, g.ends_on, members.get(g.id, 0),
                           sessions.get(g.id, 0), g.planned_sessions) for g, worker in rows}


def group_sessions(ctx: Context, group_id: str) -> list[tuple[GroupSession, dict[str, bool]]]:
    """Each session with its attendance (client id -> present), in order."""
    ctx.require("group", "view")
    with ctx.reading() as session:
        get_live(session, GroupWork, group_id)
        meetings = queries.sessions_with_marks(session, group_id)
    return [(m, {a.client_id: a.present for a in marks}) for m, marks in meetings]
