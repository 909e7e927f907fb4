"""What the community-organisation services ask: the activities an organisation is linked to,
whether a year is already evaluated, the organisation list filtered and its page rows (unit names,
activity links, evaluations), and which organisations the roster import already knows."""

from __future__ import annotations

from sqlmodel import Session, col, select

from wulian_desk.core.models import (
    Activity,
    Organisation,
    OrganisationActivity,
    OrganisationEvaluation,
    OrgUnit,
)
from wulian_desk.storage.queries.common import live


def linked_activity_ids(session: Session, organisation_id: str) -> set[str]:
    """The activities this organisation is already (live) linked to."""
    return set(session.exec(select(OrganisationActivity.activity_id).where(
        OrganisationActivity.organisation_id == organisation_id, OrganisationActivity.deleted == False)).all())  # noqa: E712


def evaluated_in(session: Session, organisation_id: str, *, year: int) -> bool:
    """Whether the organisation has a live evaluation of this year."""
    return session.exec(select(OrganisationEvaluation.id).where(
        OrganisationEvaluation.organisation_id == organisation_id, OrganisationEvaluation.year == year,
        OrganisationEvaluation.deleted == False)).first() is not None  # noqa: E712


def organisation_ids(session: Session, *, org_unit_id: str | None, search: str) -> list[str]:
    """Live organisations by community and name; `search` finds a part of the name or the leader."""
    query = select(Organisation.id).join(OrgUnit, OrgUnit.id == Organisation.org_unit_id).where(
        Organisation.deleted == False)  # noqa: E712
    if org_unit_id:
        query = query.where(Organisation.org_unit_id == org_unit_id)
    if search:
        query = query.where(col(Organisation.name).contains(search) | col(Organisation.leader).contains(search))
    return list(session.exec(query.order_by(OrgUnit.name, Organisation.name, Organisation.id)).all())


def organisations_with_units(session: Session, ids: list[str]) -> list[tuple[Organisation, str]]:
    return list(session.exec(select(Organisation, OrgUnit.name).join(OrgUnit, OrgUnit.id == Organisation.org_unit_id)
                             .where(col(Organisation.id).in_(ids))).all())


def activity_links(session: Session, organisation_ids: list[str]) -> list[str]:
    """The organisation id of each live activity link of these organisations (one per link)."""
    return list(session.exec(select(OrganisationActivity.organisation_id).where(
        col(OrganisationActivity.organisation_id).in_(organisation_ids),
        OrganisationActivity.deleted == False)).all())  # noqa: E712


def evaluations_of(session: Session, organisation_ids: list[str]) -> list[OrganisationEvaluation]:
    """The live evaluations of these organisations, oldest year first."""
    return list(session.exec(live(OrganisationEvaluation).where(
        col(OrganisationEvaluation.organisation_id).in_(organisation_ids))
        .order_by(OrganisationEvaluation.year)).all())


def activities_of(session: Session, organisation_id: str) -> list[Activity]:
    """The activities an organisation took part in, by start."""
    return list(session.exec(select(Activity).join(OrganisationActivity, OrganisationActivity.activity_id == Activity.id)
                             .where(OrganisationActivity.organisation_id == organisation_id,
                                    OrganisationActivity.deleted == False)  # noqa: E712
                             .order_by(Activity.starts_at)).all())


def organisation_keys(session: Session) -> set[tuple[str, str]]:
    """(community id, name) of every live organisation: how the roster import knows one."""
    return {(o.org_unit_id, o.name) for o in session.exec(live(Organisation))}
