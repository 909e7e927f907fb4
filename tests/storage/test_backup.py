import pytest
from sqlalchemy import text

from tests.conftest import PASSWORD
from wulian_desk.core.errors import CorruptDatabaseError, WrongPassphraseError
from wulian_desk.storage.backup import MAGIC, restore_backup
from wulian_desk.storage.engine import DB_FILE
from wulian_desk.storage.store import Store


def device_and_count(folder):
    store, _ = Store.open(folder, passphrase=PASSWORD)
    try:
        with store.engine.connect() as conn:
            rooms = conn.execute(text("SELECT count(*) FROM room")).scalar()
        return store.device_id, rooms
    finally:
        store.close()


def test_backup_stays_encrypted_and_restore_mints_a_new_device(demo_dir, tmp_path):
    store, _ = Store.open(demo_dir, passphrase=PASSWORD)
    backup = store.backup_to(tmp_path / "b.wdb")
    store.close()
    raw = backup.read_bytes()
    assert raw.startswith(MAGIC) and b"SQLite format 3" not in raw
    assert "社工室".encode() not in raw and "个案室".encode() not in raw

    device_before, rooms_before = device_and_count(demo_dir)
    saved = restore_backup(demo_dir, backup, passphrase=PASSWORD)
    device_after, rooms_after = device_and_count(demo_dir)
    assert rooms_after == rooms_before > 0
    assert device_after != device_before
    # The replaced database was kept, whole, as a data folder of its own.
    assert (saved / DB_FILE).exists()
    assert device_and_count(saved) == (device_before, rooms_before)


def test_restore_opens_with_the_recovery_code_into_an_empty_folder(demo_dir, demo_template, tmp_path):
    store, _ = Store.open(demo_dir, passphrase=PASSWORD)
    backup = store.backup_to(tmp_path / "b.wdb")
    store.close()
    empty = tmp_path / "new-pc"
    empty.mkdir()
    assert restore_backup(empty, backup, passphrase=demo_template[1]) is None
    assert device_and_count(empty)[1] > 0


@pytest.mark.parametrize("damage", ["wrong-pass", "truncated", "not-a-backup"])
def test_a_bad_restore_changes_nothing(station_dir, tmp_path, damage):
    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    backup = store.backup_to(tmp_path / "b.wdb")
    store.close()
    passphrase = PASSWORD
    if damage == "wrong-pass":
        passphrase = "wrong-password-1"
    elif damage == "truncated":
        backup.write_bytes(backup.read_bytes()[: len(MAGIC) + 200])
    else:
        backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = sorted(p.name for p in station_dir.iterdir())
    db_before = (station_dir / DB_FILE).read_bytes()
    with pytest.raises((WrongPassphraseError, CorruptDatabaseError)):
        restore_backup(station_dir, backup, passphrase=passphrase)
    assert sorted(p.name for p in station_dir.iterdir()) == before
    assert (station_dir / DB_FILE).read_bytes() == db_before
