"""The dashboard's 月度报告 button: pick a month and a format, save, and the report is written in the
task runner; a month not yet begun is refused in the dialog; roles that may not print do not see it."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import WORKER, WORKER_PASSWORD
from tests.ui.test_projects import answer, open_area
from wulian_desk.services.station import audit_log, station
from wulian_desk.ui.dashboard.monthly_report import (
    MonthlyReportButton,
    MonthlyReportDialog,
    last_month,
)


def test_the_dialog_starts_at_last_month_and_refuses_the_future(qtbot):
    dialog = MonthlyReportDialog(today=date(2026, 1, 15))
    qtbot.addWidget(dialog)
    assert dialog.chosen_month() == "2025-12" and dialog.suffix() == ".pdf"
    assert last_month(date(2026, 11, 22)).code == "2026-10"
    dialog.year.setValue(2026)
    dialog.month.setCurrentIndex(2)  # March 2026: not begun on 15 January
    dialog.show()
    dialog.ok_button.click()
    assert dialog.isVisible() and "2026年3月还没有开始" in dialog.error.text()
    dialog.month.setCurrentIndex(0)
    dialog.xlsx.setChecked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible() and dialog.result() == MonthlyReportDialog.DialogCode.Accepted
    assert (dialog.chosen_month(), dialog.suffix()) == ("2026-01", ".xlsx")


def _choose(monkeypatch, month_index, *, xlsx):
    def script(dialog):
        dialog.year.setValue(2026)
        dialog.month.setCurrentIndex(month_index)
        (dialog.xlsx if xlsx else dialog.pdf).setChecked(True)
        dialog.ok_button.click()

    answer(monkeypatch, MonthlyReportDialog, script)


def test_the_report_is_written_from_the_dashboard(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch, dialogs,
                                                   tmp_path):
    station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban")
    window, dashboard = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "dashboard")
    button = dashboard.findChild(MonthlyReportButton, "monthlyReportButton")
    assert button is not None and button.isVisible() and button.text() == "月度报告…"
    # Excel, saved under a name without its suffix: the suffix is added.
    _choose(monkeypatch, 9, xlsx=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "十月"), ""))
    button.click()
    wait_tasks(30_000)
    out = tmp_path / "十月.xlsx"
    assert out.exists() and str(out) in dialogs.infos[-1] and button.isEnabled()
    units = [r[1] for r in list(load_workbook(out, read_only=True)["单位明细"].iter_rows(values_only=True))[2:]]
    assert units == ["首善街道社会工作服务站", "滨河社区"]
    # PDF.
    _choose(monkeypatch, 9, xlsx=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "october.pdf"), ""))
    button.click()
    wait_tasks(30_000)
    assert (tmp_path / "october.pdf").read_bytes().startswith(b"%PDF")
    formats = [e.detail["format"] for e in audit_log.journal(ctx, action="print") if e.record_kind == "monthly_report"]
    assert sorted(formats) == ["pdf", "xlsx"]
    # Cancelled at the file dialog: nothing written, nothing journaled.
    _choose(monkeypatch, 9, xlsx=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    button.click()
    wait_tasks()
    assert len([e for e in audit_log.journal(ctx, action="print") if e.record_kind == "monthly_report"]) == 2
    window.idle.stop()


def test_a_write_that_fails_is_shown_and_the_button_comes_back(qtbot, ctx, runner, wait_tasks, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr("wulian_desk.ui.errors.show_error", lambda parent, err: shown.append(str(err)))
    button = MonthlyReportButton(ctx, runner)
    qtbot.addWidget(button)
    _choose(monkeypatch, 9, xlsx=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "m.pdf"), ""))
    button.click()
    wait_tasks()
    assert shown and "保存位置不存在" in shown[0] and button.isEnabled()


def test_a_worker_does_not_see_it(qtbot, two_user_dir, runner):
    worker = station.open_station(two_user_dir, passphrase=WORKER_PASSWORD, username=WORKER)
    try:
        button = MonthlyReportButton(worker, runner)
        qtbot.addWidget(button)
        assert button.isHidden()
    finally:
        worker.close()
