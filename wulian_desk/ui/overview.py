"""工作台总览: the station, and each unit's facilities held against its tier's minimum."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from wulian_desk.core.facilities import ComplianceItem, UnitCompliance
from wulian_desk.core.vocab import ASSET_CATEGORIES, ROOM_TYPES, TIERS
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.tasks import TaskRunner

REFRESH_ON = frozenset({"room", "asset", "org_unit", "setting"})
CASELOAD_CHANGES = frozenset({"case", "form_record", "approval", "service_session"})


def load_overview(ctx):
    def run(progress):
        from wulian_desk.services.facilities.facilities import compliance
        from wulian_desk.services.station.station import station_info
        from wulian_desk.ui.cases.caseload import caseload_data

        return station_info(ctx), compliance(ctx), caseload_data(ctx)

    return run


def state_label(text: str, met: bool, name: str = "") -> QLabel:
    # No word wrap: a wrapping label reports no useful minimum height and the scroll area would
    # squeeze the cards flat. The lines are short; the window is wide enough for them.
    label = QLabel(text)
    label.setProperty("state", "met" if met else "missing")  # green / red in resources/style/app.qss
    if name:
        label.setObjectName(name)
    return label


class UnitCard(QFrame):
    """One unit: a 达标/未达标 badge, each requirement with what was found, and what is missing."""

    def __init__(self, unit: UnitCompliance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.unit = unit
        title = QLabel(f"{unit.name}  ·  {vocab_label(TIERS, unit.tier)}")
        title.setObjectName("unitTitle")
        if not unit.items:
            badge = QLabel(self.tr("本层级没有设施标准"))
        elif unit.met:
            badge = state_label(self.tr("✔ 达标"), True, "badge")
        else:
            badge = state_label(self.tr("✘ 未达标（%1 项）").replace("%1", str(len(unit.missing))), False, "badge")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, item in enumerate(unit.items):
            mark = "✔" if item.met else "✘"
            grid.addWidget(state_label(f"{mark} {str(item.requirement)}", item.met), row, 0)
            grid.addWidget(state_label(str(item.found), item.met), row, 1)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        head = QGridLayout()
        head.addWidget(title, 0, 0)
        head.addWidget(badge, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.summary = state_label(self.missing_summary(), False, "missingSummary")
        # The one long line (all a unit misses, longer in English): it wraps on a small screen, and
        # says how tall it is at its width so the scroll area never squeezes the card.
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)  # before setVisible: a parentless label would open as a window
        self.summary.setVisible(bool(unit.missing))

    def missing_summary(self) -> str:
        """"缺少：小组活动室、共享会议室；面积不足：现有 20 平方米" (empty when nothing is missing)."""
        things = [self.missing_name(item) for item in self.unit.missing if item.key != "area"]
        parts = []
        if things:
            parts.append(self.tr("缺少：") + self.tr("、").join(things))
        for item in self.unit.missing:
            if item.key == "area":
                found, required = str(item.found), str(item.requirement)
                parts.append(self.tr("面积不足：%1（要求%2）").replace("%1", found).replace("%2", required))
        return self.tr("；").join(parts)

    @staticmethod
    def missing_name(item: ComplianceItem) -> str:
        kind, _, code = item.key.partition(":")
        vocab = {"room": ROOM_TYPES, "asset": ASSET_CATEGORIES}.get(kind)
        return vocab_label(vocab, code) if vocab else str(item.requirement)


class OverviewPage(QWidget):
    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_overview")
        self.ctx = ctx
        self.runner = runner
        self.loading = False
        self.stale = False
        title = QLabel(self.tr("工作台总览"))
        title.setObjectName("pageTitle")
        self.station_name = QLabel()
        self.station_name.setObjectName("stationName")
        self.station_tier = QLabel()
        self.station_tier.setObjectName("stationTier")
        self.division_code = QLabel()
        self.division_code.setObjectName("divisionCode")
        station = QGridLayout()
        for row, (caption, value) in enumerate((
            (self.tr("站点名称"), self.station_name),
            (self.tr("站点层级"), self.station_tier),
            (self.tr("行政区划代码"), self.division_code),
        )):
            station.addWidget(QLabel(caption), row, 0)
            station.addWidget(value, row, 1)
        station.setColumnStretch(1, 1)
        heading = QLabel(self.tr("设施达标情况"))
        heading.setObjectName("sectionTitle")
        self.tally = QLabel()
        self.tally.setObjectName("complianceTally")
        self.cards = QVBoxLayout()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        from wulian_desk.ui.cases.caseload import CaseloadBox

        # In the scroll area with the cards: its text changes after the window shows.
        self.caseload = CaseloadBox(ctx, runner)
        holder_layout.addWidget(self.caseload)
        holder_layout.addSpacing(8)
        holder_layout.addWidget(heading)  # the facilities heading sits with its own cards
        holder_layout.addWidget(self.tally)
        holder_layout.addLayout(self.cards)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addLayout(station)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)
        self.refresh()

    def unit_cards(self) -> list[UnitCard]:
        return [self.cards.itemAt(i).widget() for i in range(self.cards.count())]

    def refresh(self) -> None:
        if self.loading:  # one load at a time; a change during it loads once more afterwards
            self.stale = True
            return
        self.loading = True
        self.runner.run(load_overview(self.ctx), on_done=self._show, on_error=self._failed, parent=self)

    def _failed(self, err) -> None:
        self.loading = False
        show_error(self, err)

    def _show(self, outcome) -> None:
        self.loading = False
        if self.stale:
            self.stale = False
            self.refresh()
            return
        info, units, caseload = outcome
        self.caseload.show_data(caseload)
        self.station_name.setText(info.name)
        self.station_tier.setText(vocab_label(TIERS, info.tier))
        self.division_code.setText(info.division_code or self.tr("（未填写）"))
        self.clear()
        failing = [u for u in units[1:] if not u.met]
        self.tally.setText(
            self.tr("共 %1 个站点：%2 个达标，%3 个未达标。")
            .replace("%1", str(len(units))).replace("%2", str(sum(u.met for u in units)))
            .replace("%3", str(sum(not u.met for u in units)))
        )
        # This station first, then the units that need attention, then the rest.
        for unit in [*units[:1], *failing, *(u for u in units[1:] if u.met)]:
            self.cards.addWidget(UnitCard(unit))

    def clear(self) -> None:
        while self.cards.count():
            widget = self.cards.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def apply_changes(self, changes) -> None:
        if changes.kinds & REFRESH_ON:
            self.refresh()
        elif changes.kinds & CASELOAD_CHANGES:
            self.caseload.refresh()

    def drop_cache(self) -> None:
        """The window locks: nothing of the station stays on screen or in widgets."""
        self.clear()
        self.caseload.clear()
        for label in (self.station_name, self.station_tier, self.division_code, self.tally):
            label.clear()
