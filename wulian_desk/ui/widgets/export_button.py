"""The "导出 Excel" button of a list: asks where, then services/reports/exports.py writes the rows in the
task runner (checked, masked and journaled there), reporting each batch written to the progress
dialog; the notice bar then offers to open the workbook or its folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from wulian_desk.services.reports import catalog
from wulian_desk.services.reports.exports import export_list
from wulian_desk.ui import message
from wulian_desk.ui.i18n import is_english


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the workbook (None: cancelled). A function of its own so tests can answer."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ListExport", "导出 Excel"), suggested,
        QCoreApplication.translate("ListExport", "Excel 工作簿 (*.xlsx)"))
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")


class ExportButton(QPushButton):
    def __init__(self, ctx, runner, kind_name: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ListExport", "导出 Excel…"), parent)
        self.setObjectName("exportButton")
        self.ctx = ctx
        self.runner = runner
        self.kind_name = kind_name
        self.clicked.connect(self.export)

    def export(self) -> None:
        kind = catalog.get_kind(self.kind_name)
        out = ask_export_path(self, f"{kind.text}-{datetime.now():%Y%m%d}.xlsx")
        if out is None:
            return
        ctx, name, english = self.ctx, self.kind_name, is_english()
        self.setEnabled(False)
        self.runner.run(lambda progress: export_list(ctx, name, out, english=english, progress=progress),
                        on_done=self._exported,
                        on_error=self._failed, label=QCoreApplication.translate("ListExport", "正在导出…"),
                        parent=self)

    def _exported(self, path) -> None:
        self.setEnabled(True)
        message.saved(self, QCoreApplication.translate("ListExport", "已导出到 %1").replace("%1", str(path)), path)

    def _failed(self, err) -> None:
        from wulian_desk.ui.errors import show_error

        self.setEnabled(True)
        show_error(self, err)
