"""Monthly submission, approval and lock (DHIS2's data approval; rules in core/month_lock.py).

A station submits a month once it has ended; the submission is a row of its own that goes up in
its next bundle. The tier above (the installation that enrolled it: the county, or a township for
its community rooms) approves it, returns it with a reason, or reopens an approved month; the
decision is the deciding tier's row, sent down to that station only. When an approval arrives the
month is locked at the station (storage/month_guard.py refuses every write dated in it), except
the record an open correction request names.

Nothing here is written for the county tier by name: "below" is every peer we enrolled (relation
"station"), "above" the peer that enrolled us (relation "county").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import MonthDecision, MonthSubmission
from wulian_desk.core.month_lock import Decision, MonthState, Submission, ensure_ended, month_state
from wulian_desk.core.rollup import Month, parse_month
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station import policies
from wulian_desk.services.station import station as station_service
from wulian_desk.storage.queries import approval as queries
from wulian_desk.storage.queries import sync as sync_queries


@dataclass(frozen=True)
class StationMonth:
    """One station's month as this installation knows it."""

    station_id: str
    name: str
    code: str | None
    state: MonthState


def _local(moment: datetime) -> datetime:
    """A stored UTC time as local wall-clock time, naive (deadlines are local days)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


def due_day(ctx: Context) -> int:
    """The day of the next month a month's report is due by, from the policy profile in force
    (the one the tier above sent down, where we are enrolled)."""
    return policies.station_profile(ctx).report_due_day


def _state(session, month: Month, station_id: str, due: int) -> MonthState:
    subs = queries.submissions(session, station_id=station_id, month=month.code)
    decided = queries.decisions(session, station_id=station_id, month=month.code)
    return month_state(
        month,
        [Submission(s.id, _local(s.submitted_at), s.submitted_by, s.note) for s in subs],
        [Decision(d.id, d.submission_id, d.decision, _local(d.decided_at), d.reason, d.decided_by) for d in decided],
        due_day=due)


def own_state(ctx: Context, month: str | Month) -> StationMonth:
    """This station's own month: what it submitted and what the tier above decided."""
    ctx.require("report", "view")
    parsed, due = parse_month(month), due_day(ctx)
    with ctx.reading() as session:
        state = _state(session, parsed, ctx.station_id, due)
    info = station_service.station_info(ctx)
    return StationMonth(info.id, info.name, info.division_code, state)


def states_below(ctx: Context, month: str | Month) -> dict[str, StationMonth]:
    """Each station below us (by station id): its month's state; at a county, the community rooms
    it knows through their townships too (a room's month is its township's to decide)."""
    ctx.require("report", "view")
    parsed, due = parse_month(month), due_day(ctx)
    out = {}
    with ctx.reading() as session:
        for peer in sync_queries.stations_below(session):
            if peer.station_id not in out:
                out[peer.station_id] = StationMonth(peer.station_id, peer.name, peer.division_code,
                                                    _state(session, parsed, peer.station_id, due))
    return out


def submit(ctx: Context, month: str | Month, *, note: str = "", now: datetime | None = None) -> Changes:
    """Submit a month that has ended to the tier above; it goes up in the next bundle."""
    ctx.require("report", "submit")
    moment = _now(now)
    parsed = parse_month(month, today=_local(moment).date())
    ensure_ended(parsed, _local(moment).date())
    note = clean_text(note, field="note", label=translate("services.reports.approval", "报送说明"), max_len=500, required=False)
    due = due_day(ctx)
    with ctx.writing() as session:
        if queries.tier_above(session) is None:
            raise ValidationError(translate("services.reports.approval", "本站还没有登记到上级站点，无法报送。"))
        state = _state(session, parsed, ctx.station_id, due).state
        if state == "submitted":
            raise ValidationError(translate("services.reports.approval", "{parsed}已经报送，正在等待上级审核。").format(parsed=parsed.text, code=parsed.code), field="month")
        if state == "approved":
            raise ValidationError(translate("services.reports.approval", "{parsed}已由上级审核通过，不能再次报送。").format(parsed=parsed.text, code=parsed.code), field="month")
        row = ctx.stamp(session, MonthSubmission(
            station_id=ctx.station_id, month=parsed.code, submitted_at=moment,
            submitted_by=ctx.display_name or ctx.username, note=note))
        session.add(row)
        ctx.audit(session, "month_submit", "month_submission", row.id, month=parsed.code)
    return Changes.of("month", row.id)


def find_station(ctx: Context, station: str) -> tuple[str, str]:
    """(station id, name) of a station below us, named by its id or its division code."""
    wanted = (station or "").strip()
    with ctx.reading() as session:
        peers = queries.stations_we_decide_for(session)
    for peer in peers:
        if wanted and wanted in (peer.station_id, peer.division_code):
            return peer.station_id, peer.name
    raise NotFoundError(translate("services.reports.approval", "没有登记在本站之下的站点：{value}。请填写站点编号或区划代码。").format(value=wanted or translate("services.reports.approval", "（空）")))


def approve(ctx: Context, *, station: str, month: str | Month, now: datetime | None = None) -> Changes:
    return _decide(ctx, station, month, "approved", "", now)


def return_month(ctx: Context, *, station: str, month: str | Month, reason: str, now: datetime | None = None) -> Changes:
    reason = clean_text(reason, field="reason", label=translate("services.reports.approval", "退回原因"), max_len=500, required=True)
    return _decide(ctx, station, month, "returned", reason, now)


def reopen(ctx: Context, *, station: str, month: str | Month, reason: str, now: datetime | None = None) -> Changes:
    """Undo an approval: the month is unlocked at the station and must be submitted again."""
    ctx.require("report", "reopen")
    reason = clean_text(reason, field="reason", label=translate("services.reports.approval", "重新开放原因"), max_len=500, required=True)
    return _decide(ctx, station, month, "reopened", reason, now)


_NEEDS = {"approved": "submitted", "returned": "submitted", "reopened": "approved"}
_AUDIT = {"approved": "month_approve", "returned": "month_return", "reopened": "month_reopen"}


def _decide(ctx: Context, station: str, month: str | Month, decision: str, reason: str,
            now: datetime | None) -> Changes:
    ctx.require("report", "approve")
    parsed, moment = parse_month(month), _now(now)
    station_id, name = find_station(ctx, station)
    due = due_day(ctx)
    with ctx.writing() as session:
        state = _state(session, parsed, station_id, due)
        if state.state != _NEEDS[decision]:
            raise _not_decidable(name, parsed, state.state, decision)
        row = ctx.stamp(session, MonthDecision(
            station_id=station_id, month=parsed.code, submission_id=state.submission.id, decision=decision,
            reason=reason, decided_at=moment, decided_by=ctx.display_name or ctx.username))
        session.add(row)
        ctx.audit(session, _AUDIT[decision], "month_decision", row.id, station=station_id, month=parsed.code,
                  submission=state.submission.id)
    return Changes.of("month", row.id)


def _not_decidable(name: str, month: Month, state: str, decision: str) -> ValidationError:
    if decision == "reopened":
        return ValidationError(translate("services.reports.approval", "{name}的{month}尚未审核通过，无需重新开放。").format(name=name, month=month.text, code=month.code), field="month")
    said = {"not submitted": translate("services.reports.approval", "尚未报送"),
            "returned": translate("services.reports.approval", "已退回，等待重新报送"),
            "approved": translate("services.reports.approval", "已审核通过")}[state]
    return ValidationError(translate("services.reports.approval", "{name}的{month}{said}，只能对已报送的月份审核或退回。").format(name=name, month=month.text, said=said, code=month.code),
                           field="month")
