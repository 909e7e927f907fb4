"""Every row of the permission table that has a service, called as each role."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.activities import ActivityInput, GroupInput
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import PermissionDenied, WulianError
from wulian_desk.core.identity import make_id_number
from wulian_desk.core.models import AssetCreate, RoomCreate, RoomUpdate
from wulian_desk.core.organisations import OrganisationInput
from wulian_desk.core.permissions import PERMISSIONS, allowed, may_see_case, require
from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.casework import cases, clients, groups, printing
from wulian_desk.services.facilities import facilities
from wulian_desk.services.parties import charity, organisations, parties_import, projects, staffing
from wulian_desk.services.reports import approval, rollup, targets
from wulian_desk.services.station import (
    accounts,
    audit_log,
    maintenance,
    settings,
    station,
)
from wulian_desk.services.sync import conflicts, corrections, county_documents, enrolment, sync
from wulian_desk.services.volunteering import (
    activities,
    certificate_codes,
    certificates,
    roster_import,
    service_hours,
    volunteers,
)

ROLES = ("worker", "supervisor", "head", "county_admin")
ROLE_PASSWORDS = {role: f"{role}-pass-2026" for role in ROLES}


def _make(folder, tier):
    result = station.setup_station(folder, name=f"{tier}站", tier=tier, admin_username=USERNAME, admin_password=PASSWORD)
    ctx = result.context
    for role in ("worker", "supervisor") + (("county_admin",) if tier == "county" else ()):
        accounts.create_account(ctx, username=role, display_name=role, role=role, password=ROLE_PASSWORDS[role])
    room = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="办公室", room_type="office", area_m2=30)).ids[0]
    facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="空房间", room_type="other", area_m2=5))
    facilities.create_asset(ctx, AssetCreate(org_unit_id=ctx.station_id, asset_tag="A-1", name="电脑", category="computer", room_id=room))
    # Clients exist at both tiers, so every refusal below is about the role, not missing data.
    consent = ConsentInput(given_on=date(2026, 1, 2))
    clients.create_client(ctx, _client_input(ctx, "刘芳"), consent=consent)
    gone = clients.create_client(ctx, _client_input(ctx, "撤回者"), consent=consent).ids[0]
    clients.withdraw_consent(ctx, gone)
    _make_cases(ctx, folder)
    _make_volunteering(ctx)
    _make_parties(ctx)
    ctx.close()


def _organisation_input(ctx, name="夕阳红志愿服务队"):
    return OrganisationInput(name=name, org_unit_id=ctx.station_id, org_type="life_service", status="filed",
                             filed_on=date(2026, 1, 2), leader="李桂兰")


def _make_parties(ctx):
    """An organisation, a fund holding a donation, a project at needs assessment, a staff member."""
    organisations.create_organisation(ctx, _organisation_input(ctx))
    donor = charity.create_donor(ctx, name="眉县爱心企业", donor_type="enterprise").ids[0]
    fund = charity.create_fund(ctx, name="首善社区基金", fund_type="community_fund").ids[0]
    charity.receive_donation(ctx, donor_id=donor, fund_id=fund, received_on=date(2026, 1, 2), amount_fen=100_000)
    projects.create_project(ctx, name="困境儿童关爱项目", needs="课后陪伴")
    staffing.add_staff(ctx, name="周晓燕", post="驻站社工", certificate="assistant")


def _volunteer_input(ctx, n):
    born = date(1960, 4, 5)
    return VolunteerInput(name=f"志愿者{n}", gender="male", org_unit_id=ctx.station_id, consent_on=date(2026, 1, 2),
                          id_number=make_id_number("610326", born, n, "male"))


def _activity_input(ctx, title="邻里守望探访"):
    from datetime import datetime

    return ActivityInput(title=title, activity_type="neighbour_watch", org_unit_id=ctx.station_id,
                         starts_at=datetime(2026, 1, 5, 9), ends_at=datetime(2026, 1, 5, 11), organiser="本站",
                         person_in_charge="王站长", place="社区广场", major_event="festival")


def _make_volunteering(ctx):
    """A volunteer with recorded hours on an activity, and a group with a member."""
    volunteer = volunteers.create_volunteer(ctx, _volunteer_input(ctx, 1)).ids[0]
    activity = activities.create_activity(ctx, _activity_input(ctx)).ids[0]
    activities.add_volunteers(ctx, activity, [volunteer])
    service_hours.record_activity_hours(ctx, activity)
    group = groups.create_group(ctx, _group_input(ctx, ctx.account_id)).ids[0]
    groups.add_members(ctx, group, [_client(ctx)])


def _group_input(ctx, worker_id):
    return GroupInput(name="银龄互助小组", org_unit_id=ctx.station_id, worker_id=worker_id, goals="互助",
                      target_members="空巢老人", starts_on=date(2026, 1, 3))


def _make_cases(head, folder):
    """Two cases of the worker: one just opened, one at evaluation with its closure approved."""
    worker = station.open_station(folder, passphrase=ROLE_PASSWORDS["worker"], username="worker")
    sup = station.open_station(folder, passphrase=ROLE_PASSWORDS["supervisor"], username="supervisor")
    try:
        client = _client(head)
        cases.open_case(worker, client_id=client, title="刚开的个案", supervisor_id=sup.account_id)
        ready = cases.open_case(worker, client_id=client, title="待结案的个案", supervisor_id=sup.account_id).ids[0]
        for form, target in (("intake", "assessment"), ("needs_assessment", "planning")):
            cases.record_form(worker, ready, form_id=form, form_version=1, answers={})
            cases.move_case(worker, ready, target)
        plan = cases.record_form(worker, ready, form_id="service_plan", form_version=1, answers={}).ids[0]
        cases.decide(sup, plan, approve=True)
        cases.move_case(worker, ready, "service")
        closure = cases.record_form(worker, ready, form_id="closure", form_version=1, answers={}).ids[0]
        cases.decide(sup, closure, approve=True, comments="同意结案")
    finally:
        worker.close()
        sup.close()


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    base = tmp_path_factory.mktemp("roles")
    _make(base / "township", "township")
    _make(base / "county", "county")
    return base


@pytest.fixture
def as_role(templates, tmp_path):
    opened = []

    def login(role):
        tier = "county" if role == "county_admin" else "township"
        folder = tmp_path / f"{role}-{len(opened)}"
        shutil.copytree(templates / tier, folder)
        username, password = (USERNAME, PASSWORD) if role == "head" else (role, ROLE_PASSWORDS[role])
        ctx = station.open_station(folder, passphrase=password, username=username)
        assert ctx.role == role
        opened.append(ctx)
        return ctx

    yield login
    for ctx in opened:
        ctx.close()


def _room(ctx, name="办公室"):
    rows = facilities.rooms_by_id(ctx, facilities.room_ids(ctx))
    return next(r.id for r in rows.values() if r.name == name)


def _other_account(ctx):
    return next(a.id for a in accounts.list_accounts(ctx) if a.username == "worker")


def _past_the_permission_check(call):
    """For calls that need data the role templates lack (an enrolled peer, a conflict): the
    permission is checked first, so any other known error means the role was let through."""
    def run(ctx):
        try:
            call(ctx)
        except PermissionDenied:
            raise
        except WulianError:
            pass
    return run


def _enrol(ctx):
    if station.station_info(ctx).tier == "county":
        return county_documents.set_sharing_policy(ctx, ["service_session.content"])
    return enrolment.write_request(ctx, ctx.store.folder / "request.wer")


# Each callable performs one (resource, action) through the real service.
CALLS = {
    ("bundle", "view"): lambda ctx: sync.list_peers(ctx),
    ("bundle", "export"): _past_the_permission_check(lambda ctx: sync.export_all(ctx, ctx.store.folder)),
    ("bundle", "import"): lambda ctx: sync.import_bundles(ctx, []),
    ("bundle", "enrol"): _enrol,
    ("bundle", "keys_backup"): lambda ctx: enrolment.backup_keys(ctx, ctx.store.folder / "keys.txt", confirmed=True),
    ("conflict", "view"): lambda ctx: conflicts.list_conflicts(ctx),
    ("conflict", "resolve"): _past_the_permission_check(lambda ctx: conflicts.resolve(ctx, "none", restore=False)),
    ("correction", "view"): lambda ctx: corrections.list_requests(ctx),
    ("report", "submit"): _past_the_permission_check(lambda ctx: approval.submit(ctx, "2026-01")),
    ("report", "approve"): _past_the_permission_check(
        lambda ctx: approval.approve(ctx, station="none", month="2026-01")),
    ("report", "reopen"): _past_the_permission_check(
        lambda ctx: approval.reopen(ctx, station="none", month="2026-01", reason="更正")),
    ("correction", "request"): _past_the_permission_check(
        lambda ctx: corrections.request(ctx, station_id="none", record_table="client", record_id="none", message="请核对")),
    ("correction", "answer"): _past_the_permission_check(
        lambda ctx: corrections.answer(ctx, "none", status="corrected", text="")),
    ("station", "view"): lambda ctx: station.station_info(ctx) and facilities.compliance(ctx),
    ("station", "edit"): lambda ctx: settings.set_setting(ctx, "idle_lock_minutes", 7),
    ("facility", "view"): lambda ctx: facilities.room_ids(ctx),
    ("facility", "create"): lambda ctx: facilities.create_room(
        ctx, RoomCreate(org_unit_id=ctx.station_id, name="新房间", room_type="group", area_m2=20)),
    ("facility", "edit"): lambda ctx: facilities.update_room(ctx, _room(ctx), RoomUpdate(area_m2=35)),
    ("facility", "delete"): lambda ctx: facilities.delete_room(ctx, _room(ctx, "空房间")),
    ("account", "view"): lambda ctx: accounts.list_accounts(ctx),
    ("account", "create"): lambda ctx: accounts.create_account(
        ctx, username="newbie", display_name="新人", role="worker", password="newbie-pass-1"),
    ("account", "edit"): lambda ctx: accounts.reset_password(ctx, _other_account_id(ctx), new_password="reset-pass-22"),
    ("audit", "view"): lambda ctx: audit_log.journal(ctx),
    ("audit", "export"): lambda ctx: audit_log.export_journal(ctx, ctx.store.folder.parent / f"{ctx.role}.xlsx"),
    ("backup", "create"): lambda ctx: maintenance.backup_station(ctx, ctx.store.folder.parent / f"{ctx.role}.wdb"),
    ("backup", "restore"): lambda ctx: _restore_own_backup(ctx),
    ("client", "view"): lambda ctx: clients.client_ids(ctx),
    ("client", "create"): lambda ctx: clients.create_client(ctx, _client_input(ctx, "赵新")),
    ("client", "edit"): lambda ctx: clients.update_client(ctx, _client(ctx), _client_input(ctx, "刘芳")),
    ("client", "full_copy"): lambda ctx: clients.view_client(ctx, _client(ctx), full=True),
    ("client", "purge"): lambda ctx: clients.purge_client(ctx, _client(ctx, withdrawn=True)),
    ("consent", "view"): lambda ctx: clients.consent_history(ctx, _client(ctx)),
    ("consent", "create"): lambda ctx: clients.record_consent(ctx, _client(ctx), ConsentInput(given_on=date(2026, 1, 5))),
    ("consent", "edit"): lambda ctx: clients.withdraw_consent(ctx, _client(ctx)),
    ("case", "view"): lambda ctx: cases.view_case(ctx, _case(ctx)),
    ("case", "create"): lambda ctx: cases.open_case(ctx, client_id=_client(ctx), title="新个案"),
    ("case", "edit"): lambda ctx: cases.add_session(ctx, _case(ctx), on=date(2026, 1, 6), minutes=30,
                                                    session_type="phone", content="电话回访"),
    ("case", "approve"): lambda ctx: cases.decide(ctx, _form(ctx, "service_plan"), approve=True),
    ("case", "close"): lambda ctx: cases.move_case(ctx, _case(ctx, "待结案的个案"), "closed"),
    ("case", "print"): lambda ctx: printing.print_case_file(ctx, _case(ctx), ctx.store.folder.parent / f"{ctx.role}.pdf"),
    ("group", "view"): lambda ctx: groups.group_ids(ctx),
    ("group", "create"): lambda ctx: groups.create_group(ctx, _group_input(ctx, ctx.account_id)),
    ("group", "edit"): lambda ctx: groups.add_group_session(ctx, _row_id(ctx, "GroupWork"), held_on=date(2026, 1, 6),
                                                            plan="破冰与分享"),
    ("activity", "view"): lambda ctx: activities.activity_ids(ctx),
    ("activity", "create"): lambda ctx: activities.create_activity(ctx, _activity_input(ctx, "广场舞展演")),
    ("activity", "edit"): lambda ctx: activities.set_headcount(ctx, _row_id(ctx, "Activity"), 12),
    ("volunteer", "view"): lambda ctx: volunteers.volunteer_ids(ctx),
    ("volunteer", "create"): lambda ctx: volunteers.create_volunteer(ctx, _volunteer_input(ctx, 2)),
    ("volunteer", "edit"): lambda ctx: service_hours.correct_service_record(
        ctx, _row_id(ctx, "ServiceRecord"), reason="按实际时长更正", hours=3),
    ("volunteer", "full_copy"): lambda ctx: volunteers.view_volunteer(ctx, _row_id(ctx, "Volunteer"), full=True),
    ("volunteer", "print"): lambda ctx: certificates.issue_certificate(
        ctx, _row_id(ctx, "Volunteer"), ctx.store.folder.parent / f"{ctx.role}-certificate.pdf"),
    ("volunteer", "revoke"): lambda ctx: certificate_codes.revoke_certificate(ctx, certificates.issue_certificate(
        ctx, _row_id(ctx, "Volunteer"), ctx.store.folder.parent / f"{ctx.role}-revoked.pdf").number, reason="时长有误"),
    ("volunteer", "import"): lambda ctx: roster_import.import_roster(
        ctx, "volunteers", roster_import.write_template("volunteers", ctx.store.folder.parent / f"{ctx.role}.xlsx")),
    ("organisation", "view"): lambda ctx: organisations.organisation_ids(ctx),
    ("organisation", "create"): lambda ctx: organisations.create_organisation(ctx, _organisation_input(ctx, "歌舞队")),
    ("organisation", "edit"): lambda ctx: organisations.evaluate(ctx, _row_id(ctx, "Organisation"), year=2026,
                                                                 result="good", evaluated_on=date(2026, 1, 5)),
    ("organisation", "print"): lambda ctx: organisations.print_ledger(
        ctx, ctx.station_id, ctx.store.folder.parent / f"{ctx.role}-ledger.pdf"),
    ("organisation", "import"): lambda ctx: parties_import.import_rows(
        ctx, "organisations", parties_import.write_template("organisations", ctx.store.folder.parent / f"{ctx.role}-o.xlsx")),
    ("charity", "view"): lambda ctx: charity.funds(ctx),
    ("charity", "create"): lambda ctx: charity.create_donor(ctx, name="张先生", donor_type="individual"),
    ("charity", "edit"): lambda ctx: charity.allocate(ctx, fund_id=_row_id(ctx, "Fund"), recipient_kind="client",
                                                      recipient_id=_client(ctx), allocated_on=date(2026, 1, 5),
                                                      amount_fen=10_000),
    ("charity", "import"): lambda ctx: parties_import.import_rows(
        ctx, "donors", parties_import.write_template("donors", ctx.store.folder.parent / f"{ctx.role}-d.xlsx")),
    ("project", "view"): lambda ctx: projects.projects(ctx),
    ("project", "create"): lambda ctx: projects.create_project(ctx, name="空巢老人陪伴项目"),
    ("project", "edit"): lambda ctx: projects.add_indicator(ctx, _row_id(ctx, "Project"), name="服务人次", target=200),
    ("project", "approve"): lambda ctx: projects.move_project(ctx, _row_id(ctx, "Project"), "published"),
    ("staff", "view"): lambda ctx: staffing.staff_list(ctx),
    ("staff", "create"): lambda ctx: staffing.add_staff(ctx, name="吴磊", post="专职社工"),
    ("staff", "edit"): lambda ctx: staffing.add_training(ctx, [_row_id(ctx, "Staff")], name="个案督导", hours=8,
                                                        held_on=date(2026, 1, 5)),
    ("target", "view"): lambda ctx: targets.dashboard(ctx, 2026),
    ("target", "print"): lambda ctx: targets.print_dashboard(ctx, 2026, ctx.store.folder.parent / f"{ctx.role}-d.pdf"),
    ("report", "view"): lambda ctx: rollup.rollup(ctx, "2026-01"),
    ("report", "print"): lambda ctx: rollup.print_monthly(ctx, "2026-01", ctx.store.folder.parent / f"{ctx.role}-m.xlsx"),
}


def _row_id(ctx, model_name):
    """The one row of a table in the template, found without needing any permission."""
    from sqlmodel import select

    from wulian_desk.core import models

    model = getattr(models, model_name)
    with ctx.reading() as session:
        return session.exec(select(model.id)).one()


def _case(ctx, title="刚开的个案"):
    from sqlmodel import select

    from wulian_desk.core.models import Case

    with ctx.reading() as session:
        return session.exec(select(Case.id).where(Case.title == title)).one()


def _form(ctx, form_id):
    from sqlmodel import select

    from wulian_desk.core.models import FormRecord

    with ctx.reading() as session:
        return session.exec(select(FormRecord.id).where(FormRecord.form_id == form_id)).one()


def _client_input(ctx, name):
    return ClientInput(name=name, gender="female", org_unit_id=ctx.station_id, birth_date=date(1950, 2, 3))


def _client(ctx, *, withdrawn=False):
    """The template's client, found without needing the client-view permission."""
    from sqlmodel import select

    from wulian_desk.core.models import Client

    with ctx.reading() as session:
        return session.exec(select(Client.id).where(Client.name == ("撤回者" if withdrawn else "刘芳"))).one()


