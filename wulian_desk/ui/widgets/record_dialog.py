"""The shape of an add/edit dialog: fields in a form, each with room for its error message; on
OK the subclass saves through a service, and a known error keeps the dialog open, input intact.
What is typed is kept as a draft while the dialog is open (ui/drafts.py), so a lock loses nothing."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from wulian_desk.core.errors import WulianError
from wulian_desk.services.context import Changes
from wulian_desk.ui.drafts import DraftBanner, DraftKeeper
from wulian_desk.ui.widgets.form import FormErrors, error_label
from wulian_desk.ui.widgets.windows import settle_window


class RecordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: Changes | None = None
        self.form = QFormLayout()
        self.general_error = error_label("error_general")
        self.errors = FormErrors(self.form, self.general_error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("saveButton")
        self.ok_button.setDefault(True)
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
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        settle_window(self, QSize(460, 0))

    def save(self) -> Changes:
        raise NotImplementedError

    def keep_draft(self) -> None:
        """The window locks while this dialog is open: keep what is typed for next time."""
        if self.drafts is not None:
            self.drafts.keep()

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.changes = self.save()
        except WulianError as err:
            self.errors.show(err)
            return
        super().accept()
