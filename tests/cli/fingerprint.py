"""What a refused command must leave as it was: a station's key slots, tables and files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.storage.engine import DB_FILE, connect_raw
from wulian_desk.storage.keyslots import SLOTS_FILE, KeySlots


def fingerprint(folder: Path) -> dict:
    """Everything a command could change: the key slots, each table but the journal (a refused
    command is still a login, and logins are journaled), and the files in the folder."""
    key, _ = KeySlots.load(folder).unlock(PASSWORD, username=USERNAME)
    conn = connect_raw(folder / DB_FILE, key)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'audit_entry' ORDER BY name")]
        digest = {t: hashlib.sha256(repr(conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall())
                                    .encode()).hexdigest() for t in tables}
    finally:
        conn.close()
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                   if not p.name.startswith(("login-guard", "station.db")))
    return {"slots": (folder / SLOTS_FILE).read_bytes(), "tables": digest, "files": files}
