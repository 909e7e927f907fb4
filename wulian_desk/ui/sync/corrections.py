"""更正请求: the county asks a station to correct one of its records (it never overwrites it); the
station answers, corrected or declined with a reason. Both travel with the next bundle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.services.context import Changes
from wulian_desk.services.sync import corrections, sync
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import labels
from wulian_desk.ui.sync.transfer import note
from wulian_desk.ui.widgets.key_table import KeyTable
from wulian_desk.ui.widgets.record_dialog import RecordDialog

FIND_DELAY_MS = 200


def _text_box(height_lines: int, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(parent.fontMetrics().height() * height_lines + 12)
    return box


class AnswerDialog(RecordDialog):
    """The station's answer to one request."""

    def __init__(self, ctx, row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionAnswerDialog")
        self.setWindowTitle(self.tr("答复更正请求"))
        self.ctx = ctx
        self.request = row
        asked = QLabel(self.tr("%1 请求更正%2 %3：\n%4").replace("%1", row.requested_by)
                       .replace("%2", labels.table(row.record_table)).replace("%3", row.record_label or row.record_id)
                       .replace("%4", row.message))
        asked.setObjectName("requestText")
        asked.setWordWrap(True)
        self.form.addRow(asked)
        self.status = QComboBox()
        for code in ("corrected", "declined"):
            self.status.addItem(labels.correction_state(code), code)
        self.text = _text_box(4, self)
        self.text.setPlaceholderText(self.tr("改了什么；不予更正时请说明理由"))
        self.add_field("status", self.tr("答复"), self.status)
        self.add_field("answer", self.tr("说明"), self.text)
        self.finish_layout()

    def draft_key(self) -> None:
        return None

    def prepare(self) -> Callable[[], Changes]:
        ctx, request_id, status, text = self.ctx, self.request.id, self.status.currentData(), self.text.toPlainText()
        return lambda: corrections.answer(ctx, request_id, status=status, text=text)


class RequestDialog(RecordDialog):
    """The county asks one station to correct one record."""

    REQUIRED = frozenset({"record_id", "message"})

    def __init__(self, ctx, stations: list, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent, runner=runner)
        self.setObjectName("correctionRequestDialog")
        self.pending: tuple | None = None  # the list asked for and not yet shown
        self.setWindowTitle(self.tr("提出更正请求"))
        self.ctx = ctx
        self.station = QComboBox()
        for peer in stations:
            if self.station.findData(peer.station_id) < 0:
                self.station.addItem(peer.name, peer.station_id)
        self.kind = QComboBox()
        for name in corrections.RECORD_LABELS:
            self.kind.addItem(labels.table(name), name)
        # The record is picked from those the station reported, found by a piece of its label.
        self.find = QLineEdit()
        self.find.setObjectName("findRecord")
        self.find.setPlaceholderText(self.tr("输入编号、姓名或名称查找"))
        self.record = QComboBox()
        self.finding = QTimer(self)
        self.finding.setSingleShot(True)
        self.finding.setInterval(FIND_DELAY_MS)
        self.finding.timeout.connect(self.load_choices)
        self.find.textChanged.connect(self.finding.start)
        self.station.currentIndexChanged.connect(self.load_choices)
        self.kind.currentIndexChanged.connect(self.load_choices)
        self.message = _text_box(4, self)
        self.message.setPlaceholderText(self.tr("哪里需要更正，依据是什么"))
        self.add_field("station_id", self.tr("站点"), self.station)
        self.add_field("record_table", self.tr("记录类型"), self.kind)
        self.add_field("find_record", self.tr("查找记录"), self.find)
        self.add_field("record_id", self.tr("记录"), self.record)
        self.add_field("message", self.tr("更正说明"), self.message)
        self.finish_layout()
        self.load_choices()

    def _asked(self) -> tuple | None:
        station_id, kind = self.station.currentData(), self.kind.currentData()
        return (station_id, kind, self.find.text()) if station_id and kind else None

    def _choices(self, asked: tuple) -> list[tuple[str, str]]:
        station_id, kind, text = asked
        return corrections.record_choices(self.ctx, station_id=station_id, record_table=kind, text=text)

    def load_choices(self) -> None:
        """The station's records of the chosen kind whose label holds what is typed (a screenful),
        read in the task runner: a kind with a hundred thousand records takes a moment to sort."""
        self.finding.stop()
        asked = self._asked()
        self.pending = asked
        if asked is None:
            self._show_choices(None, [])
            return
        self.runner.run(lambda _p: (asked, self._choices(asked)), on_done=lambda found: self._show_choices(*found),
                        on_error=self.errors.show, parent=self)

    def _show_choices(self, asked: tuple | None, choices: list[tuple[str, str]]) -> None:
        if asked != self.pending:
            return  # typed on since: a newer list is on its way
        self.pending = None
        self.record.clear()
        for record_id, label in choices:
            self.record.addItem(label, record_id)

    def draft_key(self) -> None:
        return None

    def prepare(self) -> Callable[[], Changes]:
        asked = None
        if self.finding.isActive() or self.pending is not None:  # OK before the list caught up:
            self.load_choices()  # it catches up on screen, and the write takes its first record
            asked = self.pending
        ctx, record_id, fields = self.ctx, self.record.currentData() or "", {
            "station_id": self.station.currentData() or "", "record_table": self.kind.currentData(),
            "message": self.message.toPlainText()}

        def request() -> Changes:
            chosen = record_id
            if asked is not None:
                choices = corrections.record_choices(ctx, station_id=asked[0], record_table=asked[1], text=asked[2])
                chosen = choices[0][0] if choices else ""
            return corrections.request(ctx, record_id=chosen, **fields)

        return request


class CorrectionsTab(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, *, county: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.county = county
        self.may_request = county and ctx.may("correction", "request")
        self.may_answer = not county and ctx.may("correction", "answer")
        self.rows: list = []
        self.stations: list = []
        self.table = KeyTable([self.tr("站点"), self.tr("记录类型"), self.tr("记录"), self.tr("更正说明"),
                               self.tr("提出人"), self.tr("提出日期"), self.tr("状态"), self.tr("答复人"), self.tr("答复")],
                              "correctionsTable", widest=360, tip_over=30)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.answer())
        self.open_only = QCheckBox(self.tr("只看未答复的"))
        self.open_only.setObjectName("openOnly")
        self.open_only.toggled.connect(lambda _on: self.load())
        self.answer_button = QPushButton(self.tr("答复…"))
        self.answer_button.setObjectName("answerCorrection")
        self.answer_button.clicked.connect(self.answer)
        if not self.may_answer:
            self.answer_button.hide()  # shown with its parent otherwise
        self.request_button = QPushButton(self.tr("提出更正请求…"))
        self.request_button.setObjectName("requestCorrection")
        self.request_button.clicked.connect(self.make_request)
        if not self.may_request:
            self.request_button.hide()  # shown with its parent otherwise
        self.status = note("", "correctionsStatus")
        bar = QHBoxLayout()
        bar.addWidget(self.request_button)
        bar.addWidget(self.answer_button)
        bar.addWidget(self.open_only)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("总站发现站点上报的记录有误时，请站点更正，而不是直接修改。请求随下一个发往站点的数据包送达；"
                                      "站点的答复随下一个上报的数据包送回。") if county else
                              self.tr("县级总站请本站更正的记录。请更正后答复“已更正”，或说明理由答复“不予更正”；"
                                      "答复随下一个上报的数据包送达总站。")))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_buttons()

    def load(self) -> None:
        ctx, open_only = self.ctx, self.open_only.isChecked()
        self.runner.run(lambda _p: corrections.list_requests(ctx, open_only=open_only), on_done=self._show, parent=self)
        if self.may_request:
            self.runner.run(lambda _p: [p for p in sync.list_peers(ctx) if p.relation == "station" and p.status == "active"],
                            on_done=self._stations_loaded, parent=self)

    def _stations_loaded(self, stations: list) -> None:
        self.stations = stations
        self._update_buttons()

    def _show(self, rows: list) -> None:
        current = self.table.current_key()
        self.rows = rows
        self.table.fill([(r.id, [r.station_name, labels.table(r.record_table), r.record_label or r.record_id, r.message,
                                 r.requested_by,
                                 r.requested_on.isoformat(), labels.correction_state(r.status), r.answered_by,
                                 r.answer]) for r in rows])
        if current:
            self.table.select_key(current)
        self._update_buttons()

    def clear(self) -> None:
        self.rows = []
        self.table.fill([])
        self.status.clear()

    def selected(self):
        key = self.table.current_key()
        return next((r for r in self.rows if r.id == key), None)

    def _update_buttons(self) -> None:
        self.answer_button.setEnabled(self.may_answer and self.selected() is not None)
        self.request_button.setEnabled(self.may_request and bool(self.stations))

    def answer(self) -> None:
        row = self.selected()
        if row is None or not self.may_answer:
            return
        dialog = AnswerDialog(self.ctx, row, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self.status.setText(self.tr("已答复，将随下一个上报的数据包送达总站。"))
            self._changed(dialog.changes)

    def make_request(self) -> None:
        if not self.may_request or not self.stations:
            return
        dialog = RequestDialog(self.ctx, self.stations, self.runner, parent=self)
        if dialog.exec() and dialog.changes is not None:
            self.status.setText(self.tr("已记录更正请求，将随下一个发往该站点的数据包送达。"))
            self._changed(dialog.changes)

    def _changed(self, changes: Changes) -> None:
        emit(self.changed, changes)
        self.load()
