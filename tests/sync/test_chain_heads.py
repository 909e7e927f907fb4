"""Journal heads in bundles: a station whose journal is cut short or rewritten with raw SQL after
a bundle went up is named by `check` at the station, and at the county after the next bundle."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import wulian
from tests.conftest import PASSWORD, USERNAME
from tests.storage.journal_tamper import rewrite_and_rechain
from wulian_desk.core.errors import BundleError
from wulian_desk.services.station import maintenance
from wulian_desk.services.sync import sync as sync_service
from wulian_desk.storage import account_seals
from wulian_desk.storage.engine import DB_FILE, connect_raw
from wulian_desk.storage.keyslots import SLOTS_FILE, KeySlots
from wulian_desk.sync import chain_heads


def _raw(folder):
    data_key, _ = KeySlots.load(folder).unlock(PASSWORD, username=USERNAME)
    return connect_raw(folder / DB_FILE, data_key)


def _send_up(station, county, out):
    peer = sync_service.list_peers(station.ctx)[0]
    result = sync_service.export_bundle(station.ctx, peer.id, out)
    [imported] = sync_service.import_bundles(county.ctx, [result.path])
    assert imported.status == "imported", imported.message


def _failed(ctx) -> dict[str, str]:
    return {r.name: r.detail for r in maintenance.check_station(ctx) if not r.ok}


def _cut_newest(folder, how_many: int) -> None:
    conn = _raw(folder)
    try:
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        newest = conn.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]
        conn.execute("DELETE FROM audit_entry WHERE seq > ?", (newest - how_many,))
        conn.commit()
    finally:
        conn.close()


def _rewrite_and_rechain(folder) -> None:
    conn = _raw(folder)
    try:
        rewrite_and_rechain(conn, lambda e: dict(e, username="someone-else") if e["seq"] == 2 else e)
    finally:
        conn.close()


def test_honest_bundles_leave_both_checks_passing(county, station_a, tmp_path):
    _send_up(station_a, county, tmp_path)
    station_a.ctx.audit_now("view", "case", "c-1")
    _send_up(station_a, county, tmp_path)
    assert _failed(county.ctx) == {}
    assert _failed(station_a.ctx) == {}


def test_newest_entries_deleted_after_sending_are_named_at_both_ends(county, station_a, tmp_path):
    _send_up(station_a, county, tmp_path)
    _cut_newest(station_a.folder, 6)

    at_station = _failed(station_a.ctx)
    assert "本机日志已不再包含这一条" in at_station["journal_heads"]

    _send_up(station_a, county, tmp_path)
    at_county = _failed(county.ctx)
    assert "journal_heads" in at_county and "博望街道社会工作服务站" in at_county["journal_heads"]
    r = wulian("check", data_dir=county.folder, env_extra={"WULIAN_DESK_USER": USERNAME})
    assert r.returncode == 1, r.stdout + r.stderr
    assert "失败  journal_heads" in r.stdout and "博望街道社会工作服务站" in r.stdout


def test_a_journal_rewritten_with_a_recomputed_chain_is_named_at_the_county(county, station_a, tmp_path):
    _send_up(station_a, county, tmp_path)
    _rewrite_and_rechain(station_a.folder)
    assert "journal_heads" in _failed(station_a.ctx)

    _send_up(station_a, county, tmp_path)
    assert "对方日志被改写过" in _failed(county.ctx)["journal_heads"]


def test_a_station_whose_accounts_key_changed_is_named_at_the_county(county, station_a, tmp_path):
    """An insider who swaps the station's accounts key to seal their own raised role passes the
    station's own login; the county, which saw the first key, names the change."""
    _send_up(station_a, county, tmp_path)
    _private, public = account_seals.new_key()
    path = station_a.folder / SLOTS_FILE
    data = json.loads(path.read_text())
    data["accounts_key"] = public
    path.write_text(json.dumps(data))
    station_a.ctx.store.slots = KeySlots.load(station_a.folder)
    _send_up(station_a, county, tmp_path)
    assert "账号签名公钥" in _failed(county.ctx)["journal_heads"]


@pytest.mark.parametrize("fields", [
    {"journal_head": {"count": 3, "hash": "a" * 64}, "accounts_key": "not-hex"},
    {"journal_head": {"count": -1, "hash": "0" * 64}},
    {"journal_head": {"count": 3, "hash": "not-a-hash"}},
    {"journal_head": {"count": 3.0, "hash": "a" * 64}},
    {"journal_head": {"count": 3}},
    {"journal_head": ["count", 3]},
    {"journal_head": {"count": 3, "hash": "a" * 64}, "journal_proofs": [[1, "b" * 64]] * 17},
    {"journal_head": {"count": 3, "hash": "a" * 64}, "journal_proofs": [[2**63, "b" * 64]]},
    {"journal_head": {"count": 3, "hash": "a" * 64}, "journal_proofs": [["1", "b" * 64]]},
    {"journal_head": {"count": 3, "hash": "a" * 64}, "journal_proofs": {"1": "b" * 64}},
])
def test_a_malformed_journal_head_is_refused_by_name(fields):
    with pytest.raises(BundleError) as err:
        chain_heads.parse(fields)
    assert err.value.reason == "malformed"
