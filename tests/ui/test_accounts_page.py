"""账号管理 and 修改我的密码, driven through the real widgets: add (with inline errors), disable,
reset, role change, a new recovery code; a social worker sees none of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD, click_save
from wulian_desk.core.errors import AccountDisabledError, WrongPassphraseError
from wulian_desk.services.station import station
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.navigation import AREAS


def open_window(qtbot, ctx, runner, wait_tasks, folder) -> MainWindow:
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    window.show()
    wait_tasks()
    return window


@pytest.fixture
def head_window(qtbot, runner, wait_tasks, two_user_dir):
    ctx = station.open_station(two_user_dir, passphrase=PASSWORD, username=USERNAME)
    window = open_window(qtbot, ctx, runner, wait_tasks, two_user_dir)
    yield window
    window.idle.stop()
    runner.wait()
    ctx.close()


def in_dialog(qtbot, act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `act` on the modal dialog the next click opens (exec() blocks the test until it closes)."""
    seen: list[QDialog] = []

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, later)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException:
            dialog.done(QDialog.DialogCode.Rejected)
            raise

    QTimer.singleShot(0, later)
    return seen


def table_rows(page) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def select(page, username: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.row_data(row).username == username:
            page.table.selectRow(row)
            return
    raise AssertionError(username)


def test_head_adds_an_account_and_bad_input_is_named_under_its_field(head_window, qtbot):
    page = head_window.show_area("accounts")
    assert table_rows(page) == [["admin", "王站长", "站长", "正常"], ["lixiao", "李晓", "社工", "正常"]]
    errors: dict[str, str] = {}

    def fill(dialog) -> None:
        dialog.username.setText("zhaomin")
        dialog.display_name.setText("赵敏")
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        dialog.password.setText("short")
        dialog.password2.setText("other")
        click_save(dialog)
        errors["twice"] = dialog.errors.message("password2")
        dialog.password2.setText("short")
        click_save(dialog)
        qtbot.waitUntil(lambda: not dialog.saving)
        errors["short"] = dialog.errors.message("password")
        dialog.username.setText(WORKER)
        dialog.password.setText("zhao-min-2026")
        dialog.password2.setText("zhao-min-2026")
        click_save(dialog)
        qtbot.waitUntil(lambda: not dialog.saving)
        errors["taken"] = dialog.errors.message("username")
        dialog.username.setText("zhaomin")
        click_save(dialog)

    in_dialog(qtbot, fill)
    page.new_button.click()
    assert errors == {"twice": "两次输入的密码不一致。", "short": "密码至少需要 8 个字符。", "taken": "用户名 lixiao 已被使用。"}
    assert ["zhaomin", "赵敏", "督导", "正常"] in table_rows(page)
    assert page.selected().username == "zhaomin"
    assert head_window.notice_bar.text.text() == "已新建账号 zhaomin。"  # the window's one notice
    opened = station.open_station(head_window.folder, passphrase="zhao-min-2026", username="zhaomin")
    assert opened.role == "supervisor"
    opened.close()


def test_disable_then_reset_brings_the_account_back(head_window, qtbot, wait_tasks, dialogs):
    page = head_window.show_area("accounts")
    select(page, WORKER)
    assert page.disable_button.isEnabled()
    page.disable_button.click()
    wait_tasks()
    assert "李晓" in dialogs.confirmed[0]
    assert ["lixiao", "李晓", "社工", "已停用"] in table_rows(page)
    assert not page.disable_button.isEnabled() and page.reset_button.isEnabled()
    with pytest.raises(AccountDisabledError):
        station.open_station(head_window.folder, passphrase=WORKER_PASSWORD, username=WORKER)

    def reset(dialog) -> None:
        assert "重新启用" in " ".join(w.text() for w in dialog.findChildren(type(page.status)))
        dialog.password.setText("new-worker-2026")
        dialog.password2.setText("new-worker-2026")
        click_save(dialog)

    in_dialog(qtbot, reset)
    page.reset_button.click()
    assert ["lixiao", "李晓", "社工", "正常"] in table_rows(page)
    assert dialogs.saved[-1][0] == "已为 lixiao 设置新密码。"
    with pytest.raises(WrongPassphraseError):
        station.open_station(head_window.folder, passphrase=WORKER_PASSWORD, username=WORKER)
    station.open_station(head_window.folder, passphrase="new-worker-2026", username=WORKER).close()


def test_role_change_and_the_last_head_is_kept(head_window, qtbot):
    page = head_window.show_area("accounts")
    select(page, WORKER)

    offered: list[str] = []

    def to_supervisor(dialog) -> None:
        offered.extend(dialog.role.itemText(i) for i in range(dialog.role.count()))
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        click_save(dialog)

    in_dialog(qtbot, to_supervisor)
    page.role_button.click()
    assert ["lixiao", "李晓", "督导", "正常"] in table_rows(page)
    assert head_window.notice_bar.text.text() == "lixiao 的角色已改为督导。"
    assert offered == ["社工", "站长", "督导"]  # 总站管理员 only at a county station

    select(page, USERNAME)
    refused: list[str] = []

    def demote_myself(dialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData("worker"))
        click_save(dialog)
        qtbot.waitUntil(lambda: not dialog.saving)
        refused.append(dialog.errors.message(None))
        dialog.reject()

    in_dialog(qtbot, demote_myself)
    page.role_button.click()
    assert refused == ["这是最后一个站长账号，不能改为其他角色。"]
    assert ["admin", "王站长", "站长", "正常"] in table_rows(page)


def test_a_new_recovery_code_is_shown_once_saved_as_pdf_and_the_old_one_stops(
        head_window, qtbot, wait_tasks, dialogs, recovery_code, tmp_path, monkeypatch):
    from wulian_desk.ui import recovery_dialog

    out = tmp_path / "恢复码.pdf"
    monkeypatch.setattr(recovery_dialog, "ask_save_path", lambda parent, suggested: out)
    page = head_window.show_area("accounts")
    shown: list[str] = []

    def save_and_continue(dialog) -> None:
        shown.append(dialog.code_label.text())
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=20_000)
        dialog.confirmed.setChecked(True)
        dialog.continue_button.click()

    in_dialog(qtbot, save_and_continue)
    page.recovery_button.click()
    qtbot.waitUntil(lambda: bool(shown) and page.recovery_dialog is None, timeout=30_000)
    wait_tasks()
    assert "旧的恢复码立即失效" in dialogs.confirmed[0]
    assert out.read_bytes().startswith(b"%PDF")
    assert dialogs.saved[-1][0] == "已生成新的恢复码，旧的恢复码已失效。"
    code = shown[0]
    assert code and code != recovery_code
    with pytest.raises(WrongPassphraseError):
        station.open_station(head_window.folder, passphrase=recovery_code, username=USERNAME)
    station.open_station(head_window.folder, passphrase=code, username=USERNAME).close()


