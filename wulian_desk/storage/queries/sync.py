"""What the sync services ask of the ledger: the peers we are enrolled with, the bundles we sent
and received, the county's revocations, and how a database refusal while applying a bundle is
told to the user; the county's documents; conflicts (listing, setting aside those decided on
another computer, restoring a losing version) and correction requests and answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, func, select

from wulian_desk.core.errors import BundleError, ValidationError
from wulian_desk.core.models import (
    ConflictDecision,
    CorrectionAnswer,
    CorrectionRequest,
    CountyDocument,
    InstallationKey,
    SyncBundleIn,
    SyncBundleOut,
    SyncConflict,
    SyncPeer,
    SyncRelay,
)
from wulian_desk.core.texts import translate
from wulian_desk.storage.queries.common import live


def peers(session: Session) -> list[SyncPeer]:
    """Every peer, by relation and name (revoked ones too: the window shows them as such)."""
    return list(session.exec(select(SyncPeer).order_by(SyncPeer.relation, SyncPeer.name)))


def get_peer(session: Session, peer_id: str) -> SyncPeer:
    peer = session.get(SyncPeer, peer_id)
    if peer is None:
        raise ValidationError(translate("storage.queries.sync", "没有登记过的同步对象：{peer_id}").format(peer_id=peer_id))
    return peer


def acked_marks(session: Session, peer: SyncPeer) -> dict:
    """The version marks of the newest bundle this peer acknowledged ({} if none)."""
    if not peer.acked_seq:
        return {}
    done = session.exec(select(SyncBundleOut).where(SyncBundleOut.peer_id == peer.id,
                                                    SyncBundleOut.seq == peer.acked_seq)).first()
    return json.loads(done.marks) if done is not None else {}


def received_seqs(session: Session, peer_id: str) -> list[int]:
    """The sequence numbers of the bundles we imported from this peer, in order."""
    return sorted(session.exec(select(SyncBundleIn.seq).where(SyncBundleIn.peer_id == peer_id)))


def received(session: Session, bundle_id: str) -> SyncBundleIn | None:
    return session.get(SyncBundleIn, bundle_id)


def ledger(session: Session, *, peer_id: str | None = None) -> list[SyncBundleIn]:
    """Bundles received, newest first, from one peer or all."""
    query = select(SyncBundleIn).order_by(SyncBundleIn.imported_at.desc())
    if peer_id:
        query = query.where(SyncBundleIn.peer_id == peer_id)
    return list(session.exec(query))


def revoked_installations(session: Session, *, station_id: str) -> list[str]:
    """Device ids the county revoked: only the county's own word counts (this station itself if
    it is the county, or the county we are enrolled with)."""
    above = session.exec(select(SyncPeer.station_id, SyncPeer.upstream).where(SyncPeer.relation == "county")).all()
    counties = {station_id} | {s for s, _ in above} | {u for _, u in above if u}
    return list(session.exec(live(CountyDocument).where(CountyDocument.kind == "revocation",
                                                        CountyDocument.owner.in_(counties))
                             .with_only_columns(CountyDocument.key)))


@contextmanager
def refusals_as_bundle_errors() -> Iterator[None]:
    """Apply a bundle inside this: a row the database refuses rolls the whole bundle back and is
    told as the bundle's fault, with its reason."""
    try:
        yield
    except IntegrityError as err:
        if "FOREIGN KEY" in str(err.orig):
            raise BundleError("broken_reference", translate("storage.queries.sync", "数据包中的记录引用了本机和数据包里都没有的记录，整包不予导入。")) from err
        raise BundleError("malformed", translate("storage.queries.sync", "数据包中的记录与本机的记录冲突（重复的唯一值），整包不予导入。")) from err


# -- enrolment and the county's documents --------------------------------------------------------


def county_peer(session: Session) -> SyncPeer | None:
    """The county this station is enrolled with, if any."""
    return session.exec(select(SyncPeer).where(SyncPeer.relation == "county")).first()


def peer_of_station(session: Session, station_id: str) -> SyncPeer | None:
    """Any enrolled installation of this station."""
    return session.exec(select(SyncPeer).where(SyncPeer.station_id == station_id)).first()


def station_names(session: Session) -> dict[str, str]:
    """Enrolled stations' names by station id."""
    return {p.station_id: p.name for p in session.exec(select(SyncPeer))}


def installation_keys(session: Session) -> list[InstallationKey]:
    """The signing keys of every station computer held here (live rows), oldest first."""
    return list(session.exec(live(InstallationKey).order_by(InstallationKey.counter)))


def documents_of(session: Session, *, owner: str) -> list[CountyDocument]:
    """Every document this county made, withdrawn ones included."""
    return list(session.exec(select(CountyDocument).where(CountyDocument.owner == owner)))


def document_rows(session: Session, *, columns: list[str], for_station: str) -> list[list]:
    """The county's documents for one station (and those for every station), as stored rows."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = session.connection().exec_driver_sql(
        f"SELECT {quoted} FROM county_document WHERE for_station IS NULL OR for_station = ?", (for_station,)).all()
    return [list(r) for r in rows]


def unit_rows(session: Session, *, columns: list[str], unit_id: str) -> list[list]:
    """One org unit as its stored row (for an enrolment reply)."""
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = session.connection().exec_driver_sql(f"SELECT {quoted} FROM org_unit WHERE id = ?", (unit_id,)).all()
    return [list(r) for r in rows]


def own_document(session: Session, *, kind: str, owner: str) -> CountyDocument | None:
    """The county's own document of this kind (deleted or not), to be updated in place."""
    return session.exec(select(CountyDocument).where(CountyDocument.kind == kind,
                                                     CountyDocument.owner == owner)).first()


