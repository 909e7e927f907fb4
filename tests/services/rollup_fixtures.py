"""Stations with a known month of work, a county database holding two stations' rows side by side
(copied as the sync leaves them: owner kept, identities and notes blanked), and the month's figures
counted row by row in Python, independently of the roll-up's SQL."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import insert, select

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.activities import ActivityInput, GroupInput
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.ids import new_id
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
    RoomCreate,
    ServiceRecord,
    ServiceSession,
    Volunteer,
)
from wulian_desk.core.organisations import OrganisationInput
from wulian_desk.core.rollup import OPEN_AT_END, Figures, Month
from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.casework import cases, clients, groups
from wulian_desk.services.facilities import facilities
from wulian_desk.services.parties import charity, organisations, projects
from wulian_desk.services.station import station
from wulian_desk.services.volunteering import activities, service_hours, volunteers
from wulian_desk.storage.bulk import BulkWriter
from wulian_desk.storage.records import synced_tables

MONTH = Month(2026, 10)
D = date  # short for the many dates below


def make_station(folder: Path, *, name: str, tier: str = "township"):
    return station.setup_station(folder, name=name, tier=tier, admin_username=USERNAME, admin_display_name="王站长",
                                 admin_password=PASSWORD).context


def open_station(folder: Path):
    return station.open_station(folder, passphrase=PASSWORD, username=USERNAME)


def _client(ctx, unit, name, categories, sensitive=()):
    return clients.create_client(ctx, ClientInput(name=name, gender="female", org_unit_id=unit, birth_date=D(1950, 2, 3),
                                                  categories=list(categories)),
                                 consent=ConsentInput(given_on=D(2026, 1, 2), sensitive=list(sensitive))).ids[0]


def fill_small_station(ctx) -> dict[str, str]:
    """槐芽镇: two communities and a month (October 2026) of every kind of work, with work just
    before and just after the month that must not count. The figures the tests expect are in the
    comments."""
    rural = station.add_org_unit(ctx, name="槐芽村", tier="community", area_kind="rural").ids[0]
    urban = station.add_org_unit(ctx, name="西街社区", tier="community", area_kind="urban").ids[0]
    for unit, room_type, area in ((ctx.station_id, "office", 40), (ctx.station_id, "counselling", 15),
                                  (urban, "counselling", 12), (urban, "group", 20)):
        facilities.create_room(ctx, RoomCreate(org_unit_id=unit, name=f"{room_type}{area}", room_type=room_type, area_m2=area))
    c1 = _client(ctx, rural, "刘芳", ["dibao", "disabled"], ["financial", "health"])
    c2 = _client(ctx, urban, "张桂兰", ["empty_nest"])
    c3 = _client(ctx, urban, "李小军", [])
    # Cases: one opened in September and still in service (2 sessions in October, 1 in September);
    # two opened in October, one of them paused on the 26th; one closed on 15 October.
    old = cases.open_case(ctx, client_id=c1, title="低保户生活困难", opened_on=D(2026, 9, 20)).ids[0]
    cases.open_case(ctx, client_id=c2, title="独居老人陪伴", opened_on=D(2026, 10, 5))
    paused = cases.open_case(ctx, client_id=c3, title="就业困难", opened_on=D(2026, 10, 25)).ids[0]
    cases.move_case(ctx, paused, "paused", on=D(2026, 10, 26))
    for on, minutes in ((D(2026, 9, 28), 60), (D(2026, 10, 2), 30), (D(2026, 10, 30), 45)):
        cases.add_session(ctx, old, on=on, minutes=minutes, session_type="home_visit", content="入户探访")
    with ctx.writing() as session:  # a case closed in October, as a synced record would arrive
        writer = BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id)
        closed = new_id()
        writer.insert(Case, [{"id": closed, "case_number": "GA2026-9001", "client_id": c1, "org_unit_id": rural,
                              "title": "已结案", "worker_id": ctx.account_id, "stage": "closed", "opened_on": D(2026, 7, 1),
                              "closed_on": D(2026, 10, 15)}])
        writer.insert(CaseEvent, [
            {"id": new_id(), "case_id": closed, "from_stage": None, "to_stage": "intake", "on": D(2026, 7, 1),
             "by_account": ctx.account_id},
            {"id": new_id(), "case_id": closed, "from_stage": "intake", "to_stage": "closed", "on": D(2026, 10, 15),
             "by_account": ctx.account_id}])
    # A group that started on 3 October and met on the 10th (2 of 3 present) and in November.
    group = groups.create_group(ctx, GroupInput(name="银龄互助小组", org_unit_id=urban, worker_id=ctx.account_id,
                                                goals="互助", target_members="空巢老人", starts_on=D(2026, 10, 3))).ids[0]
    groups.add_members(ctx, group, [c1, c2, c3], joined_on=D(2026, 10, 3))
    met = groups.add_group_session(ctx, group, held_on=D(2026, 10, 10), plan="破冰").ids[0]
    groups.record_session(ctx, met, present=[c1, c2])
    later = groups.add_group_session(ctx, group, held_on=D(2026, 11, 2), plan="分享").ids[0]
    groups.record_session(ctx, later, present=[c1, c2, c3])
    # An activity on 12 October (2 clients, 10 others, 1 volunteer, a festival) and one in September.
    v1 = volunteers.create_volunteer(ctx, VolunteerInput(name="王建国", gender="male", org_unit_id=rural,
                                                         consent_on=D(2026, 1, 2),
                                                         id_number=make_id_number("610326", D(1960, 4, 5), 1, "male"))).ids[0]
    v2 = volunteers.create_volunteer(ctx, VolunteerInput(name="赵秀英", gender="female", org_unit_id=urban,
                                                         consent_on=D(2026, 1, 2),
                                                         id_number=make_id_number("610326", D(1962, 5, 6), 2, "female"))).ids[0]

    def activity(title, when, **extra):
        return activities.create_activity(ctx, ActivityInput(
            title=title, activity_type="neighbour_watch", org_unit_id=urban, starts_at=when,
            ends_at=when.replace(hour=when.hour + 2), organiser="槐芽镇社工站", person_in_charge="王站长", place="村委会广场",
            **extra)).ids[0]

    october = activity("重阳节敬老活动", datetime(2026, 10, 12, 9), headcount_unregistered=10, major_event="festival")
    activities.add_participants(ctx, october, [c1, c2])
    activities.add_volunteers(ctx, october, [v1])
    service_hours.record_activity_hours(ctx, october)  # v1: 2 hours, counted in 西街社区 (the activity's)
    september = activity("中秋游园", datetime(2026, 9, 20, 9))
    activities.add_volunteers(ctx, september, [v2])
    service_hours.record_activity_hours(ctx, september)
    # v2 served 2 hours on 20 October, corrected to 3: only the correction counts (in 西街社区, v2's own).
    first = service_hours.record_service(ctx, v2, served_on=D(2026, 10, 20), hours=2, content="入户探访").ids[0]
    service_hours.correct_service_record(ctx, first, reason="按签到表更正", hours=3)
    # Organisations: one filed in October (new), one registered long ago.
    organisations.create_organisation(ctx, OrganisationInput(
        name="西街老年服务队", org_unit_id=urban, org_type="life_service", status="filed", filed_on=D(2026, 10, 5),
        leader="李桂兰"))
    organisations.create_organisation(ctx, OrganisationInput(
        name="槐芽调解站", org_unit_id=rural, org_type="governance", status="registered",
        registration_number="眉民社登字第002号", leader="张三", founded_on=D(2020, 1, 1)))
    # Charity: 500 yuan in September; 1,000 yuan and 20 bags of rice in October; 300 yuan out in October.
    donor = charity.create_donor(ctx, name="眉县爱心企业", donor_type="enterprise").ids[0]
    fund = charity.create_fund(ctx, name="西街社区基金", fund_type="community_fund", org_unit_id=urban).ids[0]
    charity.receive_donation(ctx, donor_id=donor, fund_id=fund, received_on=D(2026, 9, 1), amount_fen=50_000)
    charity.receive_donation(ctx, donor_id=donor, fund_id=fund, received_on=D(2026, 10, 12), amount_fen=100_000)
    charity.receive_donation(ctx, donor_id=donor, fund_id=fund, received_on=D(2026, 10, 12), item="大米", quantity=20, unit="袋")
    charity.allocate(ctx, fund_id=fund, recipient_kind="client", recipient_id=c1, allocated_on=D(2026, 10, 15),
                     amount_fen=30_000)
    charity.allocate(ctx, fund_id=fund, recipient_kind="client", recipient_id=c2, allocated_on=D(2026, 11, 3),
                     amount_fen=10_000)
    # Projects: one at 需求评估 from September, published on 10 October; one begun in November.
    project = projects.create_project(ctx, name="留守儿童陪伴项目", needs="课后陪伴", on=D(2026, 9, 1)).ids[0]
    projects.move_project(ctx, project, "published", on=D(2026, 10, 10))
    projects.create_project(ctx, name="来年项目", needs="待定", on=D(2026, 11, 5))
    with ctx.writing() as session:
        BulkWriter(session, owner=ctx.station_id, device_id=ctx.store.device_id).insert(ProjectSpending, [
            {"id": new_id(), "project_id": project, "spent_on": D(2026, 10, 20), "amount_fen": 80_000, "purpose": "活动物资"}])
    return {"rural": rural, "urban": urban, "fund": fund, "project": project}


# Columns the county never receives: identities are pseudonymised, free-text notes stay at the station.
BLANKED = {
    "client": {"name": "", "id_number": None, "phone": "", "address": "", "household": "[]", "health_notes": ""},
    "volunteer": {"name": "", "id_number": "", "phone": ""},
    "service_session": {"content": "", "next_steps": ""},
    "case_event": {"note": ""},
}


def copy_into_county(station_dir: Path, county) -> int:
    """Every synced row of the station, owner and all, into the county's database: what the sync
    leaves there. Returns the rows copied."""
    source = open_station(station_dir)
    copied = 0
    try:
        with source.reading() as read, county.writing() as write:
            for table in synced_tables():
                rows = [dict(r) | BLANKED.get(table.name, {}) for r in read.execute(select(table)).mappings()]
                if rows:
                    write.execute(insert(table), rows)
                    copied += len(rows)
    finally:
        source.close()
    return copied


# -- the figures, counted row by row -----------------------------------------------------------------


def _all(ctx, model, *, tombstones: bool = False):
    from sqlmodel import select as sql_select

    with ctx.reading() as session:
        return [r for r in session.exec(sql_select(model)).all() if tombstones or not r.deleted]


def direct_figures(ctx, month: Month, *, owner: str | None = None) -> tuple[dict, dict]:
    """(owner, unit) -> Figures, and owner -> (volunteers who served, clients served), from whole tables in Python."""
    start, end = month.start, month.end

    def within(day):
        return day is not None and start <= day < end

    def mine(rows):
        return [r for r in rows if owner is None or r.owner == owner]

    out: dict = defaultdict(Figures)
    case_rows = {c.id: c for c in _all(ctx, Case)}
    client_rows = {c.id: c for c in _all(ctx, Client)}
    moves = defaultdict(list)
    for e in _all(ctx, CaseEvent):
        if e.on < end:
            moves[e.case_id].append(e)
    for c in mine(case_rows.values()):
        if c.opened_on >= end:
            continue
        f = out[(c.owner, c.org_unit_id)]
        last = max(moves[c.id], key=lambda e: (e.on, e.id)).to_stage if moves[c.id] else c.stage
        f.cases_by_stage[last] = f.cases_by_stage.get(last, 0) + 1
        f.cases_opened += within(c.opened_on)
        f.cases_closed += within(c.closed_on)
        f.cases_open += last in OPEN_AT_END
        client = client_rows.get(c.client_id)
        for code in json.loads(client.categories) if client else []:
            if within(c.opened_on):
                f.opened_by_category[code] = f.opened_by_category.get(code, 0) + 1
            if last in OPEN_AT_END:
                f.open_by_category[code] = f.open_by_category.get(code, 0) + 1
    clients, station_clients = defaultdict(set), defaultdict(set)
    for s in mine(_all(ctx, ServiceSession)):
        if within(s.on) and s.case_id in case_rows:
            f = out[(s.owner, case_rows[s.case_id].org_unit_id)]
            f.sessions += 1
            f.session_minutes += s.minutes
            clients[(s.owner, case_rows[s.case_id].org_unit_id)].add(case_rows[s.case_id].client_id)
            station_clients[s.owner].add(case_rows[s.case_id].client_id)
    for key, ids in clients.items():
        out[key].clients_served = len(ids)
    group_rows = {g.id: g for g in _all(ctx, GroupWork)}
    for g in mine(group_rows.values()):
        out[(g.owner, g.org_unit_id)].groups_started += within(g.starts_on)
    sessions = {s.id: s for s in _all(ctx, GroupSession) if within(s.held_on) and s.group_id in group_rows}
    met = defaultdict(set)
    for s in mine(sessions.values()):
        key = (s.owner, group_rows[s.group_id].org_unit_id)
        out[key].group_sessions += 1
        met[key].add(s.group_id)
    for key, ids in met.items():
        out[key].groups_met = len(ids)
    for a in mine(_all(ctx, GroupAttendance)):
        if a.present and a.session_id in sessions:
            out[(a.owner, group_rows[sessions[a.session_id].group_id].org_unit_id)].group_attendance += 1
    activity_rows = {a.id: a for a in _all(ctx, Activity)}
    in_month = {i: a for i, a in activity_rows.items() if within(a.starts_at.date())}
    for a in mine(in_month.values()):
        f = out[(a.owner, a.org_unit_id)]
        f.activities += 1
        f.activity_participants += a.headcount_unregistered
        f.major_events += a.major_event is not None
    for p in _all(ctx, ActivityParticipant):
        if p.activity_id in in_month and (owner is None or in_month[p.activity_id].owner == owner):
            out[(in_month[p.activity_id].owner, in_month[p.activity_id].org_unit_id)].activity_participants += 1
    for v in _all(ctx, ActivityVolunteer):
        if v.activity_id in in_month and (owner is None or in_month[v.activity_id].owner == owner):
            out[(in_month[v.activity_id].owner, in_month[v.activity_id].org_unit_id)].activity_volunteers += 1
    volunteer_rows = {v.id: v for v in _all(ctx, Volunteer, tombstones=True)}
    activity_units = {a.id: a.org_unit_id for a in _all(ctx, Activity, tombstones=True)}
    people, station_people = defaultdict(set), defaultdict(set)
    for r in mine(_all(ctx, ServiceRecord)):
        if r.superseded_by is None and within(r.served_on):
            unit = activity_units.get(r.activity_id) or volunteer_rows[r.volunteer_id].org_unit_id
            f = out[(r.owner, unit)]
            f.service_records += 1
            f.service_minutes += r.minutes
            people[(r.owner, unit)].add(r.volunteer_id)
            station_people[r.owner].add(r.volunteer_id)
    for key, ids in people.items():
        out[key].volunteers_served = len(ids)
    for o in mine(_all(ctx, Organisation)):
        f = out[(o.owner, o.org_unit_id)]
        f.organisations += 1
        f.organisations_registered += o.status == "registered"
        f.organisations_filed += o.status == "filed"
        f.organisations_new += within(o.filed_on) or within(o.founded_on)
        f.organisations_by_type[o.org_type] = f.organisations_by_type.get(o.org_type, 0) + 1
    fund_rows = {f.id: f for f in _all(ctx, Fund)}
    for fund in mine(fund_rows.values()):
        out[(fund.owner, fund.org_unit_id)].funds += 1
    for d in mine(_all(ctx, Donation)):
        if d.fund_id in fund_rows and d.received_on < end:
            f = out[(d.owner, fund_rows[d.fund_id].org_unit_id)]
            f.fund_balance_fen += d.amount_fen
            if within(d.received_on):
                f.donations += 1
                f.donations_fen += d.amount_fen
                f.donations_goods += bool(d.item)
    for a in mine(_all(ctx, Allocation)):
        if a.fund_id in fund_rows and a.allocated_on < end:
            f = out[(a.owner, fund_rows[a.fund_id].org_unit_id)]
            f.fund_balance_fen -= a.amount_fen
            if within(a.allocated_on):
                f.allocations += 1
                f.allocations_fen += a.amount_fen
    project_rows = {p.id: p for p in _all(ctx, Project)}
    stages = defaultdict(list)
    for e in _all(ctx, ProjectEvent):
        if e.on < end:
            stages[e.project_id].append(e)
    for p in mine(project_rows.values()):
        if stages[p.id]:
            stage = max(stages[p.id], key=lambda e: (e.on, e.id)).to_stage
            f = out[(p.owner, p.org_unit_id)]
            f.projects_by_stage[stage] = f.projects_by_stage.get(stage, 0) + 1
    for s in mine(_all(ctx, ProjectSpending)):
        if within(s.spent_on) and s.project_id in project_rows:
            out[(s.owner, project_rows[s.project_id].org_unit_id)].project_spending_fen += s.amount_fen
    for check in facilities.compliance(ctx):
        unit = next((u for u in _all(ctx, OrgUnit) if u.id == check.org_unit_id), None)
        if check.items and unit is not None and (owner is None or unit.owner == owner):
            f = out[(unit.owner, unit.id)]
            f.units_with_minimum, f.units_meeting_minimum = 1, int(check.met)
    # No two records here are one person (no person keys in these templates): people are records.
    return dict(out), {k: (len(station_people.get(k, ())), len(station_clients.get(k, ())))
                       for k in set(station_people) | set(station_clients)}
