"""Top-level window sizing that works the same on every Qt platform plugin."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget


def settle_window(window: QWidget, minimum: QSize | None = None) -> None:
    """Fix a top-level window's minimum size once, before it is first shown.

    By default a layout keeps pushing its minimum size to the window whenever content changes
    (an error label appears, a page is swapped). Headless platforms such as `offscreen`, which the
    tests and the screenshot command use, cannot take those updates and warn on each one. So the
    minimum is computed here once, and later growth is handled with `grow_to_fit` instead.
    """
    layout = window.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.activate()
        floor = layout.minimumSize()
    else:
        floor = window.minimumSizeHint()
    if minimum is not None:
        floor = floor.expandedTo(minimum)
    window.setMinimumSize(floor)
    # Not window.size(): before the first show every top-level window claims 640 x 480.
    window.resize(window.sizeHint().expandedTo(floor))


def grow_to_fit(widget: QWidget) -> None:
    """Enlarge the widget's window if new content (an error message) no longer fits; never shrink."""
    window = widget.window()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.sizeHint()
    if wanted.height() > window.height() or wanted.width() > window.width():
        window.resize(window.size().expandedTo(wanted))


FRAME_ALLOWANCE = 40  # the title bar and borders the window manager adds outside a window's geometry


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen not taken by task bars (where it will open)."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_scrolling_window(window: QWidget, body: QWidget, scroll: QScrollArea, minimum: QSize) -> None:
    """Size a window whose content scrolls: as large as its content wants, never larger than the
    screen's free area (the content scrolls instead), set once before it is first shown and never
    grown afterwards, so the buttons under the content stay where they are."""
    layout = window.layout()
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.activate()
    area = available_area(window)
    cap = QSize(area.width(), max(200, area.height() - FRAME_ALLOWANCE))
    around = window.sizeHint() - scroll.sizeHint()  # margins, the banner, the buttons
    content = body.sizeHint()
    bar = scroll.verticalScrollBar().sizeHint().width()
    natural = QSize(content.width() + bar + 2 * scroll.frameWidth() + around.width(),
                    content.height() + 2 * scroll.frameWidth() + around.height())
    wanted = natural.expandedTo(minimum).boundedTo(cap)
    window.setMinimumSize(minimum.boundedTo(wanted).boundedTo(QSize(wanted.width(), min(wanted.height(), 240))))
    window.setMaximumHeight(cap.height())
    window.resize(wanted)
