"""Checking a dialog while the user types: which field an edit belongs to, whether a field is left
blank, and a short pause after the last keystroke before the check runs, so a message does not
flicker in and out with every character."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

PAUSE_MS = 350  # after the last keystroke


def is_blank(widget: QWidget) -> bool:
    """Whether a field's input is empty: no text typed, no choice, nothing ticked. A widget that
    knows better says so with `is_blank()`."""
    own = getattr(widget, "is_blank", None)
    if callable(own):
        return bool(own())
    text_value = getattr(widget, "text_value", None)  # a date with its mask's dashes
    if callable(text_value):
        return text_value() is None
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentIndex() < 0 or (widget.currentData() is None and not widget.currentText().strip())
    if isinstance(widget, QListWidget):
        items = [widget.item(i) for i in range(widget.count())]
        if any(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in items):
            return not any(item.checkState() == Qt.CheckState.Checked for item in items)
        return widget.currentItem() is None
    return False


def watch_edits(widget: QWidget, edited: Callable[[], None]) -> None:
    """Call `edited` whenever the user changes `widget` or any input inside it."""
    for each in [widget, *widget.findChildren(QWidget)]:
        for signal in _change_signals(each):
            signal.connect(edited)


def _change_signals(widget: QWidget) -> list:
    if isinstance(widget, QLineEdit):
        return [widget.textEdited, widget.textChanged]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "valueChanged"):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "dateTimeChanged"):
        return [widget.dateTimeChanged]
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return [widget.toggled]
    if isinstance(widget, QListWidget):
        return [widget.itemChanged, widget.currentRowChanged]
    if isinstance(widget, QTableWidget):
        return [widget.itemChanged]
    return []


class Debounce(QObject):
    """Runs `action` once, `PAUSE_MS` after the last `poke()`."""

    def __init__(self, action: Callable[[], None], parent: QObject | None = None, pause_ms: int = PAUSE_MS) -> None:
        super().__init__(parent)
        self.action = action
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(pause_ms)
        self.timer.timeout.connect(action)

    def poke(self) -> None:
        self.timer.start()

    def flush(self) -> None:
        """Run now if a run is waiting (a test, or Save pressed inside the pause)."""
        if self.timer.isActive():
            self.timer.stop()
            self.action()

    def stop(self) -> None:
        self.timer.stop()
