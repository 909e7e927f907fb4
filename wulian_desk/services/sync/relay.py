"""Tiers as a chain: a township keeps its rooms' payloads and forwards them to its county; the
county checks each by the room's own key and applies it under the room, as if the room had sent
it directly (same merge rules, ledger, gaps and conflicts).

Trust: the county pins a room's keys the first time a township forwards them (the township had
them from the room's enrolment, fingerprint read out) and refuses a later different key for that
room, or the same room forwarded by another township. What this does not prove: that the keys the
township forwarded first were the room's (the county trusts its township for that, once).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wulian_desk.core.errors import BundleError
from wulian_desk.core.models import SyncBundleIn, SyncPeer, SyncRelay
from wulian_desk.core.texts import Text, translate
from wulian_desk.storage.migrate import HEAD_REVISION
from wulian_desk.storage.queries import sync as queries
from wulian_desk.sync import chain_heads, changes, senders
from wulian_desk.sync.identity import PublicKeys
from wulian_desk.sync.payload import Decoded
from wulian_desk.sync.relay import Forwarded, open_forwarded, parse

if TYPE_CHECKING:
    from sqlmodel import Session

    from wulian_desk.services.context import Context


@dataclass
class Relayed:
    """A forwarded room payload, checked and ready to apply."""

    item: Forwarded
    decoded: Decoded

    @property
    def seq(self) -> int:
        return int(self.decoded.manifest["seq"])

    @property
    def rows(self) -> int:
        return sum(len(b.rows) for b in self.decoded.blocks)


# -- at the township ----------------------------------------------------------------------------


def keep(session: Session, peer: SyncPeer, header: dict, plain: bytes) -> None:
    """A room's payload we imported, kept for our county (only when we have one: a county is the
    top of the chain and forwards nothing)."""
    if peer.relation != "station" or queries.county_peer(session) is None:
        return
    if session.get(SyncRelay, header["bundle_id"]) is None:
        session.add(SyncRelay(bundle_id=header["bundle_id"], peer_id=peer.id, station_id=peer.station_id,
                              seq=header["seq"], payload=plain, received_at=datetime.now(UTC)))


def outgoing(session: Session, county: SyncPeer) -> tuple[list[dict], list[SyncRelay]]:
    """The `forwarded` entries of our next bundle to the county: every kept room payload the county
    has not acknowledged a bundle of ours carrying, but a revoked room's."""
    queries.forget_relays(session, acked_seq=county.acked_seq)
    relays = queries.relays_unacknowledged(session, acked_seq=county.acked_seq)
    entries = []
    for relay in relays:
        room = session.get(SyncPeer, relay.peer_id)
        if room is None or room.status != "active":  # revoked: the county refuses its payloads
            continue
        entries.append(Forwarded(relay.bundle_id, room.station_id, room.id, room.name, room.tier, room.division_code,
                                 _keys(room), relay.payload).as_entry())
    carried = {e["bundle_id"] for e in entries}
    return entries, [r for r in relays if r.bundle_id in carried]


def mark_carried(session: Session, relays: list[SyncRelay], seq: int) -> None:
    for relay in relays:
        if relay.carried_seq is None:
            relay.carried_seq = seq
            session.add(relay)


# -- at the county --------------------------------------------------------------------------------


def check(ctx: Context, township: SyncPeer, peers: list[SyncPeer], manifest: dict) -> list[Relayed]:
    """Every forwarded payload in a township's bundle, checked before anything is written: a room
    beneath that township (or one seen first here), its pinned key, its own rows only."""
    items = parse(manifest)
    if items and township.relation != "station":
        raise _foreign(translate("services.sync.relay", "只有下级站点可以转交社工室的数据。"))
    by_id = {p.id: p for p in peers}
    checked = []
    keys_in_bundle: dict[str, tuple[PublicKeys, str]] = {}
    for item in items:
        _check_room(ctx, township, item, by_id.get(item.device), peers)
        if keys_in_bundle.setdefault(item.device, (item.keys, item.station)) != (item.keys, item.station):
            raise BundleError("bad_signature", translate("services.sync.relay", "同一台社工室电脑在数据包中有两套公钥，整包不予导入。"))
        decoded = open_forwarded(item)
        inner = decoded.manifest
        if inner["sender"] != item.device or inner["sender_station"] != item.station \
                or inner["recipient_station"] != township.station_id:
            raise _foreign(translate("services.sync.relay", "转交的社工室数据包的发送方或接收方不符。"))
        if str(inner["schema"]) > HEAD_REVISION:
            raise BundleError("newer_schema", translate("services.sync.relay", "转交的社工室数据来自更新版本的程序，请先升级本程序。"))
        changes.validate(decoded.blocks, allowed_owners={item.station},  # a room's own records only
                         allowed_tables=senders.STATION_TABLES)
        chain_heads.parse(inner)
        checked.append(Relayed(item, decoded))
    return checked


