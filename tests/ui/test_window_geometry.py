"""The main window's size and place: the screen's work area the first time, then where it was
left, put back inside the screen it opens on now."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, QRect, QSize

from wulian_desk import paths
from wulian_desk.ui import window_geometry
from wulian_desk.ui.main_window import MainWindow
from wulian_desk.ui.widgets.windows import FRAME_ALLOWANCE

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 x 768 less a task bar


def test_a_first_window_takes_the_work_area_up_to_a_comfortable_size():
    assert window_geometry.default_rect(LAPTOP).size() == LAPTOP.size() - FRAME_ALLOWANCE
    big = window_geometry.default_rect(QRect(0, 0, 2560, 1400))
    assert big.size() == window_geometry.COMFORTABLE
    assert big.center().x() in range(1270, 1290)


def test_a_window_kept_on_a_large_monitor_comes_back_inside_the_laptop():
    kept = QRect(1500, 900, 1800, 1000)
    rect = window_geometry.clamp(kept, LAPTOP)
    assert rect.size() == LAPTOP.size() - FRAME_ALLOWANCE
    assert LAPTOP.contains(QRect(rect.topLeft(), rect.size() + FRAME_ALLOWANCE))
    moved = window_geometry.clamp(QRect(-300, -50, 800, 500), LAPTOP)
    assert moved == QRect(0, 0, 800, 500)


def test_the_window_remembers_where_it_was(qtbot, ctx, runner, station_dir, qapp):
    window = MainWindow(ctx, runner, station_dir)
    qtbot.addWidget(window)
    window.idle.stop()
    area = qapp.primaryScreen().availableGeometry()
    assert area.contains(QRect(window.pos(), window.size() + FRAME_ALLOWANCE))
    window.show()
    size = QSize(window.minimumWidth(), window.minimumHeight() + 60)  # smaller than it opened at
    window.setGeometry(QRect(QPoint(0, 30), size))
    where = window.pos()  # the frame's corner, as `move` takes it
    window.close()
    kept = json.loads((paths.config_dir() / window_geometry.FILE_NAME).read_text(encoding="utf-8"))
    assert (kept["y"], kept["width"], kept["height"], kept["maximized"]) == (where.y(), size.width(), size.height(), False)

    again = MainWindow(ctx, runner, station_dir)
    qtbot.addWidget(again)
    again.idle.stop()
    assert again.size() == size and again.pos() == where
    assert area.contains(QRect(again.pos(), again.size() + FRAME_ALLOWANCE))


def test_a_kept_geometry_that_cannot_be_read_is_ignored(qtbot, ctx, runner, station_dir, qapp):
    (paths.config_dir()).mkdir(parents=True, exist_ok=True)
    (paths.config_dir() / window_geometry.FILE_NAME).write_text("{not json", encoding="utf-8")
    window = MainWindow(ctx, runner, station_dir)
    qtbot.addWidget(window)
    window.idle.stop()
    area = qapp.primaryScreen().availableGeometry()
    assert window.size() == window_geometry.default_rect(area).size().expandedTo(window.minimumSize())
