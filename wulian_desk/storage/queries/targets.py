"""What the policy targets count: the live units, organisations, staff, trainings, agencies and
operating funds of a year (of one station, or of everything held here), and those records named
with their unit for the dashboard's drill-down."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, extract, select

from wulian_desk.core.models import (
    Agency,
    OperatingFund,
    Organisation,
    OrgUnit,
    Staff,
    StaffTraining,
)


@dataclass(frozen=True)
class TargetRows:
    units: list
    organisations: list  # (id, unit id, type, brand organisation, has brand project, federation member)
    staff: list  # (id, unit id, certificate, agency id) of active staff
    trainings: list  # StaffTraining rows held in the year
    agencies: list  # (id, unit id, name)
    funds_received: list  # (id, unit id, amount in fen) received in the year


def target_rows(session: Session, *, year: int, owner: str | None) -> TargetRows:
    def mine(model):
        return [model.deleted == False] + ([model.owner == owner] if owner else [])  # noqa: E712

    return TargetRows(
        units=list(session.exec(select(OrgUnit).where(*mine(OrgUnit)))),
        organisations=list(session.exec(
            select(Organisation.id, Organisation.org_unit_id, Organisation.org_type, Organisation.brand_organisation,
                   Organisation.brand_project != "", Organisation.federation_member)
            .where(*mine(Organisation)).order_by(Organisation.id))),
        staff=list(session.exec(select(Staff.id, Staff.org_unit_id, Staff.certificate, Staff.agency_id)
                                .where(*mine(Staff), Staff.active == True))),  # noqa: E712
        trainings=list(session.exec(select(StaffTraining).where(*mine(StaffTraining),
                                                                extract("year", StaffTraining.held_on) == year))),
        agencies=list(session.exec(select(Agency.id, Agency.org_unit_id, Agency.name).where(*mine(Agency)))),
        funds_received=list(session.exec(
            select(OperatingFund.id, OperatingFund.org_unit_id, OperatingFund.amount_fen)
            .where(*mine(OperatingFund), OperatingFund.year == year, OperatingFund.entry == "received"))),
    )


def named_records(session: Session, ids: list[str]) -> dict[str, list[tuple]]:
    """The records among `ids` of the kinds the targets count, each with its unit's name:
    {"organisation": [(row, unit)], "staff": [...], "training": [(row, person, unit)], ...}."""
    return {
        "organisation": list(session.exec(select(Organisation, OrgUnit.name)
                                          .join(OrgUnit, OrgUnit.id == Organisation.org_unit_id)
                                          .where(col(Organisation.id).in_(ids)))),
        "staff": list(session.exec(select(Staff, OrgUnit.name).join(OrgUnit, OrgUnit.id == Staff.org_unit_id)
                                   .where(col(Staff.id).in_(ids)))),
        "training": list(session.exec(select(StaffTraining, Staff.name, OrgUnit.name)
                                      .join(Staff, Staff.id == StaffTraining.staff_id)
                                      .join(OrgUnit, OrgUnit.id == Staff.org_unit_id)
                                      .where(col(StaffTraining.id).in_(ids)))),
        "agency": list(session.exec(select(Agency, OrgUnit.name).join(OrgUnit, OrgUnit.id == Agency.org_unit_id)
                                    .where(col(Agency.id).in_(ids)))),
        "operating_fund": list(session.exec(select(OperatingFund, OrgUnit.name)
                                            .join(OrgUnit, OrgUnit.id == OperatingFund.org_unit_id)
                                            .where(col(OperatingFund.id).in_(ids)))),
    }
