"""Staff dialogs: a new member of staff, a changed certificate, a course attended by the staff
chosen in the list, and an entry of the yearly operating funds (received, or spent: never more
than is left, the service says how much is)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes
from wulian_desk.services.parties import staffing
from wulian_desk.ui.charity.dialogs import required_day
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.organisations.dialog import vocab_combo
from wulian_desk.ui.projects.dialogs import fen_of
from wulian_desk.ui.widgets.record_dialog import RecordDialog


class StaffDialog(RecordDialog):
    REQUIRED = frozenset({"name", "post", "certificate"})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("新增工作人员"))
        self.ctx = ctx
        self.name, self.post, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False)
        self.certificate = vocab_combo(staffing.CERTIFICATES)
        for field, caption, widget in (("name", self.tr("姓名"), self.name), ("post", self.tr("岗位"), self.post),
                                       ("org_unit_id", self.tr("工作站点"), self.unit),
                                       ("certificate", self.tr("职业资格证书"), self.certificate),
                                       ("phone", self.tr("联系电话"), self.phone)):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, fields = self.ctx, {"name": self.name.text(), "post": self.post.text(),
                                 "org_unit_id": self.unit.currentData(), "certificate": self.certificate.currentData(),
                                 "phone": self.phone.text()}
        return lambda: staffing.add_staff(ctx, **fields)


class CertificateDialog(RecordDialog):
    """The professional certificate someone holds now (they passed an exam, or it was entered wrong)."""

    REQUIRED = frozenset({"certificate"})

    def __init__(self, ctx, staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("变更职业资格证书"))
        self.ctx = ctx
        self.staff_id = staff.id
        self.certificate = vocab_combo(staffing.CERTIFICATES, staff.certificate)
        self.add_field("staff", self.tr("工作人员"), QLabel(staff.name))
        self.add_field("certificate", self.tr("职业资格证书"), self.certificate)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, staff_id, certificate = self.ctx, self.staff_id, self.certificate.currentData()
        return lambda: staffing.set_certificate(ctx, staff_id, certificate)


class TrainingDialog(RecordDialog):
    """One course, recorded for each of the staff chosen in the list."""

    REQUIRED = frozenset({"staff", "name", "held_on", "organiser"})

    def __init__(self, ctx, staff_ids: list[str], names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记培训"))
        self.ctx = ctx
        self.staff_ids = staff_ids
        who = QLabel(self.tr("、").join(names))
        who.setWordWrap(True)
        self.name, self.organiser = QLineEdit(), QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 500)
        self.hours.setDecimals(1)
        self.held_on = DateEdit(date.today())
        for field, caption, widget in (("staff", self.tr("参训人员"), who), ("name", self.tr("培训名称"), self.name),
                                       ("hours", self.tr("课时"), self.hours), ("held_on", self.tr("培训日期"), self.held_on),
                                       ("organiser", self.tr("举办单位"), self.organiser)):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, staff_ids, fields = self.ctx, list(self.staff_ids), {
            "name": self.name.text(), "hours": self.hours.value(),
            "held_on": required_day(self.held_on, "held_on", self.tr("培训日期")), "organiser": self.organiser.text()}
        return lambda: staffing.add_training(ctx, staff_ids, **fields)


class OperatingFundDialog(RecordDialog):
    """运行经费 received or spent by a station or room in a year."""

    REQUIRED = frozenset({"entry", "amount_fen"})

    def __init__(self, ctx, *, year: int, org_unit_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatingFundDialog")
        self.setWindowTitle(self.tr("登记运行经费收支"))
        self.ctx = ctx
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False, current=org_unit_id)
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year)
        self.year.setValue(min(year, date.today().year))
        self.entry = vocab_combo(staffing.FUND_ENTRIES)
        self.amount, self.note = QLineEdit(), QLineEdit()
        self.on = DateEdit(date.today() if self.year.value() == date.today().year else date(self.year.value(), 12, 31))
        for field, caption, widget in (("org_unit_id", self.tr("站点或社工室"), self.unit), ("year", self.tr("年度"), self.year),
                                       ("entry", self.tr("收支"), self.entry), ("amount_fen", self.tr("金额（元）"), self.amount),
                                       ("on", self.tr("日期"), self.on), ("note", self.tr("说明"), self.note)):
            self.add_field(field, caption, widget)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        if self.unit.currentData() is None:
            raise ValidationError(translate("ui.staff.dialogs", "请选择站点或社工室。"), field="org_unit_id")
        ctx, fields = self.ctx, {
            "org_unit_id": self.unit.currentData(), "year": self.year.value(), "entry": self.entry.currentData(),
            "amount_fen": fen_of(self.amount, "amount_fen"), "on": required_day(self.on, "on", self.tr("日期")),
            "note": self.note.text()}
        return lambda: staffing.record_operating_funds(ctx, **fields)
