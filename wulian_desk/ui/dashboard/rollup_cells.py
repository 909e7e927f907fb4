"""What each cell of the roll-up shows: the monthly report's key figures (reports/monthly.py's
columns, so the view and the PDF never disagree), facilities meeting the minimum and targets met,
and the task that loads a month's roll-up and who reported it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from wulian_desk.core.money import format_yuan
from wulian_desk.reports.monthly import SECTIONS, Column

CONTEXT = "RollupView"
MET, MISSED = QColor("#3A8F4F"), QColor("#C0392B")
DASH = "—"

# The monthly report's columns this view shows: (its section, its header, the header here).
KEY_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("个案工作", "新开个案", QT_TRANSLATE_NOOP("RollupView", "新开个案")),
    ("个案工作", "结案", QT_TRANSLATE_NOOP("RollupView", "结案")),
    ("个案工作", "月末在案", QT_TRANSLATE_NOOP("RollupView", "月末在案")),
    ("个案工作", "服务记录（次）", QT_TRANSLATE_NOOP("RollupView", "个案服务（次）")),
    ("小组工作与社区活动", "社区活动（场）", QT_TRANSLATE_NOOP("RollupView", "社区活动（场）")),
    ("志愿服务", "服务时长（小时）", QT_TRANSLATE_NOOP("RollupView", "志愿服务（小时）")),
    ("社区社会组织（现有）", "组织数", QT_TRANSLATE_NOOP("RollupView", "社会组织")),
    ("社会慈善资源", "现金捐赠（元）", QT_TRANSLATE_NOOP("RollupView", "现金捐赠（元）")),
    ("政府购买服务项目（月末阶段）", "项目合计", QT_TRANSLATE_NOOP("RollupView", "项目")),
)
FACILITIES = ("功能室与设备", "达标单位"), ("功能室与设备", "应达标单位")


def report_column(section: str, header: str) -> Column:
    """The monthly report's column (header, getter, kind) of that section and header."""
    for name, columns in SECTIONS:
        for column in columns:
            if name == section and column[0] == header:
                return column
    raise KeyError(f"reports/monthly.py has no column {header!r} in {section!r}")


FIGURE_COLUMNS: tuple[tuple[str, Column], ...] = tuple((label, report_column(s, h)) for s, h, label in KEY_FIGURES)
MEETING, WITH_MINIMUM = (report_column(*c) for c in FACILITIES)


def figure_text(value: int, kind: str) -> str:
    """As the monthly report prints it: hours from minutes, yuan from fen."""
    if kind == "y":
        return format_yuan(value)
    if kind == "h":
        return f"{value / 60:.1f}".removesuffix(".0")
    return str(value)


def figure_cells(figures) -> list[str]:
    return [figure_text(getter(figures), kind) for _label, (_header, getter, kind) in FIGURE_COLUMNS]


def facilities_cell(figures) -> str:
    return f"{MEETING[1](figures)}/{WITH_MINIMUM[1](figures)}"


def targets_cell(targets: Sequence) -> str:
    return f"{sum(1 for t in targets if t.met)}/{len(targets)}" if targets else DASH


def load_rollup(ctx, month: str, steps: tuple[str, str]):
    """The month's roll-up and, at the county, who reported it; in a worker."""

    def run(progress):
        from wulian_desk.services.reports import reporting, rollup

        progress.step(0, 2, steps[0])
        result = rollup.rollup(ctx, month, progress=progress.part(0, 2, f"{steps[0]}："))
        progress.step(1, 2, steps[1])
        # At the county who reported; at a station enrolled above, its own month's state (status.own).
        status = reporting.reporting(ctx, month) if ctx.may("bundle", "view") else None
        progress.step(2, 2, "")
        return result, status

    return run
