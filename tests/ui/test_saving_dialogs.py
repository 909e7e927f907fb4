"""Every dialog that saves writes on the task runner's write lane, never on the GUI thread: each
one found by walking `wulian_desk.ui` (a new dialog without a recipe here fails the first test) is
opened, filled validly, saved, and every write transaction it began is checked to have run in the
write lane's worker. Then the busy state and a refusal, on one dialog."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

import wulian_desk.ui
from tests.services.test_activities import activity_input, add_client
from tests.services.test_groups import answers as measure_answers
from tests.services.test_groups import group_input
from tests.services.test_volunteers import add_volunteer
from tests.ui import casework_fixtures as cw
from tests.ui.conftest import PASSWORD, USERNAME, click_save
from tests.ui.test_sync import county_ctx, enrol_by_service, station_ctx, sync_templates
from wulian_desk.ui.forms.dialog import FormDialog
from wulian_desk.ui.widgets.record_dialog import RecordDialog

casework_template, casework_dir = cw.casework_template, cw.casework_dir
__all__ = ["county_ctx", "station_ctx", "sync_templates"]  # fixtures shared with the sync screens' tests

TODAY = date.today()


# -- finding them -----------------------------------------------------------------------------


def saving_dialogs() -> dict[str, type]:
    """Every dialog class in wulian_desk.ui that saves: the record dialogs that say what they write
    (`prepare`), and the form dialogs."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(wulian_desk.ui.__path__, "wulian_desk.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            record = issubclass(cls, RecordDialog) and cls.prepare is not RecordDialog.prepare
            if record or issubclass(cls, FormDialog):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


# -- where they are opened --------------------------------------------------------------------


class Host(QWidget):
    """Stands for the page a dialog opens from: the window's task runner is found through it."""

    def __init__(self, runner) -> None:
        super().__init__()
        self.runner = runner


class Env:
    """What a recipe needs, made on first use: the casework station's logins (head, worker,
    supervisor), the sync sites, a folder for files, and the host page."""

    def __init__(self, request, host: Host, tmp_path: Path) -> None:
        self.request = request
        self.host = host
        self.runner = host.runner
        self.tmp = tmp_path
        self.logins: dict[str, object] = {}

    def login(self, username: str, password: str):
        if username not in self.logins:
            folder = self.request.getfixturevalue("casework_dir")
            ctx = self.logins[username] = cw.login(folder, username, password)
            self.request.addfinalizer(ctx.close)
        return self.logins[username]

    @property
    def head(self):
        return self.login(USERNAME, PASSWORD)

    @property
    def worker(self):
        return self.login(cw.WORKER, cw.WORKER_PASSWORD)

    @property
    def supervisor(self):
        return self.login(cw.SUPERVISOR, cw.SUPERVISOR_PASSWORD)

    def fixture(self, name: str):
        return self.request.getfixturevalue(name)


# -- what each one needs, and how it is filled -------------------------------------------------
# A recipe makes what the dialog works on through the services, opens it under the host and fills
# it as a user would; the test then clicks Save.


def new_account(env):
    from wulian_desk.ui.accounts.dialogs import NewAccountDialog

    dialog = NewAccountDialog(env.head, env.runner, parent=env.host)
    dialog.username.setText("zhangsan")
    dialog.display_name.setText("张三")
    for box in (dialog.password, dialog.password2):
        box.setText("zhangsan-pass-2026")
    return dialog


def account_row(ctx, username: str):
    from wulian_desk.services.station import accounts

    return next(r for r in accounts.list_accounts(ctx) if r.username == username)


def reset_password(env):
    from wulian_desk.ui.accounts.dialogs import ResetPasswordDialog

    dialog = ResetPasswordDialog(env.head, env.runner, account_row(env.head, cw.WORKER), parent=env.host)
    for box in (dialog.password, dialog.password2):
        box.setText("another-pass-2026")
    return dialog


def role(env):
    from wulian_desk.ui.accounts.dialogs import RoleDialog

    dialog = RoleDialog(env.head, env.runner, account_row(env.head, cw.WORKER), parent=env.host)
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    return dialog


def own_password(env):
    from wulian_desk.ui.accounts.dialogs import OwnPasswordDialog

    dialog = OwnPasswordDialog(env.worker, env.runner, parent=env.host)
    dialog.old_password.setText(cw.WORKER_PASSWORD)
    for box in (dialog.password, dialog.password2):
        box.setText("my-new-pass-2026")
    return dialog


