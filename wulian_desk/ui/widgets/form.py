"""Inline validation messages: a red line under the field a `ValidationError` names."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from wulian_desk.core.errors import ValidationError, WulianError
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.widgets.windows import grow_to_fit


def error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "error")  # styled red by resources/style/app.qss
    label.setWordWrap(True)
    label.hide()
    return label


class FormErrors:
    """Rows of a QFormLayout, each with an error label; `show(err)` puts the message under the
    field the error names, or in the general label at the bottom when it names none we show."""

    def __init__(self, form: QFormLayout, general: QLabel) -> None:
        self.form = form
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add_row(self, field: str, caption: str, widget: QWidget) -> QWidget:
        """Add `widget` under `caption` with a hidden error label for `field` below it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = error_label(f"error_{field}")
        column.addWidget(label)
        self.form.addRow(caption, box)
        self.labels[field] = label
        self.fields[field] = widget
        return widget

    def clear(self) -> None:
        for label in [*self.labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, err: ValidationError | Exception) -> None:
        self.clear()
        field = getattr(err, "field", None)
        label = self.labels.get(field or "", self.general)
        label.setText(error_text(err) if isinstance(err, WulianError) else str(err))
        label.show()
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus()
        grow_to_fit(self.general)

    def message(self, field: str | None) -> str:
        """The text now shown for `field` (None: the general label); empty when none."""
        return self.labels.get(field or "", self.general).text()
