"""Top-level window sizing that works the same on every Qt platform plugin."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget


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