def past_activity(ctx, volunteer: str | None = None):
    from wulian_desk.services.volunteering import activities

    start = datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(hour=9)
    activity = activities.create_activity(ctx, activity_input(ctx, starts_at=start, ends_at=start + timedelta(hours=2)))
    activity_id = activity.ids[0]
    if volunteer is not None:
        activities.add_volunteers(ctx, activity_id, [volunteer])
    return activities.activities_by_id(ctx, [activity_id])[activity_id]


def activity(env):
    from wulian_desk.ui.activities.dialogs import ActivityDialog

    dialog = ActivityDialog(env.head, on=TODAY - timedelta(days=1), parent=env.host)
    dialog.title.setText("重阳节敬老活动")
    dialog.place.setText("滨河广场")
    return dialog


def add_volunteers(env):
    from wulian_desk.ui.activities.dialogs import AddVolunteersDialog

    volunteer = add_volunteer(env.head)
    dialog = AddVolunteersDialog(env.head, past_activity(env.head).id, set(), parent=env.host)
    dialog.choose([volunteer])
    return dialog


def hours(env):
    from wulian_desk.ui.activities.dialogs import HoursDialog

    return HoursDialog(env.head, past_activity(env.head, add_volunteer(env.head)), parent=env.host)


def case_of(env, *, supervised: bool = False) -> str:
    from wulian_desk.services.casework import cases

    client_id = cw.make_client(env.worker)
    supervisor = env.supervisor.account_id if supervised else None
    return cases.open_case(env.worker, client_id=client_id, title="独居老人生活照料", supervisor_id=supervisor).ids[0]


def open_case(env):
    from wulian_desk.ui.cases.dialogs import OpenCaseDialog

    dialog = OpenCaseDialog(env.worker, client_id=cw.make_client(env.worker), client_name="张三", parent=env.host)
    dialog.case_title.setText("独居老人生活照料")
    return dialog


def move_case(env):
    from wulian_desk.services.casework import cases
    from wulian_desk.ui.cases.dialogs import MoveDialog

    case_id = case_of(env)
    cases.record_form(env.worker, case_id, form_id="intake", form_version=1, answers={"summary": "已填写"})
    dialog = MoveDialog(env.worker, case_id, "intake", parent=env.host)
    dialog.choose("assessment")
    return dialog


def case_session(env):
    from wulian_desk.ui.cases.dialogs import SessionDialog

    dialog = SessionDialog(env.worker, case_of(env), parent=env.host)
    dialog.content.setPlainText("上门探访，协助整理药品，老人情绪稳定。")
    return dialog


def supervision(env):
    from wulian_desk.ui.cases.dialogs import SupervisionDialog

    dialog = SupervisionDialog(env.supervisor, case_of(env, supervised=True), parent=env.host)
    dialog.notes.setPlainText("关注老人用药安全。")
    return dialog


def decision(env):
    from wulian_desk.services.casework import cases
    from wulian_desk.ui.cases.dialogs import DecisionDialog

    case_id = case_of(env, supervised=True)
    for form_id, target in (("intake", "assessment"), ("needs_assessment", "planning")):
        cases.record_form(env.worker, case_id, form_id=form_id, form_version=1, answers={"summary": "已填写"})
        cases.move_case(env.worker, case_id, target)
    plan = cases.record_form(env.worker, case_id, form_id="service_plan", form_version=1,
                             answers={"summary": "已填写"}).ids[0]
    dialog = DecisionDialog(env.supervisor, plan, approve=True, what="服务计划", parent=env.host)
    dialog.comments.setPlainText("同意")
    return dialog


def case_form(env):
    from wulian_desk.services.casework import forms

    dialog = FormDialog(env.worker, env.runner, case_of(env), forms.get_form("intake"), parent=env.host)
    dialog.view.set_answers(cw.intake_answers())
    return dialog


def donor(env):
    from wulian_desk.ui.charity.dialogs import DonorDialog

    dialog = DonorDialog(env.head, parent=env.host)
    dialog.name.setText("眉县爱心企业")
    return dialog


