"""A field as the form shows it: caption, input, a hint, and a red line for its error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wulian_desk.core.forms import Field
from wulian_desk.ui.forms.inputs import FieldInput, make_input
from wulian_desk.ui.i18n import pick
from wulian_desk.ui.widgets.form import error_label


def caption_of(field) -> str:
    text = pick(field.label_zh, field.label_en)
    if getattr(field, "required", False):
        text += QCoreApplication.translate("FormRows", "（必填）")
    return text


@dataclass
class FieldRow:
    field: Field
    input: FieldInput
    container: QWidget
    error: QLabel
    form: QFormLayout

    def set_visible(self, visible: bool) -> None:
        self.form.setRowVisible(self.container, visible)

    def is_visible(self) -> bool:
        return not self.container.isHidden()


def add_field_row(form: QFormLayout, field: Field, on_change: Callable[[], None], name: str) -> FieldRow:
    """Add `field` to `form`; `name` ("source", "members.0.name") names the input for tests and styles."""
    widget = make_input(field, on_change)
    widget.setObjectName(f"field_{name}")
    container = QWidget()
    column = QVBoxLayout(container)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if field.help:
        hint = QLabel(pick(field.help, field.help_en))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
    error = error_label(f"error_{name}")
    column.addWidget(error)
    caption = QLabel(caption_of(field))
    caption.setBuddy(widget.focus_widgets()[0] if widget.focus_widgets() else widget)
    form.addRow(caption, container)
    return FieldRow(field, widget, container, error, form)
