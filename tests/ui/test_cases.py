"""The cases screens driven like a worker and a supervisor would: open a case for a client, a
refused move with its reason, each stage's form, the supervisor's approvals from their own login,
closure, the timeline; a worker cannot see another's case; printing the case file to a PDF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui import casework_fixtures as cw
from tests.ui.conftest import click_save
from wulian_desk.core.errors import PermissionDenied
from wulian_desk.services.casework import cases, forms
from wulian_desk.ui.cases.dialogs import DecisionDialog, MoveDialog, OpenCaseDialog, SessionDialog
from wulian_desk.ui.forms.client_update import ClientUpdateDialog
from wulian_desk.ui.forms.dialog import FormDialog
from wulian_desk.ui.main_window import MainWindow

casework_template, casework_dir = cw.casework_template, cw.casework_dir
worker_ctx, supervisor_ctx, other_ctx = cw.worker_ctx, cw.supervisor_ctx, cw.other_ctx


class Answers:
    """Stand-ins for exec(): each dialog class gets the next script queued for it."""

    def __init__(self, monkeypatch) -> None:
        self.scripts: dict[type, list] = {}
        self.monkeypatch = monkeypatch

    def queue(self, dialog_class, script) -> None:
        if dialog_class not in self.scripts:
            self.scripts[dialog_class] = []

            def exec_(dialog, cls=dialog_class):
                dialog.show()
                self.scripts[cls].pop(0)(dialog)
                dialog.hide()
                QApplication.processEvents()
                return dialog.result()

            self.monkeypatch.setattr(dialog_class, "exec", exec_)
        self.scripts[dialog_class].append(script)


def open_window(qtbot, ctx, runner, folder) -> MainWindow:
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.idle.stop()
    qtbot.waitUntil(lambda: not runner.busy)  # the overview's first load, before anything else
    return window


def move_to(answers, target: str, *, referral_to: str = "", refused: str | None = None):
    def script(dialog: MoveDialog):
        dialog.choose(target)
        dialog.referral_to.setText(referral_to)
        click_save(dialog)
        if refused is None:
            assert not dialog.isVisible(), dialog.errors.message("stage")
        else:
            assert refused in dialog.errors.message("stage")
            dialog.reject()

    answers.queue(MoveDialog, script)


def fill_form(answers, qtbot, runner, answers_for=None):
    def script(dialog: FormDialog):
        dialog.view.set_answers(answers_for or cw.valid_answers(dialog.form))
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not runner.busy)
        assert not dialog.isVisible(), dialog.view.general_error.text()

    answers.queue(FormDialog, script)


def decide(answers, approve: bool, comments: str = ""):
    def script(dialog: DecisionDialog):
        dialog.comments.setPlainText(comments)
        click_save(dialog)
        assert not dialog.isVisible(), dialog.errors.message("comments")

    answers.queue(DecisionDialog, script)


def supervisor_decides(qtbot, supervisor_ctx, runner, folder, answers, case_id, form_id, approve=True, comments=""):
    window = open_window(qtbot, supervisor_ctx, runner, folder)
    page = window.show_area("cases")
    page.show_case(case_id)
    page.detail.select_form_record(form_id)
    decide(answers, approve, comments)
    page.detail.buttons["approve" if approve else "return"].click()
    qtbot.waitUntil(lambda: not runner.busy)
    window.close()


def test_a_case_from_intake_to_closure(qtbot, worker_ctx, supervisor_ctx, runner, casework_dir, monkeypatch, dialogs):
    client_id = cw.make_client(worker_ctx, "张三")
    answers = Answers(monkeypatch)
    window = open_window(qtbot, worker_ctx, runner, casework_dir)

    def open_script(dialog: OpenCaseDialog):
        dialog.case_title.setText("独居老人生活照料")
        click_save(dialog)

    answers.queue(OpenCaseDialog, open_script)
    window.open_record("new_case", client_id)  # 为其开案, from the client's record
    page = window.page("cases")
    detail = page.detail
    case_id = detail.file.case.id
    assert detail.facts["stage"].text() == "接案"

    move_to(answers, "assessment", refused="请先完成“接案”阶段的表格")
    detail.buttons["move"].click()
    fill_form(answers, qtbot, runner, cw.intake_answers())
    # The form's address is not in the client's record: the offer to write it back is declined.
    answers.queue(ClientUpdateDialog, lambda dialog: dialog.skip_button.click())
    detail.buttons["stage_form"].click()
    qtbot.waitUntil(lambda: not runner.busy)
    assert answers.scripts[ClientUpdateDialog] == []
    for target, form_id in (("assessment", None), ("planning", "needs_assessment")):
        if form_id:
            fill_form(answers, qtbot, runner)
            detail.buttons["stage_form"].click()
        move_to(answers, target)
        detail.buttons["move"].click()
    assert detail.facts["stage"].text() == "计划"
    fill_form(answers, qtbot, runner)  # 服务计划表
    detail.buttons["stage_form"].click()
    move_to(answers, "service", refused="服务计划还没有督导审批同意")
    detail.buttons["move"].click()

    supervisor_decides(qtbot, supervisor_ctx, runner, casework_dir, answers, case_id, "service_plan",
                       approve=False, comments="目标请写得更具体")
    supervisor_decides(qtbot, supervisor_ctx, runner, casework_dir, answers, case_id, "service_plan")
    detail.show_case(case_id)
    assert "同意" in detail.forms_table.item(detail.forms_table.rowCount() - 1, 4).text()

    move_to(answers, "service")
    detail.buttons["move"].click()

    def session_script(dialog: SessionDialog):
        dialog.content.setPlainText("上门探访，协助整理药品，老人情绪稳定。")
        click_save(dialog)

    answers.queue(SessionDialog, session_script)
    detail.buttons["session"].click()
    assert detail.sessions.rowCount() == 1
    move_to(answers, "evaluation")
    detail.buttons["move"].click()
    fill_form(answers, qtbot, runner)  # 结案评估表
    detail.buttons["stage_form"].click()
    move_to(answers, "closed", refused="还没有督导审批同意")
    detail.buttons["move"].click()
    supervisor_decides(qtbot, supervisor_ctx, runner, casework_dir, answers, case_id, "closure")
    detail.show_case(case_id)
    move_to(answers, "closed")
    detail.buttons["move"].click()

    assert detail.facts["stage"].text() == "结案"
    steps = [(detail.timeline.item(r, 1).text(), detail.timeline.item(r, 2).text())
             for r in range(detail.timeline.rowCount())]
    assert steps == [("—", "接案"), ("接案", "预估"), ("预估", "计划"), ("计划", "服务/介入"),
                     ("服务/介入", "评估"), ("评估", "结案")]
    assert "【结案】" in detail.stage_strip.text()
    assert not detail.buttons["session"].isEnabled()
    assert cases.view_case(worker_ctx, case_id).case.stage == "closed"


def test_a_referral_needs_its_form(qtbot, worker_ctx, runner, casework_dir, monkeypatch, dialogs):
    case_id = cw.make_case(worker_ctx, cw.make_client(worker_ctx))
    answers = Answers(monkeypatch)
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    detail = window.show_area("cases").detail
    window.open_record("case", case_id)
    move_to(answers, "referred", referral_to="县残联康复中心", refused="转介前请先填写转介表")
    detail.buttons["move"].click()
    fill_form(answers, qtbot, runner)
    detail.fill_form("referral")
    move_to(answers, "referred", referral_to="县残联康复中心")
    detail.buttons["move"].click()
    assert detail.facts["referral"].text() == "县残联康复中心"


def test_a_worker_cannot_see_another_workers_case(qtbot, worker_ctx, other_ctx, runner, casework_dir, dialogs):
    case_id = cw.make_case(worker_ctx, cw.make_client(worker_ctx))
    window = open_window(qtbot, other_ctx, runner, casework_dir)
    page = window.show_area("cases")
    assert page.list.model.rowCount() == 0
    try:
        page.show_case(case_id)
    except PermissionDenied as err:
        assert "只对负责的社工" in str(err)
    else:
        raise AssertionError("another worker's case opened")
    mine = open_window(qtbot, worker_ctx, runner, casework_dir).show_area("cases")
    mine.mine.setChecked(True)
    assert mine.list.model.rowCount() == 1


def test_print_a_case_file_to_pdf(qtbot, worker_ctx, runner, wait_tasks, casework_dir, tmp_path, monkeypatch, dialogs):
    case_id = cw.make_case(worker_ctx, cw.make_client(worker_ctx, "张三", phone="13912345678"))
    forms.fill_case_form(worker_ctx, case_id, "intake", cw.intake_answers())
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    window.open_record("case", case_id)
    out = tmp_path / "个案档案.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    window.page("cases").detail.buttons["print"].click()
    wait_tasks(30_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "个案档案已保存到" in dialogs.infos[-1]


def test_overview_lists_my_overdue_reviews(qtbot, worker_ctx, runner, wait_tasks, casework_dir):
    from datetime import date, timedelta

    client_id = cw.make_client(worker_ctx, "王五")
    cases.open_case(worker_ctx, client_id=client_id, title="困境儿童监护支持",
                    opened_on=date.today() - timedelta(days=30), next_review_on=date.today() - timedelta(days=3))
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    wait_tasks()
    box = window.page("overview").caseload
    assert box.summary.text() == "在办个案 1 个，回顾已逾期 1 个。"
    assert "困境儿童监护支持" in box.overdue.item(0).text()
    box.overdue.setCurrentRow(0)
    qtbot.keyClick(box.overdue, Qt.Key.Key_Return)  # Enter opens the case
    assert window.page("cases").detail.file.case.title == "困境儿童监护支持"


def test_a_session_is_recorded_in_a_room_or_at_a_place_outside(qtbot, worker_ctx, runner, casework_dir, monkeypatch,
                                                               dialogs):
    from tests.ui.conftest import PASSWORD, USERNAME
    from wulian_desk.core.models import RoomCreate
    from wulian_desk.services.facilities import facilities

    head = cw.login(casework_dir, USERNAME, PASSWORD)
    try:
        office = facilities.create_room(head, RoomCreate(org_unit_id=head.station_id, name="办公室", room_type="office",
                                                         area_m2=20)).ids[0]
        counselling = facilities.create_room(head, RoomCreate(org_unit_id=head.station_id, name="个案室",
                                                              room_type="counselling", area_m2=15)).ids[0]
    finally:
        head.close()
    case_id = cw.make_case(worker_ctx, cw.make_client(worker_ctx))
    answers = Answers(monkeypatch)
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    detail = window.show_area("cases").detail
    window.open_record("case", case_id)

    def in_a_room(dialog: SessionDialog):
        choice = dialog.place_choice
        assert [choice.itemData(i) for i in range(choice.count())] == [counselling, office, None]
        assert choice.currentData() == counselling and not dialog.outside_place.isEnabled()
        dialog.session_type.setCurrentIndex(dialog.session_type.findData("home_visit"))
        assert dialog.outside() and dialog.outside_place.text() == "服务对象家中"  # a home visit is at home
        choice.setCurrentIndex(0)
        dialog.content.setPlainText("在个案室面谈。")
        click_save(dialog)
        assert dialog.isVisible() and "不能选站内房间" in dialog.errors.message("place")
        assert cases.view_case(worker_ctx, case_id).sessions == []
        dialog.session_type.setCurrentIndex(dialog.session_type.findData("interview"))
        click_save(dialog)
        assert not dialog.isVisible()

    def outside(dialog: SessionDialog):
        dialog.session_type.setCurrentIndex(dialog.session_type.findData("home_visit"))
        dialog.outside_place.setText("老人女儿家中")
        dialog.content.setPlainText("到女儿家中探访。")
        click_save(dialog)
        assert not dialog.isVisible()

    answers.queue(SessionDialog, in_a_room)
    answers.queue(SessionDialog, outside)
    detail.buttons["session"].click()
    detail.buttons["session"].click()
    places = {detail.sessions.item(r, 3).text() for r in range(detail.sessions.rowCount())}
    assert places == {"首善街道社会工作服务站 · 个案室", "老人女儿家中"}
    rooms = {s.room_id for s in cases.view_case(worker_ctx, case_id).sessions}
    assert rooms == {counselling, None}


@pytest.fixture
def a_broken_form_file(tmp_path, monkeypatch):
    """The shipped forms plus one with a TOML syntax error, read afresh; the cache is cleared
    again afterwards so other tests see the shipped folder."""
    import shutil
    from pathlib import Path

    from wulian_desk.paths import forms_dir

    folder = tmp_path / "forms"
    shutil.copytree(forms_dir(), folder)
    fixtures = Path(__file__).resolve().parent.parent / "core" / "forms_fixtures" / "malformed"
    shutil.copy(fixtures / "syntax_error.toml", folder / "syntax_error.toml")
    monkeypatch.setenv("WULIAN_DESK_FORMS", str(folder))
    forms._loaded.cache_clear()
    yield folder
    forms._loaded.cache_clear()


def test_form_files_refused_at_load_are_listed_on_the_cases_screen(qtbot, worker_ctx, runner, casework_dir,
                                                                    a_broken_form_file, dialogs):
    [refused] = forms.load_errors()
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    page = window.show_area("cases")
    notice = page.form_notice
    assert notice.isVisible()
    lines = notice.text().splitlines()
    assert lines[0] == "1 个表单文件有错误，没有载入（其他表单照常可用），请交维护人员修改："
    assert lines[1] == f"syntax_error.toml 第 {refused.line} 行：{refused.reason}"
    assert refused.line > 1 and refused.reason
    assert notice.toolTip() == str(a_broken_form_file / "syntax_error.toml")
    # The other forms still work: every shipped one is offered on a case.
    case_id = cw.make_case(worker_ctx, cw.make_client(worker_ctx))
    window.open_record("case", case_id)
    offered = {page.detail.other_form.itemData(i) for i in range(1, page.detail.other_form.count())}
    assert offered == {form_id for form_id, _version in forms.registry()}
    assert notice.isVisible()  # above the list and the case alike


def test_no_notice_when_every_form_file_loads(qtbot, worker_ctx, runner, casework_dir):
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    page = window.show_area("cases")
    assert forms.load_errors() == () and not page.form_notice.isVisible()
