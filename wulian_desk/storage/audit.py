"""The audit journal: each entry carries the hash of the one before, so any change to a past
entry breaks the chain from that entry on, and `check` names the first one broken.

Entries name records by id and kind, never by their content: the journal holds no personal data,
and a purge leaves only the fact that it happened.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Session

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    account_id: str | None
    username: str
    device_id: str
    action: str
    record_kind: str
    record_id: str
    detail: dict
    prev_hash: str
    hash: str


_COLUMNS = "seq, at, account_id, username, device_id, action, record_kind, record_id, detail, prev_hash, hash"


def entry_hash(seq: int, at: str, account_id: str | None, username: str, device_id: str, action: str,
               record_kind: str, record_id: str, detail: str, prev_hash: str) -> str:
    canonical = json.dumps(
        [seq, at, account_id, username, device_id, action, record_kind, record_id, detail, prev_hash],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    account_id: str | None,
    username: str,
    device_id: str,
    action: str,
    record_kind: str,
    record_id: str,
    detail: dict | None = None,
    at: datetime | None = None,
) -> int:
    """Append one entry inside the caller's write transaction; returns its sequence number."""
    last = session.execute(text("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    detail_text = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)
    digest = entry_hash(seq, when, account_id, username, device_id, action, record_kind, record_id, detail_text, prev)
    session.execute(
        text(f"INSERT INTO audit_entry ({_COLUMNS}) VALUES (:seq, :at, :account_id, :username, :device_id, "
             ":action, :record_kind, :record_id, :detail, :prev_hash, :hash)"),
        {"seq": seq, "at": when, "account_id": account_id, "username": username, "device_id": device_id,
         "action": action, "record_kind": record_kind, "record_id": record_id, "detail": detail_text,
         "prev_hash": prev, "hash": digest},
    )
    return seq


def _entry(row) -> AuditEntry:
    return AuditEntry(*row[:8], json.loads(row[8]), row[9], row[10])


def verify_chain(session: Session) -> AuditEntry | None:
    """The first entry whose hash or link does not hold, or None when the whole chain holds."""
    prev = GENESIS
    expected_seq = 1
    for row in session.execute(text(f"SELECT {_COLUMNS} FROM audit_entry ORDER BY seq")):
        seq, at, account_id, username, device_id, action, kind, record_id, detail, prev_hash, digest = row
        recomputed = entry_hash(seq, at, account_id, username, device_id, action, kind, record_id, detail, prev_hash)
        if seq != expected_seq or prev_hash != prev or recomputed != digest:
            return _entry(row)
        prev, expected_seq = digest, seq + 1
    return None


def _where(since: str | None, username: str | None, record_id: str | None, action: str | None) -> tuple[str, dict]:
    clauses, params = [], {}
    if since:
        clauses.append("at >= :since")
        params["since"] = since
    if username:
        clauses.append("username = :username")
        params["username"] = username
    if record_id:
        clauses.append("record_id = :record_id")
        params["record_id"] = record_id
    if action:
        clauses.append("action = :action")
        params["action"] = action
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def query(
    session: Session,
    *,
    since: str | None = None,
    username: str | None = None,
    record_id: str | None = None,
    action: str | None = None,
    limit: int | None = None,
) -> list[AuditEntry]:
    where, params = _where(since, username, record_id, action)
    tail = f" LIMIT {int(limit)}" if limit else ""
    rows = session.execute(text(f"SELECT {_COLUMNS} FROM audit_entry {where} ORDER BY seq DESC{tail}"), params)
    return [_entry(r) for r in rows]


def query_seqs(
    session: Session,
    *,
    since: str | None = None,
    username: str | None = None,
    record_id: str | None = None,
    action: str | None = None,
) -> list[int]:
    """The sequence numbers of the matching entries, newest first (for a list that pages)."""
    where, params = _where(since, username, record_id, action)
    return [r[0] for r in session.execute(text(f"SELECT seq FROM audit_entry {where} ORDER BY seq DESC"), params)]


def entries_by_seq(session: Session, seqs: list[int]) -> dict[int, AuditEntry]:
    if not seqs:
        return {}
    marks = ", ".join(f":s{i}" for i in range(len(seqs)))
    rows = session.execute(text(f"SELECT {_COLUMNS} FROM audit_entry WHERE seq IN ({marks})"),
                           {f"s{i}": int(s) for i, s in enumerate(seqs)})
    return {r[0]: _entry(r) for r in rows}
