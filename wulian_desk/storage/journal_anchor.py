"""The journal's local anchor: the last chain head (entry count and hash) kept in a small file
beside the database, MACed, so that `check` notices a journal rewritten or cut short with raw SQL.

Anyone with a password holds the data key and can rewrite station.db, journal included, and
recompute its hash chain; the chain alone then still holds. The anchor is outside the database:
the rewritten journal no longer reaches the head it recorded. Its MAC key comes from the device
secret in the OS keyring where there is one, so only someone who can also read this user's keyring
can forge an anchor. Without a keyring the key is derived from the data key, which every account
holder has: then the anchor catches careless edits only, not a careful insider.

The anchor also pins the public half of the station's accounts key (storage/account_seals.py),
once there is one: a keyslots.json whose accounts key was swapped no longer matches it.

The anchor only moves forward along the chain: when the journal no longer reaches it, it stays
as it is, so the evidence survives later writes. A restored database has a new device id and
starts an anchor of its own.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from wulian_desk.storage import device_secret
from wulian_desk.storage.atomic import fsync_dir

ANCHOR_FILE = "journal-anchor.json"
FORMAT = 1


@dataclass(frozen=True)
class ChainHead:
    count: int
    hash: str


@dataclass(frozen=True)
class AnchorCheck:
    ok: bool
    detail: str


def current_head(conn) -> ChainHead:
    """The journal's newest entry as (count, hash); (0, "") for an empty journal."""
    row = conn.execute(text("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).first()
    return ChainHead(int(row[0]), str(row[1])) if row else ChainHead(0, "")


def hash_at(conn, count: int) -> str | None:
    row = conn.execute(text("SELECT hash FROM audit_entry WHERE seq = :s"), {"s": count}).first()
    return str(row[0]) if row else None


def reaches(conn, head: ChainHead) -> bool:
    """Whether the journal still holds `head`: the entry at its count has its hash."""
    return head.count == 0 or hash_at(conn, head.count) == head.hash


def mac_key(store) -> bytes:
    """The keyring's device secret for this installation where there is one, else the data key.
    Asked of the keyring once per open store: the anchor moves after every commit, and a keyring
    lookup (a D-Bus call on Linux) each time would cost every save."""
    if store.journal_mac_key is None:
        secret = device_secret.get(store.slots.install_id)
        store.journal_mac_key = (store.derive_key("journal-anchor") if secret is None
                                 else hmac.new(secret, b"wulian-desk/journal-anchor", hashlib.sha256).digest())
    return store.journal_mac_key


def _body(device_id: str, head: ChainHead, accounts_key: str) -> dict:
    return {"format": FORMAT, "device_id": device_id, "count": head.count, "hash": head.hash,
            "accounts_key": accounts_key}


def _mac(key: bytes, body: dict) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def read(store) -> tuple[dict | None, str]:
    """The anchor file's body if its MAC holds, else None with the reason ("" when missing)."""
    path = Path(store.folder) / ANCHOR_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        body = {k: data[k] for k in ("format", "device_id", "count", "hash")}
        body["accounts_key"] = str(data.get("accounts_key", ""))
        given = str(data["mac"])
    except FileNotFoundError:
        return None, ""
    except (OSError, ValueError, KeyError, TypeError):
        return None, "unreadable"
    if not hmac.compare_digest(_mac(mac_key(store), body), given):
        return None, "bad_mac"
    return body, "ok"


def _write(store, head: ChainHead, accounts_key: str) -> None:
    body = _body(store.device_id, head, accounts_key)
    data = json.dumps(dict(body, mac=_mac(mac_key(store), body)), indent=1).encode("utf-8")
    folder = Path(store.folder)
    # A temp name of its own: two windows of one station may advance the anchor at once.
    fd, tmp = tempfile.mkstemp(prefix=".anchor-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, folder / ANCHOR_FILE)
        fsync_dir(folder)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def advance(store) -> None:
    """Move the anchor to the journal's head, if the journal still reaches the anchored head (or
    there is no anchor for this database yet). A failed write leaves the older anchor, which the
    journal still reaches: an anchor that lags is weaker, never wrong."""
    body, state = read(store)
    if state in ("unreadable", "bad_mac"):
        return  # kept as evidence for `check`
    accounts_key = store.slots.accounts_key
    with store.engine.connect() as conn:
        head = current_head(conn)
        if body is not None and body["device_id"] == store.device_id:
            anchored = ChainHead(int(body["count"]), str(body["hash"]))
            if not reaches(conn, anchored):
                return
            if body["accounts_key"]:
                accounts_key = body["accounts_key"]  # pinned once: a swapped key stays visible
            if anchored == head and body["accounts_key"] == accounts_key:
                return
    try:
        _write(store, head, accounts_key)
    except OSError:
        pass  # the journal itself committed; the anchor catches up at the next write


def pinned_accounts_key(store) -> str:
    """The accounts key the anchor pinned for this database ("" if none, or no sound anchor)."""
    body, state = read(store)
    if state != "ok" or body["device_id"] != store.device_id:
        return ""
    return body["accounts_key"]


def verify(store, conn) -> AnchorCheck:
    """Whether the journal reaches the anchored head: what `check` reports."""
    body, state = read(store)
    if state == "":
        return AnchorCheck(True, "本地锚点尚未建立（下次写入时建立）")
    if state == "unreadable":
        return AnchorCheck(False, f"本地锚点文件 {ANCHOR_FILE} 无法读取，可能被改动")
    if state == "bad_mac":
        return AnchorCheck(False, f"本地锚点文件 {ANCHOR_FILE} 的校验码不符：它在程序之外被改动过")
    if body["device_id"] != store.device_id:
        return AnchorCheck(True, "本地锚点属于恢复前的数据库，下次写入时重新建立")
    anchored = ChainHead(int(body["count"]), str(body["hash"]))
    head = current_head(conn)
    if head.count < anchored.count:
        return AnchorCheck(
            False,
            f"审计日志只有 {head.count} 条，比本地锚点记录的 {anchored.count} 条少："
            "最新的条目在程序之外被删除",
        )
    if not reaches(conn, anchored):
        return AnchorCheck(
            False,
            f"审计日志第 {anchored.count} 条的哈希与本地锚点不符：日志在程序之外被改写并重新计算了哈希链",
        )
    return AnchorCheck(True, f"审计日志延续本地锚点（第 {anchored.count} 条）")
