"""Render screens offscreen into PNGs (`wulian-desk screenshot`, the docs, visual checks): one
screen, or with `render_all` every screen of the navigation (and a client's and a case's detail,
the login, set-up and lock screens) in each language, as a 1366 x 768 laptop shows them."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.ui.signals import emit
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


def _main_window(ctx, data_dir: Path, runner: TaskRunner):
    from wulian_desk.ui import window_geometry
    from wulian_desk.ui.main_window import MainWindow
    from wulian_desk.ui.widgets.windows import available_area

    window = MainWindow(ctx, runner, data_dir)
    window.idle.stop()
    # As a first start sizes it, whatever this machine's window last was; and nothing is kept.
    window.keeps_geometry = False
    rect = window_geometry.default_rect(available_area(window))
    window.setGeometry(rect)
    return window


def _main_screen(screen: str, ctx, data_dir: Path, runner: TaskRunner) -> QWidget:
    window = _main_window(ctx, data_dir, runner)
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


# The details shown besides the navigation's screens: (file name, area, how the page opens one).
DETAILS = (("client-detail", "clients"), ("case-detail", "cases"), ("volunteer-detail", "volunteers"),
           ("group-detail", "groups"), ("project-detail", "projects"))


def render_all(data_dir: Path, out_dir: Path, *, passphrase: str, username: str | None,
               langs: tuple[str, ...]) -> list[Path]:
    """Every screen in each language into `out_dir`, named `<lang>-<screen>.png`."""
    from wulian_desk.services.station.station import open_station
    from wulian_desk.ui import i18n

    app = QApplication.instance()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for lang in langs:
        i18n.install(app, lang)
        prefix = "en" if lang == i18n.ENGLISH else "zh"
        for screen in FRONT_SCREENS:
            written.append(render_screen(screen, data_dir, out_dir / f"{prefix}-{screen}.png", passphrase=None,
                                         username=None))
        runner = TaskRunner()
        ctx = open_station(data_dir, passphrase=passphrase, username=username)
        try:
            window = _main_window(ctx, data_dir, runner)
            window.show()
            written.extend(_every_area(app, runner, window, out_dir, prefix))
            window.lock()
            written.append(_save(app, runner, window, out_dir / f"{prefix}-lock.png"))
            window.close()
            window.deleteLater()
            settle(app, runner)
        finally:
            runner.wait()
            ctx.close()
    return written


def _every_area(app, runner: TaskRunner, window, out_dir: Path, prefix: str) -> list[Path]:
    from wulian_desk.ui.navigation import AREAS

    written = []
    for area in AREAS:
        if window.may_see(area):
            window.show_area(area.key)
            written.append(_save(app, runner, window, out_dir / f"{prefix}-{area.key}.png"))
    for name, key in DETAILS:
        if not window.may_see(next(a for a in AREAS if a.key == key)):
            continue
        page = window.show_area(key)
        settle(app, runner)
        if page.list.model.rowCount():
            page.list.table.selectRow(0)
            emit(page.list.opened, page.list.model.row_id(0))
            written.append(_save(app, runner, window, out_dir / f"{prefix}-{name}.png"))
            page.show_list()
    return written


def _save(app, runner: TaskRunner, widget: QWidget, out: Path) -> Path:
    settle(app, runner)
    if not widget.grab().save(str(out), "PNG", 0):  # 0: the smallest file (they are committed to docs/)
        raise DataDirError(translate("ui.screenshot", "无法保存截图到 {out}").format(out=out))
    return out
