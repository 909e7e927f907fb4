"""Every single-byte change to a bundle and every truncation is refused with a reason, and the
county's database stays exactly as it was."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sync.conftest import enrol, make_site
from tests.sync.helpers import snapshot
from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.services.casework import clients
from wulian_desk.services.sync import sync

REASONS = {"not_a_bundle", "truncated", "bad_signature", "unknown_sender", "tampered", "malformed", "wrong_recipient"}


@pytest.fixture
def small_bundle(county, tmp_path):
    """A station with one client: a bundle of a few kilobytes, so every byte can be tried."""
    site = make_site(tmp_path / "small", name="小站", tier="community", code="610722001001")
    enrol(site, county, tmp_path)
    data = ClientInput(name="李明", gender="male", org_unit_id=site.ctx.station_id, birth_date=date(1950, 1, 1))
    clients.create_client(site.ctx, data, consent=ConsentInput(given_on=date(2026, 11, 1)))
    stick = tmp_path / "stick"
    stick.mkdir()
    [result] = sync.export_all(site.ctx, stick)
    yield result.path
    site.ctx.close()


def _refused(ctx, path, data, kind):
    path.write_bytes(data)
    [result] = sync.import_bundles(ctx, [path])
    assert result.status == "rejected", f"{kind} accepted"
    assert result.reason in REASONS and result.message, (kind, result.reason, result.message)
    return result.reason


def test_every_byte_changed_and_every_truncation_is_refused(county, small_bundle, tmp_path):
    original = small_bundle.read_bytes()
    assert len(original) < 8000
    before = snapshot(county.ctx)
    probe = tmp_path / "probe.wlb"
    reasons = set()
    for at in range(len(original)):
        changed = bytearray(original)
        changed[at] ^= 0x01 if at % 2 else 0xFF
        reasons.add(_refused(county.ctx, probe, bytes(changed), f"byte {at} changed"))
    for length in range(len(original)):
        reasons.add(_refused(county.ctx, probe, original[:length], f"truncated to {length}"))
    assert snapshot(county.ctx) == before
    assert {"not_a_bundle", "truncated", "bad_signature", "tampered"} <= reasons
    # The untouched bundle still imports: nothing above consumed it.
    [result] = sync.import_bundles(county.ctx, [small_bundle])
    assert result.status == "imported"


def test_a_bundle_for_another_recipient_names_the_reason(county, station_a, station_b, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    [to_county] = sync.export_all(station_a.ctx, stick)
    [result] = sync.import_bundles(station_b.ctx, [to_county.path])
    # Station B does not know station A at all: its sender is unknown here.
    assert result.status == "rejected" and result.reason == "unknown_sender" and "未登记" in result.message


def test_a_revoked_sender_is_refused(county, station_a, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    [bundle] = sync.export_all(station_a.ctx, stick)
    sync.revoke_peer(county.ctx, station_a.ctx.store.device_id)
    [result] = sync.import_bundles(county.ctx, [bundle.path])
    assert result.reason == "revoked_sender" and "吊销" in result.message


def test_a_bundle_from_a_newer_program_is_refused(county, station_a, tmp_path, monkeypatch):
    from wulian_desk.services.sync import sync as sync_service

    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(sync_service, "HEAD_REVISION", "0099")
    [bundle] = sync.export_all(station_a.ctx, stick)
    monkeypatch.undo()
    [result] = sync.import_bundles(county.ctx, [bundle.path])
    assert result.reason == "newer_schema" and "升级" in result.message


def test_a_record_outside_the_senders_own_data_is_refused(county, station_a, station_b, tmp_path, monkeypatch):
    """Station A tries to send a row it says station B owns: refused whole, nothing written."""
    from wulian_desk.sync import changes

    stick = tmp_path / "stick"
    stick.mkdir()
    real_collect = changes.collect

    def forged(session, **kw):
        blocks = real_collect(session, **kw)
        for block in blocks:
            if block.table == "client":
                block.rows[0][block.columns.index("owner")] = station_b.ctx.station_id
        return blocks

    monkeypatch.setattr(changes, "collect", forged)
    [bundle] = sync.export_all(station_a.ctx, stick)
    monkeypatch.undo()
    before = snapshot(county.ctx)
    [result] = sync.import_bundles(county.ctx, [bundle.path])
    assert result.reason == "foreign_record" and "不属于发送方" in result.message
    assert snapshot(county.ctx) == before


def test_a_bundle_the_county_wrote_for_another_station_is_refused(county, station_a, station_b, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    for_b = next(r for r in sync.export_all(county.ctx, stick) if r.peer_id == station_b.ctx.store.device_id)
    before = snapshot(station_a.ctx)
    [result] = sync.import_bundles(station_a.ctx, [for_b.path])
    assert result.reason == "wrong_recipient" and "另一个站点" in result.message
    assert snapshot(station_a.ctx) == before