def fund(env):
    from wulian_desk.ui.charity.dialogs import FundDialog

    dialog = FundDialog(env.head, parent=env.host)
    dialog.name.setText("首善社区基金")
    return dialog


def donor_and_fund(ctx, fund_type: str = "community_fund") -> tuple[str, str]:
    from wulian_desk.services.parties import charity

    donor_id = charity.create_donor(ctx, name="眉县爱心企业", donor_type="enterprise").ids[0]
    return donor_id, charity.create_fund(ctx, name="首善社区基金", fund_type=fund_type).ids[0]


def donation(env):
    from wulian_desk.ui.charity.dialogs import DonationDialog

    donor_id, fund_id = donor_and_fund(env.head)
    dialog = DonationDialog(env.head, donor_id=donor_id, fund_id=fund_id, parent=env.host)
    dialog.amount.setText("800")
    return dialog


def allocation(env):
    from wulian_desk.services.parties import charity
    from wulian_desk.ui.charity.dialogs import AllocationDialog

    donor_id, fund_id = donor_and_fund(env.head)
    charity.receive_donation(env.head, donor_id=donor_id, fund_id=fund_id, received_on=TODAY, amount_fen=80_000)
    client_id = add_client(env.head)
    dialog = AllocationDialog(env.head, fund_id=fund_id, parent=env.host)
    dialog.choose_recipient("client", client_id)
    dialog.amount.setText("300")
    dialog.purpose.setText("医疗救助")
    return dialog


def stock_out(env):
    from wulian_desk.services.parties import charity
    from wulian_desk.ui.charity.stock_out import StockOutDialog

    donor_id, market = donor_and_fund(env.head, "supermarket")
    charity.receive_donation(env.head, donor_id=donor_id, fund_id=market, received_on=TODAY, item="大米", quantity=10,
                             unit="袋")
    client_id = add_client(env.head)
    dialog = StockOutDialog(env.head, fund_id=market, parent=env.host)
    dialog.choose_recipient("client", client_id)
    dialog.quantity.setValue(4)
    dialog.purpose.setText("节日慰问")
    return dialog


def client(env):
    from wulian_desk.ui.clients.dialog import ClientDialog

    dialog = ClientDialog(env.worker, parent=env.host)
    dialog.name.setText("张三")
    dialog.gender.setCurrentIndex(dialog.gender.findData("male"))
    dialog.birth_date.set_value("1950-03-07")
    return dialog


def consent(env):
    from wulian_desk.ui.clients.consent import ConsentDialog

    dialog = ConsentDialog(env.worker, cw.make_client(env.worker), "张三", parent=env.host)
    dialog.fields.sensitive["health"].setChecked(True)
    return dialog


def room(env):
    from wulian_desk.ui.facilities.room_dialog import RoomDialog
    from wulian_desk.ui.facilities.units import load_units

    dialog = RoomDialog(env.head, load_units(env.head), parent=env.host)
    dialog.name.setText("小组活动室")
    dialog.area.setText("35.5")
    return dialog


def asset(env):
    from wulian_desk.ui.facilities.asset_dialog import AssetDialog
    from wulian_desk.ui.facilities.units import load_units

    dialog = AssetDialog(env.head, load_units(env.head), parent=env.host)
    dialog.asset_tag.setText("WL-TEST-0001")
    dialog.name.setText("新电脑")
    dialog.category.setCurrentIndex(dialog.category.findData("computer"))
    dialog.value.setText("3,500.50")
    return dialog


def group_with_member(ctx) -> tuple[str, str]:
    from wulian_desk.services.casework import groups

    group_id = groups.create_group(ctx, group_input(ctx, starts_on=TODAY - timedelta(days=7))).ids[0]
    member = add_client(ctx)
    groups.add_members(ctx, group_id, [member])
    return group_id, member


def group(env):
    from wulian_desk.ui.groups.dialogs import GroupDialog

    dialog = GroupDialog(env.head, parent=env.host)
    dialog.name.setText("银龄互助小组")
    dialog.goals.setPlainText("增进空巢老人之间的互助")
    dialog.target_members.setText("60 岁以上空巢老人")
    return dialog


def members(env):
    from wulian_desk.services.casework import groups
    from wulian_desk.ui.groups.dialogs import MembersDialog

    group_id = groups.create_group(env.head, group_input(env.head)).ids[0]
    dialog = MembersDialog(env.head, group_id, set(), parent=env.host)
    dialog.choose([add_client(env.head)])
    return dialog


