"""Volunteer service hours (志愿服务记录): recording them one by one or for a whole activity at
once, correcting them without losing the earlier value, and the totals and star levels read from
them with SQL aggregates over one partial index (fast at a million records).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from wulian_desk.core.activities import ACTIVITY_TYPES
from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import (
    Activity,
    ActivityVolunteer,
    OrgUnit,
    Room,
    ServiceRecord,
    Setting,
    Volunteer,
)
from wulian_desk.core.text import clean_text
from wulian_desk.core.vocab import label
from wulian_desk.core.volunteers import hours_to_minutes, lateness, star_level
from wulian_desk.services.context import Changes, Context
from wulian_desk.storage.bulk import BulkWriter

# The totals of a page of volunteers. Its WHERE repeats the partial index's terms word for word
# (migration 0006), so SQLite answers from the index alone; bench/bench_volunteers.py runs the
# same text through a raw connection as the floor.
TOTALS_SQL = """
SELECT volunteer_id,
       sum(minutes) AS total_minutes,
       sum(CASE WHEN served_on >= :year_start AND served_on < :year_end THEN minutes ELSE 0 END) AS year_minutes,
       count(*) AS records,
       max(served_on) AS last_served
FROM service_record
WHERE volunteer_id IN (SELECT value FROM json_each(:ids))
  AND superseded_by IS NULL AND deleted = 0
