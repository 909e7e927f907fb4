"""Project dialogs: a new project at 需求评估, the agreement and evaluation terms, an indicator,
and a move to another stage, recorded with the current user as approver. A skipped stage or a
missing prerequisite is refused with the service's reason under the stage."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import parse_yuan
from wulian_desk.core.projects import ORDER, STAGES
from wulian_desk.services import projects
from wulian_desk.services.context import Changes
from wulian_desk.ui.facilities.record_dialog import RecordDialog
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import vocab_label


def _fen(edit: QLineEdit, field: str) -> int:
    try:
        return parse_yuan(edit.text()) or 0
    except ValidationError as err:
        raise ValidationError(str(err), err.english, field=field) from None


def _text_box(text: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 12)
    return box


class ProjectDialog(RecordDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self.setWindowTitle(self.tr("新建项目（需求评估）"))
        self.ctx = ctx
        self.name = QLineEdit()
        self.needs = _text_box(lines=4)
        self.budget = QLineEdit()
        self.add_field("name", self.tr("项目名称"), self.name)
        self.add_field("needs", self.tr("社区征集到的服务需求"), self.needs)
        self.add_field("budget_fen", self.tr("预算（元）"), self.budget)
        self.finish_layout()

    def save(self) -> Changes:
        return projects.create_project(self.ctx, name=self.name.text(), needs=self.needs.toPlainText(),
                                       budget_fen=_fen(self.budget, "budget_fen"))


class TermsDialog(RecordDialog):
    """签订协议 terms (agency, amount, period) and 评估验收 (report, score, accepted); blank fields
    are left as they are."""

    def __init__(self, ctx, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("协议与评估"))
        self.ctx = ctx
        self.project_id = project_id
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(self.tr("承接的社会工作服务机构名称"))
        # Known agencies complete as you type; a new name registers a new agency on save.
        self.known_agencies = projects.agencies(ctx)
        completer = QCompleter(list(self.known_agencies), self.agency)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.agency.setCompleter(completer)
        self.contract = QLineEdit()
        self.period_from, self.period_to = DateEdit(), DateEdit()
        self.report = _text_box()
        self.score = QDoubleSpinBox()
        self.score.setRange(-1, 100)
        self.score.setSpecialValueText(self.tr("（未评分）"))
        self.score.setValue(-1)
        self.accepted = QCheckBox(self.tr("验收通过"))
        for field, caption, widget in (
            ("agency_id", self.tr("承接机构"), self.agency), ("contract_fen", self.tr("协议金额（元）"), self.contract),
            ("period_from", self.tr("服务期限自"), self.period_from), ("period_to", self.tr("至"), self.period_to),
            ("report", self.tr("评估报告"), self.report), ("score", self.tr("评分"), self.score),
            ("accepted", self.tr("验收"), self.accepted),
        ):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def fields(self) -> dict:
        out: dict = {}
        if fen := _fen(self.contract, "contract_fen"):
            out["contract_fen"] = fen
        for key, edit, label in (("period_from", self.period_from, "服务期限"), ("period_to", self.period_to, "服务期限")):
            if (day := edit.date_value(key, label)) is not None:
                out[key] = day
        if report := self.report.toPlainText().strip():
            out["report"] = report
        if self.score.value() >= 0:
            out["score"] = self.score.value()
            out["accepted"] = self.accepted.isChecked()
        return out

    def save(self) -> Changes:
        fields = self.fields()
        if name := self.agency.text().strip():
            fields["agency_id"] = self.known_agencies.get(name) or projects.create_agency(self.ctx, name=name).ids[0]
        return projects.update_project(self.ctx, self.project_id, **fields)


class IndicatorDialog(RecordDialog):
    def __init__(self, ctx, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加绩效指标"))
        self.ctx = ctx
        self.project_id = project_id
        self.name, self.unit = QLineEdit(), QLineEdit()
        self.target = QDoubleSpinBox()
        self.target.setRange(0, 1_000_000)
        self.add_field("name", self.tr("指标名称"), self.name)
        self.add_field("target", self.tr("目标值"), self.target)
        self.add_field("unit", self.tr("单位"), self.unit)
        self.finish_layout()

    def save(self) -> Changes:
        return projects.add_indicator(self.ctx, self.project_id, name=self.name.text(), target=self.target.value(),
                                      unit=self.unit.text())


class MoveDialog(RecordDialog):
    """Move the project to a stage (the next one is offered); the approver is who is logged in."""

    def __init__(self, ctx, project_id: str, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("推进项目阶段"))
        self.ctx = ctx
        self.project_id = project_id
        self.stage = QComboBox()
        for code in ORDER:
            self.stage.addItem(vocab_label(STAGES, code), code)
        following = ORDER[min(ORDER.index(stage) + 1, len(ORDER) - 1)]
        self.stage.setCurrentIndex(ORDER.index(following))
        self.on = DateEdit(date.today())
        self.documents = QLineEdit()
        self.documents.setPlaceholderText(self.tr("文件名，用逗号分隔"))
        self.note = _text_box()
        self.add_field("stage", self.tr("推进到"), self.stage)
        self.add_field("on", self.tr("日期"), self.on)
        self.add_field("documents", self.tr("附件"), self.documents)
        self.add_field("note", self.tr("说明"), self.note)
        self.finish_layout()

    def choose(self, stage: str) -> None:
        self.stage.setCurrentIndex(self.stage.findData(stage))

    def save(self) -> Changes:
        documents = tuple(d for d in self.documents.text().replace("，", ",").split(","))
        return projects.move_project(self.ctx, self.project_id, self.stage.currentData(),
                                     on=self.on.date_value("on", "日期"), documents=documents,
                                     note=self.note.toPlainText())