def group_session(env):
    from wulian_desk.ui.groups.dialogs import SessionDialog

    dialog = SessionDialog(env.head, group_with_member(env.head)[0], parent=env.host)
    dialog.place.setText("活动室")
    dialog.plan.setPlainText("破冰：认识彼此")
    return dialog


def attendance(env):
    from wulian_desk.services.casework import groups
    from wulian_desk.ui.groups.dialogs import AttendanceDialog

    group_id, member = group_with_member(env.head)
    groups.add_group_session(env.head, group_id, held_on=TODAY, plan="破冰：认识彼此")
    meeting, present = groups.group_sessions(env.head, group_id)[0]
    dialog = AttendanceDialog(env.head, meeting, [(member, "M01 刘芳")], present, parent=env.host)
    dialog.notes.setPlainText("成员积极")
    return dialog


def close_group(env):
    from wulian_desk.ui.groups.dialogs import CloseGroupDialog

    dialog = CloseGroupDialog(env.head, group_with_member(env.head)[0], parent=env.host)
    dialog.summary.setPlainText("成员孤独感下降，建立了互助关系。")
    return dialog


def group_measure(env):
    from wulian_desk.ui.groups.dialogs import MeasureDialog

    group_id, member = group_with_member(env.head)
    dialog = MeasureDialog(env.head, env.runner, group_id, member, group_name="银龄互助小组", member_code="M01",
                           parent=env.host)
    dialog.view.set_answers({**dialog.view.answers(), **measure_answers("pre", "agree"),
                             "measure_date": TODAY.isoformat()})
    return dialog


def community(ctx) -> str:
    from wulian_desk.services.station import station

    return station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban").ids[0]


def organisation(env):
    from wulian_desk.ui.organisations.dialog import OrganisationDialog

    unit = community(env.head)
    dialog = OrganisationDialog(env.head, parent=env.host)
    dialog.name.setText("好人驿站")
    dialog.registration_number.setText("眉民社登字第001号")
    dialog.leader.setText("王秀兰")
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
    return dialog


def organisation_evaluation(env):
    from wulian_desk.core.organisations import OrganisationInput
    from wulian_desk.services.parties import organisations
    from wulian_desk.ui.organisations.dialog import EvaluationDialog

    data = OrganisationInput(name="好人驿站", org_unit_id=community(env.head), org_type="charity", status="registered",
                             registration_number="眉民社登字第001号", leader="王秀兰")
    dialog = EvaluationDialog(env.head, organisations.create_organisation(env.head, data).ids[0], parent=env.host)
    dialog.comments.setPlainText("运作规范")
    return dialog


def project_at(ctx, stage: str) -> str:
    """A project with its agreement and one indicator, moved on to `stage`."""
    from wulian_desk.core.projects import ORDER
    from wulian_desk.services.parties import projects

    project_id = projects.create_project(ctx, name="长者关爱服务项目", needs="独居老人上门探访").ids[0]
    projects.set_agreement(ctx, project_id, agency_name="眉县阳光社会工作服务中心", contract_fen=10_000_000,
                           period_from=TODAY - timedelta(days=30), period_to=TODAY + timedelta(days=300))
    projects.add_indicator(ctx, project_id, name="探访人次", target=500, unit="人次")
    for target in ORDER[1:ORDER.index(stage) + 1]:
        projects.move_project(ctx, project_id, target)
    return project_id


def project(env):
    from wulian_desk.ui.projects.dialogs import ProjectDialog

    dialog = ProjectDialog(env.head, parent=env.host)
    dialog.name.setText("长者关爱服务项目")
    dialog.needs.setPlainText("滨河社区独居老人上门探访")
    dialog.budget.setText("120000")
    return dialog


def move_project(env):
    from wulian_desk.ui.projects.dialogs import MoveDialog

    dialog = MoveDialog(env.head, project_at(env.head, "needs"), "needs", parent=env.host)
    dialog.choose("published")
    return dialog


def documents(env):
    from wulian_desk.ui.projects.dialogs import DocumentsDialog

    dialog = DocumentsDialog(env.head, project_at(env.head, "published"), "published", parent=env.host)
    dialog.documents.setText("项目公告.pdf")
    return dialog


