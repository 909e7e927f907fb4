"""Monthly submission and approval in the window (services/reports/approval.py).

At a station the monthly report screen's "报送月份…" (ui/dashboard/monthly_report.py) submits an
ended month to the tier above, in a dialog whose pieces are here. At
the tier above, the roll-up's station list carries "审核通过" and "退回…" (and "重新开放…" for an
approved month) for the selected station; a return or a reopening asks for the reason. Every
write runs on the task runner's write lane; a refusal stays in the dialog that asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from wulian_desk.ui import message
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.tasks import runner_of
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def state_text(state: str, on_time: bool | None) -> str:
    """A month's state as the window says it (core.month_lock.STATES)."""
    translate = QCoreApplication.translate
    if state == "submitted":
        return translate("MonthApproval", "已报送（按时）") if on_time else translate("MonthApproval", "已报送（逾期）")
    if state == "returned":
        return translate("MonthApproval", "已退回")
    if state == "approved":
        return translate("MonthApproval", "已审核通过")
    return translate("MonthApproval", "未报送")


def ended_months(today: date, count: int = 12) -> list[str]:
    """The months that have ended, newest first: what a station may submit."""
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    months = []
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def note_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
    return box


class DecisionDialog(RecordDialog):
    """Return a submitted month, or reopen an approved one, with the reason (sent down with it)."""

    REQUIRED = frozenset({"reason"})

    def __init__(self, ctx, *, station_id: str, name: str, month: str, reopen: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.station_id, self.month, self.reopen = ctx, station_id, month, reopen
        self.setObjectName("monthDecision")
        self.setWindowTitle(self.tr("重新开放月份") if reopen else self.tr("退回月份"))
        self.ok_button.setText(self.tr("重新开放") if reopen else self.tr("退回"))
        self.form.addRow(self.tr("站点"), QLabel(name))
        self.form.addRow(self.tr("月份"), QLabel(month))
        self.reason = note_box()
        self.add_field("reason", self.tr("原因"), self.reason)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return None

    def prepare(self) -> Callable:
        from wulian_desk.services.reports import approval

        ctx, station, month, reason = self.ctx, self.station_id, self.month, self.reason.toPlainText()
        if self.reopen:
            return lambda: approval.reopen(ctx, station=station, month=month, reason=reason)
        return lambda: approval.return_month(ctx, station=station, month=month, reason=reason)


class ApprovalBar(QWidget):
    """审核通过 / 退回… / 重新开放… for the station selected in the roll-up; `decided` runs after."""

    def __init__(self, ctx, decided: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.decided = ctx, decided
        self.target: tuple[str, str, str, str] | None = None  # station id, name, month, state
        self.approve_button = QPushButton(self.tr("审核通过"))
        self.approve_button.setObjectName("approveMonth")
        self.return_button = QPushButton(self.tr("退回…"))
        self.return_button.setObjectName("returnMonth")
        self.reopen_button = QPushButton(self.tr("重新开放…"))
        self.reopen_button.setObjectName("reopenMonth")
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(lambda: self.ask_reason(reopen=False))
        self.reopen_button.clicked.connect(lambda: self.ask_reason(reopen=True))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.approve_button, self.return_button, self.reopen_button):
            row.addWidget(button)
        self.setVisible(ctx.may("report", "approve"))
        self.show_target(None)

    def show_target(self, target: tuple[str, str, str, str] | None) -> None:
        self.target = target
        state = target[3] if target else ""
        self.approve_button.setEnabled(state == "submitted")
        self.return_button.setEnabled(state == "submitted")
        self.reopen_button.setEnabled(state == "approved")

    def approve(self) -> None:
        if self.target is None:
            return
        station_id, name, month, _state = self.target
        asked = self.tr("审核通过 %1 的 %2？通过后该月在站点锁定。").replace("%1", name).replace("%2", month)
        if not message.confirm(self, asked):
            return
        from wulian_desk.services.reports import approval

        ctx = self.ctx
        runner_of(self).write(lambda _p: approval.approve(ctx, station=station_id, month=month),
                              on_done=lambda _c: self.decided(), on_error=lambda err: show_error(self, err),
                              parent=self)

    def ask_reason(self, *, reopen: bool) -> None:
        if self.target is None:
            return
        station_id, name, month, _state = self.target
        dialog = DecisionDialog(self.ctx, station_id=station_id, name=name, month=month, reopen=reopen,
                                parent=self.window())
        if dialog.exec() == DecisionDialog.DialogCode.Accepted and dialog.changes is not None:
            self.decided()
