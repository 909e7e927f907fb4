"""Starting the window: the Qt application, the embedded CJK font, the translator, the error
hook, then set-up or login. Also renders screens offscreen for `wulian-desk screenshot`.

Only PySide6 and cheap project modules are imported here: the database stack loads in the
background once the first window is on screen (see ui/shell.py).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.log_privacy import PrivateFormatter
from wulian_desk.core.texts import translate
from wulian_desk.paths import keep_files_private

SCREENS = ("setup", "login", "overview", "rooms", "assets", "lock", "settings")

# Benchmark hook (bench/bench_startup.py): "login" prints when the first window is on screen and
# quits; "main" also logs in with a demo station's published account and prints when the main
# window is up. Lines start with BENCH_PREFIX and carry time.time() stamps.
BENCH_ENV = "WULIAN_DESK_BENCH_EXIT"
BENCH_PREFIX = "WULIAN_DESK_BENCH"

log = logging.getLogger("wulian_desk.app")


def _application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("wulian-desk")
    app.setApplicationDisplayName("五社联动工作台")
    from wulian_desk.ui import gc_guard

    gc_guard.install(app)  # collect garbage on this thread only: see ui/gc_guard.py
    return app


def load_cjk_font(app) -> str | None:
    """Make the shipped WenQuanYi Micro Hei the application font, so Chinese renders the same on a
    computer without Chinese fonts (and offscreen). Returns the family, or None if it failed."""
    from PySide6.QtGui import QFont, QFontDatabase

    from wulian_desk.paths import cjk_font_path

    font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the CJK font %s", cjk_font_path())
        return None
    font = QFont(families[0])
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return families[0]


def apply_style(app) -> None:
    from wulian_desk.paths import resources_dir

    path = resources_dir() / "style" / "app.qss"
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("style sheet %s not found", path)
    icon = resources_dir() / "icons" / "wulian-desk.png"
    if icon.is_file():  # the window's and the task bar's icon; the installer uses the .ico
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))


def _prepare(lang: str | None, folder: Path):
    from wulian_desk.services.station.ui_support import saved_language
    from wulian_desk.ui import i18n

    app = _application()
    load_cjk_font(app)
    apply_style(app)
    i18n.install(app, lang or saved_language(folder))
    return app


def run_window(data_dir: Path, *, lang: str | None = None, open_bundle: Path | None = None) -> int:
    """Open the window on `data_dir`: set-up on the first run, login afterwards; a bundle file the
    program was opened with (a double-clicked .wlb) is offered for import after login."""
    started = time.time()
    keep_files_private()
    from wulian_desk.ui.errors import install_excepthook
    from wulian_desk.ui.shell import Shell
    from wulian_desk.ui.tasks import TaskRunner

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO)
        logging.getLogger().handlers[0].setFormatter(PrivateFormatter(logging.BASIC_FORMAT))
    data_dir = Path(data_dir).expanduser()
    app = _prepare(lang, data_dir)
    install_excepthook()
    sys.excepthook = _known_io_errors_first(sys.excepthook)
    runner = TaskRunner(app)
    shell = Shell(data_dir, runner, app, open_bundle=open_bundle)
    if os.environ.get(BENCH_ENV):
        _attach_bench_hook(shell, os.environ[BENCH_ENV], started)
    shell.start()
    try:
        return app.exec()
    finally:
        # Workers still running (the background import, a save) finish before Python tears down.
        shell.shutdown()


def _known_io_errors_first(hook):
    """A full disk or a pulled stick, wherever it surfaces (a save, a print, a worker thread that
    reports through sys.excepthook), is shown as the known error's message, not the crash dialog."""
    from wulian_desk.catalogue import english
    from wulian_desk.core.io_errors import known_io_error

    def handle(exc_type, exc, tb):
        known = known_io_error(exc) if isinstance(exc, Exception) else None
        if known is not None:
            log.warning("%s: %s", exc_type.__name__, english(known.text))
            hook(type(known), known, tb)
        else:
            hook(exc_type, exc, tb)

    return handle


