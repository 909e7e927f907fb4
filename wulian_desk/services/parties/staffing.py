"""Staff of the stations and rooms, their certificates and training hours, and the yearly
operating funds received and spent by each station and room (never more spent than received),
held against the minimums of the station's policy profile."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from wulian_desk.core.dates import DateKind, check_date
from wulian_desk.core.errors import ValidationError
from wulian_desk.core.masking import mask_phone
from wulian_desk.core.models import Agency, OperatingFund, OrgUnit, Staff, StaffTraining
from wulian_desk.core.money import format_yuan
from wulian_desk.core.targets import funds_minimum_fen
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.core.vocab import Choice
from wulian_desk.services.casework.names import pinyin_key
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.ordering import order_ids
from wulian_desk.services.station import policies, station
from wulian_desk.storage.queries import staffing as queries
from wulian_desk.storage.queries.common import get_live, require_unit

CERTIFICATES = {c.code: c for c in (
    Choice("none", translate("services.parties.staffing", "无")), Choice("assistant", translate("services.parties.staffing", "助理社会工作师")),
    Choice("social_worker", translate("services.parties.staffing", "社会工作师")), Choice("senior", translate("services.parties.staffing", "高级社会工作师")),
)}
FUND_ENTRIES = {c.code: c for c in (
    Choice("received", translate("services.parties.staffing", "收到经费")), Choice("spent", translate("services.parties.staffing", "支出")),
)}
# Who counts as a 专业社工 for the staffing minimums: anyone holding a certificate.
PROFESSIONAL = frozenset(CERTIFICATES) - {"none"}
# A missing member of staff has always been reported as "Staff not found."; kept so.
_STAFF = translate("services.parties.staffing", "工作人员")


def add_staff(ctx: Context, *, name: str, post: str, org_unit_id: str | None = None, certificate: str = "none",
              agency_id: str | None = None, phone: str = "") -> Changes:
    ctx.require("staff", "create")
    if certificate not in CERTIFICATES:
        raise ValidationError(translate("services.parties.staffing", "请选择职业资格证书。"), field="certificate")
    row = Staff(name=clean_text(name, field="name", label=translate("services.parties.staffing", "姓名"), max_len=40, required=True),
                post=clean_text(post, field="post", label=translate("services.parties.staffing", "岗位"), max_len=40, required=True), certificate=certificate,
                org_unit_id=org_unit_id or ctx.station_id, agency_id=agency_id or None,
                phone=clean_text(phone, field="phone", label=translate("services.parties.staffing", "联系电话"), max_len=20, required=False))
    with ctx.writing() as session:
        require_unit(session, row.org_unit_id, of=translate("services.parties.staffing", "员工"))
        if row.agency_id:
            get_live(session, Agency, row.agency_id)
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", "staff", row.id)
    return Changes.of("staff", row.id)


def set_certificate(ctx: Context, staff_id: str, certificate: str) -> Changes:
    ctx.require("staff", "edit")
    if certificate not in CERTIFICATES:
        raise ValidationError(translate("services.parties.staffing", "请选择职业资格证书。"), field="certificate")
    with ctx.writing() as session:
        row = get_live(session, Staff, staff_id, noun=_STAFF)
        row.certificate = certificate
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "staff", staff_id, certificate=certificate)
    return Changes.of("staff", staff_id)


def add_training(ctx: Context, staff_ids: list[str], *, name: str, hours: float, held_on: date,
                 organiser: str = "") -> Changes:
    """One course attended by several staff: a record each, with the course's hours (课时)."""
    ctx.require("staff", "edit")
    if not staff_ids:
        raise ValidationError(translate("services.parties.staffing", "请选择参训人员。"), field="staff")
    if isinstance(hours, bool) or not isinstance(hours, int | float) or not 0 < hours <= 500:
        raise ValidationError(translate("services.parties.staffing", "培训课时须大于 0。"), field="hours")
    check_date(held_on, DateKind.HAPPENED, today=date.today(), field="held_on",
               label=translate("services.parties.staffing", "培训日期"))
    name = clean_text(name, field="name", label=translate("services.parties.staffing", "培训名称"), max_len=80, required=True)
    organiser = clean_text(organiser, field="organiser", label=translate("services.parties.staffing", "举办单位"), max_len=80, required=False)
    ids = []
    with ctx.writing() as session:
        for staff_id in dict.fromkeys(staff_ids):
            get_live(session, Staff, staff_id, noun=_STAFF)
            row = ctx.stamp(session, StaffTraining(staff_id=staff_id, name=name, hours=float(hours), held_on=held_on,
                                                   organiser=organiser))
            session.add(row)
            ids.append(row.id)
        ctx.audit(session, "create", "staff_training", ids[0], staff=len(ids), hours=hours)
    return Changes(frozenset({"staff", "staff_training"}), tuple(dict.fromkeys(staff_ids)) + tuple(ids))