def newest_document(session: Session, *, kind: str, not_owner: str | None = None) -> CountyDocument | None:
    """The newest live document of this kind (from another owner than `not_owner`, if given)."""
    query = live(CountyDocument).where(CountyDocument.kind == kind)
    if not_owner is not None:
        query = query.where(CountyDocument.owner != not_owner)
    return session.exec(query.order_by(CountyDocument.counter.desc())).first()


# -- conflicts and corrections -------------------------------------------------------------------


def conflicts(session: Session, *, include_resolved: bool) -> list[SyncConflict]:
    query = select(SyncConflict).order_by(SyncConflict.found_at.desc())
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return list(session.exec(query))


def open_conflict_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(SyncConflict)
                        .where(SyncConflict.resolved_at.is_(None))).one()


def stored_row(session: Session, table: str, row_id: str) -> dict:
    """A row of a synced table as stored ({} if there is none). `table` comes from the program's
    own list of synced tables, never from what a user typed."""
    found = session.connection().exec_driver_sql(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,)).mappings().first()
    return dict(found) if found else {}


def stored_value(session: Session, table: str, column_sql: str, row_id: str):
    """One value (or SQL expression over the row) of a row of a synced table; None if no row."""
    return session.connection().exec_driver_sql(
        f'SELECT {column_sql} FROM "{table}" WHERE id = ?', (row_id,)).scalar()


def row_version(session: Session, table: str, row_id: str) -> str | None:
    """The version ("device:counter") a row of a synced table holds now; None if there is none."""
    found = session.connection().exec_driver_sql(
        f'SELECT device_id, counter FROM "{table}" WHERE id = ?', (row_id,)).first()
    return f"{found[0]}:{found[1]}" if found else None


def overwrite_row(session: Session, table: str, row_id: str, values: dict) -> None:
    """Write these values over a row of a synced table (a losing version restored as a new edit).
    Table and column names come from the program's own list of synced tables."""
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    session.connection().exec_driver_sql(f'UPDATE "{table}" SET {assignments} WHERE id = ?',
                                         (*values.values(), row_id))


def set_aside_decided_conflicts(session: Session, *, now: datetime) -> int:
    """Mark every open conflict that a live decision names as resolved, with that decision's
    latest resolution; how many were set aside."""
    decided = select(ConflictDecision.conflict_id).where(ConflictDecision.deleted == False)  # noqa: E712
    latest = (select(ConflictDecision.resolution)
              .where(ConflictDecision.conflict_id == SyncConflict.id, ConflictDecision.deleted == False)  # noqa: E712
              .order_by(ConflictDecision.counter.desc()).limit(1).scalar_subquery())
    # One statement on the session's connection: no row is loaded, nothing pending is flushed.
    return session.connection().execute(
        update(SyncConflict).where(SyncConflict.resolved_at.is_(None), SyncConflict.id.in_(decided))
        .values(resolved_at=now, resolved_by="", resolution=latest)).rowcount


def live_correction_requests(session: Session) -> list[CorrectionRequest]:
    return list(session.exec(live(CorrectionRequest).order_by(CorrectionRequest.requested_on.desc())))


def latest_answers(session: Session) -> dict[str, CorrectionAnswer]:
    """Each request's latest answer, by request id."""
    answers = {}
    for answer in session.exec(select(CorrectionAnswer).order_by(CorrectionAnswer.counter)):
        answers[answer.request_id] = answer
    return answers


def peer_names(session: Session) -> dict[str, str]:
    """Enrolled installations' names by device id."""
    return {p.id: p.name for p in session.exec(select(SyncPeer))}


def stations_below(session: Session) -> list[SyncPeer]:
    """The installations of the stations enrolled with us (a county's townships and rooms, a
    township's rooms) and, at a county, the rooms it knows through their townships, by name."""
    return list(session.exec(select(SyncPeer).where(SyncPeer.relation.in_(("station", "relayed")))
                             .order_by(SyncPeer.name)))


def rooms_via(session: Session, *, township: str) -> set[str]:
    """At a county: the station ids of the community rooms it knows through this township."""
    return set(session.exec(select(SyncPeer.station_id).where(SyncPeer.relation == "relayed",
                                                              SyncPeer.upstream == township)))


def relays_unacknowledged(session: Session, *, acked_seq: int) -> list[SyncRelay]:
    """Rooms' payloads our county has not acknowledged a bundle of ours carrying, oldest first."""
    query = select(SyncRelay).where((SyncRelay.carried_seq.is_(None)) | (SyncRelay.carried_seq > acked_seq))
    return list(session.exec(query.order_by(SyncRelay.received_at, SyncRelay.seq)))


def forget_relays(session: Session, *, acked_seq: int) -> None:
    """Rooms' payloads our county has acknowledged: they need not be kept any longer."""
    session.execute(delete(SyncRelay).where(SyncRelay.carried_seq.is_not(None), SyncRelay.carried_seq <= acked_seq))


def all_received(session: Session) -> list[SyncBundleIn]:
    return list(session.exec(select(SyncBundleIn)))
