"""Who reported: the view of the tier above (the county, or a township for its rooms) of the
stations below it, as DHIS2 shows reporting.

A station has reported a month when it submitted it (services/reports/approval.py), not when a
bundle arrived: each month is `not submitted`, `submitted` (on time or late, by the due day of the
policy profile in force, the 5th of the next month unless it says otherwise), `returned` or
`approved`. A bundle written within the month (3 December for December) proves nothing about the
month's report. `received` still says whether a bundle written after the month began has been
imported (its records are here); gaps are sequence numbers never imported. At a station, `own` is
its own month.

Tiers chain: a community room reporting through its township is a station here too, beneath the
township (`parent_id`); its bundles are those the township forwarded, in the room's own numbering,
and its month is decided by the township. The stations come as a tree: each township followed by
its rooms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time

from wulian_desk.core.rollup import parse_month
from wulian_desk.services.context import Context
from wulian_desk.services.reports import approval
from wulian_desk.services.reports.approval import StationMonth
from wulian_desk.storage.queries import sync as queries


@dataclass(frozen=True)
class StationReporting:
    peer_id: str
    station_id: str
    name: str
    status: str
    last_seq: int
    last_bundle_at: datetime | None  # when the latest imported bundle was written
    last_import_at: datetime | None
    missing: tuple[int, ...]
    reported: bool  # the month was submitted (whatever the decision)
    on_time: bool  # ... by the due day
    state: str = "not submitted"  # core.month_lock.STATES
    received: bool = False  # a bundle written after the month began has been imported
    reason: str = ""  # why the month was returned or reopened
    tier: str = ""
    parent_id: str | None = None  # the township a room reports through (None: straight to us)
    depth: int = 0  # 0 a station enrolled with us, 1 a room beneath one of them


@dataclass(frozen=True)
class Reporting:
    month: str
    stations: tuple[StationReporting, ...]
    own: StationMonth | None = None  # at a station enrolled with a tier above: its own month

    @property
    def expected(self) -> int:
        return sum(1 for s in self.stations if s.status == "active")

    @property
    def reporting_rate(self) -> float:
        return sum(s.reported for s in self.stations if s.status == "active") / self.expected if self.expected else 0.0

    @property
    def timeliness(self) -> float:
        return sum(s.on_time for s in self.stations if s.status == "active") / self.expected if self.expected else 0.0


def reporting(ctx: Context, month: str) -> Reporting:
    ctx.require("bundle", "view")
    parsed = parse_month(month)
    start = datetime.combine(parsed.start, time(), UTC).replace(tzinfo=None)
    with ctx.reading() as session:
        peers = queries.stations_below(session)
        bundles = queries.all_received(session)
        above = queries.county_peer(session)
    states = approval.states_below(ctx, parsed)
    rows = []
    for peer in peers:
        mine = [b for b in bundles if b.peer_id == peer.id]
        seqs = {b.seq for b in mine}
        latest = max(mine, key=lambda b: b.seq, default=None)
        missing = tuple(sorted(set(range(1, max(seqs, default=0) + 1)) - seqs))
        month_state = states[peer.station_id].state
        decision = month_state.decision
        rows.append(StationReporting(
            peer.id, peer.station_id, peer.name, peer.status, peer.in_last_seq,
            latest.created_at if latest else None, peer.in_last_at, missing,
            reported=month_state.state != "not submitted", on_time=bool(month_state.on_time),
            state=month_state.state, received=any(_naive(b.created_at) >= start for b in mine),
            reason=decision.reason if decision and month_state.state == "returned" else "",
            tier=peer.tier, parent_id=peer.upstream if peer.relation == "relayed" else None,
        ))
    own = approval.own_state(ctx, parsed) if above is not None else None
    return Reporting(parsed.code, tuple(_as_tree(rows)), own)


def _as_tree(rows: list[StationReporting]) -> list[StationReporting]:
    """Stations enrolled with us, each followed by the rooms reporting through it."""
    tops = [r for r in rows if r.parent_id is None or not any(t.station_id == r.parent_id for t in rows)]
    out, placed = [], {t.peer_id for t in tops}
    for top in tops:
        out.append(top)
        for room in rows:
            if room.parent_id == top.station_id and room.peer_id not in placed:
                placed.add(room.peer_id)
                out.append(replace(room, depth=1))
    return out


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