def record_operating_funds(ctx: Context, *, org_unit_id: str, year: int, entry: str, amount_fen: int, on: date,
                           note: str = "") -> Changes:
    """运行经费 received or spent by a station or room in a year, in fen."""
    ctx.require("staff", "edit")
    if entry not in FUND_ENTRIES:
        raise ValidationError(translate("services.parties.staffing", "请选择收入或支出。"), field="entry")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError(translate("services.parties.staffing", "请填写大于 0 的金额。"), field="amount_fen")
    check_date(on, DateKind.HAPPENED, today=date.today(), field="on", label=translate("services.parties.staffing", "经费日期"))
    if on.year != year:
        raise ValidationError(translate("services.parties.staffing", "经费日期（{isoformat}）须在所记年度内（{year} 年）。").format(isoformat=on.isoformat(), year=year), field="on")
    with ctx.writing() as session:
        unit = require_unit(session, org_unit_id, of=translate("services.parties.staffing", "运行经费"))
        if entry == "spent":
            left = _funds_left(session, org_unit_id, year)
            if amount_fen > left:
                raise ValidationError(
                    translate("services.parties.staffing", "{name} {year} 年运行经费结余只有 {format_yuan} 元，不能支出 {format_yuan2} 元。请先登记收到的经费。").format(name=unit.name, year=year, format_yuan=format_yuan(left), format_yuan2=format_yuan(amount_fen)), field="amount_fen")
        row = ctx.stamp(session, OperatingFund(org_unit_id=org_unit_id, year=year, entry=entry, amount_fen=amount_fen,
                                               on=on, note=clean_text(note, field="note", label=translate("services.parties.staffing", "说明"), max_len=200,
                                                                      required=False)))
        session.add(row)
        ctx.audit(session, "create", "operating_fund", row.id, fen=amount_fen, entry=entry)
    return Changes.of("operating_fund", row.id)


def _funds_left(session, org_unit_id: str, year: int) -> int:
    rows = queries.operating_totals(session, org_unit_id=org_unit_id, year=year)
    return rows.get("received", 0) - rows.get("spent", 0)


# -- staff ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str
    post: str
    certificate: str
    certificate_label: str
    unit_name: str
    agency: str
    phone: str  # masked
    training_hours: float
    year_hours: float  # this calendar year


# What the staff, training and operating-funds lists sort by (names by pinyin).
STAFF_SORTS = {
    "name": lambda r: pinyin_key(r.name), "post": lambda r: pinyin_key(r.post), "certificate": lambda r: r.certificate,
    "unit": lambda r: pinyin_key(r.unit_name), "agency": lambda r: pinyin_key(r.agency),
    "year_hours": lambda r: r.year_hours, "training_hours": lambda r: r.training_hours,
}
TRAINING_SORTS = {
    "held_on": lambda r: r.held_on, "staff": lambda r: pinyin_key(r.staff_name), "unit": lambda r: pinyin_key(r.unit_name),
    "name": lambda r: pinyin_key(r.name), "hours": lambda r: r.hours, "organiser": lambda r: pinyin_key(r.organiser),
}
FUNDS_SORTS = {
    "on": lambda r: r.on, "unit": lambda r: pinyin_key(r.unit_name), "entry": lambda r: r.entry,
    "amount": lambda r: r.amount_fen, "note": lambda r: pinyin_key(r.note),
}


def staff_ids(ctx: Context, *, search: str = "", org_unit_id: str | None = None, sort: str | None = None,
              descending: bool = False) -> list[str]:
    """Staff by station and name, or in the order of `sort`; `search` finds a part of the name,
    the post or the agency."""
    ctx.require("staff", "view")
    with ctx.reading() as session:
        ids = queries.staff_ids(session, search=search.strip(), org_unit_id=org_unit_id)
    return order_ids(ids, lambda wanted: staff_by_id(ctx, wanted), STAFF_SORTS, sort, descending)


def staff_tally(ctx: Context, *, search: str = "", org_unit_id: str | None = None) -> tuple[int, int]:
    """How many staff a list query shows, and how many of them hold a certificate (专业社工)."""
    ids = staff_ids(ctx, search=search, org_unit_id=org_unit_id)
    with ctx.reading() as session:
        professional = queries.count_certified(session, ids, certificates=PROFESSIONAL)
    return len(ids), professional


def staff_by_id(ctx: Context, ids: list[str]) -> dict[str, StaffRow]:
    ctx.require("staff", "view")
    if not ids:
        return {}
    this_year = date.today().year
    with ctx.reading() as session:
        rows = queries.staff_with_names(session, ids)
        hours = queries.training_hours(session, ids)
    total: dict[str, float] = {}
    year: dict[str, float] = {}
    for staff_id, held_year, h in hours:
        total[staff_id] = total.get(staff_id, 0.0) + h
        if int(held_year) == this_year:
            year[staff_id] = h
    return {s.id: StaffRow(s.id, s.name, s.post, s.certificate, CERTIFICATES[s.certificate].zh, unit, agency or "",
                           mask_phone(s.phone), total.get(s.id, 0.0), year.get(s.id, 0.0))
            for s, unit, agency in rows if not s.deleted}


