"""各站点汇总 (at the county) or 各社区汇总 (at a station): the month's roll-up beside the year's
targets on the dashboard.

At the county every station is a row: whether it reported the month (services/reports/reporting.py, as
the 同步 page counts it), the key figures of the monthly report, facilities meeting the minimum and
its targets met; an enrolled station whose records have not arrived yet is a row too, so the
county sees who is missing; the county's total is the last row. Selecting a station shows its
units (the station and its communities) with the same figures, and its targets met or not.

The stations come as a tree: county → townships → community rooms, each room indented beneath the
township it reports through; a township's row counts its rooms too (含社工室), a room's row its own.

At a township or community station the view is the station's own roll-up: its units and its
targets, the rows its own monthly report prints; a township with community rooms enrolled also
sees the stations table, itself and each room. A station head reports by community and wants
to see this month per community without writing the PDF, so the view is shown rather than hidden.

The figures come from services/reports/rollup.py in the task runner; which figures, how they are read
and how they are shown are the monthly report's columns (reports/monthly.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import Cancelled
from wulian_desk.core.vocab import TIERS
from wulian_desk.ui.dashboard.month_approval import ApprovalBar, state_text
from wulian_desk.ui.dashboard.rollup_cells import (
    CONTEXT,
    DASH,
    FIGURE_COLUMNS,
    MET,
    MISSED,
    facilities_cell,
    figure_cells,
    load_rollup,
    targets_cell,
)
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.key_table import KeyTable


class RollupView(QWidget):
    """The month picker, the stations (at the county), the selected station's units and targets."""

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from wulian_desk.services.station.station import station_info

        self.setObjectName("rollupView")
        self.ctx = ctx
        self.runner = runner
        self.county = station_info(ctx).tier == "county"
        self.title = self.tr("各站点汇总") if self.county else self.tr("各社区汇总")
        self.result = None  # the Rollup shown
        self.reported: dict[str, str] = {}  # station id -> its 本月上报 text
        self.states: dict[str, str] = {}  # station id -> its month's state (core.month_lock.STATES)
        self.waiting: dict[str, str] = {}  # enrolled stations none of whose records arrived: id -> name
        self.generation = 0  # a lock forgets the figures: a load begun before it is not shown
        self.loading = False
        self.again = False  # asked again while a load ran: load once more when it ends
        self.stale = True  # load when next shown
        self.selected_id: str | None = None
        figures = [QCoreApplication.translate(CONTEXT, label) for label, _column in FIGURE_COLUMNS]
        today = date.today()
        self.month = QDateEdit(QDate(today.year, today.month, 1))
        self.month.setObjectName("rollupMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDateRange(QDate(2000, 1, 1), QDate(today.year, today.month, today.day))
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setObjectName("rollupRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("rollupSummary")
        self.summary.setWordWrap(True)
        # Two columns of names, then figures aligned right; the total row last, in bold.
        self.stations = KeyTable([self.tr("站点"), self.tr("本月上报"), *figures, self.tr("功能室达标"),
                                  self.tr("目标达成")], "rollupStations", widest=320, stretches=False, figures_from=2)
        self.stations.itemSelectionChanged.connect(self._station_selected)
        self.heading = QLabel()
        self.heading.setObjectName("rollupUnitsHeading")
        self.units = KeyTable([self.tr("单位"), self.tr("类型"), *figures, self.tr("功能室达标")],
                              "rollupUnits", widest=320, stretches=False, figures_from=2)
        self.targets_heading = QLabel()
        self.targets_heading.setObjectName("rollupTargetsHeading")
        self.targets = KeyTable([self.tr("目标"), self.tr("完成情况"), self.tr("要求"), self.tr("结果")],
                                "rollupTargets", widest=320, stretches=False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("月份：")))
        bar.addWidget(self.month)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.summary, 1)
        self.approval = ApprovalBar(ctx, self.refresh, self)  # the selected station's month
        self.approval.setVisible(self.county and ctx.may("report", "approve"))
        bar.addWidget(self.approval)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.stations)
        self.stations.setVisible(self.county)  # a township shows it once it has rooms
        split.addWidget(self._titled(self.heading, self.units))
        split.addWidget(self._titled(self.targets_heading, self.targets))
        for index, share in enumerate((2, 3, 2)):
            split.setStretchFactor(index, share)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    @staticmethod
    def _titled(heading: QLabel, table: KeyTable) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(heading)
        column.addWidget(table, 1)
        return box

    def month_code(self) -> str:
        chosen = self.month.date()
        return f"{chosen.year():04d}-{chosen.month():02d}"

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Roll the chosen month up again now if the view is on screen, else when it shows."""
        if not self.isVisible():
            self.stale = True
            return
        self._load()

    def _load(self) -> None:
        if self.loading:
            self.again = True
            return
        self.loading, self.stale = True, False
        generation = self.generation
        steps = (self.tr("各站点的数字") if self.county else self.tr("本站各单位的数字"), self.tr("上报情况"))
        self.runner.run(load_rollup(self.ctx, self.month_code(), steps),
                        on_done=lambda outcome: self._show(outcome, generation),
                        on_error=lambda err: self._failed(err, generation),
                        label=self.tr("正在汇总%1…").replace("%1", self.month_code()), parent=self)

    def _finish_loading(self) -> bool:
        """The load has ended; True when another was asked for meanwhile (and has begun)."""
        self.loading = False
        if self.again:
            self.again = False
            self._load()
            return True
        return False

    def _failed(self, err, generation: int) -> None:
        if self._finish_loading() or generation != self.generation:
            return
        self.clear()
        self.stale = True
        if isinstance(err, Cancelled):
            self.summary.setText(self.tr("汇总已取消，点“刷新”重新汇总。"))
        else:
            self.summary.setText(self.tr("汇总没有完成。"))
            show_error(self, err)

    def _show(self, outcome, generation: int) -> None:
        if self._finish_loading() or generation != self.generation:
            return
        result, status = outcome
        if result.month.code != self.month_code():  # a month no longer chosen
            self._load()
            return
        self.result = result
        self.reported = self._reported(status) if status is not None else {}
        below = self.county or len(result.stations) > 1  # a county, or a township with its rooms
        self.approval.setVisible(below and self.ctx.may("report", "approve"))
        if below:
            self.stations.show()
            self._show_stations(result, status)
        else:
            self.stations.setVisible(False)
            own = status.own.state if status is not None and status.own is not None else None
            said = self.tr("%1：本站各单位的工作，与本站月度报告相同。").replace("%1", result.month.code)
            if own is not None:  # what the tier above has of this month
                said += self.tr("本月报送：%1").replace("%1", state_text(own.state, own.on_time))
                said += self.tr("（%1）").replace("%1", own.decision.reason) if own.state == "returned" else ""
            self.summary.setText(said)
            self.show_station(result.stations[0].station_id if result.stations else None)

    # -- the stations ------------------------------------------------------------------------------

    def _reported(self, status) -> dict[str, str]:
        """Station id -> its month's state as said (未报送 / 已报送（按时） / ... ; a station's
        computers together), and the states kept for the approval buttons."""
        by_station: dict[str, list] = {}
        for row in status.stations:
            by_station.setdefault(row.station_id, []).append(row)
        out, self.states = {}, {}
        for station_id, rows in by_station.items():
            active = [r for r in rows if r.status == "active"]
            if not active:
                out[station_id] = self.tr("已吊销")
                continue
            self.states[station_id] = active[0].state
            out[station_id] = state_text(active[0].state, active[0].on_time)
        return out

    def reported_text(self, station_id: str) -> str:
        if station_id == self.ctx.station_id:
            return self.tr("本站")
        return self.reported.get(station_id, DASH)

    def _show_stations(self, result, status) -> None:
        rows = [(s.station_id, [self._tree_name(result, s, depth), self.reported_text(s.station_id),
                                *figure_cells(self._tree_figures(result, s)), facilities_cell(self._tree_figures(result, s)),
                                targets_cell(s.targets)]) for depth, s in result.tree()]
        present = {s.station_id for s in result.stations}
        self.waiting = {}
        for row in status.stations if status is not None else ():
            if row.station_id not in present:
                self.waiting.setdefault(row.station_id, row.name)
        blank = [DASH] * (len(FIGURE_COLUMNS) + 2)
        rows += [(station_id, [name, self.reported_text(station_id), *blank]) for station_id, name in self.waiting.items()]
        if status is not None:
            active = [s for s in status.stations if s.status == "active"]
            expected = len({s.station_id for s in active})
            reported = len({s.station_id for s in active if s.reported})
            on_time = len({s.station_id for s in active if s.on_time})
            reported_total = f"{reported}/{expected}"
            self.summary.setText(
                self.tr("%1：%2 个站点有数据；应报 %3 个站点，已上报 %4 个，按时 %5 个。")
                .replace("%1", result.month.code).replace("%2", str(len(result.stations)))
                .replace("%3", str(expected)).replace("%4", str(reported)).replace("%5", str(on_time)))
        else:
            reported_total = DASH
            self.summary.setText(self.tr("%1：%2 个站点有数据。").replace("%1", result.month.code)
                                 .replace("%2", str(len(result.stations))))
        total = [self.tr("全县合计") if self.county else self.tr("合计（含社工室）"), reported_total, *figure_cells(result.total), facilities_cell(result.total),
                 targets_cell(result.targets)]
        keep = self.selected_id
        self.stations.blockSignals(True)  # one detail shown for the row selected below, not one per step
        self.stations.fill(rows, total=total)
        if not self.stations.select_key(keep) and rows:
            self.stations.selectRow(0)
        self.stations.blockSignals(False)
        self._station_selected()

    def _tree_name(self, result, station, depth: int) -> str:
        """Indented beneath the station it reports through; a township with rooms says so."""
        level = depth - (1 if self.county else 0)  # at the county, townships sit at depth 1
        name = ("    " * (level - 1) + "  └ " if level > 0 else "") + station.name
        if station.station_id != self.ctx.station_id and result.below(station.station_id):
            name += self.tr("（含社工室）")
        return name

    def _tree_figures(self, result, station):
        """A township's figures with its rooms' (at the county); any other station's its own."""
        if station.station_id != self.ctx.station_id and result.below(station.station_id):
            return result.with_below(station.station_id)
        return station.figures

    def _station_selected(self) -> None:
        key = self.stations.current_key()
        if key is None and self.selected_id is not None:  # the total row, which cannot be selected
            self.stations.blockSignals(True)
            kept = self.stations.select_key(self.selected_id)
            self.stations.blockSignals(False)
            if kept:
                return
        self.show_station(key)

    def station(self, station_id: str | None):
        if self.result is None or station_id is None:
            return None
        return next((s for s in self.result.stations if s.station_id == station_id), None)

    def show_station(self, station_id: str | None) -> None:
        """The station's units with their figures, and its targets met or not."""
        self.selected_id = station_id
        state = self.states.get(station_id or "")
        name = next((s.name for s in self.result.stations if s.station_id == station_id), None) if self.result else None
        self.approval.show_target((station_id, name or self.waiting.get(station_id, ""), self.month_code(), state)
                                  if station_id and state else None)
        found = self.station(station_id)
        if found is None:
            name = self.waiting.get(station_id or "", "")
            self.heading.setText(self.tr("%1 的数据还没有导入。").replace("%1", name) if name else "")
            self.targets_heading.clear()
            self.units.fill([])
            self.targets.fill([])
            return
        self.heading.setText(self.tr("%1：各单位本月情况").replace("%1", found.name))
        self.units.fill([(u.unit_id, [u.name if u.tier != "community" else f"  {u.name}", vocab_label(TIERS, u.tier),
                                      *figure_cells(u.figures), self._compliance(u.compliance)])
                         for u in found.units],
                        total=[self.tr("合计"), "", *figure_cells(found.figures), facilities_cell(found.figures)])
        met = found.targets_met
        self.targets_heading.setText(self.tr("%1 的年度目标：%2 项达标，%3 项未达标。").replace("%1", found.name)
                                     .replace("%2", str(met)).replace("%3", str(len(found.targets) - met)))
        self.targets.fill([(t.key, [str(t.name), str(t.figure_text) or f"{t.figure:g}",
                                    str(t.target), self.tr("✔ 达标") if t.met else self.tr("✘ 未达标")])
                           for t in found.targets])
        for row, target in enumerate(found.targets):
            self.targets.item(row, 3).setForeground(MET if target.met else MISSED)

    def _compliance(self, check) -> str:
        if check is None or not check.items:
            return DASH
        return self.tr("达标") if check.met else self.tr("未达标")

    # -- the window's events -----------------------------------------------------------------------

    def clear(self) -> None:
        self.result = None
        self.reported, self.waiting, self.states = {}, {}, {}
        self.approval.show_target(None)
        self.stations.fill([])
        self.units.fill([])
        self.targets.fill([])
        self.heading.clear()
        self.targets_heading.clear()
        self.summary.clear()

    def apply_changes(self, _changes) -> None:
        """Any record may move a figure: roll up again, now if on screen, else when shown."""
        self.refresh()

    def drop_cache(self) -> None:
        """The window locks: forget the figures; they are rolled up again when shown after unlocking."""
        self.generation += 1
        self.clear()
        self.stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        today = date.today()
        self.month.setMaximumDate(QDate(today.year, today.month, today.day))  # the window may stay open for days
        if self.stale:
            self._load()