def agreement(env):
    from wulian_desk.services.parties import projects
    from wulian_desk.ui.projects.terms import AgreementDialog

    dialog = AgreementDialog(env.head, projects.view_project(env.head, project_at(env.head, "published")),
                             parent=env.host)
    dialog.contract.setText("90000")
    return dialog


def indicator(env):
    from wulian_desk.ui.projects.terms import IndicatorDialog

    dialog = IndicatorDialog(env.head, project_at(env.head, "needs"), parent=env.host)
    dialog.name.setText("小组活动")
    dialog.target.setValue(12)
    dialog.unit.setText("次")
    return dialog


def measure(env):
    from wulian_desk.services.parties import projects
    from wulian_desk.ui.projects.terms import MeasureDialog

    view = projects.view_project(env.head, project_at(env.head, "service"))
    dialog = MeasureDialog(env.head, view.indicators[0], parent=env.host)
    dialog.actual.setValue(520)
    return dialog


def spending(env):
    from wulian_desk.ui.projects.terms import SpendingDialog

    dialog = SpendingDialog(env.head, project_at(env.head, "contracted"), parent=env.host)
    dialog.amount.setText("600")
    dialog.purpose.setText("活动物资")
    return dialog


def project_evaluation(env):
    from wulian_desk.services.parties import projects
    from wulian_desk.ui.projects.terms import EvaluationDialog

    view = projects.view_project(env.head, project_at(env.head, "midterm"))
    dialog = EvaluationDialog(env.head, view.project, parent=env.host)
    dialog.report.setPlainText("服务完成，居民满意。")
    dialog.score.setValue(92)
    dialog.accepted.setChecked(True)
    return dialog


def staff_member(ctx) -> str:
    from wulian_desk.services.parties import staffing

    return staffing.add_staff(ctx, name="周晓燕", post="驻站社工", certificate="assistant").ids[0]


def staff(env):
    from wulian_desk.ui.staff.dialogs import StaffDialog

    dialog = StaffDialog(env.head, parent=env.host)
    dialog.name.setText("周晓燕")
    dialog.post.setText("驻站社工")
    return dialog


def certificate(env):
    from wulian_desk.services.parties import staffing
    from wulian_desk.ui.staff.dialogs import CertificateDialog

    view = staffing.view_staff(env.head, staff_member(env.head))
    dialog = CertificateDialog(env.head, view.staff, parent=env.host)
    dialog.certificate.setCurrentIndex(dialog.certificate.findData("social_worker"))
    return dialog


def training(env):
    from wulian_desk.ui.staff.dialogs import TrainingDialog

    dialog = TrainingDialog(env.head, [staff_member(env.head)], ["周晓燕"], parent=env.host)
    dialog.name.setText("个案工作实务")
    dialog.hours.setValue(16)
    dialog.organiser.setText("县社会工作服务总站")
    return dialog


def operating_fund(env):
    from wulian_desk.ui.staff.dialogs import OperatingFundDialog

    dialog = OperatingFundDialog(env.head, year=TODAY.year, org_unit_id=env.head.station_id, parent=env.host)
    dialog.entry.setCurrentIndex(dialog.entry.findData("received"))
    dialog.amount.setText("25000")
    dialog.note.setText("县财政拨付")
    return dialog


def volunteer(env):
    from tests.services.test_volunteers import ID_NUMBER
    from wulian_desk.ui.volunteers.dialogs import VolunteerDialog

    dialog = VolunteerDialog(env.head, parent=env.host)
    dialog.name.setText("张秀英")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.id_number.setText(ID_NUMBER)
    dialog.phone.setText("13900001234")
    return dialog


def correction(env):
    from wulian_desk.services.volunteering import service_hours
    from wulian_desk.ui.volunteers.dialogs import CorrectionDialog

    person = add_volunteer(env.head)
    service_hours.record_activity_hours(env.head, past_activity(env.head, person).id, adjustments={}, content="")
    dialog = CorrectionDialog(env.head, service_hours.service_records(env.head, person)[0], parent=env.host)
    dialog.hours.setValue(3)
    dialog.reason.setText("签到表记错")
    return dialog