def _restore_own_backup(ctx):
    """Restore, with this role's own password, a backup of the station it is logged in to."""
    source = ctx.store.backup_to(ctx.store.folder.parent / f"{ctx.role}-restore.wdb")
    password = PASSWORD if ctx.username == USERNAME else ROLE_PASSWORDS[ctx.role]
    return maintenance.restore_station(ctx.store.folder, source, passphrase=password, username=ctx.username)


def test_every_row_of_the_table_is_exercised():
    assert set(CALLS) == set(PERMISSIONS)


def _other_account_id(ctx):
    # Looked up without the account-view permission, as the service itself would.
    return accounts.find_account(ctx, "worker" if ctx.role != "worker" else "supervisor").id


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("key", sorted(CALLS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_each_role_gets_exactly_what_the_table_says(as_role, role, key):
    ctx = as_role(role)
    call = CALLS[key]
    if allowed(role, *key):
        call(ctx)
    else:
        with pytest.raises(PermissionDenied) as err:
            call(ctx)
        assert "无权" in str(err.value) and "只有" in str(err.value)


def test_the_table_has_no_row_nobody_may_do():
    assert all(PERMISSIONS.values())


def test_refusal_names_who_may():
    with pytest.raises(PermissionDenied, match="社工无权删除功能室与设备（只有站长、总站管理员可以）"):
        require("worker", "facility", "delete")


def test_a_refused_call_changes_nothing(as_role):
    ctx = as_role("worker")
    before = facilities.room_ids(ctx)
    with pytest.raises(PermissionDenied):
        facilities.delete_room(ctx, _room(ctx, "空房间"))
    assert facilities.room_ids(ctx) == before


@pytest.mark.parametrize(
    ("role", "me", "assigned", "expected"),
    [
        ("worker", "w1", "w1", True),
        ("worker", "w1", "w2", False),
        ("worker", None, None, False),
        ("supervisor", "s1", "w2", True),
        ("head", "h1", "w2", True),
        ("county_admin", "c1", "w2", False),
    ],
)
def test_case_files_are_for_the_assigned_worker_supervisors_and_head(role, me, assigned, expected):
    assert may_see_case(role, me, assigned_worker_id=assigned) is expected
