"""A repeat group (family members, goals, tasks): one block of the group's fields per item, with
add and remove; its item errors come back as "members[2].name"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.forms import FormDefinition, RepeatGroup, is_visible
from wulian_desk.ui.forms.rows import FieldRow, add_field_row, caption_of
from wulian_desk.ui.i18n import pick
from wulian_desk.ui.widgets.form import error_label


class RepeatItem(QFrame):
    def __init__(self, group: RepeatGroup, number: int, on_change: Callable[[], None],
                 on_remove: Callable[[RepeatItem], None]) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.group = group
        self.title = QLabel()
        self.remove_button = QPushButton(self.tr("删除此项"))
        self.remove_button.setObjectName("removeItem")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: on_remove(self))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: dict[str, FieldRow] = {
            f.key: add_field_row(form, f, on_change, f"{group.key}.{number}.{f.key}") for f in group.fields
        }
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("第 %1 项").replace("%1", str(number + 1)))

    def value(self) -> dict:
        out = {}
        for key, row in self.rows.items():
            value = row.input.value()
            if value is not None:
                out[key] = value
        return out

    def set_value(self, item: dict) -> None:
        for key, row in self.rows.items():
            row.input.set_value(item.get(key) if isinstance(item, dict) else None)

    def focus_widgets(self) -> list[QWidget]:
        return [w for row in self.rows.values() for w in row.input.focus_widgets()] + [self.remove_button]


class RepeatInput(QWidget):
    def __init__(self, form: FormDefinition, group: RepeatGroup, on_change: Callable[[], None],
                 on_rows_changed: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName(f"repeat_{group.key}")
        self.form = form
        self.group = group
        self._on_change = on_change
        self._on_rows_changed = on_rows_changed
        self.items: list[RepeatItem] = []
        title = QLabel(caption_of(group))
        title.setObjectName("repeatTitle")
        self.add_button = QPushButton(self.tr("添加一项"))
        self.add_button.setObjectName("addItem")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_item)
        self.error = error_label(f"error_{group.key}")
        self.item_box = QVBoxLayout()
        self.item_box.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        if group.help:
            hint = QLabel(pick(group.help, group.help_en))
            hint.setProperty("role", "hint")
            layout.addWidget(hint)
        layout.addLayout(self.item_box)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        for _ in range(group.min_items):
            self._append()
        self._update_buttons()

    def _append(self) -> RepeatItem:
        item = RepeatItem(self.group, len(self.items), self._on_change, self.remove_item)
        self.items.append(item)
        self.item_box.addWidget(item)
        return item

    def add_item(self) -> RepeatItem:
        item = self._append()
        self._update_buttons()
        self._on_rows_changed()
        focus = item.focus_widgets()
        if focus:
            focus[0].setFocus()
        return item

    def remove_item(self, item: RepeatItem) -> None:
        self.items.remove(item)
        self.item_box.removeWidget(item)
        item.hide()
        item.deleteLater()
        for number, each in enumerate(self.items):
            each.set_number(number)
        self._update_buttons()
        self._on_rows_changed()
        self._on_change()

    def _update_buttons(self) -> None:
        full = self.group.max_items is not None and len(self.items) >= self.group.max_items
        self.add_button.setEnabled(not full)
        for item in self.items:
            item.remove_button.setEnabled(len(self.items) > self.group.min_items)

    def value(self) -> list[dict] | None:
        # Every item, blank ones too, so an error's list index is the item on screen.
        values = [item.value() for item in self.items]
        return values if any(values) else None

    def set_value(self, value: object) -> None:
        wanted = value if isinstance(value, list) else []
        while len(self.items) > max(len(wanted), self.group.min_items):
            self.remove_item(self.items[-1])
        while len(self.items) < len(wanted):
            self._append()
        for item, data in zip(self.items, wanted, strict=False):
            item.set_value(data)
        self._update_buttons()
        self._on_rows_changed()

    def refresh(self, answers: dict) -> None:
        for item in self.items:
            data = item.value()
            for row in item.rows.values():
                row.set_visible(is_visible(self.form, row.field, answers, group=self.group, item=data))

    def error_for(self, index: int, key: str):
        if 0 <= index < len(self.items):
            row = self.items[index].rows.get(key)
            return row.error if row is not None else None
        return None

    def error_labels(self) -> list[QLabel]:
        return [self.error] + [row.error for item in self.items for row in item.rows.values()]

    def focus_widgets(self) -> list[QWidget]:
        return [w for item in self.items for w in item.focus_widgets()] + [self.add_button]
