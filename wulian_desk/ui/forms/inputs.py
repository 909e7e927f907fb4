"""One input widget per field type. Each reads and writes the plain JSON value the form engine
stores (codes, ISO dates, booleans, text) and calls `on_change` when the user edits it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.forms import Field
from wulian_desk.core.forms import model as m
from wulian_desk.core.forms.values import fmt_number
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import pick

RADIO_LIMIT = 4  # single choices with more options than this become a drop-down list


def option_text(option: m.Option, *, scored: bool = False) -> str:
    text = pick(option.zh, option.en)
    if scored and option.score is not None:
        text += QCoreApplication.translate("FormInputs", "（%1 分）").replace("%1", str(option.score))
    return text


class FieldInput(QWidget):
    def __init__(self, field: Field, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._on_change = on_change
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def changed(self, *_args) -> None:
        self._on_change()

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        return []


class TextInput(FieldInput):
    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        self.edit = QLineEdit()
        if isinstance(field.max, int | float) and field.type == m.TEXT:
            self.edit.setMaxLength(int(field.max) + 20)  # room to see the "too long" message
        if field.type == m.ID_NUMBER:
            self.edit.setMaxLength(18)
            self.edit.setPlaceholderText(QCoreApplication.translate("FormInputs", "18 位身份证号码"))
        self.box.addWidget(self.edit)
        self.edit.textEdited.connect(self.changed)

    def value(self) -> object:
        text = self.edit.text().strip()
        if self.field.type == m.ID_NUMBER:
            text = text.upper()
        return text or None

    def set_value(self, value: object) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class LongTextInput(FieldInput):
    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)  # Tab moves on; typing a tab into a record is never meant
        self.edit.setFixedHeight(self.fontMetrics().height() * 5)
        self.box.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> object:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: object) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class NumberInput(FieldInput):
    """A line, not a spin box: a blank answer stays blank, and a bad one gets a clear message."""

    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 14)
        bounds = [fmt_number(b) for b in (field.min, field.max) if isinstance(b, int | float)]
        if len(bounds) == 2:
            self.edit.setPlaceholderText(f"{bounds[0]}–{bounds[1]}")
        self.box.addWidget(self.edit)
        if field.unit:
            self.box.addWidget(QLabel(pick(field.unit, field.unit_en)))
        self.box.addStretch(1)
        self.edit.textEdited.connect(self.changed)

    def value(self) -> object:
        return self.edit.text().strip() or None

    def set_value(self, value: object) -> None:
        self.edit.setText("" if value is None else (fmt_number(value) if isinstance(value, int | float) else str(value)))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class DateInput(FieldInput):
    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        self.edit = DateEdit()
        self.box.addWidget(self.edit)
        self.box.addStretch(1)
        self.edit.textEdited.connect(self.changed)
        if field.default == "today":
            self.edit.set_value(date.today())

    def value(self) -> object:
        return self.edit.text_value()

    def set_value(self, value: object) -> None:
        self.edit.set_value(None if value is None else str(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.edit]


class ComboInput(FieldInput):
    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        self.combo = QComboBox()
        self.combo.addItem(QCoreApplication.translate("FormInputs", "（请选择）"), None)
        for option in field.options:
            self.combo.addItem(option_text(option), option.code)
        self.box.addWidget(self.combo)
        self.box.addStretch(1)
        self.combo.activated.connect(self.changed)

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)) if value is not None else 0)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo]


class RadioInput(FieldInput):
    """Single choice, yes/no and scale items: one radio button per option, none picked at first."""

    def __init__(self, field, on_change, parent=None, *, choices: list[tuple[object, str]] | None = None,
                 vertical: bool = False) -> None:
        super().__init__(field, on_change, parent)
        if choices is None:
            scored = field.type == m.SCALE_ITEM
            choices = [(o.code, option_text(o, scored=scored)) for o in field.options]
        self.codes = [code for code, _text in choices]
        self.group = QButtonGroup(self)
        holder = QVBoxLayout() if vertical else QHBoxLayout()
        holder.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QRadioButton] = []
        for number, (_code, text) in enumerate(choices):
            button = QRadioButton(text)
            self.group.addButton(button, number)
            holder.addWidget(button)
            self.buttons.append(button)
        self.box.addLayout(holder)
        self.box.addStretch(1)
        self.group.idToggled.connect(lambda _id, on: on and self.changed())

    def value(self) -> object:
        picked = self.group.checkedId()
        return self.codes[picked] if picked >= 0 else None

    def set_value(self, value: object) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        for code, button in zip(self.codes, self.buttons, strict=True):
            button.setChecked(value is not None and code == value and type(code) is type(value))
        self.group.setExclusive(True)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons)


class YesNoInput(RadioInput):
    def __init__(self, field, on_change, parent=None) -> None:
        yes = QCoreApplication.translate("FormInputs", "是")
        no = QCoreApplication.translate("FormInputs", "否")
        super().__init__(field, on_change, parent, choices=[(True, yes), (False, no)])


class MultiInput(FieldInput):
    COLUMNS = 3

    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.checks: list[tuple[str, QCheckBox]] = []
        for number, option in enumerate(field.options):
            check = QCheckBox(option_text(option))
            check.toggled.connect(self.changed)
            grid.addWidget(check, number // self.COLUMNS, number % self.COLUMNS)
            self.checks.append((option.code, check))
        self.box.addLayout(grid)
        self.box.addStretch(1)

    def value(self) -> object:
        return [code for code, check in self.checks if check.isChecked()] or None

    def set_value(self, value: object) -> None:
        picked = set(value) if isinstance(value, list | tuple | set) else set()
        for code, check in self.checks:
            check.blockSignals(True)
            check.setChecked(code in picked)
            check.blockSignals(False)

    def focus_widgets(self) -> list[QWidget]:
        return [check for _code, check in self.checks]


class ComputedInput(FieldInput):
    """Not an input: the live total or grade of a scale, set by the form view."""

    def __init__(self, field, on_change, parent=None) -> None:
        super().__init__(field, on_change, parent)
        self.label = QLabel()
        self.label.setObjectName("computed")
        self.box.addWidget(self.label)
        self.box.addStretch(1)

    def value(self) -> object:
        return None

    def set_value(self, value: object) -> None:
        pass

    def show_result(self, text: str) -> None:
        self.label.setText(text)


def make_input(field: Field, on_change: Callable[[], None]) -> FieldInput:
    kind = field.type
    if kind in (m.TEXT, m.ID_NUMBER):
        return TextInput(field, on_change)
    if kind == m.LONG_TEXT:
        return LongTextInput(field, on_change)
    if kind == m.NUMBER:
        return NumberInput(field, on_change)
    if kind == m.DATE:
        return DateInput(field, on_change)
    if kind == m.SINGLE_CHOICE:
        if len(field.options) > RADIO_LIMIT:
            return ComboInput(field, on_change)
        return RadioInput(field, on_change)
    if kind == m.SCALE_ITEM:
        return RadioInput(field, on_change, vertical=True)
    if kind == m.MULTI_CHOICE:
        return MultiInput(field, on_change)
    if kind == m.YES_NO:
        return YesNoInput(field, on_change)
    if kind == m.COMPUTED:
        return ComputedInput(field, on_change)
    raise ValueError(f"no input for field type {kind!r}")
