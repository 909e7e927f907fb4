"""The record table: rows selected whole, Ctrl+C copies the selected rows as tab-separated text.
Given a lazy model, its columns fit their contents with the free-text one stretching, and its sort
arrow shows the order the service really gives (ui.widgets.column_fit, ui.widgets.lazy_sort);
both remembered under the model's translation context, the list's stable name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from wulian_desk.ui import clipboard
from wulian_desk.ui.models.lazy_table import LazyTableModel
from wulian_desk.ui.widgets.column_fit import ColumnFit, FitsColumns, lazy_stretch
from wulian_desk.ui.widgets.lazy_sort import LazySort


class RecordTable(FitsColumns, QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fit: ColumnFit | None = None
        self.sorting: LazySort | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, LazyTableModel):
            if self.fit is None:
                self.fit = ColumnFit(self, model.context, stretch=lazy_stretch)
            self.fit.watch_model()
            if self.sorting is not None:
                self.sorting.retired = True
            self.sorting = LazySort(self, model, model.context)




    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedRows()})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> None:
        model = self.model()
        rows = self.selected_rows()
        if model is None or not rows:
            return
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        lines = [
            "\t".join(str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "") for c in columns)
            for r in rows
        ]
        clipboard.copy_text("\n".join(lines))
