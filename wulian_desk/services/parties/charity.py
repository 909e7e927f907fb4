"""Charity resources (社会慈善资源): donors, donations into community funds and charity
supermarkets, allocations out to clients, activities and projects, and the trace from donor to
recipient. A fund's balance never goes below zero: the check runs inside the write transaction
(BEGIN IMMEDIATE), so two allocations at once cannot both spend the same money.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING

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
from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.masking import mask_phone
from wulian_desk.core.models import (
    Activity,
    Allocation,
    Client,
    Donation,
    Donor,
    Fund,
    Project,
)
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.storage.queries import charity as queries
from wulian_desk.storage.queries.common import get_live, require_unit

if TYPE_CHECKING:
    from sqlmodel import Session

# Each kind of recipient: its table, and what a user who may not see those records is shown instead.
_RECIPIENTS = {"client": (Client, "服务对象"), "activity": (Activity, "社区活动"), "project": (Project, "项目")}


def _not_future(day: date, field: str) -> date:
    return check_date(day, DateKind.HAPPENED, today=date.today(), field=field)


def create_donor(ctx: Context, *, name: str, donor_type: str, contact: str = "", phone: str = "") -> Changes:
    ctx.require("charity", "create")
    if donor_type not in DONOR_TYPES:
        raise ValidationError(translate("services.parties.charity", "请选择捐赠方类型（企业、个人、基金会、慈善组织）。"), field="donor_type")
    row = Donor(name=clean_text(name, field="name", label=translate("services.parties.charity", "捐赠方名称"), max_len=80, required=True), donor_type=donor_type,
                contact=clean_text(contact, field="contact", label=translate("services.parties.charity", "联系人"), max_len=40, required=False),
                phone=clean_text(phone, field="phone", label=translate("services.parties.charity", "联系电话"), max_len=20, required=False))
    with ctx.writing() as session:
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", "donor", row.id)
    return Changes.of("donor", row.id)


def create_fund(ctx: Context, *, name: str, fund_type: str, org_unit_id: str | None = None) -> Changes:
    ctx.require("charity", "create")
    if fund_type not in FUND_TYPES:
        raise ValidationError(translate("services.parties.charity", "请选择社区基金或慈善超市。"), field="fund_type")
    name = clean_text(name, field="name", label=translate("services.parties.charity", "名称"), max_len=80, required=True)
    with ctx.writing() as session:
        require_unit(session, org_unit_id or ctx.station_id, of=translate("services.parties.charity", "社区基金或慈善超市"))
        row = ctx.stamp(session, Fund(name=name, fund_type=fund_type, org_unit_id=org_unit_id or ctx.station_id))
        session.add(row)
        ctx.audit(session, "create", "fund", row.id)
    return Changes.of("fund", row.id)


def receive_donation(ctx: Context, *, donor_id: str, fund_id: str, received_on: date, amount_fen: int = 0,
                     item: str = "", quantity: int = 0, unit: str = "", notes: str = "") -> Changes:
    """Cash in fen, or goods as item, quantity and unit, into one fund (入库 for a supermarket)."""
    ctx.require("charity", "create")
    amount_fen, item, quantity, unit = check_amounts(amount_fen=amount_fen, item=item, quantity=quantity, unit=unit)
    notes = clean_text(notes, field="notes", label=translate("services.parties.charity", "备注"), max_len=500, required=False)
    received_on = _not_future(received_on, "received_on")
    with ctx.writing() as session:
        get_live(session, Donor, donor_id)
        get_live(session, Fund, fund_id)
        row = ctx.stamp(session, Donation(donor_id=donor_id, fund_id=fund_id,
                                          received_on=received_on,
                                          amount_fen=amount_fen, item=item, quantity=quantity, unit=unit, notes=notes))
        session.add(row)
        ctx.audit(session, "create", "donation", row.id, fund=fund_id, fen=amount_fen, quantity=quantity)
    return Changes(frozenset({"donation", "fund"}), (row.id, fund_id))


def _held(session: Session, fund_id: str) -> tuple[int, dict[tuple[str, str], int]]:
    """Cash balance in fen and goods on hand of one fund, from its live donations and allocations."""
    ins, outs = queries.fund_sums(session, fund_id)
    cash = sum(r[2] for r in ins if not r[0]) - sum(r[2] for r in outs if not r[0])
    goods = stock([(i, u, q) for i, u, _f, q in ins if i] + [(i, u, -q) for i, u, _f, q in outs if i])
    return cash, goods


def allocate(ctx: Context, *, fund_id: str, recipient_kind: str, recipient_id: str, allocated_on: date,
             amount_fen: int = 0, item: str = "", quantity: int = 0, unit: str = "", purpose: str = "") -> Changes:
    """Money or goods out of a fund (出库) to a client, an activity or a project; refused, changing
    nothing, when the fund does not hold that much."""
    ctx.require("charity", "edit")
    if recipient_kind not in RECIPIENT_KINDS:
        raise ValidationError(translate("services.parties.charity", "请选择受助方（服务对象、活动或项目）。"), field="recipient_kind")
    amount_fen, item, quantity, unit = check_amounts(amount_fen=amount_fen, item=item, quantity=quantity, unit=unit)
    purpose = clean_text(purpose, field="purpose", label=translate("services.parties.charity", "用途"), max_len=200, required=False)
    allocated_on = _not_future(allocated_on, "allocated_on")
    with ctx.writing() as session:
        fund = get_live(session, Fund, fund_id)
        get_live(session, _RECIPIENTS[recipient_kind][0], recipient_id)
        cash, goods = _held(session, fund_id)
        refuse_overdraw(fund_name=fund.name, balance_fen=cash, amount_fen=amount_fen, item=item,
                        on_hand=goods.get((item, unit), 0), quantity=quantity, unit=unit)
        row = ctx.stamp(session, Allocation(
            fund_id=fund_id, recipient_kind=recipient_kind, recipient_id=recipient_id,
            allocated_on=allocated_on, amount_fen=amount_fen, item=item, quantity=quantity,
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
    unit_name: str = ""


# What the charity lists sort by (names by pinyin).
FUND_SORTS = {
    "name": lambda r: pinyin_key(r.name), "fund_type": lambda r: r.fund_type, "unit": lambda r: pinyin_key(r.unit_name),
    "received": lambda r: r.received_fen, "allocated": lambda r: r.allocated_fen, "balance": lambda r: r.balance_fen,
}
STOCK_SORTS = {
    "fund": lambda r: pinyin_key(r.fund_name), "item": lambda r: pinyin_key(r.item), "received": lambda r: r.received,
    "issued": lambda r: r.issued, "on_hand": lambda r: r.on_hand, "unit": lambda r: pinyin_key(r.unit_name),
}
DONOR_SORTS = {
    "name": lambda r: pinyin_key(r.name), "donor_type": lambda r: r.donor_type, "contact": lambda r: pinyin_key(r.contact),
    "donations": lambda r: r.donations, "cash": lambda r: r.cash_fen,
}
DONATION_SORTS = {
    "received_on": lambda r: r.received_on, "donor": lambda r: pinyin_key(r.donor_name),
    "fund": lambda r: pinyin_key(r.fund_name), "amount": lambda r: None if r.item else r.amount_fen,
    "item": lambda r: pinyin_key(r.item) if r.item else None,
}


def fund_ids(ctx: Context, *, search: str = "", fund_type: str | None = None, sort: str | None = None,
             descending: bool = False) -> list[str]:
    """Community funds and charity supermarkets by name, or in the order of `sort`."""
    ctx.require("charity", "view")
    with ctx.reading() as session:
        ids = queries.fund_ids(session, fund_type=fund_type, search=search.strip())
    return order_ids(ids, lambda wanted: funds_by_id(ctx, wanted), FUND_SORTS, sort, descending)


def funds_by_id(ctx: Context, ids: list[str]) -> dict[str, FundRow]:
    """Each fund with what came in, what went out, its cash balance and the goods on hand."""
    ctx.require("charity", "view")
    out = {}
    with ctx.reading() as session:
        rows = queries.funds_with_units(session, ids) if ids else []
        for f, unit in rows:
            cash, goods = _held(session, f.id)
            received = queries.received_fen(session, f.id)
            out[f.id] = FundRow(f.id, f.name, f.fund_type, f.org_unit_id, received, received - cash, cash, goods,
                                unit or "")
    return out


def funds(ctx: Context) -> list[FundRow]:
    ids = fund_ids(ctx)
    rows = funds_by_id(ctx, ids)
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class DonorRow:
    id: str
    name: str
    donor_type: str
    contact: str
    phone: str  # masked
    donations: int
    cash_fen: int
    goods: str  # "大米30袋、食用油5桶"


def donor_ids(ctx: Context, *, search: str = "", sort: str | None = None, descending: bool = False) -> list[str]:
    """Donors by name, or in the order of `sort`; `search` finds a part of the name or the contact person."""
    ctx.require("charity", "view")
    with ctx.reading() as session:
        ids = queries.donor_ids(session, search=search.strip())
    return order_ids(ids, lambda wanted: donors_by_id(ctx, wanted), DONOR_SORTS, sort, descending)


def donors_by_id(ctx: Context, ids: list[str]) -> dict[str, DonorRow]:
    """Each donor with the number of donations, the cash given and the goods given."""
    ctx.require("charity", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        donors = queries.donors_in(session, ids)
        given = queries.given_by(session, ids)
    tally: dict[str, list] = {}
    for donor_id, item, unit, n, fen, quantity in given:
        entry = tally.setdefault(donor_id, [0, 0, {}])
        entry[0] += n
        entry[1] += fen if not item else 0
        if item:
            entry[2][(item, unit)] = quantity
    return {d.id: DonorRow(d.id, d.name, d.donor_type, d.contact, mask_phone(d.phone), *_tally(tally.get(d.id)))
            for d in donors}


def _tally(entry) -> tuple[int, int, str]:
    if entry is None:
        return 0, 0, ""
    return entry[0], entry[1], goods_text(entry[2])


def goods_text(goods: dict[tuple[str, str], int]) -> str:
    return "、".join(f"{item}{count}{unit}" for (item, unit), count in sorted(goods.items()) if count)


def donors(ctx: Context) -> list[dict]:
    ids = donor_ids(ctx)
    rows = donors_by_id(ctx, ids)
    return [asdict(rows[i]) for i in ids if i in rows]


@dataclass(frozen=True)
class DonationRow:
    id: str
    received_on: date
    donor_id: str
    donor_name: str
    fund_id: str
    fund_name: str
    amount_fen: int
    item: str
    quantity: int
    unit: str
    notes: str


def donation_ids(ctx: Context, *, search: str = "", donor_id: str | None = None, fund_id: str | None = None,
                 sort: str | None = None, descending: bool = False) -> list[str]:
    """Donations newest first, or in the order of `sort`; `search` finds a part of the donor's
    or fund's name, the goods or the notes."""
    ctx.require("charity", "view")
    with ctx.reading() as session:
        ids = queries.donation_ids(session, search=search.strip(), donor_id=donor_id, fund_id=fund_id)
    return order_ids(ids, lambda wanted: donations_by_id(ctx, wanted), DONATION_SORTS, sort, descending,
                     native=("received_on", True))


