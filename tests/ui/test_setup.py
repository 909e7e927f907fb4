"""First run: the set-up window, inline validation, the recovery code shown once, the keyring note."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from wulian_desk.services.station.ui_support import station_present
from wulian_desk.ui import recovery_dialog
from wulian_desk.ui.recovery_dialog import RecoveryCodeDialog
from wulian_desk.ui.setup_wizard import SetupWindow


@pytest.fixture
def setup_window(qtbot, runner, tmp_path):
    window = SetupWindow(tmp_path / "new-station", runner)
    qtbot.addWidget(window)
    window.show()
    return window


def fill(window: SetupWindow, **values) -> None:
    fields = {"name": "槐芽镇社会工作服务站", "division_code": "610326", "username": "wang",
              "display_name": "王芳", "password": "Huaiya-2026!", "password_again": "Huaiya-2026!"} | values
    for field, text in fields.items():
        getattr(window, field).setText(text)


def test_errors_show_next_to_the_field_and_nothing_is_created(setup_window, wait_tasks, dialogs):
    window = setup_window
    fill(window, name="")
    window.create_button.click()
    wait_tasks()
    assert window.errors.message("name") == "请填写站点名称。"
    assert window.errors.labels["name"].isVisible()
    assert not station_present(window.folder)

    fill(window, password_again="something-else")
    window.create_button.click()
    assert window.errors.message("password_again") == "两次输入的密码不一致。"
    assert window.errors.message("name") == ""

    fill(window, password="12345678", password_again="12345678")
    window.create_button.click()
    wait_tasks()
    assert "过于简单" in window.errors.message("password")
    assert window.name.text() == "槐芽镇社会工作服务站"  # the input stays as typed

    fill(window, division_code="12")
    window.create_button.click()
    wait_tasks()
    assert "6、9 或 12 位数字" in window.errors.message("division_code")
    assert not station_present(window.folder)
    assert window.create_button.isEnabled()


def test_creates_the_station_and_shows_the_recovery_code_once(setup_window, wait_tasks, dialogs, monkeypatch, qtbot):
    shown = []

    def exec_(dialog: RecoveryCodeDialog):
        # The code is on screen, and the dialog will not go away before the user ticks the box.
        dialog.show()
        shown.append(dialog.code_label.text())
        assert not dialog.continue_button.isEnabled()
        dialog.reject()  # Escape or the close button
        assert dialog.isVisible()
        dialog.confirmed.setChecked(True)
        assert dialog.continue_button.isEnabled()
        dialog.continue_button.click()
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
        return dialog.result()

    monkeypatch.setattr(RecoveryCodeDialog, "exec", exec_)
    window = setup_window
    fill(window)
    window.tier.setCurrentIndex(window.tier.findData("community"))
    with qtbot.waitSignal(window.finished, timeout=10_000) as finished:
        window.create_button.click()
    ctx = finished.args[0]
    try:
        assert station_present(window.folder)
        assert len(shown) == 1 and len(shown[0].replace("-", "")) >= 20
        # The test environment has no keyring: the user is told once, plainly.
        assert len(dialogs.infos) == 1 and "密钥环" in dialogs.infos[0]
        from wulian_desk.services.station.station import station_info

        info = station_info(ctx)
        assert (info.name, info.tier, info.division_code) == ("槐芽镇社会工作服务站", "community", "610326")
        assert ctx.username == "wang" and ctx.display_name == "王芳" and ctx.role == "head"
    finally:
        ctx.close()


def test_recovery_code_can_be_saved_as_a_pdf(qtbot, runner, wait_tasks, tmp_path, monkeypatch):
    out = tmp_path / "恢复码.pdf"
    monkeypatch.setattr(recovery_dialog, "ask_save_path", lambda parent, suggested: out)
    dialog = RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "测试站", runner)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    wait_tasks(20_000)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.saved_to == out
    assert str(out) in dialog.status.text()
