"""The lock guarantees: after Ctrl+L no record data is left in any visible widget or on the
clipboard; unsaved dialog input is kept as a draft and offered back after unlocking; and the login
window tells a wrong password, a disabled account and a locked-out account apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD, click_save
from wulian_desk.core.models import AssetCreate, RoomCreate
from wulian_desk.services.casework import drafts
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.facilities.room_dialog import RoomDialog
from wulian_desk.ui.login import LoginWindow
from wulian_desk.ui.main_window import MainWindow

ROOM_NAMES = ("心理疏导室甲", "儿童之家乙")
ASSET_TAG = "WL-LOCK-000777"
TYPED = "尚未保存的会谈备注"
TYPED_KEYS = "Kitchen-Secret-42"  # QTest types Latin keys only


def visible_texts() -> list[str]:
    """Every piece of text a person could read on screen now."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while model.hasIndex(row, column):  # list models keep columnCount() private
                    texts.append(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or ""))
                    column += 1
    return texts


def leaked(secrets) -> set[str]:
    on_screen = "\n".join(visible_texts())
    return {secret for secret in secrets if secret in on_screen}


@pytest.fixture
def window(qtbot, ctx, runner, wait_tasks, station_dir):
    win = MainWindow(ctx, runner, station_dir)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    wait_tasks()
    yield win
    win.idle.stop()


@pytest.fixture
def filled(window):
    ctx = window.ctx
    rooms = [facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name=name, room_type="group",
                                                    area_m2=30)).ids[0] for name in ROOM_NAMES]
    changes = facilities.create_asset(ctx, AssetCreate(org_unit_id=ctx.station_id, asset_tag=ASSET_TAG,
                                                      name="投影仪", category="computer", status="in_use", room_id=rooms[0]))
    window.broadcast(changes)
    window.broadcast(Changes(frozenset({"room"})))
    return window


def open_room_dialog(qtbot, window) -> RoomDialog:
    tab = window.show_area("facilities").rooms
    dialog = RoomDialog(window.ctx, tab.units, parent=tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()
    return dialog


def unlock(window, wait_tasks, password: str = PASSWORD) -> None:
    window.lock_screen.form.password.setText(password)
    window.lock_screen.form.submit()
    wait_tasks()


def test_after_ctrl_l_no_record_data_is_visible_anywhere(filled, qtbot):
    window = filled
    page = window.show_area("facilities")
    page.show_tab("rooms")
    page.rooms.table.selectRow(0)
    page.rooms.table.copy_selection()
    page.show_tab("assets")  # the asset's tag and its room's name on screen
    dialog = open_room_dialog(qtbot, window)
    qtbot.keyClicks(dialog.name, TYPED_KEYS)
    dialog.notes.insertPlainText(TYPED)
    secrets = (*ROOM_NAMES, ASSET_TAG, TYPED, TYPED_KEYS)
    assert leaked(secrets) == {ROOM_NAMES[0], ASSET_TAG, TYPED, TYPED_KEYS}  # the walk sees them while unlocked
    assert ROOM_NAMES[1] in QGuiApplication.clipboard().text()  # sorted by name: 儿童之家乙 first

    assert QApplication.activeWindow() is dialog and window.lock_action in dialog.actions()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # typing in the dialog

    assert window.locked and not dialog.isVisible()
    assert leaked(secrets) == set()
    assert QGuiApplication.clipboard().text() == ""
    assert page.rooms.model.cached_count == 0 and page.assets.model.cached_count == 0


def test_unsaved_input_is_kept_as_a_draft_and_offered_back_after_unlock(filled, qtbot, wait_tasks):
    window = filled
    dialog = open_room_dialog(qtbot, window)
    assert not dialog.drafts.banner.isVisible()
    dialog.name.setText("还没保存的房间")
    dialog.room_type.setCurrentIndex(dialog.room_type.findData("counselling"))
    dialog.area.setText("18")
    window.lock()
    wait_tasks()  # kept on the write lane
    assert drafts.load_draft(window.ctx, "roomDialog:new") is not None
    unlock(window, wait_tasks)
    assert not window.locked

    again = open_room_dialog(qtbot, window)
    assert again.drafts.banner.isVisible() and again.name.text() == ""
    again.drafts.banner.restore_button.click()
    assert (again.name.text(), again.room_type.currentData(), again.area.text()) == ("还没保存的房间", "counselling", "18")
    assert not again.drafts.banner.isVisible()
    click_save(again)
    wait_tasks()
    assert again.result() == again.DialogCode.Accepted
    assert drafts.load_draft(window.ctx, "roomDialog:new") is None  # saved: nothing left to offer
    names = {r.name for r in facilities.rooms_by_id(window.ctx, facilities.room_ids(window.ctx)).values()}
    assert "还没保存的房间" in names


def test_drafts_autosave_while_open_and_go_when_cancelled(window, qtbot, wait_tasks):
    dialog = open_room_dialog(qtbot, window)
    dialog.drafts.timer.setInterval(50)
    dialog.name.setText("打字中")
    qtbot.waitUntil(lambda: drafts.load_draft(window.ctx, "roomDialog:new") is not None, timeout=3000)
    assert drafts.load_draft(window.ctx, "roomDialog:new")["values"]["name"] == "打字中"
    dialog.reject()
    wait_tasks()  # dropped on the write lane
    assert drafts.load_draft(window.ctx, "roomDialog:new") is None


def test_a_draft_can_be_discarded(window, qtbot, wait_tasks):
    dialog = open_room_dialog(qtbot, window)
    dialog.name.setText("草稿")
    window.lock()
    wait_tasks()
    window.unlock()
    again = open_room_dialog(qtbot, window)
    again.drafts.banner.discard_button.click()
    wait_tasks()
    assert not again.drafts.banner.isVisible() and again.name.text() == ""
    assert drafts.load_draft(window.ctx, "roomDialog:new") is None


# -- the login window's three refusals ----------------------------------------------------------


@pytest.fixture
def login(qtbot, runner, two_user_dir):
    window = LoginWindow(two_user_dir, runner)
    qtbot.addWidget(window)
    window.show()
    return window


def attempt(login, wait_tasks, username: str, password: str) -> str:
    login.form.username.setText(username)
    login.form.password.setText(password)
    login.form.submit_button.click()
    wait_tasks()
    assert login.form.error.isVisible()
    return login.form.error.text()


def test_wrong_password_disabled_account_and_locked_out_each_say_so(login, wait_tasks, two_user_dir):
    from wulian_desk.services.station import accounts, station

    wrong = attempt(login, wait_tasks, USERNAME, "not-the-password")
    assert wrong == "用户名或密码不正确。"

    head = station.open_station(two_user_dir, passphrase=PASSWORD, username=USERNAME)
    try:
        accounts.disable_account(head, accounts.find_account(head, WORKER).id)
    finally:
        head.close()
    disabled = attempt(login, wait_tasks, WORKER, WORKER_PASSWORD)
    assert disabled.startswith("该账号已停用，不能登录")

    for _ in range(3):  # three failures in a row (the head's login above cleared the first) ...
        assert attempt(login, wait_tasks, USERNAME, "still-wrong") == wrong
    locked_out = attempt(login, wait_tasks, USERNAME, PASSWORD)  # ... and even the right password waits
    assert locked_out.startswith("登录失败次数过多")
    assert len({wrong, disabled, locked_out}) == 3
