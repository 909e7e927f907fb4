"""First run: name the station and make the first account (站长); then the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import TIERS
from wulian_desk.ui import message
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.recovery_dialog import RecoveryCodeDialog
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.form import FormErrors, error_label
from wulian_desk.ui.widgets.windows import settle_window


def setup_task(folder: Path, fields: dict):
    def run(progress):
        from wulian_desk.services.station.station import setup_station, station_info

        result = setup_station(folder, **fields)
        return result, station_info(result.context).name

    return run


class SetupWindow(QWidget):
    finished = Signal(object)  # the Context of the new station's first account

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWindow")
        self.setWindowTitle(self.tr("五社联动工作台 - 建立站点"))
        self.folder = Path(folder)
        self.runner = runner
        title = QLabel(self.tr("建立站点"))
        title.setObjectName("appTitle")
        intro = QLabel(
            self.tr("这台电脑上还没有站点数据。请填写本站信息，并为站长设置账号和密码。")
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.tier = QComboBox()
        for code in TIERS:
            self.tier.addItem(vocab_label(TIERS, code), code)
        self.tier.setCurrentIndex(self.tier.findData("township"))
        self.division_code = QLineEdit()
        self.division_code.setPlaceholderText(self.tr("可不填；6、9 或 12 位数字"))
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("例如：王站长"))
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for edit in (self.password, self.password_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 8 个字符，混合字母、数字或符号"))
        form = QFormLayout()
        self.general_error = error_label("error_general")
        self.errors = FormErrors(form, self.general_error)
        for field, caption, widget in (
            ("name", self.tr("站点名称"), self.name),
            ("tier", self.tr("站点层级"), self.tier),
            ("division_code", self.tr("行政区划代码"), self.division_code),
            ("username", self.tr("站长用户名"), self.username),
            ("display_name", self.tr("站长姓名"), self.display_name),
            ("password", self.tr("密码"), self.password),
            ("password_again", self.tr("再输入一次密码"), self.password_again),
        ):
            widget.setObjectName(field)
            self.errors.add_row(field, caption, widget)
        self.create_button = QPushButton(self.tr("建立站点"))
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        settle_window(self, QSize(520, 0))

    def fields(self) -> dict:
        return {
            "name": self.name.text(),
            "tier": self.tier.currentData(),
            "division_code": self.division_code.text().strip() or None,
            "admin_username": self.username.text(),
            "admin_display_name": self.display_name.text(),
            "admin_password": self.password.text(),
        }

    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.password_again.text():
            self.errors.show(ValidationError(translate("ui.setup_wizard", "两次输入的密码不一致。"), field="password_again"))
            return
        self.create_button.setEnabled(False)
        self.runner.run(
            setup_task(self.folder, self.fields()),
            on_done=self._created,
            on_error=self._failed,
            label=self.tr("正在建立加密数据库…"),
            parent=self,
        )

    def _failed(self, err: WulianError) -> None:
        self.create_button.setEnabled(True)
        self.errors.show(err)

    def _created(self, outcome) -> None:
        result, station_name = outcome
        RecoveryCodeDialog(result.recovery_code, station_name, self.runner, self).exec()
        if not result.keyring_available:
            message.inform(
                self,
                self.tr(
                    "这台电脑没有可用的系统密钥环，所以数据库只靠账号密码和恢复码保护。"
                    "请设置足够强的密码，并把恢复码妥善保管。"
                ),
                self.tr("关于数据保护"),
            )
        emit(self.finished, result.context)
