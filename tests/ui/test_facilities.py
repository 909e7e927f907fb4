"""The facilities screen: add, edit, delete and undo through the real dialogs and services,
inline validation, search as you type, filters and shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD, click_save
from wulian_desk.core.models import AssetCreate, RoomCreate
from wulian_desk.services.facilities import facilities
from wulian_desk.ui.facilities.asset_dialog import AssetDialog
from wulian_desk.ui.facilities.assets import COL_NAME as ASSET_NAME
from wulian_desk.ui.facilities.assets import COL_VALUE
from wulian_desk.ui.facilities.room_dialog import RoomDialog
from wulian_desk.ui.facilities.rooms import COL_AREA, COL_NAME
from wulian_desk.ui.main_window import MainWindow


def answer(monkeypatch, dialog_class, script):
    """Stand in for the modal exec(): show the real dialog and let `script` work it like a user."""
    seen = []

    def exec_(dialog):
        dialog.show()
        seen.append(dialog)
        script(dialog)
        # A closing modal dialog hands activation back to its window; offscreen needs telling.
        dialog.hide()
        dialog.parentWidget().window().activateWindow()
        QApplication.processEvents()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def open_facilities(qtbot, ctx, runner, wait_tasks, folder):
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.idle.stop()
    page = window.show_area("facilities")
    wait_tasks()
    return window, page


@pytest.fixture
def screen(qtbot, ctx, runner, wait_tasks, station_dir, dialogs):
    return open_facilities(qtbot, ctx, runner, wait_tasks, station_dir)


def cell(tab, row, column):
    return tab.model.index(row, column).data()


def test_new_room_refuses_a_negative_area_inline_then_saves(screen, qtbot, ctx, monkeypatch):
    window, page = screen
    rooms = page.rooms

    def script(dialog: RoomDialog):
        dialog.name.setText("小组活动室")
        dialog.room_type.setCurrentIndex(dialog.room_type.findData("group"))
        dialog.area.setText("-5")
        click_save(dialog)
        assert dialog.isVisible()  # kept open
        assert dialog.errors.message("area_m2") == "面积必须大于 0 平方米（输入的是 -5）。"
        assert dialog.errors.labels["area_m2"].isVisible()
        assert dialog.name.text() == "小组活动室" and dialog.area.text() == "-5"  # input intact
        assert facilities.room_ids(ctx) == []  # nothing saved
        dialog.area.setText("abc")
        click_save(dialog)
        assert dialog.errors.message("area_m2") == "面积必须是数字（平方米）。"
        dialog.area.setText("35.5")
        click_save(dialog)
        assert not dialog.isVisible()

    seen = answer(monkeypatch, RoomDialog, script)
    rooms.table.setFocus()
    qtbot.keyClick(rooms.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert rooms.model.rowCount() == 1
    assert cell(rooms, 0, COL_NAME) == "小组活动室" and cell(rooms, 0, COL_AREA) == "35.5"
    assert rooms.table.selected_rows() == [0]  # the new row is selected
    assert rooms.count.text() == "共 1 条"


def test_edit_by_double_click_and_delete_with_undo(screen, qtbot, ctx, monkeypatch, dialogs, wait_tasks):
    window, page = screen
    rooms = page.rooms
    facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="办公室", room_type="office", area_m2=20))
    changes = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="档案室", room_type="archive",
                                                     area_m2=8))
    window.broadcast(changes)
    row = rooms.model.row_of(changes.ids[0])

    def rename(dialog: RoomDialog):
        assert dialog.name.text() == "档案室" and dialog.area.text() == "8"
        dialog.name.setText("资料档案室")
        click_save(dialog)

    answer(monkeypatch, RoomDialog, rename)
    index = rooms.model.index(row, COL_NAME)
    where = rooms.table.visualRect(index).center()
    qtbot.mouseClick(rooms.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(rooms.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert facilities.get_room(ctx, changes.ids[0]).name == "资料档案室"
    row = rooms.model.row_of(changes.ids[0])
    assert cell(rooms, row, COL_NAME) == "资料档案室"

    rooms.table.selectRow(row)
    rooms.table.setFocus()
    qtbot.keyClick(rooms.table, Qt.Key.Key_Delete)
    wait_tasks()  # deleted on the write lane
    assert dialogs.confirmed and "资料档案室" in dialogs.confirmed[0]
    assert rooms.model.rowCount() == 1 and rooms.model.row_of(changes.ids[0]) is None
    assert window.undo_bar.isVisible()
    assert window.undo_bar.text.text() == "已删除房间“资料档案室”。"
    window.undo_bar.button.click()
    wait_tasks()
    assert rooms.model.rowCount() == 2
    assert rooms.table.selected_rows() == [rooms.model.row_of(changes.ids[0])]
    assert not window.undo_bar.isVisible()


def test_delete_cancelled_changes_nothing(screen, ctx, dialogs):
    window, page = screen
    rooms = page.rooms
    window.broadcast(facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="办公室",
                                                            room_type="office", area_m2=20)))
    dialogs.confirm_answer = False
    rooms.table.selectRow(0)
    rooms.delete_selected()
    assert rooms.model.rowCount() == 1 and not window.undo_bar.isVisible()


def test_a_room_holding_assets_is_not_deleted_and_says_why(screen, ctx, dialogs, wait_tasks):
    window, page = screen
    room = facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="办公室", room_type="office",
                                                  area_m2=20)).ids[0]
    window.broadcast(facilities.create_asset(ctx, AssetCreate(org_unit_id=ctx.station_id, asset_tag="A-1",
                                                              name="电脑", category="computer", room_id=room)))
    page.rooms.table.selectRow(0)
    page.rooms.delete_selected()
    wait_tasks()
    assert dialogs.warnings and "还登记着 1 件资产" in dialogs.warnings[0]
    assert page.rooms.model.rowCount() == 1 and not window.undo_bar.isVisible()


def test_search_filters_as_you_type(qtbot, runner, wait_tasks, demo_ctx, demo_dir, dialogs):
    window, page = open_facilities(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    assets = page.show_tab("assets")
    total = assets.model.rowCount()
    assert total == 200
    qtbot.keyClick(assets.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is assets.search
    qtbot.keyClicks(assets.search, "WL-2023")
    assert assets.model.rowCount() == total  # nothing yet: it waits for a pause in typing
    qtbot.waitUntil(lambda: assets.model.rowCount() < total, timeout=2000)
    tags = [assets.model.row_data(r).asset_tag for r in range(assets.model.rowCount())]
    assert tags and all(tag.startswith("WL-2023") for tag in tags)
    assert assets.count.text() == f"共 {len(tags)} 条"

    # Chinese arrives from the input method as one committed string, not as key presses.
    assets.search.clear()
    commit = QInputMethodEvent()
    commit.setCommitString("投影")
    QApplication.sendEvent(assets.search, commit)
    assert assets.search.text() == "投影"
    qtbot.waitUntil(lambda: assets.model.query.get("search") == "投影", timeout=2000)
    assert 0 < assets.model.rowCount() < total
    names = {cell(assets, r, ASSET_NAME) for r in range(assets.model.rowCount())}
    assert names and all("投影" in name for name in names)
    assets.search.clear()
    qtbot.waitUntil(lambda: assets.model.rowCount() == total, timeout=2000)


def test_unit_and_category_filters(qtbot, runner, wait_tasks, demo_ctx, demo_dir, dialogs):
    window, page = open_facilities(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    rooms = page.rooms
    combo = rooms.unit_filter
    assert combo.itemText(0) == "全部站点" and combo.count() > 2
    combo.setCurrentIndex(2)
    unit_name = combo.currentText()
    assert rooms.model.rowCount() > 0
    assert {rooms.model.row_data(r).unit_name for r in range(rooms.model.rowCount())} == {unit_name}
    assets = page.show_tab("assets")
    assets.category_filter.setCurrentIndex(assets.category_filter.findData("printer"))
    assert {assets.model.row_data(r).category for r in range(assets.model.rowCount())} == {"printer"}


def test_sorting_by_header_asks_the_service(qtbot, runner, wait_tasks, demo_ctx, demo_dir, dialogs):
    window, page = open_facilities(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    assets = page.show_tab("assets")
    assets.table.sortByColumn(COL_VALUE, Qt.SortOrder.DescendingOrder)
    values = [assets.model.row_data(r).value_fen for r in range(20)]
    assert values == sorted(values, reverse=True)
    assert assets.model.ids == facilities.asset_ids(demo_ctx, sort="value_fen", descending=True)


def test_new_asset_checks_the_amount_and_offers_only_rooms_of_its_unit(qtbot, runner, wait_tasks, demo_ctx,
                                                                         demo_dir, dialogs, monkeypatch):
    window, page = open_facilities(qtbot, demo_ctx, runner, wait_tasks, demo_dir)
    assets = page.show_tab("assets")
    before = assets.model.rowCount()

    def script(dialog: AssetDialog):
        unit_id = dialog.unit.itemData(1)
        dialog.unit.setCurrentIndex(1)
        offered = [dialog.room.itemData(i) for i in range(1, dialog.room.count())]
        assert offered and set(offered) == set(facilities.room_ids(demo_ctx, org_unit_id=unit_id))
        dialog.asset_tag.setText("WL-TEST-0001")
        dialog.name.setText("新电脑")
        dialog.category.setCurrentIndex(dialog.category.findData("computer"))
        dialog.room.setCurrentIndex(1)
        dialog.value.setText("三千元")
        click_save(dialog)
        assert dialog.isVisible()
        assert dialog.errors.message("value_fen").startswith("金额格式不对：三千元")
        dialog.value.setText("3,500.50")
        click_save(dialog)
        assert not dialog.isVisible()

    answer(monkeypatch, AssetDialog, script)
    assets.add()
    assert assets.model.rowCount() == before + 1
    row = assets.table.selected_rows()[0]
    assert cell(assets, row, COL_VALUE) == "3,500.50"
    assert assets.model.row_data(row).asset_tag == "WL-TEST-0001"


def test_a_social_worker_may_add_but_not_delete(qtbot, runner, wait_tasks, two_user_dir, dialogs):
    from wulian_desk.services.station.station import open_station

    ctx = open_station(two_user_dir, passphrase=WORKER_PASSWORD, username=WORKER)
    try:
        window, page = open_facilities(qtbot, ctx, runner, wait_tasks, two_user_dir)
        window.broadcast(facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="个案室",
                                                                room_type="counselling", area_m2=12)))
        rooms = page.rooms
        rooms.table.selectRow(0)
        assert rooms.add_button.isEnabled() and rooms.edit_button.isEnabled()
        assert not rooms.delete_button.isEnabled()
    finally:
        window.close_session()


def test_head_account_fixture_is_the_one_logged_in(ctx):
    assert (ctx.username, ctx.role) == (USERNAME, "head") and PASSWORD


def test_a_long_register_paints_its_first_page_then_finds_an_edited_row_far_down(
        qtbot, runner, wait_tasks, big_ctx, tmp_path, dialogs, monkeypatch):
    """Thousands of assets: the tab shows a page at once and the count says more are coming;
    after an edit far down the list, the edited row is selected once the ids are back."""
    from wulian_desk.ui.models.lazy_table import PAGE_SIZE

    window, page = open_facilities(qtbot, big_ctx, runner, wait_tasks, tmp_path / "big")
    assets = page.show_tab("assets")
    total = len(facilities.asset_ids(big_ctx))
    assert total > 2 * PAGE_SIZE
    assert assets.model.complete and assets.model.rowCount() == total
    assert assets.count.text() == f"共 {total} 条"
    last = total - 1
    asset_id = assets.model.row_id(last)
    assets.table.selectRow(last)

    def rename(dialog: AssetDialog):
        dialog.name.setText("改名的投影仪")
        click_save(dialog)
        assert not dialog.isVisible()

    answer(monkeypatch, AssetDialog, rename)
    assets.edit()
    # Refreshed: the first page at once, the rest (and the edited row) from the task runner.
    assert not assets.model.complete and assets.model.rowCount() == PAGE_SIZE + 1
    assert assets.count.text() == f"{PAGE_SIZE + 1} 条以上，正在载入…"
    wait_tasks()
    assert assets.model.complete and assets.count.text() == f"共 {total} 条"
    assert assets.table.selected_rows() == [assets.model.row_of(asset_id)]
    assert assets.model.row_data(assets.table.selected_rows()[0]).name == "改名的投影仪"
