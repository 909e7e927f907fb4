"""Add or edit a room: unit, name, type, area in m², notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from wulian_desk.core.facilities import check_room_fields
from wulian_desk.core.models import RoomCreate, RoomUpdate
from wulian_desk.core.vocab import ROOM_TYPES
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.facilities.units import UnitChoice, fill_unit_combo
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.record_dialog import RecordDialog


class RoomDialog(RecordDialog):
    REQUIRED = frozenset({"org_unit_id", "name", "room_type"})

    def __init__(self, ctx, units: list[UnitChoice], *, row=None, default_unit: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomDialog")
        self.setWindowTitle(self.tr("编辑房间") if row else self.tr("新增房间"))
        self.ctx = ctx
        self.row = row
        self.unit = QComboBox()
        fill_unit_combo(self.unit, units, with_all=False, current=row.org_unit_id if row else default_unit)
        self.name = QLineEdit(row.name if row else "")
        self.name.setMaxLength(60)
        self.room_type = QComboBox()
        for code in ROOM_TYPES:
            self.room_type.addItem(vocab_label(ROOM_TYPES, code), code)
        if row is not None:
            self.room_type.setCurrentIndex(max(0, self.room_type.findData(row.room_type)))
        self.area = QLineEdit(f"{row.area_m2:g}" if row else "")
        self.area.setPlaceholderText(self.tr("平方米，例如 24.5"))
        self.notes = QPlainTextEdit(row.notes if row else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4)
        self.add_field("org_unit_id", self.tr("所属站点"), self.unit)
        self.add_field("name", self.tr("房间名称"), self.name)
        self.add_field("room_type", self.tr("类型"), self.room_type)
        self.add_field("area_m2", self.tr("面积（平方米）"), self.area)
        self.add_field("notes", self.tr("备注"), self.notes)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        # The core's rules read the area as typed ("24.5", "-5", "abc") and name the bad field;
        # the service checks them again before it writes.
        fields = check_room_fields(
            name=self.name.text(),
            room_type=self.room_type.currentData(),
            area_m2=self.area.text().strip().removesuffix("平方米").strip(),
            notes=self.notes.toPlainText(),
        )
        unit_id, ctx = self.unit.currentData(), self.ctx
        if self.row is None:
            data = RoomCreate(org_unit_id=unit_id, **fields)
            return lambda: facilities.create_room(ctx, data)
        room_id, changed = self.row.id, RoomUpdate(org_unit_id=unit_id, **fields)
        return lambda: facilities.update_room(ctx, room_id, changed)

