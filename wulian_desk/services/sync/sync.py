"""Bundles in and out: export what a peer has not acknowledged, import what peers sent.

Export writes, within one write transaction (so the sequence number and the ledger entry commit
only with a file that was written and read back whole): a temp file, fsynced, renamed, then read
back from the target folder and verified. Import checks each file in the order the format
promises (signature, recipient, schema, size and hash, decryption, manifest, every record) and only
then, after an automatic backup, applies it in one transaction, all or nothing.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wulian_desk.core.errors import BundleError, ValidationError, WulianError
from wulian_desk.core.ids import new_id
from wulian_desk.core.models import CountyDocument, SyncBundleIn, SyncBundleOut, SyncPeer
from wulian_desk.core.tasks import NO_PROGRESS, Progress
from wulian_desk.core.texts import translate
from wulian_desk.services.casework import forms
from wulian_desk.services.context import Context
from wulian_desk.services.sync import (
    conflicts,
    county_documents,
    enrolment,
    installation_keys,
    person_secret,
    relay,
)
from wulian_desk.storage import account_seals
from wulian_desk.storage.atomic import fsync_dir
from wulian_desk.storage.erasure import apply_erasures
from wulian_desk.storage.migrate import HEAD_REVISION
from wulian_desk.storage.queries import sync as queries
from wulian_desk.storage.store import BACKUPS_DIR
from wulian_desk.sync import bundle, chain_heads, changes, payload, senders
from wulian_desk.sync.identity import PublicKeys

if TYPE_CHECKING:
    from sqlmodel import Session

SUFFIX = ".wlb"
MISSING_LISTED = 100  # gaps in a sender's sequence named in a result; more are cut short
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    peer_id: str
    peer_name: str
    seq: int
    counts: dict[str, int]
    size: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


@dataclass
class ImportResult:
    path: Path
    status: str  # imported | checked (dry run) | duplicate | rejected
    message: str
    reason: str = ""
    sender: str = ""
    seq: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    missing: list[int] = field(default_factory=list)  # sequence numbers of bundles not yet seen
    conflicts: int = 0
    forwarded: int = 0  # rooms' payloads a township forwarded in it, applied under each room

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def peer_keys(peer: SyncPeer) -> PublicKeys:
    return PublicKeys(peer.sign_public, peer.age_recipient)


def list_peers(ctx: Context) -> list[SyncPeer]:
    ctx.require("bundle", "view")
    with ctx.reading() as session:
        return queries.peers(session)


def bundle_name(sender: str, recipient: str, seq: int, when: datetime) -> str:
    """ASCII only, so every file system and USB stick keeps it: WLB_<from>_<to>_<seq>_<date>.wlb"""
    return f"WLB_{sender[-8:]}_{recipient[-8:]}_{seq:05d}_{when:%Y%m%d}{SUFFIX}"


# -- export -----------------------------------------------------------------------------------


def _outgoing(ctx: Context, session: Session, peer: SyncPeer, current: dict[str, int]) -> list[payload.TableBlock]:
    acked = queries.acked_marks(session, peer)
    if peer.relation == "county":  # up: our own records, as the sharing policy allows
        return changes.collect(session, acked=acked, current=current, owners={ctx.station_id},
                               policy=county_documents.sharing_policy(ctx), tables=senders.UPWARD_TABLES)
    if peer.relation == "station":  # down: our documents and requests (a township: and its county's)
        above = queries.county_peer(session)
        owners = senders.downward_owners(ctx.station_id, above=above.station_id if above else None)
        recipients = {peer.station_id} | queries.rooms_via(session, township=peer.station_id)
        return changes.collect(session, acked=acked, current=current, owners=owners,
                               recipients=recipients, tables=changes.DOWNWARD_TABLES)
    return changes.collect(session, acked=acked, current=current, owners=None)  # our other computers


def preview(ctx: Context, peer_id: str) -> dict[str, dict]:
    """What the next bundle to this peer would carry: per table the rows, and which columns stay
    here or go up pseudonymised (the station sees what will go up before it goes)."""
    ctx.require("bundle", "export")
    with ctx.reading() as session:
        peer = queries.get_peer(session, peer_id)
        blocks = _outgoing(ctx, session, peer, changes.version_marks(session))
    policy = county_documents.sharing_policy(ctx) if peer.relation == "county" else None
    return {b.table: {"rows": len(b.rows), "withheld": policy.withheld(b.table) if policy else {}} for b in blocks}


def export_bundle(ctx: Context, peer_id: str, folder: Path, *, progress: Progress = NO_PROGRESS) -> ExportResult:
    ctx.require("bundle", "export")
    folder = _folder(folder)
    identity = enrolment.my_identity(ctx)
    with ctx.writing() as session:
        peer = queries.get_peer(session, peer_id)
        if peer.status != "active":
            raise ValidationError(translate("services.sync.sync", "{name} 已被吊销，不再向它导出。").format(name=peer.name))
        progress.step(0, 3, translate("services.sync.sync", "收集记录"))
        installation_keys.record_own_key(ctx, session)
        if peer.relation == "station" and enrolment.is_county(session, ctx):  # the profile, sharing
            county_documents.ensure_county_documents(ctx, session)  # policy and forms in force go down
            session.flush()
        current = changes.version_marks(session)
        blocks = _outgoing(ctx, session, peer, current)
        seq = peer.out_seq + 1
        now = datetime.now(UTC)
        counts = {b.table: len(b.rows) for b in blocks}
        header = {
            "bundle_id": new_id(), "sender": ctx.store.device_id, "sender_station": ctx.station_id,
            "recipient": peer.id, "recipient_station": peer.station_id, "seq": seq, "previous": peer.out_last_id,
            "schema": HEAD_REVISION, "created": now.isoformat(timespec="seconds"), "counts": counts,
        }
        journal = chain_heads.for_bundle(session, peer.id,
                                         accounts_key=account_seals.public_hex(ctx.store.slots.accounts_key))
        manifest = dict(header, acks=_acks(session, peer.id), **journal)
        forwarded, relays = relay.outgoing(session, peer) if peer.relation == "county" else ([], [])
        if forwarded:  # our rooms' own payloads, verbatim, until the county acknowledges them
            manifest["forwarded"] = forwarded
        progress.step(1, 3, translate("services.sync.sync", "加密并签名"))
        data = bundle.seal(header, payload.encode(manifest, blocks, sender=identity), sender=identity, recipient=peer_keys(peer))
        path = folder / bundle_name(ctx.store.device_id, peer.id, seq, now)
        progress.step(2, 3, translate("services.sync.sync", "写入并校验"))
        _write_verified(path, data, identity.public)
        peer.out_seq, peer.out_last_id = seq, header["bundle_id"]
        session.add(peer)
        session.add(SyncBundleOut(id=header["bundle_id"], peer_id=peer.id, seq=seq, created_at=now,
                                  marks=json.dumps(current), counts=json.dumps(counts), file_name=path.name))
        chain_heads.record_sent(session, peer.id, seq, journal)
        relay.mark_carried(session, relays, seq)
        ctx.audit(session, "bundle_export", "sync_peer", peer.id, seq=seq, records=sum(counts.values()), file=path.name)
    progress.step(3, 3, translate("services.sync.sync", "完成"))
    return ExportResult(path, peer.id, peer.name, seq, counts, len(data))


def export_all(ctx: Context, folder: Path, *, progress: Progress = NO_PROGRESS) -> list[ExportResult]:
    """One bundle for every active peer (a county: one per station)."""
    ctx.require("bundle", "export")
    peers = [p for p in list_peers(ctx) if p.status == "active" and p.relation != "relayed"]
    if not peers:
        raise ValidationError(translate("services.sync.sync", "还没有登记的同步对象：站点请先向总站申请登记（enrol request）。"))
    results = []
    for i, peer in enumerate(peers):
        # Each bundle's own steps move the bar through its share: one peer (a station's county)
        # is the usual case, and its bar would otherwise sit at 0 until the end.
        results.append(export_bundle(ctx, peer.id, folder, progress=progress.part(
            i, len(peers), translate("services.sync.sync", "导出给 {name}：").format(name=peer.name))))
    progress.step(len(peers), len(peers), translate("services.sync.sync", "完成"))
    return results


def _write_verified(path: Path, data: bytes, own_keys: PublicKeys) -> None:
    """Temp file, fsync, rename; then read it back from the stick and check it whole, so "safe to
    remove" means the stick really holds a good bundle."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
        back = path.read_bytes()
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise ValidationError(translate("services.sync.sync", "无法写入 {path}：{strerror}（U 盘已满或被拔出？）").format(path=path, strerror=err.strerror)) from err
    if back != data:
        path.unlink(missing_ok=True)
        raise ValidationError(translate("services.sync.sync", "写入 {path} 后读回的内容不一致：U 盘可能损坏，请换一个再试。").format(path=path))
    bundle.open_bundle(back, [("self", own_keys)])


