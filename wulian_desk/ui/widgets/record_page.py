"""A page of one kind of record: a searchable list and, in its place, one record's detail.

The clients, volunteers, groups, organisations, projects and staff pages share this frame; each adds
its own list model, detail widget, dialogs and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from wulian_desk.ui.signals import emit


class RecordPage(QWidget):
    changed = Signal(object)  # Changes

    def assemble(self, title: str, record_list, detail, *, new_shortcut=None) -> None:
        """Lay out the title over a stack of the list and the detail; Ctrl+N and Ctrl+F."""
        self.list = record_list
        self.detail = detail
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(heading)
        layout.addWidget(self.stack, 1)
        shortcuts = [(QKeySequence.StandardKey.Find, self.focus_search)]
        if new_shortcut is not None:
            shortcuts.append((QKeySequence.StandardKey.New, new_shortcut))
        for keys, slot in shortcuts:
            QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(slot)

    def focus_search(self) -> None:
        self.show_list()
        self.list.focus_search()

    def show_list(self) -> None:
        self.detail.clear()
        self.stack.setCurrentWidget(self.list)

    def show_detail(self) -> None:
        self.stack.setCurrentWidget(self.detail)

    def add_with(self, resource: str, make_dialog, open_record) -> None:
        """Ctrl+N and the add button: the dialog if this role may create, then the new record."""
        if not self.ctx.may(resource, "create"):
            return
        dialog = make_dialog()
        if dialog.exec():
            self._changed(dialog.changes)
            open_record(dialog.changes.ids[0])

    def _changed(self, changes) -> None:
        emit(self.changed, changes)

    def apply_changes(self, changes) -> None:
        self.list.apply_changes(changes)

    def drop_cache(self) -> None:
        self.list.drop_cache()
        self.show_list()
