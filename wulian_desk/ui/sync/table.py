"""A small read-only table for the sync screens: a few dozen rows at most (peers, stations,
conflicts, requests, results), each keeping the id of what it shows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


class SyncTable(QTableWidget):
    def __init__(self, headers: Sequence[str], name: str, *, wrap: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)  # wrap: the last column's long texts (messages) show whole
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def fill(self, rows: Sequence[tuple[object, Sequence[object]]]) -> None:
        """`rows`: (what the row stands for, the texts of its cells)."""
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for number, (key, cells) in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(item.text() if len(item.text()) > 30 else "")
                self.setItem(number, column, item)
        for column in range(self.columnCount() - 1):  # the last one takes the rest of the width
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 360))
        if self.wordWrap():
            self.resizeRowsToContents()

    def row_key(self, row: int):
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_key(self):
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return self.row_key(rows[0]) if rows else None

    def select_key(self, key) -> bool:
        for row in range(self.rowCount()):
            if self.row_key(row) == key:
                self.selectRow(row)
                return True
        return False

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def rows_text(self) -> list[list[str]]:
        return [[self.cell_text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())]
