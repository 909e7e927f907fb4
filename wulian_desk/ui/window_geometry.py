"""Where and how large the main window was, kept per machine (the config folder, not the station's
database: it belongs to this screen, not to the station), and put back inside the screen the
window opens on now. The first time, and whenever what was kept no longer fits (a laptop that was
on a large monitor), the window takes the screen's work area up to a comfortable size."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from wulian_desk import paths
from wulian_desk.ui.widgets.windows import FRAME_ALLOWANCE, available_area

FILE_NAME = "window.json"
# On a large monitor the first window stays this size rather than filling it.
COMFORTABLE = QSize(1440, 900)

log = logging.getLogger(__name__)


def _file():
    return paths.config_dir() / FILE_NAME


def load_kept() -> tuple[QRect, bool] | None:
    """The window's last normal geometry and whether it was maximised; None when none was kept."""
    try:
        kept = json.loads(_file().read_text(encoding="utf-8"))
        rect = QRect(int(kept["x"]), int(kept["y"]), int(kept["width"]), int(kept["height"]))
        return rect, bool(kept.get("maximized", False))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def keep(window: QWidget) -> None:
    """Remember the window's normal geometry (not the maximised one) for the next start."""
    # The position of the frame (what `move` takes) and the size of the client area (what `resize` takes).
    rect = window.normalGeometry() if window.isMaximized() else QRect(window.pos(), window.size())
    if rect.isEmpty():
        return
    kept = {"x": rect.x(), "y": rect.y(), "width": rect.width(), "height": rect.height(),
            "maximized": window.isMaximized()}
    try:
        _file().parent.mkdir(parents=True, exist_ok=True)
        _file().write_text(json.dumps(kept), encoding="utf-8")
    except OSError as err:  # a read-only profile: the window simply opens at its default next time
        log.warning("cannot keep the window's geometry: %s", err)


def clamp(rect: QRect, area: QRect) -> QRect:
    """`rect` (where the window's frame starts, and its client size) made to fit `area` (a work
    area) with the frame: no larger than the area, and moved inside it."""
    room = area.size() - FRAME_ALLOWANCE
    size = rect.size().boundedTo(room).expandedTo(QSize(1, 1))
    x = min(max(rect.x(), area.left()), area.right() + 1 - size.width() - FRAME_ALLOWANCE.width())
    y = min(max(rect.y(), area.top()), area.bottom() + 1 - size.height() - FRAME_ALLOWANCE.height())
    return QRect(QPoint(x, y), size)


def default_rect(area: QRect) -> QRect:
    """The first window: the work area up to a comfortable size, centred."""
    size = (area.size() - FRAME_ALLOWANCE).boundedTo(COMFORTABLE)
    frame = size + FRAME_ALLOWANCE
    corner = area.topLeft() + QPoint((area.width() - frame.width()) // 2, (area.height() - frame.height()) // 2)
    return clamp(QRect(corner, size), area)


def place(window: QWidget) -> None:
    """Size and place the main window before it is first shown."""
    area = available_area(window)
    kept = load_kept()
    rect = default_rect(area) if kept is None else clamp(kept[0], area)
    window.resize(rect.size().expandedTo(window.minimumSize()).boundedTo(area.size() - FRAME_ALLOWANCE))
    window.move(rect.topLeft())
    if kept is not None and kept[1]:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
