"""The small keyed table of the charity, sync and roll-up screens: rows keep what they stand for,
and what each screen wants (column sizing, tooltips, figures aligned right, a total row, rows
that open) is chosen when the table is made."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView

from wulian_desk.ui.widgets.key_table import KeyTable

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def enter(table: KeyTable) -> bool:
    """Press Enter on the table; whether the table kept the key press for itself."""
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table, event)
    return event.isAccepted()


def test_rows_keep_their_keys_and_are_found_again(qtbot):
    table = KeyTable(["站点", "人数"], "stations")
    qtbot.addWidget(table)
    assert table.objectName() == "stations"
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["站点", "人数"]
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    table.fill([("a", ["首善街道", 3]), ("b", ["滨河社区", None])])
    assert table.rows_text() == [["首善街道", "3"], ["滨河社区", ""]]
    assert [table.row_key(r) for r in range(2)] == ["a", "b"]
    assert table.current_key() is None
    assert table.select_key("b") and table.current_key() == "b"
    assert table.row_of("a") == 0 and table.row_of("missing") is None
    assert not table.select_key("missing") and table.current_key() == "b"
    table.fill([("c", ["眉县", 1])])  # a refresh forgets the old rows and their keys
    assert table.rows_text() == [["眉县", "1"]] and table.row_of("b") is None


def test_a_total_row_is_bold_keeps_no_key_and_cannot_be_selected(qtbot):
    table = KeyTable(["站点", "类型", "人数", "金额"], "totals", figures_from=2)
    qtbot.addWidget(table)
    table.fill([("a", ["首善街道", "站点", "3", "1,000.00"])], total=["合计", "", "3", "1,000.00"])
    assert table.rowCount() == 2 and table.row_key(1) is None
    assert table.item(1, 0).font().bold() and not table.item(0, 0).font().bold()
    assert not table.item(1, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    table.selectRow(1)
    assert table.current_key() is None
    assert not table.select_key(None)  # None is the total row's: never a row to go back to
    assert [table.item(0, c).textAlignment() == RIGHT for c in range(4)] == [False, False, True, True]


def test_long_texts_show_in_a_tooltip_and_columns_fit_up_to_the_widest(qtbot):
    long = "个案室面积与现场核查不符，请核实。" * 4
    table = KeyTable(["编号", "说明", "答复"], "notes", widest=120, tip_over=30)
    qtbot.addWidget(table)
    assert table.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert not table.horizontalHeader().stretchLastSection()
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    table.fill([("a", ["1", long, "好"])])
    assert table.item(0, 1).toolTip() == long and table.item(0, 0).toolTip() == ""
    room = table.viewport().width()
    widths = [table.columnWidth(c) for c in range(3)]
    # The long note was cut to 120 px, then took back the room the short columns leave: the table
    # is filled exactly, with no empty last column, and the short columns are as wide as they need.
    assert sum(widths) == room and widths[1] > 120
    assert widths[0] < 120 and widths[2] < 120
    plain = KeyTable(["编号", "说明"])
    qtbot.addWidget(plain)
    plain.fill([("a", ["1", long])])
    assert plain.item(0, 1).toolTip() == ""


def test_rows_open_on_enter_and_double_click_only_when_asked(qtbot):
    table = KeyTable(["名称"], "opening", opens=True)
    qtbot.addWidget(table)
    table.fill([("a", ["甲"]), ("b", ["乙"])])
    table.show()
    qtbot.waitExposed(table)
    table.setCurrentCell(1, 0)
    with qtbot.waitSignal(table.opened) as opened:
        assert enter(table)
    assert opened.args == ["b"]
    where = table.visualItemRect(table.item(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a hand does: press first
    with qtbot.waitSignal(table.opened) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["a"]
    still = KeyTable(["名称"], "still")
    qtbot.addWidget(still)
    still.fill([("a", ["甲"])])
    still.setCurrentCell(0, 0)
    with qtbot.assertNotEmitted(still.opened):
        assert not enter(still)  # left to the dialog around it, its default button
