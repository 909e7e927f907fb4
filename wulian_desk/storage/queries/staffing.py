"""What the staffing services ask: the staff list filtered, how many hold a certificate, its page
rows with unit, agency and training hours, one person's trainings, the training list and its
rows, and the operating funds received and spent per unit and year, listed and summed."""

from __future__ import annotations

from collections.abc import Collection

from sqlmodel import Session, col, extract, func, select

from wulian_desk.core.models import Agency, OperatingFund, OrgUnit, Staff, StaffTraining
from wulian_desk.storage.queries.common import live

# -- staff --------------------------------------------------------------------------------------


def staff_ids(session: Session, *, search: str, org_unit_id: str | None) -> list[str]:
    """Live staff by unit and name; `search` finds a part of the name, the post or the agency."""
    query = (select(Staff.id).join(OrgUnit, OrgUnit.id == Staff.org_unit_id).outerjoin(Agency, Agency.id == Staff.agency_id)
             .where(Staff.deleted == False))  # noqa: E712
    if org_unit_id:
        query = query.where(Staff.org_unit_id == org_unit_id)
    if search:
        query = query.where(col(Staff.name).contains(search) | col(Staff.post).contains(search)
                            | col(Agency.name).contains(search))
    return list(session.exec(query.order_by(OrgUnit.name, Staff.name, Staff.id)).all())


def count_certified(session: Session, ids: list[str], *, certificates: Collection[str]) -> int:
    """How many of these staff hold one of `certificates`, asked 500 ids at a time."""
    count = 0
    for start in range(0, len(ids), 500):
        count += session.exec(select(func.count()).select_from(Staff).where(
            col(Staff.id).in_(ids[start:start + 500]), col(Staff.certificate).in_(certificates))).one()
    return count


def staff_with_names(session: Session, ids: list[str]) -> list[tuple[Staff, str, str | None]]:
    """(staff, unit name, agency name) of these staff, tombstones included."""
    return list(session.exec(select(Staff, OrgUnit.name, Agency.name).join(OrgUnit, OrgUnit.id == Staff.org_unit_id)
                             .outerjoin(Agency, Agency.id == Staff.agency_id).where(col(Staff.id).in_(ids))).all())


def training_hours(session: Session, staff_ids: list[str]) -> list[tuple[str, int, float]]:
    """(staff id, year, hours) summed over the live trainings of these staff."""
    year = extract("year", StaffTraining.held_on)
    return list(session.exec(select(StaffTraining.staff_id, year, func.sum(StaffTraining.hours))
                             .where(col(StaffTraining.staff_id).in_(staff_ids), StaffTraining.deleted == False)  # noqa: E712
                             .group_by(StaffTraining.staff_id, year)).all())


def trainings_of(session: Session, staff_id: str) -> list[StaffTraining]:
    """One person's live trainings, newest first."""
    return list(session.exec(live(StaffTraining).where(StaffTraining.staff_id == staff_id)
                             .order_by(col(StaffTraining.held_on).desc(), StaffTraining.id)).all())


# -- training -----------------------------------------------------------------------------------


def training_ids(session: Session, *, search: str, year: int | None, staff_id: str | None) -> list[str]:
    """Live trainings of live staff, newest first; `search` finds a part of the course, the
    organiser or the person."""
    query = (select(StaffTraining.id).join(Staff, Staff.id == StaffTraining.staff_id)
             .where(StaffTraining.deleted == False, Staff.deleted == False))  # noqa: E712
    if year:
        query = query.where(extract("year", StaffTraining.held_on) == year)
    if staff_id:
        query = query.where(StaffTraining.staff_id == staff_id)
    if search:
        query = query.where(col(StaffTraining.name).contains(search) | col(StaffTraining.organiser).contains(search)
                            | col(Staff.name).contains(search))
    return list(session.exec(query.order_by(col(StaffTraining.held_on).desc(), Staff.name, StaffTraining.id)).all())


def trainings_with_names(session: Session, ids: list[str]) -> list[tuple[StaffTraining, str, str]]:
    """(training, person's name, unit name) of these trainings, tombstones included."""
    return list(session.exec(select(StaffTraining, Staff.name, OrgUnit.name)
                             .join(Staff, Staff.id == StaffTraining.staff_id)
                             .join(OrgUnit, OrgUnit.id == Staff.org_unit_id)
                             .where(col(StaffTraining.id).in_(ids))).all())


# -- operating funds ----------------------------------------------------------------------------


def operating_totals(session: Session, *, org_unit_id: str, year: int) -> dict[str, int]:
    """One unit's live operating funds of a year in fen, per entry ("received", "spent")."""
    return dict(session.exec(select(OperatingFund.entry, func.sum(OperatingFund.amount_fen)).where(
        OperatingFund.org_unit_id == org_unit_id, OperatingFund.year == year, OperatingFund.deleted == False)  # noqa: E712
        .group_by(OperatingFund.entry)).all())


def operating_totals_by_unit(session: Session, *, year: int) -> dict[tuple[str, str], int]:
    """Every unit's live operating funds of a year in fen: (unit id, entry) -> fen."""
    return {(unit_id, entry): fen for unit_id, entry, fen in session.exec(
        select(OperatingFund.org_unit_id, OperatingFund.entry, func.sum(OperatingFund.amount_fen))
        .where(OperatingFund.year == year, OperatingFund.deleted == False)  # noqa: E712
        .group_by(OperatingFund.org_unit_id, OperatingFund.entry)).all()}


def operating_fund_ids(session: Session, *, year: int | None, org_unit_id: str | None, search: str) -> list[str]:
    """Live operating-fund entries, newest first; `search` finds a part of the note or the unit's name."""
    query = (select(OperatingFund.id).join(OrgUnit, OrgUnit.id == OperatingFund.org_unit_id)
             .where(OperatingFund.deleted == False))  # noqa: E712
    if year:
        query = query.where(OperatingFund.year == year)
    if org_unit_id:
        query = query.where(OperatingFund.org_unit_id == org_unit_id)
    if search:
        query = query.where(col(OperatingFund.note).contains(search) | col(OrgUnit.name).contains(search))
    return list(session.exec(query.order_by(col(OperatingFund.on).desc(), OrgUnit.name, OperatingFund.id)).all())


def operating_funds_with_units(session: Session, ids: list[str]) -> list[tuple[OperatingFund, str]]:
    """(entry, unit name) of these operating-fund entries, tombstones included."""
    return list(session.exec(select(OperatingFund, OrgUnit.name).join(OrgUnit, OrgUnit.id == OperatingFund.org_unit_id)
                             .where(col(OperatingFund.id).in_(ids))).all())
