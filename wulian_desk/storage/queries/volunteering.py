"""What the volunteer and activity services ask: a volunteer by ID number, everything kept about
one volunteer, the volunteer list filtered and its page rows, teams and their members, the
next activity number, an activity by id or number, the activity list and its counts, and who
is already linked to an activity."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, func, select

from wulian_desk.core.models import (
    Activity,
    ActivityVolunteer,
    Room,
    TeamMember,
    Volunteer,
    VolunteerTeam,
)
from wulian_desk.storage.queries.common import live

# -- volunteers ---------------------------------------------------------------------------------


def volunteer_by_id_number(session: Session, id_number: str, *, exclude_id: str | None = None) -> Volunteer | None:
    query = live(Volunteer).where(Volunteer.id_number == id_number)
    if exclude_id:
        query = query.where(Volunteer.id != exclude_id)
    return session.exec(query).first()


def records_of_volunteer(session: Session, model, volunteer_id: str, order) -> list:
    """A volunteer's live trainings, awards or evaluations (`model`), in `order`."""
    return list(session.exec(live(model).where(model.volunteer_id == volunteer_id).order_by(order)))


def team_names_of(session: Session, volunteer_id: str) -> list[str]:
    return list(session.exec(select(VolunteerTeam.name).join(TeamMember, TeamMember.team_id == VolunteerTeam.id)
                             .where(TeamMember.volunteer_id == volunteer_id, TeamMember.deleted == False)))  # noqa: E712


def volunteer_ids(session: Session, *, search: str, team_id: str | None) -> list[str]:
    """Live volunteers matching a name, pinyin initials or the start of an ID number, by initials."""
    query = live(Volunteer).with_only_columns(Volunteer.id)
    if search:
        query = query.where(col(Volunteer.name).contains(search) | col(Volunteer.name_initials).startswith(search.lower())
                            | col(Volunteer.id_number).startswith(search.upper()))
    if team_id:
        query = query.where(col(Volunteer.id).in_(live(TeamMember).where(TeamMember.team_id == team_id)
                                                  .with_only_columns(TeamMember.volunteer_id)))
    return list(session.exec(query.order_by(Volunteer.name_initials, Volunteer.id)))


def volunteer_list_rows(session: Session, ids: list[str]) -> list[tuple]:
    """(id, name, gender, ID number, phone, residence area, skills) of these volunteers."""
    return [tuple(r) for r in session.execute(
        select(Volunteer.id, Volunteer.name, Volunteer.gender, Volunteer.id_number, Volunteer.phone,
               Volunteer.residence_area, Volunteer.skills).where(col(Volunteer.id).in_(ids)))]


def live_teams(session: Session) -> list[VolunteerTeam]:
    return list(session.exec(live(VolunteerTeam).order_by(VolunteerTeam.name)))


def team_member_ids(session: Session, team_id: str) -> set[str]:
    return set(session.exec(live(TeamMember).where(TeamMember.team_id == team_id)
                            .with_only_columns(TeamMember.volunteer_id)))


# -- activities ---------------------------------------------------------------------------------


def activity_numbers_in_year(session: Session, year: int) -> int:
    return session.exec(select(func.count()).select_from(Activity)
                        .where(col(Activity.activity_number).startswith(f"HD{year}-"))).one()


def activity_by_number(session: Session, number: str) -> Activity | None:
    return session.exec(live(Activity).where(Activity.activity_number == number)).first()


def live_ids_among(session: Session, model, ids: list[str]) -> set[str]:
    """Which of these ids are live rows of `model`."""
    return set(session.exec(live(model).where(col(model.id).in_(ids)).with_only_columns(model.id)))


def linked_to_activity(session: Session, model, key: str, activity_id: str) -> set[str]:
    """The people (`key`: client_id or volunteer_id of `model`) already linked to an activity."""
    return set(session.exec(live(model).where(model.activity_id == activity_id)
                            .with_only_columns(getattr(model, key))))


def activity_ids(session: Session, *, month: tuple[int, int] | None, unreported_only: bool) -> list[str]:
    """Live activities newest first, of one month, or only the major events not yet reported."""
    query = live(Activity).with_only_columns(Activity.id)
    if month:
        year, m = month
        query = query.where(Activity.starts_at >= datetime(year, m, 1),
                            Activity.starts_at < datetime(year + m // 12, m % 12 + 1, 1))
    if unreported_only:
        query = query.where(col(Activity.major_event).is_not(None), col(Activity.reported_on).is_(None))
    return list(session.exec(query.order_by(col(Activity.starts_at).desc(), col(Activity.id).desc())))


def activities_with_rooms(session: Session, ids: list[str]) -> list[tuple[Activity, str | None]]:
    return list(session.exec(select(Activity, Room.name).outerjoin(Room, Room.id == Activity.room_id)
                             .where(col(Activity.id).in_(ids))))


def people_per_activity(session: Session, model, ids: list[str]) -> dict[str, int]:
    """Live participants or volunteers (`model`) per activity."""
    return dict(session.execute(select(model.activity_id, func.count()).where(
        col(model.activity_id).in_(ids), model.deleted == False).group_by(model.activity_id)).all())  # noqa: E712


def activity_volunteers(session: Session, activity_id: str) -> list[tuple[str, str]]:
    """(id, name) of the volunteers linked to an activity, by pinyin initials."""
    return [tuple(r) for r in session.execute(
        select(Volunteer.id, Volunteer.name).join(ActivityVolunteer, ActivityVolunteer.volunteer_id == Volunteer.id)
        .where(ActivityVolunteer.activity_id == activity_id, ActivityVolunteer.deleted == False)  # noqa: E712
        .order_by(Volunteer.name_initials))]
