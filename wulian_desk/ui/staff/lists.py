"""The staff lists as lazy table models: staff with certificates and training hours, training
records, and the entries of the operating funds (services/parties/staffing.py reads a page at a time)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from wulian_desk.core.money import format_yuan
from wulian_desk.services.parties import staffing
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel

STAFF_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("StaffModel", "姓名"), "name", lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("StaffModel", "岗位"), "post", lambda r: r.post),
    Column(QT_TRANSLATE_NOOP("StaffModel", "职业资格证书"), "certificate",
           lambda r: vocab_label(staffing.CERTIFICATES, r.certificate)),
    Column(QT_TRANSLATE_NOOP("StaffModel", "工作站点"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("StaffModel", "所属机构"), "agency", lambda r: r.agency, stretch=True),
    Column(QT_TRANSLATE_NOOP("StaffModel", "联系电话"), None, lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("StaffModel", "本年培训课时"), "year_hours", lambda r: f"{r.year_hours:g}", numeric=True),
    Column(QT_TRANSLATE_NOOP("StaffModel", "累计培训课时"), "training_hours", lambda r: f"{r.training_hours:g}", numeric=True),
)

TRAINING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("TrainingsModel", "培训日期"), "held_on", lambda r: f"{r.held_on}"),
    Column(QT_TRANSLATE_NOOP("TrainingsModel", "姓名"), "staff", lambda r: r.staff_name),
    Column(QT_TRANSLATE_NOOP("TrainingsModel", "工作站点"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("TrainingsModel", "培训名称"), "name", lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("TrainingsModel", "课时"), "hours", lambda r: f"{r.hours:g}", numeric=True),
    Column(QT_TRANSLATE_NOOP("TrainingsModel", "举办单位"), "organiser", lambda r: r.organiser),
)

FUNDS_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("OperatingFundsModel", "日期"), "on", lambda r: f"{r.on}"),
    Column(QT_TRANSLATE_NOOP("OperatingFundsModel", "站点"), "unit", lambda r: r.unit_name),
    Column(QT_TRANSLATE_NOOP("OperatingFundsModel", "收支"), "entry", lambda r: vocab_label(staffing.FUND_ENTRIES, r.entry)),
    Column(QT_TRANSLATE_NOOP("OperatingFundsModel", "金额（元）"), "amount", lambda r: format_yuan(r.amount_fen),
           numeric=True),
    Column(QT_TRANSLATE_NOOP("OperatingFundsModel", "说明"), "note", lambda r: r.note, stretch=True),
)


def staff_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=STAFF_COLUMNS, context="StaffModel", sort_column=0, kind="staff",
                          depends_on=frozenset({"agency", "org_unit"}),
                          list_ids=lambda **query: staffing.staff_ids(ctx, **query),
                          fetch_rows=lambda ids: staffing.staff_by_id(ctx, ids), parent=parent)


def trainings_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=TRAINING_COLUMNS, context="TrainingsModel", sort_column=0, descending=True, kind="staff_training",
                          depends_on=frozenset({"staff"}),
                          list_ids=lambda **query: staffing.training_ids(ctx, **query),
                          fetch_rows=lambda ids: staffing.trainings_by_id(ctx, ids), parent=parent)


def operating_funds_model(ctx, parent=None) -> LazyTableModel:
    return LazyTableModel(columns=FUNDS_COLUMNS, context="OperatingFundsModel", sort_column=0, descending=True, kind="operating_fund",
                          depends_on=frozenset({"org_unit"}),
                          list_ids=lambda **query: staffing.operating_fund_ids(ctx, **query),
                          fetch_rows=lambda ids: staffing.operating_funds_by_id(ctx, ids), parent=parent)
