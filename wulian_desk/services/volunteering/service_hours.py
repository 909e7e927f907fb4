"""Volunteer service hours (志愿服务记录): recording them one by one or for a whole activity at
once, correcting them without losing the earlier value, and the totals and star levels read from
them with SQL aggregates over one partial index (fast at a million records). What a valid record
is lives in core/service_hours.py, shared with the roster import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from wulian_desk.core.activities import ACTIVITY_TYPES
from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import Activity, OrgUnit, Room, ServiceRecord, Volunteer
from wulian_desk.core.service_hours import (
    check_served_on,
    clean_content,
    clean_correction_reason,
    clean_organiser,
    clean_person_in_charge,
    clean_place,
    service_record_fields,
)
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import label
from wulian_desk.core.volunteers import hours_to_minutes, lateness, star_level
from wulian_desk.services.context import Changes, Context
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.queries import volunteering as queries
from wulian_desk.storage.queries import volunteering_sqlite
from wulian_desk.storage.queries.common import get_live

if TYPE_CHECKING:
    from sqlmodel import Session

# The totals' SQL text, here too for bench/bench_volunteers.py, which runs it through a raw
# connection as the floor.
TOTALS_SQL = volunteering_sqlite.TOTALS_SQL


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


def _station_name(session: Session, ctx: Context) -> str:
    unit = session.get(OrgUnit, ctx.station_id)
    return unit.name if unit else ""


def _late_warning(served_on: date, today: date) -> tuple[str, ...]:
    warning = lateness(served_on, today)
    return (warning,) if warning else ()


def record_service(
    ctx: Context, volunteer_id: str, *, served_on: date, hours: float, content: str, place: str = "",
    organiser: str = "", person_in_charge: str = "", activity_id: str | None = None,
) -> HoursChanges:
    """One service record. Entered more than ten working days after the service, it is kept and
    flagged, and the warning comes back to show."""
    ctx.require("volunteer", "create")
    now, today = datetime.now(UTC), date.today()  # stored in UTC; lateness counts local days
    check_served_on(served_on, today=today)
    minutes = hours_to_minutes(hours)
    content = clean_content(content, required=True)
    place, organiser = clean_place(place), clean_organiser(organiser)
    person_in_charge = clean_person_in_charge(person_in_charge)
    with ctx.writing() as session:
        get_live(session, Volunteer, volunteer_id)
        # A tombstoned activity is not refused here (only a missing one), as it never was.
        if activity_id is not None and session.get(Activity, activity_id) is None:
            raise NotFoundError(translate("services.volunteering.service_hours", "找不到该活动。"))
        if queries.already_recorded(session, [volunteer_id], activity_id=activity_id, served_on=served_on):
            raise ValidationError(translate("services.volunteering.service_hours", "这位志愿者当天在这项活动已有服务记录；如需修改，请更正原记录。"))
        row = service_record_fields(
            volunteer_id, served_on=served_on, minutes=minutes, content=content, place=place,
            organiser=organiser or _station_name(session, ctx), person_in_charge=person_in_charge,
            activity_id=activity_id, recorded_by=ctx.account_id or "", now=now, today=today)
        BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id).insert(ServiceRecord, [row])
        ctx.audit(session, "create", "service_record", row["id"], volunteer=volunteer_id)
    return HoursChanges(frozenset({"service_record", "volunteer"}), (row["id"], volunteer_id),
                        _late_warning(served_on, today))


def _minutes_of_each(signed_up: list[str], adjustments: dict[str, float | None], *, hours: float | None,
                     planned_minutes: int) -> dict[str, int]:
    """Minutes of each volunteer present: `hours` (else the activity's planned minutes) unless
    adjusted (None: absent)."""
    unknown = set(adjustments) - set(signed_up)
    if unknown:
        raise ValidationError(translate("services.volunteering.service_hours", "有 {count} 位志愿者没有报名这项活动，请先把他们加入活动。").format(count=len(unknown)), field="adjustments")
    planned = hours_to_minutes(hours) if hours is not None else planned_minutes
    minutes = {v: planned if v not in adjustments else
               (None if adjustments[v] is None else hours_to_minutes(adjustments[v], field=v)) for v in signed_up}
    present = {v: m for v, m in minutes.items() if m is not None}
    if not present:
        raise ValidationError(translate("services.volunteering.service_hours", "这项活动没有到场的志愿者可以记录时长。"))
    return present


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
        activity = get_live(session, Activity, activity_id, noun=translate("services.volunteering.service_hours", "活动"))
        served_on = check_served_on(activity.starts_at.date(), today=today)
        minutes = _minutes_of_each(queries.activity_volunteer_ids(session, activity_id), adjustments, hours=hours,
                                   planned_minutes=activity.planned_minutes)
        if done := queries.already_recorded(session, list(minutes), activity_id=activity_id, served_on=served_on):
            names = queries.volunteer_names(session, done)
            raise ValidationError(translate("services.volunteering.service_hours", "{join} 已有这项活动的服务记录；如需修改，请更正原记录。").format(join='、'.join(sorted(names))))
        room = session.get(Room, activity.room_id) if activity.room_id else None
        text = clean_content(content, required=False) or \
            f"{label(ACTIVITY_TYPES, activity.activity_type)}：{activity.title}"
        rows = [service_record_fields(
            v, served_on=served_on, minutes=m, content=text, place=room.name if room else activity.place,
            organiser=activity.organiser, person_in_charge=activity.person_in_charge, activity_id=activity_id,
            recorded_by=ctx.account_id or "", now=now, today=today) for v, m in minutes.items()]
        BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id).insert(ServiceRecord, rows)
        ctx.audit(session, "create", "service_record", activity_id, activity=activity_id, records=len(rows))
    return HoursChanges(frozenset({"service_record", "volunteer", "activity"}), tuple(r["id"] for r in rows),
                        _late_warning(served_on, today))


def correct_service_record(
    ctx: Context, record_id: str, *, reason: str, hours: float | None = None, served_on: date | None = None,
    content: str | None = None, place: str | None = None,
) -> HoursChanges:
    """A correction is a new record; the old one stays, marked as superseded by it."""
    ctx.require("volunteer", "edit")
    reason = clean_correction_reason(reason)
    with ctx.writing() as session:
        old = get_live(session, ServiceRecord, record_id)
        if old.superseded_by is not None:
            raise ValidationError(translate("services.volunteering.service_hours", "这条记录已被更正过，请更正最新的那一条。"))
        new = ServiceRecord(**old.model_dump(exclude={"id", "owner", "device_id", "counter", "updated_at"}))
        new.id = new_id()
        if hours is not None:
            new.minutes = hours_to_minutes(hours)
        if served_on is not None:
            new.served_on = check_served_on(served_on, today=date.today())
        if content is not None:
            new.content = clean_content(content, required=True)
        if place is not None:
            new.place = clean_place(place)
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
            raise NotFoundError(translate("services.volunteering.service_hours", "找不到该服务记录。"))
        while record.corrects_id and (earlier := session.get(ServiceRecord, record.corrects_id)):
            record = earlier
        chain = [record]
        while chain[-1].superseded_by and (later := session.get(ServiceRecord, chain[-1].superseded_by)):
            chain.append(later)
    return chain


def service_records(ctx: Context, volunteer_id: str, *, period_from: date | None = None,
                    period_to: date | None = None, include_superseded: bool = False) -> list[ServiceRecord]:
    """A volunteer's records, newest first; corrected versions only when asked for."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        rows = queries.service_records_of(session, volunteer_id, superseded=False, period_from=period_from,
                                          period_to=period_to)
        if include_superseded:
            rows += queries.service_records_of(session, volunteer_id, superseded=True, period_from=period_from,
                                               period_to=period_to)
    return sorted(rows, key=lambda r: (r.served_on, r.id), reverse=True)


