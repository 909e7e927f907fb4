"""Top-level window sizing that works the same on every Qt platform plugin, and fits the screen.

A station's PC is often a 1366 x 768 laptop, sometimes at 125% or 150% scaling (a logical screen
of about 910 x 512). Every window is sized against the work area of the screen it opens on (less
what the window manager adds for the title bar and borders), never against a fixed size, and
content that can grow taller than that scrolls vertically inside the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QStyle, QWidget

# Room the window manager takes around a window: the title bar above, thin borders on the sides.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(window: QWidget) -> QRect:
    """The work area (the screen less the task bar) of the screen the window is, or will be, on."""
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room_on_screen(window: QWidget) -> QSize:
    """The largest client size the window can take with its frame still inside the work area."""
    return available_area(window).size() - FRAME_ALLOWANCE


def settle_window(window: QWidget, minimum: QSize | None = None, preferred: QSize | None = None) -> None:
    """Fix a top-level window's minimum size once, before it is first shown, and give it its size.

    By default a layout keeps pushing its minimum size to the window whenever content changes
    (an error label appears, a page is swapped). Headless platforms such as `offscreen`, which the
    tests and the screenshot command use, cannot take those updates and warn on each one. So the
    minimum is computed here once, and later growth is handled with `grow_to_fit` instead.
    Both the minimum and the size stay within the screen's work area; `preferred` is the size the
    window would like when the screen has room (its size hint otherwise).
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
    room = room_on_screen(window)
    floor = floor.boundedTo(room)
    window.setMinimumSize(floor)
    # Not window.size(): before the first show every top-level window claims 640 x 480.
    wanted = window.sizeHint() if preferred is None else preferred.expandedTo(window.sizeHint())
    window.resize(wanted.expandedTo(floor).boundedTo(room))
    if window.findChild(OnScreen, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(OnScreen(window))


class OnScreen(QObject):
    """Moves its window back inside the work area whenever it is shown or grows: Qt centres a
    dialog on its parent, and on a small or scaled screen that can leave an edge past the border."""

    def eventFilter(self, window, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and window.isWindow() and window.isVisible():
            keep_on_screen(window)
        return False


def keep_on_screen(window: QWidget) -> None:
    area = available_area(window)
    frame = window.frameGeometry()
    x = max(area.left(), min(frame.x(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.y(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def grow_to_fit(widget: QWidget) -> None:
    """Enlarge the widget's window if new content (an error message) no longer fits; never shrink,
    and never past the screen's work area (the content scrolls there instead)."""
    window = widget.window()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    wanted = window.sizeHint().boundedTo(room_on_screen(window))
    if wanted.height() > window.height() or wanted.width() > window.width():
        window.resize(window.size().expandedTo(wanted))


class FitScrollArea(QScrollArea):
    """A frameless vertical scroll area that asks for its content's full size, so a short form
    shows without a scroll bar, and only for its content's width as a minimum, so a tall one
    scrolls up and down but never sideways. (QScrollArea's own hint stops at 36 x 24 lines.)"""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint() if self.widget() is not None else QSize(0, 0)
        return QSize(content.width() + self._bar(), content.height()) + self._frame()

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint() if self.widget() is not None else QSize(0, 0)
        lines = self.fontMetrics().lineSpacing() * 4  # a few lines stay visible however small
        return QSize(content.width() + self._bar(), min(content.height(), lines)) + self._frame()

    def _frame(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())


def fit_scrolling_window(window: QWidget, body: QWidget, scroll: QScrollArea, minimum: QSize) -> None:
    """Size a window whose content scrolls: as large as its content wants, never larger than the
    screen's free area (the content scrolls instead), set once before it is first shown and never
    grown afterwards, so the buttons under the content stay where they are."""
    layout = window.layout()
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    layout.activate()
    room = room_on_screen(window)
    cap = QSize(room.width(), max(200, room.height()))
    around = window.sizeHint() - scroll.sizeHint()  # margins, the banner, the buttons
    content = body.sizeHint()
    bar = scroll.verticalScrollBar().sizeHint().width()
    natural = QSize(content.width() + bar + 2 * scroll.frameWidth() + around.width(),
                    content.height() + 2 * scroll.frameWidth() + around.height())
    wanted = natural.expandedTo(minimum).boundedTo(cap)
    window.setMinimumSize(minimum.boundedTo(wanted).boundedTo(QSize(wanted.width(), min(wanted.height(), 240))))
    window.setMaximumHeight(cap.height())
    window.resize(wanted)
    if window.findChild(OnScreen, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        window.installEventFilter(OnScreen(window))
