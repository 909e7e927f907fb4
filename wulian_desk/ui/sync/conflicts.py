"""冲突: versions that lost a concurrent edit, each with the columns that differ, until a person
keeps the current version or restores the losing one (only the owning station may restore)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from wulian_desk.services.sync import conflicts
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import labels
from wulian_desk.ui.sync.transfer import note
from wulian_desk.ui.widgets.key_table import KeyTable


class ConflictsTab(QWidget):
    changed = Signal(object)  # Changes
    counted = Signal(int)  # open conflicts, for the tab's title

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.may_resolve = ctx.may("conflict", "resolve")
        self.rows: list = []
        self.table = KeyTable([self.tr("记录类型"), self.tr("记录编号"), self.tr("发现时间"), self.tr("不同的字段")],
                              "conflictsTable", widest=360, tip_over=30)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.differences = KeyTable([self.tr("字段"), self.tr("当前版本"), self.tr("落选的版本")], "differencesTable",
                                    widest=360, tip_over=30)
        self.keep_button = QPushButton(self.tr("保留当前版本"))
        self.keep_button.setObjectName("keepCurrent")
        self.keep_button.clicked.connect(lambda: self.resolve(restore=False))
        self.restore_button = QPushButton(self.tr("恢复落选的版本"))
        self.restore_button.setObjectName("restoreLosing")
        self.restore_button.clicked.connect(lambda: self.resolve(restore=True))
        self.status = note("", "conflictsStatus")
        for button in (self.keep_button, self.restore_button):
            if not self.may_resolve:
                button.hide()  # shown with its parent otherwise
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.differences)
        split.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("两台电脑各自修改了同一条记录时，程序按固定规则选出当前版本，落选的版本保存在这里，"
                                      "什么都不会悄悄丢掉。请逐条决定：保留当前版本，或恢复落选的版本"
                                      "（只有记录所属的站点可以恢复）。")))
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._update_buttons()

    def load(self) -> None:
        ctx = self.ctx
        self.runner.run(lambda _p: conflicts.list_conflicts(ctx), on_done=self._show, parent=self)

    def _show(self, rows: list) -> None:
        current = self.table.current_key()
        self.rows = rows
        self.table.fill([(c.id, [labels.table(c.table_name), c.row_id, labels.local_time(c.found_at),
                                 labels.tr(labels.LIST_SEPARATOR).join(labels.column(k) for k in c.differences)])
                         for c in rows])
        if not (current and self.table.select_key(current)) and rows:
            self.table.selectRow(0)
        self._show_selected()
        emit(self.counted, len(rows))

    def clear(self) -> None:
        self.rows = []
        self.table.fill([])
        self.differences.fill([])
        self.status.clear()

    def selected(self):
        key = self.table.current_key()
        return next((c for c in self.rows if c.id == key), None)

    def _show_selected(self) -> None:
        row = self.selected()
        self.differences.fill([] if row is None else [
            (col, [labels.column(col), labels.value_text(now), labels.value_text(losing)])
            for col, (now, losing) in row.differences.items()])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.keep_button.setEnabled(self.may_resolve and row is not None)
        # Restoring writes the record: only its own station may (the service says so too).
        self.restore_button.setEnabled(self.may_resolve and row is not None and row.owner == self.ctx.station_id)

    def resolve(self, *, restore: bool) -> None:
        row = self.selected()
        if row is None or not self.may_resolve:
            return
        ctx = self.ctx
        self.keep_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.runner.write(lambda _p: conflicts.resolve(ctx, row.id, restore=restore),
                          on_done=lambda changes: self._resolved(changes, restore), on_error=self._failed, parent=self)

    def _resolved(self, changes, restore: bool) -> None:
        self.status.setText(self.tr("已恢复落选的版本。") if restore else self.tr("已保留当前版本。"))
        emit(self.changed, changes)
        self.load()

    def _failed(self, err) -> None:
        from wulian_desk.ui.errors import show_error

        self._update_buttons()
        show_error(self, err)
