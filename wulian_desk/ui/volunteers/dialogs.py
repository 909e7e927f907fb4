"""Volunteer dialogs: registering one (with consent), correcting a service record (the earlier
value stays in the history), and the period of a certificate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from wulian_desk.core.volunteers import VolunteerInput
from wulian_desk.services.context import Changes
from wulian_desk.services.volunteering import service_hours, volunteers
from wulian_desk.ui.activities.dialogs import hours_box
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.groups.dialogs import required_date
from wulian_desk.ui.widgets.id_number import IdDerivation, gender_combo, id_number_edit
from wulian_desk.ui.widgets.record_dialog import RecordDialog


class VolunteerDialog(RecordDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerDialog")
        self.setWindowTitle(self.tr("登记志愿者"))
        self.ctx = ctx
        self.name = QLineEdit()
        self.gender = gender_combo()
        self.id_number = id_number_edit()
        self.derivation = IdDerivation(self.id_number, self.gender)
        self.national_number = QLineEdit()
        self.national_number.setMaxLength(32)
        self.national_number.setPlaceholderText(self.tr("选填：全国志愿服务信息系统的编号"))
        self.phone = QLineEdit()
        self.residence_area = QLineEdit()
        self.skills = QLineEdit()
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False, current=ctx.station_id)
        self.consent_on = DateEdit(date.today())
        self.add_field("name", self.tr("姓名"), self.name)
        self.add_field("gender", self.tr("性别"), self.gender)
        self.add_field("id_number", self.tr("身份证件号码"), self.id_number)
        self.add_field("national_number", self.tr("志愿者统一编号"), self.national_number)
        self.add_field("phone", self.tr("联系方式"), self.phone)
        self.add_field("residence_area", self.tr("居住区域"), self.residence_area)
        self.add_field("skills", self.tr("专业技能"), self.skills)
        self.add_field("org_unit_id", self.tr("所属站点或社区"), self.unit)
        self.add_field("consent_on", self.tr("本人同意登记的日期"), self.consent_on)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, data = self.ctx, VolunteerInput(
            name=self.name.text(), gender=self.gender.currentData() or "", org_unit_id=self.unit.currentData() or "",
            consent_on=required_date(self.consent_on, "consent_on", self.tr("同意日期")), id_number=self.id_number.text().strip(),
            phone=self.phone.text(), residence_area=self.residence_area.text(), skills=self.skills.text(),
            national_number=self.national_number.text())
        return lambda: volunteers.create_volunteer(ctx, data)


class CorrectionDialog(RecordDialog):
    def __init__(self, ctx, record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("更正服务记录"))
        self.ctx = ctx
        self.record_id = record.id
        self.hours = hours_box(record.minutes / 60)
        self.reason = QLineEdit()
        self.add_field("hours", self.tr("时长（小时）"), self.hours)
        self.add_field("reason", self.tr("更正原因"), self.reason)
        self.finish_layout()

    def draft_key(self) -> str | None:
        return f"{self.objectName()}:{self.record_id}"

    def prepare(self) -> Callable[[], Changes]:
        ctx, record_id, reason, hours = self.ctx, self.record_id, self.reason.text(), self.hours.value()
        return lambda: service_hours.correct_service_record(ctx, record_id, reason=reason, hours=hours)


class CertificatePeriodDialog(RecordDialog):
    """The period a certificate covers: blank "from" means since the first record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatePeriodDialog")
        self.setWindowTitle(self.tr("出具志愿服务记录证明"))
        self.ok_button.setText(self.tr("选择保存位置…"))
        self.period_from = DateEdit()
        self.period_to = DateEdit(date.today())
        self.add_field("period_from", self.tr("起始日期（空：首次服务起）"), self.period_from)
        self.add_field("period_to", self.tr("截止日期"), self.period_to)
        self.finish_layout()
        self.period: tuple[date | None, date | None] = (None, None)

    def prepare(self) -> None:
        """Only asks: the period is read (a bad date named under its field) and nothing is written."""
        self.period = (self.period_from.date_value("period_from", self.tr("起始日期")),
                       self.period_to.date_value("period_to", self.tr("截止日期")))
