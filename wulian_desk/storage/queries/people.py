"""What the person services ask: the county's person secret as held here, the rows whose person
key is still to be computed and writing the keys as new versions, who each volunteer and client
record is (key, national number, manual links), the rows of the county's people list, and the
volunteer records of one person."""

from __future__ import annotations

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from wulian_desk.core.models import (
    Client,
    CountyDocument,
    OrgUnit,
    PersonLink,
    ServiceRecord,
    TeamMember,
    Volunteer,
    VolunteerTeam,
    VolunteerTraining,
)
from wulian_desk.core.people import group_people
from wulian_desk.storage.queries.common import live
from wulian_desk.storage.records import reserve_counters, utc_now

PERSON_SECRET = "person_secret"  # the county document kind that holds the county's person secret
_TABLES = {"volunteer": Volunteer, "client": Client}


def person_secret_documents(session: Session) -> list[CountyDocument]:
    """The live person-secret documents held here (the county's own, or the one it sent down)."""
    return list(session.exec(live(CountyDocument).where(CountyDocument.kind == PERSON_SECRET)))


def rows_with_id_numbers(session: Session, *, table: str, owner: str) -> list[tuple[str, str, str, str | None]]:
    """(id, id type, ID number, person key) of this owner's live rows that have an ID number."""
    model = _TABLES[table]
    id_type = model.id_type if table == "volunteer" else None
    columns = [model.id, id_type if id_type is not None else text("'resident_id'"), model.id_number, model.person_key]
    query = live(model).with_only_columns(*columns).where(model.owner == owner, col(model.id_number).is_not(None),
                                                          model.id_number != "")
    return [tuple(r) for r in session.execute(query)]


def set_person_keys(session: Session, *, table: str, keys: list[tuple[str, str | None]], device_id: str) -> int:
    """Write these rows' person keys as new versions by this device (so they travel), in the
    caller's transaction, with plain SQL: a county may key tens of thousands of rows at once."""
    if not keys:
        return 0
    first = reserve_counters(session, len(keys))
    now = utc_now().strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLite stores every version time
    params = [{"id": row_id, "key": key, "device": device_id, "counter": first + i, "now": now}
              for i, (row_id, key) in enumerate(keys)]
    session.connection().execute(text(
        f"UPDATE {_TABLES[table].__tablename__} SET person_key = :key, "
        "base_version = device_id || ':' || counter, device_id = :device, counter = :counter, updated_at = :now "
        "WHERE id = :id"), params)
    return len(keys)


# -- who each record is ---------------------------------------------------------------------------


def volunteer_identities(session: Session) -> list[tuple[str, str | None, str]]:
    """(id, person key, national number) of every live volunteer record held here."""
    return [tuple(r) for r in session.execute(live(Volunteer).with_only_columns(
        Volunteer.id, Volunteer.person_key, Volunteer.national_number))]


def client_identities(session: Session) -> list[tuple[str, str | None, None]]:
    """(id, person key, None) of every live client record held here."""
    return [(r[0], r[1], None) for r in session.execute(live(Client).with_only_columns(Client.id, Client.person_key))]


def person_links(session: Session, *, kind: str) -> list[tuple[str, str]]:
    """(record id, person) of the live manual links of this kind of record."""
    return [tuple(r) for r in session.execute(live(PersonLink).with_only_columns(PersonLink.record_id, PersonLink.person)
                                              .where(PersonLink.record_kind == kind))]


def link_of(session: Session, *, kind: str, record_id: str) -> PersonLink | None:
    return session.exec(live(PersonLink).where(PersonLink.record_kind == kind,
                                               PersonLink.record_id == record_id)).first()


def record_exists(session: Session, *, kind: str, record_id: str) -> bool:
    model = _TABLES[kind]
    return session.exec(live(model).with_only_columns(model.id).where(model.id == record_id)).first() is not None


def same_person(session: Session, volunteer_id: str) -> list[str]:
    """Every live volunteer record held here that is the same person as this one, itself first
    (core/people.py's rule: person key, national number, manual link)."""
    groups = group_people(volunteer_identities(session), person_links(session, kind="volunteer"))
    person = groups.get(volunteer_id, volunteer_id)
    return [volunteer_id] + sorted(v for v, p in groups.items() if p == person and v != volunteer_id)


# -- the county's people list -------------------------------------------------------------------


def volunteer_records(session: Session) -> list[tuple]:
    """(id, name, owner, station name, national number, person key) of every live volunteer record
    (all of them: the people list groups them all, and an IN list of every id would pass SQLite's
    limit on bound values)."""
    station = select(OrgUnit.name).where(OrgUnit.id == Volunteer.owner).correlate(Volunteer).scalar_subquery()
    return [tuple(r) for r in session.execute(select(
        Volunteer.id, Volunteer.name, Volunteer.owner, station, Volunteer.national_number, Volunteer.person_key)
        .where(Volunteer.deleted == False))]  # noqa: E712


def team_names(session: Session) -> dict[str, list[str]]:
    """volunteer id -> names of the teams the volunteer is a live member of."""
    out: dict[str, list[str]] = {}
    for volunteer_id, name in session.execute(
            select(TeamMember.volunteer_id, VolunteerTeam.name).join(VolunteerTeam, VolunteerTeam.id == TeamMember.team_id)
            .where(TeamMember.deleted == False)):  # noqa: E712
        out.setdefault(volunteer_id, []).append(name)
    return out


def training_counts(session: Session) -> dict[str, tuple[int, float]]:
    """volunteer id -> (trainings, hours) of live training records."""
    rows = session.execute(live(VolunteerTraining).with_only_columns(
        VolunteerTraining.volunteer_id, func.count(), func.coalesce(func.sum(VolunteerTraining.hours), 0))
        .group_by(VolunteerTraining.volunteer_id))
    return {v: (int(n), float(h)) for v, n, h in rows}


def served_volunteers(session: Session, *, start, end) -> list[tuple[str, str]]:
    """(owner, volunteer id) of each volunteer with live hours from `start` to before `end`."""
    query = live(ServiceRecord).with_only_columns(ServiceRecord.owner, ServiceRecord.volunteer_id).where(
        col(ServiceRecord.superseded_by).is_(None), ServiceRecord.served_on >= start, ServiceRecord.served_on < end)
    return [tuple(r) for r in session.execute(query.distinct())]


def record_owners(session: Session, *, kind: str) -> list[tuple[str, str]]:
    """(id, owner) of every live record of this kind."""
    model = _TABLES[kind]
    return [tuple(r) for r in session.execute(live(model).with_only_columns(model.id, model.owner))]
