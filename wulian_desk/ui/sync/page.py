"""同步 page: tabs for export, import, peers (with the bundles received from each, and at a county,
who reported), the sharing policy (set at the county, shown at a station), conflicts, correction
requests, keys and enrolment. A tab the role may not use is not there; each tab loads
when first shown and again after a change, through the task runner."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from wulian_desk.services.context import Changes
from wulian_desk.services.station.station import station_info
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync.conflicts import ConflictsTab
from wulian_desk.ui.sync.corrections import CorrectionsTab
from wulian_desk.ui.sync.keys import KeysTab
from wulian_desk.ui.sync.peers import PeersTab
from wulian_desk.ui.sync.sharing import SharingTab
from wulian_desk.ui.sync.transfer import ExportTab, ImportTab


class SyncPage(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_sync")
        self.ctx = ctx
        self.runner = runner
        info = station_info(ctx)
        self.county = info.tier == "county"
        title = QLabel(self.tr("同步"))
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.export = ExportTab(ctx, runner) if ctx.may("bundle", "export") else None
        self.importer = ImportTab(ctx, runner, info.device_id) if ctx.may("bundle", "import") else None
        self.peers = PeersTab(ctx, runner, county=self.county)
        self.sharing = SharingTab(ctx, runner, county=self.county)
        self.conflicts = ConflictsTab(ctx, runner) if ctx.may("conflict", "view") else None
        self.corrections = CorrectionsTab(ctx, runner, county=self.county) if ctx.may("correction", "view") else None
        self.keys = KeysTab(ctx, runner, county=self.county, device_id=info.device_id)
        self.names: dict[str, QWidget] = {}
        for name, tab, text in (
            ("export", self.export, self.tr("导出")),
            ("import", self.importer, self.tr("导入")),
            ("peers", self.peers, self.tr("各站点与上报") if self.county else self.tr("同步对象")),
            ("sharing", self.sharing, self.tr("共享策略")),
            ("conflicts", self.conflicts, self.tr("冲突")),
            ("corrections", self.corrections, self.tr("更正请求")),
            ("keys", self.keys, self.tr("密钥与登记")),
        ):
            if tab is None:
                continue
            tab.setObjectName(f"sync_{name}")
            self.names[name] = tab
            self.tabs.addTab(tab, text)
            tab.changed.connect(self._tab_changed)
        if self.conflicts is not None:
            self.conflicts.counted.connect(self._show_conflict_count)
        self.stale: set[str] = set(self.names)
        self.own: Changes | None = None  # the change a tab of ours is telling the window about
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def show_tab(self, name: str) -> QWidget:
        tab = self.names[name]
        self.tabs.setCurrentWidget(tab)
        self._load_current()
        return tab

    def _name_of(self, tab: QWidget) -> str:
        return next(name for name, each in self.names.items() if each is tab)

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is None or not self.isVisible():
            return
        name = self._name_of(tab)
        if name in self.stale:
            self.stale.discard(name)
            tab.load()
        if self.conflicts is not None and "conflicts" in self.stale and tab is not self.conflicts:
            self.stale.discard("conflicts")
            self.conflicts.load()  # for the count in its title

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._load_current()

    def _show_conflict_count(self, count: int) -> None:
        at = self.tabs.indexOf(self.conflicts)
        self.tabs.setTabText(at, self.tr("冲突（%1）").replace("%1", str(count)) if count else self.tr("冲突"))

    def _tab_changed(self, changes: Changes) -> None:
        self._refresh()
        self.own = changes
        try:
            emit(self.changed, changes)  # the window tells every page, this one included
        finally:
            self.own = None

    def apply_changes(self, changes: Changes) -> None:
        """Anything written may show here (an import touches everything): reload what is on screen,
        the other tabs when next shown."""
        if changes is not self.own:
            self._refresh()

    def _refresh(self) -> None:
        self.stale = set(self.names)
        self._load_current()

    def drop_cache(self) -> None:
        """The window locks: nothing stays on screen."""
        for tab in self.names.values():
            tab.clear()
        self.stale = set(self.names)
