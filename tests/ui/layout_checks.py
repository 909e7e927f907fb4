"""Checks on a shown window's tables: a column whose text is cut to "…" while another column (or the
empty space after the last one) has room to spare."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

# A column is cut when its widest visible text (or its header) needs more than this past its width;
# a column has room to spare when it is wider than its widest text by at least this.
CUT = 2
SPARE = 24


def column_needs(view: QTableView, column: int) -> int:
    """The width the column's visible rows and its header need, as resizeColumnToContents sees it."""
    header = view.horizontalHeader()
    return max(view.sizeHintForColumn(column), header.sectionSizeHint(column) if header.isVisible() else 0)


def elided_columns(window: QWidget) -> list[str]:
    """One line per table in `window` that cuts a column while another has room to spare."""
    problems = []
    for view in window.findChildren(QTableView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() == 0:
            continue
        header = view.horizontalHeader()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        needs = {c: column_needs(view, c) for c in columns}
        widths = {c: view.columnWidth(c) for c in columns}
        cut = [c for c in columns if needs[c] - widths[c] > CUT]
        if not cut:
            continue
        used = sum(widths.values())
        spare = {c: widths[c] - needs[c] for c in columns if widths[c] - needs[c] >= SPARE}
        empty = view.viewport().width() - used if not header.stretchLastSection() else 0
        if spare or empty >= SPARE:
            names = [str(model.headerData(c, header.orientation()) or c) for c in cut]
            roomy = [str(model.headerData(c, header.orientation()) or c) for c in spare]
            problems.append(f"{view.objectName() or type(view).__name__} in {window.objectName()}: "
                            f"{', '.join(names)} cut while {', '.join(roomy) or 'the empty space'} has room")
    return problems
