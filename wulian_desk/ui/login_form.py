"""User name + password (or recovery code), unlocked in the task runner: used by the login window
and by the lock screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from wulian_desk.core.errors import WulianError
from wulian_desk.core.tasks import Progress
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.form import error_label
from wulian_desk.ui.widgets.windows import grow_to_fit


def open_station_task(folder: Path, username: str, passphrase: str):
    """The worker side of a login: imports the database stack on first use (it may still be
    loading in the background) and unlocks."""

    def run(progress: Progress):
        from wulian_desk.services.station.station import open_station

        return open_station(folder, passphrase=passphrase, username=username)

    return run


class LoginForm(QWidget):
    unlocked = Signal(object)  # what the opener returned: a new Context for a login

    def __init__(self, folder: Path, runner: TaskRunner, *, username: str = "", button_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.runner = runner
        # (username, passphrase) -> the task that checks them; the lock screen swaps in an unlock.
        self.opener: Callable[[str, str], Callable[[Progress], Any]] = (
            lambda username, passphrase: open_station_task(self.folder, username, passphrase)
        )
        self.busy = False
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码或恢复码"))
        self.error = error_label("loginError")
        self.button_text = button_text or self.tr("登录")
        self.submit_button = QPushButton(self.button_text)
        self.submit_button.setObjectName("loginButton")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.submit_button)

    def set_username(self, name: str, *, editable: bool) -> None:
        self.username.setText(name)
        self.username.setReadOnly(not editable)
        self.username.setProperty("fixed", not editable)

    def focus_first_empty(self) -> None:
        (self.password if self.username.text().strip() else self.username).setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self)

    def submit(self) -> None:
        if self.busy:
            return
        username = self.username.text().strip()
        passphrase = self.password.text()
        if not username:
            self.show_error(self.tr("请输入用户名。"))
            self.username.setFocus()
            return
        if not passphrase:
            self.show_error(self.tr("请输入密码。"))
            self.password.setFocus()
            return
        self._set_busy(True)
        self.runner.run(
            self.opener(username, passphrase),
            on_done=self._opened,
            on_error=self._failed,
            parent=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("正在解锁…") if busy else self.button_text)

    def _opened(self, result) -> None:
        self._set_busy(False)
        self.password.clear()
        self.error.hide()
        emit(self.unlocked, result)

    def _failed(self, err: WulianError) -> None:
        # The user name and password stay as typed; the password is selected to retype at once.
        self._set_busy(False)
        self.show_error(error_text(err))
        self.password.setFocus()
        self.password.selectAll()