GROUP BY volunteer_id
"""
YEARLY_SQL = """
SELECT substr(served_on, 1, 4) AS year, sum(minutes), count(*)
FROM service_record
WHERE volunteer_id = :volunteer_id AND superseded_by IS NULL AND deleted = 0
GROUP BY year ORDER BY year
"""
STATION_SQL = """
SELECT count(DISTINCT volunteer_id), coalesce(sum(minutes), 0), count(*)
FROM service_record
WHERE served_on >= :start AND served_on < :end AND superseded_by IS NULL AND deleted = 0
"""


@dataclass(frozen=True)
class HoursChanges(Changes):
    """What a write of hours changed, and the warnings to show (records entered late)."""

    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Totals:
    volunteer_id: str
    total_minutes: int
    year_minutes: int
    records: int
    last_served: date | None
    stars: int


def _live_volunteer(session: Session, volunteer_id: str) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None or volunteer.deleted:
        raise NotFoundError("找不到该志愿者。", "Volunteer not found.")
    return volunteer


def _check_day(served_on: date) -> None:
    check_date(served_on, DateKind.HAPPENED, today=date.today(), field="served_on")


def _row(ctx: Context, volunteer_id: str, *, served_on: date, minutes: int, content: str, place: str,
         organiser: str, person_in_charge: str, activity_id: str | None, now: datetime, today: date) -> dict:
    return {
        "id": new_id(), "volunteer_id": volunteer_id, "activity_id": activity_id, "served_on": served_on,
        "place": place, "content": content, "minutes": minutes, "organiser": organiser,
        "person_in_charge": person_in_charge, "recorded_by": ctx.account_id or "", "recorded_at": now,
        "late": lateness(served_on, today) is not None, "corrects_id": None, "superseded_by": None,
        "correction_reason": "",
    }


def _station_name(session: Session, ctx: Context) -> str:
    unit = session.get(OrgUnit, ctx.station_id)
    return unit.name if unit else ""


def _already_recorded(session: Session, volunteer_ids: list[str], activity_id: str | None, served_on: date) -> set[str]:
    query = select(ServiceRecord.volunteer_id).where(
        col(ServiceRecord.volunteer_id).in_(volunteer_ids), ServiceRecord.served_on == served_on,
        ServiceRecord.activity_id == activity_id, col(ServiceRecord.superseded_by).is_(None),
        ServiceRecord.deleted == False,  # noqa: E712
    )
    return set(session.exec(query).all())


def record_service(
    ctx: Context, volunteer_id: str, *, served_on: date, hours: float, content: str, place: str = "",
    organiser: str = "", person_in_charge: str = "", activity_id: str | None = None,
) -> HoursChanges:
    """One service record. Entered more than ten working days after the service, it is kept and
    flagged, and the warning comes back to show."""
    ctx.require("volunteer", "create")
    _check_day(served_on)
    minutes = hours_to_minutes(hours)
    content = clean_text(content, field="content", label="服务内容", max_len=500, required=True)
    now, today = datetime.now(UTC), date.today()  # stored in UTC; lateness counts local days
    with ctx.writing() as session:
        _live_volunteer(session, volunteer_id)
        if activity_id is not None and session.get(Activity, activity_id) is None:
            raise NotFoundError("找不到该活动。", "Activity not found.")
        if _already_recorded(session, [volunteer_id], activity_id, served_on):
            raise ValidationError("这位志愿者当天在这项活动已有服务记录；如需修改，请更正原记录。",
                                  "Already recorded for this activity and day; correct that record instead.")
        row = _row(ctx, volunteer_id, served_on=served_on, minutes=minutes, content=content,
                   place=clean_text(place, field="place", label="服务地点", max_len=80, required=False),
                   organiser=clean_text(organiser, field="organiser", label="组织单位", max_len=80, required=False)
                   or _station_name(session, ctx),
                   person_in_charge=person_in_charge.strip()[:40], activity_id=activity_id, now=now, today=today)
        BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id).insert(ServiceRecord, [row])
        ctx.audit(session, "create", "service_record", row["id"], volunteer=volunteer_id)
    warning = lateness(served_on, today)
    return HoursChanges(frozenset({"service_record", "volunteer"}), (row["id"], volunteer_id),
                        (warning,) if warning else ())


def record_activity_hours(
    ctx: Context, activity_id: str, *, hours: float | None = None, adjustments: Mapping[str, float | None] | None = None,
    content: str = "",
) -> HoursChanges:
    """Hours for every volunteer of an activity at once, in one transaction: everyone at the
    planned hours (or `hours`), except `adjustments` (volunteer id -> hours, None = absent)."""
    ctx.require("volunteer", "create")
    adjustments = dict(adjustments or {})
    now, today = datetime.now(UTC), date.today()  # stored in UTC; lateness counts local days
    with ctx.writing() as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted:
            raise NotFoundError("找不到该活动。", "Activity not found.")
        served_on = activity.starts_at.date()
        _check_day(served_on)
        signed_up = list(session.exec(select(ActivityVolunteer.volunteer_id).where(
            ActivityVolunteer.activity_id == activity_id, ActivityVolunteer.deleted == False)).all())  # noqa: E712
        if unknown := set(adjustments) - set(signed_up):
            raise ValidationError(f"有 {len(unknown)} 位志愿者没有报名这项活动，请先把他们加入活动。",
                                  "Some adjusted volunteers are not on this activity.", field="adjustments")
        planned = hours_to_minutes(hours) if hours is not None else activity.planned_minutes
        minutes = {v: planned if v not in adjustments else
                   (None if adjustments[v] is None else hours_to_minutes(adjustments[v], field=v)) for v in signed_up}
        present = [v for v, m in minutes.items() if m is not None]
        if not present:
            raise ValidationError("这项活动没有到场的志愿者可以记录时长。", "No volunteer to record.")
        if done := _already_recorded(session, present, activity_id, served_on):
            names = session.exec(select(Volunteer.name).where(col(Volunteer.id).in_(done))).all()
            raise ValidationError(f"{'、'.join(sorted(names))} 已有这项活动的服务记录；如需修改，请更正原记录。",
                                  "Some volunteers already have hours for this activity.")
        room = session.get(Room, activity.room_id) if activity.room_id else None
        text_ = clean_text(content, field="content", label="服务内容", max_len=500, required=False) or \
            f"{label(ACTIVITY_TYPES, activity.activity_type)}：{activity.title}"
        rows = [_row(ctx, v, served_on=served_on, minutes=minutes[v], content=text_,
                     place=room.name if room else activity.place, organiser=activity.organiser,
                     person_in_charge=activity.person_in_charge, activity_id=activity_id, now=now, today=today) for v in present]
        BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id).insert(ServiceRecord, rows)
        ctx.audit(session, "create", "service_record", activity_id, activity=activity_id, records=len(rows))
    warning = lateness(served_on, today)
    return HoursChanges(frozenset({"service_record", "volunteer", "activity"}), tuple(r["id"] for r in rows),
                        (warning,) if warning else ())


def correct_service_record(
    ctx: Context, record_id: str, *, reason: str, hours: float | None = None, served_on: date | None = None,
    content: str | None = None, place: str | None = None,
) -> HoursChanges:
    """A correction is a new record; the old one stays, marked as superseded by it."""
    ctx.require("volunteer", "edit")
    reason = clean_text(reason, field="reason", label="更正原因", max_len=200, required=True)
    with ctx.writing() as session:
        old = session.get(ServiceRecord, record_id)
        if old is None or old.deleted:
            raise NotFoundError("找不到该服务记录。", "Service record not found.")
        if old.superseded_by is not None:
            raise ValidationError("这条记录已被更正过，请更正最新的那一条。", "Correct the latest version.")
        new = ServiceRecord(**old.model_dump(exclude={"id", "owner", "device_id", "counter", "updated_at"}))
        new.id = new_id()
        if hours is not None:
            new.minutes = hours_to_minutes(hours)
        if served_on is not None:
            _check_day(served_on)
            new.served_on = served_on
        if content is not None:
            new.content = clean_text(content, field="content", label="服务内容", max_len=500, required=True)
        if place is not None:
            new.place = clean_text(place, field="place", label="服务地点", max_len=80, required=False)
        new.corrects_id, new.superseded_by, new.correction_reason = old.id, None, reason
        new.recorded_by, new.recorded_at = ctx.account_id or "", datetime.now(UTC)
        new.late = old.late  # lateness is about when the service was first recorded
        session.add(ctx.stamp(session, new))
        session.flush()
        old.superseded_by = new.id
        session.add(ctx.stamp(session, old))
        ctx.audit(session, "edit", "service_record", new.id, corrects=old.id, reason=reason)
    return HoursChanges(frozenset({"service_record", "volunteer"}), (new.id, old.id, old.volunteer_id))


def record_history(ctx: Context, record_id: str) -> list[ServiceRecord]:
    """Every version of a service record, the first first: what a correction kept."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        record = session.get(ServiceRecord, record_id)
        if record is None:
            raise NotFoundError("找不到该服务记录。", "Service record not found.")
        while record.corrects_id and (earlier := session.get(ServiceRecord, record.corrects_id)):
            record = earlier
        chain = [record]
        while chain[-1].superseded_by and (later := session.get(ServiceRecord, chain[-1].superseded_by)):
            chain.append(later)
    return chain