def enrolment_request(env) -> Path:
    from wulian_desk.services.sync import enrolment

    return enrolment.write_request(env.fixture("station_ctx"), env.tmp / "request.wer")


def accept_request(env):
    from wulian_desk.services.sync import enrolment
    from wulian_desk.ui.sync.keys import AcceptDialog

    path = enrolment_request(env)
    request = enrolment.read_request(path)
    dialog = AcceptDialog(env.fixture("county_ctx"), request, path, parent=env.host)
    dialog.fingerprint.setText(request.fingerprint)
    return dialog


def import_reply(env):
    from wulian_desk.services.sync import enrolment
    from wulian_desk.ui.sync.keys import ReplyDialog

    county = env.fixture("county_ctx")
    path = enrolment_request(env)
    enrolment.accept_request(county, path, env.tmp / "reply.wer", fingerprint=enrolment.read_request(path).fingerprint)
    dialog = ReplyDialog(env.fixture("station_ctx"), env.tmp / "reply.wer", parent=env.host)
    dialog.fingerprint.setText(enrolment.keys_info(county).fingerprint)
    return dialog


def enrolled_sites(env):
    """The station enrolled with the county, which holds the station's records from its bundle."""
    from wulian_desk.services.sync import sync

    station, county = env.fixture("station_ctx"), env.fixture("county_ctx")
    enrol_by_service(station, county, env.tmp)
    sync.import_bundles(county, [r.path for r in sync.export_all(station, env.tmp)])
    return station, county


def correction_request(env):
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.sync import sync
    from wulian_desk.ui.sync.corrections import RequestDialog

    station, county = enrolled_sites(env)
    room_id = facilities.room_ids(station)[0]
    stations = [p for p in sync.list_peers(county) if p.relation == "station" and p.status == "active"]
    dialog = RequestDialog(county, stations, env.runner, parent=env.host)
    dialog.kind.setCurrentIndex(dialog.kind.findData("room"))
    env.fixture("qtbot").waitUntil(lambda: dialog.record.findData(room_id) >= 0)
    dialog.record.setCurrentIndex(dialog.record.findData(room_id))
    dialog.message.setPlainText("个案室面积与现场核查不符，请核实。")
    return dialog


def correction_answer(env):
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.sync import corrections, sync
    from wulian_desk.ui.sync.corrections import AnswerDialog

    station, county = enrolled_sites(env)
    corrections.request(county, station_id=station.station_id, record_table="room",
                        record_id=facilities.room_ids(station)[0], message="请核实面积。")
    down = env.tmp / "down"
    down.mkdir()
    sync.import_bundles(station, [r.path for r in sync.export_all(county, down)])
    dialog = AnswerDialog(station, corrections.list_requests(station)[0], parent=env.host)
    dialog.status.setCurrentIndex(dialog.status.findData("corrected"))
    dialog.text.setPlainText("已按现场核查更正为 18 平方米。")
    return dialog


def _last_month() -> str:
    first = TODAY.replace(day=1) - timedelta(days=1)
    return first.strftime("%Y-%m")


def submit_month(env):
    from wulian_desk.ui.dashboard.monthly_report import SubmitMonthDialog

    station, _county = enrolled_sites(env)
    dialog = SubmitMonthDialog(station, parent=env.host)
    dialog.note.setPlainText("本月工作已全部录入。")
    return dialog


def month_decision(env):
    from wulian_desk.services.reports import approval
    from wulian_desk.services.sync import sync
    from wulian_desk.ui.dashboard.month_approval import DecisionDialog

    station, county = enrolled_sites(env)
    approval.submit(station, _last_month())
    up = env.tmp / "up-month"
    up.mkdir()
    sync.import_bundles(county, [r.path for r in sync.export_all(station, up)])
    dialog = DecisionDialog(county, station_id=station.station_id, name="站点", month=_last_month(), parent=env.host)
    dialog.reason.setPlainText("活动人数未填。")
    return dialog


