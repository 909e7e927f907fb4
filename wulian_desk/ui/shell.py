"""Which window is up: set-up on the first run, then login, then the main window (rebuilt when
another user logs in at the lock screen). The database stack is imported in the background
while the first window waits for the user."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from wulian_desk.services.station.ui_support import remember_language, station_present
from wulian_desk.ui.login import LoginWindow
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner

# Imported while the user types: SQLAlchemy, SQLCipher and the screens behind the login.
PRELOAD = (
    "wulian_desk.services.station.station",
    "wulian_desk.services.facilities.facilities",
    "wulian_desk.ui.main_window",
)


def import_database_stack(progress) -> None:
    for name in PRELOAD:
        importlib.import_module(name)


class Shell(QObject):
    window_shown = Signal(str)  # "setup", "login" or "main": the benchmark hook and tests wait on it
    preloaded = Signal()

    def __init__(self, folder: Path, runner: TaskRunner, parent: QObject | None = None, *,
                 open_bundle: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.open_bundle = open_bundle  # a .wlb file the program was opened with, offered after login
        self.runner = runner
        self.front: QWidget | None = None  # the setup or login window
        self.main = None
        self.is_preloaded = False

    def start(self) -> None:
        if station_present(self.folder):
            self.show_login()
        else:
            self.show_setup()
        QTimer.singleShot(0, self.preload)

    def preload(self) -> None:
        self.runner.run(import_database_stack, on_done=self._preloaded)

    def _preloaded(self, _result) -> None:
        self.is_preloaded = True
        emit(self.preloaded)

    def show_login(self) -> LoginWindow:
        window = LoginWindow(self.folder, self.runner)
        window.unlocked.connect(self.open_main)
        self._show_front(window, "login")
        return window

    def show_setup(self) -> QWidget:
        from wulian_desk.ui.setup_wizard import SetupWindow

        window = SetupWindow(self.folder, self.runner)
        window.finished.connect(self.open_main)
        self._show_front(window, "setup")
        return window

    def _show_front(self, window: QWidget, name: str) -> None:
        self.front = window
        window.show()
        QTimer.singleShot(0, lambda: emit(self.window_shown, name))

    def open_main(self, ctx) -> None:
        from wulian_desk.services.station.settings import get_setting
        from wulian_desk.ui.main_window import MainWindow

        # Keep the copy the next login window starts with in step with the station's setting.
        remember_language(self.folder, str(get_setting(ctx, "language")))
        old_main, old_front = self.main, self.front
        self.main = MainWindow(ctx, self.runner, self.folder)
        self.main.user_switched.connect(self.open_main)
        self.main.folder_move_requested.connect(self.move_folder)
        # Show the new window before closing the old ones: Qt quits when the last window closes.
        self.main.show()
        self.front = None
        if old_front is not None:
            old_front.close()
            old_front.deleteLater()
        if old_main is not None:
            old_main.close_session()
        QTimer.singleShot(0, lambda: emit(self.window_shown, "main"))
        if self.open_bundle is not None:
            path, self.open_bundle = self.open_bundle, None
            QTimer.singleShot(0, lambda: self.main.open_bundle(path))

    def move_folder(self, request) -> None:
        """Log out, move the station (services/station/data_folder.py) with progress, then show
        the login of wherever the station now is: the new folder, or the old one if it failed."""
        from wulian_desk.services.station import data_folder
        from wulian_desk.ui import message
        from wulian_desk.ui.errors import show_error

        old_main, old_folder = self.main, self.folder
        username = old_main.ctx.username
        login = self.show_login()  # first, so closing the main window does not quit the app
        login.setEnabled(False)
        self.main = None
        old_main.close_session()

        def moved(result) -> None:
            self.folder = result.new
            new_login = self.show_login()
            login.close()
            login.deleteLater()
            message.saved(new_login, self.tr("站点已移到 %1，检查全部通过。原文件夹保留备查，确认无误后可以删除。")
                          .replace("%1", str(result.new)), result.new)

        def failed(err) -> None:
            login.setEnabled(True)
            show_error(login, err)

        self.runner.write(lambda _p: data_folder.move_station(old_folder, request.target, passphrase=request.password,
                                                              username=username, for_machine=request.for_machine),
                          on_done=moved, on_error=failed, label=self.tr("正在移动数据文件夹…"), parent=login)

    def shutdown(self) -> None:
        """The application is quitting: stop running tasks at a safe point, then close the database."""
        self.runner.cancel_all()
        self.runner.wait()
        if self.main is not None:
            self.main.idle.stop()
            self.main.ctx.close()
            self.main = None
