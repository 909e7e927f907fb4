"""A searchable record list: a search box (as you type, debounced), optional filters, a lazy
table, and `opened(id)` on Enter or double-click. The clients and cases lists are both this."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from wulian_desk.ui.models.lazy_table import LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.table import RecordTable

SEARCH_DELAY_MS = 200


class ListTable(RecordTable):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            emit(self.activated_row, self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RecordList(QWidget):
    opened = Signal(str)  # the id of the record to open

    def __init__(self, model: LazyTableModel, *, placeholder: str, filters: list[QWidget] = (),
                 buttons: list[QWidget] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.extra_query: dict = {}
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(placeholder)
        self.count = QLabel()
        self.count.setObjectName("rowCount")
        self.table = ListTable()
        self.table.setObjectName("table")
        self.table.setModel(model)
        model.ids_loaded.connect(self._update_count)  # a long list's ids come after its first page
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self._open_first)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for widget in filters:
            bar.addWidget(widget)
        bar.addWidget(self.count)
        bar.addStretch(1)
        for widget in buttons:
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_extra_query(self, **query) -> None:
        self.extra_query = query
        self.apply_filters()

    def apply_filters(self) -> None:
        self.debounce.stop()
        self.model.set_query(search=self.search.text().strip(), **self.extra_query)
        self._update_count()

    def _update_count(self) -> None:
        if self.model.complete:
            self.count.setText(self.tr("共 %n 条", None, self.model.rowCount()))
        else:
            self.count.setText(self.tr("%1 条以上，正在载入…").replace("%1", str(self.model.rowCount())))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _open_row(self, row: int) -> None:
        record_id = self.model.row_id(row)
        if record_id is not None:
            emit(self.opened, record_id)

    def _open_first(self) -> None:
        if self.debounce.isActive():
            self.apply_filters()
        if self.model.rowCount():
            self._open_row(0)

    def apply_changes(self, changes) -> None:
        self.model.apply_changes(changes.kinds, changes.ids)
        self._update_count()

    def drop_cache(self) -> None:
        self.model.drop_cache()
