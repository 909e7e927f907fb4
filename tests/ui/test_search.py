"""The one search box: Ctrl+F opens it anywhere without a search box of its own; it finds clients
by pinyin initials and cases by words in their session notes, and Enter opens the record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui import casework_fixtures as cw
from wulian_desk.services.casework import cases
from wulian_desk.ui.main_window import MainWindow

casework_template, casework_dir, worker_ctx = cw.casework_template, cw.casework_dir, cw.worker_ctx


def open_window(qtbot, ctx, runner, folder) -> MainWindow:
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.idle.stop()
    qtbot.waitUntil(lambda: not runner.busy)  # the overview's first load, before anything else
    return window


def search(qtbot, window, text: str):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    popup.box.setText(text)
    qtbot.waitUntil(lambda: popup.results.count() > 0 and not popup.debounce.isActive())
    return popup


def test_initials_find_a_client_and_enter_opens_it(qtbot, worker_ctx, runner, casework_dir):
    client_id = cw.make_client(worker_ctx, "张三")
    cw.make_client(worker_ctx, "王五")
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    popup = search(qtbot, window, "zs")
    assert popup.results.count() == 1 and "张三" in popup.results.item(0).text()
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    page = window.page("clients")
    assert window.pages.currentWidget() is page and page.detail.view.id == client_id
    assert not popup.isVisible()


def test_a_word_in_session_notes_finds_the_case(qtbot, worker_ctx, runner, casework_dir):
    case_id = cw.make_case(worker_ctx, cw.make_client(worker_ctx, "李四"))
    cases.add_session(worker_ctx, case_id, on=date.today(), minutes=45, session_type="home_visit",
                      content="上门探访，协助整理药品和复诊预约。")
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    popup = search(qtbot, window, "复诊预约")
    items = [popup.results.item(i) for i in range(popup.results.count())]
    assert any("个案" in item.text() for item in items)
    popup.results.setCurrentRow(next(i for i, item in enumerate(items) if item.text().startswith("个案")))
    popup.open_current()
    assert window.page("cases").detail.file.case.id == case_id


def test_pages_with_a_search_box_keep_their_own_ctrl_f(qtbot, worker_ctx, runner, casework_dir):
    window = open_window(qtbot, worker_ctx, runner, casework_dir)
    page = window.show_area("clients")
    # 编辑 > 查找 (Ctrl+F) stands for the page's own search there: one key, one meaning.
    assert window.page_shortcut(page, "find") is not None and not window.page_shortcut(page, "find").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.list.search.hasFocus() and window.search_popup is None
    window.show_area("overview")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_popup is not None and window.search_popup.isVisible()
