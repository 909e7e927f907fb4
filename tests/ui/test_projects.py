"""The projects screens: a project from 需求评估 through every stage to 评估验收, each move recorded
with its approver, and a skipped stage refused with the service's reason, changing nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from wulian_desk.core.projects import ORDER
from wulian_desk.services import projects
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.projects.dialogs import IndicatorDialog, MoveDialog, ProjectDialog, TermsDialog


def answer(monkeypatch, dialog_class, script) -> None:
    def exec_(dialog):
        dialog.show()
        script(dialog)
        dialog.hide()
        QApplication.processEvents()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def open_area(qtbot, ctx, runner, wait_tasks, folder, key):
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    window.show()
    window.idle.stop()
    wait_tasks()
    return window, window.show_area(key)


def move(monkeypatch, detail, target, refused=None):
    def script(dialog):
        dialog.choose(target)
        dialog.ok_button.click()
        if refused:
            assert refused in dialog.errors.message("stage") + dialog.general_error.text()
            dialog.reject()
        else:
            assert not dialog.isVisible(), dialog.errors.message("stage") + dialog.general_error.text()

    answer(monkeypatch, MoveDialog, script)
    detail.buttons["move"].click()


def test_a_project_through_every_stage_and_a_refused_skip(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch):
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "projects")

    def create(dialog):
        dialog.name.setText("长者关爱服务项目")
        dialog.needs.setPlainText("滨河社区独居老人上门探访")
        dialog.budget.setText("120000")
        dialog.ok_button.click()

    answer(monkeypatch, ProjectDialog, create)
    page.add_button.click()
    detail = page.detail
    assert page.stack.currentWidget() is detail and detail.strip.current() == "needs"
    project_id = detail.row["id"]

    move(monkeypatch, detail, "contracted", refused="不能从“需求评估”跳到“签订协议”")
    assert projects.projects(ctx)[0]["stage"] == "needs" and len(projects.history(ctx, project_id)) == 1

    move(monkeypatch, detail, "published")
    move(monkeypatch, detail, "contracted", refused="请选择承接的社会工作服务机构")

    def terms(dialog):
        dialog.agency.setText("眉县阳光社会工作服务中心")
        dialog.contract.setText("100000")
        dialog.period_from.set_value("2025-01-01")
        dialog.period_to.set_value("2025-12-31")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, TermsDialog, terms)
    detail.buttons["terms"].click()

    def indicator(dialog):
        dialog.name.setText("探访人次")
        dialog.target.setValue(500)
        dialog.unit.setText("人次")
        dialog.ok_button.click()

    answer(monkeypatch, IndicatorDialog, indicator)
    detail.buttons["indicator"].click()
    for stage in ("contracted", "service", "midterm"):
        move(monkeypatch, detail, stage)
    move(monkeypatch, detail, "accepted", refused="评估验收请填写评估报告和评分")

    def evaluation(dialog):
        dialog.report.setPlainText("服务完成，居民满意。")
        dialog.score.setValue(92)
        dialog.accepted.setChecked(True)
        dialog.ok_button.click()

    answer(monkeypatch, TermsDialog, evaluation)
    detail.buttons["terms"].click()
    move(monkeypatch, detail, "accepted")

    assert detail.strip.current() == "accepted" and not detail.buttons["move"].isEnabled()
    assert [detail.history.cell_text(r, 2) for r in range(detail.history.rowCount())] == [
        "需求评估", "发布项目", "签订协议", "开展服务", "中期督导", "评估验收"]
    assert {detail.history.cell_text(r, 3) for r in range(detail.history.rowCount())} == {"王站长"}
    assert [e.to_stage for e in projects.history(ctx, project_id)] == list(ORDER)
    detail.back.emit()
    assert page.table.cell_text(0, 1) == "评估验收" and page.table.cell_text(0, 2) == "眉县阳光社会工作服务中心"
    window.idle.stop()