def _acks(session: Session, peer_id: str) -> dict:
    """What we hold of this peer's bundles: every one up to `through`, and any later ones."""
    seqs = queries.received_seqs(session, peer_id)
    through = 0
    for seq in seqs:
        if seq != through + 1:
            break
        through = seq
    return {"through": through, "also": [s for s in seqs if s > through]}


# -- import -----------------------------------------------------------------------------------


@dataclass
class _Checked:
    peer: SyncPeer
    header: dict
    decoded: payload.Decoded
    missing: list[int]
    plain: bytes  # the decrypted payload, kept at a township to forward to its county
    relayed: list[relay.Relayed]


def import_bundles(ctx: Context, paths: list[Path], *, dry_run: bool = False,
                   progress: Progress = NO_PROGRESS) -> list[ImportResult]:
    """Each file on its own: one refused does not stop the others. A backup is taken once,
    before the first bundle that will change anything."""
    ctx.require("bundle", "import")
    identity = enrolment.my_identity(ctx)
    results: list[ImportResult] = []
    backed_up = dry_run
    for i, path in enumerate(paths):
        progress.step(i, len(paths), translate("services.sync.sync", "检查 {name}").format(name=Path(path).name))
        result = ImportResult(Path(path), "rejected", "")
        try:
            checked = _check(ctx, Path(path), identity, result)
            if checked is None:
                results.append(result)
                continue
            if dry_run:
                result.status = "checked"
                result.message = _summary("可以导入", result)
            else:
                if not backed_up:
                    ctx.store.backup_to(ctx.store.folder / BACKUPS_DIR / f"before-import-{_stamp()}.wdb")
                    backed_up = True
                progress.step(i, len(paths), translate("services.sync.sync", "导入 {name}").format(name=Path(path).name))
                _apply(ctx, checked, result)
        except BundleError as err:
            result.status, result.reason, result.message = "rejected", err.reason, err.message
            # Logged, not journaled: a refused bundle leaves the database exactly as it was.
            log.warning("bundle refused: %s (%s)", result.path.name, result.reason)
        except WulianError as err:
            result.status, result.reason, result.message = "rejected", type(err).__name__, err.message
        results.append(result)
    if any(r.status == "imported" and r.counts.get("county_document") for r in results):
        forms.adopt_county_forms(ctx)
    progress.step(len(paths), len(paths), translate("services.sync.sync", "完成"))
    return results


