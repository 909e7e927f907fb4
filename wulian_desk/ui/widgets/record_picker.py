"""Choosing people for something: search, tick, save. Clients joining a group and volunteers
joining an activity both use it; a subclass says where ids and rows come from and what saving writes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import Text
from wulian_desk.ui.widgets.record_dialog import RecordDialog

SHOWN = 200  # a screenful to tick from; narrow the search for more


def checkable_item(record_id: str, text: str, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, record_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def check_list(items: list[tuple[str, str]], checked: set[str], name: str) -> QListWidget:
    """A list of (id, text) with a check box each."""
    widget = QListWidget()
    widget.setObjectName(name)
    for record_id, text in items:
        widget.addItem(checkable_item(record_id, text, record_id in checked))
    return widget


class RecordPicker(RecordDialog):
    """Subclasses call `build_picker` once their own fields are set, and define `prepare`."""

    def build_picker(self, *, field: str, search_label: str, list_label: str, placeholder: str,
                     list_ids: Callable[[str], list[str]], rows_by_id: Callable[[list[str]], dict],
                     exclude: set[str]) -> None:
        self.field_key = field
        self._list_ids = list_ids
        self._rows_by_id = rows_by_id
        self.exclude = exclude
        self.chosen: set[str] = set()
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.textChanged.connect(self.find)
        self.found = check_list([], set(), "found")
        self.found.itemChanged.connect(self._ticked)
        self.found.is_blank = lambda: not self.chosen  # ticks kept while the search shows others
        self.add_field("search", search_label, self.search)
        self.add_field(field, list_label, self.found, required=True)
        self.finish_layout()
        self.find("")

    def draft_key(self) -> str | None:
        return None  # a choice of people, nothing typed worth keeping

    def find(self, text: str) -> None:
        ids = [i for i in self._list_ids(text.strip())[:SHOWN] if i not in self.exclude]
        rows = self._rows_by_id(ids)
        self.found.blockSignals(True)  # refilling is not the user ticking
        self.found.clear()
        for record_id in ids:
            row = rows[record_id]
            self.found.addItem(checkable_item(record_id, f"{row.name}  {row.id_number}", record_id in self.chosen))
        self.found.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        (self.chosen.add if item.checkState() == Qt.CheckState.Checked else self.chosen.discard)(record_id)

    def choose(self, record_ids: list[str]) -> None:
        """Tick these records (tests, and a future "add from another list")."""
        self.chosen.update(record_ids)
        self.find(self.search.text())

    def require_choice(self, refusal: Text) -> list[str]:
        if not self.chosen:
            raise ValidationError(refusal, field=self.field_key)
        return sorted(self.chosen)
