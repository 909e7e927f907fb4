"""The records behind one figure of the dashboard: the per-community breakdown, then each record
by name (an organisation, a member of staff, a training, an agency, an operating-funds entry),
read a page at a time as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from wulian_desk.core.targets import TargetResult
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.widgets.key_table import KeyTable
from wulian_desk.ui.widgets.table import RecordTable
from wulian_desk.ui.widgets.windows import settle_window

KINDS = {
    "organisation": QT_TRANSLATE_NOOP("DrillDownModel", "社区社会组织"),
    "staff": QT_TRANSLATE_NOOP("DrillDownModel", "工作人员"),
    "training": QT_TRANSLATE_NOOP("DrillDownModel", "培训记录"),
    "agency": QT_TRANSLATE_NOOP("DrillDownModel", "社会工作服务机构"),
    "operating_fund": QT_TRANSLATE_NOOP("DrillDownModel", "运行经费"),
}

RECORD_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DrillDownModel", "类别"), None,
           lambda r: QCoreApplication.translate("DrillDownModel", KINDS.get(r.kind, r.kind))),
    Column(QT_TRANSLATE_NOOP("DrillDownModel", "所在站点"), None, lambda r: r.where),
    Column(QT_TRANSLATE_NOOP("DrillDownModel", "记录"), None, lambda r: r.what, stretch=True),
)


def records_model(ctx, result: TargetResult, parent=None) -> LazyTableModel:
    """The figure's record ids in order; each page named by services/reports/targets.record_labels."""
    from wulian_desk.services.reports import targets

    ids = list(result.record_ids)
    model = LazyTableModel(columns=RECORD_COLUMNS, context="DrillDownModel", kind="target",
                           list_ids=lambda **_query: ids, fetch_rows=lambda page: targets.record_labels(ctx, page),
                           parent=parent)
    model.reload()
    return model


class DrillDownDialog(QDialog):
    def __init__(self, ctx, result: TargetResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDown")
        name = str(result.name)
        self.setWindowTitle(name)
        heading = QLabel(self.tr("%1：%2（要求 %3）").replace("%1", name)
                         .replace("%2", str(result.figure_text))
                         .replace("%3", str(result.target)))
        heading.setWordWrap(True)
        self.breakdown = KeyTable([self.tr("站点或社区"), self.tr("现状"), self.tr("要求"), self.tr("完成情况")])
        self.breakdown.setObjectName("breakdown")
        self.breakdown.fill([(b.unit_id or b.key, [str(b.name), str(b.figure_text),
                                                    str(b.target),
                                                    self.tr("达标") if b.met else self.tr("未达标")])
                             for b in result.breakdown])
        self.breakdown.setVisible(bool(result.breakdown))
        self.model = records_model(ctx, result, parent=self)
        self.records = RecordTable()
        self.records.setObjectName("records")
        self.records.setModel(self.model)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.breakdown)
        layout.addWidget(QLabel(self.tr("共 %n 条记录", None, len(result.record_ids))))
        layout.addWidget(self.records, 1)
        layout.addWidget(buttons)
        # Wide enough to read a record's name beside its unit; within the screen on a small one.
        line = self.fontMetrics().horizontalAdvance("中")
        settle_window(self, preferred=QSize(line * 48, line * 36))

    def record_text(self, row: int, column: int) -> str:
        return str(self.model.index(row, column).data() or "")
