"""房间: the rooms table (a lazy model over `room_ids` / `rooms_by_id`) and its tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from wulian_desk.core.vocab import ROOM_TYPES
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.facilities.record_tab import RecordTab
from wulian_desk.ui.facilities.room_dialog import RoomDialog
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel

COL_NAME, COL_TYPE, COL_AREA, COL_UNIT, COL_ASSETS, COL_NOTES = range(6)

ROOM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RoomsModel", "房间名称"), "name", lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("RoomsModel", "类型"), "room_type", lambda r: vocab_label(ROOM_TYPES, r.room_type)),
    Column(QT_TRANSLATE_NOOP("RoomsModel", "面积（平方米）"), "area_m2", lambda r: f"{r.area_m2:g}", numeric=True),
    Column(QT_TRANSLATE_NOOP("RoomsModel", "所属站点"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("RoomsModel", "资产数"), None, lambda r: str(r.asset_count), numeric=True),
    Column(QT_TRANSLATE_NOOP("RoomsModel", "备注"), None, lambda r: r.notes, stretch=True),
)


def rooms_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(
        columns=ROOM_COLUMNS,
        context="RoomsModel",
        kind="room",
        depends_on=frozenset({"asset", "org_unit"}),
        list_ids=lambda **query: facilities.room_ids(ctx, **query),
        fetch_rows=lambda ids: facilities.rooms_by_id(ctx, ids),
        sort_column=COL_NAME,
        parent=parent,
    )


class RoomsTab(RecordTab):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, rooms_model(ctx), parent)
        self.setObjectName("roomsTab")

    def open_dialog(self, row) -> Changes | None:
        dialog = RoomDialog(self.ctx, self.units, row=row, default_unit=self.unit_filter.currentData(), parent=self)
        return dialog.changes if dialog.exec() else None

    def delete_record(self, record_id: str) -> Changes:
        return facilities.delete_room(self.ctx, record_id)

    def restore_record(self, record_id: str) -> Changes:
        return facilities.restore_room(self.ctx, record_id)

    def describe(self, rows: list) -> str:
        if len(rows) == 1:
            return self.tr("房间“%1”").replace("%1", rows[0].name)
        return self.tr("%1 个房间").replace("%1", str(len(rows)))
