"""The charity screens: a donor, a fund, a donation in, an allocation out to a client traced back
to its donor, and an allocation larger than the balance refused with the message, changing
nothing; goods into a charity supermarket and out again (出库), never below what is in stock;
every list lazy, searchable and exported to Excel."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from tests.ui.conftest import click_save
from tests.ui.test_projects import answer, open_area, saved
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.services.casework import clients
from wulian_desk.services.parties import charity
from wulian_desk.ui.charity.dialogs import AllocationDialog, DonationDialog, DonorDialog, FundDialog
from wulian_desk.ui.charity.stock_out import StockOutDialog


def cells(listing, row):
    model = listing.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_a_donation_from_donor_to_allocation_and_a_refused_overdraw(qtbot, ctx, runner, wait_tasks, station_dir,
                                                                     monkeypatch):
    clients.create_client(ctx, ClientInput(name="刘芳", gender="female", org_unit_id=ctx.station_id),
                          consent=ConsentInput(given_on=date(2025, 1, 2)))
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "charity")

    def donor(dialog):
        dialog.name.setText("眉县爱心企业")
        saved(dialog)

    def fund(dialog):
        dialog.name.setText("首善社区基金")
        saved(dialog)

    def donation(dialog):
        dialog.amount.setText("800")
        saved(dialog)

    answer(monkeypatch, DonorDialog, donor)
    page.buttons["donor"].click()
    answer(monkeypatch, FundDialog, fund)
    page.buttons["fund"].click()
    answer(monkeypatch, DonationDialog, donation)
    page.buttons["donation"].click()
    assert cells(page.funds, 0)[5] == "800.00" and cells(page.donors, 0)[5] == "800.00"
    assert cells(page.donations, 0)[1:4] == ["眉县爱心企业", "首善社区基金", "800.00"]

    def too_much(dialog):
        assert dialog.fund.currentText() == "首善社区基金（余额 800.00 元）"
        dialog.amount.setText("800.01")
        click_save(dialog)
        assert dialog.isVisible() and "余额只有 800.00 元" in dialog.errors.message("amount_fen")
        dialog.reject()

    answer(monkeypatch, AllocationDialog, too_much)
    page.funds.table.selectRow(0)
    page.buttons["allocation"].click()
    assert charity.funds(ctx)[0].balance_fen == 80_000 and page.trace.rowCount() == 0

    def allocation(dialog):
        dialog.recipient_search.setText("刘")
        assert dialog.recipient.currentText() == "刘芳（首善街道社会工作服务站）"
        dialog.amount.setText("300")
        dialog.purpose.setText("医疗救助")
        saved(dialog)

    answer(monkeypatch, AllocationDialog, allocation)
    page.buttons["allocation"].click()
    assert cells(page.funds, 0)[4:6] == ["300.00", "500.00"]
    assert page.funds.current_id() == charity.fund_ids(ctx)[0]  # still chosen after the refresh
    assert [page.trace.cell_text(0, c) for c in range(1, 5)] == ["眉县爱心企业", "服务对象", "刘芳", "300.00"]
    window.idle.stop()


def test_goods_go_out_of_a_supermarket_never_below_stock(qtbot, ctx, runner, wait_tasks, station_dir, monkeypatch,
                                                         dialogs, tmp_path):
    from wulian_desk.ui.widgets import export_button

    client = clients.create_client(ctx, ClientInput(name="张秀英", gender="female", org_unit_id=ctx.station_id),
                                   consent=ConsentInput(given_on=date(2025, 1, 2))).ids[0]
    donor = charity.create_donor(ctx, name="眉县猕猴桃产业协会", donor_type="charity").ids[0]
    market = charity.create_fund(ctx, name="城关慈善超市", fund_type="supermarket").ids[0]
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "charity")

    def goods_in(dialog):
        dialog.donor.setCurrentIndex(dialog.donor.findData(donor))
        dialog.fund.setCurrentIndex(dialog.fund.findData(market))
        dialog.item.setText("大米")
        dialog.quantity.setValue(10)
        dialog.unit_name.setText("袋")
        saved(dialog)

    answer(monkeypatch, DonationDialog, goods_in)
    page.buttons["donation"].click()
    assert cells(page.stock, 0)[:6] == ["城关慈善超市", "大米", "袋", "10", "0", "10"]

    def too_many(dialog):
        assert dialog.fund.currentText() == "城关慈善超市" and dialog.item.currentText() == "大米（袋）"
        assert dialog.on_hand.text() == "10袋"
        dialog.quantity.setValue(11)
        click_save(dialog)
        assert dialog.errors.message("quantity") == "城关慈善超市的“大米”库存只有 10袋，不能分配 11袋。"
        dialog.reject()

    answer(monkeypatch, StockOutDialog, too_many)
    page.tabs.setCurrentWidget(page.stock)
    page.stock.table.selectRow(0)
    page.buttons["stock_out"].click()
    assert charity.stock_by_id(ctx, charity.stock_ids(ctx))[charity.stock_ids(ctx)[0]].on_hand == 10
    assert charity.trace_fund(ctx, market) == []

    def four_bags(dialog):
        dialog.choose_recipient("client", client)
        dialog.quantity.setValue(4)
        dialog.purpose.setText("节日慰问")
        saved(dialog)

    answer(monkeypatch, StockOutDialog, four_bags)
    page.stock.table.activated_row.emit(0)  # Enter on the stock row opens the stock-out dialog for it
    assert cells(page.stock, 0)[3:6] == ["10", "4", "6"]
    page.funds.table.selectRow(0)
    assert [page.trace.cell_text(0, c) for c in range(1, 4)] + [page.trace.cell_text(0, 5)] == [
        "眉县猕猴桃产业协会", "服务对象", "张秀英", "大米4袋"]
    page.tabs.setCurrentIndex(0)
    window.lock()  # the trace goes with the lock and comes back when the page shows again
    assert page.trace.rowCount() == 0
    window.unlock()
    window.idle.stop()
    assert page.trace.cell_text(0, 3) == "张秀英"

    page.donors.search.setText("猕猴桃")
    page.donors.apply_filters()
    assert cells(page.donors, 0)[6] == "大米10袋"
    page.donors.table.activated_row.emit(0)  # a donor opens its donations
    assert page.tabs.currentWidget() is page.donations and page.donations.model.rowCount() == 1

    for listing, kind, header in ((page.stock, "stock", "物资库存"), (page.donations, "donations", "捐赠"),
                                  (page.donors, "donors", "捐赠方"), (page.funds, "funds", "社区基金与慈善超市")):
        out = tmp_path / f"{kind}.xlsx"
        monkeypatch.setattr(export_button, "ask_export_path", lambda *_a, out=out: out)
        listing.findChild(export_button.ExportButton).click()
        wait_tasks()
        rows = list(load_workbook(out).active.iter_rows(values_only=True))
        assert rows[0][0] == header and len(rows) == 3, rows
    assert rows[2][:2] == ("城关慈善超市", "慈善超市")
    window.idle.stop()
