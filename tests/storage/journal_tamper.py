"""What an insider with the data key does to the audit journal: drop the trigger that guards it,
edit entries and recompute the whole hash chain, so the chain holds in itself."""

from __future__ import annotations

from collections.abc import Callable

from wulian_desk.storage import audit

COLUMNS = ("seq", "at", "account_id", "username", "device_id", "action", "record_kind", "record_id", "detail")


def rewrite_and_rechain(conn, edit: Callable[[dict], dict]) -> None:
    """Pass each entry (as a dict of COLUMNS) through `edit`, then rewrite every entry with a
    recomputed chain, on a raw connection to the database."""
    conn.execute("DROP TRIGGER audit_entry_no_update")
    rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_entry ORDER BY seq").fetchall()
    prev = audit.GENESIS
    for row in rows:
        entry = edit(dict(zip(COLUMNS, row, strict=True)))
        digest = audit.entry_hash(*(entry[c] for c in COLUMNS), prev)
        conn.execute("UPDATE audit_entry SET username = ?, record_id = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (entry["username"], entry["record_id"], prev, digest, entry["seq"]))
        prev = digest
    conn.commit()
