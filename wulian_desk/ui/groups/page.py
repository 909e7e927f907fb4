"""小组 page: the groups list (lazy, filtered by status, exported to .xlsx) and a group's record."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from wulian_desk.core.activities import GROUP_STATUSES
from wulian_desk.services.casework import groups
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.groups.detail import GroupDetail
from wulian_desk.ui.groups.dialogs import GroupDialog
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.widgets.export_button import ExportButton
from wulian_desk.ui.widgets.record_page import RecordPage

GROUP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("GroupsModel", "小组名称"), "name", lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "状态"), "status", lambda r: vocab_label(GROUP_STATUSES, r.status)),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "负责社工"), "worker", lambda r: r.worker),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "开始日期"), "starts_on", lambda r: f"{r.starts_on:%Y-%m-%d}"),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "成员数"), "members", lambda r: str(r.members), numeric=True),
    Column(QT_TRANSLATE_NOOP("GroupsModel", "已开展/计划节数"), "sessions", lambda r: f"{r.sessions}/{r.planned_sessions}"),
)


def groups_model(ctx, runner=None, parent=None) -> LazyTableModel:
    """With the task runner, searching and sorting (in the service, by pinyin) run off the GUI thread."""
    return LazyTableModel(
        columns=GROUP_COLUMNS, context="GroupsModel", sort_column=3, descending=True, kind="group", depends_on=frozenset({"group_session"}),
        list_ids=lambda **query: groups.group_ids(ctx, **query),
        fetch_rows=lambda ids: groups.groups_by_id(ctx, ids), parent=parent, runner=runner,
    )


class GroupsPage(RecordPage):

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_groups")
        self.ctx = ctx
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("全部状态"), None)
        for code in GROUP_STATUSES:
            self.status.addItem(vocab_label(GROUP_STATUSES, code), code)
        self.status.currentIndexChanged.connect(lambda _i: self.list.set_extra_query(status=self.status.currentData()))
        self.add_button = QPushButton(self.tr("新建小组"))
        self.add_button.setObjectName("addButton")
        self.add_button.setEnabled(ctx.may("group", "create"))
        self.add_button.clicked.connect(self.add)
        self.export_button = ExportButton(ctx, runner, "groups")
        self.list = RecordList(groups_model(ctx, runner), placeholder=self.tr("小组名称、目标或负责社工（Ctrl+F）"),
                               filters=[self.status], buttons=[self.export_button, self.add_button])
        self.list.opened.connect(self.show_group)
        self.detail = GroupDetail(ctx, runner)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.assemble(self.tr("小组"), self.list, self.detail)
        QShortcut(QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(self.add)
        self.list.apply_filters()

    def show_group(self, group_id: str) -> None:
        self.detail.show_group(group_id)
        self.stack.setCurrentWidget(self.detail)

    def add(self) -> None:
        self.add_with("group", lambda: GroupDialog(self.ctx, parent=self), self.show_group)
