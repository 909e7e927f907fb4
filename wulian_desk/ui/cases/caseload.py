"""我的个案 on the overview: the logged-in user's open caseload and the reviews now overdue."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wulian_desk.core.cases import OPEN_STAGES, STAGES
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner


def caseload_data(ctx):
    """(open cases of mine, my overdue reviews), or None for a role without case access. Runs in a worker."""
    if not ctx.may("case", "view"):
        return None
    from wulian_desk.services.casework import cases

    rows = cases.cases_by_id(ctx, cases.case_ids(ctx, mine=True))
    return sum(r.stage in OPEN_STAGES or r.stage == "paused" for r in rows.values()), cases.overdue_reviews(ctx)


class CaseloadBox(QWidget):
    opened = Signal(str)  # case id

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseload")
        self.ctx = ctx
        self.runner = runner
        heading = QLabel(self.tr("我的个案"))
        heading.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("caseloadSummary")
        self.overdue = QListWidget()
        self.overdue.setObjectName("overdueReviews")
        self.overdue.setMaximumHeight(self.overdue.fontMetrics().height() * 6)
        self.overdue.itemActivated.connect(lambda item: emit(self.opened, item.data(Qt.ItemDataRole.UserRole)))
        self.overdue.itemDoubleClicked.connect(lambda item: emit(self.opened, item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.overdue)
        if not ctx.may("case", "view"):
            self.hide()  # never setVisible(True) here: a widget without a parent yet would open as a window

    def refresh(self) -> None:
        """After a case changed: two small indexed queries, read here like the lists read their pages
        (the first load rides on the overview's task)."""
        self.show_data(caseload_data(self.ctx))

    def show_data(self, outcome) -> None:
        if outcome is None:
            return
        open_count, overdue = outcome
        # Each count its own numerus string: "1 open case", "2 open cases".
        self.summary.setText(self.tr("%1，%2。").replace("%1", self.tr("在办个案 %n 个", None, open_count))
                             .replace("%2", self.tr("回顾已逾期 %n 个", None, len(overdue))))
        self.overdue.clear()
        for row in overdue:
            item = QListWidgetItem(self.tr("%1  %2  %3（%4）回顾日期 %5").replace("%1", row.case_number)
                                   .replace("%2", row.client_name).replace("%3", row.title)
                                   .replace("%4", vocab_label(STAGES, row.stage))
                                   .replace("%5", f"{row.next_review_on:%Y-%m-%d}"))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.overdue.addItem(item)
        self.overdue.setVisible(bool(overdue))

    def clear(self) -> None:
        self.summary.clear()
        self.overdue.clear()
