"""运行经费: for a year, what each station and room received and spent, what is left, and whether
it received the minimum its policy profile asks (5 万 / 2 万 / 1 万元 by tier); below, every
entry of that year, lazy and exported to Excel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from wulian_desk.core.errors import WulianError
from wulian_desk.core.money import format_yuan
from wulian_desk.core.vocab import TIERS
from wulian_desk.services.parties import staffing
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.facilities.units import UnitFilter
from wulian_desk.ui.i18n import error_text, vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.staff.dialogs import OperatingFundDialog
from wulian_desk.ui.staff.lists import operating_funds_model
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.key_table import KeyTable

REFRESH_ON = frozenset({"operating_fund", "org_unit", "setting"})


class OperatingFunds(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatingFunds")
        self.ctx = ctx
        self.stale = False
        self.year = QSpinBox()
        self.year.setObjectName("fundsYear")
        self.year.setRange(2015, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("年度 "))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.unit_filter = UnitFilter(ctx, lambda _unit_id: self.filter_entries())
        self.add_button = QPushButton(self.tr("登记经费收支"))
        self.add_button.setObjectName("addFundsButton")
        self.add_button.setVisible(ctx.may("staff", "edit"))
        self.add_button.clicked.connect(self.add)
        self.summary = KeyTable([self.tr("站点或社工室"), self.tr("层级"), self.tr("收到经费（元）"), self.tr("支出（元）"),
                                 self.tr("结余（元）"), self.tr("最低要求（元）"), self.tr("是否达标")], opens=True)
        self.summary.setObjectName("fundsSummary")
        self.summary.opened.connect(self.choose_unit)
        self.tally = QLabel()
        self.tally.setObjectName("fundsTally")
        self.entries = RecordList(operating_funds_model(ctx), placeholder=self.tr("说明或站点名称"),
                                  filters=[self.year, self.unit_filter],
                                  buttons=[ExportButton(ctx, runner, "operating_funds"), self.add_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.tally)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.entries, 2)
        self.refresh()

    def refresh(self) -> None:
        self.stale = False
        try:
            lines = staffing.operating_fund_summary(self.ctx, self.year.value())
        except WulianError as err:  # a broken policy profile: say so here, the entries still show
            self.summary.setRowCount(0)
            self.tally.setText(error_text(err))
            self.filter_entries()
            return
        self.summary.fill([(x.org_unit_id, [x.unit_name, vocab_label(TIERS, x.tier), format_yuan(x.received_fen),
                                            format_yuan(x.spent_fen), format_yuan(x.left_fen),
                                            "—" if x.minimum_fen is None else format_yuan(x.minimum_fen),
                                            "—" if x.met is None else (self.tr("达标") if x.met else self.tr("未达标"))])
                           for x in lines])
        judged = [x for x in lines if x.met is not None]
        self.tally.setText(self.tr("%1 年：%2 个站点或社工室有运行经费最低要求，%3 个达标。")
                           .replace("%1", str(self.year.value())).replace("%2", str(len(judged)))
                           .replace("%3", str(sum(1 for x in judged if x.met))))
        self.filter_entries()

    def filter_entries(self) -> None:
        self.entries.set_extra_query(year=self.year.value(), org_unit_id=self.unit_filter.currentData())

    def choose_unit(self, unit_id: str) -> None:
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(unit_id)))

    def add(self) -> None:
        dialog = OperatingFundDialog(self.ctx, year=self.year.value(), org_unit_id=self.unit_filter.currentData(),
                                     parent=self)
        if dialog.exec():
            emit(self.changed, dialog.changes)

    def apply_changes(self, changes) -> None:
        if "org_unit" in changes.kinds:
            self.unit_filter.reload()
        if changes.kinds & REFRESH_ON:
            self.entries.apply_changes(changes)
            self.refresh()

    def drop_cache(self) -> None:
        """The window locks: forget the figures; they are read again when shown after unlocking."""
        self.entries.drop_cache()
        self.summary.setRowCount(0)
        self.tally.clear()
        self.stale = True

    def showEvent(self, event) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)
