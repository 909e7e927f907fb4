"""Community activities (社区活动): planning them, who took part (clients, a head count of people
not registered, volunteers), and the major events the seeds require to be reported [002].
Hours for the volunteers of an activity are recorded in services/volunteering/service_hours.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from wulian_desk.core.activities import ActivityInput, check_activity_fields
from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    Client,
    Room,
    Volunteer,
)
from wulian_desk.core.texts import translate
from wulian_desk.core.volunteers import hours_to_minutes
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.services.station import numbering
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.storage.queries.common import find_live, get_live, require_unit

if TYPE_CHECKING:
    from sqlmodel import Session


def _live(session: Session, activity_id: str) -> Activity:
    return get_live(session, Activity, activity_id, noun=translate("services.volunteering.activities", "活动"))


def _next_number(session: Session, year: int, owner: str) -> str:
    existing = queries.activity_numbers_in_year(session, year=year, owner=owner)
    return numbering.next_number(session, "HD", year, existing, width=4)


def _fields(session: Session, data: ActivityInput) -> dict:
    require_unit(session, data.org_unit_id, refusal=translate("services.volunteering.activities", "请选择举办活动的站点或社区。"))
    if data.room_id is not None and find_live(session, Room, data.room_id) is None:
        raise ValidationError(translate("services.volunteering.activities", "所选房间不存在。"), field="room_id")
    return {
        "title": data.title, "activity_type": data.activity_type, "org_unit_id": data.org_unit_id,
        "starts_at": data.starts_at, "ends_at": data.ends_at, "room_id": data.room_id, "place": data.place,
        "organiser": data.organiser, "person_in_charge": data.person_in_charge,
        "partners": json.dumps(data.partners, ensure_ascii=False), "description": data.description,
        "planned_minutes": hours_to_minutes(data.planned_hours, field="planned_hours"),
        "headcount_unregistered": data.headcount_unregistered, "major_event": data.major_event,
    }


def create_activity(ctx: Context, data: ActivityInput) -> Changes:
    ctx.require("activity", "create")
    data = check_activity_fields(data, today=date.today())
    with ctx.writing() as session:
        row = ctx.stamp(session, Activity(activity_number=_next_number(session, data.starts_at.year, ctx.station_id),
                                          **_fields(session, data)))
        session.add(row)
        ctx.audit(session, "create", "activity", row.id)
    return Changes.of("activity", row.id)


def update_activity(ctx: Context, activity_id: str, data: ActivityInput) -> Changes:
    ctx.require("activity", "edit")
    data = check_activity_fields(data, today=date.today())
    with ctx.writing() as session:
        row = _live(session, activity_id)
        row.sqlmodel_update(_fields(session, data))
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "activity", activity_id)
    return Changes.of("activity", activity_id)


def _link(ctx: Context, activity_id: str, model, key: str, target, ids: list[str], what: str) -> Changes:
    """Add people to an activity, each once; unknown ids are refused before anything is written."""
    ctx.require("activity", "edit")
    with ctx.writing() as session:
        _live(session, activity_id)
        wanted = list(dict.fromkeys(ids))
        found = queries.live_ids_among(session, target, wanted)
        if missing := [i for i in wanted if i not in found]:
            raise NotFoundError(translate("services.volunteering.activities", "有 {count} 位{what}找不到。").format(count=len(missing), what=what))
        have = queries.linked_to_activity(session, model, key, activity_id)
        for person in wanted:
            if person not in have:
                session.add(ctx.stamp(session, model(activity_id=activity_id, **{key: person})))
        ctx.audit(session, "edit", "activity", activity_id, added=len(set(wanted) - have), kind=model.__tablename__)
    return Changes(frozenset({"activity"}), (activity_id,))


def add_participants(ctx: Context, activity_id: str, client_ids: list[str]) -> Changes:
    return _link(ctx, activity_id, ActivityParticipant, "client_id", Client, client_ids, "服务对象")


def add_volunteers(ctx: Context, activity_id: str, volunteer_ids: list[str]) -> Changes:
    return _link(ctx, activity_id, ActivityVolunteer, "volunteer_id", Volunteer, volunteer_ids, "志愿者")


def set_headcount(ctx: Context, activity_id: str, headcount: int) -> Changes:
    """People who took part but are not registered as clients, as a number."""
    ctx.require("activity", "edit")
    if isinstance(headcount, bool) or not isinstance(headcount, int) or not 0 <= headcount <= 100_000:
        raise ValidationError(translate("services.volunteering.activities", "未登记参与人数须为 0 或正整数。"), field="headcount")
    with ctx.writing() as session:
        row = _live(session, activity_id)
        row.headcount_unregistered = headcount
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "activity", activity_id, headcount=headcount)
    return Changes.of("activity", activity_id)


def mark_reported(ctx: Context, activity_id: str, *, on: date | None = None) -> Changes:
    """A major event was reported to the community party organisation / residents' committee."""
    ctx.require("activity", "edit")
    on = check_date(on or date.today(), DateKind.HAPPENED, today=date.today(), field="on",
                    label=translate("services.volunteering.activities", "报告日期"))
    with ctx.writing() as session:
        row = _live(session, activity_id)
        if row.major_event is None:
            raise ValidationError(translate("services.volunteering.activities", "这项活动不是需要报告的重大活动。"))
        row.reported_on = on
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "activity", activity_id, reported_on=on.isoformat())
    return Changes.of("activity", activity_id)


