"""What monthly submission and approval ask: the submissions and decisions of a station's months,
the months approved for a station (locked there), the records the tier above's open correction
requests name, and the date of the record a child row belongs to."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import text
from sqlmodel import Session, select

from wulian_desk.core.models import (
    CorrectionAnswer,
    CorrectionRequest,
    MonthDecision,
    MonthSubmission,
    SyncPeer,
)
from wulian_desk.core.month_lock import Decision, Submission, month_state
from wulian_desk.core.rollup import Month
from wulian_desk.storage.queries.common import live


def submissions(session: Session, *, station_id: str | None = None, month: str | None = None) -> list[MonthSubmission]:
    query = live(MonthSubmission)
    if station_id is not None:
        query = query.where(MonthSubmission.station_id == station_id)
    if month is not None:
        query = query.where(MonthSubmission.month == month)
    return list(session.exec(query.order_by(MonthSubmission.submitted_at)))


def decisions(session: Session, *, station_id: str | None = None, month: str | None = None) -> list[MonthDecision]:
    query = live(MonthDecision)
    if station_id is not None:
        query = query.where(MonthDecision.station_id == station_id)
    if month is not None:
        query = query.where(MonthDecision.month == month)
    return list(session.exec(query.order_by(MonthDecision.decided_at)))


def approved_months(session: Session, *, station_id: str) -> set[str]:
    """The months of this station whose latest submission the tier above approved (and did not
    reopen): locked here. One cheap look first, as almost every write finds none."""
    any_approval = session.execute(text(
        "SELECT 1 FROM month_decision WHERE station_id = :s AND decision = 'approved' AND NOT deleted LIMIT 1"),
        {"s": station_id}).first()
    if any_approval is None:
        return set()
    decided = decisions(session, station_id=station_id)
    months = {d.month for d in decided if d.decision == "approved"}
    subs = submissions(session, station_id=station_id)
    locked = set()
    for month in months:
        year, _, number = month.partition("-")
        if not (year.isdigit() and number.isdigit() and 1 <= int(number) <= 12):
            continue  # not a month: nothing it could lock
        state = month_state(
            Month(int(year), int(number)),
            [Submission(s.id, _naive(s.submitted_at)) for s in subs if s.month == month],
            [Decision(d.id, d.submission_id, d.decision, _naive(d.decided_at)) for d in decided if d.month == month])
        if state.state == "approved":
            locked.add(month)
    return locked


def _naive(moment: datetime) -> datetime:
    """UTC without its zone: rows just written hold aware times, rows read back naive ones."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def open_correction_records(session: Session, *, station_id: str) -> set[tuple[str, str]]:
    """(table, record id) of every live correction request to this station not answered yet."""
    answered = set(session.exec(select(CorrectionAnswer.request_id).where(CorrectionAnswer.deleted == False)))  # noqa: E712
    requests = session.exec(live(CorrectionRequest).where(CorrectionRequest.station_id == station_id))
    return {(r.record_table, r.record_id) for r in requests if r.id not in answered}


def dated_parent(session: Session, *, table: str, column: str, row_id: str) -> date | datetime | str | None:
    """The dating column's value of one row (a child row's parent), None if not held."""
    return session.execute(text(f'SELECT "{column}" FROM "{table}" WHERE id = :i'), {"i": row_id}).scalar()


def stations_we_decide_for(session: Session) -> list[SyncPeer]:
    """The installations enrolled with us directly (relation "station"), by name: the stations
    whose months we decide. Rooms known through their township are the township's to decide
    (queries.sync.stations_below lists those too)."""
    return list(session.exec(select(SyncPeer).where(SyncPeer.relation == "station").order_by(SyncPeer.name)))


def tier_above(session: Session) -> SyncPeer | None:
    """The installation that enrolled us (relation "county": our county, or our township)."""
    return session.exec(select(SyncPeer).where(SyncPeer.relation == "county")).first()
