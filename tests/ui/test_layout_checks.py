"""The layout check itself: it finds a column cut to "…" beside an empty stretched last column,
and passes a table whose columns fit."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from tests.ui.layout_checks import elided_with_spare_room, empty_room_at_right
from wulian_desk.ui.widgets.fitted_table import FittedTable

LONG = "眉县首善街道社会工作服务站滨河社区居民互助会"


def fill(table: QTableWidget) -> None:
    table.setHorizontalHeaderLabels(["组织名称", "负责人", "备注"])
    for column, text in enumerate([LONG, "王秀兰", ""]):
        table.setItem(0, column, QTableWidgetItem(text))


def test_a_cut_column_beside_an_empty_last_one_is_found(qtbot):
    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    fill(table)
    table.horizontalHeader().setStretchLastSection(True)  # the old way: the last column takes the room
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    table.setColumnWidth(0, 80)
    problems = elided_with_spare_room(table)
    assert [p.column for p in problems] == [0]
    assert "组织名称" in str(problems[0])


def test_a_fitted_table_passes(qtbot):
    table = FittedTable(1, 3)
    qtbot.addWidget(table)
    fill(table)
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    table.fit.fit()
    assert elided_with_spare_room(table) == []
    assert empty_room_at_right(table) == 0
    # The long name stretches; the short columns are only as wide as their header or text.
    assert table.columnWidth(0) > table.columnWidth(1) and table.columnWidth(0) > table.columnWidth(2)
