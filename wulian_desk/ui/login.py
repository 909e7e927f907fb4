"""The login window: the first thing shown on every run after set-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wulian_desk.services.station.ui_support import demo_login
from wulian_desk.ui.login_form import LoginForm
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.windows import settle_window


class LoginWindow(QWidget):
    unlocked = Signal(object)  # the Context

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginWindow")
        self.setWindowTitle(self.tr("五社联动工作台 - 登录"))
        title = QLabel(self.tr("五社联动工作台"))
        # Centred by app.qss rather than with Qt.AlignmentFlag: the first use of the `Qt`
        # namespace builds ~100 enums (27 ms), which this first window need not wait for.
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动"))
        subtitle.setObjectName("appSubtitle")
        subtitle.setWordWrap(True)
        demo = demo_login(folder)
        self.form = LoginForm(folder, runner, username=demo.username if demo else "")
        self.form.unlocked.connect(self.unlocked)
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        if demo is not None:
            # Demo stations hold made-up data only; their password is published on purpose.
            self.demo_hint.setText(
                self.tr("这是演示站点，只含虚构数据。\n用户名 %1，密码 %2").replace("%1", demo.username).replace("%2", demo.password)
            )
        where = QLabel(self.tr("数据文件夹：%1").replace("%1", str(folder)))
        where.setObjectName("dataDir")
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.form)
        layout.addWidget(self.demo_hint)
        layout.addStretch(1)
        layout.addWidget(where)
        self.demo_hint.setVisible(demo is not None)  # once in the layout, or it would open as a window
        settle_window(self, QSize(480, 0))
        self.form.focus_first_empty()