RECIPES = {
    "wulian_desk.ui.dashboard.monthly_report.SubmitMonthDialog": submit_month,
    "wulian_desk.ui.dashboard.month_approval.DecisionDialog": month_decision,
    "wulian_desk.ui.accounts.dialogs.NewAccountDialog": new_account,
    "wulian_desk.ui.accounts.dialogs.ResetPasswordDialog": reset_password,
    "wulian_desk.ui.accounts.dialogs.RoleDialog": role,
    "wulian_desk.ui.accounts.dialogs.OwnPasswordDialog": own_password,
    "wulian_desk.ui.activities.dialogs.ActivityDialog": activity,
    "wulian_desk.ui.activities.dialogs.AddVolunteersDialog": add_volunteers,
    "wulian_desk.ui.activities.dialogs.HoursDialog": hours,
    "wulian_desk.ui.cases.dialogs.OpenCaseDialog": open_case,
    "wulian_desk.ui.cases.dialogs.MoveDialog": move_case,
    "wulian_desk.ui.cases.dialogs.SessionDialog": case_session,
    "wulian_desk.ui.cases.dialogs.SupervisionDialog": supervision,
    "wulian_desk.ui.cases.dialogs.DecisionDialog": decision,
    "wulian_desk.ui.charity.dialogs.DonorDialog": donor,
    "wulian_desk.ui.charity.dialogs.FundDialog": fund,
    "wulian_desk.ui.charity.dialogs.DonationDialog": donation,
    "wulian_desk.ui.charity.dialogs.AllocationDialog": allocation,
    "wulian_desk.ui.charity.stock_out.StockOutDialog": stock_out,
    "wulian_desk.ui.clients.dialog.ClientDialog": client,
    "wulian_desk.ui.clients.consent.ConsentDialog": consent,
    "wulian_desk.ui.facilities.room_dialog.RoomDialog": room,
    "wulian_desk.ui.facilities.asset_dialog.AssetDialog": asset,
    "wulian_desk.ui.forms.dialog.FormDialog": case_form,
    "wulian_desk.ui.groups.dialogs.GroupDialog": group,
    "wulian_desk.ui.groups.dialogs.MembersDialog": members,
    "wulian_desk.ui.groups.dialogs.SessionDialog": group_session,
    "wulian_desk.ui.groups.dialogs.AttendanceDialog": attendance,
    "wulian_desk.ui.groups.dialogs.CloseGroupDialog": close_group,
    "wulian_desk.ui.groups.dialogs.MeasureDialog": group_measure,
    "wulian_desk.ui.organisations.dialog.OrganisationDialog": organisation,
    "wulian_desk.ui.organisations.dialog.EvaluationDialog": organisation_evaluation,
    "wulian_desk.ui.projects.dialogs.ProjectDialog": project,
    "wulian_desk.ui.projects.dialogs.MoveDialog": move_project,
    "wulian_desk.ui.projects.dialogs.DocumentsDialog": documents,
    "wulian_desk.ui.projects.terms.AgreementDialog": agreement,
    "wulian_desk.ui.projects.terms.IndicatorDialog": indicator,
    "wulian_desk.ui.projects.terms.MeasureDialog": measure,
    "wulian_desk.ui.projects.terms.SpendingDialog": spending,
    "wulian_desk.ui.projects.terms.EvaluationDialog": project_evaluation,
    "wulian_desk.ui.staff.dialogs.StaffDialog": staff,
    "wulian_desk.ui.staff.dialogs.CertificateDialog": certificate,
    "wulian_desk.ui.staff.dialogs.TrainingDialog": training,
    "wulian_desk.ui.staff.dialogs.OperatingFundDialog": operating_fund,
    "wulian_desk.ui.sync.corrections.AnswerDialog": correction_answer,
    "wulian_desk.ui.sync.corrections.RequestDialog": correction_request,
    "wulian_desk.ui.sync.keys.AcceptDialog": accept_request,
    "wulian_desk.ui.sync.keys.ReplyDialog": import_reply,
    "wulian_desk.ui.volunteers.dialogs.VolunteerDialog": volunteer,
    "wulian_desk.ui.volunteers.dialogs.CorrectionDialog": correction,
}
# Record dialogs that only ask (a period, a choice) and write nothing: `prepare()` returns None.
ASKS_ONLY = {"wulian_desk.ui.volunteers.dialogs.CertificatePeriodDialog",
             "wulian_desk.ui.certificates_page.IssueCertificateDialog"}


# -- the checks ---------------------------------------------------------------------------------


