"""Inline validation messages: a red line under each field a `ValidationError` names, all of them
at once, and a mark on the fields that must be filled in."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.ui.i18n import error_text

REQUIRED_MARK = " *"


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")  # styled red by resources/style/app.qss
    label.setWordWrap(True)
    label.hide()
    return label


def required_text() -> str:
    return QCoreApplication.translate("FormErrors", "必填")


def mark_required(caption: QLabel, widget: QWidget) -> None:
    """An asterisk after the caption, and "必填" for the mouse (tooltip) and for a screen reader."""
    caption.setText(caption.text() + REQUIRED_MARK)
    for each in (caption, widget):
        each.setToolTip(each.toolTip() or required_text())
        each.setAccessibleDescription(required_text())
    widget.setProperty("required", True)


def message_of(err: Exception) -> str:
    return error_text(err) if hasattr(err, "english") else str(err)


class FormErrors:
    """Rows of a QFormLayout, each with an error label; `show_all(errors)` puts each message under
    the field it names, `show(err)` one refusal; a message naming no field we show goes to the
    general label at the top."""

    def __init__(self, form: QFormLayout, general: QLabel) -> None:
        self.form = form
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.captions: dict[str, str] = {}
        self.caption_labels: dict[str, QLabel] = {}
        self.required: set[str] = set()

    def add_row(self, field: str, caption: str, widget: QWidget, *, required: bool = False) -> QWidget:
        """Add `widget` under `caption` with a hidden error label for `field` below it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = error_label(f"error_{field}")
        column.addWidget(label)
        title = QLabel(caption)
        title.setObjectName(f"caption_{field}")
        title.setBuddy(widget)
        if required:
            mark_required(title, widget)
            self.required.add(field)
        self.form.addRow(title, box)
        self.labels[field] = label
        self.fields[field] = widget
        self.captions[field] = caption
        self.caption_labels[field] = title
        return widget

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, err: ValidationError | Exception) -> None:
        """One refusal (a save the service refused): beside its field, the others cleared."""
        self.clear()
        self.show_all([err])
        widget = self.fields.get(getattr(err, "field", None) or "")
        if widget is not None:
            widget.setFocus()

    def show_all(self, errors: Iterable[Exception], scope: set[str] | None = None) -> None:
        """Each field's first error beside it; a field in `scope` (None: every field) without one
        is cleared. Errors naming no field of ours go to the general label, which is rewritten only
        with every field in scope."""
        by_field: dict[str, str] = {}
        general: list[str] = []
        for err in errors:
            field = getattr(err, "field", None)
            if field in self.labels:
                by_field.setdefault(field, message_of(err))
            else:
                general.append(message_of(err))
        for field, label in self.labels.items():
            if scope is not None and field not in scope:
                continue
            _set(label, by_field.get(field, ""))
        if scope is None:
            _set(self.general, "\n".join(dict.fromkeys(general)))

    def shown(self) -> dict[str, str]:
        """The messages now shown, by field ("" for the general label)."""
        out = {field: label.text() for field, label in self.labels.items() if not label.isHidden() and label.text()}
        if not self.general.isHidden() and self.general.text():
            out[""] = self.general.text()
        return out

    def message(self, field: str | None) -> str:
        """The text now shown for `field` (None: the general label); empty when none."""
        return self.labels.get(field or "", self.general).text()


def _set(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
