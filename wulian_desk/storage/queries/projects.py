"""What the project services ask: the service agencies by name, what a project has spent, the
record of the stage it is at, how many indicators it has, the project list filtered and its page
rows (agency and unit names, spending, indicators), and one project's indicators, spending and
stages with their approvers' names."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from wulian_desk.core.models import (
    Account,
    Agency,
    OrgUnit,
    Project,
    ProjectEvent,
    ProjectIndicator,
    ProjectSpending,
)
from wulian_desk.storage.queries.common import live

# -- agencies -----------------------------------------------------------------------------------


def agency_names(session: Session) -> list[tuple[str, str]]:
    """(name, id) of every live agency."""
    return list(session.exec(select(Agency.name, Agency.id).where(Agency.deleted == False)).all())  # noqa: E712


def agency_id_named(session: Session, name: str) -> str | None:
    """The live agency of this name, if there is one."""
    return session.exec(select(Agency.id).where(Agency.name == name, Agency.deleted == False)).first()  # noqa: E712


# -- one project --------------------------------------------------------------------------------


def spent_fen(session: Session, project_id: str) -> int:
    """What the project's live spending adds up to, in fen."""
    return session.exec(select(func.coalesce(func.sum(ProjectSpending.amount_fen), 0)).where(
        ProjectSpending.project_id == project_id, ProjectSpending.deleted == False)).one()  # noqa: E712


def stage_event(session: Session, project_id: str, stage: str) -> ProjectEvent | None:
    """The record of reaching `stage` (a stage is reached once: there is no going back)."""
    return session.exec(live(ProjectEvent).where(ProjectEvent.project_id == project_id,
                                                 ProjectEvent.to_stage == stage)).first()


def indicator_count(session: Session, project_id: str) -> int:
    return session.exec(select(func.count()).select_from(ProjectIndicator).where(
        ProjectIndicator.project_id == project_id, ProjectIndicator.deleted == False)).one()  # noqa: E712


def indicators_of(session: Session, project_ids: list[str]) -> list[ProjectIndicator]:
    """The live indicators of these projects, in the order they were made."""
    return list(session.exec(live(ProjectIndicator).where(col(ProjectIndicator.project_id).in_(project_ids))
                             .order_by(ProjectIndicator.id)).all())


def spending_of(session: Session, project_id: str) -> list[ProjectSpending]:
    """A project's live spending by day."""
    return list(session.exec(live(ProjectSpending).where(ProjectSpending.project_id == project_id)
                             .order_by(ProjectSpending.spent_on, ProjectSpending.id)).all())


def stages_of(session: Session, project_id: str) -> list[ProjectEvent]:
    """The stages a project reached, in the order they were reached (ids are time-ordered)."""
    return list(session.exec(live(ProjectEvent).where(ProjectEvent.project_id == project_id)
                             .order_by(ProjectEvent.id)).all())


def stages_with_approvers(session: Session, project_id: str) -> list[tuple[ProjectEvent, str | None]]:
    """The stages reached, each with its approver's display name (None for an unknown account)."""
    return list(session.exec(select(ProjectEvent, Account.display_name)
                             .outerjoin(Account, Account.id == ProjectEvent.approved_by)
                             .where(ProjectEvent.project_id == project_id, ProjectEvent.deleted == False)  # noqa: E712
                             .order_by(ProjectEvent.id)).all())


# -- the list -----------------------------------------------------------------------------------


def project_ids(session: Session, *, stage: str | None, search: str) -> list[str]:
    """Live projects by name; `search` finds a part of the name or of the agency's name."""
    query = select(Project.id).outerjoin(Agency, Agency.id == Project.agency_id).where(Project.deleted == False)  # noqa: E712
    if stage:
        query = query.where(Project.stage == stage)
    if search:
        query = query.where(col(Project.name).contains(search) | col(Agency.name).contains(search))
    return list(session.exec(query.order_by(Project.name, Project.id)).all())


def projects_with_names(session: Session, ids: list[str]) -> list[tuple[Project, str | None, str | None]]:
    """(project, agency name, unit name) of these projects, tombstones included."""
    return list(session.exec(select(Project, Agency.name, OrgUnit.name)
                             .outerjoin(Agency, Agency.id == Project.agency_id)
                             .outerjoin(OrgUnit, OrgUnit.id == Project.org_unit_id)
                             .where(col(Project.id).in_(ids))).all())


def spent_by_project(session: Session, ids: list[str]) -> dict[str, int]:
    """Live spending in fen per project, for those of these projects that spent anything."""
    return dict(session.exec(select(ProjectSpending.project_id, func.sum(ProjectSpending.amount_fen)).where(
        col(ProjectSpending.project_id).in_(ids), ProjectSpending.deleted == False)  # noqa: E712
        .group_by(ProjectSpending.project_id)).all())
