"""The shell: set-up or login first, the database stack imported meanwhile, then the main
window, rebuilt for another user who logs in at the lock screen."""

from __future__ import annotations

from shiboken6 import isValid

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD
from wulian_desk.ui.login import LoginWindow
from wulian_desk.ui.setup_wizard import SetupWindow
from wulian_desk.ui.shell import Shell


def start(qtbot, folder, runner) -> Shell:
    shell = Shell(folder, runner)
    with qtbot.waitSignal(shell.window_shown, timeout=5000):
        shell.start()
    return shell


def test_first_run_shows_the_setup_window(qtbot, runner, tmp_path, wait_tasks):
    shell = start(qtbot, tmp_path / "fresh", runner)
    assert isinstance(shell.front, SetupWindow) and shell.front.isVisible()
    qtbot.waitUntil(lambda: shell.is_preloaded, timeout=10_000)
    shell.front.close()


def test_login_then_another_user_replaces_the_main_window(qtbot, runner, two_user_dir, wait_tasks):
    shell = start(qtbot, two_user_dir, runner)
    login = shell.front
    assert isinstance(login, LoginWindow) and login.isVisible()
    login.form.username.setText(USERNAME)
    login.form.password.setText(PASSWORD)
    with qtbot.waitSignal(shell.window_shown, timeout=10_000) as shown:
        login.form.submit()
    assert shown.args == ["main"]
    first = shell.main
    assert first.isVisible() and first.ctx.username == USERNAME
    assert shell.front is None
    assert not isValid(login) or not login.isVisible()
    first.idle.stop()

    first.lock()
    first.lock_screen.switch_user()
    first.lock_screen.form.username.setText(WORKER)
    first.lock_screen.form.password.setText(WORKER_PASSWORD)
    with qtbot.waitSignal(shell.window_shown, timeout=10_000):
        first.lock_screen.form.submit()
    second = shell.main
    assert second is not first and second.isVisible()
    assert second.ctx.username == WORKER and "李晓" in second.user_label.text()
    qtbot.waitUntil(lambda: not isValid(first), timeout=3000)  # the first user's screens are gone
    wait_tasks()
    shell.shutdown()
    second.close()
