"""社会组织 page: the organisations list (lazy, phones masked), one organisation's record with its
evaluations and activities, registering and editing, and the printable ledger per community."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton, QWidget

from wulian_desk.core.organisations import ORG_TYPES, STATUSES
from wulian_desk.services.parties import organisations
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.dashboard.printing import print_pdf
from wulian_desk.ui.facilities.units import UnitFilter
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.organisations.detail import OrganisationDetail
from wulian_desk.ui.organisations.dialog import OrganisationDialog
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.record_page import RecordPage


def _status(r) -> str:
    return f"{vocab_label(STATUSES, r.status)} {r.registration_number or r.filed_on or ''}".strip()


ORGANISATION_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "组织名称"), "name", lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "所在社区"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "类型"), "org_type", lambda r: vocab_label(ORG_TYPES, r.org_type)),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "登记或备案"), "status", _status),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "负责人"), "leader", lambda r: r.leader),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "联系电话"), None, lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "成员"), "members", lambda r: str(r.members), numeric=True),
    Column(QT_TRANSLATE_NOOP("OrganisationsModel", "最近评议"), "last_evaluation", lambda r: r.last_evaluation),
)


def organisations_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(
        columns=ORGANISATION_COLUMNS, context="OrganisationsModel", sort_column=0, kind="organisation",
        depends_on=frozenset({"org_unit", "activity"}),
        list_ids=lambda **query: organisations.organisation_ids(ctx, **query),
        fetch_rows=lambda ids: organisations.organisations_by_id(ctx, ids), parent=parent,
    )


class OrganisationsPage(RecordPage):

    def __init__(self, ctx, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_organisations")
        self.ctx = ctx
        self.runner = runner
        self.unit_filter = UnitFilter(ctx, lambda unit_id: self.list.set_extra_query(org_unit_id=unit_id))
        self.add_button = QPushButton(self.tr("登记社会组织"))
        self.add_button.setObjectName("addButton")
        self.add_button.setEnabled(ctx.may("organisation", "create"))
        self.add_button.clicked.connect(self.add)
        self.ledger_button = QPushButton(self.tr("打印台账"))
        self.ledger_button.setObjectName("ledgerButton")
        self.ledger_button.setVisible(ctx.may("organisation", "print"))
        self.ledger_button.clicked.connect(self.print_ledger)
        self.list = RecordList(organisations_model(ctx), placeholder=self.tr("组织名称或负责人（Ctrl+F）"),
                               filters=[self.unit_filter],
                               buttons=[ExportButton(ctx, runner, "organisations"), self.ledger_button, self.add_button])
        self.list.opened.connect(self.show_organisation)
        self.detail = OrganisationDetail(ctx)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.assemble(self.tr("社区社会组织"), self.list, self.detail, new_shortcut=self.add)
        self.list.apply_filters()

    def show_organisation(self, organisation_id: str) -> None:
        self.detail.show_organisation(organisation_id)
        self.stack.setCurrentWidget(self.detail)

    def add(self) -> None:
        self.add_with("organisation", lambda: OrganisationDialog(self.ctx, parent=self), self.show_organisation)

    def print_ledger(self) -> None:
        ctx, unit = self.ctx, self.unit_filter.currentData()
        name = self.unit_filter.currentText() if unit else self.tr("全部社区")
        print_pdf(self, self.runner, title=self.tr("保存社区社会组织台账"), suggested=self.tr("%1社会组织台账.pdf")
                  .replace("%1", name), write=lambda out: organisations.print_ledger(ctx, unit, out),
                  label=self.tr("正在生成台账…"))

    def apply_changes(self, changes) -> None:
        self.list.apply_changes(changes)
        if "org_unit" in changes.kinds:
            self.unit_filter.reload()
