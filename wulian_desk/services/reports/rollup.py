"""The monthly roll-up (月度汇总): what each station and each of its communities did in a month, and
what it had at the month's end, against the policy profile's targets.

At a community room the roll-up is the room's own records (owner = its station id); at a township
its own and those of the community rooms enrolled with it, each room a station of its own beneath
the township. At the county general station it is every station whose records were imported, side
by side (each keeps its owner), as a tree: county → townships → community rooms (a room's unit names
its township as parent), and the county's total. Only counts, categories, stages, dates, minutes and
amounts are read: client identities arrive pseudonymised and notes stay at the station.

Every figure comes from one grouped query per area (GROUP BY owner and unit); nothing walks the rows
in Python. core/rollup.py holds the shapes and the adding up, reports/monthly.py prints them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.facilities import UnitCompliance
from wulian_desk.core.models import (
    OrgUnit,
)
from wulian_desk.core.people import count_people
from wulian_desk.core.rollup import (
    Figures,
    Month,
    Rollup,
    StationRollup,
    UnitRollup,
    parse_month,
    total,
)
from wulian_desk.core.targets import compute
from wulian_desk.core.tasks import NO_PROGRESS, Progress
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import TIERS
from wulian_desk.services.context import Context
from wulian_desk.services.facilities import facilities
from wulian_desk.services.reports.targets import as_dict as target_as_dict
from wulian_desk.services.reports.targets import snapshot
from wulian_desk.services.station import policies
from wulian_desk.services.station.station import station_info
from wulian_desk.services.volunteering import people
from wulian_desk.storage.queries import rollup as queries
from wulian_desk.storage.queries import sync as sync_queries

FORMATS = {".pdf": "PDF", ".xlsx": "Excel"}
Key = queries.Key


@dataclass(frozen=True)
class _People:
    """Who was served, counted as people: per station, and over every station at once (a person
    served at two stations counts once in the county's total)."""

    volunteers: dict[str, int]
    clients: dict[str, int]
    all_volunteers: int
    all_clients: int


def _read(ctx: Context, month: Month, county: bool) -> tuple[dict[Key, Figures], _People, list[OrgUnit]]:
    with ctx.reading() as session:
        owners = None if county else {ctx.station_id} | {p.station_id for p in sync_queries.stations_below(session)
                                                                 if p.relation == "station"}
        figures, served, units = queries.read_month(session, month, owners)
        volunteer_people, client_people = people.groups_in(session, "volunteer"), people.groups_in(session, "client")
    return figures, _count(served, volunteer_people, client_people), units


def _count(served: queries.Served, volunteer_people: dict[str, str], client_people: dict[str, str]) -> _People:
    every_volunteer = set().union(*served.volunteers.values())
    every_client = set().union(*served.clients.values())
    return _People({o: count_people(ids, volunteer_people) for o, ids in served.volunteers.items()},
                   {o: count_people(ids, client_people) for o, ids in served.clients.items()},
                   count_people(every_volunteer, volunteer_people), count_people(every_client, client_people))


def _unit_order(station_id: str):
    tiers = list(TIERS)
    return lambda u: (u.unit_id != station_id, tiers.index(u.tier) if u.tier in tiers else 9, u.name, u.unit_id)


def _assemble(figures: dict[Key, Figures], served: _People, units: list[OrgUnit],
              compliance: dict[str, UnitCompliance]) -> dict[str, tuple[str, str, list[UnitRollup], tuple[int, int],
                                                                         str | None]]:
    """station id -> (name, tier, its units, (volunteers who served, clients served) as people, the
    station above it)."""
    by_id = {u.id: u for u in units}
    owners = {u.owner for u in units if u.id == u.owner and not u.deleted} | {owner for owner, _ in figures}
    keys = set(figures) | {(u.owner, u.id) for u in units if not u.deleted and u.owner in owners}
    stations: dict[str, tuple[str, str, list[UnitRollup], tuple[int, int], str | None]] = {}
    for owner in owners:
        home = by_id.get(owner)
        name = home.name if home else f"未知站点（{owner[:8]}）"
        stations[owner] = (name, home.tier if home else "", [],
                           (served.volunteers.get(owner, 0), served.clients.get(owner, 0)),
                           home.parent_id if home else None)
    for owner, unit_id in keys:
        unit = by_id.get(unit_id)
        found = figures.get((owner, unit_id), Figures())
        check = compliance.get(unit_id) if unit is not None and not unit.deleted else None
        if check is not None and check.items:
            found.units_with_minimum = 1
            found.units_meeting_minimum = int(check.met)
        stations[owner][2].append(UnitRollup(
            unit_id, unit.name if unit else f"未知单位（{unit_id[:8]}）", unit.tier if unit else "",
            unit.area_kind if unit else None, unit.parent_id if unit else None, found, check))
    return stations


def rollup(ctx: Context, month: str | Month, *, progress: Progress = NO_PROGRESS) -> Rollup:
    """The month's roll-up: at a station its own records, at the county every station's.

    `month` is "YYYY-MM" (or a Month); a malformed or future month is a ValidationError.
    `progress` hears the reading, then a step per station summed (a county's many)."""
    ctx.require("report", "view")
    month = parse_month(month)
    here = station_info(ctx)
    county = here.tier == "county"
    profile = policies.station_profile(ctx)  # at the county, the profile it sends down to every station
    progress.step(0, 0, translate("services.reports.rollup", "读取记录"))
    figures, served, units = _read(ctx, month, county)
    compliance = {c.org_unit_id: c for c in facilities.compliance(ctx)}
    stations = []
    assembled = _assemble(figures, served, units, compliance)
    for done, (station_id, (name, tier, parts, served_people, parent)) in enumerate(assembled.items()):
        progress.step(done, len(assembled), translate("services.reports.rollup", "汇总 {name}").format(name=name))
        parts.sort(key=_unit_order(station_id))
        summed = total(u.figures for u in parts)
        summed.volunteers_served, summed.clients_served = served_people
        own_targets = compute(profile, snapshot(ctx, month.year, owner=station_id)) if county else ()
        if station_id == ctx.station_id:
            parent = None
        elif parent is None or parent == station_id:  # a township (or a room straight under us)
            parent = ctx.station_id
        stations.append(StationRollup(station_id, name, tier, summed, tuple(parts), tuple(own_targets), parent))
    tiers = list(TIERS)
    stations.sort(key=lambda s: (s.station_id != ctx.station_id, tiers.index(s.tier) if s.tier in tiers else 9,
                                 s.name, s.station_id))
    whole = compute(profile, snapshot(ctx, month.year, owner=None if county else ctx.station_id))
    if not county:
        stations = [StationRollup(s.station_id, s.name, s.tier, s.figures, s.units, tuple(whole), s.parent_id)
                    for s in stations]
    summed = total(s.figures for s in stations)
    # People, not rows: a volunteer with hours at three stations is one volunteer in the total.
    summed.volunteers_served, summed.clients_served = served.all_volunteers, served.all_clients
    return Rollup(month=month, scope="county" if county else "station", station_id=ctx.station_id,
                  station_name=here.name, profile_name=profile.name, stations=tuple(stations),
                  total=summed, targets=tuple(whole), computed_at=datetime.now())


def as_dict(result: Rollup) -> dict:
    """The roll-up for JSON: figures per station and unit, the totals and the targets."""
    def unit(u: UnitRollup) -> dict:
        return {"id": u.unit_id, "name": u.name, "tier": u.tier, "area_kind": u.area_kind, "parent_id": u.parent_id,
                "figures": u.figures.as_dict(),
                "facility_met": None if u.compliance is None or not u.compliance.items else u.compliance.met}

    return {"month": result.month.code, "scope": result.scope, "station_id": result.station_id,
            "station_name": result.station_name, "profile": result.profile_name,
            "computed_at": result.computed_at.isoformat(timespec="seconds"),
            "stations": [{"id": s.station_id, "name": s.name, "tier": s.tier, "parent_id": s.parent_id,
                          "depth": depth, "figures": s.figures.as_dict(),
                          "with_below": result.with_below(s.station_id).as_dict() if result.below(s.station_id) else None,
                          "units": [unit(u) for u in s.units], "targets": [target_as_dict(t) for t in s.targets]}
                         for depth, s in result.tree()],
            "total": result.total.as_dict(), "targets": [target_as_dict(t) for t in result.targets]}


# -- the monthly report ----------------------------------------------------------------------------


def report_format(out: Path) -> str:
    """".pdf" or ".xlsx", from the file name; anything else is a ValidationError."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(translate("services.reports.rollup", "月度报告只能保存为 .pdf 或 .xlsx 文件（收到的是“{name}”）。").format(name=Path(out).name), field="out")
    return suffix


def check_writable(out: Path) -> Path:
    """The file can be written: its folder exists and takes files, and it is not itself a folder."""
    out = Path(out).expanduser()
    folder = out.parent
    if out.is_dir():
        raise DataDirError(translate("services.reports.rollup", "{out} 是一个文件夹，请给出文件名。").format(out=out))
    if not folder.is_dir():
        raise DataDirError(translate("services.reports.rollup", "保存位置不存在：{folder}").format(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise DataDirError(translate("services.reports.rollup", "没有写入权限：{out}").format(out=out))
    return out


def print_monthly(ctx: Context, month: str | Month, out: Path) -> Path:
    """The monthly report as PDF or .xlsx (by the file's suffix); journaled like every print."""
    return write_monthly(ctx, month, out)[0]


def write_monthly(ctx: Context, month: str | Month, out: Path) -> tuple[Path, Rollup]:
    """print_monthly, also handing back the roll-up the report shows (for `--json`)."""
    ctx.require("report", "print")
    out = check_writable(out)
    suffix = report_format(out)
    result = rollup(ctx, month)
    if suffix == ".pdf":
        from wulian_desk.reports.monthly import write_monthly_pdf as write
    else:
        from wulian_desk.reports.monthly import write_monthly_xlsx as write
    path = write(out, result, printed_by=ctx.display_name)
    ctx.audit_now("print", "monthly_report", ctx.station_id, month=result.month.code, scope=result.scope,
                  format=suffix.lstrip("."), stations=len(result.stations))
    return path, result
