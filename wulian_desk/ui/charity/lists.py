"""The charity lists as lazy table models: funds and charity supermarkets with their balances,
the goods in stock, donors, donations. Each reads only the rows on screen (services/parties/charity.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from wulian_desk.core.charity import DONOR_TYPES, FUND_TYPES
from wulian_desk.core.money import format_yuan
from wulian_desk.services.parties import charity
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel

CHANGES = frozenset({"donor", "donation", "fund", "allocation"})


def goods(row) -> str:
    return f"{row.item}{row.quantity}{row.unit}" if row.item else ""


FUND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("FundsModel", "名称"), "name", lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("FundsModel", "类型"), "fund_type", lambda r: vocab_label(FUND_TYPES, r.fund_type)),
    Column(QT_TRANSLATE_NOOP("FundsModel", "所属站点或社区"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("FundsModel", "累计接收（元）"), "received", lambda r: format_yuan(r.received_fen), numeric=True),
    Column(QT_TRANSLATE_NOOP("FundsModel", "已分配（元）"), "allocated", lambda r: format_yuan(r.allocated_fen), numeric=True),
    Column(QT_TRANSLATE_NOOP("FundsModel", "余额（元）"), "balance", lambda r: format_yuan(r.balance_fen), numeric=True),
    Column(QT_TRANSLATE_NOOP("FundsModel", "物资库存"), None, lambda r: charity.goods_text(r.goods), stretch=True),
)

STOCK_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("StockModel", "慈善超市或基金"), "fund", lambda r: r.fund_name),
    Column(QT_TRANSLATE_NOOP("StockModel", "物资"), "item", lambda r: r.item, stretch=True),
    Column(QT_TRANSLATE_NOOP("StockModel", "单位"), None, lambda r: r.unit),
    Column(QT_TRANSLATE_NOOP("StockModel", "入库"), "received", lambda r: str(r.received), numeric=True),
    Column(QT_TRANSLATE_NOOP("StockModel", "出库"), "issued", lambda r: str(r.issued), numeric=True),
    Column(QT_TRANSLATE_NOOP("StockModel", "库存"), "on_hand", lambda r: str(r.on_hand), numeric=True),
    Column(QT_TRANSLATE_NOOP("StockModel", "所属站点或社区"), "unit", lambda r: r.unit_name),
)

DONOR_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DonorsModel", "捐赠方"), "name", lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("DonorsModel", "类型"), "donor_type", lambda r: vocab_label(DONOR_TYPES, r.donor_type)),
    Column(QT_TRANSLATE_NOOP("DonorsModel", "联系人"), "contact", lambda r: r.contact),
    Column(QT_TRANSLATE_NOOP("DonorsModel", "联系电话"), None, lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("DonorsModel", "捐赠次数"), "donations", lambda r: str(r.donations), numeric=True),
    Column(QT_TRANSLATE_NOOP("DonorsModel", "现金合计（元）"), "cash", lambda r: format_yuan(r.cash_fen), numeric=True),
    Column(QT_TRANSLATE_NOOP("DonorsModel", "捐赠物资"), None, lambda r: r.goods, stretch=True),
)

DONATION_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DonationsModel", "接收日期"), "received_on", lambda r: f"{r.received_on}"),
    Column(QT_TRANSLATE_NOOP("DonationsModel", "捐赠方"), "donor", lambda r: r.donor_name),
    Column(QT_TRANSLATE_NOOP("DonationsModel", "基金或超市"), "fund", lambda r: r.fund_name),
    Column(QT_TRANSLATE_NOOP("DonationsModel", "金额（元）"), "amount", lambda r: "" if r.item else format_yuan(r.amount_fen),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("DonationsModel", "物资"), "item", goods),
    Column(QT_TRANSLATE_NOOP("DonationsModel", "备注"), None, lambda r: r.notes, stretch=True),
)


def funds_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=FUND_COLUMNS, context="FundsModel", sort_column=0, kind="fund", depends_on=CHANGES | {"org_unit"},
                          list_ids=lambda **query: charity.fund_ids(ctx, **query),
                          fetch_rows=lambda ids: charity.funds_by_id(ctx, ids), parent=parent)


def stock_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=STOCK_COLUMNS, context="StockModel", sort_column=0, kind="stock", depends_on=CHANGES,
                          list_ids=lambda **query: charity.stock_ids(ctx, **query),
                          fetch_rows=lambda ids: charity.stock_by_id(ctx, ids), parent=parent)


def donors_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=DONOR_COLUMNS, context="DonorsModel", sort_column=0, kind="donor", depends_on=frozenset({"donation"}),
                          list_ids=lambda **query: charity.donor_ids(ctx, **query),
                          fetch_rows=lambda ids: charity.donors_by_id(ctx, ids), parent=parent)


def donations_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=DONATION_COLUMNS, context="DonationsModel", sort_column=0, descending=True, kind="donation",
                          depends_on=frozenset({"donor", "fund"}),
                          list_ids=lambda **query: charity.donation_ids(ctx, **query),
                          fetch_rows=lambda ids: charity.donations_by_id(ctx, ids), parent=parent)
