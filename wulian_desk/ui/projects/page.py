"""项目 page: the government-purchased service projects (a lazy list, searchable by project or
agency, filtered by stage, exported to Excel), and one project in its place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from wulian_desk.core.money import format_yuan
from wulian_desk.core.projects import ORDER, STAGES
from wulian_desk.services.parties import projects
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.projects.detail import ProjectDetail
from wulian_desk.ui.projects.dialogs import ProjectDialog
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.record_page import RecordPage

PROJECT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "项目名称"), "name", lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "阶段"), "stage", lambda r: vocab_label(STAGES, r.stage)),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "承接机构"), "agency", lambda r: r.agency),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "预算（元）"), "budget", lambda r: format_yuan(r.budget_fen), numeric=True),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "协议金额（元）"), "contract", lambda r: format_yuan(r.contract_fen),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "已支出（元）"), "spent", lambda r: format_yuan(r.spent_fen), numeric=True),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "指标达标"), "indicators",
           lambda r: f"{r.indicators_met}/{r.indicators}" if r.indicators else "", numeric=True),
    Column(QT_TRANSLATE_NOOP("ProjectsModel", "评分"), "score", lambda r: "" if r.score is None else f"{r.score:g}",
           numeric=True),
)


def projects_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(
        columns=PROJECT_COLUMNS, context="ProjectsModel", sort_column=0, kind="project", depends_on=frozenset({"agency"}),
        list_ids=lambda **query: projects.project_ids(ctx, **query),
        fetch_rows=lambda ids: projects.projects_by_id(ctx, ids), parent=parent,
    )


class ProjectsPage(RecordPage):
    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_projects")
        self.ctx = ctx
        self.runner = runner
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for code in ORDER:
            self.stage_filter.addItem(vocab_label(STAGES, code), code)
        self.stage_filter.currentIndexChanged.connect(
            lambda _i: self.list.set_extra_query(stage=self.stage_filter.currentData()))
        self.add_button = QPushButton(self.tr("新建项目"))
        self.add_button.setObjectName("addButton")
        self.add_button.setVisible(ctx.may("project", "create"))
        self.add_button.clicked.connect(self.add)
        self.list = RecordList(projects_model(ctx), placeholder=self.tr("项目或承接机构名称（Ctrl+F）"),
                               filters=[self.stage_filter],
                               buttons=[ExportButton(ctx, runner, "projects"), self.add_button])
        self.list.opened.connect(self.show_project)
        self.detail = ProjectDetail(ctx)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.assemble(self.tr("政府购买服务项目"), self.list, self.detail, new_shortcut=self.add)
        self.list.apply_filters()

    def show_project(self, project_id: str) -> None:
        self.detail.show_project(project_id)
        self.show_detail()

    def add(self) -> None:
        self.add_with("project", lambda: ProjectDialog(self.ctx, parent=self), self.show_project)
