"""One project: its stage strip, the agreement (agency, amount, period), the budget and what was
spent, the evaluation, and three tabs: the indicators measured against their targets, the
spending, and each stage reached with its approver and documents. Each action is offered only
while the stage allows it (core/projects.py); a disabled one says when it will be."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.money import format_yuan
from wulian_desk.core.projects import ORDER, STAGES, check_edit
from wulian_desk.services.parties import projects
from wulian_desk.ui.i18n import error_text, listed, vocab_label
from wulian_desk.ui.projects.dialogs import DocumentsDialog, MoveDialog, ProjectDialog
from wulian_desk.ui.projects.terms import (
    AgreementDialog,
    EvaluationDialog,
    IndicatorDialog,
    MeasureDialog,
    SpendingDialog,
)
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.detail_parts import facts_form, title_bar
from wulian_desk.ui.widgets.key_table import KeyTable


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


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProjectDetail", text)


def indicator_cells(indicator) -> list[str]:
    """Name, target, measured, share of the target, and the verdict."""
    measured = indicator.actual is not None
    share = f"{indicator.actual / indicator.target:.0%}" if measured and indicator.target else ""
    verdict = "" if not measured else (QCoreApplication.translate("ProjectDetail", "达标")
                                       if indicator.actual >= indicator.target
                                       else QCoreApplication.translate("ProjectDetail", "未达标"))
    return [indicator.name, f"{indicator.target:g} {indicator.unit}".strip(),
            f"{indicator.actual:g} {indicator.unit}".strip() if measured else QCoreApplication.translate("ProjectDetail", "未测量"), share, verdict]


# (key, caption, the edit group the stage must allow, the permission it needs)
ACTIONS = (
    ("edit", QT_TRANSLATE_NOOP("ProjectDetail", "编辑项目"), "basics", "edit"),
    ("agreement", QT_TRANSLATE_NOOP("ProjectDetail", "协议条款"), "agreement", "edit"),
    ("evaluation", QT_TRANSLATE_NOOP("ProjectDetail", "评估验收"), "evaluation", "edit"),
    ("move", QT_TRANSLATE_NOOP("ProjectDetail", "推进阶段"), None, "approve"),
    ("indicator", QT_TRANSLATE_NOOP("ProjectDetail", "添加指标"), "agreement", "edit"),
    ("edit_indicator", QT_TRANSLATE_NOOP("ProjectDetail", "修改所选指标"), "agreement", "edit"),
    ("measure", QT_TRANSLATE_NOOP("ProjectDetail", "登记实测值"), "measures", "edit"),
    ("spending", QT_TRANSLATE_NOOP("ProjectDetail", "登记支出"), "spending", "edit"),
    ("documents", QT_TRANSLATE_NOOP("ProjectDetail", "添加附件"), None, "edit"),
)


class ProjectDetail(QWidget):
    back = Signal()
    changed = Signal(object)  # Changes

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectDetail")
        self.ctx = ctx
        self.view = None
        back = QPushButton(self.tr("返回列表"))
        back.clicked.connect(lambda: emit(self.back))
        self.buttons: dict[str, QPushButton] = {}
        slots = {"edit": self.edit, "agreement": self.edit_agreement, "evaluation": self.evaluate, "move": self.move,
                 "indicator": self.add_indicator, "edit_indicator": self.edit_indicator, "measure": self.measure,
                 "spending": self.add_spending, "documents": self.add_documents}
        for key, caption, _group, needs in ACTIONS:
            button = QPushButton(_tr(caption))
            button.setObjectName(f"{key}Button")
            button.setVisible(ctx.may("project", needs))
            button.clicked.connect(slots[key])
            self.buttons[key] = button
        bar, self.title = title_bar(back, (self.buttons[key] for key in ("edit", "agreement", "evaluation", "move")))
        self.strip = StageStrip()
        form, self.facts = facts_form(
            (("unit", self.tr("所属站点")), ("needs", self.tr("服务需求")), ("agency", self.tr("承接机构")),
             ("money", self.tr("预算与协议金额")), ("period", self.tr("服务期限")), ("spent", self.tr("已支出")),
             ("evaluation", self.tr("评估验收"))))
        self.indicators = KeyTable([self.tr("指标"), self.tr("目标值"), self.tr("实测值"), self.tr("完成率"),
                                    self.tr("结果")], opens=True)
        self.indicators.setObjectName("indicators")
        self.indicators.opened.connect(lambda _id: self._open_indicator())
        self.spending = KeyTable([self.tr("支出日期"), self.tr("金额（元）"), self.tr("用途")])
        self.spending.setObjectName("spending")
        self.history = KeyTable([self.tr("日期"), self.tr("从"), self.tr("到"), self.tr("审批人"), self.tr("附件"),
                                 self.tr("说明")])
        self.history.setObjectName("history")
        self.tabs = QTabWidget()
        for table, caption, keys in ((self.indicators, self.tr("绩效指标"), ("indicator", "edit_indicator", "measure")),
                                     (self.spending, self.tr("经费支出"), ("spending",)),
                                     (self.history, self.tr("阶段记录"), ("documents",))):
            self.tabs.addTab(self._with_buttons(table, keys), caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.strip)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)

    def _with_buttons(self, table: KeyTable, keys: tuple[str, ...]) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        for key in keys:
            row.addWidget(self.buttons[key])
        column.addLayout(row)
        column.addWidget(table, 1)
        return holder

    # -- showing -------------------------------------------------------------------------------------

    def show_project(self, project_id: str) -> None:
        self.view = view = projects.view_project(self.ctx, project_id)
        p = view.project
        self.title.setText(p.name)
        self.strip.show_stage(p.stage)
        period = f"{p.period_from or '…'} — {p.period_to or '…'}" if p.period_from or p.period_to else "—"
        left = p.contract_fen - view.spent_fen
        evaluation = "—"
        if p.score is not None:
            evaluation = self.tr("评分 %1，%2").replace("%1", f"{p.score:g}").replace(
                "%2", self.tr("验收通过") if p.accepted else self.tr("未通过验收"))
        if p.report:
            evaluation += "\n" + p.report
        for key, text in (
            ("unit", view.unit_name), ("needs", p.needs or "—"), ("agency", view.agency_name or "—"),
            ("money", self.tr("预算 %1 元；协议金额 %2 元").replace("%1", format_yuan(p.budget_fen))
             .replace("%2", format_yuan(p.contract_fen))),
            ("period", period),
            ("spent", self.tr("%1 元（协议金额余 %2 元）").replace("%1", format_yuan(view.spent_fen))
             .replace("%2", format_yuan(left))),
            ("evaluation", evaluation),
        ):
            self.facts[key].setText(text)
        self.indicators.fill([(i.id, indicator_cells(i)) for i in view.indicators])
        self.spending.fill([(s.id, [s.spent_on, format_yuan(s.amount_fen), s.purpose]) for s in view.spending])
        self.history.fill([(e.id, [e.on, vocab_label(STAGES, e.from_stage) if e.from_stage else "",
                                   vocab_label(STAGES, e.to_stage), e.approver, listed(e.documents), e.note])
                           for e in view.stages])
        self._enable(p.stage)

    def _enable(self, stage: str) -> None:
        for key, _caption, group, _needs in ACTIONS:
            button = self.buttons[key]
            allowed = group is None or group in self.view.editable
            if key == "move":
                allowed = stage != ORDER[-1]
            button.setEnabled(allowed)
            button.setToolTip("" if allowed or group is None else self._why(stage, group))

    @staticmethod
    def _why(stage: str, group: str) -> str:
        try:
            check_edit(stage, group)
        except ValidationError as err:
            return error_text(err)
        return ""

    # -- actions ---------------------------------------------------------------------------------

    def _selected_indicator(self):
        chosen = self.indicators.current_key()
        return next((i for i in self.view.indicators if i.id == chosen), None) if self.view else None

    def _open_indicator(self) -> None:
        """Enter or a double-click on an indicator: measure it while the service runs, else edit it."""
        if self.buttons["measure"].isEnabled() and self.buttons["measure"].isVisible():
            self.measure()
        elif self.buttons["edit_indicator"].isEnabled() and self.buttons["edit_indicator"].isVisible():
            self.edit_indicator()

    def edit(self) -> None:
        self._run(ProjectDialog(self.ctx, row=self.view.project, parent=self))

    def edit_agreement(self) -> None:
        self._run(AgreementDialog(self.ctx, self.view, parent=self))

    def evaluate(self) -> None:
        self._run(EvaluationDialog(self.ctx, self.view.project, parent=self))

    def move(self) -> None:
        self._run(MoveDialog(self.ctx, self.view.project.id, self.view.project.stage, parent=self))

    def add_indicator(self) -> None:
        self._run(IndicatorDialog(self.ctx, self.view.project.id, parent=self))

    def edit_indicator(self) -> None:
        if (indicator := self._need_indicator()) is not None:
            self._run(IndicatorDialog(self.ctx, self.view.project.id, row=indicator, parent=self))

    def measure(self) -> None:
        if (indicator := self._need_indicator()) is not None:
            self._run(MeasureDialog(self.ctx, indicator, parent=self))

    def _need_indicator(self):
        indicator = self._selected_indicator()
        if indicator is None:
            from wulian_desk.ui import message

            message.inform(self, self.tr("请先在列表中选中一项绩效指标。"))
        return indicator

    def add_spending(self) -> None:
        self._run(SpendingDialog(self.ctx, self.view.project.id, parent=self))

    def add_documents(self) -> None:
        self._run(DocumentsDialog(self.ctx, self.view.project.id, self.view.project.stage, parent=self))

    def _run(self, dialog) -> None:
        if self.view is not None and dialog.exec():
            self.show_project(self.view.project.id)
            emit(self.changed, dialog.changes)

    def clear(self) -> None:
        self.view = None
        self.title.clear()
        for label in self.facts.values():
            label.clear()
        self.strip.show_stage(None)
        for table in (self.indicators, self.spending, self.history):
            table.setRowCount(0)
