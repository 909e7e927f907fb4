"""The crash dialog: an unexpected error, its details to copy for support."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.ui.widgets.windows import settle_window


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        intro = QLabel(
            self.tr(
                "程序遇到了一个没有预料到的错误。已保存的数据不受影响：最后一次保存要么已经完成，要么没有发生。\n"
                "请点“复制详情”，把内容发给技术支持；详情也已写入日志文件。"
            )
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        buttons = QDialogButtonBox()
        copy = buttons.addButton(self.tr("复制详情"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        settle_window(self)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
