"""Plain message and confirmation dialogs, with buttons in the interface language.

Our own small dialog rather than QMessageBox: QMessageBox resizes itself after it is shown,
which headless platforms (tests, screenshots) cannot follow (see widgets/windows.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.ui.widgets.windows import settle_window


class MessageDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, *, icon: QStyle.StandardPixmap,
                 question: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(40, 40))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text)
        self.text.setObjectName("messageText")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(320)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        if question:
            buttons.addButton(self.tr("确定"), QDialogButtonBox.ButtonRole.AcceptRole)
            cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
            cancel.setDefault(True)  # a slip of the Enter key must not delete anything
        else:
            buttons.addButton(self.tr("确定"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        settle_window(self)


def inform(parent: QWidget | None, text: str, title: str = "") -> None:
    title = title or QCoreApplication.translate("message", "提示")
    MessageDialog(parent, title, text, icon=QStyle.StandardPixmap.SP_MessageBoxInformation).exec()


def warn(parent: QWidget | None, text: str, title: str = "") -> None:
    title = title or QCoreApplication.translate("message", "无法完成")
    MessageDialog(parent, title, text, icon=QStyle.StandardPixmap.SP_MessageBoxWarning).exec()


def confirm(parent: QWidget | None, text: str, title: str = "") -> bool:
    title = title or QCoreApplication.translate("message", "请确认")
    dialog = MessageDialog(parent, title, text, icon=QStyle.StandardPixmap.SP_MessageBoxQuestion, question=True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def saved(parent: QWidget | None, text: str, path=None) -> None:
    """Say that something worked, without a dialog: the window's notice bar (ui/notice.py), with
    打开文件 / 打开文件夹 when `path` names the file just written."""
    from wulian_desk.ui.notice import fit_floating, floating_bar, notice_bar_of

    bar = notice_bar_of(parent)
    if bar is not None:
        bar.show_notice(text, path)
    elif parent is not None:
        bar = floating_bar(parent)
        bar.show_notice(text, path)
        fit_floating(bar)
