"""Charity dialogs: a donor, a fund or charity supermarket, a donation in (cash or goods into
stock), money allocated out to a client, an activity or a project (goods go out through
stock_out.py). An allocation the fund cannot cover is refused with the service's message (what
the fund still holds), the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from wulian_desk.core.charity import DONOR_TYPES, FUND_TYPES
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.money import format_yuan, parse_yuan
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes
from wulian_desk.services.parties import charity
from wulian_desk.ui.charity.recipients import RecipientFields
from wulian_desk.ui.facilities.units import fill_unit_combo, load_units
from wulian_desk.ui.forms.date_edit import DateEdit
from wulian_desk.ui.organisations.dialog import vocab_combo
from wulian_desk.ui.widgets.record_dialog import RecordDialog


def required_day(edit: DateEdit, field: str, label: str) -> date:
    day = edit.date_value(field, label)
    if day is None:
        raise ValidationError(translate("ui.charity.dialogs", "请填写{label}。").format(label=label, field=field), field=field)
    return day


class DonorDialog(RecordDialog):
    REQUIRED = frozenset({"name", "donor_type"})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("donorDialog")
        self.setWindowTitle(self.tr("新增捐赠方"))
        self.ctx = ctx
        self.name, self.contact, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.donor_type = vocab_combo(DONOR_TYPES)
        self.add_field("name", self.tr("捐赠方名称"), self.name)
        self.add_field("donor_type", self.tr("类型"), self.donor_type)
        self.add_field("contact", self.tr("联系人"), self.contact)
        self.add_field("phone", self.tr("联系电话"), self.phone)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, fields = self.ctx, {"name": self.name.text(), "donor_type": self.donor_type.currentData(),
                                 "contact": self.contact.text(), "phone": self.phone.text()}
        return lambda: charity.create_donor(ctx, **fields)


class FundDialog(RecordDialog):
    REQUIRED = frozenset({"name", "fund_type"})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundDialog")
        self.setWindowTitle(self.tr("新增社区基金或慈善超市"))
        self.ctx = ctx
        self.name = QLineEdit()
        self.fund_type = vocab_combo(FUND_TYPES)
        self.unit = QComboBox()
        fill_unit_combo(self.unit, load_units(ctx), with_all=False)
        self.add_field("name", self.tr("名称"), self.name)
        self.add_field("fund_type", self.tr("类型"), self.fund_type)
        self.add_field("org_unit_id", self.tr("所属站点或社区"), self.unit)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        ctx, fields = self.ctx, {"name": self.name.text(), "fund_type": self.fund_type.currentData(),
                                 "org_unit_id": self.unit.currentData()}
        return lambda: charity.create_fund(ctx, **fields)


class _Amounts:
    """Cash in yuan, or goods: item, quantity, unit (the service refuses both or neither)."""

    def add_amount_fields(self) -> None:
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QCoreApplication.translate("charity", "现金（元）；捐赠物资时留空"))
        self.item, self.unit_name = QLineEdit(), QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.add_field("amount_fen", QCoreApplication.translate("charity", "金额（元）"), self.amount)
        self.add_field("item", QCoreApplication.translate("charity", "物资名称"), self.item)
        self.add_field("quantity", QCoreApplication.translate("charity", "数量"), self.quantity)
        self.add_field("unit", QCoreApplication.translate("charity", "单位"), self.unit_name)

    def amounts(self) -> dict:
        try:
            fen = parse_yuan(self.amount.text()) or 0
        except ValidationError as err:
            raise ValidationError(err.text, field="amount_fen") from None
        return {"amount_fen": fen, "item": self.item.text(), "quantity": self.quantity.value(),
                "unit": self.unit_name.text()}


def fill_combo(combo: QComboBox, rows: list[tuple[str, str]]) -> None:
    combo.clear()
    for record_id, text in rows:
        combo.addItem(text, record_id)


class DonationDialog(_Amounts, RecordDialog):
    REQUIRED = frozenset({"donor_id", "fund_id", "received_on"})

    def __init__(self, ctx, *, donor_id: str | None = None, fund_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("donationDialog")
        self.setWindowTitle(self.tr("登记捐赠"))
        self.ctx = ctx
        self.donor, self.fund = QComboBox(), QComboBox()
        fill_combo(self.donor, [(d["id"], d["name"]) for d in charity.donors(ctx)])
        fill_combo(self.fund, [(f.id, f.name) for f in charity.funds(ctx)])
        for combo, current in ((self.donor, donor_id), (self.fund, fund_id)):
            if current:
                combo.setCurrentIndex(max(0, combo.findData(current)))
        self.received_on = DateEdit(date.today())
        self.notes = QLineEdit()
        self.add_field("donor_id", self.tr("捐赠方"), self.donor)
        self.add_field("fund_id", self.tr("存入基金或慈善超市"), self.fund)
        self.add_field("received_on", self.tr("接收日期"), self.received_on)
        self.add_amount_fields()
        self.add_field("notes", self.tr("备注"), self.notes)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        if self.donor.currentData() is None:
            raise ValidationError(translate("ui.charity.dialogs", "请先新增捐赠方。"), field="donor_id")
        if self.fund.currentData() is None:
            raise ValidationError(translate("ui.charity.dialogs", "请先新增社区基金或慈善超市。"), field="fund_id")
        ctx, fields = self.ctx, {"donor_id": self.donor.currentData(), "fund_id": self.fund.currentData(),
                                 "received_on": required_day(self.received_on, "received_on", self.tr("接收日期")),
                                 "notes": self.notes.text(), **self.amounts()}
        return lambda: charity.receive_donation(ctx, **fields)


class AllocationDialog(RecordDialog, RecipientFields):
    """Money out of a community fund or charity supermarket (资金分配); more than the balance is
    refused with what the fund still holds."""

    REQUIRED = frozenset({"fund_id", "recipient_kind", "allocated_on", "amount_fen"})

    def __init__(self, ctx, *, fund_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allocationDialog")
        self.setWindowTitle(self.tr("资金分配"))
        self.ctx = ctx
        self.fund = QComboBox()
        fill_combo(self.fund, [(f.id, self.tr("%1（余额 %2 元）").replace("%1", f.name)
                                 .replace("%2", format_yuan(f.balance_fen))) for f in charity.funds(ctx)])
        if fund_id:
            self.fund.setCurrentIndex(max(0, self.fund.findData(fund_id)))
        self.amount = QLineEdit()
        self.allocated_on = DateEdit(date.today())
        self.purpose = QLineEdit()
        self.add_field("fund_id", self.tr("从基金或慈善超市"), self.fund)
        self.add_recipient_fields()
        self.add_field("allocated_on", self.tr("分配日期"), self.allocated_on)
        self.add_field("amount_fen", self.tr("金额（元）"), self.amount)
        self.add_field("purpose", self.tr("用途"), self.purpose)
        self.finish_layout()

    def prepare(self) -> Callable[[], Changes]:
        if self.fund.currentData() is None:
            raise ValidationError(translate("ui.charity.dialogs", "请先新增社区基金或慈善超市。"), field="fund_id")
        try:
            fen = parse_yuan(self.amount.text()) or 0
        except ValidationError as err:
            raise ValidationError(err.text, field="amount_fen") from None
        ctx, fields = self.ctx, {"fund_id": self.fund.currentData(), **self.recipient_choice(),
                                 "allocated_on": required_day(self.allocated_on, "allocated_on", self.tr("分配日期")),
                                 "amount_fen": fen, "purpose": self.purpose.text()}
        return lambda: charity.allocate(ctx, **fields)
