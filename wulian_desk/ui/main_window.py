"""The main window: a menu bar and a toolbar with the search box over the navigation on the left
and the current area's page, the lock screen on top.

Choosing an area answers at once: a screen not built yet shows its loading page (title, "载入中…",
grey bars), the screen's modules are imported in the task runner, and the screen is built and
shown when they are in; its lists then fill from the task runner as they do on every visit."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from wulian_desk.core.vocab import ROLES
from wulian_desk.services.station.settings import get_setting
from wulian_desk.services.station.station import station_info
from wulian_desk.ui import clipboard, message, window_geometry
from wulian_desk.ui.facilities.page import FacilitiesPage
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.idle import IdleWatcher
from wulian_desk.ui.loading_page import LoadingPage
from wulian_desk.ui.lock import LockScreen
from wulian_desk.ui.main_menu import build_menus
from wulian_desk.ui.navigation import AREAS, Area, area
from wulian_desk.ui.notice import NoticeBar
from wulian_desk.ui.overview import OverviewPage
from wulian_desk.ui.placeholder import PlaceholderPage
from wulian_desk.ui.settings_page import SettingsPage
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.undo_bar import UndoBar
from wulian_desk.ui.widgets.windows import settle_window

# The module each screen is built from: imported in a worker on the area's first visit (importing
# the cases screen and what it uses was most of the first click's wait).
AREA_MODULES = {
    "dashboard": "wulian_desk.ui.dashboard.page",
    "clients": "wulian_desk.ui.clients.page",
    "cases": "wulian_desk.ui.cases.page",
    "groups": "wulian_desk.ui.groups.page",
    "activities": "wulian_desk.ui.activities.page",
    "volunteers": "wulian_desk.ui.volunteers.page",
    "organisations": "wulian_desk.ui.organisations.page",
    "charity": "wulian_desk.ui.charity.page",
    "projects": "wulian_desk.ui.projects.page",
    "staff": "wulian_desk.ui.staff.page",
    "certificates": "wulian_desk.ui.certificates_page",
    "sync": "wulian_desk.ui.sync.page",
    "accounts": "wulian_desk.ui.accounts.page",
    "audit": "wulian_desk.ui.audit_page",
}
# Keys a page may bind for itself (its list's search, its add button): while the page is in this
# window the menu's action with that key calls the page's, so one key never means two things.
ADOPTED_KEYS = {"find": QKeySequence.StandardKey.Find, "new": QKeySequence.StandardKey.New}


def prepare_area(key: str) -> None:
    """In a worker: import what the area's screen is built from (a no-op once imported)."""
    name = AREA_MODULES.get(key)
    if name is not None:
        importlib.import_module(name)


