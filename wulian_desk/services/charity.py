"""Charity resources (社会慈善资源): donors, donations into community funds and charity
supermarkets, allocations out to clients, activities and projects, and the trace from donor to
recipient. A fund's balance never goes below zero: the check runs inside the write transaction
(BEGIN IMMEDIATE), so two allocations at once cannot both spend the same money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from wulian_desk.core.charity import (
    DONOR_TYPES,
    FUND_TYPES,
    RECIPIENT_KINDS,
    Movement,
    check_amounts,
    refuse_overdraw,
    stock,
    trace,
)
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import clean_text
from wulian_desk.core.masking import mask_phone
from wulian_desk.core.models import Activity, Allocation, Client, Donation, Donor, Fund, Project
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.organisations import check_community, live

_RECIPIENTS = {"client": (Client, "服务对象"), "activity": (Activity, "社区活动"), "project": (Project, "项目")}


def _not_future(day: date, field: str) -> date:
    if day > date.today():
        raise ValidationError("日期不能晚于今天。", "The date is in the future.", field=field)
    return day


def create_donor(ctx: Context, *, name: str, donor_type: str, contact: str = "", phone: str = "") -> Changes:
    ctx.require("charity", "create")
    if donor_type not in DONOR_TYPES:
        raise ValidationError("请选择捐赠方类型（企业、个人、基金会、慈善组织）。", "Choose a donor type.", field="donor_type")
    row = Donor(name=clean_text(name, field="name", label="捐赠方名称", max_len=80, required=True), donor_type=donor_type,
                contact=clean_text(contact, field="contact", label="联系人", max_len=40, required=False),
                phone=clean_text(phone, field="phone", label="联系电话", max_len=20, required=False))
    with ctx.writing() as session:
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", "donor", row.id)
    return Changes.of("donor", row.id)


def create_fund(ctx: Context, *, name: str, fund_type: str, org_unit_id: str | None = None) -> Changes:
    ctx.require("charity", "create")
    if fund_type not in FUND_TYPES:
        raise ValidationError("请选择社区基金或慈善超市。", "Choose a fund type.", field="fund_type")
    name = clean_text(name, field="name", label="名称", max_len=80, required=True)
    with ctx.writing() as session:
        check_community(session, org_unit_id or ctx.station_id)
        row = ctx.stamp(session, Fund(name=name, fund_type=fund_type, org_unit_id=org_unit_id or ctx.station_id))
        session.add(row)
        ctx.audit(session, "create", "fund", row.id)
    return Changes.of("fund", row.id)


def receive_donation(ctx: Context, *, donor_id: str, fund_id: str, received_on: date, amount_fen: int = 0,
                     item: str = "", quantity: int = 0, unit: str = "", notes: str = "") -> Changes:
    """Cash in fen, or goods as item, quantity and unit, into one fund (入库 for a supermarket)."""
    ctx.require("charity", "create")
    amount_fen, item, quantity, unit = check_amounts(amount_fen=amount_fen, item=item, quantity=quantity, unit=unit)
    notes = clean_text(notes, field="notes", label="备注", max_len=500, required=False)
    with ctx.writing() as session:
        live(session, Donor, donor_id, "捐赠方")
        live(session, Fund, fund_id, "基金或慈善超市")
        row = ctx.stamp(session, Donation(donor_id=donor_id, fund_id=fund_id, received_on=_not_future(received_on, "received_on"),
                                          amount_fen=amount_fen, item=item, quantity=quantity, unit=unit, notes=notes))
        session.add(row)
        ctx.audit(session, "create", "donation", row.id, fund=fund_id, fen=amount_fen, quantity=quantity)
    return Changes(frozenset({"donation", "fund"}), (row.id, fund_id))


def _held(session: Session, fund_id: str) -> tuple[int, dict[tuple[str, str], int]]:
    """Cash balance in fen and goods on hand of one fund, from its live donations and allocations."""
    def sums(model):
        return session.exec(select(model.item, model.unit, func.sum(model.amount_fen), func.sum(model.quantity))
                            .where(model.fund_id == fund_id, model.deleted == False)  # noqa: E712
                            .group_by(model.item, model.unit)).all()
    ins, outs = sums(Donation), sums(Allocation)
    cash = sum(r[2] for r in ins if not r[0]) - sum(r[2] for r in outs if not r[0])
    goods = stock([(i, u, q) for i, u, _f, q in ins if i] + [(i, u, -q) for i, u, _f, q in outs if i])
    return cash, goods


def allocate(ctx: Context, *, fund_id: str, recipient_kind: str, recipient_id: str, allocated_on: date,
             amount_fen: int = 0, item: str = "", quantity: int = 0, unit: str = "", purpose: str = "") -> Changes:
    """Money or goods out of a fund (出库) to a client, an activity or a project; refused, changing
    nothing, when the fund does not hold that much."""
    ctx.require("charity", "edit")
    if recipient_kind not in RECIPIENT_KINDS:
        raise ValidationError("请选择受助方（服务对象、活动或项目）。", "Choose the recipient.", field="recipient_kind")
    amount_fen, item, quantity, unit = check_amounts(amount_fen=amount_fen, item=item, quantity=quantity, unit=unit)
    purpose = clean_text(purpose, field="purpose", label="用途", max_len=200, required=False)
    with ctx.writing() as session:
        fund = live(session, Fund, fund_id, "基金或慈善超市")
        model, what = _RECIPIENTS[recipient_kind]
        live(session, model, recipient_id, what)
        cash, goods = _held(session, fund_id)
        refuse_overdraw(fund_name=fund.name, balance_fen=cash, amount_fen=amount_fen, item=item,
                        on_hand=goods.get((item, unit), 0), quantity=quantity, unit=unit)
        row = ctx.stamp(session, Allocation(
            fund_id=fund_id, recipient_kind=recipient_kind, recipient_id=recipient_id,
            allocated_on=_not_future(allocated_on, "allocated_on"), amount_fen=amount_fen, item=item, quantity=quantity,
            unit=unit, purpose=purpose, allocated_by=ctx.account_id or ""))
        session.add(row)
        ctx.audit(session, "create", "allocation", row.id, fund=fund_id, recipient=recipient_id, fen=amount_fen)
    return Changes(frozenset({"allocation", "fund"}), (row.id, fund_id))


@dataclass(frozen=True)
class FundRow:
    id: str
    name: str
    fund_type: str
    unit_id: str
    received_fen: int
    allocated_fen: int
    balance_fen: int
    goods: dict[tuple[str, str], int]


def funds(ctx: Context) -> list[FundRow]:
    ctx.require("charity", "view")
    out = []
    with ctx.reading() as session:
        for f in session.exec(select(Fund).where(Fund.deleted == False).order_by(Fund.name)).all():  # noqa: E712
            cash, goods = _held(session, f.id)
            received = session.exec(select(func.coalesce(func.sum(Donation.amount_fen), 0)).where(
                Donation.fund_id == f.id, Donation.deleted == False)).one()  # noqa: E712
            out.append(FundRow(f.id, f.name, f.fund_type, f.org_unit_id, received, received - cash, cash, goods))
    return out


def donors(ctx: Context) -> list[dict]:
    ctx.require("charity", "view")
    with ctx.reading() as session:
        rows = session.exec(select(Donor, func.count(Donation.id), func.coalesce(func.sum(Donation.amount_fen), 0))
                            .outerjoin(Donation, (Donation.donor_id == Donor.id) & (Donation.deleted == False))  # noqa: E712
                            .where(Donor.deleted == False).group_by(Donor.id).order_by(Donor.name)).all()  # noqa: E712
    return [{"id": d.id, "name": d.name, "donor_type": d.donor_type, "contact": d.contact, "phone": mask_phone(d.phone),
             "donations": n, "cash_fen": fen} for d, n, fen in rows]


def donations(ctx: Context) -> list[Donation]:
    ctx.require("charity", "view")
    with ctx.reading() as session:
        return list(session.exec(select(Donation).where(Donation.deleted == False)  # noqa: E712
                                 .order_by(col(Donation.received_on).desc(), Donation.id)).all())


@dataclass(frozen=True)
class TraceLine:
    """One part of an allocation and the donation it came from."""

    allocation_id: str
    donation_id: str
    donor_name: str
    fund_name: str
    recipient_kind: str
    recipient_id: str
    amount_fen: int  # 0 for goods
    item: str
    quantity: int
    unit: str


def trace_fund(ctx: Context, fund_id: str) -> list[TraceLine]:
    """Every allocation of a fund, split over the donations that paid for it (oldest first)."""
    ctx.require("charity", "view")
    with ctx.reading() as session:
        fund = live(session, Fund, fund_id, "基金或慈善超市")
        ins = session.exec(select(Donation, Donor.name).join(Donor, Donor.id == Donation.donor_id)
                           .where(Donation.fund_id == fund_id, Donation.deleted == False)).all()  # noqa: E712
        outs = session.exec(select(Allocation).where(Allocation.fund_id == fund_id, Allocation.deleted == False)).all()  # noqa: E712
    donor_of = {d.id: name for d, name in ins}
    parts = trace([Movement(d.id, d.received_on, d.amount_fen, d.item, d.quantity, d.unit) for d, _ in ins],
                  [Movement(a.id, a.allocated_on, a.amount_fen, a.item, a.quantity, a.unit) for a in outs])
    lines = []
    for a in outs:
        for donation_id, amount in parts[a.id]:
            lines.append(TraceLine(a.id, donation_id, donor_of[donation_id], fund.name, a.recipient_kind, a.recipient_id,
                                   0 if a.item else amount, a.item, amount if a.item else 0, a.unit))
    return lines
