"""Staff of the stations and rooms, their certificates and training hours, and the yearly
operating funds received and spent by each station and room."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import select

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.facilities import clean_text
from wulian_desk.core.masking import mask_phone
from wulian_desk.core.models import Agency, OperatingFund, OrgUnit, Staff, StaffTraining
from wulian_desk.core.vocab import Choice
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.organisations import check_community, live

CERTIFICATES = {c.code: c for c in (
    Choice("none", "无", "None"), Choice("assistant", "助理社会工作师", "Assistant social worker"),
    Choice("social_worker", "社会工作师", "Social worker"), Choice("senior", "高级社会工作师", "Senior social worker"),
)}
# Who counts as a 专业社工 for the staffing minimums: anyone holding a certificate.
PROFESSIONAL = frozenset(CERTIFICATES) - {"none"}


def add_staff(ctx: Context, *, name: str, post: str, org_unit_id: str | None = None, certificate: str = "none",
              agency_id: str | None = None, phone: str = "") -> Changes:
    ctx.require("staff", "create")
    if certificate not in CERTIFICATES:
        raise ValidationError("请选择职业资格证书。", "Choose a certificate.", field="certificate")
    row = Staff(name=clean_text(name, field="name", label="姓名", max_len=40, required=True),
                post=clean_text(post, field="post", label="岗位", max_len=40, required=True), certificate=certificate,
                org_unit_id=org_unit_id or ctx.station_id, agency_id=agency_id or None,
                phone=clean_text(phone, field="phone", label="联系电话", max_len=20, required=False))
    with ctx.writing() as session:
        check_community(session, row.org_unit_id)
        if row.agency_id:
            live(session, Agency, row.agency_id, "社会工作服务机构")
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "create", "staff", row.id)
    return Changes.of("staff", row.id)


def set_certificate(ctx: Context, staff_id: str, certificate: str) -> Changes:
    ctx.require("staff", "edit")
    if certificate not in CERTIFICATES:
        raise ValidationError("请选择职业资格证书。", "Choose a certificate.", field="certificate")
    with ctx.writing() as session:
        row = live(session, Staff, staff_id, "工作人员")
        row.certificate = certificate
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "edit", "staff", staff_id, certificate=certificate)
    return Changes.of("staff", staff_id)


def add_training(ctx: Context, staff_ids: list[str], *, name: str, hours: float, held_on: date,
                 organiser: str = "") -> Changes:
    """One course attended by several staff: a record each, with the course's hours (课时)."""
    ctx.require("staff", "edit")
    if isinstance(hours, bool) or not isinstance(hours, int | float) or not 0 < hours <= 500:
        raise ValidationError("培训课时须大于 0。", "Training hours must be positive.", field="hours")
    if held_on > date.today():
        raise ValidationError("日期不能晚于今天。", "The date is in the future.", field="held_on")
    name = clean_text(name, field="name", label="培训名称", max_len=80, required=True)
    organiser = clean_text(organiser, field="organiser", label="举办单位", max_len=80, required=False)
    ids = []
    with ctx.writing() as session:
        for staff_id in dict.fromkeys(staff_ids):
            live(session, Staff, staff_id, "工作人员")
            row = ctx.stamp(session, StaffTraining(staff_id=staff_id, name=name, hours=float(hours), held_on=held_on,
                                                   organiser=organiser))
            session.add(row)
            ids.append(row.id)
        ctx.audit(session, "create", "staff_training", ids[0] if ids else "", staff=len(ids), hours=hours)
    return Changes(frozenset({"staff"}), tuple(ids))


def record_operating_funds(ctx: Context, *, org_unit_id: str, year: int, entry: str, amount_fen: int, on: date,
                           note: str = "") -> Changes:
    """运行经费 received or spent by a station or room in a year, in fen."""
    ctx.require("staff", "edit")
    if entry not in ("received", "spent"):
        raise ValidationError("请选择收入或支出。", "Choose received or spent.", field="entry")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError("金额须为正整数（以分计）。", "Amounts are whole fen.", field="amount_fen")
    if on.year != year or on > date.today():
        raise ValidationError("日期须在所记年度内且不晚于今天。", "The date must be in that year.", field="on")
    with ctx.writing() as session:
        check_community(session, org_unit_id)
        row = ctx.stamp(session, OperatingFund(org_unit_id=org_unit_id, year=year, entry=entry, amount_fen=amount_fen,
                                               on=on, note=clean_text(note, field="note", label="说明", max_len=200,
                                                                      required=False)))
        session.add(row)
        ctx.audit(session, "create", "operating_fund", row.id, fen=amount_fen, entry=entry)
    return Changes.of("operating_fund", row.id)


def staff_list(ctx: Context) -> list[dict]:
    ctx.require("staff", "view")
    with ctx.reading() as session:
        rows = session.exec(select(Staff, OrgUnit.name, Agency.name).join(OrgUnit, OrgUnit.id == Staff.org_unit_id)
                            .outerjoin(Agency, Agency.id == Staff.agency_id)
                            .where(Staff.deleted == False).order_by(OrgUnit.name, Staff.name)).all()  # noqa: E712
        hours = dict(session.exec(select(StaffTraining.staff_id, func.sum(StaffTraining.hours))
                                  .where(StaffTraining.deleted == False).group_by(StaffTraining.staff_id)).all())  # noqa: E712
    return [{"id": s.id, "name": s.name, "post": s.post, "certificate": s.certificate,
             "certificate_label": CERTIFICATES[s.certificate].zh, "unit_name": unit, "agency": agency or "",
             "phone": mask_phone(s.phone), "training_hours": hours.get(s.id, 0.0)} for s, unit, agency in rows]


def operating_funds(ctx: Context, year: int) -> list[dict]:
    """Per station or room: received, spent and what is left in the year."""
    ctx.require("staff", "view")
    with ctx.reading() as session:
        rows = session.exec(select(OperatingFund.org_unit_id, OperatingFund.entry, func.sum(OperatingFund.amount_fen))
                            .where(OperatingFund.year == year, OperatingFund.deleted == False)  # noqa: E712
                            .group_by(OperatingFund.org_unit_id, OperatingFund.entry)).all()
    out: dict[str, dict] = {}
    for unit, entry, fen in rows:
        out.setdefault(unit, {"org_unit_id": unit, "received": 0, "spent": 0})[entry] = fen
    return [v | {"left": v["received"] - v["spent"]} for v in out.values()]
