"""One list of records with search-as-you-type, a unit filter, and add / edit / delete / undo.
Rooms and assets are subclasses that name their dialog and their delete and restore calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import WulianError
from wulian_desk.services.context import Changes
from wulian_desk.ui import message
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.facilities.units import UnitChoice, fill_unit_combo, load_units
from wulian_desk.ui.models.lazy_table import LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import runner_of
from wulian_desk.ui.widgets.table import RecordTable

SEARCH_DELAY_MS = 200  # wait for a pause in typing, so each keystroke is not a query


class RecordTab(QWidget):
    changed = Signal(object)  # Changes, after an add, edit, delete or undo made here
    undo_offered = Signal(str, object)  # what was done, and a callable that undoes it (-> Changes)
    resource = "facility"  # the permission table's row for these records

    def __init__(self, ctx, model: LazyTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        # The services refuse what a role may not do; the buttons only say so in advance.
        self.may = {action: ctx.may(self.resource, action) for action in ("create", "edit", "delete")}
        self.units: list[UnitChoice] = load_units(ctx)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索（Ctrl+F）"))
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("unitFilter")
        fill_unit_combo(self.unit_filter, self.units, with_all=True)
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        self.add_button = QPushButton(self.tr("新增"))
        self.edit_button = QPushButton(self.tr("编辑"))
        self.delete_button = QPushButton(self.tr("删除"))
        for name, button, slot in (("addButton", self.add_button, self.add), ("editButton", self.edit_button, self.edit),
                                   ("deleteButton", self.delete_button, self.delete_selected)):
            button.setObjectName(name)
            button.clicked.connect(slot)
        self.table = RecordTable()
        self.table.setObjectName("table")
        self.table.setModel(model)
        # What to select (and scroll to) once a long list's ids are all in, after a refresh.
        self.pending_selection: tuple[list[str], bool, int] | None = None
        model.ids_loaded.connect(self._ids_loaded)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.debounce.start)
        self.unit_filter.currentIndexChanged.connect(self.apply_filters)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.unit_filter, 1)
        for widget in self.extra_filters():
            bar.addWidget(widget, 1)
        bar.addWidget(self.count)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.apply_filters()
        self._update_buttons()

    # -- hooks for the subclasses ------------------------------------------------------------------

    def extra_filters(self) -> list[QWidget]:
        return []

    def filters(self) -> dict:
        return {"search": self.search.text().strip(), "org_unit_id": self.unit_filter.currentData()}

    def open_dialog(self, row) -> Changes | None:
        raise NotImplementedError

    def delete_record(self, record_id: str) -> Changes:
        """The service call that deletes one record; it runs on the write lane, so only that."""
        raise NotImplementedError

    def restore_record(self, record_id: str) -> Changes:
        """The service call that brings one back (the undo); on the write lane, like `delete_record`."""
        raise NotImplementedError

    def describe(self, rows: list) -> str:
        """"房间“活动室”" / "3 个房间", for confirmations and the undo offer."""
        raise NotImplementedError

    # -- actions -------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.debounce.stop()
        self.pending_selection = None
        self.model.set_query(**self.filters())
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_rows(self) -> list:
        return [r for r in (self.model.row_data(i) for i in self.table.selected_rows()) if r is not None]

    def add(self) -> None:
        if not self.may["create"]:
            return
        changes = self.open_dialog(None)
        if changes is not None:
            emit(self.changed, changes)

    def edit(self) -> None:
        if not self.may["edit"]:
            return
        index = self.table.currentIndex()
        rows = self.selected_rows()
        row = self.model.row_data(index.row()) if index.isValid() else (rows[0] if rows else None)
        if row is None:
            return
        changes = self.open_dialog(row)
        if changes is not None:
            emit(self.changed, changes)

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self.may["delete"]:
            return
        what = self.describe(rows)
        if not message.confirm(self, self.tr("确定删除%1吗？删除后可以立即撤销。").replace("%1", what)):
            return
        delete, ids = self.delete_record, [row.id for row in rows]

        def delete_all(_progress) -> tuple[list[str], WulianError | None]:
            done: list[str] = []
            try:
                for record_id in ids:
                    delete(record_id)
                    done.append(record_id)
            except WulianError as err:
                return done, err  # those before it stay deleted, and are offered for undo
            return done, None

        runner_of(self).write(delete_all, on_done=lambda outcome: self._deleted(rows, *outcome), parent=self)

    def _deleted(self, rows: list, done: list[str], err: WulianError | None) -> None:
        if err is not None:
            show_error(self, err)
        if not done:
            return
        emit(self.changed, Changes(frozenset({self.model.kind}), tuple(done)))
        deleted = [r for r in rows if r.id in done]
        emit(self.undo_offered, self.tr("已删除%1。").replace("%1", self.describe(deleted)), self._undoer(done))

    def _undoer(self, ids: list[str]) -> Callable[[], Changes]:
        """The undo the window's undo bar runs on the write lane: it must not touch a widget."""
        restore, kind = self.restore_record, self.model.kind

        def undo() -> Changes:
            for record_id in ids:
                restore(record_id)
            return Changes(frozenset({kind}), tuple(ids))

        return undo

    # -- refresh -------------------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Refresh from what a write changed, keeping the selection (or selecting what was written)."""
        if "org_unit" in changes.kinds:
            self.units = load_units(self.ctx)
            fill_unit_combo(self.unit_filter, self.units, with_all=True, current=self.unit_filter.currentData())
        before = {self.model.row_id(r) for r in self.table.selected_rows()}
        scroll = self.table.verticalScrollBar().value()
        self.model.apply_changes(changes.kinds, changes.ids)
        self._update_count()
        own = self.model.kind in changes.kinds
        written = [i for i in changes.ids if own]
        wanted = [i for i in written if self.model.row_of(i) is not None] or [i for i in before if i]
        self.table.verticalScrollBar().setValue(scroll)
        self.select_ids(wanted, scroll_to=own)
        if not self.model.complete:  # rows past the first page: selected when the id list arrives
            self.pending_selection = (written or [i for i in before if i], own, scroll)

    def _ids_loaded(self) -> None:
        self._update_count()
        if self.pending_selection is not None:
            ids, scroll_to, scroll = self.pending_selection
            self.pending_selection = None
            self.table.verticalScrollBar().setValue(scroll)
            if any(self.model.row_of(i) is not None for i in ids):
                self.select_ids(ids, scroll_to=scroll_to)

    def select_ids(self, ids: list[str], *, scroll_to: bool = False) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
            )
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), selection.SelectionFlag.NoUpdate)
            if scroll_to:
                self.table.scrollTo(self.model.index(rows[0], 0))
        self._update_buttons()

    def drop_cache(self) -> None:
        self.model.drop_cache()

    def _update_count(self) -> None:
        if self.model.complete:
            self.count.setText(self.tr("共 %n 条", None, self.model.rowCount()))
        else:
            self.count.setText(self.tr("%1 条以上，正在载入…").replace("%1", str(self.model.rowCount())))

    def _update_buttons(self, *_args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(self.may["create"])
        self.edit_button.setEnabled(has and self.may["edit"])
        self.delete_button.setEnabled(has and self.may["delete"])
