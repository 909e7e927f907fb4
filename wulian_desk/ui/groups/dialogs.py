"""The dialogs of group work: a new group, members joining, a session with its plan, the attendance
and notes after it, a member's pre/post measure on the `group_measure` form, and closing with the
outcome summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.forms import answer_problems
from wulian_desk.core.texts import translate
from wulian_desk.services.casework import clients, groups
from wulian_desk.services.context import Changes
from wulian_desk.services.station import accounts
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.forms.dialog import FormDialog
from wulian_desk.ui.widgets.record_dialog import RecordDialog
from wulian_desk.ui.widgets.record_picker import RecordPicker, check_list


def required_date(edit: DateEdit, field: str, label: str) -> date:
    value = edit.date_value(field, label)
    if value is None:
        raise ValidationError(translate("ui.groups.dialogs", "请填写{label}。").format(label=label), field=field)
    return value


def text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 12)
    return box


def checked_ids(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class GroupDialog(RecordDialog):
    REQUIRED = frozenset({"name", "worker_id", "goals", "target_members"})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDialog")
        self.setWindowTitle(self.tr("新建小组"))
        self.ctx = ctx
        self.name = QLineEdit()
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False, current=ctx.station_id)
        self.worker = QComboBox()
        for account_id, name in sorted(accounts.staff_names(ctx).items(), key=lambda kv: kv[1]):
            self.worker.addItem(name, account_id)
        self.worker.setCurrentIndex(max(0, self.worker.findData(ctx.account_id)))
        self.goals = text_box()
        self.target_members = QLineEdit()
        self.starts_on = DateEdit(date.today())
        self.planned_sessions = QSpinBox()
        self.planned_sessions.setRange(1, 60)
        self.planned_sessions.setValue(6)
        self.add_field("name", self.tr("小组名称"), self.name)
        self.add_field("org_unit_id", self.tr("开展站点或社区"), self.unit)
        self.add_field("worker_id", self.tr("负责社工"), self.worker)
        self.add_field("goals", self.tr("小组目标"), self.goals)
        self.add_field("target_members", self.tr("招募对象"), self.target_members)
        self.add_field("starts_on", self.tr("开始日期"), self.starts_on)
        self.add_field("planned_sessions", self.tr("计划节数"), self.planned_sessions)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        from wulian_desk.core.activities import GroupInput

        ctx, data = self.ctx, GroupInput(
            name=self.name.text(), org_unit_id=self.unit.currentData() or "", worker_id=self.worker.currentData() or "",
            goals=self.goals.toPlainText(), target_members=self.target_members.text(),
            starts_on=required_date(self.starts_on, "starts_on", self.tr("开始日期")),
            planned_sessions=self.planned_sessions.value())
        return lambda: groups.create_group(ctx, data)


class MembersDialog(RecordPicker):
    """Clients join the group: search by name, tick who joins."""

    REQUIRED = frozenset({"client_ids"})

    def __init__(self, ctx, group_id: str, members: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersDialog")
        self.setWindowTitle(self.tr("添加组员"))
        self.ctx = ctx
        self.group_id = group_id
        self.members = members
        self.build_picker(field="client_ids", search_label=self.tr("查找服务对象"), list_label=self.tr("服务对象"),
                          placeholder=self.tr("姓名或拼音首字母"), exclude=members,
                          list_ids=lambda text: clients.client_ids(ctx, search=text),
                          rows_by_id=lambda ids: clients.clients_by_id(ctx, ids))

    def prepare(self) -> Callable[[], Changes]:
        chosen = self.require_choice(translate("ui.groups.dialogs", "请至少勾选一位服务对象。"))
        ctx, group_id = self.ctx, self.group_id
        return lambda: groups.add_members(ctx, group_id, chosen)


class SessionDialog(RecordDialog):
    """A session to come (or held): the date, where, and the plan."""

    REQUIRED = frozenset({"held_on", "plan"})

    def __init__(self, ctx, group_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupSessionDialog")
        self.setWindowTitle(self.tr("新增一节活动"))
        self.ctx = ctx
        self.group_id = group_id
        self.held_on = DateEdit(date.today())
        self.place = QLineEdit()
        self.plan = text_box(lines=4)
        self.add_field("held_on", self.tr("活动日期"), self.held_on)
        self.add_field("place", self.tr("活动地点"), self.place)
        self.add_field("plan", self.tr("活动计划"), self.plan)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return f"{self.objectName()}:{self.group_id}"

    def prepare(self) -> Callable[[], Changes]:
        ctx, group_id, fields = self.ctx, self.group_id, {
            "held_on": required_date(self.held_on, "held_on", self.tr("活动日期")), "plan": self.plan.toPlainText(),
            "place": self.place.text()}
        return lambda: groups.add_group_session(ctx, group_id, **fields)


class AttendanceDialog(RecordDialog):
    """After a session: who came (everyone else is absent) and the notes."""

    def __init__(self, ctx, session, members: list[tuple[str, str]], present: dict[str, bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("第 %1 节：出勤与记录").replace("%1", str(session.number)))
        self.ctx = ctx
        self.session_id = session.id
        came = {c for c, p in present.items() if p} if present else {c for c, _ in members}
        self.present = check_list(members, came, "presentList")
        self.notes = text_box(session.notes or "", lines=4)
        self.add_field("present", self.tr("出勤（勾选到场的组员）"), self.present)
        self.add_field("notes", self.tr("活动记录"), self.notes)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return f"{self.objectName()}:{self.session_id}"

    def set_present(self, client_ids: set[str]) -> None:
        for i in range(self.present.count()):
            item = self.present.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in client_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def prepare(self) -> Callable[[], Changes]:
        ctx, session_id, present, notes = self.ctx, self.session_id, checked_ids(self.present), self.notes.toPlainText()
        return lambda: groups.record_session(ctx, session_id, present=present, notes=notes)


class CloseGroupDialog(RecordDialog):
    def __init__(self, ctx, group_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeGroupDialog")
        self.setWindowTitle(self.tr("结束小组"))
        self.ctx = ctx
        self.group_id = group_id
        self.summary = text_box(lines=6)
        self.add_field("outcome_summary", self.tr("成效总结"), self.summary)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return f"{self.objectName()}:{self.group_id}"

    def prepare(self) -> Callable[[], Changes]:
        ctx, group_id, summary = self.ctx, self.group_id, self.summary.toPlainText()
        return lambda: groups.set_group_status(ctx, group_id, "closed", outcome_summary=summary)


class MeasureDialog(FormDialog):
    """A member's pre or post measure: the form renderer of the case forms, saved on the group."""

    def __init__(self, ctx, runner, group_id: str, client_id: str, *, group_name: str, member_code: str,
                 parent: QWidget | None = None) -> None:
        from wulian_desk.core.activities import MEASURE_FORM
        from wulian_desk.services.casework import forms

        super().__init__(ctx, runner, f"group:{group_id}:{client_id}", forms.get_form(MEASURE_FORM), parent)
        self.setObjectName("measureDialog")
        self.group_id = group_id
        self.client_id = client_id
        self.fixed = {"group_name": group_name, "member_code": member_code}
        self.view.set_answers({**self.view.answers(), **self.fixed})
        self.dirty = False

    def save(self) -> None:
        if self.saving:
            return
        self.tried = True
        self.live.stop()
        answers = {**self.view.answers(), **self.fixed}
        problems = answer_problems(self.form, answers)
        if problems:
            self.view.show_problems(problems)
            self.status.setText(self.tr("有 %n 处需要修改，见标红的说明。", None, len(problems)))
            return
        self.view.clear_problems()
        self.saving = True
        self.save_button.setEnabled(False)
        ctx, group_id, client_id = self.ctx, self.group_id, self.client_id
        self.runner.write(lambda _p: groups.fill_group_measure(ctx, group_id, client_id, answers),
                          on_done=self._saved, on_error=self._refused, label=self.tr("正在保存前后测…"), parent=self)
