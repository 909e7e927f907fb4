"""The journal's chain head in every bundle, so a journal rewritten or cut short after it was
sent shows at both ends.

The sender puts its current head (entry count and hash) in the signed manifest, with "proofs":
its journal's hash today at the count of each head it sent this peer before. The receiver keeps
every point it saw per sender. `check` then names:
- at the receiver, a sender whose later bundle carries a shorter chain than an earlier one, or a
  different hash at a count it already saw (a fork: the journal was rewritten and the chain
  recomputed), found at the first bundle after the rewrite;
- at the sender, a sent head its own journal no longer reaches.

The manifest also carries the public half of the sender's accounts key (storage/account_seals.py);
the receiver keeps the first it saw and `check` names a sender whose key later changed: its
account seals were made anew, as someone who rewrote its account rows outside the program would.

What it cannot see: a rewrite of entries newer than the last head sent, before they were sent;
and a sender running a modified program that lies about its own journal (it holds the signing
key). The receiver holds only hashes, never the sender's entries.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session, select

from wulian_desk.core.errors import BundleError
from wulian_desk.core.models import JournalHead
from wulian_desk.core.texts import translate
from wulian_desk.storage.audit import GENESIS
from wulian_desk.storage.journal_anchor import current_head, hash_at
from wulian_desk.sync import bundle, values

MAX_PROOFS = 16


def for_bundle(session: Session, peer_id: str, *, accounts_key: str = "") -> dict:
    """The manifest's fields for a bundle to this peer: "journal_head" and "journal_proofs",
    and "accounts_key" (hex) once the sender has one."""
    head = current_head(session)
    sent = session.exec(select(JournalHead.count).where(
        JournalHead.direction == "sent", JournalHead.peer_id == peer_id, JournalHead.kind == "head",
    )).all()
    counts = sorted({c for c in sent if c > 0})[-MAX_PROOFS:]
    proofs = [[c, h] for c in counts if (h := hash_at(session, c)) is not None]
    fields = {"journal_head": {"count": head.count, "hash": head.hash or GENESIS}, "journal_proofs": proofs}
    return dict(fields, accounts_key=accounts_key) if accounts_key else fields


def record_sent(session: Session, peer_id: str, seq: int, fields: dict) -> None:
    head = fields["journal_head"]
    session.add(_point(peer_id, "sent", "head", head["count"], head["hash"], seq))


def parse(manifest: dict) -> tuple[dict, list] | None:
    """The manifest's head and proofs, checked; None from a sender older than these fields."""
    head, proofs = manifest.get("journal_head"), manifest.get("journal_proofs", [])
    if "accounts_key" in manifest and not values.is_hex64(manifest["accounts_key"]):
        raise _malformed()
    if head is None:
        return None
    if not bundle.is_journal_head(head) or not isinstance(proofs, list) or len(proofs) > MAX_PROOFS:
        raise _malformed()
    for point in proofs:
        if not (isinstance(point, list) and len(point) == 2 and values.is_int(point[0], 0)
                and values.is_hex64(point[1])):
            raise _malformed()
    return head, proofs


def record_seen(session: Session, peer_id: str, seq: int, manifest: dict) -> None:
    parsed = parse(manifest)
    if parsed is None:
        return
    head, proofs = parsed
    session.add(_point(peer_id, "seen", "head", head["count"], head["hash"], seq))
    if manifest.get("accounts_key"):
        session.add(_point(peer_id, "seen", "akey", 0, manifest["accounts_key"], seq))
    for count, digest in proofs:
        session.add(_point(peer_id, "seen", "proof", count, digest, seq))


def problems(session: Session, names: dict[str, str]) -> list[str]:
    """What `check` names, one line each; `names` gives peers' names by device id."""
    found = []
    points = session.exec(select(JournalHead).order_by(JournalHead.bundle_seq, JournalHead.id)).all()
    for sent in (p for p in points if p.direction == "sent"):
        if sent.count and hash_at(session, sent.count) != sent.hash:
            found.append(f"发给 {names.get(sent.peer_id, sent.peer_id)} 的第 {sent.bundle_seq} 号数据包记录"
                         f"审计日志共 {sent.count} 条，本机日志已不再包含这一条（被删除或改写）")
    seen_by_peer: dict[str, list[JournalHead]] = {}
    for point in (p for p in points if p.direction == "seen"):
        seen_by_peer.setdefault(point.peer_id, []).append(point)
    for peer_id, seen in seen_by_peer.items():
        name = names.get(peer_id, peer_id)
        by_count: dict[int, JournalHead] = {}
        for point in seen:
            first = by_count.setdefault(point.count, point)
            if point.count and first.hash != point.hash:
                found.append(f"{name} 第 {point.bundle_seq} 号数据包中的审计日志第 {point.count} 条"
                             f"与第 {first.bundle_seq} 号数据包所示不同：对方日志被改写过")
        first_key = next((p for p in seen if p.kind == "akey"), None)
        for point in (p for p in seen if p.kind == "akey"):
            if point.hash != first_key.hash:
                found.append(f"{name} 第 {point.bundle_seq} 号数据包中的账号签名公钥与第 {first_key.bundle_seq} 号"
                             "数据包所示不同：对方的账号记录被重新签名过")
                break
        longest = 0
        for head in (p for p in seen if p.kind == "head"):
            if head.count < longest:
                found.append(f"{name} 第 {head.bundle_seq} 号数据包中的审计日志只有 {head.count} 条，"
                             f"比此前收到的 {longest} 条少：对方日志被删减过")
            longest = max(longest, head.count)
    return found


def _point(peer_id: str, direction: str, kind: str, count: int, digest: str, seq: int) -> JournalHead:
    return JournalHead(peer_id=peer_id, direction=direction, kind=kind, count=count, hash=digest,
                       bundle_seq=seq, recorded_at=datetime.now(UTC))


def _malformed() -> BundleError:
    return BundleError("malformed", translate("sync.chain_heads", "数据包清单中的审计日志链头格式不正确。"))