def donations_by_id(ctx: Context, ids: list[str]) -> dict[str, DonationRow]:
    ctx.require("charity", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.donations_with_names(session, ids)
    return {d.id: DonationRow(d.id, d.received_on, d.donor_id, donor, d.fund_id, fund, d.amount_fen, d.item, d.quantity,
                              d.unit, d.notes) for d, donor, fund in rows if not d.deleted}


def donations(ctx: Context) -> list[DonationRow]:
    ids = donation_ids(ctx)
    rows = donations_by_id(ctx, ids)
    return [rows[i] for i in ids if i in rows]


@dataclass(frozen=True)
class StockRow:
    """Goods of one kind (item and unit) in one fund: what came in, what went out, what is left."""

    id: str  # fund id, item and unit joined by STOCK_KEY
    fund_id: str
    fund_name: str
    fund_type: str
    unit_name: str
    item: str
    unit: str
    received: int
    issued: int
    on_hand: int


STOCK_KEY = "\x1f"


def stock_ids(ctx: Context, *, search: str = "", fund_id: str | None = None, sort: str | None = None,
              descending: bool = False) -> list[str]:
    """Every kind of goods that came into a fund, by fund name and item, or in the order of
    `sort`; `search` finds a part of the item or the fund's name."""
    ctx.require("charity", "view")
    term = search.strip()
    with ctx.reading() as session:
        names = queries.fund_names(session)
        moved = queries.goods_moved(session, [fund_id] if fund_id else None)
    keys = [k for k in moved if k[0] in names and (not term or term in k[1] or term in names[k[0]])]
    keys.sort(key=lambda k: (names[k[0]], k[0], k[1], k[2]))
    return order_ids([STOCK_KEY.join(k) for k in keys], lambda wanted: stock_by_id(ctx, wanted), STOCK_SORTS, sort,
                     descending)


def stock_by_id(ctx: Context, ids: list[str]) -> dict[str, StockRow]:
    ctx.require("charity", "view")
    keys = {i: tuple(i.split(STOCK_KEY)) for i in ids}
    keys = {i: k for i, k in keys.items() if len(k) == 3}
    if not keys:
        return {}
    fund_ids = sorted({k[0] for k in keys.values()})
    with ctx.reading() as session:
        funds_ = {f.id: (f, unit) for f, unit in queries.funds_with_units(session, fund_ids)}
        moved = queries.goods_moved(session, fund_ids)
    out = {}
    for key, (fund_id, item, unit) in keys.items():
        if fund_id not in funds_ or (fund_id, item, unit) not in moved:
            continue
        fund, unit_name = funds_[fund_id]
        came, went = moved[(fund_id, item, unit)]
        out[key] = StockRow(key, fund_id, fund.name, fund.fund_type, unit_name or "", item, unit, came, went, came - went)
    return out


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
    recipient_name: str = ""
    allocated_on: date | None = None


def _recipient_names(ctx: Context, session: Session, outs: list[Allocation]) -> dict[str, str]:
    """Who received, by name: a client's name where this user may see clients, an activity's number
    and title, a project's name."""
    wanted: dict[str, set[str]] = {}
    for a in outs:
        wanted.setdefault(a.recipient_kind, set()).add(a.recipient_id)
    names: dict[str, str] = {}
    for kind, ids in wanted.items():
        if ctx.may(kind, "view"):
            names.update(queries.recipient_names(session, kind, ids))
        else:
            names.update({i: _RECIPIENTS[kind][1] for i in ids})
    return names


def trace_fund(ctx: Context, fund_id: str) -> list[TraceLine]:
    """Every allocation of a fund, split over the donations that paid for it (oldest first)."""
    ctx.require("charity", "view")
    with ctx.reading() as session:
        fund = get_live(session, Fund, fund_id)
        ins = queries.donations_into(session, fund_id)
        outs = queries.allocations_from(session, fund_id)
        who = _recipient_names(ctx, session, outs)
    donor_of = {d.id: name for d, name in ins}
    parts = trace([Movement(d.id, d.received_on, d.amount_fen, d.item, d.quantity, d.unit) for d, _ in ins],
                  [Movement(a.id, a.allocated_on, a.amount_fen, a.item, a.quantity, a.unit) for a in outs])
    lines = []
    for a in outs:
        for donation_id, amount in parts[a.id]:
            lines.append(TraceLine(a.id, donation_id, donor_of[donation_id], fund.name, a.recipient_kind, a.recipient_id,
                                   0 if a.item else amount, a.item, amount if a.item else 0, a.unit,
                                   who.get(a.recipient_id, ""), a.allocated_on))
    return lines
