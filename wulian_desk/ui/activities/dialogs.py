"""The dialogs of community activities: a new activity, volunteers joining it, and the one dialog
that records the hours of every volunteer of an activity at once (everyone present at the planned
hours, then adjusted per person) in one call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from wulian_desk.core.activities import ACTIVITY_TYPES, MAJOR_EVENTS, ActivityInput
from wulian_desk.core.texts import translate
from wulian_desk.core.volunteers import format_hours
from wulian_desk.services.context import Changes
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station
from wulian_desk.services.volunteering import activities, service_hours, volunteers
from wulian_desk.ui import message
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.groups.dialogs import required_date, text_box
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.fitted_table import FittedTable
from wulian_desk.ui.widgets.record_dialog import RecordDialog
from wulian_desk.ui.widgets.record_picker import RecordPicker


def hours_box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.5, 24)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    box.setValue(value)
    return box


class ActivityDialog(RecordDialog):
    REQUIRED = frozenset({"title", "activity_type", "org_unit_id", "ends_at", "organiser"})

    def __init__(self, ctx, *, on: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityDialog")
        self.setWindowTitle(self.tr("新增社区活动"))
        self.ctx = ctx
        self.title = QLineEdit()
        self.activity_type = QComboBox()
        for code in ACTIVITY_TYPES:
            self.activity_type.addItem(vocab_label(ACTIVITY_TYPES, code), code)
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False, current=ctx.station_id)
        self.day = DateEdit(on or date.today())
        self.starts = QTimeEdit(time(9, 0))
        self.ends = QTimeEdit(time(11, 0))
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addWidget(self.starts)
        row.addWidget(self.ends)
        row.addStretch(1)
        self.room = QComboBox()
        self.room.addItem(self.tr("室外或其他地点（填写下一栏）"), None)
        rooms = facilities.rooms_by_id(ctx, ids := facilities.room_ids(ctx))
        for room_id in ids:
            self.room.addItem(f"{rooms[room_id].unit_name} · {rooms[room_id].name}", room_id)
        self.place = QLineEdit()
        self.organiser = QLineEdit(station.station_info(ctx).name)
        self.person_in_charge = QLineEdit(ctx.display_name or "")
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(self.tr("多个单位用顿号或逗号分开"))
        self.planned_hours = hours_box(2.0)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 100_000)
        self.major_event = QComboBox()
        self.major_event.addItem(self.tr("否"), None)
        for code in MAJOR_EVENTS:
            self.major_event.addItem(vocab_label(MAJOR_EVENTS, code), code)
        self.description = text_box()
        self.add_field("title", self.tr("活动名称"), self.title)
        self.add_field("activity_type", self.tr("活动类型"), self.activity_type)
        self.add_field("org_unit_id", self.tr("举办站点或社区"), self.unit)
        self.add_field("ends_at", self.tr("日期与起止时间"), times)
        self.add_field("room_id", self.tr("活动室"), self.room)
        self.add_field("place", self.tr("活动地点"), self.place)
        self.add_field("organiser", self.tr("组织单位"), self.organiser)
        self.add_field("person_in_charge", self.tr("负责人"), self.person_in_charge)
        self.add_field("partners", self.tr("合作单位"), self.partners)
        self.add_field("planned_hours", self.tr("志愿服务时长（小时/人）"), self.planned_hours)
        self.add_field("headcount_unregistered", self.tr("未登记参与人数"), self.headcount)
        self.add_field("major_event", self.tr("重大活动（须报备）"), self.major_event)
        self.add_field("description", self.tr("活动内容"), self.description)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        day = required_date(self.day, "ends_at", self.tr("活动日期"))
        partners = self.partners.text().replace("，", "、").replace(",", "、").split("、")
        data = ActivityInput(
            title=self.title.text(), activity_type=self.activity_type.currentData(),
            org_unit_id=self.unit.currentData() or "", starts_at=datetime.combine(day, self.starts.time().toPython()),
            ends_at=datetime.combine(day, self.ends.time().toPython()), organiser=self.organiser.text(),
            person_in_charge=self.person_in_charge.text(), room_id=self.room.currentData(), place=self.place.text(),
            partners=partners, description=self.description.toPlainText(), planned_hours=self.planned_hours.value(),
            headcount_unregistered=self.headcount.value(), major_event=self.major_event.currentData())
        ctx = self.ctx
        return lambda: activities.create_activity(ctx, data)


class AddVolunteersDialog(RecordPicker):
    """Volunteers join an activity: search, tick."""

    REQUIRED = frozenset({"volunteer_ids"})

    def __init__(self, ctx, activity_id: str, already: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addVolunteersDialog")
        self.setWindowTitle(self.tr("添加志愿者"))
        self.ctx = ctx
        self.activity_id = activity_id
        self.already = already
        self.build_picker(field="volunteer_ids", search_label=self.tr("查找志愿者"), list_label=self.tr("志愿者"),
                          placeholder=self.tr("姓名、拼音首字母或身份证号"), exclude=already,
                          list_ids=lambda text: volunteers.volunteer_ids(ctx, search=text),
                          rows_by_id=lambda ids: volunteers.volunteers_by_id(ctx, ids))

    def prepare(self) -> Callable[[], Changes]:
        chosen = self.require_choice(translate("ui.activities.dialogs", "请至少勾选一位志愿者。"))
        ctx, activity_id = self.ctx, self.activity_id
        return lambda: activities.add_volunteers(ctx, activity_id, chosen)


class HoursDialog(RecordDialog):
    """Hours for a whole activity: every volunteer ticked present at the planned hours; untick who
    did not come, change the hours of who stayed longer or left early; one call saves them all."""

    PRESENT, NAME, HOURS = range(3)

    def __init__(self, ctx, activity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hoursDialog")
        self.setWindowTitle(self.tr("记录志愿服务时长：%1").replace("%1", activity.title))
        self.ctx = ctx
        self.activity_id = activity.id
        self.planned = activity.planned_minutes / 60
        self.people = activities.activity_volunteers(ctx, activity.id)
        self.table = FittedTable(len(self.people), 3)
        self.table.setHorizontalHeaderLabels([self.tr("到场"), self.tr("志愿者"), self.tr("时长（小时）")])
        self.table.verticalHeader().hide()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for row, (volunteer_id, name) in enumerate(self.people):
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            present.setCheckState(Qt.CheckState.Checked)
            present.setData(Qt.ItemDataRole.UserRole, volunteer_id)
            self.table.setItem(row, self.PRESENT, present)
            label = QTableWidgetItem(name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.NAME, label)
            spin = hours_box(self.planned)
            spin.setObjectName(f"hours_{row}")
            self.spins[volunteer_id] = spin
            self.table.setCellWidget(row, self.HOURS, spin)
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("留空则为“活动类型：活动名称”"))
        self.add_field("adjustments", self.tr("志愿者（计划 %1 小时/人）").replace("%1", format_hours(activity.planned_minutes)),
                       self.table)
        self.add_field("content", self.tr("服务内容"), self.content)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return None  # saved in one go; nothing long typed

    def set_absent(self, volunteer_id: str) -> None:
        row = next(i for i, (v, _n) in enumerate(self.people) if v == volunteer_id)
        self.table.item(row, self.PRESENT).setCheckState(Qt.CheckState.Unchecked)

    def adjustments(self) -> dict[str, float | None]:
        """Only who differs from the planned hours: absent (None) or other hours."""
        out: dict[str, float | None] = {}
        for row, (volunteer_id, _name) in enumerate(self.people):
            if self.table.item(row, self.PRESENT).checkState() != Qt.CheckState.Checked:
                out[volunteer_id] = None
            elif abs(self.spins[volunteer_id].value() - self.planned) > 1e-9:
                out[volunteer_id] = self.spins[volunteer_id].value()
        return out

    def prepare(self) -> Callable[[], Changes]:
        ctx, activity_id, adjustments, content = self.ctx, self.activity_id, self.adjustments(), self.content.text()
        return lambda: service_hours.record_activity_hours(ctx, activity_id, adjustments=adjustments, content=content)

    def saved(self, changes: Changes) -> Changes:
        for warning in changes.warnings:
            message.inform(self, warning)  # a late record is kept; the worker should know
        return changes

