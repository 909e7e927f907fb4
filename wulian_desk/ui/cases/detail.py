"""One case file: the stage timeline, forms and approvals, sessions and supervision, and the
actions on it (move stage, fill the stage's form, approve, add records, print)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.cases import MAIN_LINE, PRIORITIES, RISKS, SESSION_TYPES, STAGE_FORMS, STAGES
from wulian_desk.services.casework import cases, forms
from wulian_desk.services.context import Changes
from wulian_desk.ui import message
from wulian_desk.ui.cases.dialogs import (
    DecisionDialog,
    MoveDialog,
    SessionDialog,
    SupervisionDialog,
)
from wulian_desk.ui.cases.print_options import PrintOptionsDialog
from wulian_desk.ui.cases.record_view import FormRecordDialog
from wulian_desk.ui.forms.client_update import offer_client_update, prefill_form
from wulian_desk.ui.forms.dialog import FormDialog
from wulian_desk.ui.i18n import pick, vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.fitted_table import FittedTable

APPROVED_FORMS = ("service_plan", "closure")


def account_names(ctx) -> dict[str, str]:
    """Display names of the station's staff; always the user's own."""
    from wulian_desk.services.station.accounts import staff_names

    return {ctx.account_id or "": ctx.display_name or ctx.username} | staff_names(ctx)


def form_title(form_id: str) -> str:
    try:
        form = forms.get_form(form_id)
    except Exception:  # a form no longer on this machine: its id still names it
        return form_id
    return pick(form.title_zh, form.title_en)


def table(headers: list[str], name: str, stretch: int | None = None) -> QTableWidget:
    widget = FittedTable(0, len(headers), stretch=stretch)
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().hide()
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    widget.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            widget.setItem(number, column, QTableWidgetItem(text))


class CaseDetail(QWidget):
    changed = Signal(object)  # Changes
    back = Signal()

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.ctx = ctx
        self.runner = runner
        self.file = None
        self.names: dict[str, str] = {}
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.stage_strip = QLabel()
        self.stage_strip.setObjectName("stageStrip")
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for number, (key, caption) in enumerate((
            ("client", self.tr("服务对象")), ("stage", self.tr("当前阶段")), ("worker", self.tr("负责社工")),
            ("priority", self.tr("优先级")), ("risk", self.tr("风险等级")), ("opened", self.tr("开案日期")),
            ("review", self.tr("下次回顾")), ("referral", self.tr("转介机构")),
        )):
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            self.facts[key] = value
            grid.addWidget(QLabel(caption), number // 4, (number % 4) * 2)
            grid.addWidget(value, number // 4, (number % 4) * 2 + 1)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot in (
            ("back", self.tr("返回列表"), lambda: emit(self.back)),
            ("move", self.tr("变更阶段"), self.move),
            ("stage_form", self.tr("填写本阶段表格"), self.fill_stage_form),
            ("session", self.tr("添加服务记录"), self.add_session),
            ("supervision", self.tr("添加督导记录"), self.add_supervision),
            ("print", self.tr("打印个案档案"), self.print_file),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        self.other_form = QComboBox()
        self.other_form.setObjectName("otherForm")
        self.other_form.addItem(self.tr("填写其他表格…"), None)
        for (form_id, version), form in sorted(forms.registry().items()):
            if version == max(v for (i, v) in forms.registry() if i == form_id):
                self.other_form.addItem(pick(form.title_zh, form.title_en), form_id)
        self.other_form.activated.connect(self._other_form_chosen)
        bar.addWidget(self.other_form)
        bar.addStretch(1)
        self.buttons["supervision"].setVisible(ctx.may("case", "approve"))
        self.timeline = table([self.tr("日期"), self.tr("从"), self.tr("到"), self.tr("经办人"), self.tr("说明")], "timeline", stretch=4)
        self.forms_table = table([self.tr("填写日期"), self.tr("表格"), self.tr("版本"), self.tr("填写人"),
                                  self.tr("审批")], "formsTable", stretch=1)
        self.forms_table.doubleClicked.connect(lambda _i: self.view_form())
        self.forms_table.itemSelectionChanged.connect(self._update_form_buttons)
        form_bar = QHBoxLayout()
        for key, text, slot in (
            ("view_form", self.tr("查看"), self.view_form),
            ("approve", self.tr("审批同意"), lambda: self.decide(True)),
            ("return", self.tr("退回修改"), lambda: self.decide(False)),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            self.buttons[key] = button
            form_bar.addWidget(button)
        form_bar.addStretch(1)
        for key in ("approve", "return"):
            self.buttons[key].setVisible(ctx.may("case", "approve"))
        forms_tab = QWidget()
        forms_layout = QVBoxLayout(forms_tab)
        forms_layout.addLayout(form_bar)
        forms_layout.addWidget(self.forms_table)
        self.sessions = table([self.tr("日期"), self.tr("方式"), self.tr("分钟"), self.tr("地点"), self.tr("社工"),
                               self.tr("服务内容"), self.tr("下一步计划")], "sessionsTable", stretch=5)
        self.supervision = table([self.tr("日期"), self.tr("督导"), self.tr("督导记录")], "supervisionTable", stretch=2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("阶段历程"))
        self.tabs.addTab(forms_tab, self.tr("表格与审批"))
        self.tabs.addTab(self.sessions, self.tr("服务记录"))
        self.tabs.addTab(self.supervision, self.tr("督导记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(self.stage_strip)
        layout.addLayout(grid)
        layout.addWidget(self.tabs, 1)

    # -- showing ------------------------------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        self.file = cases.view_case(self.ctx, case_id)  # journaled as a view by the service
        self.names = account_names(self.ctx)
        case = self.file.case
        self.title.setText(f"{case.case_number}  {case.title}")
        self.stage_strip.setText(self.strip_text(case.stage))
        self.facts["client"].setText(self.file.client_name)
        self.facts["stage"].setText(vocab_label(STAGES, case.stage))
        self.facts["worker"].setText(self.who(case.worker_id))
        self.facts["priority"].setText(vocab_label(PRIORITIES, case.priority))
        self.facts["risk"].setText(vocab_label(RISKS, case.risk))
        self.facts["opened"].setText(f"{case.opened_on:%Y-%m-%d}")
        self.facts["review"].setText(f"{case.next_review_on:%Y-%m-%d}" if case.next_review_on else "—")
        self.facts["referral"].setText(case.referral_to or "—")
        fill(self.timeline, [[f"{e.on:%Y-%m-%d}", vocab_label(STAGES, e.from_stage) or "—",
                              vocab_label(STAGES, e.to_stage), self.who(e.by_account), e.note]
                             for e in self.file.events])
        fill(self.forms_table, [[f"{r.filled_on:%Y-%m-%d}", form_title(r.form_id), str(r.form_version),
                                 self.who(r.filled_by), self.approval_text(r.id)] for r in self.file.forms])
        places = cases.session_places(self.ctx, self.file.sessions)
        fill(self.sessions, [[f"{s.on:%Y-%m-%d}", vocab_label(SESSION_TYPES, s.session_type), str(s.minutes),
                              places[s.id] or "—", self.who(s.worker_id), s.content, s.next_steps]
                             for s in self.file.sessions])
        fill(self.supervision, [[f"{s.on:%Y-%m-%d}", self.who(s.supervisor_id), s.notes] for s in self.file.supervision])
        stage_form = STAGE_FORMS.get(case.stage)
        self.buttons["stage_form"].setEnabled(stage_form is not None)
        self.buttons["stage_form"].setToolTip(form_title(stage_form) if stage_form else "")
        open_case = case.stage not in ("closed", "referred")
        self.buttons["session"].setEnabled(open_case)
        self._update_form_buttons()

    def strip_text(self, stage: str) -> str:
        """接案 → 预估 → [计划] → …: the main line with the case's place on it."""
        parts = []
        for code in MAIN_LINE:
            text = vocab_label(STAGES, code)
            parts.append(f"【{text}】" if code == stage else text)
        line = " → ".join(parts)
        if stage not in MAIN_LINE:
            line += f"    【{vocab_label(STAGES, stage)}】"
        return line

    def who(self, account_id: str | None) -> str:
        return self.names.get(account_id or "", "—")

    def approval_text(self, record_id: str) -> str:
        decisions = [a for a in self.file.approvals if a.form_record_id == record_id]
        if not decisions:
            return ""
        last = decisions[-1]
        verdict = self.tr("同意") if last.decision == "approved" else self.tr("退回")
        text = f"{verdict}（{self.who(last.decided_by)}，{last.decided_on:%Y-%m-%d}）"
        return f"{text}：{last.comments}" if last.comments else text

    def selected_record(self):
        rows = self.forms_table.selectionModel().selectedRows() if self.file else []
        return self.file.forms[rows[0].row()] if rows else None

    def _update_form_buttons(self) -> None:
        record = self.selected_record()
        self.buttons["view_form"].setEnabled(record is not None)
        needs = record is not None and record.form_id in APPROVED_FORMS
        self.buttons["approve"].setEnabled(needs)
        self.buttons["return"].setEnabled(needs)

    def select_form_record(self, form_id: str) -> None:
        """Select the newest record of `form_id` (for the supervisor, the one to decide on)."""
        for number in range(len(self.file.forms) - 1, -1, -1):
            if self.file.forms[number].form_id == form_id:
                self.forms_table.selectRow(number)
                return

    # -- actions -------------------------------------------------------------------------------------

    def _after(self, changes: Changes | None) -> None:
        if changes is None:
            return
        self.show_case(self.file.case.id)
        emit(self.changed, changes)

    def move(self) -> MoveDialog:
        dialog = MoveDialog(self.ctx, self.file.case.id, self.file.case.stage, parent=self)
        self._after(dialog.changes if dialog.exec() else None)
        return dialog

    def fill_stage_form(self) -> None:
        form_id = STAGE_FORMS.get(self.file.case.stage)
        if form_id:
            self.fill_form(form_id)

    def _other_form_chosen(self, index: int) -> None:
        form_id = self.other_form.itemData(index)
        self.other_form.setCurrentIndex(0)
        if form_id:
            self.fill_form(form_id)

    def fill_form(self, form_id: str) -> None:
        case_id = self.file.case.id
        dialog = FormDialog(self.ctx, self.runner, case_id, forms.get_form(form_id), parent=self)
        if not dialog.offer_draft():
            prefill_form(dialog)
        if not dialog.exec():
            return
        self._after(dialog.changes)
        offer_client_update(self, self.ctx, self.runner, case_id, dialog.form, dialog.saved_answers,
                            on_changed=self._after)

    def view_form(self) -> None:
        record = self.selected_record()
        if record is not None:
            FormRecordDialog(record, parent=self).exec()

    def decide(self, approve: bool) -> None:
        record = self.selected_record()
        if record is None or record.form_id not in APPROVED_FORMS:
            return
        dialog = DecisionDialog(self.ctx, record.id, approve=approve, what=form_title(record.form_id), parent=self)
        self._after(dialog.changes if dialog.exec() else None)

    def add_session(self) -> None:
        dialog = SessionDialog(self.ctx, self.file.case.id, parent=self)
        self._after(dialog.changes if dialog.exec() else None)

    def add_supervision(self) -> None:
        dialog = SupervisionDialog(self.ctx, self.file.case.id, parent=self)
        self._after(dialog.changes if dialog.exec() else None)

    def print_file(self) -> None:
        full = False
        if self.ctx.may("client", "full_copy"):
            options = PrintOptionsDialog(parent=self)
            if not options.exec():
                return
            full = options.full.isChecked()
        case = self.file.case
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("保存个案档案"), f"{case.case_number}.pdf",
                                                    self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        ctx, case_id, out = self.ctx, case.id, Path(path)

        def run(_progress):
            from wulian_desk.services.casework.printing import (
                print_case_file,  # reportlab loads only to print
            )

            return print_case_file(ctx, case_id, out, full=full)

        self.runner.run(run, on_done=lambda written: message.saved(
            self, self.tr("个案档案已保存到：%1").replace("%1", str(written)), written),
            label=self.tr("正在生成个案档案…"), parent=self)

    def clear(self) -> None:
        self.file = None
        self.title.clear()
        self.stage_strip.clear()
        for label in self.facts.values():
            label.clear()
        for widget in (self.timeline, self.forms_table, self.sessions, self.supervision):
            widget.setRowCount(0)
