"""Comparing databases: the synced records, the conflicts and the ledger, as plain values."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from tests.conftest import PASSWORD, USERNAME


def snapshot(ctx) -> dict:
    """Everything an import may change, sorted so that two databases compare equal exactly when
    they hold the same records, conflicts and ledger."""
    from wulian_desk.sync.changes import quoted, specs

    out = {}
    with ctx.reading() as session:
        conn = session.connection()
        for spec in specs().values():
            out[spec.name] = sorted(tuple(r) for r in conn.exec_driver_sql(f"SELECT {quoted(spec.columns)} FROM {spec.name}"))
        out["sync_conflict"] = sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT id, table_name, row_id, loser_version, loser_row, resolution FROM sync_conflict"))
        out["sync_bundle_in"] = sorted(tuple(r) for r in conn.exec_driver_sql("SELECT id, peer_id, seq FROM sync_bundle_in"))
        out["counter"] = session.execute(text("SELECT counter FROM local_state")).scalar_one()
    return out


def copy_site(ctx, target: Path):
    """A second, independent copy of an installation (same ids and keys), opened."""
    from wulian_desk.services.station import station

    folder = ctx.store.folder
    with ctx.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copytree(folder, target)
    return station.open_station(target, passphrase=PASSWORD, username=USERNAME)
