"""工作台 (targets): each target of the station's policy profile as a bar, the figure against the
target, 达标 or 未达标; a figure opens the records behind it; the page prints as a PDF. A second tab
holds the month's roll-up (rollup_view.py): every station at the county, the communities at a station."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.targets import TargetResult
from wulian_desk.ui.dashboard.drill_down import DrillDownDialog
from wulian_desk.ui.dashboard.monthly_report import MonthlyReportButton, SubmitMonthButton
from wulian_desk.ui.dashboard.printing import print_pdf
from wulian_desk.ui.dashboard.rollup_view import RollupView
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.overview import state_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner

REFRESH_ON = frozenset({"organisation", "org_unit", "staff", "agency", "operating_fund", "setting"})
MET, MISSED, TRACK = QColor("#3A8F4F"), QColor("#C0392B"), QColor("#EEEEEE")


class TargetBar(QWidget):
    """A horizontal bar filled to figure/target (full when reached): green when met, red when not."""

    def __init__(self, result: TargetResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setMinimumWidth(96)  # narrower on a small screen; its size hint is what a large one gets
        self.setFixedHeight(14)

    def share(self) -> float:
        r = self.result
        return max(0.0, min(r.figure / r.threshold, 1.0)) if r.threshold else 1.0

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        whole = QRectF(0, 2, self.width(), self.height() - 4)
        painter.fillRect(whole, TRACK)
        painter.fillRect(QRectF(0, 2, self.width() * self.share(), self.height() - 4),
                         MET if self.result.met else MISSED)
        painter.end()


class FigureButton(QPushButton):
    """The figure, flat: clicking it drills down to the records behind it."""

    opened = Signal(object)

    def __init__(self, result: TargetResult, parent: QWidget | None = None) -> None:
        super().__init__(str(result.figure_text) or f"{result.figure:g}", parent)
        self.result = result
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("查看这个数字背后的记录"))
        self.clicked.connect(lambda: emit(self.opened, self.result))


def load_dashboard(ctx, year: int):
    def run(_progress):
        from wulian_desk.services.reports import targets
        from wulian_desk.services.station import policies

        return policies.station_profile(ctx).name, targets.dashboard(ctx, year)

    return run


class DashboardPage(QWidget):
    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_dashboard")
        self.ctx = ctx
        self.runner = runner
        self.loading = False
        self.stale = False
        self.dropped = False
        self.results: list[TargetResult] = []
        self.figures: list[FigureButton] = []
        title = QLabel(self.tr("目标达成情况"))
        title.setObjectName("pageTitle")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2015, date.today().year + 1)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("年度 "))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.print_button = QPushButton(self.tr("打印工作台"))
        self.print_button.setObjectName("printButton")
        self.print_button.setVisible(ctx.may("target", "print"))
        self.print_button.clicked.connect(self.print_page)
        self.profile = QLabel()
        self.profile.setObjectName("profileName")
        self.tally = QLabel()
        self.tally.setObjectName("targetTally")
        bar = QHBoxLayout()
        bar.addWidget(self.year)
        bar.addWidget(self.profile, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(MonthlyReportButton(ctx, runner, self))
        self.submit_button = SubmitMonthButton(ctx, self)
        bar.addWidget(self.submit_button)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self.grid)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        targets = QWidget()
        column = QVBoxLayout(targets)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.tally)
        column.addWidget(scroll, 1)
        self.rollup_view = RollupView(ctx, runner)  # rolled up when its tab is first shown
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(targets, self.tr("年度目标"))
        self.tabs.addTab(self.rollup_view, self.rollup_view.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        if self.loading:
            self.stale = True
            return
        self.loading = True
        self.runner.run(load_dashboard(self.ctx, self.year.value()), on_done=self._show, on_error=self._failed,
                        parent=self)

    def _failed(self, err) -> None:
        self.loading = False
        show_error(self, err)

    def _show(self, outcome) -> None:
        self.loading = False
        if self.stale:
            self.stale = False
            self.refresh()
            return
        profile, self.results = outcome
        self.profile.setText(self.tr("政策依据：%1").replace("%1", profile))
        met = sum(1 for r in self.results if r.met)
        self.tally.setText(self.tr("共 %n 项目标：", None, len(self.results))
                           + self.tr("%1 项达标，%2 项未达标。").replace("%1", str(met)).replace("%2", str(len(self.results) - met)))
        self.clear()
        for row, result in enumerate(self.results):
            self.add_row(row, result)

    def add_row(self, row: int, result: TargetResult) -> None:
        figure = FigureButton(result)
        figure.setObjectName(f"figure_{result.key}")
        figure.opened.connect(self.drill_down)
        self.figures.append(figure)
        verdict = self.tr("✔ 达标") if result.met else self.tr("✘ 未达标")
        name = QLabel(str(result.name))
        requirement = QLabel(self.tr("要求 %1").replace("%1", str(result.target)))
        for label in (name, requirement):
            label.setWordWrap(True)  # long (English) texts wrap rather than push the page sideways
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(TargetBar(result), row, 1)
        self.grid.addWidget(figure, row, 2)
        self.grid.addWidget(requirement, row, 3)
        self.grid.addWidget(state_label(verdict, result.met, f"verdict_{result.key}"), row, 4)

    def figure_buttons(self) -> list[FigureButton]:
        return list(self.figures)

    def drill_down(self, result: TargetResult) -> None:
        DrillDownDialog(self.ctx, result, parent=self).exec()

    def print_page(self) -> None:
        from wulian_desk.services.reports import targets

        ctx, year = self.ctx, self.year.value()
        print_pdf(self, self.runner, title=self.tr("保存工作台"), suggested=self.tr("工作台%1.pdf").replace("%1", str(year)),
                  write=lambda out: targets.print_dashboard(ctx, year, out), label=self.tr("正在生成工作台…"))

    def clear(self) -> None:
        self.figures = []
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def apply_changes(self, changes) -> None:
        self.rollup_view.apply_changes(changes)
        if changes.kinds & REFRESH_ON:
            self.refresh()

    def drop_cache(self) -> None:
        """The window locks: forget the figures; they are read again when shown after unlocking."""
        self.clear()
        self.results = []
        self.dropped = True
        self.rollup_view.drop_cache()

    def showEvent(self, event) -> None:
        if self.dropped:
            self.dropped = False
            self.refresh()
        super().showEvent(event)
