"""The dashboard (工作台): the records of a year read into a snapshot, held against the targets of
the station's policy profile (core/targets.py does the arithmetic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wulian_desk.core.money import format_yuan
from wulian_desk.core.policy import PolicyProfile
from wulian_desk.core.targets import Snapshot, TargetResult, Unit, compute
from wulian_desk.services.context import Context
from wulian_desk.services.parties.staffing import CERTIFICATES, PROFESSIONAL
from wulian_desk.services.station import policies
from wulian_desk.storage.queries import targets as queries


def snapshot(ctx: Context, year: int, *, owner: str | None = None) -> Snapshot:
    """The live records the targets count. Organisations, staff and agencies count as they are now;
    trainings and operating funds count in the year asked for. With `owner`, only the records of
    that station (at the county, one station's among all of them); without, every record here."""
    with ctx.reading() as session:
        rows = queries.target_rows(session, year=year, owner=owner)
    units, orgs, staff, trainings = rows.units, rows.organisations, rows.staff, rows.trainings
    agencies, funds = rows.agencies, rows.funds_received
    active = {s[0] for s in staff}
    return Snapshot(
        year=year, station_id=owner or ctx.station_id,
        units=tuple(Unit(u.id, u.name, u.tier, u.area_kind) for u in units),
        organisations=tuple((o[0], o[1], o[2], bool(o[3]), bool(o[4]), bool(o[5])) for o in orgs),
        staff=tuple((s[0], s[1], s[2] in PROFESSIONAL, s[3]) for s in staff),
        trainings=tuple((t.id, t.staff_id, t.hours, f"{t.name}|{t.held_on}") for t in trainings if t.staff_id in active),
        agencies=tuple((a[0], a[1], a[2]) for a in agencies),
        funds_received=tuple((f[0], f[1], f[2]) for f in funds),
    )


@dataclass(frozen=True)
class RecordLabel:
    """A record behind a figure, named: what kind it is, where, and what it says."""

    id: str
    kind: str  # organisation, staff, training, agency, operating_fund
    where: str
    what: str


def record_labels(ctx: Context, ids: list[str]) -> dict[str, RecordLabel]:
    """The records behind the dashboard's figures, by name: organisations, staff, trainings,
    agencies and operating funds (the kinds the targets count). Ids of anything else are left out."""
    ctx.require("target", "view")
    out: dict[str, RecordLabel] = {}
    with ctx.reading() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = queries.named_records(session, chunk)
            for o, unit in found["organisation"]:
                out[o.id] = RecordLabel(o.id, "organisation", unit, o.name)
            for s, unit in found["staff"]:
                out[s.id] = RecordLabel(s.id, "staff", unit, f"{s.name}（{s.post}，{CERTIFICATES[s.certificate].zh}）")
            for t, person, unit in found["training"]:
                out[t.id] = RecordLabel(t.id, "training", unit, f"{person}：{t.name}，{t.held_on}，{t.hours:g} 课时")
            for a, unit in found["agency"]:
                out[a.id] = RecordLabel(a.id, "agency", unit, a.name)
            for f, unit in found["operating_fund"]:
                entry = "收入" if f.entry == "received" else "支出"
                out[f.id] = RecordLabel(f.id, "operating_fund", unit,
                                        f"{f.on} {entry} {format_yuan(f.amount_fen)} 元 {f.note}".strip())
    return out


def dashboard(ctx: Context, year: int, *, profile: PolicyProfile | None = None,
              owner: str | None = None) -> list[TargetResult]:
    """Each target of the station's profile (or the one given), the figure, met or not, and the ids
    of the records behind the figure; of one station's records only when `owner` is given."""
    ctx.require("target", "view")
    return compute(profile or policies.station_profile(ctx), snapshot(ctx, year, owner=owner))


def as_dict(result: TargetResult) -> dict:
    """A result for JSON: the figure, the target and the record ids, with the breakdown nested."""
    return {"key": result.key, "name": result.zh, "target": result.target_zh, "figure": result.figure,
            "figure_text": result.figure_zh, "threshold": result.threshold, "met": result.met,
            "unit_id": result.unit_id, "record_ids": list(result.record_ids),
            "breakdown": [as_dict(b) for b in result.breakdown]}


def print_dashboard(ctx: Context, year: int, out: Path) -> Path:
    """The dashboard as a PDF page; journaled like every print."""
    ctx.require("target", "print")
    from wulian_desk.reports.dashboard import write_dashboard
    from wulian_desk.services.station.station import station_info

    profile = policies.station_profile(ctx)
    path = write_dashboard(out, dashboard(ctx, year, profile=profile), year=year, station_name=station_info(ctx).name,
                           profile_name=profile.name, printed_at=datetime.now())
    ctx.audit_now("print", "dashboard", ctx.station_id, year=year)
    return path
