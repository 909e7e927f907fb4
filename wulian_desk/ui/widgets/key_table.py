"""The small read-only table a screen fills whole from a service's list: a few dozen rows at most
(a fund's allocations, sync peers and import results, the month's roll-up), too few to be worth
a model. Each row keeps the key of what it stands for, so after a refresh the screen finds and
selects it again, or opens it.

Columns fit their contents and the widest text column takes the spare room (ui.widgets.column_fit);
widths the user drags are remembered under the table's object name. What differs between screens
is chosen when the table is made: how wide a column may be fitted, long texts wrapped or shown in
a tooltip, figures aligned right, a total row, and rows that open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.column_fit import ColumnFit, FitsColumns


class KeyTable(FitsColumns, QTableWidget):
    """`widest`: a number, no column is fitted wider than that many pixels while others need the
    room (None: 2/3 of the table). `stretches`: the widest text column takes the rest of the
    width (False: the rest stays empty). `wrap`: long texts wrap and rows grow to show them. `tip_over`: a cell whose text is longer than this also shows it as its
    tooltip. `figures_from`: the columns from this one on hold figures, aligned right. `opens`:
    a double-click or Enter on a row emits `opened` with its key."""

    opened = Signal(object)  # the key of the row opened

    def __init__(self, headers: Sequence[str], name: str = "", *, widest: int | None = None,
                 stretches: bool = True, wrap: bool = False, tip_over: int | None = None,
                 figures_from: int | None = None, opens: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        if name:
            self.setObjectName(name)
        self.tip_over = tip_over
        self.figures_from = figures_from
        self.opens = opens
        self.setHorizontalHeaderLabels(list(headers))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)
        self.verticalHeader().hide()
        self.fit = ColumnFit(self, name, stretches=stretches, widest=widest)
        if wrap:
            self.fit.fitted.connect(self.resizeRowsToContents)
        if opens:
            self.cellDoubleClicked.connect(lambda row, _column: self._open(row))

    def fill(self, rows: Sequence[tuple[object, Sequence[object]]], *, total: Sequence[object] | None = None) -> None:
        """`rows`: (what the row stands for, the texts of its cells); `total`: the cells of a last
        row, bold, that keeps no key and cannot be selected."""
        self.setRowCount(0)  # the old items go at once, not cell by cell as they are replaced
        self.setRowCount(len(rows) + (total is not None))
        for number, (key, cells) in enumerate(rows):
            self._fill_row(number, key, cells)
        if total is not None:
            self._fill_row(len(rows), None, total, bold=True)
        self.fit.fit()
        if self.wordWrap():
            self.resizeRowsToContents()

    def _fill_row(self, number: int, key, cells: Sequence[object], *, bold: bool = False) -> None:
        for column, value in enumerate(cells):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setData(Qt.ItemDataRole.UserRole, key)
            if self.tip_over is not None and len(item.text()) > self.tip_over:
                item.setToolTip(item.text())  # cut short by the column's width otherwise
            if self.figures_from is not None and column >= self.figures_from:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a total stands for no record: not selectable
            self.setItem(number, column, item)

    def row_key(self, row: int):
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_key(self):
        """The key of the selected row; None when none is, or only the total row was clicked."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return self.row_key(rows[0]) if rows else None

    def row_of(self, key) -> int | None:
        """The row keeping `key`; never the total row, which keeps none."""
        if key is None:
            return None
        return next((row for row in range(self.rowCount()) if self.row_key(row) == key), None)

    def select_key(self, key) -> bool:
        row = self.row_of(key)
        if row is None:
            return False
        self.selectRow(row)
        return True

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def rows_text(self) -> list[list[str]]:
        return [[self.cell_text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())]

    def _open(self, row: int) -> None:
        key = self.row_key(row)
        if key:
            emit(self.opened, key)




    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the row as a double-click does; on a table that opens nothing it goes on to
        # the dialog (its default button), as in any other table.
        if self.opens and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