def service_records(ctx: Context, volunteer_id: str, *, period_from: date | None = None,
                    period_to: date | None = None, include_superseded: bool = False) -> list[ServiceRecord]:
    """A volunteer's records, newest first; corrected versions only when asked for. Live and
    superseded records are read apart, each through its own partial index."""
    ctx.require("volunteer", "view")
    live = select(ServiceRecord).where(ServiceRecord.volunteer_id == volunteer_id,
                                       col(ServiceRecord.superseded_by).is_(None), ServiceRecord.deleted == False)  # noqa: E712
    queries = [live]
    if include_superseded:
        queries.append(select(ServiceRecord).where(ServiceRecord.volunteer_id == volunteer_id,
                                                   col(ServiceRecord.superseded_by).is_not(None)))
    rows: list[ServiceRecord] = []
    with ctx.reading() as session:
        for query in queries:
            if period_from:
                query = query.where(ServiceRecord.served_on >= period_from)
            if period_to:
                query = query.where(ServiceRecord.served_on <= period_to)
            rows += session.exec(query).all()
    return sorted(rows, key=lambda r: (r.served_on, r.id), reverse=True)


# -- totals ------------------------------------------------------------------------------------


def star_hours(ctx: Context, session: Session | None = None) -> tuple[int, ...]:
    """The star thresholds of the station's policy profile; read inside `session` when the caller
    has one open, which saves a list page a connection of its own for one setting."""
    from wulian_desk.services.policies import load_profile, station_profile
    from wulian_desk.services.settings import SETTINGS_DEFAULTS

    if session is None:
        return station_profile(ctx).volunteer_star_hours
    row = session.get(Setting, "policy_profile")
    return load_profile(str(json.loads(row.value) if row else SETTINGS_DEFAULTS["policy_profile"])).volunteer_star_hours


def totals_in(session: Session, volunteer_ids: list[str], *, year: int, star_hours: tuple[int, ...]) -> dict[str, Totals]:
    """The totals query inside the caller's session (a list page reads its rows in the same one)."""
    params = {"ids": json.dumps(list(volunteer_ids)), "year_start": f"{year:04d}-01-01", "year_end": f"{year + 1:04d}-01-01"}
    found = {
        v: Totals(v, total, in_year, n, date.fromisoformat(last) if last else None, star_level(total, star_hours))
        for v, total, in_year, n, last in session.execute(text(TOTALS_SQL), params).all()
    }
    return {v: found.get(v) or Totals(v, 0, 0, 0, None, 0) for v in volunteer_ids}


def volunteer_totals(ctx: Context, volunteer_ids: list[str], *, year: int | None = None) -> dict[str, Totals]:
    """Totals of a page of volunteers: overall, in `year` (this year by default), and stars."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        return totals_in(session, volunteer_ids, year=year or date.today().year, star_hours=star_hours(ctx, session))


def yearly_totals(ctx: Context, volunteer_id: str) -> list[tuple[int, int, int]]:
    """(year, minutes, records) for each year the volunteer served."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        rows = session.execute(text(YEARLY_SQL), {"volunteer_id": volunteer_id}).all()
    return [(int(y), int(m), int(n)) for y, m, n in rows]


@dataclass(frozen=True)
class StationTotals:
    volunteers: int
    minutes: int
    records: int


def station_totals(ctx: Context, *, year: int | None = None) -> StationTotals:
    """Hours of all volunteers of the station, in one year or overall."""
    ctx.require("volunteer", "view")
    start, end = ("0001-01-01", "9999-12-31") if year is None else (f"{year:04d}-01-01", f"{year + 1:04d}-01-01")
    with ctx.reading() as session:
        volunteers, minutes, records = session.execute(text(STATION_SQL), {"start": start, "end": end}).one()
    return StationTotals(int(volunteers), int(minutes), int(records))
