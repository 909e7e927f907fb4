"""Every list at 1366×768, in Chinese and in English: columns as wide as their text with the
free-text one taking the spare room (no "…" beside empty space), the sort arrow over the order
really shown, a click sorting through the service, and widths and order remembered on reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget

from tests.ui.layout_checks import elided_with_spare_room, empty_room_at_right, visible_tables
from wulian_desk.services.parties import organisations
from wulian_desk.ui import i18n
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.models.lazy_table import LazyTableModel
from wulian_desk.ui.navigation import AREAS
from wulian_desk.ui.signals import emit

SCREEN = (1366, 768)
LISTS = ("facilities", "clients", "cases", "groups", "activities", "volunteers", "organisations", "charity",
         "projects", "staff", "accounts", "audit")
OTHER_TABLES = ("overview", "dashboard", "sync")  # screens with small keyed tables, some empty here


def open_window(qtbot, ctx, runner, wait_tasks, folder) -> MainWindow:
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    wait_tasks()
    return window


def settle(qtbot, wait_tasks) -> None:
    wait_tasks()
    qtbot.wait(30)  # the fitting runs once the events of the refill are through


def every_tab(page):
    """Yield once per combination of the page's tabs a user can reach, each tab shown in turn."""
    yield
    for tabs in page.findChildren(QTabWidget):
        for number in range(tabs.count()):
            tabs.setCurrentIndex(number)
            yield


def check_page(qtbot, wait_tasks, window, key) -> tuple[list[str], set[str]]:
    """The layout problems of every table the page shows, and the names of the tables checked
    with rows in them."""
    page = window.show_area(key)
    problems, checked = [], set()
    for _ in every_tab(page):
        settle(qtbot, wait_tasks)
        for view in visible_tables(page):
            if view.model() is not None and view.model().rowCount():
                checked.add(f"{key}/{view.objectName()}")
            where = f"{key}/{view.objectName() or type(view).__name__}"
            problems += [f"{where}: {elided}" for elided in elided_with_spare_room(view)]
            stretches = getattr(getattr(view, "fit", None), "stretches", False)
            if stretches and view.model().columnCount() and empty_room_at_right(view) > 4:
                problems.append(f"{where}: {empty_room_at_right(view)} px empty at the right")
    return problems, checked


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_every_list_fits_its_columns_at_1366x768(qtbot, qapp, runner, wait_tasks, demo_ctx, demo_dir, language):
    i18n.install(qapp, language)
    window = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    try:
        problems, checked = [], set()
        for key in LISTS + OTHER_TABLES:
            assert any(a.key == key for a in AREAS)
            found, tables = check_page(qtbot, wait_tasks, window, key)
            problems += found
            checked |= tables
        assert problems == []
        # Lists with rows were looked at on every page: the demo station fills each of them.
        assert {name.split("/")[0] for name in checked} >= set(LISTS)
    finally:
        window.idle.stop()


def lazy_tables(page):
    return [view for view in visible_tables(page) if isinstance(view.model(), LazyTableModel)]


def test_every_sort_arrow_sits_over_the_order_shown(qtbot, runner, wait_tasks, demo_ctx, demo_dir):
    window = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    try:
        seen = 0
        for key in LISTS:
            page = window.show_area(key)
            for _ in every_tab(page):
                settle(qtbot, wait_tasks)
                for view in lazy_tables(page):
                    model, header = view.model(), view.horizontalHeader()
                    expected = -1 if model.sort_column is None else model.sort_column
                    assert header.sortIndicatorSection() == expected, (key, view.objectName())
                    order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
                    if expected >= 0:
                        assert header.sortIndicatorOrder() == order, (key, view.objectName())
                    seen += 1
        assert seen >= 14
    finally:
        window.idle.stop()


def test_the_cases_list_arrow_says_newest_opened_first(qtbot, runner, wait_tasks, demo_ctx, demo_dir):
    window = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    try:
        page = window.show_area("cases")
        settle(qtbot, wait_tasks)
        view, model = page.list.table, page.list.model
        header = view.horizontalHeader()
        column = header.sortIndicatorSection()
        assert model.headerData(column, Qt.Orientation.Horizontal) == "开案日期"
        assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        dates = [model.index(r, column).data() for r in range(min(model.rowCount(), 50))]
        assert len(dates) > 1 and dates == sorted(dates, reverse=True)
    finally:
        window.idle.stop()