def _attach_bench_hook(shell, mode: str, started: float) -> None:
    """Print timestamps for bench/bench_startup.py and quit; see BENCH_ENV."""
    from PySide6.QtCore import QCoreApplication

    from wulian_desk.services.station.ui_support import demo_login

    def say(event: str, when: float | None = None) -> None:
        print(f"{BENCH_PREFIX} {event} {when or time.time():.6f}", flush=True)

    def main_ready() -> None:
        say("main_ready")  # the overview has loaded its figures
        QCoreApplication.exit(0)

    def log_in() -> None:
        account = demo_login(shell.folder)
        if account is None:
            say("error_not_a_demo_station")
            QCoreApplication.exit(3)
            return
        say("login_submit")
        form = shell.front.form
        form.username.setText(account.username)
        form.password.setText(account.password)
        form.submit()

    def shown(name: str) -> None:
        say(f"{name}_shown")
        if mode == "main" and name == "login":
            # A person types for a few seconds: submit once the background import is done, as
            # it would be by then, so the figure is what a user waits after pressing Enter.
            if shell.is_preloaded:
                log_in()
            else:
                shell.preloaded.connect(log_in)
        elif name == "main":
            if shell.runner.busy:
                shell.runner.idle.connect(main_ready)
            else:
                main_ready()
        else:
            QCoreApplication.exit(0)

    say("python_started", started)
    shell.window_shown.connect(shown)


# -- screenshots ----------------------------------------------------------------------------------


def take_screenshot(data_dir: Path, screen: str, out: Path, *, passphrase: str | None,
                    username: str | None, lang: str | None = None) -> Path:
    """Render one screen offscreen and save it as a PNG; screens past login need the passphrase."""
    if screen not in SCREENS:
        raise ValidationError(
            translate("app", "未知的界面：{screen}。可选：{join}").format(screen=screen, join=', '.join(SCREENS)),
            field="screen",
        )
    use_laptop_screen()
    keep_files_private()
    from PySide6.QtWidgets import QApplication

    from wulian_desk.ui import i18n
    from wulian_desk.ui.screenshot import render_screen

    existing = QApplication.instance()
    # Inside a running application (tests) the language and style are put back afterwards.
    before = None if existing is None else (i18n.current(), existing.styleSheet())
    data_dir = Path(data_dir).expanduser()
    app = _prepare(lang, data_dir)
    try:
        return render_screen(screen, data_dir, Path(out).expanduser(), passphrase=passphrase, username=username)
    finally:
        if before is not None:
            i18n.install(app, before[0])
            app.setStyleSheet(before[1])


# The screen the screenshots show: a station's usual laptop.
LAPTOP_SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                 "logicalBaseDpi": 96, "dpr": 1}


def use_laptop_screen() -> None:
    """Before the application starts: Qt's offscreen platform with a 1366 x 768 screen (its own
    default is 800 x 800), unless another platform or screen was asked for."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None or os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return  # the platform is chosen already, or another one was asked for
    import json
    import tempfile

    config = Path(tempfile.gettempdir()) / "wulian-desk-laptop-screen.json"
    config.write_text(json.dumps({"screens": [LAPTOP_SCREEN]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def take_all_screenshots(data_dir: Path, out_dir: Path, *, passphrase: str, username: str | None,
                         lang: str | None = None) -> list[Path]:
    """Every screen, in Chinese and English (or only `lang`), as `<zh|en>-<screen>.png` in `out_dir`."""
    use_laptop_screen()
    keep_files_private()
    from PySide6.QtWidgets import QApplication

    from wulian_desk.ui import i18n
    from wulian_desk.ui.screenshot import render_all

    existing = QApplication.instance()
    # Inside a running application (tests) the language and style are put back afterwards.
    before = None if existing is None else (i18n.current(), existing.styleSheet())
    data_dir = Path(data_dir).expanduser()
    app = _prepare(lang, data_dir)
    langs = (lang,) if lang else (i18n.CHINESE, i18n.ENGLISH)
    try:
        return render_all(data_dir, Path(out_dir).expanduser(), passphrase=passphrase, username=username, langs=langs)
    finally:
        if before is not None:
            i18n.install(app, before[0])
            app.setStyleSheet(before[1])
