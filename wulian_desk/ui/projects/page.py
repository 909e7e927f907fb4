"""项目 page: the government-purchased service projects, and one project with its stage strip,
the moves and who approved each, and the dialogs that move it on."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from wulian_desk.core.facilities import format_yuan
from wulian_desk.core.projects import ORDER, STAGES
from wulian_desk.services import projects
from wulian_desk.ui.charity.simple_table import SimpleTable
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.projects.dialogs import IndicatorDialog, MoveDialog, ProjectDialog, TermsDialog
from wulian_desk.ui.signals import emit


class StageStrip(QWidget):
    """The six stages in a row: done, current, still to come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        for code in ORDER:
            label = QLabel(vocab_label(STAGES, code))
            label.setObjectName(f"stage_{code}")
            self.labels[code] = label
            row.addWidget(label)
        row.addStretch(1)

    def show_stage(self, stage: str | None) -> None:
        here = ORDER.index(stage) if stage else -1
        for n, (code, label) in enumerate(self.labels.items()):
            mark = "✔ " if n < here else ("▶ " if n == here else "")
            label.setText(mark + vocab_label(STAGES, code) + ("  →" if n < len(ORDER) - 1 else ""))
            label.setProperty("state", "met" if n <= here else "")
            label.style().unpolish(label)
            label.style().polish(label)

    def current(self) -> str | None:
        return next((c for c, label in self.labels.items() if label.text().startswith("▶")), None)


class ProjectDetail(QWidget):
    back = Signal()
    changed = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: dict | None = None
        self.title = QLabel()
        self.title.setObjectName("recordTitle")
        back = QPushButton(self.tr("返回列表"))
        back.clicked.connect(lambda: emit(self.back))
        self.summary = QLabel()
        self.summary.setObjectName("projectSummary")
        self.strip = StageStrip()
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(self.title, 1)
        self.buttons = {}
        for key, text, slot, needs in (("terms", self.tr("协议与评估"), self.edit_terms, "edit"),
                                       ("indicator", self.tr("添加绩效指标"), self.add_indicator, "edit"),
                                       ("move", self.tr("推进阶段"), self.move, "approve")):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.setVisible(ctx.may("project", needs))
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        self.history = SimpleTable([self.tr("日期"), self.tr("从"), self.tr("到"), self.tr("审批人"), self.tr("附件"),
                                    self.tr("说明")])
        self.history.setObjectName("history")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.strip)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("阶段记录")))
        layout.addWidget(self.history, 1)

    def show_project(self, project_id: str) -> None:
        self.row = next(p for p in projects.projects(self.ctx) if p["id"] == project_id)
        self.title.setText(self.row["name"])
        self.strip.show_stage(self.row["stage"])
        self.summary.setText(self.tr("承接机构：%1    预算：%2 元    协议金额：%3 元    已支出：%4 元")
                             .replace("%1", self.row["agency"] or "—").replace("%2", format_yuan(self.row["budget_fen"]))
                             .replace("%3", format_yuan(self.row["contract_fen"]))
                             .replace("%4", format_yuan(self.row["spent_fen"])))
        self.buttons["move"].setEnabled(self.row["stage"] != ORDER[-1])
        self.history.fill([(e.id, [e.on, vocab_label(STAGES, e.from_stage) if e.from_stage else "", vocab_label(STAGES, e.to_stage),
                                   self._approver(e.approved_by), "、".join(json.loads(e.documents or "[]")), e.note])
                           for e in projects.history(self.ctx, project_id)])

    def _approver(self, account_id: str) -> str:
        return self.ctx.display_name if account_id and account_id == self.ctx.account_id else account_id

    def edit_terms(self) -> None:
        self._run(TermsDialog(self.ctx, self.row["id"], parent=self))

    def add_indicator(self) -> None:
        self._run(IndicatorDialog(self.ctx, self.row["id"], parent=self))

    def move(self) -> None:
        self._run(MoveDialog(self.ctx, self.row["id"], self.row["stage"], parent=self))

    def _run(self, dialog) -> None:
        if self.row is not None and dialog.exec():
            self.show_project(self.row["id"])
            emit(self.changed, dialog.changes)

    def clear(self) -> None:
        self.row = None
        self.title.clear()
        self.summary.clear()
        self.strip.show_stage(None)
        self.history.setRowCount(0)


class ProjectsPage(QWidget):
    changed = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_projects")
        self.ctx = ctx
        title = QLabel(self.tr("政府购买服务项目"))
        title.setObjectName("pageTitle")
        self.add_button = QPushButton(self.tr("新建项目"))
        self.add_button.setObjectName("addButton")
        self.add_button.setVisible(ctx.may("project", "create"))
        self.add_button.clicked.connect(self.add)
        self.table = SimpleTable([self.tr("项目名称"), self.tr("阶段"), self.tr("承接机构"), self.tr("预算（元）"),
                                  self.tr("协议金额（元）"), self.tr("已支出（元）"), self.tr("评分")])
        self.table.setObjectName("table")
        self.table.opened.connect(self.show_project)
        self.detail = ProjectDetail(ctx)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(lambda changes: emit(self.changed, changes))
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        self.listing = listing
        self.stack = QStackedWidget()
        self.stack.addWidget(listing)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addWidget(self.stack, 1)
        self.refresh()

    def refresh(self) -> None:
        self.table.fill([(p["id"], [p["name"], p["stage_label"], p["agency"], format_yuan(p["budget_fen"]),
                                    format_yuan(p["contract_fen"]), format_yuan(p["spent_fen"]),
                                    "" if p["score"] is None else f"{p['score']:g}"]) for p in projects.projects(self.ctx)])

    def show_list(self) -> None:
        self.detail.clear()
        self.stack.setCurrentWidget(self.listing)

    def show_project(self, project_id: str) -> None:
        self.detail.show_project(project_id)
        self.stack.setCurrentWidget(self.detail)

    def add(self) -> None:
        dialog = ProjectDialog(self.ctx, parent=self)
        if dialog.exec():
            emit(self.changed, dialog.changes)
            self.show_project(dialog.changes.ids[0])

    def apply_changes(self, changes) -> None:
        if changes.kinds & {"project", "agency", "allocation"}:
            self.refresh()

    def drop_cache(self) -> None:
        self.table.setRowCount(0)
        self.show_list()
