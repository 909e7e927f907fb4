"""The terms and the money of a project: the agreement (agency, amount, period), its indicators
with their targets, what was measured, what was spent, and the evaluation. Each dialog opens with
what is recorded now; the service refuses what the stage does not allow, or spending beyond the
agreed amount, and the dialog stays open with the reason under the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QCompleter, QDoubleSpinBox, QLabel, QLineEdit, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes
from wulian_desk.services.parties import projects
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.projects.dialogs import fen_of, text_box, yuan_text
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def number_box(maximum: float = 1_000_000_000, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(decimals)
    box.setGroupSeparatorShown(False)
    return box


class AgreementDialog(RecordDialog):
    """签订协议: the agency that takes the project (a known one completes as you type; a new name
    registers it), the agreed amount and the service period."""

    def __init__(self, ctx, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("协议条款"))
        self.ctx = ctx
        self.row = view.project
        self.agency = QLineEdit(view.agency_name)
        self.agency.setPlaceholderText(self.tr("承接的社会工作服务机构名称"))
        completer = QCompleter(list(projects.agencies(ctx)), self.agency)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.agency.setCompleter(completer)
        self.contract = QLineEdit(yuan_text(self.row.contract_fen))
        self.period_from, self.period_to = DateEdit(self.row.period_from), DateEdit(self.row.period_to)
        for field, caption, widget in (
            ("agency_id", self.tr("承接机构"), self.agency), ("contract_fen", self.tr("协议金额（元）"), self.contract),
            ("period_from", self.tr("服务期限自"), self.period_from), ("period_to", self.tr("至"), self.period_to),
        ):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, project_id, fields = self.ctx, self.row.id, {
            "agency_name": self.agency.text(), "contract_fen": fen_of(self.contract, "contract_fen"),
            "period_from": self.period_from.date_value("period_from", self.tr("服务期限")),
            "period_to": self.period_to.date_value("period_to", self.tr("服务期限"))}
        return lambda: projects.set_agreement(ctx, project_id, **fields)


class IndicatorDialog(RecordDialog):
    """A performance indicator of the agreement and its target; with `row`, that one changed."""

    REQUIRED = frozenset({"name"})

    def __init__(self, ctx, project_id: str, *, row=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改绩效指标") if row else self.tr("添加绩效指标"))
        self.ctx = ctx
        self.project_id = project_id
        self.row = row
        self.name, self.unit = QLineEdit(row.name if row else ""), QLineEdit(row.unit if row else "")
        self.target = number_box(1_000_000)
        if row is not None:
            self.target.setValue(row.target)
        self.add_field("name", self.tr("指标名称"), self.name)
        self.add_field("target", self.tr("目标值"), self.target)
        self.add_field("unit", self.tr("单位"), self.unit)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, fields = self.ctx, {"name": self.name.text(), "target": self.target.value(), "unit": self.unit.text()}
        if self.row is not None:
            indicator_id = self.row.id
            return lambda: projects.update_indicator(ctx, indicator_id, **fields)
        project_id = self.project_id
        return lambda: projects.add_indicator(ctx, project_id, **fields)


class MeasureDialog(RecordDialog):
    """What was measured of one indicator so far, against its target."""

    def __init__(self, ctx, indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记实测值"))
        self.ctx = ctx
        self.indicator = indicator
        target = QLabel(self.tr("%1：目标 %2 %3").replace("%1", indicator.name).replace("%2", f"{indicator.target:g}")
                        .replace("%3", indicator.unit))
        self.actual = number_box(1_000_000)
        if indicator.actual is not None:
            self.actual.setValue(indicator.actual)
        self.add_field("indicator", self.tr("指标"), target)
        self.add_field("actual", self.tr("实测值"), self.actual)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, indicator_id, actual = self.ctx, self.indicator.id, self.actual.value()
        return lambda: projects.measure_indicator(ctx, indicator_id, actual)


class SpendingDialog(RecordDialog):
    """Money spent under the agreement; more than the agreed amount in all is refused."""

    REQUIRED = frozenset({"amount_fen", "purpose"})

    def __init__(self, ctx, project_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spendingDialog")
        self.setWindowTitle(self.tr("登记项目支出"))
        self.ctx = ctx
        self.project_id = project_id
        self.amount, self.purpose = QLineEdit(), QLineEdit()
        self.spent_on = DateEdit(date.today())
        self.add_field("amount_fen", self.tr("金额（元）"), self.amount)
        self.add_field("spent_on", self.tr("支出日期"), self.spent_on)
        self.add_field("purpose", self.tr("用途"), self.purpose)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return f"spendingDialog:{self.project_id}"

    def prepare(self) -> Callable[[], Changes]:
        day = self.spent_on.date_value("spent_on", self.tr("支出日期"))
        if day is None:
            raise ValidationError(translate("ui.projects.terms", "请填写支出日期。"), field="spent_on")
        ctx, project_id, fields = self.ctx, self.project_id, {
            "amount_fen": fen_of(self.amount, "amount_fen"), "spent_on": day, "purpose": self.purpose.text()}
        return lambda: projects.add_spending(ctx, project_id, **fields)


class EvaluationDialog(RecordDialog):
    """评估验收: the third party's report, the score and whether the project is accepted."""

    def __init__(self, ctx, row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("评估验收"))
        self.ctx = ctx
        self.project_id = row.id
        self.report = text_box(row.report, lines=5)
        self.score = QDoubleSpinBox()
        self.score.setRange(-1, 100)
        self.score.setDecimals(1)
        self.score.setSpecialValueText(self.tr("（未评分）"))
        self.score.setValue(-1 if row.score is None else row.score)
        self.accepted = QCheckBox(self.tr("验收通过"))
        self.accepted.setChecked(bool(row.accepted))
        self.add_field("report", self.tr("评估报告"), self.report)
        self.add_field("score", self.tr("评分"), self.score)
        self.add_field("accepted", self.tr("验收"), self.accepted)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        scored = self.score.value() >= 0
        ctx, project_id, fields = self.ctx, self.project_id, {
            "report": self.report.toPlainText(), "score": self.score.value() if scored else None,
            "accepted": self.accepted.isChecked() if scored else None}
        return lambda: projects.update_project(ctx, project_id, **fields)