@dataclass(frozen=True)
class ActivityRow:
    id: str
    activity_number: str
    title: str
    activity_type: str
    starts_at: datetime
    ends_at: datetime
    place: str  # the room's name, or the place outside
    organiser: str
    person_in_charge: str
    partners: list[str]
    participants: int  # registered clients
    headcount_unregistered: int
    volunteers: int
    planned_minutes: int
    major_event: str | None
    reported_on: date | None


# What the activities list sorts by; without a sort, newest first (as "starts_at" descending).
ACTIVITY_SORTS = {
    "number": lambda r: r.activity_number, "title": lambda r: pinyin_key(r.title),
    "activity_type": lambda r: r.activity_type, "starts_at": lambda r: r.starts_at,
    "place": lambda r: pinyin_key(r.place), "participants": lambda r: r.participants + r.headcount_unregistered,
    "volunteers": lambda r: r.volunteers, "major_event": lambda r: r.major_event,
}


def activity_ids(ctx: Context, *, month: tuple[int, int] | None = None, unreported_only: bool = False,
                 search: str = "", sort: str | None = None, descending: bool = False) -> list[str]:
    """Activities newest first, or in the order of `sort`; `month=(2026, 11)` for a month
    calendar; `unreported_only` for the major events not yet reported; `search` finds a part of
    the title, the number, the place or the organiser."""
    ctx.require("activity", "view")
    with ctx.reading() as session:
        ids = queries.activity_ids(session, month=month, unreported_only=unreported_only, search=search.strip())
    return order_ids(ids, lambda wanted: activities_by_id(ctx, wanted), ACTIVITY_SORTS, sort, descending,
                     native=("starts_at", True))


def unreported_major_events(ctx: Context) -> list[ActivityRow]:
    """Major events (节庆活动, 文化演出, 体育竞赛, 人员集会) not yet reported, oldest first."""
    ids = activity_ids(ctx, unreported_only=True)
    rows = activities_by_id(ctx, ids)
    return sorted(rows.values(), key=lambda r: r.starts_at)


def activities_by_id(ctx: Context, ids: list[str]) -> dict[str, ActivityRow]:
    ctx.require("activity", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.activities_with_rooms(session, ids)
        clients = queries.people_per_activity(session, ActivityParticipant, ids)
        volunteers = queries.people_per_activity(session, ActivityVolunteer, ids)
    return {
        a.id: ActivityRow(a.id, a.activity_number, a.title, a.activity_type, a.starts_at, a.ends_at, room or a.place,
                          a.organiser, a.person_in_charge, json.loads(a.partners), clients.get(a.id, 0),
                          a.headcount_unregistered, volunteers.get(a.id, 0), a.planned_minutes, a.major_event,
                          a.reported_on)
        for a, room in rows
    }


def activity_volunteers(ctx: Context, activity_id: str) -> list[tuple[str, str]]:
    """(volunteer id, name) of everyone on the activity: the hours dialog lists these."""
    ctx.require("activity", "view")
    with ctx.reading() as session:
        _live(session, activity_id)
        return queries.activity_volunteers(session, activity_id)


def resolve_activity(ctx: Context, reference: str) -> str:
    """An activity's id from its number (HD2026-0001) or its id."""
    ctx.require("activity", "view")
    with ctx.reading() as session:
        row = session.get(Activity, reference) or queries.activity_by_number(session, reference.strip().upper())
    if row is None or row.deleted:
        raise NotFoundError(translate("services.volunteering.activities", "找不到活动 {reference}。").format(reference=reference))
    return row.id
