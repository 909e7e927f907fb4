"""服务对象 page: the clients list (lazy, numbers masked, search as you type) and a client's record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from wulian_desk.core.clients import GENDERS
from wulian_desk.core.consent import CLIENT_CATEGORIES
from wulian_desk.services.casework import clients
from wulian_desk.ui.clients.detail import ClientDetail, join_labels
from wulian_desk.ui.clients.dialog import ClientDialog
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.record_page import RecordPage

CLIENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ClientsModel", "姓名"), "name", lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("ClientsModel", "性别"), None, lambda r: str(GENDERS.get(r.gender, ""))),
    Column(QT_TRANSLATE_NOOP("ClientsModel", "出生日期"), "birth_date",
           lambda r: f"{r.birth_date:%Y-%m-%d}" if r.birth_date else ""),
    Column(QT_TRANSLATE_NOOP("ClientsModel", "身份证号码"), None, lambda r: r.id_number),
    Column(QT_TRANSLATE_NOOP("ClientsModel", "电话"), None, lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("ClientsModel", "所在社区"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("ClientsModel", "类别"), None, lambda r: join_labels(CLIENT_CATEGORIES, r.categories), stretch=True),
)


def clients_model(ctx, runner=None, parent=None) -> LazyTableModel:
    """With the task runner, the first page paints from one keyset query and the whole id list
    (100,000 at benchmark scale) follows from a worker."""
    return LazyTableModel(
        columns=CLIENT_COLUMNS, context="ClientsModel", sort_column=0, kind="client", depends_on=frozenset({"consent", "org_unit"}),
        list_ids=lambda **query: clients.client_ids(ctx, **query),
        fetch_rows=lambda ids: clients.clients_by_id(ctx, ids), parent=parent,
        first_page=lambda **query: clients.client_page(ctx, **query), runner=runner,
    )


class ClientsPage(RecordPage):
    open_record = Signal(str, str)  # kind ("client", "case"), id

    def __init__(self, ctx, runner=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_clients")
        self.ctx = ctx
        self.add_button = QPushButton(self.tr("新增服务对象"))
        self.add_button.setObjectName("addButton")
        self.add_button.setEnabled(ctx.may("client", "create"))
        self.add_button.clicked.connect(self.add)
        self.list = RecordList(clients_model(ctx, runner), placeholder=self.tr("姓名、拼音首字母、身份证或电话尾号（Ctrl+F）"),
                               buttons=[self.add_button])
        self.list.opened.connect(self.show_client)
        self.detail = ClientDetail(ctx)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.detail.open_case_requested.connect(lambda client_id: emit(self.open_record, "new_case", client_id))
        self.assemble(self.tr("服务对象"), self.list, self.detail, new_shortcut=self.add)
        self.list.apply_filters()

    def show_client(self, client_id: str) -> None:
        self.detail.show_client(client_id)
        self.stack.setCurrentWidget(self.detail)

    def add(self) -> None:
        self.add_with("client", lambda: ClientDialog(self.ctx, parent=self), self.show_client)
