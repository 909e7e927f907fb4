"""月度报告: pick a month and PDF or Excel, say where to save, and the report is written in the task
runner (services/reports/rollup.py checks, rolls up, writes and journals it). At a station it is the
station's own month; at the county every station and the county's total.

报送月份: a station submits an ended month to the tier above (services/reports/approval.py), which
approves or returns it; an approved month is locked at the station."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.rollup import Month, parse_month
from wulian_desk.ui import message
from wulian_desk.ui.dashboard.month_approval import ended_months, note_box
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.record_dialog import RecordDialog
from wulian_desk.ui.widgets.windows import grow_to_fit, settle_window


def last_month(today: date) -> Month:
    return Month(today.year - 1, 12) if today.month == 1 else Month(today.year, today.month - 1)


class MonthlyReportDialog(QDialog):
    """The month (last month unless changed) and the format; OK refuses a month not yet begun."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyReport")
        self.setWindowTitle(self.tr("月度报告"))
        self.today = today or date.today()
        start = last_month(self.today)
        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(2000, self.today.year)
        self.year.setValue(start.year)
        self.month = QComboBox()
        self.month.setObjectName("reportMonth")
        for n in range(1, 13):
            self.month.addItem(self.tr("%1 月").replace("%1", str(n)), n)
        self.month.setCurrentIndex(start.month - 1)
        self.pdf = QRadioButton(self.tr("PDF（打印用）"))
        self.pdf.setObjectName("formatPdf")
        self.pdf.setChecked(True)
        self.xlsx = QRadioButton(self.tr("Excel 工作簿（.xlsx，便于汇总）"))
        self.xlsx.setObjectName("formatXlsx")
        self.error = QLabel()
        self.error.setObjectName("monthError")
        self.error.setStyleSheet("color: #C0392B")
        self.error.setWordWrap(True)
        self.error.hide()
        note = QLabel(self.tr("站点报告本站当月的工作；县总站报告各站点的工作及全县合计。"))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("年份"), self.year)
        form.addRow(self.tr("月份"), self.month)
        form.addRow(self.tr("格式"), self.pdf)
        form.addRow("", self.xlsx)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        settle_window(self)

    def chosen_month(self) -> str:
        return f"{self.year.value():04d}-{self.month.currentData():02d}"

    def suffix(self) -> str:
        return ".xlsx" if self.xlsx.isChecked() else ".pdf"

    def accept(self) -> None:
        try:
            parse_month(self.chosen_month(), today=self.today)
        except ValidationError as err:
            from wulian_desk.ui.i18n import error_text

            self.error.setText(error_text(err))
            self.error.show()
            grow_to_fit(self.error)
            return
        super().accept()


def ask_report_path(parent: QWidget, month: str, suffix: str) -> Path | None:
    """Where to save (None: cancelled); the suffix is added when the name lacks it."""
    kinds = {".pdf": QCoreApplication.translate("MonthlyReport", "PDF 文件 (*.pdf)"),
             ".xlsx": QCoreApplication.translate("MonthlyReport", "Excel 工作簿 (*.xlsx)")}
    suggested = QCoreApplication.translate("MonthlyReport", "月度报告%1").replace("%1", month) + suffix
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("MonthlyReport", "保存月度报告"), suggested, kinds[suffix])
    if not path:
        return None
    out = Path(path)
    return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)


class MonthlyReportButton(QPushButton):
    """The dashboard's "月度报告…" button; shown to the roles that may print the report."""

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MonthlyReport", "月度报告…"), parent)
        self.setObjectName("monthlyReportButton")
        self.setToolTip(QCoreApplication.translate("MonthlyReport", "生成某月的五社联动工作月报（PDF 或 Excel）"))
        self.ctx = ctx
        self.runner = runner
        self.setVisible(ctx.may("report", "print"))
        self.clicked.connect(self.ask)

    def ask(self) -> None:
        dialog = MonthlyReportDialog(self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        month, suffix = dialog.chosen_month(), dialog.suffix()
        out = ask_report_path(self.window(), month, suffix)
        if out is None:
            return
        ctx = self.ctx
        self.setEnabled(False)

        def write(_progress):
            from wulian_desk.services.reports import rollup

            return rollup.print_monthly(ctx, month, out)

        self.runner.run(write, on_done=self._written, on_error=self._failed, parent=self,
                        label=QCoreApplication.translate("MonthlyReport", "正在生成月度报告…"))

    def _written(self, path) -> None:
        self.setEnabled(True)
        message.saved(self, QCoreApplication.translate("MonthlyReport", "月度报告已保存到：%1").replace("%1", str(path)),
                      path)

    def _failed(self, err) -> None:
        from wulian_desk.ui.errors import show_error

        self.setEnabled(True)
        show_error(self, err)


class SubmitMonthDialog(RecordDialog):
    """Submit an ended month (last month unless changed) with an optional note."""

    def __init__(self, ctx, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("submitMonth")
        self.setWindowTitle(self.tr("报送月份"))
        self.ok_button.setText(self.tr("报送"))
        self.month = QComboBox()
        for month in ended_months(today or date.today()):
            self.month.addItem(month, month)
        self.note = note_box()
        explain = QLabel(self.tr("报送后随下一个数据包交上级审核；审核通过的月份在本站锁定，不能再增删改，"
                                 "如需更正须由上级发出更正请求。"))
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.add_field("month", self.tr("月份"), self.month)
        self.add_field("note", self.tr("报送说明"), self.note)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return None

    def prepare(self) -> Callable:
        from wulian_desk.services.reports import approval

        ctx, month, note = self.ctx, self.month.currentData(), self.note.toPlainText()
        return lambda: approval.submit(ctx, month, note=note)


class SubmitMonthButton(QPushButton):
    """The monthly report screen's "报送月份…": shown to the roles that may submit."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MonthApproval", "报送月份…"), parent)
        self.setObjectName("submitMonthButton")
        self.setToolTip(QCoreApplication.translate("MonthApproval", "把已结束的月份报送给上级审核"))
        self.ctx = ctx
        self.setVisible(ctx.may("report", "submit"))
        self.clicked.connect(self.ask)

    def ask(self) -> None:
        dialog = SubmitMonthDialog(self.ctx, self.window())
        if dialog.exec() == SubmitMonthDialog.DialogCode.Accepted and dialog.changes is not None:
            message.saved(self, QCoreApplication.translate("MonthApproval", "已报送 %1，将随下一个数据包上报。")
                           .replace("%1", dialog.month.currentData()))
