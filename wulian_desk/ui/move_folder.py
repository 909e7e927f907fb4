"""移动数据文件夹: where the station goes (a per-machine folder on a shared office PC, a bigger
disk), whether every Windows user of the PC uses it, and the head's password, asked again since
the move closes the station, copies it, opens and checks the copy, and only then switches to it
(services/station/data_folder.py). The window logs out for the move and shows the login of the
new folder when it is done, or of the old one, unchanged, if it failed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.ui.widgets.form import error_label
from wulian_desk.ui.widgets.windows import grow_to_fit, settle_window


@dataclass(frozen=True)
class MoveRequest:
    target: Path
    for_machine: bool
    password: str


class MoveFolderDialog(QDialog):
    def __init__(self, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveFolderDialog")
        self.setWindowTitle(self.tr("移动数据文件夹"))
        self.request: MoveRequest | None = None
        self.target = QLineEdit()
        self.target.setObjectName("moveTarget")
        self.target.setPlaceholderText(self.tr("新的、空的文件夹"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.for_machine = QCheckBox(self.tr("本机所有 Windows 用户都使用这个文件夹"))
        self.for_machine.setObjectName("moveForMachine")
        self.password = QLineEdit()
        self.password.setObjectName("movePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("moveError")
        note = QLabel(self.tr("移动时先退出登录，把站点复制到新文件夹，用您的密码打开副本并逐项检查，全部通过后才改用新文件夹；"
                              "原文件夹 %1 保留备查，不再打开。任何一步出错，站点都留在原处。").replace("%1", str(current)))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("移到"), row)
        form.addRow("", self.for_machine)
        form.addRow(self.tr("站长密码"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("移动"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        settle_window(self, QSize(560, 0))

    def browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择新的数据文件夹"))
        if chosen:
            self.target.setText(chosen)

    def accept(self) -> None:
        target, password = self.target.text().strip(), self.password.text()
        if not target or not password:
            self.error.setText(self.tr("请填写新文件夹和站长密码。"))
            self.error.show()
            grow_to_fit(self.error)
            return
        self.request = MoveRequest(Path(target).expanduser(), self.for_machine.isChecked(), password)
        super().accept()