@pytest.fixture
def writes(monkeypatch) -> list[int]:
    """The thread of every write transaction begun (the store's write sessions)."""
    from wulian_desk.storage.store import Store

    seen: list[int] = []
    session = Store.session

    def recording(self, *, write: bool = False):
        if write:
            seen.append(threading.get_ident())
        return session(self, write=write)

    monkeypatch.setattr(Store, "session", recording)
    return seen


@pytest.fixture
def env(request, qtbot, runner, tmp_path) -> Env:
    host = Host(runner)
    qtbot.addWidget(host)
    return Env(request, host, tmp_path)


def test_every_saving_dialog_is_checked_here():
    found = set(saving_dialogs())
    assert found - set(RECIPES) - ASKS_ONLY == set(), "a dialog that saves needs a recipe in RECIPES"
    assert set(RECIPES) | ASKS_ONLY <= found, "a recipe for a dialog that is gone"
    assert len(found) >= 40


def write_lane_thread(runner, qtbot) -> int:
    lane: list[int] = []
    runner.write(lambda _p: threading.get_ident(), on_done=lane.append)
    qtbot.waitUntil(lambda: bool(lane))
    return lane[0]


def save(dialog, qtbot) -> None:
    if isinstance(dialog, RecordDialog):
        click_save(dialog)
    else:
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.saving)


@pytest.mark.parametrize("name", sorted(RECIPES), ids=lambda name: name.removeprefix("wulian_desk.ui."))
def test_the_save_runs_on_the_write_lane_not_the_gui_thread(name, env, qtbot, runner, wait_tasks, writes, dialogs):
    dialog = RECIPES[name](env)
    assert f"{type(dialog).__module__}.{type(dialog).__qualname__}" == name
    dialog.show()
    wait_tasks()  # lists a dialog reads in the task runner are in
    writes.clear()
    save(dialog, qtbot)
    errors = dialog.general_error.text() if isinstance(dialog, RecordDialog) else dialog.status.text()
    if isinstance(dialog, RecordDialog):
        errors += "".join(label.text() for label in dialog.errors.labels.values())
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted and not dialog.isVisible(), errors
    assert dialog.changes is not None and dialog.changes.ids
    assert writes, "the save wrote nothing"
    gui, lane = threading.get_ident(), write_lane_thread(runner, qtbot)
    assert gui not in writes, "a write ran on the GUI thread"
    assert set(writes) == {lane}, "a write ran outside the write lane"
    assert dialogs.warnings == []


def test_a_dialog_that_only_asks_writes_nothing(env, qtbot, writes):
    from wulian_desk.ui.volunteers.dialogs import CertificatePeriodDialog

    dialog = CertificatePeriodDialog(parent=env.host)
    dialog.show()
    writes.clear()
    click_save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.period == (None, TODAY)
    assert writes == []


def test_a_dialog_waits_busy_then_closes_or_keeps_the_refusal_by_its_field(env, qtbot, runner, wait_tasks):
    from wulian_desk.services.facilities import facilities
    from wulian_desk.ui.facilities.room_dialog import RoomDialog
    from wulian_desk.ui.facilities.units import load_units

    gate = threading.Event()
    runner.write(lambda _p: gate.wait(10))  # a write already under way: the save queues behind it
    dialog = RoomDialog(env.head, load_units(env.head), parent=env.host)
    dialog.show()
    dialog.name.setText("小组活动室")
    dialog.area.setText("35.5")
    dialog.ok_button.click()
    assert dialog.saving and not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "正在保存…"
    dialog.reject()  # Escape while it saves: the answer decides
    assert dialog.isVisible()
    task = next(t for t in runner.active if t.label is not None)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible())  # after a short delay
    assert task.dialog.labelText() == "正在保存…"
    assert facilities.room_ids(env.head) == []
    gate.set()
    wait_tasks()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.kinds == {"room"}
    assert facilities.room_ids(env.head) == list(dialog.changes.ids)

    # A user name already taken: the service refuses in the worker, the dialog stays as it was.
    taken = new_account(env)
    taken.username.setText(cw.WORKER)
    taken.show()
    click_save(taken)
    assert taken.isVisible() and taken.changes is None
    assert taken.ok_button.isEnabled() and taken.ok_button.text() == "保存"
    assert taken.errors.message("username") == f"用户名 {cw.WORKER} 已被使用。"
    assert (taken.username.text(), taken.display_name.text()) == (cw.WORKER, "张三")
