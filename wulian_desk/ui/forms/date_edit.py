"""A date typed as digits (2024-03-05), which may be left blank: what every date input here uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate


class DateEdit(QLineEdit):
    """Keyboard-first: the dashes are given, the user types eight digits."""

    def __init__(self, value: date | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("0000-00-00;_")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 32)
        self.set_value(value)

    def text_value(self) -> str | None:
        """What was typed, or None when nothing was ("--" is the empty mask)."""
        text = self.text()
        return None if not text.replace("-", "").strip() else text

    def set_value(self, value: date | str | None) -> None:
        self.setText(value.isoformat() if isinstance(value, date) else (value or ""))

    def date_value(self, field: str, label: str) -> date | None:
        """The date, None when blank, or a ValidationError naming `field`."""
        text = self.text_value()
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError(translate("ui.forms.date_edit", "{label}应为日期，格式如 2024-03-05。").format(label=label),
                                  field=field) from None
