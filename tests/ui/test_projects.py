"""The projects screens: a project from 需求评估 through every stage to 评估验收, each move recorded
with its approver, and a skipped stage refused with the service's reason, changing nothing; the
agreement, indicators measured against their targets, spending within the agreed amount and
documents per stage on the project page, each offered only while the stage allows it."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import click_save
from wulian_desk.core.projects import ORDER
from wulian_desk.services.parties import projects
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.projects.dialogs import DocumentsDialog, MoveDialog, ProjectDialog
from wulian_desk.ui.projects.terms import (
    AgreementDialog,
    EvaluationDialog,
    IndicatorDialog,
    MeasureDialog,
    SpendingDialog,
)


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


def saved(dialog) -> None:
    click_save(dialog)
    assert not dialog.isVisible(), dialog.general_error.text() + "".join(
        label.text() for label in dialog.errors.labels.values())


def move(monkeypatch, detail, target, refused=None):
    def script(dialog):
        dialog.choose(target)
        click_save(dialog)
        if refused:
            assert refused in dialog.errors.message("stage") + dialog.general_error.text()
            dialog.reject()
        else:
            assert not dialog.isVisible(), dialog.errors.message("stage") + dialog.general_error.text()

    answer(monkeypatch, MoveDialog, script)
    detail.buttons["move"].click()


def table_column(table, column):
    return [table.cell_text(r, column) for r in range(table.rowCount())]


def test_a_project_through_every_stage_and_a_refused_skip(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch):
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "projects")

    def create(dialog):
        dialog.name.setText("长者关爱服务项目")
        dialog.needs.setPlainText("滨河社区独居老人上门探访")
        dialog.budget.setText("120000")
        saved(dialog)

    answer(monkeypatch, ProjectDialog, create)
    page.add_button.click()
    detail = page.detail
    assert page.stack.currentWidget() is detail and detail.strip.current() == "needs"
    project_id = detail.view.project.id
    assert not detail.buttons["spending"].isEnabled() and "开展服务" in detail.buttons["measure"].toolTip()

    move(monkeypatch, detail, "contracted", refused="不能从“需求评估”跳到“签订协议”")
    assert projects.projects(ctx)[0]["stage"] == "needs" and len(projects.history(ctx, project_id)) == 1

    move(monkeypatch, detail, "published")
    move(monkeypatch, detail, "contracted", refused="请选择承接的社会工作服务机构")

    def agreement(dialog):
        dialog.agency.setText("眉县阳光社会工作服务中心")
        dialog.contract.setText("100000")
        dialog.period_from.set_value("2025-01-01")
        dialog.period_to.set_value("2024-12-31")
        click_save(dialog)
        assert dialog.errors.message("period_to") == "服务期限的结束日期早于开始日期。"
        dialog.period_to.set_value("2025-12-31")
        saved(dialog)

    answer(monkeypatch, AgreementDialog, agreement)
    detail.buttons["agreement"].click()
    assert detail.facts["agency"].text() == "眉县阳光社会工作服务中心"
    assert "协议金额 100,000.00 元" in detail.facts["money"].text()
    assert detail.facts["period"].text() == "2025-01-01 — 2025-12-31"
    assert list(projects.agencies(ctx)) == ["眉县阳光社会工作服务中心"]

    for name, target, unit in (("探访人次", 500, "人次"), ("小组活动", 12, "次")):
        def indicator(dialog, name=name, target=target, unit=unit):
            dialog.name.setText(name)
            dialog.target.setValue(target)
            dialog.unit.setText(unit)
            saved(dialog)

        answer(monkeypatch, IndicatorDialog, indicator)
        detail.buttons["indicator"].click()
    assert table_column(detail.indicators, 0) == ["探访人次", "小组活动"]
    assert table_column(detail.indicators, 2) == ["未测量", "未测量"]

    move(monkeypatch, detail, "contracted")
    # Signed: the agreement and its indicators are settled, spending may start, nothing is measured yet.
    assert not detail.buttons["agreement"].isEnabled() and not detail.buttons["indicator"].isEnabled()
    assert "只能在“需求评估”“发布项目”阶段填写或修改，项目现处于“签订协议”阶段" in detail.buttons["agreement"].toolTip()
    assert detail.buttons["spending"].isEnabled() and not detail.buttons["measure"].isEnabled()

    def spend(amount, *, refused=None):
        def script(dialog):
            dialog.amount.setText(amount)
            dialog.purpose.setText("活动物资")
            if refused:
                click_save(dialog)
                assert refused in dialog.errors.message("amount_fen"), dialog.errors.message("amount_fen")
                dialog.reject()
            else:
                saved(dialog)

        answer(monkeypatch, SpendingDialog, script)
        detail.buttons["spending"].click()

    spend("60000")
    spend("40000.01", refused="超过协议金额 100,000.00 元")
    assert detail.facts["spent"].text() == "60,000.00 元（协议金额余 40,000.00 元）"
    assert detail.spending.rowCount() == 1

    move(monkeypatch, detail, "service")

    def measure(value):
        def script(dialog):
            dialog.actual.setValue(value)
            saved(dialog)

        answer(monkeypatch, MeasureDialog, script)
        detail.buttons["measure"].click()

    detail.indicators.selectRow(0)
    measure(520)
    detail.indicators.selectRow(1)
    measure(9)
    assert table_column(detail.indicators, 2) == ["520 人次", "9 次"]
    assert table_column(detail.indicators, 3) == ["104%", "75%"]
    assert table_column(detail.indicators, 4) == ["达标", "未达标"]

    move(monkeypatch, detail, "midterm")

    def documents(dialog):
        dialog.documents.setText("中期督导报告.pdf，现场照片.zip")
        saved(dialog)

    answer(monkeypatch, DocumentsDialog, documents)
    detail.buttons["documents"].click()
    assert detail.history.cell_text(4, 4) == "中期督导报告.pdf、现场照片.zip"
    move(monkeypatch, detail, "accepted", refused="评估验收请填写评估报告和评分")

    def evaluation(dialog):
        dialog.report.setPlainText("服务完成，居民满意。")
        dialog.score.setValue(92)
        dialog.accepted.setChecked(True)
        saved(dialog)

    answer(monkeypatch, EvaluationDialog, evaluation)
    detail.buttons["evaluation"].click()
    move(monkeypatch, detail, "accepted")

    assert detail.strip.current() == "accepted" and not detail.buttons["move"].isEnabled()
    assert not any(detail.buttons[k].isEnabled() for k in ("edit", "agreement", "spending", "measure", "evaluation"))
    assert detail.facts["evaluation"].text().startswith("评分 92，验收通过")
    assert table_column(detail.history, 2) == ["需求评估", "发布项目", "签订协议", "开展服务", "中期督导", "评估验收"]
    assert set(table_column(detail.history, 3)) == {"王站长"}
    assert [e.to_stage for e in projects.history(ctx, project_id)] == list(ORDER)
    detail.back.emit()
    model = page.list.model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (0, 1, 2, 5, 6, 7)] == [
        "长者关爱服务项目", "评估验收", "眉县阳光社会工作服务中心", "60,000.00", "1/2", "92"]
    window.idle.stop()


def test_the_projects_list_searches_filters_and_exports(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch,
                                                         dialogs, tmp_path):
    from wulian_desk.ui.widgets import export_button

    for name in ("困境儿童关爱项目", "空巢老人陪伴项目"):
        projects.create_project(ctx, name=name, needs="走访")
    projects.move_project(ctx, projects.project_ids(ctx, search="空巢")[0], "published")
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "projects")
    assert page.list.model.rowCount() == 2
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("published"))
    assert [page.list.model.index(r, 0).data() for r in range(page.list.model.rowCount())] == ["空巢老人陪伴项目"]
    page.stage_filter.setCurrentIndex(0)
    page.list.search.setText("儿童")
    page.list.apply_filters()
    assert page.list.model.rowCount() == 1

    out = tmp_path / "projects.xlsx"
    monkeypatch.setattr(export_button, "ask_export_path", lambda *_a: out)
    page.list.findChild(export_button.ExportButton).click()
    wait_tasks()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "项目" and rows[1][:3] == ("项目名称", "阶段", "承接机构") and len(rows) == 4
    assert str(out) in dialogs.infos[-1]
    window.idle.stop()
