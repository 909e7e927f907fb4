"""The staff screens: staff added and trained (hours in the list and on their record), a changed
certificate, and the yearly operating funds of each station and room against the minimums,
with spending beyond what is left refused, changing nothing; the lists exported to Excel; the
dashboard's funds figure and its drill-down naming the entries behind it."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from tests.ui.conftest import click_save
from tests.ui.test_organisations import figure
from tests.ui.test_projects import answer, open_area, saved
from wulian_desk.services.parties import staffing
from wulian_desk.services.station import station
from wulian_desk.ui.dashboard.drill_down import DrillDownDialog
from wulian_desk.ui.staff.dialogs import (
    CertificateDialog,
    OperatingFundDialog,
    StaffDialog,
    TrainingDialog,
)

YEAR = date.today().year


def cells(listing, row):
    model = listing.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_staff_added_trained_and_certified(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch, dialogs):
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "staff")
    for name, certificate in (("周晓燕", "assistant"), ("吴磊", "none")):
        def add(dialog, name=name, certificate=certificate):
            dialog.name.setText(name)
            dialog.post.setText("驻站社工")
            dialog.certificate.setCurrentIndex(dialog.certificate.findData(certificate))
            dialog.phone.setText("13912345678")
            saved(dialog)

        answer(monkeypatch, StaffDialog, add)
        page.add_button.click()
    assert page.staff.model.rowCount() == 2 and page.tally.text() == "共 2 人，持证社工 1 人"
    assert cells(page.staff, 0)[5] == "139****5678"

    page.training_button.click()
    assert dialogs.infos == ["请先在列表中选中参训人员。"]
    page.staff.table.selectAll()

    def training(dialog):
        assert dialog.staff_ids and len(dialog.staff_ids) == 2
        dialog.name.setText("个案工作实务")
        dialog.hours.setValue(16)
        dialog.organiser.setText("县社会工作服务总站")
        saved(dialog)

    answer(monkeypatch, TrainingDialog, training)
    page.training_button.click()
    assert [cells(page.staff, r)[6] for r in range(2)] == ["16", "16"]
    assert page.trainings.model.rowCount() == 2

    page.staff.table.activated_row.emit(page.staff.model.row_of(staffing.staff_ids(ctx, search="吴磊")[0]))
    detail = page.detail
    assert page.stack.currentWidget() is detail and detail.title.text() == "吴磊"
    assert detail.facts["hours"].text() == "本年 16 课时，累计 16 课时" and detail.trainings.rowCount() == 1

    def certify(dialog):
        dialog.certificate.setCurrentIndex(dialog.certificate.findData("social_worker"))
        saved(dialog)

    answer(monkeypatch, CertificateDialog, certify)
    detail.certificate_button.click()
    assert detail.facts["certificate"].text() == "社会工作师"
    detail.back.emit()
    assert page.tally.text() == "共 2 人，持证社工 2 人"
    window.idle.stop()


def test_operating_funds_against_the_minimums(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch, dialogs,
                                              tmp_path):
    from wulian_desk.ui.widgets import export_button

    urban = station.add_org_unit(ctx, name="滨河社区", tier="community", area_kind="urban").ids[0]
    station.add_org_unit(ctx, name="槐芽村", tier="community", area_kind="rural")
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "staff")
    funds = page.funds
    page.tabs.setCurrentWidget(funds)
    summary = {funds.summary.cell_text(r, 0): [funds.summary.cell_text(r, c) for c in range(1, 7)]
               for r in range(funds.summary.rowCount())}
    assert summary["首善街道社会工作服务站"][4:] == ["20,000.00", "未达标"]
    assert summary["滨河社区"][4:] == ["10,000.00", "未达标"] and summary["槐芽村"][4:] == ["—", "—"]

    def entry(unit, kind, amount, *, refused=None):
        def script(dialog):
            dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
            dialog.entry.setCurrentIndex(dialog.entry.findData(kind))
            dialog.amount.setText(amount)
            dialog.note.setText("县财政拨付" if kind == "received" else "活动支出")
            if refused:
                click_save(dialog)
                assert dialog.errors.message("amount_fen") == refused
                dialog.reject()
            else:
                saved(dialog)

        answer(monkeypatch, OperatingFundDialog, script)
        funds.add_button.click()

    entry(ctx.station_id, "received", "25000")
    entry(urban, "received", "8000")
    entry(ctx.station_id, "spent", "25000.01",
          refused=f"首善街道社会工作服务站 {YEAR} 年运行经费结余只有 25,000.00 元，不能支出 25,000.01 元。请先登记收到的经费。")
    entry(ctx.station_id, "spent", "5000")
    row = next(r for r in range(funds.summary.rowCount()) if funds.summary.cell_text(r, 0) == "首善街道社会工作服务站")
    assert [funds.summary.cell_text(row, c) for c in range(2, 7)] == ["25,000.00", "5,000.00", "20,000.00", "20,000.00",
                                                                      "达标"]
    assert funds.tally.text() == f"{YEAR} 年：2 个站点或社工室有运行经费最低要求，1 个达标。"
    assert funds.entries.model.rowCount() == 3
    funds.summary.selectRow(row)
    funds.summary.opened.emit(ctx.station_id)
    assert funds.entries.model.rowCount() == 2
    window.lock()  # the figures go with the lock and come back when the page shows again
    assert funds.summary.rowCount() == 0 and funds.tally.text() == ""
    window.unlock()
    window.idle.stop()
    assert funds.summary.rowCount() == 3 and "1 个达标" in funds.tally.text()

    for listing, kind, header, count in ((funds.entries, "operating_funds", "运行经费", 3),
                                         (page.staff, "staff", "工作人员", 0),
                                         (page.trainings, "trainings", "培训记录", 0)):
        out = tmp_path / f"{kind}.xlsx"
        monkeypatch.setattr(export_button, "ask_export_path", lambda *_a, out=out: out)
        listing.findChild(export_button.ExportButton).click()
        wait_tasks()
        rows = list(load_workbook(out).active.iter_rows(values_only=True))
        assert rows[0][0] == header and len(rows) == 2 + count, rows

    dashboard = window.show_area("dashboard")
    wait_tasks()
    button = figure(dashboard, "operating_funds")
    per_unit = {b.unit_id: b for b in button.result.breakdown}
    assert per_unit[ctx.station_id].figure == 2_500_000 and per_unit[ctx.station_id].met
    assert per_unit[urban].figure == 800_000 and not per_unit[urban].met

    def look(dialog):
        texts = sorted(dialog.record_text(r, 2) for r in range(dialog.model.rowCount()))
        assert texts == [f"{date.today()} 收入 25,000.00 元 县财政拨付", f"{date.today()} 收入 8,000.00 元 县财政拨付"]
        assert {dialog.record_text(r, 0) for r in range(dialog.model.rowCount())} == {"运行经费"}
        dialog.accept()

    answer(monkeypatch, DrillDownDialog, look)
    button.click()
    window.idle.stop()