# -- totals ------------------------------------------------------------------------------------


def star_hours(ctx: Context, session: Session | None = None) -> tuple[int, ...]:
    """The star thresholds of the policy profile in force (the county's where the station is
    enrolled, services/station/policies.py decides); read inside `session` when the caller has one
    open, which saves a list page a connection of its own."""
    from wulian_desk.services.station.policies import profile_in_force

    return profile_in_force(ctx, session).volunteer_star_hours


def totals_in(session: Session, volunteer_ids: list[str], *, year: int, star_hours: tuple[int, ...]) -> dict[str, Totals]:
    """The totals inside the caller's session (a list page reads its rows in the same one)."""
    found = {v: Totals(v, total, in_year, n, last, star_level(total, star_hours))
             for v, total, in_year, n, last in volunteering_sqlite.hours_totals(session, volunteer_ids, year=year)}
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
        return volunteering_sqlite.hours_per_year(session, volunteer_id)


@dataclass(frozen=True)
class StationTotals:
    volunteers: int
    minutes: int
    records: int


def station_totals(ctx: Context, *, year: int | None = None) -> StationTotals:
    """Hours of all volunteers of the station, in one year or overall."""
    ctx.require("volunteer", "view")
    start, end = (None, None) if year is None else (date(year, 1, 1), date(year + 1, 1, 1))
    with ctx.reading() as session:
        return StationTotals(*queries.station_hours(session, start=start, end=end))
