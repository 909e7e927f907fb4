from wulian_desk.services.casework import drafts
from wulian_desk.services.station import station


def test_a_draft_survives_closing_and_reopening(ctx, station_dir):
    drafts.save_draft(ctx, "room-dialog:new", {"name": "半填的个案室", "area": "1"})
    ctx.close()
    again = station.open_station(station_dir, passphrase="test-pass-2026", username="admin")
    try:
        assert drafts.load_draft(again, "room-dialog:new") == {"name": "半填的个案室", "area": "1"}
        drafts.discard_draft(again, "room-dialog:new")
        assert drafts.load_draft(again, "room-dialog:new") is None
    finally:
        again.close()
    assert "半填".encode() not in (station_dir / "station.db").read_bytes()


def test_drafts_are_per_account(ctx, station_dir):
    from wulian_desk.services.station import accounts

    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password="worker-pass-1")
    drafts.save_draft(ctx, "k", {"x": 1})
    worker = station.open_station(station_dir, passphrase="worker-pass-1", username="liwei")
    try:
        assert drafts.load_draft(worker, "k") is None
    finally:
        worker.close()
