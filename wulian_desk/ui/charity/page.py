"""慈善资源 page: donors, funds and charity supermarkets with their balances and goods, donations,
and for the chosen fund the trace of every allocation back to the donations that paid for it."""

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

from wulian_desk.core.charity import DONOR_TYPES, FUND_TYPES, RECIPIENT_KINDS
from wulian_desk.core.facilities import format_yuan
from wulian_desk.services import charity
from wulian_desk.ui.charity.dialogs import AllocationDialog, DonationDialog, DonorDialog, FundDialog
from wulian_desk.ui.charity.simple_table import SimpleTable
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit

REFRESH_ON = frozenset({"donor", "donation", "fund", "allocation"})


def goods_text(goods: dict[tuple[str, str], int]) -> str:
    return "、".join(f"{item}{count}{unit}" for (item, unit), count in sorted(goods.items()) if count)


class CharityPage(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_charity")
        self.ctx = ctx
        title = QLabel(self.tr("慈善资源"))
        title.setObjectName("pageTitle")
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, needs in (
            ("donor", self.tr("新增捐赠方"), self.add_donor, "create"),
            ("fund", self.tr("新增基金或超市"), self.add_fund, "create"),
            ("donation", self.tr("登记捐赠"), self.add_donation, "create"),
            ("allocation", self.tr("分配（出库）"), self.add_allocation, "edit"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.setVisible(ctx.may("charity", needs))
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.donors = SimpleTable([self.tr("捐赠方"), self.tr("类型"), self.tr("联系人"), self.tr("联系电话"),
                                   self.tr("捐赠次数"), self.tr("现金合计（元）")])
        self.donors.setObjectName("donors")
        self.funds = SimpleTable([self.tr("名称"), self.tr("类型"), self.tr("累计接收（元）"), self.tr("已分配（元）"),
                                  self.tr("余额（元）"), self.tr("物资库存")])
        self.funds.setObjectName("funds")
        self.funds.itemSelectionChanged.connect(self.show_trace)
        self.trace = SimpleTable([self.tr("捐赠方"), self.tr("受助方类别"), self.tr("受助方"), self.tr("金额（元）"),
                                  self.tr("物资")])
        self.trace.setObjectName("trace")
        self.trace_title = QLabel(self.tr("选中一个基金，查看每笔分配来自哪些捐赠"))
        self.trace_title.setObjectName("traceTitle")
        fund_side = QWidget()
        fund_layout = QVBoxLayout(fund_side)
        fund_layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.funds)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.trace_title)
        lower_layout.addWidget(self.trace)
        split.addWidget(lower)
        fund_layout.addWidget(split)
        self.donations = SimpleTable([self.tr("接收日期"), self.tr("捐赠方"), self.tr("基金或超市"), self.tr("金额（元）"),
                                      self.tr("物资"), self.tr("备注")])
        self.donations.setObjectName("donations")
        self.tabs = QTabWidget()
        self.tabs.addTab(fund_side, self.tr("基金与慈善超市"))
        self.tabs.addTab(self.donors, self.tr("捐赠方"))
        self.tabs.addTab(self.donations, self.tr("捐赠记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        donors = charity.donors(self.ctx)
        names = {d["id"]: d["name"] for d in donors}
        self.donors.fill([(d["id"], [d["name"], vocab_label(DONOR_TYPES, d["donor_type"]), d["contact"], d["phone"],
                                     d["donations"], format_yuan(d["cash_fen"])]) for d in donors])
        funds = charity.funds(self.ctx)
        self.fund_names = {f.id: f.name for f in funds}
        chosen = self.funds.current_id()
        self.funds.fill([(f.id, [f.name, vocab_label(FUND_TYPES, f.fund_type), format_yuan(f.received_fen),
                                 format_yuan(f.allocated_fen), format_yuan(f.balance_fen), goods_text(f.goods)])
                         for f in funds])
        self.donations.fill([(d.id, [d.received_on, names.get(d.donor_id, ""), self.fund_names.get(d.fund_id, ""),
                                     format_yuan(d.amount_fen) if not d.item else "",
                                     f"{d.item}{d.quantity}{d.unit}" if d.item else "", d.notes])
                             for d in charity.donations(self.ctx)])
        row = self.funds.row_of(chosen) if chosen else None
        if row is not None:
            self.funds.selectRow(row)
        self.show_trace()

    def show_trace(self) -> None:
        fund_id = self.funds.current_id()
        if fund_id is None:
            self.trace.setRowCount(0)
            return
        lines = charity.trace_fund(self.ctx, fund_id)
        who = self._recipient_names(lines)
        self.trace_title.setText(self.tr("%1：每笔分配的来源").replace("%1", self.fund_names.get(fund_id, "")))
        self.trace.fill([(x.allocation_id, [x.donor_name, vocab_label(RECIPIENT_KINDS, x.recipient_kind),
                                            who.get(x.recipient_id, x.recipient_id),
                                            format_yuan(x.amount_fen) if not x.item else "",
                                            f"{x.item}{x.quantity}{x.unit}" if x.item else ""]) for x in lines])

    def _recipient_names(self, lines) -> dict[str, str]:
        from wulian_desk.ui.charity.dialogs import recipients

        names: dict[str, str] = {}
        for kind in {x.recipient_kind for x in lines}:
            if self.ctx.may(kind, "view"):
                names.update(recipients(self.ctx, kind))
        return names

    def add_donor(self) -> None:
        self._run(DonorDialog(self.ctx, parent=self))

    def add_fund(self) -> None:
        self._run(FundDialog(self.ctx, parent=self))

    def add_donation(self) -> None:
        self._run(DonationDialog(self.ctx, fund_id=self.funds.current_id(), parent=self))

    def add_allocation(self) -> None:
        self._run(AllocationDialog(self.ctx, fund_id=self.funds.current_id(), parent=self))

    def _run(self, dialog) -> None:
        if dialog.exec():
            emit(self.changed, dialog.changes)

    def apply_changes(self, changes) -> None:
        if changes.kinds & REFRESH_ON:
            self.refresh()

    def drop_cache(self) -> None:
        for table in (self.donors, self.funds, self.trace, self.donations):
            table.setRowCount(0)
