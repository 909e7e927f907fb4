"""The monthly roll-up (月度汇总): what each station and each of its communities did in a month, and
what it had at the month's end, against the policy profile's targets.

At a township or community station the roll-up is the station's own records (owner = its station
id). At the county general station it is every station whose records were imported, side by side
(each keeps its owner), and the county's total. Only counts, categories, stages, dates, minutes and
amounts are read: client identities arrive pseudonymised and notes stay at the station.

Every figure comes from one grouped query per area (GROUP BY owner and unit); nothing walks the rows
in Python. core/rollup.py holds the shapes and the adding up, reports/monthly.py prints them.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, case, distinct, func, or_, true
from sqlmodel import Session, col, select

from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.facilities import UnitCompliance
from wulian_desk.core.models import (
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    Allocation,
    Case,
    CaseEvent,
    Client,
    Donation,
    Fund,
    GroupAttendance,
    GroupSession,
    GroupWork,
    Organisation,
    OrgUnit,
    Project,
    ProjectEvent,
    ProjectSpending,
    ServiceRecord,
    ServiceSession,
    Volunteer,
)
from wulian_desk.core.rollup import (
    OPEN_AT_END,
    Figures,
    Month,
    Rollup,
    StationRollup,
    UnitRollup,
    parse_month,
    total,
)
from wulian_desk.core.targets import compute
from wulian_desk.core.vocab import TIERS
from wulian_desk.services import facilities, policies
from wulian_desk.services.context import Context
from wulian_desk.services.station import station_info
from wulian_desk.services.targets import as_dict as target_as_dict
from wulian_desk.services.targets import snapshot

FORMATS = {".pdf": "PDF", ".xlsx": "Excel"}
Key = tuple[str, str]  # (owner, org unit id)


def _in(column, month: Month):
    return and_(column >= month.start, column < month.end)


def _owner(model):
    """The owner column to group by, as an expression (`owner || ''`): grouping by the bare column
    leads SQLite to walk the whole table in owner-index order, a random read per row, instead of
    reading only the month's rows through the index on their date."""
    return model.owner.concat("")


