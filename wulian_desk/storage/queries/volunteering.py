"""What the volunteer, activity, service-hours, roster-import and certificate services ask: a
volunteer by ID number, everything kept about one volunteer, the volunteer list filtered and its
page rows, teams and their members, the next activity number, an activity by id or number, the
activity list and its counts, who is already linked to an activity, which hours are already
recorded, a volunteer's records, the station's totals, what a roster file refers to (looked up
in chunks), and a certificate's records and number. The totals SQLite answers in its own SQL are
in volunteering_sqlite.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlmodel import Session, col, distinct, func, select

from wulian_desk.core.models import (
    Activity,
    ActivityVolunteer,
    Room,
    ServiceRecord,
    TeamMember,
    Volunteer,
    VolunteerCertificate,
    VolunteerTeam,
)
from wulian_desk.storage.queries.common import live
from wulian_desk.storage.queries.people import same_person

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


def activity_numbers_in_year(session: Session, *, year: int, owner: str) -> list[str]:
    """The activity numbers of this year the station has issued (HD2026-…), deleted ones too."""
    return list(session.exec(select(Activity.activity_number).where(Activity.owner == owner)
                             .where(col(Activity.activity_number).startswith(f"HD{year}-"))).all())


def activity_by_number(session: Session, number: str) -> Activity | None:
    return session.exec(live(Activity).where(Activity.activity_number == number)).first()


def live_ids_among(session: Session, model, ids: list[str]) -> set[str]:
    """Which of these ids are live rows of `model`."""
    return set(session.exec(live(model).where(col(model.id).in_(ids)).with_only_columns(model.id)))


def linked_to_activity(session: Session, model, key: str, activity_id: str) -> set[str]:
    """The people (`key`: client_id or volunteer_id of `model`) already linked to an activity."""
    return set(session.exec(live(model).where(model.activity_id == activity_id)
                            .with_only_columns(getattr(model, key))))


def activity_ids(session: Session, *, month: tuple[int, int] | None, unreported_only: bool,
                 search: str = "") -> list[str]:
    """Live activities newest first, of one month, or only the major events not yet reported;
    `search` finds a part of the title, the number, the place (or its room's name) or the organiser."""
    query = live(Activity).with_only_columns(Activity.id)
    if search:
        rooms = select(Room.id).where(col(Room.name).contains(search))
        query = query.where(col(Activity.title).contains(search) | col(Activity.activity_number).contains(search.upper())
                            | col(Activity.place).contains(search) | col(Activity.organiser).contains(search)
                            | col(Activity.room_id).in_(rooms))
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


def activity_volunteer_ids(session: Session, activity_id: str) -> list[str]:
    """The volunteers signed up for an activity."""
    return list(session.exec(live(ActivityVolunteer).where(ActivityVolunteer.activity_id == activity_id)
                             .with_only_columns(ActivityVolunteer.volunteer_id)))


# -- service hours ------------------------------------------------------------------------------


def _live_hours():
    """Service records that count: not tombstones, not replaced by a correction (the terms of the
    partial index ix_service_record_live)."""
    return live(ServiceRecord).where(col(ServiceRecord.superseded_by).is_(None))


def already_recorded(session: Session, volunteer_ids: list[str], *, activity_id: str | None,
                     served_on: date) -> set[str]:
    """Which of these volunteers already have live hours for this activity (or none) on this day."""
    return set(session.exec(_live_hours().where(
        col(ServiceRecord.volunteer_id).in_(volunteer_ids), ServiceRecord.served_on == served_on,
        ServiceRecord.activity_id == activity_id).with_only_columns(ServiceRecord.volunteer_id)))


def volunteer_names(session: Session, ids: list[str] | set[str]) -> list[str]:
    return list(session.exec(select(Volunteer.name).where(col(Volunteer.id).in_(ids))))


def service_records_of(session: Session, volunteer_id: str, *, superseded: bool, period_from: date | None,
                       period_to: date | None) -> list[ServiceRecord]:
    """A volunteer's live records, or (`superseded`) the versions corrections replaced, each read
    through its own partial index."""
    if superseded:
        query = select(ServiceRecord).where(col(ServiceRecord.superseded_by).is_not(None))
    else:
        query = _live_hours()
    query = query.where(ServiceRecord.volunteer_id == volunteer_id)
    if period_from:
        query = query.where(ServiceRecord.served_on >= period_from)
    if period_to:
        query = query.where(ServiceRecord.served_on <= period_to)
    return list(session.exec(query))


def station_hours(session: Session, *, start: date | None, end: date | None) -> tuple[int, int, int]:
    """(volunteers, minutes, records) of the live hours served from `start` to before `end`."""
    query = _live_hours().with_only_columns(
        func.count(distinct(ServiceRecord.volunteer_id)), func.coalesce(func.sum(ServiceRecord.minutes), 0),
        func.count())
    if start is not None:
        query = query.where(ServiceRecord.served_on >= start)
    if end is not None:
        query = query.where(ServiceRecord.served_on < end)
    volunteers, minutes, records = session.execute(query).one()
    return int(volunteers), int(minutes), int(records)


# -- a roster file's references, looked up in chunks ----------------------------------------------

CHUNK = 900  # values per IN (...) list, under SQLite's bound-parameter limit on any build


def _in_chunks(session: Session, query_for: Callable, values: list) -> list[tuple]:
    """The rows (as tuples) of `query_for(part)` for each chunk of `values`."""
    found = []
    for start in range(0, len(values), CHUNK):
        found += [tuple(r) for r in session.execute(query_for(values[start:start + CHUNK]))]
    return found


def registered_id_numbers(session: Session, numbers: list[str]) -> set[str]:
    """Which of these ID numbers a live volunteer already has."""
    return {number for number, in _in_chunks(session, lambda part: live(Volunteer).where(
        col(Volunteer.id_number).in_(part)).with_only_columns(Volunteer.id_number), numbers)}


def volunteers_by_id_number(session: Session, numbers: list[str]) -> dict[str, tuple[str, str]]:
    """ID number -> (id, name) of the live volunteers with these numbers."""
    rows = _in_chunks(session, lambda part: live(Volunteer).where(col(Volunteer.id_number).in_(part))
                      .with_only_columns(Volunteer.id, Volunteer.id_number, Volunteer.name), numbers)
    return {number: (volunteer_id, name) for volunteer_id, number, name in rows}


def activities_by_reference(session: Session, references: list[str]) -> list[tuple[Activity, str | None]]:
    """The live activities whose number (in any case) or title is one of these, with the name of
    their room."""
    return _in_chunks(session, lambda part: select(Activity, Room.name).outerjoin(Room, Room.id == Activity.room_id)
                      .where(col(Activity.activity_number).in_([p.upper() for p in part])
                             | col(Activity.title).in_(part), Activity.deleted == False), references)  # noqa: E712


def recorded_on_activities(session: Session, activity_ids: list[str]) -> list[tuple[str, str, date]]:
    """(volunteer id, activity id, day) of the live hours already recorded on these activities."""
    return _in_chunks(session, lambda part: _live_hours().where(col(ServiceRecord.activity_id).in_(part))
                      .with_only_columns(ServiceRecord.volunteer_id, ServiceRecord.activity_id,
                                         ServiceRecord.served_on), activity_ids)


# -- certificates ---------------------------------------------------------------------------------


def certified_records(session: Session, volunteer_id: str, *, period_from: date,
                      period_to: date) -> list[tuple]:
    """(id, day, minutes, activity id, content) of the live records in a period of the person this
    volunteer record is (every record held here that is the same person: at the county, their
    records at every station): what a certificate states and its digest covers."""
    return [tuple(r) for r in session.execute(_live_hours().where(
        col(ServiceRecord.volunteer_id).in_(same_person(session, volunteer_id)), ServiceRecord.served_on >= period_from,
        ServiceRecord.served_on <= period_to).with_only_columns(
        ServiceRecord.id, ServiceRecord.served_on, ServiceRecord.minutes, ServiceRecord.activity_id,
        ServiceRecord.content))]


def first_served_on(session: Session, volunteer_id: str) -> date | None:
    """The day of the earliest live record of the person this volunteer record is, or None."""
    return session.exec(_live_hours().where(col(ServiceRecord.volunteer_id).in_(same_person(session, volunteer_id)))
                        .with_only_columns(func.min(ServiceRecord.served_on))).one()


def record_owners_of(session: Session, record_ids: list[str]) -> list[str]:
    """The owner (station) of each of these service records."""
    return list(_in_chunks_scalar(session, lambda part: select(ServiceRecord.owner).where(
        col(ServiceRecord.id).in_(part)), record_ids))


def _in_chunks_scalar(session: Session, query_for: Callable, values: list) -> list:
    return [r[0] for r in _in_chunks(session, query_for, values)]


def certificate_numbers_in_year(session: Session, *, year: int, owner: str) -> list[str]:
    """The certificate numbers of this year the station has issued (ZM2026-…)."""
    return list(session.exec(select(VolunteerCertificate.number).where(VolunteerCertificate.owner == owner)
                             .where(col(VolunteerCertificate.number).startswith(f"ZM{year}-"))).all())


def certificate_by_number(session: Session, number: str) -> VolunteerCertificate | None:
    return session.exec(live(VolunteerCertificate).where(VolunteerCertificate.number == number)).first()


def activity_types(session: Session, ids: list[str]) -> dict[str, str]:
    """Activity id -> kind of activity, for these activities."""
    return dict(session.execute(select(Activity.id, Activity.activity_type).where(col(Activity.id).in_(ids))).all())


def certificate_of(session: Session, *, number: str, owner: str) -> VolunteerCertificate | None:
    """The certificate of this number that this station (the row's owner) issued."""
    return session.exec(live(VolunteerCertificate).where(VolunteerCertificate.number == number)
                        .where(VolunteerCertificate.owner == owner)).first()


def revoked_certificates(session: Session) -> list[tuple[str, str, date]]:
    """(issuing station, number, revoked on) of every revoked certificate held here."""
    rows = session.exec(select(VolunteerCertificate.owner, VolunteerCertificate.number,
                               VolunteerCertificate.revoked_on)
                        .where(col(VolunteerCertificate.revoked_on).is_not(None))
                        .where(VolunteerCertificate.deleted == False)  # noqa: E712  (SQL, not Python)
                        .order_by(VolunteerCertificate.owner, VolunteerCertificate.number)).all()
    return [(owner, number, revoked_on) for owner, number, revoked_on in rows]


def issued_certificates(session: Session, *, limit: int = 2000) -> list[tuple[VolunteerCertificate, str]]:
    """The certificates held here, newest first, each with its volunteer's name."""
    rows = session.exec(select(VolunteerCertificate, Volunteer.name)
                        .join(Volunteer, col(Volunteer.id) == col(VolunteerCertificate.volunteer_id), isouter=True)
                        .where(VolunteerCertificate.deleted == False)  # noqa: E712  (SQL, not Python)
                        .order_by(col(VolunteerCertificate.issued_on).desc(), col(VolunteerCertificate.number).desc())
                        .limit(limit)).all()
    return [(cert, name or "") for cert, name in rows]