def _check(ctx: Context, path: Path, identity, result: ImportResult) -> _Checked | None:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise BundleError("unreadable", translate("services.sync.sync", "无法读取 {name}：{strerror}").format(name=path.name, strerror=err.strerror, path=path)) from err
    with ctx.reading() as session:
        peers = queries.peers(session)
    active = [(p.id, peer_keys(p)) for p in peers if p.status == "active"]
    revoked = [(p.id, peer_keys(p)) for p in peers if p.status != "active"]
    opened = bundle.open_bundle(data, active, revoked=revoked)
    header = opened.header
    peer = next(p for p in peers if p.id == opened.sender_key)
    result.sender, result.seq = peer.name, header["seq"]
    if peer.relation == "relayed":  # known through its township only: it never sends to us itself
        raise BundleError("unknown_sender", translate("services.sync.sync", "{name} 经乡镇（街道）站转报，未直接登记到本站。").format(name=peer.name))
    if header["sender"] != peer.id or header["sender_station"] != peer.station_id:
        raise BundleError("bad_signature", translate("services.sync.sync", "数据包头中的发送方与签名的密钥不符。"))
    if header["recipient"] != ctx.store.device_id or header["recipient_station"] != ctx.station_id:
        raise BundleError("wrong_recipient", translate("services.sync.sync", "这个数据包是发给另一个站点（或另一台电脑）的。"))
    if str(header["schema"]) > HEAD_REVISION:
        raise BundleError("newer_schema", translate("services.sync.sync", "数据包来自更新版本的程序（数据库版本 {header}），请先升级本程序。").format(header=header['schema']))
    with ctx.reading() as session:
        if queries.received(session, header["bundle_id"]) is not None:
            result.status = "duplicate"
            result.message = f"第 {result.seq} 号数据包已经导入过，未做任何更改。"
            return None
        seen = set(queries.received_seqs(session, peer.id))
    plain = bundle.decrypt(opened, identity)
    decoded = payload.decode(plain, sender=peer_keys(peer), header=header)
    changes.validate(decoded.blocks, allowed_owners=_owners(ctx, peer),
                     allowed_tables=senders.tables_from(peer.relation))
    chain_heads.parse(decoded.manifest)
    relayed = relay.check(ctx, peer, peers, decoded.manifest)
    _check_decisions_about_rooms(ctx, peer, decoded.blocks, arriving={r.item.station for r in relayed})
    result.counts = {b.table: len(b.rows) for b in decoded.blocks}
    result.forwarded = len(relayed)
    result.missing = missing_before(result.seq, seen)
    return _Checked(peer, header, decoded, result.missing, plain, relayed)


