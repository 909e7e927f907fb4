"""The one way the window says something worked ("已保存", "已导出到 …"): a line in the status bar
that goes away by itself, never a dialog to dismiss. When it names a file just written it offers
打开文件 and 打开文件夹 (the system's viewer, through QDesktopServices), and for a PDF 打印… (the
system's print dialog, ui/system_print.py)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

SHOW_MS = 8_000
SHOW_WITH_FILE_MS = 30_000  # long enough to decide whether to open what was just made
SPECIFIC_WINS_S = 2.0  # a screen's own words ("证明已保存到…") are not replaced by the window's "已保存"


def open_path(path: Path) -> bool:
    """Open a file or folder in the system's program for it (a function of its own: tests answer)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.open_file = QPushButton(self.tr("打开文件"))
        self.open_file.setObjectName("openFile")
        self.open_file.clicked.connect(lambda: self._open(self.path))
        self.open_folder = QPushButton(self.tr("打开文件夹"))
        self.open_folder.setObjectName("openFolder")
        self.open_folder.clicked.connect(lambda: self._open(self._folder()))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("printFile")
        self.print_button.clicked.connect(self.print_file)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.open_file)
        layout.addWidget(self.open_folder)
        layout.addWidget(self.print_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.path: Path | None = None
        self.shown_at = 0.0
        self.hide()

    def show_saved(self) -> None:
        """The window's plain "已保存", unless the screen has just said something more precise."""
        if self.isVisible() and time.monotonic() - self.shown_at < SPECIFIC_WINS_S:
            return
        self.show_notice(self.tr("已保存。"))

    def show_notice(self, text: str, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.text.setText(text)
        self.open_file.setVisible(self.path is not None and not self.path.is_dir())
        self.open_folder.setVisible(self.path is not None)
        self.print_button.setVisible(self.path is not None and self.path.suffix.lower() == ".pdf"
                                     and self._runner() is not None)
        self.shown_at = time.monotonic()
        self.show()
        self.timer.start(SHOW_WITH_FILE_MS if self.path is not None else SHOW_MS)

    def dismiss(self) -> None:
        self.timer.stop()
        self.path = None
        self.text.clear()
        self.hide()

    def _folder(self) -> Path | None:
        """The folder to open: the one named (a folder was the thing made), or the file's."""
        if self.path is None:
            return None
        return self.path if self.path.is_dir() else self.path.parent

    def _open(self, path: Path | None) -> None:
        if path is not None:
            open_path(path)
            self.dismiss()


    def _runner(self):
        """The task runner of the window this bar is in; None for a screen shown on its own. (Not
        ui.tasks.runner_of: the task runner reports errors through messages, which use this bar.)"""
        widget = self.parent()
        while widget is not None:
            found = getattr(widget, "runner", None)
            if found is not None and callable(getattr(found, "run", None)):
                return found
            widget = widget.parent()
        return None

    def print_file(self) -> None:
        """The system's print dialog, then the PDF to the chosen printer (in the task runner)."""
        from wulian_desk.ui import system_print

        path, runner = self.path, self._runner()
        if path is None or runner is None:
            return
        choice = system_print.choose_printer(self.window())
        if choice is None:
            return
        self.dismiss()
        runner.run(lambda _p: system_print.send_to_printer(path, choice), parent=self,
                   on_done=lambda _r: self.show_notice(self.tr("已发送到打印机 %1").replace("%1", choice.printer)))


def notice_bar_of(widget: QWidget | None) -> NoticeBar | None:
    """The notice bar of the window `widget` is in (a dialog's owner's, too), if it has one."""
    while widget is not None:
        found = getattr(widget, "notice_bar", None)
        if isinstance(found, NoticeBar):
            return found
        widget = widget.parentWidget()
    return None


def floating_bar(widget: QWidget) -> NoticeBar:
    """A window without a status bar (a screen on its own, the login window): the same bar along
    its bottom edge; `fit_floating` places it once it holds its text."""
    window = widget.window()
    bar = window.findChild(NoticeBar, "floatingNotice")
    if bar is None:
        bar = NoticeBar(window)
        bar.setObjectName("floatingNotice")
        bar.setAutoFillBackground(True)
        bar.text.setWordWrap(True)  # a small window: long paths wrap rather than run off its edge
    return bar


def fit_floating(bar: NoticeBar) -> None:
    window = bar.parentWidget()
    width = max(0, window.width() - 16)
    height = bar.heightForWidth(width) if bar.hasHeightForWidth() else bar.sizeHint().height()
    height = max(height, bar.sizeHint().height())
    bar.setGeometry(8, max(0, window.height() - height - 8), width, height)
    bar.raise_()
