"""The lock screen: covers the window until the same user's password is typed again, or lets
another user log in instead (which closes the first user's screens)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wulian_desk.ui.login_form import LoginForm, open_station_task
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner


def unlock_task(ctx, passphrase: str):
    def run(progress):
        from wulian_desk.services.station.ui_support import unlock_session

        unlock_session(ctx, passphrase)

    return run


class LockScreen(QWidget):
    unlocked = Signal()  # the same user is back
    switched = Signal(object)  # another user logged in: their new Context

    def __init__(self, ctx, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the dark cover from app.qss
        self.ctx = ctx
        self.folder = Path(folder)
        self.switching = False
        title = QLabel(self.tr("工作台已锁定"))
        title.setObjectName("lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setObjectName("lockWho")
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setWordWrap(True)
        self.form = LoginForm(folder, runner, button_text=self.tr("解锁"))
        self.form.unlocked.connect(self._opened)
        self.switch_button = QPushButton(self.tr("换用户登录"))
        self.switch_button.setObjectName("switchUser")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.switch_user)
        panel = QWidget()
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(400)
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 20, 24, 16)
        column.addWidget(title)
        column.addWidget(self.who)
        column.addSpacing(12)
        column.addWidget(self.form)
        column.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.reset()

    def reset(self) -> None:
        """Back to unlocking as the locked user (each time the window locks)."""
        self.switching = False
        name = self.ctx.display_name or self.ctx.username
        self.who.setText(self.tr("%1正在使用。请输入密码解锁。").replace("%1", name))
        self.form.opener = lambda _username, passphrase: unlock_task(self.ctx, passphrase)
        self.form.set_username(self.ctx.username, editable=False)
        self._clear_form()
        self.switch_button.show()
        self.form.password.setFocus()

    def switch_user(self) -> None:
        self.switching = True
        self.who.setText(self.tr("请输入另一位用户的用户名和密码。当前用户的界面将被关闭。"))
        self.form.opener = lambda username, passphrase: open_station_task(self.folder, username, passphrase)
        self.form.set_username("", editable=True)
        self._clear_form()
        self.switch_button.hide()
        self.form.username.setFocus()

    def _clear_form(self) -> None:
        self.form.password.clear()
        self.form.error.clear()
        self.form.error.hide()

    def _opened(self, result) -> None:
        if not self.switching:
            emit(self.unlocked)
        elif result.account_id is not None and result.account_id == self.ctx.account_id:
            result.close()  # the same user again: keep the running session
            emit(self.unlocked)
        else:
            emit(self.switched, result)
