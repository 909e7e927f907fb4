"""One group: its facts, the members with their attendance and measures, the sessions with their
plans and attendance, and the outcome summary; what can be done to it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.activities import GROUP_STATUSES
from wulian_desk.services.casework import groups
from wulian_desk.ui.groups.dialogs import (
    AttendanceDialog,
    CloseGroupDialog,
    MeasureDialog,
    MembersDialog,
    SessionDialog,
)
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.fitted_table import FittedTable


def table(name: str, headers: list[str]) -> QTableWidget:
    widget = FittedTable(0, len(headers))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.verticalHeader().hide()
    return widget


def fill(widget: QTableWidget, rows: list[tuple]) -> None:
    widget.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, value in enumerate(row):
            widget.setItem(number, column, QTableWidgetItem("" if value is None else str(value)))


class GroupDetail(QWidget):
    changed = Signal(object)  # Changes
    back = Signal()

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDetail")
        self.ctx = ctx
        self.runner = runner
        self.row = None
        self.outcome = None
        self.sessions: list = []
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (("status", self.tr("状态")), ("worker", self.tr("负责社工")), ("dates", self.tr("起止日期")),
                             ("progress", self.tr("已开展/计划节数")), ("outcome", self.tr("成效"))):
            label = QLabel()
            label.setObjectName(f"fact_{key}")
            label.setWordWrap(True)
            self.facts[key] = label
            form.addRow(caption, label)
        self.members = table("memberTable", [self.tr("编号"), self.tr("姓名"), self.tr("出勤节数"), self.tr("前测"),
                                             self.tr("后测")])
        self.session_table = table("sessionTable", [self.tr("节次"), self.tr("日期"), self.tr("地点"), self.tr("出勤"),
                                                    self.tr("活动计划")])
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        may_edit = ctx.may("group", "edit")
        for key, text, slot in (
            ("back", self.tr("返回列表"), lambda: emit(self.back)),
            ("members", self.tr("添加组员"), self.add_members),
            ("session", self.tr("新增一节"), self.add_session),
            ("attendance", self.tr("登记出勤"), self.record_attendance),
            ("measure", self.tr("填写前后测"), self.fill_measure),
            ("close", self.tr("结束小组"), self.close_group),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            button.setVisible(key == "back" or may_edit)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("组员")))
        layout.addWidget(self.members, 1)
        layout.addWidget(QLabel(self.tr("每节活动")))
        layout.addWidget(self.session_table, 1)

    def show_group(self, group_id: str) -> None:
        self.row = groups.groups_by_id(self.ctx, [group_id])[group_id]
        self.outcome = groups.group_outcome(self.ctx, group_id)
        self.sessions = groups.group_sessions(self.ctx, group_id)
        row, outcome = self.row, self.outcome
        self.title.setText(row.name)
        self.facts["status"].setText(vocab_label(GROUP_STATUSES, row.status))
        self.facts["worker"].setText(row.worker)
        ends = f"{row.ends_on:%Y-%m-%d}" if row.ends_on else "…"
        self.facts["dates"].setText(f"{row.starts_on:%Y-%m-%d} – {ends}")
        self.facts["progress"].setText(f"{row.sessions}/{row.planned_sessions}")
        self.facts["outcome"].setText(self.outcome_text(outcome))
        fill(self.members, [(m.member_code, m.name, m.attended, m.pre, m.post) for m in outcome.members])
        fill(self.session_table, [
            (s.number, f"{s.held_on:%Y-%m-%d}", s.place, f"{sum(att.values())}/{len(att)}" if att else "—", s.plan)
            for s, att in self.sessions])
        closed = row.status == "closed"
        for key in ("members", "session", "close"):
            self.buttons[key].setEnabled(not closed)

    def outcome_text(self, outcome) -> str:
        text = self.tr("已开展 %n 节", None, outcome.sessions_held) \
            + self.tr("，出勤率 %1%").replace("%1", f"{outcome.attendance_rate * 100:.0f}")
        if outcome.pre_mean is not None:
            text += self.tr("；前测平均 %1").replace("%1", str(outcome.pre_mean))
        if outcome.post_mean is not None:
            text += self.tr("；后测平均 %1，%2 人提升").replace("%1", str(outcome.post_mean)) \
                .replace("%2", str(outcome.improved))
        return text

    # -- actions -------------------------------------------------------------------------------------

    def _selected(self, widget: QTableWidget) -> int | None:
        rows = widget.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_members(self) -> None:
        dialog = MembersDialog(self.ctx, self.row.id, {m.client_id for m in self.outcome.members}, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def add_session(self) -> None:
        dialog = SessionDialog(self.ctx, self.row.id, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def record_attendance(self) -> None:
        row = self._selected(self.session_table)
        if row is None:
            row = len(self.sessions) - 1  # the latest session, unless another is chosen
        if row < 0:
            return
        meeting, present = self.sessions[row]
        members = [(m.client_id, f"{m.member_code} {m.name}") for m in self.outcome.members]
        dialog = AttendanceDialog(self.ctx, meeting, members, present, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def fill_measure(self) -> None:
        row = self._selected(self.members)
        if row is None:
            row = 0
        if row >= len(self.outcome.members):
            return
        member = self.outcome.members[row]
        dialog = MeasureDialog(self.ctx, self.runner, self.row.id, member.client_id, group_name=self.row.name,
                               member_code=member.member_code, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def close_group(self) -> None:
        dialog = CloseGroupDialog(self.ctx, self.row.id, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def _changed(self, changes) -> None:
        self.show_group(self.row.id)
        emit(self.changed, changes)

    def clear(self) -> None:
        self.row = self.outcome = None
        self.sessions = []
        self.title.clear()
        for label in self.facts.values():
            label.clear()
        self.members.setRowCount(0)
        self.session_table.setRowCount(0)
