"""The sort arrow of a lazy list tells the truth: it sits over the column the rows are really in
order of (none when the list's own order is not one of its columns), a click on a sortable column
asks the service for that order, a click on any other column leaves arrow and rows as they were,
and the order chosen is remembered for the list."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView
from shiboken6 import isValid

from wulian_desk.ui.models.lazy_table import LazyTableModel
from wulian_desk.ui.widgets import table_memory


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


class LazySort(QObject):
    def __init__(self, view: QTableView, model: LazyTableModel, name: str) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.name = name
        self.retired = False  # another model took the view: this one answers clicks no more
        view.setSortingEnabled(False)  # the view would sort on its own; this asks the model instead
        header = view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        saved = table_memory.sort(name) if name else None
        if saved is not None and self.sortable(saved[0]):
            model.sort(saved[0], _order(saved[1]))
        self.show_order()
        # Through a weak reference: the header may still emit while Qt tears the view down.
        ref = weakref.ref(self)
        header.sortIndicatorChanged.connect(
            lambda column, order: (sort := ref()) is not None and isValid(sort) and not sort.retired
            and sort._clicked(column, order))

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.model.columns) and self.model.columns[column].sort_key is not None

    def show_order(self) -> None:
        """Put the arrow where the model's order is."""
        header = self.view.horizontalHeader()
        column = self.model.sort_column
        blocked = header.blockSignals(True)
        try:
            header.setSortIndicator(-1 if column is None else column, _order(self.model.descending))
        finally:
            header.blockSignals(blocked)
        header.viewport().update()

    def _clicked(self, column: int, order: Qt.SortOrder) -> None:
        if self.sortable(column):
            self.model.sort(column, order)
            if self.name:
                table_memory.save_sort(self.name, column, order == Qt.SortOrder.DescendingOrder)
        self.show_order()
