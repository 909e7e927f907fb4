"""Who reported: the county's view of its stations' bundles, as DHIS2 shows reporting.

A station has reported for a month when a bundle it wrote after the first of that month has been
imported (each bundle carries full state, so a later one covers the month too); it was on time
when such a bundle was written by the deadline, the 5th of the next month. Gaps are sequence numbers never imported.

Tiers chain: a community room reporting through its township is a station here too, beneath the
township (`parent_id`); its bundles are those the township forwarded, in the room's own numbering.
The stations come as a tree: each township followed by its rooms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time

from wulian_desk.core.rollup import parse_month
from wulian_desk.services.context import Context
from wulian_desk.storage.queries import sync as queries

DEADLINE_DAY = 5  # reports for a month are due by the 5th of the next month


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
    reported: bool
    on_time: bool
    tier: str = ""
    parent_id: str | None = None  # the township a room reports through (None: straight to us)
    depth: int = 0  # 0 a station enrolled with us, 1 a room beneath one of them


@dataclass(frozen=True)
class Reporting:
    month: str
    stations: tuple[StationReporting, ...]

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
    first, following = parsed.start, parsed.end
    start = datetime.combine(first, time(), UTC).replace(tzinfo=None)
    deadline = datetime.combine(following.replace(day=DEADLINE_DAY), time.max)
    with ctx.reading() as session:
        peers = queries.stations_below(session)
        bundles = queries.all_received(session)
    rows = []
    for peer in peers:
        mine = [b for b in bundles if b.peer_id == peer.id]
        seqs = {b.seq for b in mine}
        latest = max(mine, key=lambda b: b.seq, default=None)
        # Any bundle written after the month began carries the month (bundles hold full state);
        # it was on time if written by the deadline.
        after_start = [_naive(b.created_at) for b in mine if _naive(b.created_at) >= start]
        missing = tuple(sorted(set(range(1, max(seqs, default=0) + 1)) - seqs))
        rows.append(StationReporting(
            peer.id, peer.station_id, peer.name, peer.status, peer.in_last_seq,
            latest.created_at if latest else None, peer.in_last_at, missing,
            reported=bool(after_start), on_time=any(at <= deadline for at in after_start),
            tier=peer.tier, parent_id=peer.upstream if peer.relation == "relayed" else None,
        ))
    return Reporting(parsed.code, tuple(_as_tree(rows)))


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
