"""Before printing, for roles that may: a full copy with complete ID and phone numbers, or masked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wulian_desk.ui.widgets.windows import settle_window


class PrintOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printOptions")
        self.setWindowTitle(self.tr("打印个案档案"))
        note = QLabel(self.tr("默认隐去身份证号码和电话号码的中间几位。打印完整号码会记入审计日志。"))
        note.setWordWrap(True)
        self.full = QCheckBox(self.tr("打印完整号码"))
        self.full.setObjectName("fullNumbers")
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("继续"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.full)
        layout.addWidget(buttons)
        settle_window(self)
