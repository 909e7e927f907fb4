"""The "导出 Excel" button of the groups, activities and volunteers lists: the rows the command line
lists (services/catalog.py, which checks the permission and masks numbers), written by
reports/workbook.py in the task runner, and the export journaled."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from wulian_desk.reports.workbook import write_workbook
from wulian_desk.services import catalog
from wulian_desk.ui import message
from wulian_desk.ui.i18n import is_english, pick


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the workbook (None: cancelled). A function of its own so tests can answer."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ListExport", "导出 Excel"), suggested,
        QCoreApplication.translate("ListExport", "Excel 工作簿 (*.xlsx)"))
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == ".xlsx" else out.with_name(out.name + ".xlsx")


def write_list(ctx, kind_name: str, out: Path, *, english: bool = False) -> Path:
    """One list, every row, as a workbook (runs in a worker)."""
    kind = catalog.get_kind(kind_name)
    rows = catalog.list_rows(ctx, kind_name)
    title = kind.en if english else kind.zh
    path = write_workbook(out, title=title, sheet=title, headers=[c.en if english else c.zh for c in kind.columns],
                          rows=([row.get(c.key) for c in kind.columns] for row in rows))
    ctx.audit_now("export", kind_name, ctx.station_id, rows=len(rows))
    return path


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
        out = ask_export_path(self, f"{pick(kind.zh, kind.en)}-{datetime.now():%Y%m%d}.xlsx")
        if out is None:
            return
        ctx, name, english = self.ctx, self.kind_name, is_english()
        self.setEnabled(False)
        self.runner.run(lambda _p: write_list(ctx, name, out, english=english), on_done=self._exported,
                        on_error=self._failed, label=QCoreApplication.translate("ListExport", "正在导出…"),
                        parent=self)

    def _exported(self, path) -> None:
        self.setEnabled(True)
        message.inform(self, QCoreApplication.translate("ListExport", "已导出到 %1").replace("%1", str(path)))

    def _failed(self, err) -> None:
        from wulian_desk.ui.errors import show_error

        self.setEnabled(True)
        show_error(self, err)
