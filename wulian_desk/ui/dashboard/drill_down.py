"""The records behind one figure of the dashboard: the per-community breakdown and each record,
named where the record is an organisation or a member of staff."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wulian_desk.core.targets import TargetResult
from wulian_desk.ui.charity.simple_table import SimpleTable
from wulian_desk.ui.widgets.windows import settle_window


def record_names(ctx, result: TargetResult) -> dict[str, tuple[str, str]]:
    """id -> (what, name) for the ids we can name; others show as their id."""
    ids = list(result.record_ids)
    names: dict[str, tuple[str, str]] = {}
    if ctx.may("organisation", "view"):
        from wulian_desk.services import organisations

        for i, row in organisations.organisations_by_id(ctx, ids).items():
            names[i] = (row.unit_name, row.name)
    if ctx.may("staff", "view") and len(names) < len(ids):
        from wulian_desk.services import staffing

        wanted = set(ids)
        for row in staffing.staff_list(ctx):
            if row["id"] in wanted:
                names[row["id"]] = (row["unit_name"], row["name"])
    return names


class DrillDownDialog(QDialog):
    def __init__(self, ctx, result: TargetResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDown")
        self.setWindowTitle(result.zh)
        heading = QLabel(self.tr("%1：%2（要求 %3）").replace("%1", result.zh).replace("%2", result.figure_zh)
                         .replace("%3", result.target_zh))
        heading.setWordWrap(True)
        self.breakdown = SimpleTable([self.tr("站点或社区"), self.tr("现状"), self.tr("要求"), self.tr("完成情况")])
        self.breakdown.setObjectName("breakdown")
        self.breakdown.fill([(b.unit_id or b.key, [b.zh, b.figure_zh, b.target_zh,
                                                    self.tr("达标") if b.met else self.tr("未达标")])
                             for b in result.breakdown])
        self.breakdown.setVisible(bool(result.breakdown))
        names = record_names(ctx, result)
        self.records = SimpleTable([self.tr("所在站点"), self.tr("记录")])
        self.records.setObjectName("records")
        self.records.fill([(i, list(names.get(i, ("", i)))) for i in result.record_ids])
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.breakdown)
        layout.addWidget(QLabel(self.tr("共 %1 条记录").replace("%1", str(len(result.record_ids)))))
        layout.addWidget(self.records, 1)
        layout.addWidget(buttons)
        settle_window(self)