def staff_list(ctx: Context) -> list[dict]:
    ids = staff_ids(ctx)
    rows = staff_by_id(ctx, ids)
    return [asdict(rows[i]) for i in ids if i in rows]


@dataclass(frozen=True)
class StaffView:
    staff: Staff  # phone masked
    unit_name: str
    agency_name: str
    trainings: list[StaffTraining]


def view_staff(ctx: Context, staff_id: str) -> StaffView:
    """One member of staff with every training attended, newest first."""
    ctx.require("staff", "view")
    with ctx.reading() as session:
        row = get_live(session, Staff, staff_id, noun=_STAFF)
        unit = session.get(OrgUnit, row.org_unit_id)
        agency = session.get(Agency, row.agency_id) if row.agency_id else None
        trainings = queries.trainings_of(session, staff_id)
    shown = Staff(**row.model_dump())
    shown.phone = mask_phone(row.phone)
    return StaffView(shown, unit.name if unit else "", agency.name if agency else "", trainings)


# -- training ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrainingRow:
    id: str
    staff_id: str
    staff_name: str
    unit_name: str
    name: str
    hours: float
    held_on: date
    organiser: str


def training_ids(ctx: Context, *, search: str = "", year: int | None = None, staff_id: str | None = None,
                 sort: str | None = None, descending: bool = False) -> list[str]:
    """Training records newest first, or in the order of `sort`; `search` finds a part of the
    course, the organiser or the person."""
    ctx.require("staff", "view")
    with ctx.reading() as session:
        ids = queries.training_ids(session, search=search.strip(), year=year, staff_id=staff_id)
    return order_ids(ids, lambda wanted: trainings_by_id(ctx, wanted), TRAINING_SORTS, sort, descending,
                     native=("held_on", True))


def trainings_by_id(ctx: Context, ids: list[str]) -> dict[str, TrainingRow]:
    ctx.require("staff", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.trainings_with_names(session, ids)
    return {t.id: TrainingRow(t.id, t.staff_id, person, unit, t.name, t.hours, t.held_on, t.organiser)
            for t, person, unit in rows if not t.deleted}


# -- operating funds -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FundsLine:
    """One station or room in one year: received, spent, left, and the minimum it must receive."""

    org_unit_id: str
    unit_name: str
    tier: str
    area_kind: str | None
    received_fen: int
    spent_fen: int
    left_fen: int
    minimum_fen: int | None  # None: no minimum for this unit (a rural room, a tier the profile leaves out)
    met: bool | None  # received at least the minimum; None without one


def operating_fund_summary(ctx: Context, year: int) -> list[FundsLine]:
    """Every station and room (the station first), its operating funds of `year`, against the
    minimum of the station's policy profile: the same figures as the dashboard's funds target."""
    ctx.require("staff", "view")
    profile = policies.station_profile(ctx)
    with ctx.reading() as session:
        sums = queries.operating_totals_by_unit(session, year=year)
    lines = []
    for u in station.list_org_units(ctx):
        received, spent = sums.get((u.id, "received"), 0), sums.get((u.id, "spent"), 0)
        minimum = funds_minimum_fen(profile, u.tier, u.area_kind)
        lines.append(FundsLine(u.id, u.name, u.tier, u.area_kind, received, spent, received - spent, minimum,
                               None if minimum is None else received >= minimum))
    return lines


@dataclass(frozen=True)
class FundsEntry:
    id: str
    org_unit_id: str
    unit_name: str
    year: int
    entry: str  # "received" / "spent"
    amount_fen: int
    on: date
    note: str


def operating_fund_ids(ctx: Context, *, year: int | None = None, org_unit_id: str | None = None,
                       search: str = "", sort: str | None = None, descending: bool = False) -> list[str]:
    """Entries of the operating funds, newest first, or in the order of `sort`; `search` finds a
    part of the note or the unit's name."""
    ctx.require("staff", "view")
    with ctx.reading() as session:
        ids = queries.operating_fund_ids(session, year=year, org_unit_id=org_unit_id, search=search.strip())
    return order_ids(ids, lambda wanted: operating_funds_by_id(ctx, wanted), FUNDS_SORTS, sort, descending,
                     native=("on", True))


def operating_funds_by_id(ctx: Context, ids: list[str]) -> dict[str, FundsEntry]:
    ctx.require("staff", "view")
    if not ids:
        return {}
    with ctx.reading() as session:
        rows = queries.operating_funds_with_units(session, ids)
    return {f.id: FundsEntry(f.id, f.org_unit_id, unit, f.year, f.entry, f.amount_fen, f.on, f.note)
            for f, unit in rows if not f.deleted}


def operating_funds(ctx: Context, year: int) -> list[dict]:
    """Per station or room with entries in the year: received, spent and what is left."""
    return [{"org_unit_id": line.org_unit_id, "received": line.received_fen, "spent": line.spent_fen,
             "left": line.left_fen} for line in operating_fund_summary(ctx, year) if line.received_fen or line.spent_fen]
