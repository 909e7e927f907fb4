"""What the station services ask: its accounts (by station, role, name), its org units, the
names of the people who did things, and what the demo filler checks and draws on (whether the
station is still empty, some clients to place in groups and activities)."""

from __future__ import annotations

from sqlmodel import Session, func, select

from wulian_desk.core.models import (
    Account,
    Activity,
    Case,
    Client,
    OrgUnit,
    Room,
    SyncPeer,
    VolunteerCertificate,
)
from wulian_desk.storage.queries.common import live


def accounts_of(session: Session, *, station_id: str, include_deleted: bool = False) -> list[Account]:
    """A station's own accounts (a county also holds its stations')."""
    query = (select(Account) if include_deleted else live(Account)).where(Account.owner == station_id)
    return list(session.exec(query))


def accounts_by_id(session: Session, ids: list[str]) -> dict[str, Account]:
    return {a.id: a for a in session.exec(select(Account).where(Account.id.in_(ids)))}


def all_accounts(session: Session, *, include_deleted: bool = True) -> list[Account]:
    """Every account held here, the stations' too (for names in the journal and on records)."""
    return list(session.exec(select(Account) if include_deleted else live(Account)))


def active_with_role(session: Session, *, station_id: str, role: str) -> list[Account]:
    """A station's usable accounts with this role."""
    return list(session.exec(live(Account).where(Account.role == role, Account.disabled == False,  # noqa: E712
                                                 Account.owner == station_id)))


def account_by_username(session: Session, username: str, *, station_id: str) -> Account | None:
    """The live account of this station with this user name, compared case-blind."""
    wanted = username.casefold()
    return next((a for a in accounts_of(session, station_id=station_id) if a.username.casefold() == wanted), None)


def live_units(session: Session) -> list[OrgUnit]:
    return list(session.exec(live(OrgUnit)))


def has_rooms_or_units(session: Session, *, station_id: str) -> bool:
    """Whether the station has any room or any unit besides itself (tombstones count too)."""
    rooms = session.exec(select(func.count()).select_from(Room)).one()
    return bool(rooms) or bool(session.exec(select(func.count()).select_from(OrgUnit)
                                            .where(OrgUnit.id != station_id)).one())


def first_client_ids(session: Session, *, limit: int) -> list[str]:
    """Up to `limit` client ids, in no particular order (tombstones included)."""
    return list(session.exec(select(Client.id).limit(limit)))


def issued_numbers(session: Session, *, owner: str) -> list[str]:
    """Every case, activity and certificate number of this station held here, deleted ones too."""
    found: list[str] = []
    for column, model in ((Case.case_number, Case), (Activity.activity_number, Activity),
                          (VolunteerCertificate.number, VolunteerCertificate)):
        found += session.exec(select(column).where(model.owner == owner)).all()
    return found


def peer_number_tags(session: Session) -> list[str]:
    """The number tags this computer gave the computers it enrolled."""
    return [t for t in session.exec(select(SyncPeer.number_tag)).all() if t]
