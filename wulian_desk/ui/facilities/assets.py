"""资产: the asset register (a lazy model over `asset_ids` / `assets_by_id`) and its tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from wulian_desk.core.money import format_yuan
from wulian_desk.core.vocab import ASSET_CATEGORIES, ASSET_STATUSES
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.facilities.asset_dialog import AssetDialog
from wulian_desk.ui.facilities.record_tab import RecordTab
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel

COL_TAG, COL_NAME, COL_CATEGORY, COL_STATUS, COL_ROOM, COL_UNIT, COL_PURCHASED, COL_VALUE = range(8)

ASSET_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("AssetsModel", "资产编号"), "asset_tag", lambda a: a.asset_tag),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "名称"), "name", lambda a: a.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "类别"), "category", lambda a: vocab_label(ASSET_CATEGORIES, a.category)),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "状态"), "status", lambda a: vocab_label(ASSET_STATUSES, a.status)),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "房间"), "room", lambda a: a.room_name),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "所属站点"), "unit", lambda a: a.unit_name),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "购置日期"), "purchase_date",
           lambda a: a.purchase_date.isoformat() if a.purchase_date else ""),
    Column(QT_TRANSLATE_NOOP("AssetsModel", "金额（元）"), "value_fen", lambda a: format_yuan(a.value_fen), numeric=True),
)


def assets_model(ctx, runner=None, parent=None) -> LazyTableModel:
    """With the task runner, the first page paints from one LIMIT query and the whole id list
    follows from a worker."""
    return LazyTableModel(
        columns=ASSET_COLUMNS,
        context="AssetsModel",
        kind="asset",
        depends_on=frozenset({"room", "org_unit"}),
        list_ids=lambda **query: facilities.asset_ids(ctx, **query),
        fetch_rows=lambda ids: facilities.assets_by_id(ctx, ids),
        sort_column=COL_TAG,
        parent=parent,
        first_page=lambda **query: facilities.asset_page(ctx, **query),
        runner=runner,
    )


class AssetsTab(RecordTab):
    def __init__(self, ctx, runner=None, parent=None) -> None:
        super().__init__(ctx, assets_model(ctx, runner), parent)
        self.setObjectName("assetsTab")

    def extra_filters(self) -> list[QWidget]:
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("categoryFilter")
        self.category_filter.addItem(QCoreApplication.translate("AssetsTab", "全部类别"), None)
        for code in ASSET_CATEGORIES:
            self.category_filter.addItem(vocab_label(ASSET_CATEGORIES, code), code)
        self.category_filter.currentIndexChanged.connect(self.apply_filters)
        return [self.category_filter]

    def filters(self) -> dict:
        return super().filters() | {"category": self.category_filter.currentData()}

    def open_dialog(self, row) -> Changes | None:
        dialog = AssetDialog(self.ctx, self.units, row=row, default_unit=self.unit_filter.currentData(), parent=self)
        return dialog.changes if dialog.exec() else None

    def delete_record(self, record_id: str) -> Changes:
        return facilities.delete_asset(self.ctx, record_id)

    def restore_record(self, record_id: str) -> Changes:
        return facilities.restore_asset(self.ctx, record_id)

    def describe(self, rows: list) -> str:
        if len(rows) == 1:
            return self.tr("资产“%1 %2”").replace("%1", rows[0].asset_tag).replace("%2", rows[0].name)
        return self.tr("%n 件资产", None, len(rows))
