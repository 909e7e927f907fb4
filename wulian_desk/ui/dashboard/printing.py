"""Save a report as a PDF: ask where (QFileDialog), write it in the task runner, say where it went
(the notice, which offers to open or print it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from wulian_desk.ui import message
from wulian_desk.ui.tasks import TaskRunner


def print_pdf(parent: QWidget, runner: TaskRunner, *, title: str, suggested: str,
              write: Callable[[Path], Path], label: str) -> None:
    """`write(out)` runs in a worker (it may load reportlab) and returns the path it wrote."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested,
                                                QCoreApplication.translate("printing", "PDF 文件 (*.pdf)"))
    if not path:
        return
    out = Path(path)
    runner.run(lambda _progress: write(out), label=label, parent=parent, on_done=lambda written: message.saved(
        parent, QCoreApplication.translate("printing", "已保存到：%1").replace("%1", str(written)), written))
