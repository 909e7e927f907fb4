"""Moving the data folder from 设置: the head asks, the window logs out, the station is copied and
checked, and the login of the new folder comes up; a wrong password leaves the station where it
was, with its login back and the reason shown; a worker is not offered the move."""

from __future__ import annotations

import pytest

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD
from wulian_desk import paths
from wulian_desk.ui.login import LoginWindow
from wulian_desk.ui.move_folder import MoveFolderDialog, MoveRequest
from wulian_desk.ui.shell import Shell


@pytest.fixture(autouse=True)
def config(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "config-user")
    monkeypatch.setattr(paths, "machine_config_dir", lambda: tmp_path / "config-machine")


def logged_in(qtbot, folder, runner, username=USERNAME, password=PASSWORD) -> Shell:
    shell = Shell(folder, runner)
    with qtbot.waitSignal(shell.window_shown, timeout=5000):
        shell.start()
    shell.front.form.username.setText(username)
    shell.front.form.password.setText(password)
    with qtbot.waitSignal(shell.window_shown, timeout=10_000):
        shell.front.form.submit()
    shell.main.idle.stop()
    return shell


def test_the_head_moves_the_station_and_logs_in_at_the_new_folder(qtbot, runner, wait_tasks, dialogs, two_user_dir,
                                                                  tmp_path):
    shell = logged_in(qtbot, two_user_dir, runner)
    settings = shell.main.show_area("settings")
    assert settings.move_button.isVisible()
    new = tmp_path / "shared-station"
    settings.move_requested.emit(MoveRequest(new, False, PASSWORD))
    qtbot.waitUntil(lambda: shell.folder == new.resolve(), timeout=30_000)
    wait_tasks()
    assert isinstance(shell.front, LoginWindow) and shell.front.isVisible() and shell.front.isEnabled()
    assert shell.main is None
    assert paths.default_data_dir() == new.resolve()
    assert dialogs.infos and str(new.resolve()) in dialogs.infos[-1]
    shell.front.close()


def test_a_wrong_password_leaves_the_station_where_it_was(qtbot, runner, wait_tasks, dialogs, two_user_dir, tmp_path):
    shell = logged_in(qtbot, two_user_dir, runner)
    shell.main.show_area("settings").move_requested.emit(MoveRequest(tmp_path / "new", False, "not-the-password"))
    qtbot.waitUntil(lambda: bool(dialogs.warnings), timeout=30_000)
    wait_tasks()
    assert "密码" in dialogs.warnings[-1]
    assert shell.folder == two_user_dir and shell.front.isEnabled()
    assert not (tmp_path / "new").exists() and paths.data_folder().source == "default"
    shell.front.close()


def test_a_worker_is_not_offered_the_move(qtbot, runner, wait_tasks, two_user_dir):
    shell = logged_in(qtbot, two_user_dir, runner, WORKER, WORKER_PASSWORD)
    assert not shell.main.show_area("settings").move_button.isVisible()
    wait_tasks()
    shell.shutdown()


def test_the_dialog_asks_for_a_folder_and_the_password(qtbot, tmp_path):
    dialog = MoveFolderDialog(tmp_path / "old")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.request is None and dialog.error.isVisible()
    dialog.target.setText(str(tmp_path / "new"))
    dialog.password.setText(PASSWORD)
    dialog.for_machine.setChecked(True)
    dialog.accept()
    assert dialog.request == MoveRequest(tmp_path / "new", True, PASSWORD)
