"""The charity screens: a donor, a fund, a donation in, an allocation out to a client traced back
to its donor, and an allocation larger than the balance refused with the message, changing nothing."""

from __future__ import annotations

from datetime import date

from tests.ui.test_projects import answer, open_area
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.services import charity, clients
from wulian_desk.ui.charity.dialogs import AllocationDialog, DonationDialog, DonorDialog, FundDialog


def test_a_donation_from_donor_to_allocation_and_a_refused_overdraw(qtbot, ctx, runner, wait_tasks, station_dir,
                                                                     monkeypatch):
    clients.create_client(ctx, ClientInput(name="刘芳", gender="female", org_unit_id=ctx.station_id),
                          consent=ConsentInput(given_on=date(2025, 1, 2)))
    window, page = open_area(qtbot, ctx, runner, wait_tasks, station_dir, "charity")

    def donor(dialog):
        dialog.name.setText("眉县爱心企业")
        dialog.ok_button.click()

    def fund(dialog):
        dialog.name.setText("首善社区基金")
        dialog.ok_button.click()

    def donation(dialog):
        dialog.amount.setText("800")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, DonorDialog, donor)
    page.buttons["donor"].click()
    answer(monkeypatch, FundDialog, fund)
    page.buttons["fund"].click()
    answer(monkeypatch, DonationDialog, donation)
    page.buttons["donation"].click()
    assert page.funds.cell_text(0, 4) == "800.00" and page.donors.cell_text(0, 5) == "800.00"

    def too_much(dialog):
        dialog.amount.setText("800.01")
        dialog.ok_button.click()
        assert dialog.isVisible() and "余额只有 800.00 元" in dialog.errors.message("amount_fen") + \
            dialog.general_error.text()
        dialog.reject()

    answer(monkeypatch, AllocationDialog, too_much)
    page.funds.selectRow(0)
    page.buttons["allocation"].click()
    assert charity.funds(ctx)[0].balance_fen == 80_000 and page.trace.rowCount() == 0

    def allocation(dialog):
        assert dialog.recipient.currentText() == "刘芳"
        dialog.amount.setText("300")
        dialog.purpose.setText("医疗救助")
        dialog.ok_button.click()
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, AllocationDialog, allocation)
    page.buttons["allocation"].click()
    assert page.funds.cell_text(0, 3) == "300.00" and page.funds.cell_text(0, 4) == "500.00"
    assert [page.trace.cell_text(0, c) for c in range(4)] == ["眉县爱心企业", "服务对象", "刘芳", "300.00"]
    window.idle.stop()