class MainWindow(QMainWindow):
    user_switched = Signal(object)  # another user logged in at the lock screen: their Context
    folder_move_requested = Signal(object)  # MoveRequest from the settings page: the shell moves it

    def __init__(self, ctx, runner: TaskRunner, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.runner = runner
        self.folder = Path(folder)
        self.locked = False
        self.info = station_info(ctx)
        self.setWindowTitle(self.tr("%1 - 五社联动工作台").replace("%1", self.info.name))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for each in AREAS:
            self.navigation.addItem(QListWidgetItem(QCoreApplication.translate("navigation", each.title)))
        for row, each in enumerate(AREAS):
            # Areas the role may not use at all are not offered (the services refuse them anyway).
            self.navigation.setRowHidden(row, not self.may_see(each))
        widest = max(self.navigation.fontMetrics().horizontalAdvance(self.navigation.item(i).text())
                     for i in range(self.navigation.count()))
        # Room for the item padding in app.qss, and for a scroll bar: on a small or scaled screen
        # (1366 x 768 at 150%) the list is taller than the window.
        bar = self.navigation.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self.navigation)
        self.navigation.setFixedWidth(max(150, widest + 56 + bar))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.built: dict[str, QWidget] = {}
        self.loading: dict[str, LoadingPage] = {}  # areas chosen whose screen is not built yet
        self.preparing: set[str] = set()  # areas whose modules are loading in the task runner
        self.adopted: dict[QWidget, dict[str, QShortcut]] = {}
        self.content = QWidget()
        self.content.setObjectName("content")
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(ctx, folder, runner)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switched.connect(self.user_switched)
        self.screens = QStackedWidget()
        self.screens.addWidget(self.content)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self._build_status_bar()
        self.lock_action = QAction(self.tr("锁定"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        self.search_popup = None
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("搜索服务对象和个案（Ctrl+F）"))
        self.search_box.setMaximumWidth(320)
        self.search_box.textEdited.connect(self._search_box_typed)
        self.search_box.returnPressed.connect(lambda: self._search_box_typed(self.search_box.text()))
        self.menus = build_menus(self)
        self._build_toolbar()
        # Ctrl+L also locks from a dialog of this window (a modal one would block the shortcut).
        QApplication.instance().focusChanged.connect(self._offer_lock_to_dialog)
        self.idle = IdleWatcher(int(get_setting(ctx, "idle_lock_minutes")), self)
        self.idle.idle.connect(self.lock)
        self.navigation.currentRowChanged.connect(lambda i: self.switch_to(AREAS[i].key))
        self.show_area("overview")
        settle_window(self, QSize(800, 500))
        window_geometry.place(self)  # the screen's work area, or where it was last time, inside this screen
        self.keeps_geometry = True  # not for the screenshot command's windows
        self.idle.start()

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("工具栏"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)  # the search box must stay where people look for it
        for action in (self.menus.new, self.menus.export, self.menus.print, self.menus.refresh):
            bar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        bar.addAction(self.lock_action)
        self.toolbar = bar
        self.addToolBar(bar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.notice_bar = NoticeBar()
        bar.addWidget(self.notice_bar, 1)
        self.undo_bar = UndoBar()
        self.undo_bar.undone.connect(self.broadcast)
        bar.addWidget(self.undo_bar)
        self.station_label = QLabel(self.info.name)
        self.station_label.setObjectName("stationLabel")
        who = self.ctx.display_name or self.ctx.username
        role = vocab_label(ROLES, self.ctx.role) if self.ctx.role else ""
        if role:
            who = self.tr("%1（%2）").replace("%1", who).replace("%2", role)
        text = self.tr("当前用户：%1").replace("%1", who)
        self.user_label = QLabel(text)
        self.user_label.setObjectName("userLabel")
        self.password_button = QPushButton(self.tr("修改我的密码"))
        self.password_button.setObjectName("changeOwnPassword")
        self.password_button.setFlat(True)
        self.password_button.clicked.connect(self.change_own_password)
        self.password_button.setVisible(self.ctx.account_id is not None)  # not for a recovery-code session
        bar.addPermanentWidget(self.station_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.password_button)

    def change_own_password(self) -> None:
        from wulian_desk.ui.accounts.dialogs import OwnPasswordDialog

        if self.locked:  # the lock screen covers everything that needs the session
            return
        dialog = OwnPasswordDialog(self.ctx, self.runner, parent=self)
        if dialog.exec():
            message.saved(self, self.tr("密码已修改。下次登录和解锁请使用新密码。"))

    # -- areas -------------------------------------------------------------------------------------

    def may_see(self, which: Area) -> bool:
        return which.needs is None or self.ctx.may(*which.needs)

    def switch_to(self, key: str) -> QWidget:
        """Show the area at once (a click, the menu): its screen if built, else its loading page
        while the screen's modules load in the task runner. Returns what is shown now."""
        page = self.built.get(key)
        if page is None:
            page = self.loading.get(key)
            if page is None:
                page = LoadingPage(area(key))
                self.loading[key] = page
                self.pages.addWidget(page)
            if key not in self.preparing:  # first visit, or back to one left before it was built
                self.preparing.add(key)
                self.runner.run(lambda _p: prepare_area(key), on_done=lambda _r: self._area_ready(key),
                                on_error=lambda err: self._area_failed(key, err), parent=self)
        self._show(key, page)
        return page

    def _area_failed(self, key: str, err) -> None:
        from wulian_desk.ui.errors import show_error

        self.preparing.discard(key)
        show_error(self, err)

    def _area_ready(self, key: str) -> None:
        self.preparing.discard(key)
        loading = self.loading.get(key)
        if loading is None:
            return  # built meanwhile (a link to a record opened it)
        if self.pages.currentWidget() is loading and not self.locked:  # nothing is read behind the lock
            self.show_area(key)
        # Otherwise the user has moved on: the screen is built on the next visit, from the modules
        # now loaded, and the loading page waits for it.

    def show_area(self, key: str) -> QWidget:
        """Show the area's screen, built now if need be (a link to a record needs the screen)."""
        page = self.built.get(key) or self._build_page(area(key))
        self._show(key, page)
        loading = self.loading.pop(key, None)
        if loading is not None:
            self.pages.removeWidget(loading)
            loading.deleteLater()
        return page

    def _show(self, key: str, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        row = next(i for i, a in enumerate(AREAS) if a.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(row)
            self.navigation.blockSignals(False)
        self.menus.update_for(page)

    def page(self, key: str) -> QWidget | None:
        return self.built.get(key)

    def current_page(self) -> QWidget | None:
        page = self.pages.currentWidget()
        return None if isinstance(page, LoadingPage) else page

    def _build_page(self, which: Area) -> QWidget:
        # Pages are built on first visit, so the window opens as fast as the overview loads.
        if which.key == "overview":
            page = OverviewPage(self.ctx, self.runner)
            page.caseload.opened.connect(lambda case_id: self.open_record("case", case_id))
        elif which.key == "facilities":
            page = FacilitiesPage(self.ctx, self.runner)
            page.changed.connect(self.broadcast)
            page.undo_offered.connect(self.offer_undo)
        elif which.key == "accounts" and self.may_see(which):
            from wulian_desk.ui.accounts.page import AccountsPage

            page = AccountsPage(self.ctx, self.runner, self.info.name)
            page.changed.connect(self.broadcast)
        elif which.key == "audit" and self.may_see(which):
            from wulian_desk.ui.audit_page import AuditPage

            page = AuditPage(self.ctx, self.runner)
        elif which.key == "clients" and self.may_see(which):
            from wulian_desk.ui.clients.page import ClientsPage

            page = ClientsPage(self.ctx, self.runner)
            page.changed.connect(self.broadcast)
            page.open_record.connect(self.open_record)
        elif which.key == "cases" and self.may_see(which):
            from wulian_desk.ui.cases.page import CasesPage

            page = CasesPage(self.ctx, self.runner)
            page.changed.connect(self.broadcast)
        elif which.key in ("groups", "activities", "volunteers") and self.may_see(which):
            page = self._build_work_page(which.key)
        elif which.key in ("dashboard", "organisations", "charity", "projects", "staff") and self.may_see(which):
            page = self._build_parties_page(which.key)
        elif which.key == "sync" and self.may_see(which):
            from wulian_desk.ui.sync.page import SyncPage

            page = SyncPage(self.ctx, self.runner)
            page.changed.connect(self.broadcast)
        elif which.key == "certificates" and self.may_see(which):
            from wulian_desk.ui.certificates_page import CertificatesPage

            page = CertificatesPage(self.ctx, self.runner)
            page.changed.connect(self.broadcast)
        elif which.key == "settings":
            page = SettingsPage(self.ctx, self.folder)
            page.move_requested.connect(self.folder_move_requested)
            page.changed.connect(self.broadcast)
        else:
            page = PlaceholderPage(which)
        self.built[which.key] = page
        self.pages.addWidget(page)
        self._adopt_shortcuts(page)
        # A screen that turns from its list to a record (and back) changes what New, Print and
        # Export can do: the toolbar follows.
        for stack in page.findChildren(QStackedWidget):
            stack.currentChanged.connect(lambda _index: self.menus.refresh_state())
        return page

    def _adopt_shortcuts(self, page: QWidget) -> None:
        keys = {name: QKeySequence(standard) for name, standard in ADOPTED_KEYS.items()}
        own: dict[str, list[QShortcut]] = {}
        for shortcut in page.findChildren(QShortcut):
            for name, key in keys.items():
                if shortcut.key() == key:
                    shortcut.setEnabled(False)  # the menu's action calls it instead
                    own.setdefault(name, []).append(shortcut)
        self.adopted[page] = own

    def page_shortcut(self, page: QWidget | None, name: str) -> QShortcut | None:
        """The page's own Ctrl+F or Ctrl+N, which the menu's 查找 or 新建 stands for on that page
        (of several, the one on the part of the page now shown)."""
        found = self.adopted.get(page, {}).get(name, []) if page is not None else []
        shown = [s for s in found if not isinstance(s.parent(), QWidget) or s.parent().isVisible()]
        return (shown or found or [None])[0]

    def _build_work_page(self, key: str) -> QWidget:
        """Groups, activities and volunteers: list and detail pages that refresh from Changes."""
        if key == "groups":
            from wulian_desk.ui.groups.page import GroupsPage as Page
        elif key == "activities":
            from wulian_desk.ui.activities.page import ActivitiesPage as Page
        else:
            from wulian_desk.ui.volunteers.page import VolunteersPage as Page
        page = Page(self.ctx, self.runner)
        page.changed.connect(self.broadcast)
        return page

    def _build_parties_page(self, key: str) -> QWidget:
        """The targets dashboard, organisations, charity, projects, staff: they refresh from Changes."""
        if key == "dashboard":
            from wulian_desk.ui.dashboard.page import DashboardPage

            return DashboardPage(self.ctx, self.runner)
        if key == "organisations":
            from wulian_desk.ui.organisations.page import OrganisationsPage

            page = OrganisationsPage(self.ctx, self.runner)
        elif key == "charity":
            from wulian_desk.ui.charity.page import CharityPage

            page = CharityPage(self.ctx, self.runner)
        elif key == "projects":
            from wulian_desk.ui.projects.page import ProjectsPage

            page = ProjectsPage(self.ctx, self.runner)
        else:
            from wulian_desk.ui.staff.page import StaffPage

            page = StaffPage(self.ctx, self.runner)
        page.changed.connect(self.broadcast)
        return page

    def open_record(self, kind: str, record_id: str) -> None:
        """Show a client or a case (from the search box, the overview, a link), or open a case for a client."""
        if kind == "client":
            self.show_area("clients").show_client(record_id)
        elif kind == "case":
            self.show_area("cases").show_case(record_id)
        elif kind == "new_case":
            self.show_area("cases").open_case(record_id)

    def open_bundle(self, path: Path) -> None:
        """Show the import screen offering a bundle file the program was opened with."""
        if not self.ctx.may("bundle", "import"):
            message.warn(self, self.tr("当前账号无权导入数据包，请由站长或管理员导入 %1。").replace("%1", path.name))
            return
        self.show_area("sync").show_tab("import").offer(path)

    def find(self) -> None:
        """编辑 > 查找 (Ctrl+F): the page's own list search where it has one, else the search box."""
        own = self.page_shortcut(self.current_page(), "find")
        if own is not None:
            emit(own.activated)
        else:
            self.global_search()

    def global_search(self, text: str | None = None) -> None:
        """Clients and cases, as you type: the results under the toolbar's search box."""
        if self.locked:
            return
        if self.search_popup is None:
            from wulian_desk.ui.search import SearchPopup

            self.search_popup = SearchPopup(self.ctx, self)
            self.search_popup.opened.connect(self.open_record)
        self.search_popup.start(text)

    def _search_box_typed(self, text: str) -> None:
        # The toolbar's box hands what was typed to the results window, which goes on from there.
        if text.strip():
            self.search_box.clear()
            popup = self.search_popup
            if popup is not None and popup.isVisible():  # typed on while the results are up
                text = popup.box.text() + text
            self.global_search(text)

    def broadcast(self, changes) -> None:
        """One write, every screen that shows it refreshes from the Changes value, and the notice
        bar says it was saved (a delete's undo offer replaces that, see `offer_undo`)."""
        self.notice_bar.show_saved()
        for page in self.built.values():
            apply = getattr(page, "apply_changes", None)
            if apply is not None:
                apply(changes)
        if "setting" in changes.kinds:
            self.idle.set_minutes(int(get_setting(self.ctx, "idle_lock_minutes")))

    def offer_undo(self, text: str, undo) -> None:
        self.notice_bar.dismiss()
        self.undo_bar.offer(text, undo)

    def refresh(self) -> None:
        """查看 > 刷新 (F5): read the current screen again from the station."""
        page = self.current_page()
        if page is None:
            return
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
            return
        # A screen without a refresh of its own is built again: it reads everything afresh.
        key = next(k for k, p in self.built.items() if p is page)
        del self.built[key]
        self.adopted.pop(page, None)
        self.pages.removeWidget(page)
        page.deleteLater()
        self.show_area(key)

    # -- locking -----------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._close_own_dialogs()
        self.undo_bar.dismiss()
        self.notice_bar.dismiss()  # a file name is data too
        self.search_box.clear()
        self.menus.set_session_open(False)
        self.password_button.setEnabled(False)
        for page in self.built.values():
            drop = getattr(page, "drop_cache", None)
            if drop is not None:
                drop()
        if self.search_popup is not None:
            self.search_popup.clear()  # names found before the lock must not show after it
        clipboard.clear_if_ours()
        self.lock_screen.reset()
        self.screens.setCurrentWidget(self.lock_screen)
        self.statusBar().clearMessage()

    def unlock(self) -> None:
        self.locked = False
        self.menus.set_session_open(True)
        self.password_button.setEnabled(True)
        self.screens.setCurrentWidget(self.content)
        shown = self.pages.currentWidget()
        if isinstance(shown, LoadingPage):  # chosen just before the lock: build it now
            self.switch_to(shown.area.key)
        overview = self.built.get("overview")
        if overview is not None:
            overview.refresh()
        self.idle.start()

    def _close_own_dialogs(self) -> None:
        # An edit dialog left open would keep showing a record above the lock screen.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and self._owns(widget):
                keep = getattr(widget, "keep_draft", None)
                if keep is not None:
                    keep()
                widget.reject()
                if widget.isVisible():  # one that refuses to be dismissed (the recovery code)
                    widget.done(QDialog.DialogCode.Rejected)

    def _offer_lock_to_dialog(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if isinstance(dialog, QDialog) and self._owns(dialog):
            dialog.addAction(self.lock_action)

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.keeps_geometry:
            window_geometry.keep(self)
        super().closeEvent(event)

    def close_session(self) -> None:
        """Close this user's screens and their database handle (log out, or another user in)."""
        self.idle.stop()
        self.runner.wait()
        self.ctx.close()
        self.close()
        self.deleteLater()
