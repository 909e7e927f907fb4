"""The casework dialogs: open a case, move its stage, a session record, a supervision record, a
supervisor's decision on a plan or closure. Each saves through services.cases; a refusal stays in
the dialog under the field it names (a refused move: under the stage, with the service's reason)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.cases import PRIORITIES, RISKS, SESSION_TYPES, STAGES
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.services.casework import cases, clients
from wulian_desk.services.context import Changes
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.record_dialog import RecordDialog

PICK_LIMIT = 20


def vocab_combo(vocab: dict, current: str | None = None, *, skip: tuple[str, ...] = ()) -> QComboBox:
    combo = QComboBox()
    for code in vocab:
        if code not in skip:
            combo.addItem(vocab_label(vocab, code), code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 12)
    return box


class ClientPicker(QWidget):
    """Find the client a new case is for: type a name, initials or number ending, pick one."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(self.tr("输入姓名、拼音首字母或证件尾号"))
        self.results = QListWidget()
        self.results.setObjectName("clientResults")
        self.results.setFixedHeight(self.results.fontMetrics().height() * 6)
        self.search.textChanged.connect(self.find)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)

    def find(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        ids = clients.client_ids(self.ctx, search=text)[:PICK_LIMIT]
        rows = clients.clients_by_id(self.ctx, ids)
        for client_id in ids:
            row = rows.get(client_id)
            if row is not None:
                item = QListWidgetItem(f"{row.name}  {row.id_number}  {row.unit_name}")
                item.setData(Qt.ItemDataRole.UserRole, client_id)
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def client_id(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class OpenCaseDialog(RecordDialog):
    REQUIRED = frozenset({"client_id", "title", "priority", "risk"})

    def __init__(self, ctx, *, client_id: str | None = None, client_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openCaseDialog")
        self.setWindowTitle(self.tr("开案"))
        self.ctx = ctx
        self.fixed_client = client_id
        self.picker = None
        if client_id is None:
            self.picker = ClientPicker(ctx)
            self.add_field("client_id", self.tr("服务对象"), self.picker)
        else:
            self.add_field("client_id", self.tr("服务对象"), QLabel(client_name))
        self.case_title = QLineEdit()
        self.case_title.setPlaceholderText(self.tr("如：独居老人生活照料"))
        self.priority = vocab_combo(PRIORITIES, "normal")
        self.risk = vocab_combo(RISKS, "low")
        self.review = DateEdit()
        self.supervisor = QComboBox()
        self.supervisor.addItem(self.tr("（暂不指定）"), None)
        from wulian_desk.services.station.accounts import supervisors

        for person in supervisors(ctx):
            self.supervisor.addItem(person.display_name, person.id)
        self.add_field("title", self.tr("个案主题"), self.case_title)
        self.add_field("priority", self.tr("优先级"), self.priority)
        self.add_field("risk", self.tr("风险等级"), self.risk)
        self.add_field("supervisor_id", self.tr("督导"), self.supervisor)
        self.add_field("next_review_on", self.tr("下次回顾日期"), self.review)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        client_id = self.fixed_client or (self.picker.client_id() if self.picker else None)
        if client_id is None:
            raise ValidationError(translate("ui.cases.dialogs", "请先找到并选中服务对象。"), field="client_id")
        ctx, fields = self.ctx, {
            "client_id": client_id, "title": self.case_title.text(), "priority": self.priority.currentData(),
            "risk": self.risk.currentData(), "supervisor_id": self.supervisor.currentData(),
            "next_review_on": self.review.date_value("next_review_on", self.tr("下次回顾日期")),
        }
        return lambda: cases.open_case(ctx, **fields)


class MoveDialog(RecordDialog):
    def __init__(self, ctx, case_id: str, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveDialog")
        self.setWindowTitle(self.tr("变更阶段"))
        self.ctx = ctx
        self.case_id = case_id
        self.current = stage
        self.add_field("current", self.tr("当前阶段"), QLabel(vocab_label(STAGES, stage)))
        self.target = vocab_combo(STAGES, skip=(stage,))
        self.referral_to = QLineEdit()
        self.referral_to.setPlaceholderText(self.tr("转介到的机构"))
        self.note = text_box(3)
        self.add_field("stage", self.tr("转到"), self.target)
        self.add_field("referral_to", self.tr("转介机构"), self.referral_to)
        self.add_field("note", self.tr("说明（重新开案须写原因）"), self.note)
        self.finish_layout()

    def choose(self, target: str) -> None:
        self.target.setCurrentIndex(max(0, self.target.findData(target)))

    def prepare(self) -> Callable[[], Changes]:
        note = self.note.toPlainText()
        ctx, case_id, target, referral_to = self.ctx, self.case_id, self.target.currentData(), self.referral_to.text()
        reopen_reason = note if self.current == "closed" else ""
        return lambda: cases.move_case(ctx, case_id, target, note=note, referral_to=referral_to,
                                       reopen_reason=reopen_reason)


HOME = "服务对象家中"  # the place a home visit starts with (kept as data, in Chinese, like the prints)


class SessionDialog(RecordDialog):
    """A session record: its place is one of the station's rooms (the case's community's first) or,
    for a home visit or anywhere else outside, a place typed in."""

    REQUIRED = frozenset({"on", "session_type", "content"})

    def __init__(self, ctx, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("添加服务记录"))
        self.ctx = ctx
        self.case_id = case_id
        self.on = DateEdit(date.today())
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.session_type = vocab_combo(SESSION_TYPES)
        place = QWidget()
        self.place_choice = QComboBox(place)
        self.place_choice.setObjectName("placeChoice")
        for room in cases.session_rooms(ctx, case_id):
            self.place_choice.addItem(f"{room.unit_name} · {room.name}", room.id)
        self.place_choice.addItem(self.tr("站外地点（家访等）"), None)
        self.outside_place = QLineEdit(place)
        self.outside_place.setObjectName("outsidePlace")
        self.outside_place.setPlaceholderText(self.tr("如：服务对象家中、社区广场"))
        self.outside_place.setMaxLength(60)
        row = QHBoxLayout(place)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place_choice, 3)
        row.addWidget(self.outside_place, 2)
        self.place_choice.currentIndexChanged.connect(self._place_chosen)
        self.session_type.currentIndexChanged.connect(self._type_chosen)
        self._place_chosen()
        self.content = text_box(5)
        self.next_steps = text_box(3)
        self.add_field("on", self.tr("服务日期"), self.on)
        self.add_field("minutes", self.tr("时长"), self.minutes)
        self.add_field("session_type", self.tr("服务方式"), self.session_type)
        self.add_field("place", self.tr("地点"), place)
        self.add_field("content", self.tr("服务内容"), self.content)
        self.add_field("next_steps", self.tr("下一步计划"), self.next_steps)
        self.finish_layout()

    def outside(self) -> bool:
        return self.place_choice.currentData() is None

    def _place_chosen(self, *_args) -> None:
        self.outside_place.setEnabled(self.outside())

    def _type_chosen(self, *_args) -> None:
        if self.session_type.currentData() == "home_visit":  # at the client's home, not in a room
            self.place_choice.setCurrentIndex(self.place_choice.count() - 1)
            if not self.outside_place.text().strip():
                self.outside_place.setText(HOME)

    def prepare(self) -> Callable[[], Changes]:
        on = self.on.date_value("on", self.tr("服务日期"))
        if on is None:
            raise ValidationError(translate("ui.cases.dialogs", "请填写服务日期。"), field="on")
        outside = self.outside()
        ctx, case_id, fields = self.ctx, self.case_id, {
            "on": on, "minutes": self.minutes.value(), "session_type": self.session_type.currentData(),
            "content": self.content.toPlainText(), "next_steps": self.next_steps.toPlainText(),
            "room_id": None if outside else self.place_choice.currentData(),
            "place": self.outside_place.text() if outside else "",
        }
        return lambda: cases.add_session(ctx, case_id, **fields)


class SupervisionDialog(RecordDialog):
    REQUIRED = frozenset({"notes"})

    def __init__(self, ctx, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionDialog")
        self.setWindowTitle(self.tr("添加督导记录"))
        self.ctx = ctx
        self.case_id = case_id
        self.on = DateEdit(date.today())
        self.notes = text_box(6)
        self.add_field("on", self.tr("督导日期"), self.on)
        self.add_field("notes", self.tr("督导记录"), self.notes)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        on = self.on.date_value("on", self.tr("督导日期")) or date.today()
        ctx, case_id, notes = self.ctx, self.case_id, self.notes.toPlainText()
        return lambda: cases.add_supervision(ctx, case_id, on=on, notes=notes)


class DecisionDialog(RecordDialog):
    """A supervisor approves, or returns with comments, a service plan or a closure form."""

    def __init__(self, ctx, form_record_id: str, *, approve: bool, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle((self.tr("审批同意：%1") if approve else self.tr("退回修改：%1")).replace("%1", what))
        self.ctx = ctx
        self.record_id = form_record_id
        self.approve = approve
        self.comments = text_box(4)
        self.add_field("comments", self.tr("审批意见") if approve else self.tr("退回意见"), self.comments,
                       required=not approve)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, record_id, approve, comments = self.ctx, self.record_id, self.approve, self.comments.toPlainText()
        return lambda: cases.decide(ctx, record_id, approve=approve, comments=comments)