def missing_before(seq: int, seen: set[int], *, listed: int = MISSING_LISTED) -> list[int]:
    """The first `listed` sequence numbers below `seq` not yet seen. Walks only as far as it
    lists: `seq` is the sender's number, never a size to allocate."""
    missing: list[int] = []
    candidate = 1
    while candidate < seq and len(missing) < listed:
        if candidate not in seen:
            missing.append(candidate)
        candidate += 1
    return missing


def _check_decisions_about_rooms(ctx: Context, peer: SyncPeer, blocks: list[payload.TableBlock], *,
                                 arriving: set[str]) -> None:
    """A station below us may send its decisions on months only for the community rooms enrolled
    beneath it (senders.UPWARD_DECISIONS), those we know and those whose first payloads this very
    bundle forwards: never on its own month, nor another station's."""
    if peer.relation != "station":
        return
    decisions = [b for b in blocks if b.table in senders.UPWARD_DECISIONS]
    if not decisions:
        return
    with ctx.reading() as session:
        rooms = queries.rooms_via(session, township=peer.station_id) | arriving
    for block in decisions:
        at = block.columns.index("station_id")
        strangers = {row[at] for row in block.rows} - rooms
        if strangers:
            raise BundleError("foreign_record", translate("services.sync.sync", "数据包中有{name}对不属于它的站点月份所作的审核决定，已拒收。").format(name=peer.name))


def _owners(ctx: Context, peer: SyncPeer) -> set[str] | None:
    """Whose records this peer may send us (senders.owners_from): a station its own, the tier
    above its own and its county's, our own computers whatever they hold."""
    return senders.owners_from(peer.relation, station=peer.station_id, upstream=peer.upstream)


def _apply(ctx: Context, checked: _Checked, result: ImportResult) -> None:
    with queries.refusals_as_bundle_errors():  # rolled back whole: nothing of the bundle stays
        _apply_in_one_transaction(ctx, checked, result)


