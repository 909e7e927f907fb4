"""The organisations screens with the dashboard: refused without a community, registered, counted
(the dashboard's figure moves), drilled down to, and the ledger and dashboard printed to PDF."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import click_save
from tests.ui.test_projects import answer, open_area
from wulian_desk.services.station import station
from wulian_desk.ui.dashboard.drill_down import DrillDownDialog
from wulian_desk.ui.organisations.dialog import OrganisationDialog


def figure(page, key):
    return next(b for b in page.figure_buttons() if b.result.key == key)


def test_an_organisation_registered_and_counted(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch, dialogs,
                                                 tmp_path):
    unit = station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban").ids[0]
    window, dashboard = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "dashboard")
    wait_tasks()
    assert figure(dashboard, "organisations_urban").result.figure == 0
    assert dashboard.findChild(type(dashboard.tally), "verdict_organisations_urban").text() == "✘ 未达标"
    page = window.show_area("organisations")

    def register(dialog):
        dialog.name.setText("好人驿站")
        dialog.registration_number.setText("眉民社登字第001号")
        dialog.leader.setText("王秀兰")
        click_save(dialog)
        assert dialog.errors.message("org_unit_id") == "请选择组织所在的社区。"
        dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, OrganisationDialog, register)
    page.add_button.click()
    assert page.detail.title.text() == "好人驿站" and page.detail.facts["unit"].text() == "滨河社区"
    page.show_list()
    assert page.list.model.rowCount() == 1

    wait_tasks()
    window.show_area("dashboard")
    button = figure(dashboard, "organisations_urban")
    assert button.result.figure == 1 and button.text().startswith("1 个")

    def look(dialog):
        assert dialog.breakdown.cell_text(0, 0) == "滨河社区"
        assert [dialog.record_text(0, c) for c in range(3)] == ["社区社会组织", "滨河社区", "好人驿站"]
        dialog.accept()

    answer(monkeypatch, DrillDownDialog, look)
    button.click()

    for out, trigger in ((tmp_path / "ledger.pdf", page.ledger_button), (tmp_path / "dash.pdf", dashboard.print_button)):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), "PDF (*.pdf)"))
        trigger.click()
        wait_tasks(30_000)
        assert out.read_bytes().startswith(b"%PDF") and str(out) in dialogs.infos[-1]
    window.idle.stop()
