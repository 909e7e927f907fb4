"""The shape of an add/edit dialog: fields in a form that scrolls, each with room for its error
message, over a fixed row of buttons; the dialog never grows past the screen's free area, and a
message never moves the buttons. Fields that must be filled in are marked before anything is typed.

While the user types, a short pause after the last keystroke checks the draft with the same rules
the save uses (`draft_errors()`: blank required fields, the subclass's `record_errors()` from core,
and what `prepare()` refuses) and shows every problem of the fields touched so far, each beside its
field, gone as soon as it is fixed; a Save shows them for every field. Save stays enabled: pressing
it is how a user who sees nothing wrong finds out what is missing, and a greyed button says nothing.

On Save, `prepare()` reads and checks the fields on the GUI thread and returns the call that writes;
that call runs on the task runner's write lane while the dialog shows it is busy. A refusal (a
WulianError) comes back beside the field it names with the dialog open and the input intact; a
success closes it with `changes` set. What is typed is kept as a draft while the dialog is open
(ui/drafts.py), so a lock loses nothing.

Enter in a single-line field saves, as in any dialog; Enter inside a table, a list or a multi-line
text does its own job there and never saves; Ctrl+Enter saves from anywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.core.validation import missing
from wulian_desk.services.context import Changes
from wulian_desk.ui.drafts import DraftBanner, DraftKeeper
from wulian_desk.ui.tasks import TaskRunner, runner_of
from wulian_desk.ui.widgets.form import FormErrors, error_label
from wulian_desk.ui.widgets.live_check import Debounce, is_blank, watch_edits
from wulian_desk.ui.widgets.windows import FitScrollArea, fit_scrolling_window

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Where Enter has a job of its own (a new line, a row): it never saves from inside these.
ENTER_KEEPERS = (QAbstractItemView, QPlainTextEdit, QTextEdit)


class RecordDialog(QDialog):
    REQUIRED: frozenset[str] = frozenset()  # the fields a subclass must have filled in

    def __init__(self, parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.changes: Changes | None = None
        self.runner = runner  # None: the window's, found through the parents (ui.tasks.runner_of)
        self.saving = False
        self.form = QFormLayout()
        # A caption goes above its field when both do not fit side by side (a small screen).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general_error = error_label("error_general")
        self.errors = FormErrors(self.form, self.general_error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("saveButton")
        self.ok_button.setDefault(True)
        self.idle_text = self.ok_button.text()
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.drafts: DraftKeeper | None = None
        self.touched: set[str] = set()  # fields the user has changed or left
        self.tried = False  # Save was pressed: every field's problems are shown
        self.refusal: WulianError | None = None  # the service's last refusal, until its field changes
        self.live = Debounce(self.validate_now, self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept, context=Qt.ShortcutContext.WindowShortcut)

    def add_field(self, field: str, caption: str, widget: QWidget, *, required: bool = False) -> QWidget:
        """A row: `caption`, `widget` and its error line; `required` marks it (and a blank one is
        refused with core's own wording)."""
        widget.setObjectName(field)
        return self.errors.add_row(field, caption, widget, required=required or field in self.REQUIRED)

    def draft_key(self) -> str | None:
        """Where this dialog's draft is kept: its name and the record it edits ("new" for an add)."""
        if getattr(self, "ctx", None) is None or not self.objectName():
            return None
        row = getattr(self, "row", None)
        return f"{self.objectName()}:{getattr(row, 'id', None) or 'new'}"

    def finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        key = self.draft_key()
        if key is not None:
            banner = DraftBanner()
            layout.addWidget(banner)
            self.drafts = DraftKeeper(self.ctx, key, self.errors.fields, banner, parent=self)
            self.finished.connect(self.drafts.finish)
        layout.addWidget(self.general_error)  # at the top: a refusal naming no field
        self.body = QWidget()
        self.body.setObjectName("dialogBody")
        self.body.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        # A long form scrolls within the screen, up and down only; the buttons stay in view.
        self.scroll = FitScrollArea(self.body)
        self.scroll.setObjectName("dialogScroll")
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        fit_scrolling_window(self, self.body, self.scroll, QSize(460, 0))
        for field, widget in self.errors.fields.items():
            watch_edits(widget, lambda *_args, field=field: self._edited(field))
        QApplication.instance().focusChanged.connect(self._focus_moved)

    # -- what a subclass says ----------------------------------------------------------------------

    def record_errors(self) -> list[ValidationError]:
        """Every problem core finds in the draft as it stands (a core `*_errors` function), for the
        dialogs whose record has one; `prepare()` adds the first of the rest."""
        return []

    def prepare(self) -> Callable[[], Any] | None:
        """On the GUI thread: read the fields, check what can be checked without the database
        (raise a WulianError naming the field), and return the call that writes. The call runs in
        a worker, so it takes the values read here and never touches a widget. None: a dialog
        that only asks (a period, a choice) has nothing to write and closes at once."""
        raise NotImplementedError

    def saved(self, result: Any) -> Changes:
        """On the GUI thread, once the write is done: what it changed (the call's result, unless a
        subclass's call returns more than that)."""
        return result

    def retry(self, err: WulianError) -> Callable[[], Any] | None:
        """A refusal the user may overrule (a likely duplicate): ask, and return the call that
        writes anyway; None shows the refusal beside its field."""
        return None

    def keep_draft(self) -> None:
        """The window locks while this dialog is open: keep what is typed for next time."""
        if self.drafts is not None:
            self.drafts.keep()

    # -- checking as the user types -----------------------------------------------------------------

    def draft_errors(self) -> list[ValidationError]:
        """Every problem of the input as it stands: blank required fields, then core's, then the
        first `prepare()` meets; the first per field is the one shown."""
        errors: list[WulianError] = [missing(field, self.errors.captions[field]) for field in self.errors.required
                                     if is_blank(self.errors.fields[field])]
        errors += self.record_errors()
        try:
            self.prepare()
        except WulianError as err:
            errors.append(err)
        return errors

    def validate_now(self) -> None:
        """Show the problems of the fields touched (every field once Save was pressed)."""
        if self.saving:
            return
        errors = self.draft_errors()
        if self.refusal is not None:
            errors.append(self.refusal)
        self.errors.show_all(errors, None if self.tried else self.touched)

    def _edited(self, field: str) -> None:
        self.touched.add(field)
        if self.refusal is not None and getattr(self.refusal, "field", None) == field:
            self.refusal = None  # changed since the service refused it: the new value is unknown to it
        self.live.poke()

    def _focus_moved(self, old: QWidget | None, _new: QWidget | None) -> None:
        # Leaving a field counts as touching it (a required field tabbed past), and covers inputs
        # added after the dialog was built (a household member's line).
        field = self._field_of(old)
        if field is not None and self.isVisible():
            self.touched.add(field)
            self.live.poke()

    def _field_of(self, widget: QWidget | None) -> str | None:
        while widget is not None and widget is not self:
            for field, each in self.errors.fields.items():
                if each is widget:
                    return field
            widget = widget.parentWidget()
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.accept()  # where the shortcut did not catch it first (an inactive window)
            return
        if event.key() in ENTER_KEYS:
            focus = self.focusWidget()  # the dialog's own, even while another window is active
            while focus is not None and focus is not self:
                if isinstance(focus, ENTER_KEEPERS):
                    event.accept()  # a table, list or text box let it pass: it still does not save
                    return
                focus = focus.parentWidget()
        super().keyPressEvent(event)

    # -- saving ------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.saving:
            return
        self.live.stop()
        self.tried = True
        self.refusal = None
        errors = self.draft_errors()
        self.errors.show_all(errors)
        if errors:
            self._focus_first(errors)
            return
        try:
            write = self.prepare()
        except WulianError as err:
            self.errors.show(err)
            return
        if write is None:
            QDialog.accept(self)
            return
        self._write(write)

    def reject(self) -> None:
        if self.saving:
            return  # the write is under way: its answer closes the dialog or shows why not
        super().reject()

    def _write(self, write: Callable[[], Any]) -> None:
        self._set_saving(True)
        runner_of(self).write(lambda _progress: write(), on_done=self._saved, on_error=self._refused,
                              label=self.tr("正在保存…"), parent=self)

    def _set_saving(self, saving: bool) -> None:
        if saving and not self.saving:
            self.idle_text = self.ok_button.text()
        self.saving = saving
        self.ok_button.setEnabled(not saving)
        self.ok_button.setText(self.tr("正在保存…") if saving else self.idle_text)

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.changes = self.saved(result)
        if self.drafts is not None:
            self.drafts.kept = False  # saved, even if the window locked meanwhile: no draft to offer
        QDialog.accept(self)

    def _refused(self, err: WulianError) -> None:
        self._set_saving(False)
        again = self.retry(err)
        if again is not None:
            self._write(again)
            return
        self.refusal = err
        self.errors.show(err)

    def _focus_first(self, errors: list[ValidationError]) -> None:
        shown = [getattr(err, "field", None) for err in errors]
        for field, widget in self.errors.fields.items():  # in the order of the form
            if field in shown:
                widget.setFocus()
                self.scroll.ensureWidgetVisible(widget)
                return