def _check_room(ctx: Context, township: SyncPeer, item: Forwarded, known: SyncPeer | None,
                peers: list[SyncPeer]) -> None:
    if item.station in (ctx.station_id, township.station_id):
        raise _foreign(translate("services.sync.relay", "转交的数据自称属于本站或转交的站点。"))
    if known is not None:
        if known.relation != "relayed" or known.upstream != township.station_id or known.station_id != item.station:
            raise _foreign(translate("services.sync.relay", "{name} 不在 {name2} 之下，{name2} 不能转交它的数据。").format(name=known.name, name2=township.name))
        if known.status == "revoked":
            raise BundleError("revoked_sender", translate("services.sync.relay", "{name} 的密钥已被吊销，转交的数据不予导入。").format(name=known.name))
        if (known.sign_public, known.age_recipient) != (item.keys.sign_public, item.keys.age_recipient):
            raise BundleError("bad_signature", translate("services.sync.relay", "{name} 的公钥与本机先前记下的不同，转交的数据不予导入。").format(name=known.name))
    for other in peers:
        if other.station_id == item.station and other.id != item.device and (
                other.relation != "relayed" or other.upstream != township.station_id):
            raise _foreign(translate("services.sync.relay", "{name} 不在 {name2} 之下，{name2} 不能转交它的数据。").format(name=other.name, name2=township.name))


def apply(session: Session, township: SyncPeer, relayed: list[Relayed]) -> tuple[int, int, int]:
    """Apply each room payload not yet in our ledger under its room, in the caller's transaction.
    Returns (payloads applied, rows, conflicts); the highest counter is raised by the caller."""
    payloads = rows = found = 0
    highest = 0
    for one in relayed:
        item, manifest = one.item, one.decoded.manifest
        if queries.received(session, item.bundle_id) is not None:
            continue  # carried again before our ack reached the township: a no-op, as a duplicate is
        room = _pinned(session, township, item)
        applied = changes.apply(session, one.decoded.blocks)
        highest = max(highest, applied.highest_counter)
        counts = {b.table: len(b.rows) for b in one.decoded.blocks}
        room.in_last_seq = max(room.in_last_seq, one.seq)
        room.in_last_at = datetime.now(UTC)
        session.add(room)
        session.add(SyncBundleIn(id=item.bundle_id, peer_id=room.id, seq=one.seq,
                                 created_at=datetime.fromisoformat(manifest["created"]), imported_at=datetime.now(UTC),
                                 counts=json.dumps(counts), conflicts=applied.conflicts))
        chain_heads.record_seen(session, room.id, one.seq, manifest)
        payloads, rows, found = payloads + 1, rows + one.rows, found + applied.conflicts
    changes.raise_counter(session, highest)
    return payloads, rows, found


def _pinned(session: Session, township: SyncPeer, item: Forwarded) -> SyncPeer:
    """The room as this county knows it: made at first sight, with the keys then forwarded."""
    room = session.get(SyncPeer, item.device)
    if room is None:
        room = SyncPeer(id=item.device, station_id=item.station, name=item.name, tier=item.tier,
                        division_code=item.division_code, relation="relayed", upstream=township.station_id,
                        sign_public=item.keys.sign_public, age_recipient=item.keys.age_recipient,
                        fingerprint=item.keys.fingerprint, enrolled_at=datetime.now(UTC))
    room.name, room.division_code = item.name, item.division_code
    return room


def _keys(peer: SyncPeer) -> PublicKeys:
    return PublicKeys(peer.sign_public, peer.age_recipient)


def _foreign(reason: Text) -> BundleError:
    return BundleError("foreign_record", translate("services.sync.relay", "{reason}整包不予导入。").format(reason=reason))
