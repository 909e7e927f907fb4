"""SimpleTable: a KeyTable whose rows open their record on a double-click or Enter, under the name
and methods (row_id, current_id) the detail screens of projects, staff, organisations and the
dashboard's drill-down still use; they can move to KeyTable itself and this module go."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from wulian_desk.ui.widgets.key_table import KeyTable


class SimpleTable(KeyTable):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(headers, opens=True, parent=parent)

    def row_id(self, row: int) -> str | None:
        return self.row_key(row)

    def current_id(self) -> str | None:
        """The record of the current row (where the keyboard is), selected or not."""
        return self.row_id(self.currentRow()) if self.currentRow() >= 0 else None
