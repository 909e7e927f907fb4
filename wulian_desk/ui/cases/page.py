"""个案 page: the cases list (stage filter, 我的个案, search as you type) and a case's file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.cases import PRIORITIES, RISKS, STAGES
from wulian_desk.services.casework import cases, clients
from wulian_desk.ui.cases.detail import CaseDetail
from wulian_desk.ui.cases.dialogs import OpenCaseDialog
from wulian_desk.ui.cases.form_notice import FormFileNotice
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.export_button import ExportButton

CASE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("CasesModel", "个案编号"), "case_number", lambda r: r.case_number),
    Column(QT_TRANSLATE_NOOP("CasesModel", "服务对象"), "client", lambda r: r.client_name),
    Column(QT_TRANSLATE_NOOP("CasesModel", "主题"), None, lambda r: r.title, stretch=True),
    Column(QT_TRANSLATE_NOOP("CasesModel", "阶段"), None, lambda r: vocab_label(STAGES, r.stage)),
    Column(QT_TRANSLATE_NOOP("CasesModel", "优先级"), None, lambda r: vocab_label(PRIORITIES, r.priority)),
    Column(QT_TRANSLATE_NOOP("CasesModel", "风险"), None, lambda r: vocab_label(RISKS, r.risk)),
    Column(QT_TRANSLATE_NOOP("CasesModel", "开案日期"), "opened_on", lambda r: f"{r.opened_on:%Y-%m-%d}"),
    Column(QT_TRANSLATE_NOOP("CasesModel", "下次回顾"), "next_review_on",
           lambda r: f"{r.next_review_on:%Y-%m-%d}" if r.next_review_on else ""),
)


def cases_model(ctx, runner=None, parent=None) -> LazyTableModel:
    """With the task runner, the first page paints from one LIMIT query and the whole id list
    follows from a worker, as the clients list does."""
    return LazyTableModel(
        columns=CASE_COLUMNS, context="CasesModel", sort_column=6, descending=True, kind="case",
        depends_on=frozenset({"client", "form_record", "approval", "service_session", "supervision"}),
        list_ids=lambda **query: cases.case_ids(ctx, **query),
        fetch_rows=lambda ids: cases.cases_by_id(ctx, ids), parent=parent,
        first_page=lambda **query: cases.case_page(ctx, **query), runner=runner,
    )


class CasesPage(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_cases")
        self.ctx = ctx
        title = QLabel(self.tr("个案"))
        title.setObjectName("pageTitle")
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for code in STAGES:
            self.stage_filter.addItem(vocab_label(STAGES, code), code)
        self.mine = QCheckBox(self.tr("我的个案"))
        self.mine.setObjectName("mine")
        self.open_button = QPushButton(self.tr("开案"))
        self.open_button.setObjectName("openCaseButton")
        self.open_button.setEnabled(ctx.may("case", "create"))
        self.open_button.clicked.connect(lambda: self.open_case())
        self.list = RecordList(cases_model(ctx, runner), placeholder=self.tr("个案编号、姓名、拼音首字母或服务记录中的词（Ctrl+F）"),
                               filters=[self.stage_filter, self.mine],
                               buttons=[ExportButton(ctx, runner, "cases"), self.open_button])
        self.list.opened.connect(self.show_case)
        self.stage_filter.currentIndexChanged.connect(self._filters_changed)
        self.mine.toggled.connect(self._filters_changed)
        self.detail = CaseDetail(ctx, runner)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(lambda changes: emit(self.changed, changes))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.detail)
        self.form_notice = FormFileNotice()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addWidget(self.form_notice)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WindowShortcut) \
            .activated.connect(self.focus_search)
        self.list.apply_filters()

    def _filters_changed(self, *_args) -> None:
        self.list.set_extra_query(stage=self.stage_filter.currentData(), mine=self.mine.isChecked() or None)

    def show_mine(self) -> None:
        """我的个案: the logged-in user's caseload."""
        self.show_list()
        self.mine.setChecked(True)

    def focus_search(self) -> None:
        self.show_list()
        self.list.focus_search()

    def show_list(self) -> None:
        self.detail.clear()
        self.stack.setCurrentWidget(self.list)

    def show_case(self, case_id: str) -> None:
        self.detail.show_case(case_id)
        self.stack.setCurrentWidget(self.detail)

    def open_case(self, client_id: str | None = None) -> str | None:
        """The 开案 dialog (for a given client, or one to find); shows the new case when saved."""
        name = ""
        if client_id is not None:
            row = clients.clients_by_id(self.ctx, [client_id]).get(client_id)
            name = row.name if row else ""
        dialog = OpenCaseDialog(self.ctx, client_id=client_id, client_name=name, parent=self)
        if not dialog.exec():
            return None
        emit(self.changed, dialog.changes)
        case_id = dialog.changes.ids[0]
        self.show_case(case_id)
        return case_id

    def apply_changes(self, changes) -> None:
        self.list.apply_changes(changes)

    def drop_cache(self) -> None:
        self.list.drop_cache()
        self.show_list()
