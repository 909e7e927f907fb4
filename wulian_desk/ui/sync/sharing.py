"""共享策略: every column the sharing policy withholds by default, how it goes up (化名 / 只报年份 /
不上报), and whether the county lets it go up as it is, for supervision. The county ticks columns
and saves; the policy travels down with the next bundle to each station. A station sees the
policy in force, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from wulian_desk.core.sharing import DEFAULT_WITHHELD, widenable
from wulian_desk.services.sync import county_documents
from wulian_desk.ui.errors import show_error
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import labels
from wulian_desk.ui.sync.transfer import note
from wulian_desk.ui.widgets.key_table import KeyTable

CHOICE = 3  # the column holding the county's check box, or the station's policy in force


class SharingTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, *, county: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.county = county
        self.editable = county and ctx.may("bundle", "enrol")
        self.saved: frozenset[str] | None = None  # the policy in force, once loaded
        self.chosen: set[str] = set()  # what the boxes say (the county's edits before saving)
        last = self.tr("为督导放开上报") if county else self.tr("本站现行")
        self.table = KeyTable([self.tr("记录类型"), self.tr("字段"), self.tr("默认处理"), last], "sharingTable",
                              widest=360, tip_over=30)
        self.table.itemChanged.connect(self._ticked)
        if county:
            intro = self.tr("默认情况下，服务对象的姓名以化名上报，出生日期只报年份，身份证号、电话、住址和各种文字记录"
                            "留在各站点。为督导需要，可以勾选下列字段，让各站点照原样上报。")
        else:
            intro = self.tr("下列字段默认不上报或改写后上报。共享策略由县级总站制定，随总站的数据包下达；"
                            "“本站现行”是本站导出时实际采用的处理，本站只能查看。")
        self.effect = note(self.tr("保存后，新的策略随下一个发往各站点的数据包下达；各站点导入该数据包以后，"
                                   "再导出的数据包才按新策略上报。已经上报的数据不受影响。") if county else "",
                           "sharingEffect")
        bold = self.effect.font()
        bold.setBold(True)
        self.effect.setFont(bold)
        self.status = note("", "sharingStatus")
        self.save_button = QPushButton(self.tr("保存共享策略"))
        self.save_button.setObjectName("saveSharing")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("撤销修改"))
        self.revert_button.setObjectName("revertSharing")
        self.revert_button.clicked.connect(self.revert)
        layout = QVBoxLayout(self)
        layout.addWidget(note(intro))
        layout.addWidget(self.table, 1)
        if county:
            layout.addWidget(self.effect)
        else:
            self.effect.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        if not self.editable:
            self.save_button.hide()  # shown with its parent otherwise
            self.revert_button.hide()
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        ctx = self.ctx
        self.runner.run(lambda _p: county_documents.sharing_policy(ctx), on_done=self._show, parent=self)

    def _show(self, policy) -> None:
        if self.saved is None or self.chosen == set(self.saved):  # no edits of the county's to keep
            self.chosen = set(policy.keep)
        self.saved = frozenset(policy.keep)
        self._fill()

    def _fill(self) -> None:
        rows = []
        for item in widenable():
            table, _, column = item.partition(".")
            how = DEFAULT_WITHHELD[table][column]
            rows.append((item, [labels.table(table), labels.column(column), labels.how(how),
                                "" if self.county else self._in_force(item, how)]))
        self.table.blockSignals(True)
        try:
            self.table.fill(rows)
            if self.county:
                for row in range(self.table.rowCount()):
                    box = self.table.item(row, CHOICE)
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if self.editable:
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                    box.setFlags(flags)
                    box.setCheckState(Qt.CheckState.Checked if self.table.row_key(row) in self.chosen
                                      else Qt.CheckState.Unchecked)
        finally:
            self.table.blockSignals(False)
        self._update_buttons()

    def _in_force(self, item: str, how: str) -> str:
        if self.saved is not None and item in self.saved:
            return self.tr("照原样上报（总站已放开）")
        return labels.how(how)

    def clear(self) -> None:
        """The window locks: nothing stays on screen, edits not saved included."""
        self.saved = None
        self.chosen = set()
        self.table.fill([])
        self.status.clear()
        self._update_buttons()

    # -- the county's edits ------------------------------------------------------------------

    def kept(self) -> list[str]:
        """The columns ticked, in the order listed."""
        return [item for item in widenable() if item in self.chosen]

    def dirty(self) -> bool:
        return self.saved is not None and self.chosen != set(self.saved)

    def _ticked(self, item) -> None:
        if item.column() != CHOICE or not self.editable:
            return
        key = self.table.row_key(item.row())
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen.add(key)
        else:
            self.chosen.discard(key)
        self.status.setText(self.tr("有未保存的修改。") if self.dirty() else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.editable and self.dirty())
        self.revert_button.setEnabled(self.editable and self.dirty())

    def revert(self) -> None:
        if self.saved is None:
            return
        self.chosen = set(self.saved)
        self.status.clear()
        self._fill()

    def save(self) -> None:
        if not self.editable or not self.dirty():
            return
        ctx, keep = self.ctx, self.kept()
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.runner.write(lambda _p: county_documents.set_sharing_policy(ctx, keep),
                          on_done=lambda changes: self._saved(changes, keep), on_error=self._failed, parent=self)

    def _saved(self, changes, keep: list[str]) -> None:
        self.saved = frozenset(keep)
        self.chosen = set(keep)
        self._update_buttons()
        self.status.setText(self.tr("已保存共享策略（放开 %1 个字段）。将随下一个发往各站点的数据包生效。")
                            .replace("%1", str(len(keep))))
        emit(self.changed, changes)

    def _failed(self, err) -> None:
        self._update_buttons()
        show_error(self, err)
