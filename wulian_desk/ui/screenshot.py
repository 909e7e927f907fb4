"""Render one screen offscreen into a PNG (`wulian-desk screenshot`, the docs, visual checks)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.ui.tasks import TaskRunner

FRONT_SCREENS = ("setup", "login")


def render_screen(screen: str, data_dir: Path, out: Path, *, passphrase: str | None, username: str | None) -> Path:
    """`screen` is one of app.SCREENS; those past login unlock the station with `passphrase`."""
    app = QApplication.instance()
    runner = TaskRunner()
    ctx = None
    try:
        if screen in FRONT_SCREENS:
            widget = _front_screen(screen, data_dir, runner)
        else:
            if not passphrase:
                raise ValidationError(
                    translate("ui.screenshot", "界面 {screen} 需要登录：请提供密码。").format(screen=screen), field="passphrase"
                )
            from wulian_desk.services.station.station import open_station

            ctx = open_station(data_dir, passphrase=passphrase, username=username)
            widget = _main_screen(screen, ctx, data_dir, runner)
        settle(app, runner)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(out), "PNG"):
            raise DataDirError(translate("ui.screenshot", "无法保存截图到 {out}").format(out=out))
        widget.close()
        widget.deleteLater()
        settle(app, runner)
    finally:
        runner.wait()
        if ctx is not None:
            ctx.close()
    return out


def _front_screen(screen: str, data_dir: Path, runner: TaskRunner) -> QWidget:
    if screen == "setup":
        from wulian_desk.ui.setup_wizard import SetupWindow

        widget = SetupWindow(data_dir, runner)
    else:
        from wulian_desk.ui.login import LoginWindow

        widget = LoginWindow(data_dir, runner)
    widget.show()
    return widget


def _main_screen(screen: str, ctx, data_dir: Path, runner: TaskRunner) -> QWidget:
    from wulian_desk.ui.main_window import MainWindow

    window = MainWindow(ctx, runner, data_dir)
    window.idle.stop()
    if screen in ("rooms", "assets"):
        window.show_area("facilities").show_tab(screen)
    elif screen == "settings":
        window.show_area("settings")
    window.show()
    if screen == "lock":
        window.lock()
    return window


def settle(app, runner: TaskRunner, timeout: float = 20.0) -> None:
    """Let queued work finish (the overview loads in a worker) and the window paint."""
    deadline = time.monotonic() + timeout
    app.processEvents()
    while runner.busy and time.monotonic() < deadline:
        runner.wait(50)
        app.processEvents()
    # New widgets lay themselves out over a few rounds of posted events (layout requests, then
    # the scroll area's resize): let them all run before grabbing.
    for _ in range(5):
        app.processEvents()
