"""A database made by the first schema, kept in tests/fixtures, must open and migrate."""

import shutil
from pathlib import Path

from sqlalchemy import text

from wulian_desk.services import facilities, station
from wulian_desk.storage import migrate

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema-0001"


def test_first_schema_database_opens_and_migrates(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    ctx = station.open_station(folder, passphrase="fixture-pass-0001", username="admin")
    try:
        with ctx.reading() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD_REVISION
        assert station.station_info(ctx).name == "槐芽镇社会工作服务站"
        rooms = facilities.rooms_by_id(ctx, facilities.room_ids(ctx))
        assert sorted(r.name for r in rooms.values()) == ["个案室", "办公室"]
        assert [a.asset_tag for a in facilities.assets_by_id(ctx, facilities.asset_ids(ctx)).values()] == ["HY-001"]
    finally:
        ctx.close()
    backups = list((folder / "backups").glob("before-migration-0001-*.wdb")) if (folder / "backups").exists() else []
    # A migration runs only after an automatic backup; at head already, nothing runs or is copied.
    assert len(backups) == (0 if migrate.HEAD_REVISION == "0001" else 1)


def test_recovery_code_of_the_old_database(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    code = (FIXTURE / "RECOVERY-CODE.txt").read_text().strip()
    ctx = station.open_station(folder, passphrase=code)
    try:
        assert station.station_info(ctx).tier == "township"
    finally:
        ctx.close()


def test_migration_backup_is_written_before_upgrading(tmp_path, monkeypatch):
    """Simulate an older database: pretend head moved on, and check the backup comes first."""
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    calls = []
    real_upgrade = migrate.upgrade

    def recording_upgrade(engine, *, before=None):
        def wrapped(rev):
            calls.append(("backup", rev))
            before(rev)

        monkeypatch.setattr(migrate, "HEAD_REVISION", "future")
        monkeypatch.setattr(migrate, "known_revisions", lambda: ["0001"])
        from alembic import command

        monkeypatch.setattr(command, "upgrade", lambda cfg, rev: calls.append(("upgrade", rev)))
        return real_upgrade(engine, before=wrapped)

    monkeypatch.setattr(migrate, "upgrade", recording_upgrade)
    from wulian_desk.storage.store import Store

    store, _ = Store.open(folder, passphrase="fixture-pass-0001")
    store.close()
    assert calls == [("backup", "0001"), ("upgrade", "head")]
    [backup] = (folder / "backups").glob("before-migration-0001-*.wdb")
    assert backup.read_bytes().startswith(b"WULIAN-BACKUP/1")
