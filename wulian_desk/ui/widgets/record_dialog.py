"""The shape of an add/edit dialog: fields in a form, each with room for its error message. On
Save, `prepare()` reads and checks the fields on the GUI thread and returns the call that writes;
that call runs on the task runner's write lane while the dialog shows it is busy. A refusal (a
WulianError) comes back beside the field it names with the dialog open and the input intact; a
success closes it with `changes` set. What is typed is kept as a draft while the dialog is open
(ui/drafts.py), so a lock loses nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from wulian_desk.core.errors import WulianError
from wulian_desk.services.context import Changes
from wulian_desk.ui.drafts import DraftBanner, DraftKeeper
from wulian_desk.ui.tasks import TaskRunner, runner_of
from wulian_desk.ui.widgets.form import FormErrors, error_label
from wulian_desk.ui.widgets.windows import FitScrollArea, settle_window


class RecordDialog(QDialog):
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

    def add_field(self, field: str, caption: str, widget: QWidget) -> QWidget:
        widget.setObjectName(field)
        return self.errors.add_row(field, caption, widget)

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
        fields = QWidget()
        fields.setObjectName("fields")
        fields.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        # A long form scrolls within the screen; the error line and the buttons stay in view.
        self.scroll = FitScrollArea(fields)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        settle_window(self, QSize(460, 0))

    # -- what a subclass says ----------------------------------------------------------------------

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

    # -- saving ------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.saving:
            return
        self.errors.clear()
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
        self.errors.show(err)
