"""Add or edit an asset: unit, tag, name, category, status, room (of that unit), purchase date
(optional) and value in yuan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from wulian_desk.core.models import AssetCreate, AssetUpdate
from wulian_desk.core.money import format_yuan, parse_yuan
from wulian_desk.core.vocab import ASSET_CATEGORIES, ASSET_STATUSES
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.facilities.units import UnitChoice, fill_unit_combo
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def vocab_combo(vocab, current: str | None) -> QComboBox:
    combo = QComboBox()
    for code in vocab:
        combo.addItem(vocab_label(vocab, code), code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class AssetDialog(RecordDialog):
    REQUIRED = frozenset({"org_unit_id", "asset_tag", "name", "category", "status"})

    def __init__(self, ctx, units: list[UnitChoice], *, row=None, default_unit: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assetDialog")
        self.setWindowTitle(self.tr("编辑资产") if row else self.tr("新增资产"))
        self.ctx = ctx
        self.row = row
        self.unit = QComboBox()
        fill_unit_combo(self.unit, units, with_all=False, current=row.org_unit_id if row else default_unit)
        self.asset_tag = QLineEdit(row.asset_tag if row else "")
        self.asset_tag.setMaxLength(40)
        self.asset_tag.setPlaceholderText(self.tr("例如 WL-2024-000123"))
        self.name = QLineEdit(row.name if row else "")
        self.name.setMaxLength(80)
        self.category = vocab_combo(ASSET_CATEGORIES, row.category if row else None)
        self.status = vocab_combo(ASSET_STATUSES, row.status if row else "in_use")
        self.room = QComboBox()
        self.has_date = QCheckBox(self.tr("已知"))
        self.has_date.setObjectName("hasPurchaseDate")
        self.purchase_date = QDateEdit()
        self.purchase_date.setCalendarPopup(True)
        self.purchase_date.setDisplayFormat("yyyy-MM-dd")
        self.purchase_date.setMaximumDate(QDate.currentDate())
        bought = row.purchase_date if row else None
        self.purchase_date.setDate(QDate(bought.year, bought.month, bought.day) if bought else QDate.currentDate())
        self.has_date.setChecked(bought is not None)
        self.purchase_date.setEnabled(bought is not None)
        self.has_date.toggled.connect(self.purchase_date.setEnabled)
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.has_date)
        date_layout.addWidget(self.purchase_date, 1)
        self.value = QLineEdit(format_yuan(row.value_fen) if row else "")
        self.value.setPlaceholderText(self.tr("元，例如 3500 或 3500.50；可不填"))
        self.add_field("org_unit_id", self.tr("所属站点"), self.unit)
        self.add_field("asset_tag", self.tr("资产编号"), self.asset_tag)
        self.add_field("name", self.tr("名称"), self.name)
        self.add_field("category", self.tr("类别"), self.category)
        self.add_field("status", self.tr("状态"), self.status)
        self.add_field("room_id", self.tr("所在房间"), self.room)
        self.add_field("purchase_date", self.tr("购置日期"), date_row)
        self.add_field("value_fen", self.tr("金额（元）"), self.value)
        self.unit.currentIndexChanged.connect(lambda _i: self.load_rooms(None))
        self.load_rooms(row.room_id if row else None)
        self.finish_layout()

    def load_rooms(self, current: str | None) -> None:
        """The rooms of the chosen unit only: an asset sits in a room of its own unit."""
        unit_id = self.unit.currentData()
        ids = facilities.room_ids(self.ctx, org_unit_id=unit_id) if unit_id else []
        rows = facilities.rooms_by_id(self.ctx, ids)
        self.room.clear()
        self.room.addItem(self.tr("（未放置）"), None)
        for room_id in ids:
            if room_id in rows:
                self.room.addItem(rows[room_id].name, room_id)
        self.room.setCurrentIndex(max(0, self.room.findData(current)) if current else 0)

    def chosen_date(self) -> date | None:
        return self.purchase_date.date().toPython() if self.has_date.isChecked() else None

    def prepare(self) -> Callable[[], Changes]:
        fields = {
            "org_unit_id": self.unit.currentData(),
            "asset_tag": self.asset_tag.text(),
            "name": self.name.text(),
            "category": self.category.currentData(),
            "status": self.status.currentData(),
            "room_id": self.room.currentData(),
            "purchase_date": self.chosen_date(),
            "value_fen": parse_yuan(self.value.text()),
        }
        ctx = self.ctx
        if self.row is None:
            data = AssetCreate(**fields)
            return lambda: facilities.create_asset(ctx, data)
        asset_id, changed = self.row.id, AssetUpdate(**fields)
        return lambda: facilities.update_asset(ctx, asset_id, changed)
