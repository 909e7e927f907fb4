"""The entry points the command line calls: screenshots of every screen, and a real start."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtGui import QImage

from tests.ui.conftest import PASSWORD, USERNAME
from wulian_desk import app
from wulian_desk.core.errors import ValidationError


@pytest.mark.parametrize("screen", app.SCREENS)
def test_each_screen_renders_to_a_png(qapp, station_dir, tmp_path, screen):
    out = app.take_screenshot(station_dir, screen, tmp_path / f"{screen}.png", passphrase=PASSWORD, username=USERNAME)
    image = QImage(str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.width() >= 400 and image.height() >= 200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
    assert len(colours) > 5  # something was drawn, not a blank sheet


def test_every_screen_renders_in_one_go(qapp, demo_dir, tmp_path):
    from wulian_desk.ui.navigation import AREAS
    from wulian_desk.ui.screenshot import DETAILS

    written = app.take_all_screenshots(demo_dir, tmp_path / "shots", passphrase=PASSWORD, username=USERNAME, lang="en")
    names = {path.name for path in written}
    expected = {f"en-{screen}.png" for screen in ["login", "setup", "lock", *(a.key for a in AREAS), *(d[0] for d in DETAILS)]}
    assert names == expected
    assert {path.name for path in (tmp_path / "shots").iterdir()} == expected
    overview = QImage(str(tmp_path / "shots" / "en-overview.png"))
    screen = qapp.primaryScreen().availableGeometry()
    assert 0 < overview.width() <= screen.width() and 0 < overview.height() <= screen.height()


def test_screenshot_in_english_leaves_the_running_interface_in_chinese(qapp, station_dir, tmp_path):
    from wulian_desk.ui import i18n

    app.take_screenshot(station_dir, "login", tmp_path / "en.png", passphrase=None, username=None, lang="en")
    assert not i18n.is_english()


def test_unknown_screen_is_refused_with_the_valid_names(station_dir, tmp_path):
    with pytest.raises(ValidationError) as caught:
        app.take_screenshot(station_dir, "cases", tmp_path / "x.png", passphrase=PASSWORD, username=USERNAME)
    for name in app.SCREENS:
        assert name in str(caught.value)
    assert not (tmp_path / "x.png").exists()


def test_screens_past_login_need_the_passphrase(qapp, station_dir, tmp_path):
    with pytest.raises(ValidationError):
        app.take_screenshot(station_dir, "rooms", tmp_path / "x.png", passphrase=None, username=USERNAME)


def test_login_window_opens_without_loading_the_database_stack():
    code = (
        "import sys, wulian_desk.app, wulian_desk.ui.shell, wulian_desk.ui.login;"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'sqlcipher3', 'reportlab') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_real_program_shows_the_login_window(station_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{app.BENCH_ENV: "login"})
    started = time.time()
    result = subprocess.run([sys.executable, "-m", "wulian_desk", "--data-dir", str(station_dir)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    events = dict(line.split()[1:3] for line in result.stdout.splitlines() if line.startswith(app.BENCH_PREFIX))
    assert started < float(events["login_shown"]) < time.time()
    assert result.stderr == ""  # no Qt warnings, no tracebacks
