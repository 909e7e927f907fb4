"""A plain QTableWidget whose columns fit their contents, the widest text column taking the spare
room (ui.widgets.column_fit): the small tables inside a record's detail and in dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QWidget

from wulian_desk.ui.widgets.column_fit import ColumnFit, FitsColumns


class FittedTable(FitsColumns, QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget | None = None, *,
                 stretch: int | None = None) -> None:
        """`stretch`: the free-text column (notes, content) that takes the spare room, when the
        widest column would be the wrong one (a date beside a still-empty note)."""
        super().__init__(rows, columns, parent)
        self.fit = ColumnFit(self, stretch=None if stretch is None else (lambda _view: stretch))
