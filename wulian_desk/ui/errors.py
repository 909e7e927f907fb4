"""Two kinds of errors: a known `WulianError` is shown as a plain message; anything else is a bug
that gets the crash dialog, with details to copy, and a traceback in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wulian_desk import __version__
from wulian_desk.core.errors import WulianError
from wulian_desk.ui import message
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.widgets.windows import settle_window

log = logging.getLogger("wulian_desk.ui")


def show_error(parent: QWidget | None, err: WulianError) -> None:
    message.warn(parent, error_text(err))


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


def crash_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"Wulian Desk {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the window: known errors as a message, bugs to the crash dialog."""
    if isinstance(exc, WulianError):
        log.info("known error shown to the user: %s", exc.english or exc.message)
        show_error(QApplication.activeWindow(), exc)
        return
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    details = crash_details(exc_type, exc, tb)
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    CrashDialog(details, QApplication.activeWindow()).exec()


def report_exception(exc: BaseException) -> None:
    """Send an exception caught elsewhere (a worker thread) down the same path as an uncaught one."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def install_excepthook() -> None:
    sys.excepthook = handle_exception