def _n(condition):
    """1 for each row where the condition holds: for sum(...) in a grouped query."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _fen(condition, amount):
    return func.coalesce(func.sum(case((condition, amount), else_=0)), 0)


class _Reader:
    """The grouped queries, each adding into `figures[(owner, unit)]`."""

    def __init__(self, session: Session, month: Month, owner: str | None) -> None:
        self.session, self.month, self.owner = session, month, owner
        self.figures: dict[Key, Figures] = {}

    def at(self, owner: str, unit: str) -> Figures:
        """Where a group's figures go. When the roll-up is one station's own, the groups of other
        owners (the county's records sent down) are dropped here rather than filtered in SQL: every
        query groups by owner anyway, and `owner = ?` would lead SQLite to the owner index, which
        at a station matches nearly every row and is slower than reading the table."""
        if self.owner and owner != self.owner:
            return Figures()
        return self.figures.setdefault((owner, unit), Figures())

    def mine(self, model) -> list:
        """Live rows."""
        return [model.deleted == False]  # noqa: E712

    def rows(self, query) -> list:
        return self.session.exec(query).all()

    # -- casework ------------------------------------------------------------------------------

    def _stage_at_end(self):
        """Each case's latest stage move before the month ended; a case without any recorded move
        keeps the stage it has now."""
        last = (select(CaseEvent.case_id, CaseEvent.to_stage,
                       func.row_number().over(partition_by=CaseEvent.case_id,
                                              order_by=(col(CaseEvent.on).desc(), col(CaseEvent.id).desc())).label("rn"))
                .where(CaseEvent.deleted == False, CaseEvent.on < self.month.end)  # noqa: E712
                .subquery("last_move"))
        return last, func.coalesce(last.c.to_stage, Case.stage)

    def cases(self) -> None:
        m = self.month
        last, stage = self._stage_at_end()
        moved = and_(last.c.case_id == Case.id, last.c.rn == 1)
        base = [*self.mine(Case), Case.opened_on < m.end]
        for owner, unit, at_end, n, opened, closed in self.rows(
                select(_owner(Case), Case.org_unit_id, stage, func.count(), _n(Case.opened_on >= m.start),
                       _n(_in(Case.closed_on, m)))
                .outerjoin(last, moved).where(*base).group_by(_owner(Case), Case.org_unit_id, stage)):
            f = self.at(owner, unit)
            f.cases_by_stage[at_end] = f.cases_by_stage.get(at_end, 0) + n
            f.cases_opened += opened
            f.cases_closed += closed
            if at_end in OPEN_AT_END:
                f.cases_open += n
        category = func.json_each(Client.categories).table_valued("value").alias("category")
        for owner, unit, code, opened, still_open in self.rows(
                select(_owner(Case), Case.org_unit_id, category.c.value, _n(Case.opened_on >= m.start),
                       _n(stage.in_(sorted(OPEN_AT_END))))
                .select_from(Case).outerjoin(last, moved).join(Client, Client.id == Case.client_id)
                .join(category, true()).where(*base).group_by(_owner(Case), Case.org_unit_id, category.c.value)):
            f = self.at(owner, unit)
            if opened:
                f.opened_by_category[code] = opened
            if still_open:
                f.open_by_category[code] = still_open
        for owner, unit, n, minutes in self.rows(
                select(_owner(ServiceSession), Case.org_unit_id, func.count(), func.coalesce(func.sum(ServiceSession.minutes), 0))
                .join(Case, Case.id == ServiceSession.case_id)
                .where(*self.mine(ServiceSession), Case.deleted == False, _in(ServiceSession.on, m))  # noqa: E712
                .group_by(_owner(ServiceSession), Case.org_unit_id)):
            f = self.at(owner, unit)
            f.sessions, f.session_minutes = n, minutes

    # -- groups and activities -------------------------------------------------------------------

    def groups(self) -> None:
        m = self.month
        for owner, unit, n in self.rows(select(_owner(GroupWork), GroupWork.org_unit_id, func.count())
                                        .where(*self.mine(GroupWork), _in(GroupWork.starts_on, m))
                                        .group_by(_owner(GroupWork), GroupWork.org_unit_id)):
            self.at(owner, unit).groups_started = n
        live_group = [GroupWork.deleted == False, _in(GroupSession.held_on, m)]  # noqa: E712
        for owner, unit, sessions, groups in self.rows(
                select(_owner(GroupSession), GroupWork.org_unit_id, func.count(), func.count(distinct(GroupSession.group_id)))
                .join(GroupWork, GroupWork.id == GroupSession.group_id).where(*self.mine(GroupSession), *live_group)
                .group_by(_owner(GroupSession), GroupWork.org_unit_id)):
            f = self.at(owner, unit)
            f.group_sessions, f.groups_met = sessions, groups
        for owner, unit, present in self.rows(
                select(_owner(GroupAttendance), GroupWork.org_unit_id, func.count())
                .join(GroupSession, GroupSession.id == GroupAttendance.session_id)
                .join(GroupWork, GroupWork.id == GroupSession.group_id)
                .where(*self.mine(GroupAttendance), GroupAttendance.present == True,  # noqa: E712
                       GroupSession.deleted == False, *live_group)  # noqa: E712
                .group_by(_owner(GroupAttendance), GroupWork.org_unit_id)):
            self.at(owner, unit).group_attendance = present

    def activities(self) -> None:
        m = self.month
        start, end = datetime.combine(m.start, datetime.min.time()), datetime.combine(m.end, datetime.min.time())

        def per_activity(model):
            return (select(func.count()).select_from(model)
                    .where(model.activity_id == Activity.id, model.deleted == False)  # noqa: E712
                    .correlate(Activity).scalar_subquery())

        for owner, unit, n, others, major, clients, helpers in self.rows(
                select(_owner(Activity), Activity.org_unit_id, func.count(),
                       func.coalesce(func.sum(Activity.headcount_unregistered), 0),
                       _n(col(Activity.major_event).is_not(None)),
                       func.coalesce(func.sum(per_activity(ActivityParticipant)), 0),
                       func.coalesce(func.sum(per_activity(ActivityVolunteer)), 0))
                .where(*self.mine(Activity), Activity.starts_at >= start, Activity.starts_at < end)
                .group_by(_owner(Activity), Activity.org_unit_id)):
            f = self.at(owner, unit)
            f.activities, f.major_events = n, major
            f.activity_participants, f.activity_volunteers = clients + others, helpers

    def volunteering(self) -> dict[str, int]:
        """Hours count where they were served: the activity's unit, else the volunteer's own.
        Returns the volunteers who served, per station (a volunteer serving in two communities
        counts once for the station)."""
        m = self.month
        where = [*self.mine(ServiceRecord), col(ServiceRecord.superseded_by).is_(None), _in(ServiceRecord.served_on, m)]
        unit = func.coalesce(Activity.org_unit_id, Volunteer.org_unit_id)
        for owner, where_served, n, minutes, people in self.rows(
                select(_owner(ServiceRecord), unit, func.count(), func.coalesce(func.sum(ServiceRecord.minutes), 0),
                       func.count(distinct(ServiceRecord.volunteer_id)))
                .join(Volunteer, Volunteer.id == ServiceRecord.volunteer_id)
                .outerjoin(Activity, Activity.id == ServiceRecord.activity_id)
                .where(*where).group_by(_owner(ServiceRecord), unit)):
            f = self.at(owner, where_served)
            f.service_records, f.service_minutes, f.volunteers_served = n, minutes, people
        served = self.rows(select(_owner(ServiceRecord), func.count(distinct(ServiceRecord.volunteer_id)))
                           .where(*where).group_by(_owner(ServiceRecord)))
        return {owner: n for owner, n in served if not self.owner or owner == self.owner}

    # -- the other parties -------------------------------------------------------------------------

    def organisations(self) -> None:
        m = self.month
        new = or_(_in(Organisation.filed_on, m), _in(Organisation.founded_on, m))
        for owner, unit, org_type, status, n, fresh in self.rows(
                select(_owner(Organisation), Organisation.org_unit_id, Organisation.org_type, Organisation.status,
                       func.count(), _n(new))
                .where(*self.mine(Organisation))
                .group_by(_owner(Organisation), Organisation.org_unit_id, Organisation.org_type, Organisation.status)):
            f = self.at(owner, unit)
            f.organisations += n
            f.organisations_new += fresh
            f.organisations_by_type[org_type] = f.organisations_by_type.get(org_type, 0) + n
            if status == "registered":
                f.organisations_registered += n
            elif status == "filed":
                f.organisations_filed += n

    def charity(self) -> None:
        m = self.month
        for owner, unit, n in self.rows(select(_owner(Fund), Fund.org_unit_id, func.count()).where(*self.mine(Fund))
                                        .group_by(_owner(Fund), Fund.org_unit_id)):
            self.at(owner, unit).funds = n
        live_fund = Fund.deleted == False  # noqa: E712
        this_month = Donation.received_on >= m.start
        for owner, unit, n, fen, goods, held in self.rows(
                select(_owner(Donation), Fund.org_unit_id, _n(this_month), _fen(this_month, Donation.amount_fen),
                       _n(and_(this_month, Donation.item != "")), func.coalesce(func.sum(Donation.amount_fen), 0))
                .join(Fund, Fund.id == Donation.fund_id)
                .where(*self.mine(Donation), live_fund, Donation.received_on < m.end)
                .group_by(_owner(Donation), Fund.org_unit_id)):
            f = self.at(owner, unit)
            f.donations, f.donations_fen, f.donations_goods = n, fen, goods
            f.fund_balance_fen += held
        this_month = Allocation.allocated_on >= m.start
        for owner, unit, n, fen, spent in self.rows(
                select(_owner(Allocation), Fund.org_unit_id, _n(this_month), _fen(this_month, Allocation.amount_fen),
                       func.coalesce(func.sum(Allocation.amount_fen), 0))
                .join(Fund, Fund.id == Allocation.fund_id)
                .where(*self.mine(Allocation), live_fund, Allocation.allocated_on < m.end)
                .group_by(_owner(Allocation), Fund.org_unit_id)):
            f = self.at(owner, unit)
            f.allocations, f.allocations_fen = n, fen
            f.fund_balance_fen -= spent

    def projects(self) -> None:
        """Projects at the stage they had reached when the month ended; one not yet begun by then
        (no stage recorded before the end) is not counted."""
        m = self.month
        last = (select(ProjectEvent.project_id, ProjectEvent.to_stage,
                       func.row_number().over(partition_by=ProjectEvent.project_id,
                                              order_by=(col(ProjectEvent.on).desc(), col(ProjectEvent.id).desc())).label("rn"))
                .where(ProjectEvent.deleted == False, ProjectEvent.on < m.end)  # noqa: E712
                .subquery("last_stage"))
        for owner, unit, stage, n in self.rows(
                select(_owner(Project), Project.org_unit_id, last.c.to_stage, func.count())
                .join(last, and_(last.c.project_id == Project.id, last.c.rn == 1)).where(*self.mine(Project))
                .group_by(_owner(Project), Project.org_unit_id, last.c.to_stage)):
            self.at(owner, unit).projects_by_stage[stage] = n
        for owner, unit, fen in self.rows(
                select(_owner(ProjectSpending), Project.org_unit_id, func.coalesce(func.sum(ProjectSpending.amount_fen), 0))
                .join(Project, Project.id == ProjectSpending.project_id)
                .where(*self.mine(ProjectSpending), Project.deleted == False, _in(ProjectSpending.spent_on, m))  # noqa: E712
                .group_by(_owner(ProjectSpending), Project.org_unit_id)):
            self.at(owner, unit).project_spending_fen = fen

    def units(self) -> list[OrgUnit]:
        """Every unit, tombstones too: a deleted community's past work still needs its name."""
        query = select(OrgUnit)
        if self.owner:
            query = query.where(OrgUnit.owner == self.owner)
        return list(self.rows(query))


def _read(ctx: Context, month: Month, owner: str | None) -> tuple[dict[Key, Figures], dict[str, int], list[OrgUnit]]:
    with ctx.reading() as session:
        reader = _Reader(session, month, owner)
        reader.cases()
        reader.groups()
        reader.activities()
        served = reader.volunteering()
        reader.organisations()
        reader.charity()
        reader.projects()
        units = reader.units()
    return reader.figures, served, units


def _unit_order(station_id: str):
    tiers = list(TIERS)
    return lambda u: (u.unit_id != station_id, tiers.index(u.tier) if u.tier in tiers else 9, u.name, u.unit_id)


def _assemble(figures: dict[Key, Figures], served: dict[str, int], units: list[OrgUnit],
              compliance: dict[str, UnitCompliance]) -> dict[str, tuple[str, str, list[UnitRollup], int]]:
    """station id -> (name, tier, its units, volunteers who served)."""
    by_id = {u.id: u for u in units}
    owners = {u.owner for u in units if u.id == u.owner and not u.deleted} | {owner for owner, _ in figures}
    keys = set(figures) | {(u.owner, u.id) for u in units if not u.deleted and u.owner in owners}
    stations: dict[str, tuple[str, str, list[UnitRollup], int]] = {}
    for owner in owners:
        home = by_id.get(owner)
        name = home.name if home else f"未知站点（{owner[:8]}）"
        stations[owner] = (name, home.tier if home else "", [], served.get(owner, 0))
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


def rollup(ctx: Context, month: str | Month) -> Rollup:
    """The month's roll-up: at a station its own records, at the county every station's.

    `month` is "YYYY-MM" (or a Month); a malformed or future month is a ValidationError."""
    ctx.require("report", "view")
    month = parse_month(month)
    here = station_info(ctx)
    county = here.tier == "county"
    profile = policies.station_profile(ctx)  # at the county, the profile it sends down to every station
    figures, served, units = _read(ctx, month, None if county else ctx.station_id)
    compliance = {c.org_unit_id: c for c in facilities.compliance(ctx)}
    stations = []
    for station_id, (name, tier, parts, people) in _assemble(figures, served, units, compliance).items():
        parts.sort(key=_unit_order(station_id))
        summed = total(u.figures for u in parts)
        summed.volunteers_served = people
        own_targets = compute(profile, snapshot(ctx, month.year, owner=station_id)) if county else ()
        stations.append(StationRollup(station_id, name, tier, summed, tuple(parts), tuple(own_targets)))
    tiers = list(TIERS)
    stations.sort(key=lambda s: (s.station_id != ctx.station_id, tiers.index(s.tier) if s.tier in tiers else 9,
                                 s.name, s.station_id))
    whole = compute(profile, snapshot(ctx, month.year, owner=None if county else ctx.station_id))
    if not county:
        stations = [StationRollup(s.station_id, s.name, s.tier, s.figures, s.units, tuple(whole)) for s in stations]
    return Rollup(month=month, scope="county" if county else "station", station_id=ctx.station_id,
                  station_name=here.name, profile_name=profile.name, stations=tuple(stations),
                  total=total(s.figures for s in stations), targets=tuple(whole), computed_at=datetime.now())


def as_dict(result: Rollup) -> dict:
    """The roll-up for JSON: figures per station and unit, the totals and the targets."""
    def unit(u: UnitRollup) -> dict:
        return {"id": u.unit_id, "name": u.name, "tier": u.tier, "area_kind": u.area_kind, "parent_id": u.parent_id,
                "figures": u.figures.as_dict(),
                "facility_met": None if u.compliance is None or not u.compliance.items else u.compliance.met}

    return {"month": result.month.code, "scope": result.scope, "station_id": result.station_id,
            "station_name": result.station_name, "profile": result.profile_name,
            "computed_at": result.computed_at.isoformat(timespec="seconds"),
            "stations": [{"id": s.station_id, "name": s.name, "tier": s.tier, "figures": s.figures.as_dict(),
                          "units": [unit(u) for u in s.units], "targets": [target_as_dict(t) for t in s.targets]}
                         for s in result.stations],
            "total": result.total.as_dict(), "targets": [target_as_dict(t) for t in result.targets]}


# -- the monthly report ----------------------------------------------------------------------------


def report_format(out: Path) -> str:
    """".pdf" or ".xlsx", from the file name; anything else is a ValidationError."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"月度报告只能保存为 .pdf 或 .xlsx 文件（收到的是“{Path(out).name}”）。",
                              f"The monthly report is saved as .pdf or .xlsx (got {Path(out).name}).", field="out")
    return suffix


def check_writable(out: Path) -> Path:
    """The file can be written: its folder exists and takes files, and it is not itself a folder."""
    out = Path(out).expanduser()
    folder = out.parent
    if out.is_dir():
        raise DataDirError(f"{out} 是一个文件夹，请给出文件名。", f"{out} is a folder; give a file name.")
    if not folder.is_dir():
        raise DataDirError(f"保存位置不存在：{folder}", f"No such folder: {folder}")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise DataDirError(f"没有写入权限：{out}", f"No permission to write {out}")
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
