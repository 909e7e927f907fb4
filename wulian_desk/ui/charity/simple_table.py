"""A small read-only table filled from a service's list (donors, funds, projects, staff): each
row keeps its record id, so a double-click or Enter opens that record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wulian_desk.ui.signals import emit


class SimpleTable(QTableWidget):
    opened = Signal(str)  # the id of the row's record

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cellDoubleClicked.connect(lambda row, _column: self._open(row))

    def fill(self, rows: Sequence[tuple[str, Sequence[object]]]) -> None:
        """`rows`: (record id, the texts of its cells)."""
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for number, (record_id, cells) in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                self.setItem(number, column, item)

    def row_id(self, row: int) -> str | None:
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_id(self) -> str | None:
        return self.row_id(self.currentRow()) if self.currentRow() >= 0 else None

    def row_of(self, record_id: str) -> int | None:
        return next((r for r in range(self.rowCount()) if self.row_id(r) == record_id), None)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _open(self, row: int) -> None:
        record_id = self.row_id(row)
        if record_id:
            emit(self.opened, record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
