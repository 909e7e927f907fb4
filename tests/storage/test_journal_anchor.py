"""The journal's local anchor: a journal cut short or rewritten with raw SQL, through the same
SQLCipher key a colleague holds, is named by `check` even when its hash chain was recomputed."""

from __future__ import annotations

import json

from tests.cli.test_cli import wulian
from tests.conftest import PASSWORD, USERNAME
from tests.storage.journal_tamper import rewrite_and_rechain
from wulian_desk.services.station import station
from wulian_desk.storage.engine import DB_FILE, connect_raw
from wulian_desk.storage.journal_anchor import ANCHOR_FILE
from wulian_desk.storage.keyslots import KeySlots


def _journal_some_work(folder) -> None:
    ctx = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
    try:
        for i in range(4):
            ctx.audit_now("view", "case", f"case-{i}")
    finally:
        ctx.close()


def _raw(folder):
    """The database as an insider opens it: sqlcipher with the data key their password unwraps."""
    data_key, _ = KeySlots.load(folder).unlock(PASSWORD, username=USERNAME)
    return connect_raw(folder / DB_FILE, data_key)


def _check(folder):
    return wulian("check", data_dir=folder, env_extra={"WULIAN_DESK_USER": USERNAME})


def test_normal_work_keeps_the_anchor_and_check_passes(station_dir):
    _journal_some_work(station_dir)
    anchor = json.loads((station_dir / ANCHOR_FILE).read_text(encoding="utf-8"))
    conn = _raw(station_dir)
    try:
        newest = conn.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]
    finally:
        conn.close()
    assert anchor["count"] == newest
    r = _check(station_dir)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "journal_anchor" in r.stdout


def test_deleting_the_newest_entries_is_named_by_check(station_dir):
    _journal_some_work(station_dir)
    conn = _raw(station_dir)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        newest = conn.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]
        conn.execute("DELETE FROM audit_entry WHERE seq > ?", (newest - 3,))
        conn.commit()
    finally:
        conn.close()
    r = _check(station_dir)
    assert r.returncode == 1, r.stdout + r.stderr
    # The chain that is left holds; only the anchor outside the database shows what went.
    assert "通过  audit_chain" in r.stdout
    assert "失败  journal_anchor" in r.stdout
    assert f"比本地锚点记录的 {newest} 条少" in r.stdout or "哈希与本地锚点不符" in r.stdout


def test_an_entry_rewritten_with_a_recomputed_chain_is_named_by_check(station_dir):
    _journal_some_work(station_dir)
    conn = _raw(station_dir)
    try:
        # the view that is to be hidden
        rewrite_and_rechain(conn, lambda e: dict(e, record_id="case-someone-else") if e["record_id"] == "case-1" else e)
    finally:
        conn.close()
    r = _check(station_dir)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "通过  audit_chain" in r.stdout  # the recomputed chain is consistent in itself
    assert "失败  journal_anchor" in r.stdout and "哈希与本地锚点不符" in r.stdout


def test_an_anchor_edited_by_hand_is_named_and_not_moved_on(station_dir):
    _journal_some_work(station_dir)
    path = station_dir / ANCHOR_FILE
    anchor = json.loads(path.read_text(encoding="utf-8"))
    anchor["count"] = 1
    path.write_text(json.dumps(anchor), encoding="utf-8")
    r = _check(station_dir)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "校验码不符" in r.stdout
    # The check's own login wrote to the journal, yet the forged anchor is left as evidence.
    assert json.loads(path.read_text(encoding="utf-8"))["count"] == 1
