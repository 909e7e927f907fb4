"""The main window: every area in the navigation, the overview's compliance, the lock screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD
from wulian_desk.core.models import RoomCreate
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.navigation import AREAS
from wulian_desk.ui.placeholder import PlaceholderPage


def open_window(qtbot, ctx, runner, wait_tasks, folder) -> MainWindow:
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.show()
        window.activateWindow()
    wait_tasks()
    return window


@pytest.fixture
def window(qtbot, ctx, runner, wait_tasks, station_dir):
    win = open_window(qtbot, ctx, runner, wait_tasks, station_dir)
    yield win
    win.idle.stop()


def test_title_and_status_bar_name_the_station_and_user(window):
    assert "首善街道社会工作服务站" in window.windowTitle()
    assert window.user_label.text() == "当前用户：王站长（站长）"


def test_every_area_is_in_the_navigation_and_unbuilt_ones_say_so(window, qtbot):
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["工作台总览", "目标达成", "设施", "服务对象", "个案", "小组", "社区活动", "志愿者", "志愿服务证明",
                      "社会组织", "慈善资源", "项目", "人员与培训", "同步", "账号管理", "审计日志", "设置"]
    for row, area in enumerate(AREAS):
        window.navigation.setCurrentRow(row)
        # The screen is built from modules loaded in the task runner: it replaces the loading page.
        qtbot.waitUntil(lambda key=area.key: window.pages.currentWidget() is window.page(key) is not None)
        page = window.pages.currentWidget()
        if not area.built:
            assert isinstance(page, PlaceholderPage)
            texts = [w.text() for w in page.findChildren(type(window.user_label))]
            assert "此功能将在后续版本中提供" in texts
            assert any(len(t) > 10 for t in texts if t != "此功能将在后续版本中提供")  # what it will hold


def test_overview_names_what_is_missing_and_refreshes_after_a_change(window, ctx, wait_tasks):
    overview = window.page("overview")
    assert overview.station_name.text() == "首善街道社会工作服务站"
    assert overview.station_tier.text() == "镇(街)社会工作服务站"
    assert overview.division_code.text() == "610326001"
    card = overview.unit_cards()[0]
    assert not card.unit.met
    assert card.summary.text().startswith("缺少：办公室、个案室/心理咨询室、小组活动室、共享会议室")
    assert "面积不足：现有 0 平方米" in card.summary.text()
    assert card.findChild(type(card.summary), "badge").property("state") == "missing"

    for room_type, area in (("office", 30), ("counselling", 15), ("group", 30), ("meeting", 25)):
        changes = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name=room_type,
                                                          room_type=room_type, area_m2=area))
    window.broadcast(changes)
    wait_tasks()
    card = overview.unit_cards()[0]
    assert card.unit.met
    assert not card.summary.isVisible() and card.missing_summary() == ""
    assert card.findChild(type(card.summary), "badge").property("state") == "met"
    states = {lb.property("state") for lb in card.findChildren(type(card.summary)) if not lb.isHidden() and lb.property("state")}
    assert states == {"met"}


def test_ctrl_l_locks_hides_data_and_the_same_password_unlocks(window, qtbot, wait_tasks, dialogs):
    facilities_page = window.show_area("facilities")
    rooms = facilities_page.rooms
    facilities.create_room(window.ctx, RoomCreate(org_unit_id=window.ctx.station_id, name="活动室",
                                                  room_type="group", area_m2=30))
    rooms.apply_changes(Changes(frozenset({"room"})))
    rooms.table.selectRow(0)
    rooms.table.copy_selection()
    assert "活动室" in QGuiApplication.clipboard().text()
    assert rooms.model.cached_count == 1

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.screens.currentWidget() is window.lock_screen
    assert not window.content.isVisible()
    assert rooms.model.cached_count == 0
    assert window.page("overview").unit_cards() == []
    assert QGuiApplication.clipboard().text() == ""
    lock = window.lock_screen
    assert lock.form.username.text() == USERNAME and lock.form.username.isReadOnly()

    lock.form.password.setText("wrong-password")
    lock.form.submit()
    wait_tasks()
    assert window.locked and lock.form.error.text() == "用户名或密码不正确。"

    lock.form.password.setText(PASSWORD)
    lock.form.submit()
    wait_tasks()
    assert not window.locked
    assert window.content.isVisible()
    assert window.page("overview").unit_cards()  # shown again after unlocking


def test_clipboard_text_not_ours_survives_the_lock(window):
    QGuiApplication.clipboard().setText("别处复制的文字")
    window.lock()
    assert QGuiApplication.clipboard().text() == "别处复制的文字"


def test_idle_time_locks_the_window(window, qtbot):
    window.idle.set_interval_ms(100)
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_input_postpones_the_idle_lock(window, qtbot):
    window.idle.set_interval_ms(300)
    window.idle.start()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(window.navigation)
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert not window.locked


def test_another_user_can_log_in_at_the_lock_screen(qtbot, runner, wait_tasks, two_user_dir):
    from wulian_desk.services.station.station import open_station

    ctx = open_station(two_user_dir, passphrase=PASSWORD, username=USERNAME)
    window = open_window(qtbot, ctx, runner, wait_tasks, two_user_dir)
    window.lock()
    lock = window.lock_screen
    lock.switch_button.click()
    assert lock.form.username.text() == "" and not lock.form.username.isReadOnly()
    lock.form.username.setText(WORKER)
    lock.form.password.setText(WORKER_PASSWORD)
    with qtbot.waitSignal(window.user_switched, timeout=10_000) as switched:
        lock.form.submit()
    new_ctx = switched.args[0]
    try:
        assert new_ctx.username == WORKER and new_ctx.role == "worker"
        assert window.locked  # the old screens stay covered until the shell replaces them
    finally:
        new_ctx.close()
        window.close_session()


def test_locking_closes_an_open_edit_dialog(window):
    from wulian_desk.ui.facilities.room_dialog import RoomDialog

    page = window.show_area("facilities")
    dialog = RoomDialog(window.ctx, page.rooms.units, parent=page.rooms)
    dialog.name.setText("还没保存的房间")
    dialog.show()
    window.lock()
    assert not dialog.isVisible()
    assert facilities.room_ids(window.ctx) == []


def test_settings_are_saved_and_the_idle_lock_follows(window, station_dir, wait_tasks):
    from wulian_desk.services.station.settings import get_setting
    from wulian_desk.services.station.ui_support import saved_language

    page = window.show_area("settings")
    assert page.idle_minutes.value() == 10
    page.idle_minutes.setValue(3)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_button.click()
    wait_tasks()  # written on the write lane
    assert get_setting(window.ctx, "idle_lock_minutes") == 3
    assert get_setting(window.ctx, "language") == "en"
    assert saved_language(station_dir) == "en"  # the next start opens in English
    assert window.idle.timer.interval() == 3 * 60_000
    assert "重新启动" in page.status.text()


def test_a_social_worker_sees_the_settings_but_cannot_change_them(qtbot, runner, wait_tasks, two_user_dir):
    from wulian_desk.services.station.station import open_station

    ctx = open_station(two_user_dir, passphrase=WORKER_PASSWORD, username=WORKER)
    window = open_window(qtbot, ctx, runner, wait_tasks, two_user_dir)
    try:
        page = window.show_area("settings")
        assert not page.save_button.isEnabled() and not page.idle_minutes.isEnabled()
        assert page.status.text() == "只有站长可以修改这些设置。"
        assert window.user_label.text() == "当前用户：李晓（社工）"
    finally:
        window.close_session()
