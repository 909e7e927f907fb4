"""A plain QTableWidget whose columns fit their contents, the widest text column taking the spare
room (ui.widgets.column_fit): the small tables inside a record's detail and in dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QTableWidget, QWidget

from wulian_desk.ui.widgets.column_fit import ColumnFit


class FittedTable(QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.fit = ColumnFit(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit.view_changed(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit.view_changed(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.fit.view_changed(event)
