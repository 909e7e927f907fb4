"""慈善资源 page: funds and charity supermarkets with their balances and goods (and, for the chosen
fund, the trace of every allocation back to the donations that paid for it), the goods in stock,
donors and donations. Each list is lazy, searchable and exports to Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.charity import RECIPIENT_KINDS
from wulian_desk.core.money import format_yuan
from wulian_desk.services.parties import charity
from wulian_desk.ui.charity.dialogs import AllocationDialog, DonationDialog, DonorDialog, FundDialog
from wulian_desk.ui.charity.lists import (
    CHANGES,
    donations_model,
    donors_model,
    funds_model,
    stock_model,
)
from wulian_desk.ui.charity.stock_out import StockOutDialog
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.key_table import KeyTable

REFRESH_ON = CHANGES | {"org_unit", "client", "activity", "project"}


def reselect(listing: RecordList, record_id: str | None) -> None:
    """Choose `record_id` again after the list reloaded (a reload forgets the current row)."""
    row = listing.model.row_of(record_id) if record_id else None
    if row is not None:
        listing.table.selectRow(row)


class CharityPage(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_charity")
        self.ctx = ctx
        self.stale = False
        self.runner = runner
        title = QLabel(self.tr("慈善资源"))
        title.setObjectName("pageTitle")
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, needs in (
            ("donor", self.tr("新增捐赠方"), self.add_donor, "create"),
            ("fund", self.tr("新增基金或超市"), self.add_fund, "create"),
            ("donation", self.tr("登记捐赠（入库）"), self.add_donation, "create"),
            ("allocation", self.tr("资金分配"), self.add_allocation, "edit"),
            ("stock_out", self.tr("物资出库"), self.stock_out, "edit"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.setVisible(ctx.may("charity", needs))
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.funds = RecordList(funds_model(ctx), placeholder=self.tr("基金或超市名称"),
                                buttons=[ExportButton(ctx, runner, "funds")])
        self.funds.setObjectName("funds")
        self.funds.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_trace())
        self.trace = KeyTable([self.tr("分配日期"), self.tr("捐赠方"), self.tr("受助方类别"), self.tr("受助方"),
                               self.tr("金额（元）"), self.tr("物资")], "trace")
        self.trace_title = QLabel(self.tr("选中一个基金，查看每笔分配来自哪些捐赠"))
        self.trace_title.setObjectName("traceTitle")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.funds)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.trace_title)
        lower_layout.addWidget(self.trace)
        split.addWidget(lower)
        self.stock = RecordList(stock_model(ctx), placeholder=self.tr("物资或超市名称"),
                                buttons=[ExportButton(ctx, runner, "stock")])
        self.stock.setObjectName("stock")
        self.stock.opened.connect(self.stock_out)
        self.donors = RecordList(donors_model(ctx), placeholder=self.tr("捐赠方名称或联系人"),
                                 buttons=[ExportButton(ctx, runner, "donors")])
        self.donors.setObjectName("donors")
        self.donors.opened.connect(self.show_donations_of)
        self.donations = RecordList(donations_model(ctx), placeholder=self.tr("捐赠方、基金、物资或备注"),
                                    buttons=[ExportButton(ctx, runner, "donations")])
        self.donations.setObjectName("donations")
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("基金与慈善超市"))
        self.tabs.addTab(self.stock, self.tr("物资库存"))
        self.tabs.addTab(self.donors, self.tr("捐赠方"))
        self.tabs.addTab(self.donations, self.tr("捐赠记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        for listing in self.lists():
            listing.apply_filters()

    def lists(self) -> tuple[RecordList, ...]:
        return self.funds, self.stock, self.donors, self.donations

    def show_trace(self) -> None:
        fund_id = self.funds.current_id()
        if fund_id is None:
            self.trace.setRowCount(0)
            self.trace_title.setText(self.tr("选中一个基金，查看每笔分配来自哪些捐赠"))
            return
        lines = charity.trace_fund(self.ctx, fund_id)
        fund = self.funds.model.row_data(self.funds.table.currentIndex().row())
        self.trace_title.setText(self.tr("%1：每笔分配的来源").replace("%1", fund.name if fund else ""))
        self.trace.fill([(x.allocation_id, [x.allocated_on, x.donor_name, vocab_label(RECIPIENT_KINDS, x.recipient_kind),
                                            x.recipient_name, format_yuan(x.amount_fen) if not x.item else "",
                                            f"{x.item}{x.quantity}{x.unit}" if x.item else ""]) for x in lines])

    def show_donations_of(self, donor_id: str) -> None:
        """A donor opened: its donations, found by its name."""
        row = self.donors.model.row_data(self.donors.model.row_of(donor_id))
        self.donations.search.setText(row.name if row else "")
        self.donations.apply_filters()
        self.tabs.setCurrentWidget(self.donations)

    def add_donor(self) -> None:
        self._run(DonorDialog(self.ctx, parent=self))

    def add_fund(self) -> None:
        self._run(FundDialog(self.ctx, parent=self))

    def add_donation(self) -> None:
        self._run(DonationDialog(self.ctx, fund_id=self.funds.current_id(), donor_id=self.donors.current_id(),
                                 parent=self))

    def add_allocation(self) -> None:
        self._run(AllocationDialog(self.ctx, fund_id=self.funds.current_id(), parent=self))

    def stock_out(self, stock_key: str | None = None) -> None:
        if not self.ctx.may("charity", "edit"):
            return
        key = stock_key if isinstance(stock_key, str) else self.stock.current_id()
        self._run(StockOutDialog(self.ctx, stock_key=key, fund_id=None if key else self.funds.current_id(), parent=self))

    def _run(self, dialog) -> None:
        if dialog.exec():
            emit(self.changed, dialog.changes)

    def apply_changes(self, changes) -> None:
        if not changes.kinds & REFRESH_ON:
            return
        for listing in self.lists():
            chosen = listing.current_id()
            listing.apply_changes(changes)
            reselect(listing, chosen)
        self.show_trace()

    def drop_cache(self) -> None:
        """The window locks: forget the rows; the trace is read again when shown after unlocking."""
        for listing in self.lists():
            listing.drop_cache()
        self.trace.setRowCount(0)
        self.stale = True

    def showEvent(self, event) -> None:
        if self.stale:
            self.stale = False
            self.show_trace()
        super().showEvent(event)