def test_locking_closes_the_recovery_code_and_says_to_generate_again(head_window, qtbot, wait_tasks, dialogs):
    page = head_window.show_area("accounts")
    in_dialog(qtbot, lambda dialog: head_window.lock())
    page.recovery_button.click()
    qtbot.waitUntil(lambda: "请重新生成" in page.status.text(), timeout=20_000)
    assert head_window.locked
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_every_user_changes_their_own_password_from_the_status_bar(qtbot, runner, wait_tasks, two_user_dir):
    ctx = station.open_station(two_user_dir, passphrase=WORKER_PASSWORD, username=WORKER)
    window = open_window(qtbot, ctx, runner, wait_tasks, two_user_dir)
    try:
        hidden = {area.key for row, area in enumerate(AREAS) if window.navigation.isRowHidden(row)}
        assert hidden == {"accounts", "audit"}  # a 社工 is not offered them at all
        assert window.password_button.isVisible()
        errors: list[str] = []

        def change(dialog) -> None:
            dialog.old_password.setText("not-my-password")
            dialog.password.setText("li-xiao-new-2026")
            dialog.password2.setText("li-xiao-new-2026")
            click_save(dialog)
            qtbot.waitUntil(lambda: not dialog.saving)
            errors.append(dialog.errors.message("old_password"))
            dialog.old_password.setText(WORKER_PASSWORD)
            click_save(dialog)

        in_dialog(qtbot, change)
        window.password_button.click()
        assert errors == ["原密码不正确。"]
        assert "密码已修改" in window.notice_bar.text.text()  # the window's one notice
        with pytest.raises(WrongPassphraseError):
            station.open_station(two_user_dir, passphrase=WORKER_PASSWORD, username=WORKER)
        station.open_station(two_user_dir, passphrase="li-xiao-new-2026", username=WORKER).close()
    finally:
        window.close_session()


def test_the_head_sees_both_areas(head_window):
    hidden = [area.key for row, area in enumerate(AREAS) if head_window.navigation.isRowHidden(row)]
    assert hidden == []
    assert head_window.show_area("accounts").objectName() == "page_accounts"
    assert head_window.show_area("audit").objectName() == "page_audit"
