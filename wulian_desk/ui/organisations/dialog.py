"""Register or edit a community social organisation; a refused save shows its reason under the
field it names (no community, no registration number, no filing date...)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from wulian_desk.core.organisations import ORG_TYPES, STATUSES, OrganisationInput
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes
from wulian_desk.services.parties import organisations
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def vocab_combo(vocab, current: str | None = None) -> QComboBox:
    combo = QComboBox()
    for code in vocab:
        combo.addItem(vocab_label(vocab, code), code)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class OrganisationDialog(RecordDialog):
    REQUIRED = frozenset({"name", "org_unit_id", "org_type", "status", "leader"})

    def __init__(self, ctx, *, row=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("编辑社区社会组织") if row else self.tr("登记社区社会组织"))
        self.ctx = ctx
        self.row = row  # the Organisation being edited (phone masked: left blank unless retyped)
        self.name = QLineEdit(row.name if row else "")
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False, current=row.org_unit_id if row else None)
        if row is None:
            self.unit.insertItem(0, self.tr("（请选择社区）"), "")
            self.unit.setCurrentIndex(0)
        self.org_type = vocab_combo(ORG_TYPES, row.org_type if row else None)
        self.status = vocab_combo(STATUSES, row.status if row else None)
        self.registration_number = QLineEdit(row.registration_number if row else "")
        self.filed_on = DateEdit(row.filed_on if row else None)
        self.leader = QLineEdit(row.leader if row else "")
        self.phone = QLineEdit("")
        self.phone.setPlaceholderText(row.phone if row else "")
        self.members = QSpinBox()
        self.members.setRange(0, 100_000)
        self.members.setValue(row.members if row else 0)
        self.charter = QPlainTextEdit(row.charter if row else "")
        self.charter.setTabChangesFocus(True)
        self.charter.setFixedHeight(self.fontMetrics().height() * 4)
        self.brand_organisation = QCheckBox(self.tr("品牌社区社会组织"))
        self.brand_organisation.setChecked(bool(row and row.brand_organisation))
        self.brand_project = QLineEdit(row.brand_project if row else "")
        self.federation_member = QCheckBox(self.tr("已加入社区社会组织联合会"))
        self.federation_member.setChecked(bool(row and row.federation_member))
        for field, caption, widget in (
            ("name", self.tr("组织名称"), self.name), ("org_unit_id", self.tr("所在社区"), self.unit),
            ("org_type", self.tr("类型"), self.org_type), ("status", self.tr("登记或备案"), self.status),
            ("registration_number", self.tr("登记证号"), self.registration_number),
            ("filed_on", self.tr("备案日期"), self.filed_on), ("leader", self.tr("负责人"), self.leader),
            ("phone", self.tr("联系电话"), self.phone), ("members", self.tr("成员人数"), self.members),
            ("charter", self.tr("简易章程"), self.charter), ("brand_organisation", self.tr("品牌"), self.brand_organisation),
            ("brand_project", self.tr("品牌项目"), self.brand_project),
            ("federation_member", self.tr("联合会"), self.federation_member),
        ):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def data(self) -> OrganisationInput:
        phone = self.phone.text().strip() or (self.row.phone if self.row is not None else "")
        return OrganisationInput(
            name=self.name.text(), org_unit_id=self.unit.currentData() or "", org_type=self.org_type.currentData(),
            status=self.status.currentData(), leader=self.leader.text(),
            registration_number=self.registration_number.text(), filed_on=self.filed_on.date_value("filed_on", self.tr("备案日期")),
            phone=phone, members=self.members.value(), charter=self.charter.toPlainText(),
            brand_organisation=self.brand_organisation.isChecked(), brand_project=self.brand_project.text(),
            federation_member=self.federation_member.isChecked(), founded_on=self.row.founded_on if self.row else None)

    def prepare(self) -> Callable[[], Changes]:
        ctx, data = self.ctx, self.data()
        if self.row is None:
            return lambda: organisations.create_organisation(ctx, data)
        organisation_id = self.row.id
        return lambda: organisations.update_organisation(ctx, organisation_id, data)


class EvaluationDialog(RecordDialog):
    """评估评议 of one year."""

    REQUIRED = frozenset({"result"})

    def __init__(self, ctx, organisation_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from datetime import date

        from wulian_desk.core.organisations import EVALUATION_RESULTS

        self.setWindowTitle(self.tr("年度评估评议"))
        self.ctx = ctx
        self.organisation_id = organisation_id
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year)
        self.year.setValue(date.today().year)
        self.result = vocab_combo(EVALUATION_RESULTS)
        self.evaluated_on = DateEdit(date.today())
        self.comments = QPlainTextEdit()
        self.comments.setTabChangesFocus(True)
        self.comments.setFixedHeight(self.fontMetrics().height() * 3)
        self.add_field("year", self.tr("评议年度"), self.year)
        self.add_field("result", self.tr("评议结果"), self.result)
        self.add_field("evaluated_on", self.tr("评议日期"), self.evaluated_on)
        self.add_field("comments", self.tr("评议意见"), self.comments)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        from wulian_desk.core.errors import ValidationError

        day = self.evaluated_on.date_value("evaluated_on", self.tr("评议日期"))
        if day is None:
            raise ValidationError(translate("ui.organisations.dialog", "请填写评议日期。"), field="evaluated_on")
        ctx, organisation_id, fields = self.ctx, self.organisation_id, {
            "year": self.year.value(), "result": self.result.currentData(), "evaluated_on": day,
            "comments": self.comments.toPlainText()}
        return lambda: organisations.evaluate(ctx, organisation_id, **fields)