def click_header(view, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))


def drag_divider(view, column: int, by: int) -> None:
    """Drag the divider at the right of `column` by `by` pixels, as a user does."""
    header = view.horizontalHeader()
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + by // 2, y))
    QTest.mouseMove(header.viewport(), QPoint(edge + by, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(edge + by, y))


def test_a_click_sorts_through_the_service_by_pinyin_and_both_stay_on_reopening(
        qtbot, runner, wait_tasks, demo_ctx, demo_dir):
    window = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    page = window.show_area("organisations")
    settle(qtbot, wait_tasks)
    view, model = page.list.table, page.list.model
    header = view.horizontalHeader()
    name, leader = 0, 4
    # Unasked, by name in pinyin order, the arrow over the name.
    assert header.sortIndicatorSection() == name
    assert model.ids == organisations.organisation_ids(demo_ctx, sort="name")
    click_header(view, leader)
    settle(qtbot, wait_tasks)
    assert header.sortIndicatorSection() == leader
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert model.ids == organisations.organisation_ids(demo_ctx, sort="leader", descending=descending)
    phone = 5  # masked numbers: not a column to sort by; the click changes neither arrow nor rows
    ids = list(model.ids)
    click_header(view, phone)
    settle(qtbot, wait_tasks)
    assert header.sortIndicatorSection() == leader and model.ids == ids
    before = header.sectionSize(name)
    drag_divider(view, name, 60)
    settle(qtbot, wait_tasks)
    dragged = header.sectionSize(name)
    assert dragged > before
    window.idle.stop()
    window.close()

    again = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    try:
        page = again.show_area("organisations")
        settle(qtbot, wait_tasks)
        view, model = page.list.table, page.list.model
        header = view.horizontalHeader()
        assert header.sortIndicatorSection() == leader
        assert (header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder) == descending
        assert model.ids == organisations.organisation_ids(demo_ctx, sort="leader", descending=descending)
        assert header.sectionSize(name) == dragged  # the user's width wins over fitting
        assert elided_with_spare_room(view) == []
    finally:
        again.idle.stop()


def test_the_activities_and_groups_lists_search_as_you_type(qtbot, runner, wait_tasks, demo_ctx, demo_dir):
    window = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    try:
        for key, column in (("activities", 1), ("groups", 0)):
            page = window.show_area(key)
            settle(qtbot, wait_tasks)
            search, model = page.list.search, page.list.model
            assert search.isVisible() and search.placeholderText()
            assert model.rowCount() > 1, key
            wanted = model.index(0, column).data()
            search.insert(wanted)  # as typed (QTest types ASCII only)
            qtbot.waitUntil(lambda m=model, w=wanted, c=column: 0 < m.rowCount() and all(
                w in m.index(r, c).data() for r in range(m.rowCount())))
            search.clear()
            qtbot.waitUntil(lambda m=model: m.rowCount() > 1)
            search.insert("没有这样的名称")
            qtbot.waitUntil(lambda m=model: m.rowCount() == 0)
            assert page.list.count.text() == "共 0 条"
    finally:
        window.idle.stop()


RECORDS = ("clients", "cases", "groups", "activities", "volunteers", "organisations", "projects")


def test_the_tables_in_a_record_fit_too(qtbot, runner, wait_tasks, demo_ctx, demo_dir):
    window = open_window(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    try:
        problems = []
        for key in RECORDS:
            page = window.show_area(key)
            settle(qtbot, wait_tasks)
            first = page.list.model.row_id(0)
            assert first is not None, key
            emit(page.list.opened, first)
            settle(qtbot, wait_tasks)
            for _ in every_tab(page.detail):
                settle(qtbot, wait_tasks)
                for view in visible_tables(page.detail):
                    problems += [f"{key}/{view.objectName()}: {e}" for e in elided_with_spare_room(view)]
        assert problems == []
    finally:
        window.idle.stop()
