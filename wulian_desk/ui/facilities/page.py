"""设施 page: the 房间 and 资产 tabs, with the shortcuts that act on the current one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wulian_desk.ui.facilities.assets import AssetsTab
from wulian_desk.ui.facilities.record_tab import RecordTab
from wulian_desk.ui.facilities.rooms import RoomsTab

TABS = ("rooms", "assets")


class FacilitiesPage(QWidget):
    changed = Signal(object)  # Changes
    undo_offered = Signal(str, object)

    def __init__(self, ctx, runner=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_facilities")
        title = QLabel(self.tr("设施"))
        title.setObjectName("pageTitle")
        self.rooms = RoomsTab(ctx)  # a few hundred rooms at most: read in one go
        self.assets = AssetsTab(ctx, runner)  # tens of thousands of assets: the first page first
        self.tabs = QTabWidget()
        self.tabs.setObjectName("facilityTabs")
        self.tabs.addTab(self.rooms, self.tr("房间"))
        self.tabs.addTab(self.assets, self.tr("资产"))
        for tab in (self.rooms, self.assets):
            tab.changed.connect(self.changed)
            tab.undo_offered.connect(self.undo_offered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        # Ctrl+N and Ctrl+F work anywhere in the window while this page shows (Qt ignores the
        # shortcuts of hidden widgets); Delete only where the rows are, so it never surprises.
        for keys, slot in (
            (QKeySequence.StandardKey.New, lambda: self.current_tab().add()),
            (QKeySequence.StandardKey.Find, lambda: self.current_tab().focus_search()),
        ):
            QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(slot)
        for tab in (self.rooms, self.assets):
            delete = QShortcut(QKeySequence.StandardKey.Delete, tab.table, context=Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(tab.delete_selected)

    def current_tab(self) -> RecordTab:
        return self.tabs.currentWidget()

    def show_tab(self, name: str) -> RecordTab:
        tab = self.rooms if name == "rooms" else self.assets
        self.tabs.setCurrentWidget(tab)
        return tab

    def apply_changes(self, changes) -> None:
        for tab in (self.rooms, self.assets):
            tab.apply_changes(changes)

    def drop_cache(self) -> None:
        for tab in (self.rooms, self.assets):
            tab.drop_cache()
