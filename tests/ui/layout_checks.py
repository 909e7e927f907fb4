"""Checks of how a table lays out its columns, for any test that shows a screen.

`elided_with_spare_room(view)`: the columns whose visible text (a cell in view, or the header)
is cut short to "…" while another column, or empty room at the right, could have given it the
width. `empty_room_at_right(view)`: the pixels of the view no column uses. Both look only at what
is painted: the header and the rows in view, as a user sees them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

SLACK = 4  # pixels of play that are nobody's spare room (rounding, the grid line)


@dataclass(frozen=True)
class Elided:
    column: int
    header: str
    needed: int  # pixels the widest visible text of the column wants
    width: int  # pixels it has

    def __str__(self) -> str:
        return f"column {self.column} «{self.header}» needs {self.needed} px, has {self.width}"


def needed_width(view: QTableView, column: int) -> int:
    """The width the column's header and its rows in view want, unelided (Qt's own measure:
    the delegate's size of each cell painted, the header section's size for its text)."""
    return max(view.sizeHintForColumn(column), view.horizontalHeader().sectionSizeHint(column))


def empty_room_at_right(view: QTableView) -> int:
    header = view.horizontalHeader()
    return max(0, view.viewport().width() - header.length())


def elided_with_spare_room(view: QTableView) -> list[Elided]:
    """Columns whose visible text is cut while room is spare elsewhere (another column wider than
    its own text needs, or empty room at the right); [] when the table is laid out well."""
    model = view.model()
    if model is None or not view.isVisible():
        return []
    header = view.horizontalHeader()
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    needed = {c: needed_width(view, c) for c in shown}
    width = {c: header.sectionSize(c) for c in shown}
    elided = [c for c in shown if needed[c] > width[c] + 1]
    if not elided:
        return []
    spare_at_right = empty_room_at_right(view) > SLACK
    problems = []
    for c in elided:
        spare_elsewhere = any(width[d] - needed[d] > SLACK for d in shown if d != c)
        if spare_at_right or spare_elsewhere:
            text = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            problems.append(Elided(c, str(text), needed[c], width[c]))
    return problems


def visible_tables(root: QWidget) -> list[QTableView]:
    """The tables under `root` a user sees now."""
    QApplication.processEvents()
    return [view for view in root.findChildren(QTableView) if view.isVisible()]
