"""The monthly roll-up's reads: one grouped query per area (GROUP BY owner and unit), each adding
into the figures of (owner, unit); nothing walks the rows in Python. Only counts, categories,
stages, dates, minutes and amounts are read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, distinct, func, or_, true
from sqlmodel import Session, col, select

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
from wulian_desk.core.rollup import OPEN_AT_END, Figures, Month

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

    def __init__(self, session: Session, month: Month, owners: set[str] | None) -> None:
        self.session, self.month, self.owners = session, month, owners
        self.figures: dict[Key, Figures] = {}

    def at(self, owner: str, unit: str) -> Figures:
        """Where a group's figures go. When the roll-up is one station's own, the groups of other
        owners (the county's records sent down) are dropped here rather than filtered in SQL: every
        query groups by owner anyway, and `owner = ?` would lead SQLite to the owner index, which
        at a station matches nearly every row and is slower than reading the table."""
        if self.owners is not None and owner not in self.owners:
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
        in_month = [*self.mine(ServiceSession), Case.deleted == False, _in(ServiceSession.on, m)]  # noqa: E712
        for owner, unit, n, minutes, clients in self.rows(
                select(_owner(ServiceSession), Case.org_unit_id, func.count(), func.coalesce(func.sum(ServiceSession.minutes), 0),
                       func.count(distinct(Case.client_id)))
                .join(Case, Case.id == ServiceSession.case_id).where(*in_month)
                .group_by(_owner(ServiceSession), Case.org_unit_id)):
            f = self.at(owner, unit)
            f.sessions, f.session_minutes, f.clients_served = n, minutes, clients

    def clients_served(self) -> dict[str, set[str]]:
        """The clients served in the month (a session on their case), per station: the service
        counts them as people."""
        served = self.rows(select(_owner(ServiceSession), Case.client_id).join(Case, Case.id == ServiceSession.case_id)
                           .where(*self.mine(ServiceSession), Case.deleted == False,  # noqa: E712
                                  _in(ServiceSession.on, self.month)).distinct())
        return _by_owner(served, self.owners)

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

    def volunteering(self) -> dict[str, set[str]]:
        """Hours count where they were served: the activity's unit, else the volunteer's own.
        Returns the volunteers who served, per station (a volunteer serving in two communities
        counts once for the station; the service counts them as people)."""
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
        served = self.rows(select(_owner(ServiceRecord), ServiceRecord.volunteer_id).where(*where).distinct())
        return _by_owner(served, self.owners)

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
        if self.owners is not None:
            query = query.where(OrgUnit.owner.in_(sorted(self.owners)))
        return list(self.rows(query))


def _by_owner(pairs, owners: set[str] | None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row_owner, record_id in pairs:
        if owners is None or row_owner in owners:
            out.setdefault(row_owner, set()).add(record_id)
    return out


@dataclass
class Served:
    """The records of the people served in the month, per station: volunteers with hours, clients
    with a session on their case. The service counts them as people (core/people.py)."""

    volunteers: dict[str, set[str]]
    clients: dict[str, set[str]]


def read_month(session: Session, month: Month, owners: set[str] | None) -> tuple[dict[Key, Figures], Served,
                                                                               list[OrgUnit]]:
    """The month's figures per (owner, unit), who was served per owner, and the units: of these
    owners (a station and the rooms reporting through it), or of everyone (None, at the county)."""
    reader = _Reader(session, month, owners)
    reader.cases()
    clients = reader.clients_served()
    reader.groups()
    reader.activities()
    volunteers = reader.volunteering()
    reader.organisations()
    reader.charity()
    reader.projects()
    return reader.figures, Served(volunteers, clients), reader.units()