def _apply_in_one_transaction(ctx: Context, checked: _Checked, result: ImportResult) -> None:
    header, peer_id = checked.header, checked.peer.id
    with ctx.writing() as session:
        if queries.received(session, header["bundle_id"]) is not None:  # imported meanwhile
            result.status, result.message = "duplicate", f"第 {result.seq} 号数据包已经导入过，未做任何更改。"
            return
        secret_before = person_secret.held_secret(session)
        applied = changes.apply(session, checked.decoded.blocks)
        changes.raise_counter(session, applied.highest_counter)
        peer = session.get(SyncPeer, peer_id)
        result.forwarded, _rows, forwarded_conflicts = relay.apply(session, peer, checked.relayed)
        applied.conflicts += forwarded_conflicts
        person_secret.adopt(ctx, session, secret_before)  # a first secret keys our people; another is refused
        apply_erasures(session)
        conflicts.apply_decisions(session)
        relay.keep(session, peer, header, checked.plain)
        acks = checked.decoded.manifest.get("acks") or {}
        through = acks.get("through", 0) if isinstance(acks, dict) else 0
        if isinstance(through, int) and 0 <= through <= peer.out_seq:
            peer.acked_seq = max(peer.acked_seq, through)
        peer.in_last_seq = max(peer.in_last_seq, result.seq)
        peer.in_last_at = datetime.now(UTC)
        session.add(peer)
        session.add(SyncBundleIn(id=header["bundle_id"], peer_id=peer_id, seq=result.seq,
                                 created_at=datetime.fromisoformat(header["created"]), imported_at=datetime.now(UTC),
                                 counts=json.dumps(result.counts), conflicts=applied.conflicts))
        county_documents.apply_revocations(session, ctx)
        chain_heads.record_seen(session, peer_id, result.seq, checked.decoded.manifest)
        ctx.audit(session, "bundle_import", "sync_peer", peer_id, seq=result.seq, records=result.records,
                  conflicts=applied.conflicts, missing=result.missing[:20], forwarded=result.forwarded)
    result.status, result.conflicts = "imported", applied.conflicts
    result.message = _summary("已导入", result)


def _summary(verb: str, result: ImportResult) -> str:
    text = f"{verb}：来自 {result.sender} 的第 {result.seq} 号数据包，{result.records} 条记录"
    if result.forwarded:
        text += f"，另含下属社工室的 {result.forwarded} 个数据包"
    if result.conflicts:
        text += f"，{result.conflicts} 处冲突待处理"
    if result.missing:
        shown = "、".join(str(s) for s in result.missing[:10]) + ("…" if len(result.missing) > 10 else "")
        text += f"。注意：还缺第 {shown} 号数据包（本包已完整导入，缺的包请补拷）"
    return text + "。"


def revoke_peer(ctx: Context, peer_id: str) -> SyncPeer:
    """Refuse a lost or replaced installation's bundles; a county also tells its stations."""
    ctx.require("bundle", "enrol")
    with ctx.writing() as session:
        peer = queries.get_peer(session, peer_id)
        peer.status = "revoked"
        session.add(peer)
        if peer.relation in ("station", "relayed"):  # a relayed room's township learns it too
            session.add(ctx.stamp(session, CountyDocument(kind="revocation", key=peer.id, content=json.dumps(
                {"station_id": peer.station_id, "name": peer.name, "fingerprint": peer.fingerprint}, ensure_ascii=False))))
        ctx.audit(session, "peer_revoke", "sync_peer", peer.id)
    return peer


def ledger(ctx: Context, peer_id: str | None = None) -> list[SyncBundleIn]:
    ctx.require("bundle", "view")
    with ctx.reading() as session:
        return queries.ledger(session, peer_id=peer_id)


def _folder(folder: Path) -> Path:
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ValidationError(translate("services.sync.sync", "文件夹 {folder} 不存在（U 盘插好了吗？）").format(folder=folder))
    return folder


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
