"""物资出库: goods out of a charity supermarket (or a fund holding goods) to a client, an activity
or a project. The item is picked from what is in stock, with the quantity on hand beside it; more
than that is refused with the service's message and nothing changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes
from wulian_desk.services.parties import charity
from wulian_desk.ui.charity.dialogs import fill_combo, required_day
from wulian_desk.ui.charity.recipients import RecipientFields
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.widgets.record_dialog import RecordDialog


class StockOutDialog(RecordDialog, RecipientFields):
    REQUIRED = frozenset({"fund_id", "item", "quantity", "recipient_kind", "allocated_on"})

    def __init__(self, ctx, *, fund_id: str | None = None, stock_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockOutDialog")
        self.setWindowTitle(self.tr("物资出库"))
        self.ctx = ctx
        # Funds that hold goods, charity supermarkets first.
        self.holding = sorted((f for f in charity.funds(ctx) if f.goods), key=lambda f: (f.fund_type != "supermarket", f.name))
        self.fund = QComboBox()
        fill_combo(self.fund, [(f.id, f.name) for f in self.holding])
        self.item = QComboBox()
        self.on_hand = QLabel()
        self.on_hand.setObjectName("onHand")
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setValue(1)
        self.allocated_on = DateEdit(date.today())
        self.purpose = QLineEdit()
        self.fund.currentIndexChanged.connect(self.load_items)
        self.item.currentIndexChanged.connect(self.show_on_hand)
        self.add_field("fund_id", self.tr("从慈善超市"), self.fund)
        self.add_field("item", self.tr("物资"), self.item)
        self.add_field("on_hand", self.tr("现有库存"), self.on_hand)
        self.add_field("quantity", self.tr("出库数量"), self.quantity)
        self.add_recipient_fields()
        self.add_field("allocated_on", self.tr("出库日期"), self.allocated_on)
        self.add_field("purpose", self.tr("用途"), self.purpose)
        if fund_id or stock_key:
            wanted = fund_id or stock_key.split(charity.STOCK_KEY)[0]
            self.fund.setCurrentIndex(max(0, self.fund.findData(wanted)))
        self.load_items()
        if stock_key:
            self.item.setCurrentIndex(max(0, self.item.findData(stock_key)))
        self.finish_layout()

    def _goods(self) -> dict[tuple[str, str], int]:
        fund = next((f for f in self.holding if f.id == self.fund.currentData()), None)
        return fund.goods if fund else {}

    def load_items(self, *_args) -> None:
        fund_id = self.fund.currentData()
        self.item.clear()
        for (item, unit), count in sorted(self._goods().items()):
            if count > 0:
                self.item.addItem(self.tr("%1（%2）").replace("%1", item).replace("%2", unit),
                                  charity.STOCK_KEY.join((fund_id, item, unit)))
        self.show_on_hand()

    def chosen(self) -> tuple[str, str] | None:
        key = self.item.currentData()
        if not key:
            return None
        _fund, item, unit = key.split(charity.STOCK_KEY)
        return item, unit

    def show_on_hand(self, *_args) -> None:
        chosen = self.chosen()
        count = self._goods().get(chosen, 0) if chosen else 0
        self.on_hand.setText(f"{count}{chosen[1]}" if chosen else "—")

    def choose_item(self, item: str, unit: str) -> None:
        self.item.setCurrentIndex(max(0, self.item.findData(charity.STOCK_KEY.join((self.fund.currentData(), item, unit)))))

    def prepare(self) -> Callable[[], Changes]:
        if self.fund.currentData() is None:
            raise ValidationError(translate("ui.charity.stock_out", "还没有物资库存，请先登记物资捐赠（入库）。"),
                                  field="fund_id")
        chosen = self.chosen()
        if chosen is None:
            raise ValidationError(translate("ui.charity.stock_out", "请选择出库的物资。"), field="item")
        item, unit = chosen
        ctx, fields = self.ctx, {"fund_id": self.fund.currentData(), **self.recipient_choice(),
                                 "allocated_on": required_day(self.allocated_on, "allocated_on", self.tr("出库日期")),
                                 "item": item, "quantity": self.quantity.value(), "unit": unit,
                                 "purpose": self.purpose.text()}
        return lambda: charity.allocate(ctx, **fields)
