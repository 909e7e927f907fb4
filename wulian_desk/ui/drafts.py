"""Drafts of a dialog's input: saved every few seconds into the encrypted database (services.drafts),
kept when the window locks, offered back the next time the same dialog opens, and discarded once
the dialog is saved or cancelled. Passwords are never kept: only plain input widgets are read.
Saving and discarding run on the task runner's write lane, in the order asked, like every write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from wulian_desk.core.errors import WulianError
from wulian_desk.services.casework import drafts
from wulian_desk.ui.tasks import runner_of

AUTOSAVE_MS = 5_000
VALUE_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QCheckBox, QDateEdit)


def keeps_own_draft(widget: QWidget) -> bool:
    """Whether a widget reads and writes its draft value itself, as a whole: one whose input
    widgets come and go (a list of household members) has `draft_value()` and
    `set_draft_value(value)`, the value plain JSON."""
    return callable(getattr(widget, "draft_value", None)) and callable(getattr(widget, "set_draft_value", None))


def value_widgets(fields: dict[str, QWidget]) -> dict[str, QWidget]:
    """The input widgets behind a dialog's fields; a field that is a row of widgets (a tick box
    and a date) contributes each of its direct children."""
    found: dict[str, QWidget] = {}
    for name, widget in fields.items():
        if isinstance(widget, VALUE_TYPES) or keeps_own_draft(widget):
            found[name] = widget
            continue
        children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for number, child in enumerate(c for c in children if isinstance(c, VALUE_TYPES)):
            found[f"{name}.{number}"] = child
    return {name: w for name, w in found.items()
            if not (isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal)}


def read_value(widget: QWidget):
    if keeps_own_draft(widget):
        return widget.draft_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return {"data": data if isinstance(data, str | int | float | bool) else None, "text": widget.currentText()}
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython().isoformat()
    return None


def write_value(widget: QWidget, value) -> None:
    if keeps_own_draft(widget):
        widget.set_draft_value(value)
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        index = widget.findData(value["data"]) if value.get("data") is not None else -1
        if index < 0:
            index = widget.findText(str(value.get("text", "")))
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        day = date.fromisoformat(value)
        widget.setDate(QDate(day.year, day.month, day.day))


class DraftBanner(QWidget):
    """"有一份未保存的草稿" with 恢复 and 放弃, shown at the top of a dialog that has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.text = QLabel(self.tr("上次锁屏或退出时，这里有未保存的内容。"))
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("恢复草稿"))
        self.restore_button.setObjectName("restoreDraft")
        self.discard_button = QPushButton(self.tr("放弃草稿"))
        self.discard_button.setObjectName("discardDraft")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)


class DraftKeeper(QObject):
    """Keeps the draft of one dialog under `key` (e.g. "roomDialog:new")."""

    def __init__(self, ctx, key: str, fields: dict[str, QWidget], banner: DraftBanner,
                 parent: QObject | None = None, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.widgets = value_widgets(fields)
        self.banner = banner
        self.kept = False  # the window locked: leave the draft for next time
        self.stored = False  # a draft of this dialog is in the database
        self.pending = self._load()
        self.baseline = self.snapshot()
        self.last_saved = self.baseline
        banner.restore_button.clicked.connect(self.restore)
        banner.discard_button.clicked.connect(self.discard)
        banner.setVisible(self.pending is not None)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()

    def _load(self) -> dict | None:
        try:
            content = drafts.load_draft(self.ctx, self.key)
        except WulianError:
            return None
        self.stored = content is not None
        return content.get("values") if isinstance(content, dict) else None

    def snapshot(self) -> dict:
        return {name: read_value(widget) for name, widget in self.widgets.items()}

    def restore(self) -> None:
        for name, value in (self.pending or {}).items():
            widget = self.widgets.get(name)
            if widget is not None:
                write_value(widget, value)
        self.pending = None
        self.banner.hide()

    def discard(self) -> None:
        self.pending = None
        self.banner.hide()
        self._forget()

    def save_now(self) -> None:
        """Store the input if it differs from what the dialog opened with (and from the last save)."""
        values = self.snapshot()
        if values == self.last_saved:
            return
        if values == self.baseline:
            if self.pending is None:
                self._forget()
            self.last_saved = values
            return
        ctx, key = self.ctx, self.key
        runner_of(self).write(lambda _p: drafts.save_draft(ctx, key, {"values": values}),
                              on_error=self._not_saved, parent=None)
        self.stored = True
        self.pending = None
        self.banner.hide()
        self.last_saved = values

    def _not_saved(self, _err: WulianError) -> None:
        self.last_saved = None  # a full disk must not break the dialog; the next tick tries again

    def keep(self) -> None:
        """The window is locking: save what is typed and keep it past the dialog's closing."""
        self.save_now()
        self.kept = True

    def finish(self, _result: int = 0) -> None:
        """The dialog closed: saved or cancelled by the user drops the draft; a lock keeps it."""
        self.timer.stop()
        if not self.kept:
            self._forget()

    def _forget(self) -> None:
        if not self.stored:
            return
        ctx, key = self.ctx, self.key
        runner_of(self).write(lambda _p: drafts.discard_draft(ctx, key), on_error=lambda _err: None, parent=None)
        self.stored = False
