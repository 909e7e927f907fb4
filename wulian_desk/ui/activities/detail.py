"""One activity: when, where, who organised it, who took part, its volunteers; adding volunteers,
recording everyone's hours at once, and reporting a major event."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.activities import ACTIVITY_TYPES, MAJOR_EVENTS
from wulian_desk.core.volunteers import format_hours
from wulian_desk.services.volunteering import activities
from wulian_desk.ui import message
from wulian_desk.ui.activities.dialogs import AddVolunteersDialog, HoursDialog
from wulian_desk.ui.i18n import listed, vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import runner_of


class ActivityDetail(QWidget):
    changed = Signal(object)  # Changes
    back = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDetail")
        self.ctx = ctx
        self.row = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (("number", self.tr("活动编号")), ("type", self.tr("类型")), ("when", self.tr("时间")),
                             ("place", self.tr("地点")), ("organiser", self.tr("组织单位与负责人")),
                             ("partners", self.tr("合作单位")), ("people", self.tr("参与")),
                             ("major", self.tr("重大活动报备"))):
            label = QLabel()
            label.setObjectName(f"fact_{key}")
            label.setWordWrap(True)
            self.facts[key] = label
            form.addRow(caption, label)
        self.volunteers = QListWidget()
        self.volunteers.setObjectName("volunteerList")
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, slot, allowed in (
            ("back", self.tr("返回"), lambda: emit(self.back), True),
            ("volunteers", self.tr("添加志愿者"), self.add_volunteers, ctx.may("activity", "edit")),
            ("hours", self.tr("记录服务时长"), self.record_hours, ctx.may("volunteer", "create")),
            ("reported", self.tr("已报备"), self.mark_reported, ctx.may("activity", "edit")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}Button")
            button.clicked.connect(slot)
            button.setVisible(allowed)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("志愿者")))
        layout.addWidget(self.volunteers, 1)

    def show_activity(self, activity_id: str) -> None:
        row = self.row = activities.activities_by_id(self.ctx, [activity_id])[activity_id]
        self.title.setText(row.title)
        self.facts["number"].setText(row.activity_number)
        self.facts["type"].setText(vocab_label(ACTIVITY_TYPES, row.activity_type))
        self.facts["when"].setText(f"{row.starts_at:%Y-%m-%d %H:%M} – {row.ends_at:%H:%M}")
        self.facts["place"].setText(row.place)
        self.facts["organiser"].setText(f"{row.organiser} · {row.person_in_charge}")
        self.facts["partners"].setText(listed(row.partners) or "—")
        self.facts["people"].setText(
            self.tr("服务对象 %1 人，其他 %2 人，志愿者 %3 人（每人 %4 小时）").replace("%1", str(row.participants))
            .replace("%2", str(row.headcount_unregistered)).replace("%3", str(row.volunteers))
            .replace("%4", format_hours(row.planned_minutes)))
        self.facts["major"].setText(self.major_text(row))
        self.volunteers.clear()
        self.volunteers.addItems([name for _id, name in activities.activity_volunteers(self.ctx, activity_id)])
        self.buttons["reported"].setEnabled(row.major_event is not None and row.reported_on is None)
        self.buttons["hours"].setEnabled(row.volunteers > 0)

    def major_text(self, row) -> str:
        if row.major_event is None:
            return self.tr("不是重大活动")
        kind = vocab_label(MAJOR_EVENTS, row.major_event)
        if row.reported_on is None:
            return self.tr("%1，尚未报备").replace("%1", kind)
        return self.tr("%1，%2 已报备").replace("%1", kind).replace("%2", f"{row.reported_on:%Y-%m-%d}")

    def add_volunteers(self) -> None:
        already = {v for v, _n in activities.activity_volunteers(self.ctx, self.row.id)}
        dialog = AddVolunteersDialog(self.ctx, self.row.id, already, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def record_hours(self) -> None:
        dialog = HoursDialog(self.ctx, self.row, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)

    def mark_reported(self) -> None:
        if not message.confirm(self, self.tr("确认“%1”已向社区党组织和居委会报备？").replace("%1", self.row.title)):
            return
        ctx, activity_id = self.ctx, self.row.id  # a refusal is shown as a message
        runner_of(self).write(lambda _p: activities.mark_reported(ctx, activity_id), on_done=self._changed, parent=self)

    def _changed(self, changes) -> None:
        self.show_activity(self.row.id)
        emit(self.changed, changes)

    def clear(self) -> None:
        self.row = None
        self.title.clear()
        for label in self.facts.values():
            label.clear()
        self.volunteers.clear()
