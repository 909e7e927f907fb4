"""The menu bar and toolbar: every main action under 文件 / 编辑 / 查看 / 记录 / 工具 / 帮助 with the
system's standard keys, a search box always in sight, one notice for "saved", and nothing that
needs a session reachable while the window is locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.ui import casework_fixtures as cw
from wulian_desk.services.context import Changes
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.message import MessageDialog
from wulian_desk.ui.widgets.record_page import RecordPage

casework_template, casework_dir = cw.casework_template, cw.casework_dir
STD = QKeySequence.StandardKey


@pytest.fixture
def window(qtbot, ctx, runner, wait_tasks, casework_dir):
    win = MainWindow(ctx, runner, casework_dir)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):  # shortcuts reach only the active window
        win.show()
        win.activateWindow()
    win.idle.stop()
    wait_tasks()
    yield win
    win.idle.stop()


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_menus_hold_the_main_actions_with_the_standard_keys(window):
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "查看(&V)", "记录(&R)", "工具(&T)",
                                                              "帮助(&H)"]
    for name, key in (("newAction", STD.New), ("findAction", STD.Find), ("printAction", STD.Print),
                      ("helpAction", STD.HelpContents)):
        assert action(window, name).shortcut() == QKeySequence(key), name
    # The platform's own key where it has one, else the one people expect.
    for name, key, fallback in (("quitAction", STD.Quit, "Ctrl+Q"), ("preferencesAction", STD.Preferences, "Ctrl+,")):
        assert action(window, name).shortcut() == (QKeySequence(key) if not QKeySequence(key).isEmpty()
                                                    else QKeySequence(fallback)), name
    assert action(window, "refreshAction").shortcut().matches(QKeySequence("F5")) \
        or action(window, "refreshAction").shortcut() == QKeySequence(STD.Refresh)
    assert action(window, "helpAction").shortcut() == QKeySequence("F1")
    # Every screen the role may use is one menu item away, the certificates among them.
    views = [a.text() for a in window.menuBar().actions()[2].menu().actions() if a.text()]
    assert "志愿服务证明" in views and "个案" in views and views[0] == "刷新(&R)"
    for name in ("addClientAction", "openCaseAction", "certificatesAction", "verifyCertificateAction",
                 "changePasswordAction", "tool_sync", "tool_audit", "exportAction"):
        action(window, name)


def test_new_and_find_act_on_the_screen_shown(window, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(RecordPage, "add_with", lambda page, resource, *_a: asked.append(resource))
    page = window.show_area("clients")
    assert action(window, "newAction").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["client"]
    action(window, "newAction").trigger()
    assert asked == ["client", "client"]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.list.search.hasFocus()
    window.show_area("settings")  # nothing to add or print there
    assert not action(window, "newAction").isEnabled() and not action(window, "printAction").isEnabled()


def test_the_toolbar_search_box_is_in_sight_and_finds_as_you_type(window, qtbot, ctx):
    client_id = cw.make_client(ctx, "张三")
    box = window.search_box
    assert box.isVisible() and box.placeholderText().startswith("搜索服务对象和个案")
    box.setFocus()
    qtbot.keyClicks(box, "zs")
    popup = window.search_popup
    assert popup is not None and popup.isVisible() and popup.box.text().startswith("z")
    qtbot.waitUntil(lambda: popup.results.count() == 1 and not popup.debounce.isActive() and not popup.searching)
    assert popup.box.text() == "zs" and "张三" in popup.results.item(0).text()
    qtbot.keyClick(popup.box, Qt.Key.Key_Return)
    assert window.page("clients").detail.view.id == client_id


def test_every_save_says_so_in_the_same_notice_without_a_dialog(window, qtbot):
    window.broadcast(Changes.of("room", "x"))
    assert window.notice_bar.isVisible() and window.notice_bar.text.text() == "已保存。"
    assert not window.notice_bar.open_file.isVisible()  # no file: nothing to open
    assert not [w for w in window.findChildren(MessageDialog) if w.isVisible()]
    window.offer_undo("已删除房间“活动室”。", lambda: Changes())
    assert not window.notice_bar.isVisible() and window.undo_bar.isVisible()  # the delete's own offer instead


def test_locked_nothing_needing_the_session_is_reachable(window, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("wulian_desk.ui.accounts.dialogs.OwnPasswordDialog.exec", lambda self: opened.append("x"))
    window.lock()
    assert not window.password_button.isEnabled()
    assert not action(window, "changePasswordAction").isEnabled()
    window.change_own_password()  # however it is reached
    assert opened == []
    for name in ("newAction", "findAction", "printAction", "exportAction", "refreshAction", "show_clients",
                 "addClientAction", "certificatesAction"):
        assert not action(window, name).isEnabled(), name
    assert not window.toolbar.isVisible() and not window.search_box.isEnabled()
    assert action(window, "quitAction").isEnabled() and action(window, "helpAction").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_popup is None
    window.unlock()
    assert window.password_button.isEnabled() and action(window, "changePasswordAction").isEnabled()
    assert window.toolbar.isVisible() and window.search_box.isEnabled() and action(window, "findAction").isEnabled()


def test_f5_reads_the_screen_again_and_f1_opens_help_beside_the_work(window, qtbot, wait_tasks):
    page = window.show_area("clients")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    fresh = window.page("clients")
    assert fresh is not page and window.pages.currentWidget() is fresh  # built again from the station
    wait_tasks()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(MessageDialog, "helpWindow")
    assert help_window is not None and help_window.isVisible() and not help_window.isModal()
    assert "Ctrl+F" in help_window.text.text()
    help_window.close()


def test_the_view_menu_switches_at_once(window, qtbot, wait_tasks):
    action(window, "show_certificates").trigger()
    assert window.navigation.currentItem().text() == "志愿服务证明"
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.page("certificates") is not None)
    wait_tasks()


def test_print_and_export_act_on_the_screen_shown(window, qtbot, monkeypatch):
    from wulian_desk.ui.organisations import page as organisations_page
    from wulian_desk.ui.widgets import export_button

    printed: list[str] = []
    monkeypatch.setattr(organisations_page, "print_pdf", lambda parent, runner, **kw: printed.append(kw["title"]))
    monkeypatch.setattr(export_button, "ask_export_path", lambda *_a: None)  # asked where: cancelled
    window.show_area("organisations")
    window.menus.refresh_state()
    assert action(window, "printAction").isEnabled() and action(window, "exportAction").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == ["保存社区社会组织台账"]
    asked: list[str] = []
    monkeypatch.setattr(export_button, "ask_export_path", lambda parent, suggested: asked.append(suggested))
    action(window, "exportAction").trigger()
    assert asked and asked[0].startswith("社区社会组织-")


def test_the_toolbar_follows_a_screen_from_its_list_to_a_record(window, qtbot, ctx):
    client_id = cw.make_client(ctx, "孙八")
    case_id = cw.make_case(ctx, client_id)
    page = window.show_area("cases")
    assert not action(window, "printAction").isEnabled()  # a list: nothing to print
    page.show_case(case_id)
    assert action(window, "printAction").isEnabled()  # the case file prints
    page.show_list()
    assert not action(window, "printAction").isEnabled()
