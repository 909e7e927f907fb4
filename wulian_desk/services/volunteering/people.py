"""One person across stations: the county's volunteers list by person (each station's record
beneath, one total, one star level under the profile in force), the same grouping for clients,
and the links by which the county joins by hand records that have no ID number.

Which records are one person is core/people.py's rule (person key, national number, manual link);
this module reads what it needs, asks the rule, and adds up. At a station it groups the station's
own records (and what the county sent down), so the same functions serve both tiers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.models import OrgUnit, PersonLink
from wulian_desk.core.people import count_people, group_people
from wulian_desk.core.texts import translate
from wulian_desk.core.volunteers import star_label, star_level
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.volunteering import service_hours
from wulian_desk.storage.queries import people as queries
from wulian_desk.storage.queries import volunteering_sqlite

if TYPE_CHECKING:
    from sqlmodel import Session

KINDS = {"volunteer": translate("services.volunteering.people", "志愿者"), "client": translate("services.volunteering.people", "服务对象")}


def groups_in(session: Session, kind: str) -> dict[str, str]:
    """record id -> person id of every live record of this kind held here."""
    records = queries.volunteer_identities(session) if kind == "volunteer" else queries.client_identities(session)
    return group_people(records, queries.person_links(session, kind=kind))


def person_volunteer_ids(session: Session, volunteer_id: str) -> list[str]:
    """Every live volunteer record held here that is the same person as this one (itself first)."""
    return queries.same_person(session, volunteer_id)


@dataclass(frozen=True)
class StationRecord:
    """One station's record of a person: its hours, teams and trainings."""

    volunteer_id: str
    station_id: str
    station_name: str
    name: str
    minutes: int
    records: int
    teams: list[str]
    trainings: int
    training_hours: float


@dataclass(frozen=True)
class Person:
    """One person at the county: every station's record beneath, one total, one star level."""

    person_id: str
    name: str
    national_number: str
    person_key: str | None
    minutes: int
    stars: int
    star_label: str
    records: list[StationRecord] = field(default_factory=list)

    @property
    def stations(self) -> list[str]:
        return sorted({r.station_name for r in self.records})

    @property
    def hours(self) -> float:
        return round(self.minutes / 60, 2)


def volunteer_people(ctx: Context, *, search: str = "") -> list[Person]:
    """Every volunteer here as one row per person, by name; `search` matches a name or a national
    number."""
    ctx.require("volunteer", "view")
    with ctx.reading() as session:
        groups = groups_in(session, "volunteer")
        ids = sorted(groups)
        rows = {r[0]: r for r in queries.volunteer_records(session)}
        totals = {t[0]: t for t in volunteering_sqlite.hours_totals(session, ids, year=date.today().year)}
        teams, trainings = queries.team_names(session), queries.training_counts(session)
        thresholds = service_hours.star_hours(ctx, session)
    by_person: dict[str, list[str]] = {}
    for record_id in ids:
        by_person.setdefault(groups[record_id], []).append(record_id)
    people = []
    for person_id, members in by_person.items():
        records = [_station_record(rows[v], totals.get(v), teams.get(v, []), trainings.get(v, (0, 0.0)))
                   for v in members]
        minutes = sum(r.minutes for r in records)
        first = rows[members[0]]
        national = next((rows[v][4] for v in members if rows[v][4]), "")
        key = next((rows[v][5] for v in members if rows[v][5]), None)
        stars = star_level(minutes, thresholds)
        people.append(Person(person_id, first[1], national, key, minutes, stars, star_label(stars),
                             sorted(records, key=lambda r: (r.station_name, r.volunteer_id))))
    needle = search.strip().upper()
    if needle:
        people = [p for p in people if needle in p.name.upper() or needle in p.national_number]
    return sorted(people, key=lambda p: (p.name, p.person_id))


def _station_record(row: tuple, total: tuple | None, teams: list[str], training: tuple[int, float]) -> StationRecord:
    volunteer_id, name, owner, station_name, _national, _key = row
    minutes, records = (total[1], total[3]) if total else (0, 0)
    return StationRecord(volunteer_id, owner, station_name or owner[:8], name, minutes, records, sorted(teams),
                         training[0], training[1])


def people_count(ctx: Context, kind: str) -> tuple[int, int]:
    """(people, records) of this kind held here: a person at three stations counts once."""
    ctx.require(kind, "view")
    with ctx.reading() as session:
        groups = groups_in(session, kind)
    return count_people(groups, groups), len(groups)


def client_people(ctx: Context) -> list[tuple[str, list[tuple[str, str]]]]:
    """(person id, [(client id, owner station), ...]) of every client here, one entry per person."""
    ctx.require("client", "view")
    with ctx.reading() as session:
        groups = groups_in(session, "client")
        owners = dict(queries.record_owners(session, kind="client"))
    by_person: dict[str, list[tuple[str, str]]] = {}
    for record_id, person in sorted(groups.items()):
        by_person.setdefault(person, []).append((record_id, owners.get(record_id, "")))
    return sorted(by_person.items())


# -- manual links (the county's) ----------------------------------------------------------------------


def _county_only(ctx: Context, session: Session, kind: str) -> None:
    ctx.require("station", "edit")
    unit = session.get(OrgUnit, ctx.station_id)
    if unit is None or unit.tier != "county":
        raise ValidationError(translate("services.volunteering.people", "同一人关联由县级总站建立。"))
    if kind not in KINDS:
        raise ValidationError(translate("services.volunteering.people", "只能关联志愿者或服务对象。"), field="kind")


def link(ctx: Context, kind: str, record_ids: list[str]) -> Changes:
    """Join these records (of people without an ID number, say) as one person; the links travel
    down to the stations. Records already linked keep their person and bring the others to it."""
    ctx.require("station", "edit")  # the county's administrators (the tier is checked below)
    record_ids = list(dict.fromkeys(r.strip() for r in record_ids if r and r.strip()))
    if len(record_ids) < 2:
        raise ValidationError(translate("services.volunteering.people", "请至少给出两条要关联为同一人的记录。"), field="records")
    with ctx.writing() as session:
        _county_only(ctx, session, kind)
        held = {}
        for record_id in record_ids:
            if not queries.record_exists(session, kind=kind, record_id=record_id):
                raise ValidationError(translate("services.volunteering.people", "找不到{kind}记录：{record_id}").format(kind=KINDS[kind], record_id=record_id),
                                      field="records")
            held[record_id] = queries.link_of(session, kind=kind, record_id=record_id)
        person = next((h.person for h in held.values() if h is not None), min(record_ids))
        written = []
        for record_id, existing in held.items():
            if existing is not None and existing.person == person:
                continue
            row = existing or PersonLink(record_kind=kind, record_id=record_id, person=person)
            row.person = person
            session.add(ctx.stamp(session, row))
            written.append(row.id)
        ctx.audit(session, "person_link", kind, person, records=record_ids)
    return Changes(frozenset({"person_link", kind}), tuple(written))


def unlink(ctx: Context, kind: str, record_id: str) -> Changes:
    """Take one record out of its manual link (a tombstone travels down)."""
    ctx.require("station", "edit")
    with ctx.writing() as session:
        _county_only(ctx, session, kind)
        row = queries.link_of(session, kind=kind, record_id=record_id.strip())
        if row is None:
            raise ValidationError(translate("services.volunteering.people", "这条{kind}记录没有手工关联。").format(kind=KINDS[kind]),
                                  field="record")
        row.deleted = True
        session.add(ctx.stamp(session, row))
        ctx.audit(session, "person_unlink", kind, record_id, person=row.person)
    return Changes(frozenset({"person_link", kind}), (row.id,))
