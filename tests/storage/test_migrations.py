"""A database made by the first schema, kept in tests/fixtures, must open and migrate."""

import importlib
import shutil
from pathlib import Path

from sqlalchemy import text

from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station
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


def _back_to_0009(session) -> None:
    """Undo 0012, 0011 and 0010 on a current database: no journal heads, no conflict decisions,
    the 0005 triggers and no line columns (the account seal column goes just before the upgrade:
    see `_upgrade_from_before_0012`)."""
    session.execute(text("DROP TABLE journal_head"))
    session.execute(text("DROP TABLE conflict_decision"))
    search_index = importlib.import_module("wulian_desk.storage.migrations.versions.0005_search_index")
    for name in ("client_search_insert", "client_search_update", "case_search_insert", "case_search_update",
                 "case_fts_insert", "case_fts_update", "case_fts_delete"):
        session.execute(text(f"DROP TRIGGER {name}"))
    session.execute(text("DROP INDEX case_search_worker"))
    session.execute(text("DROP INDEX case_file_list_order"))
    session.execute(text("DROP TABLE case_fts"))
    for table, column in (("client_search", "org_unit_id"), ("case_search", "stage"), ("case_search", "worker_id")):
        session.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
    for statement in search_index.STATEMENTS:
        if any(f"TRIGGER {name} " in statement for name in ("client_search_insert", "client_search_update",
                                                              "case_search_insert", "case_search_update")):
            session.execute(text(statement))
    session.execute(text("UPDATE alembic_version SET version_num = '0009'"))


def _upgrade_from_before_0012(ctx) -> bool:
    """Drop the tables and columns of 0012 and later (kept until now so the test could make its rows
    through the services, whose models have them), then migrate."""
    with ctx.writing() as session:
        session.execute(text("DROP TABLE person_link"))  # 0017
        session.execute(text("DROP TABLE installation_key"))  # 0016
        for table, column in (("volunteer_certificate", "revoked_on"), ("volunteer_certificate", "revoked_reason"),
                              ("sync_peer", "number_tag")):
            session.execute(text(f"ALTER TABLE {table} DROP COLUMN {column}"))
        for table in ("month_submission", "month_decision"):  # 0015
            session.execute(text(f"DROP TABLE {table}"))
        session.execute(text("DROP TABLE sync_relay"))  # 0014
        session.execute(text("ALTER TABLE sync_peer DROP COLUMN upstream"))
        for table in ("client", "volunteer", "volunteer_certificate"):  # 0013
            session.execute(text(f"DROP INDEX ix_{table}_person_key"))
            session.execute(text(f"ALTER TABLE {table} DROP COLUMN person_key"))
        session.execute(text("ALTER TABLE volunteer DROP COLUMN national_number"))
        session.execute(text("ALTER TABLE account DROP COLUMN seal"))  # 0012
    return migrate.upgrade(ctx.store.engine)


def test_search_lines_are_filled_in_for_rows_made_before_0010(ctx):
    """Migration 0010 copies each client's community and each case's stage and worker into the
    narrow search rows, and its triggers keep them in step from then on."""
    from datetime import date

    from wulian_desk.core.clients import ClientInput
    from wulian_desk.services.casework import cases, clients, search
    from wulian_desk.services.station import accounts

    with ctx.writing() as session:
        _back_to_0009(session)
    worker_id = accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker",
                                        password="worker-pass-1").ids[0]
    client_id = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                       birth_date=date(1948, 5, 6))).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护", worker_id=worker_id).ids[0]
    assert _upgrade_from_before_0012(ctx)
    with ctx.reading() as session:
        assert session.execute(text("SELECT org_unit_id FROM client_search")).all() == [(ctx.station_id,)]
        assert session.execute(text("SELECT stage, worker_id FROM case_search")).all() == [("intake", worker_id)]
    cases.move_case(ctx, case_id, "paused", note="住院")
    with ctx.reading() as session:
        assert session.execute(text("SELECT stage FROM case_search")).all() == [("paused",)]
    [hit] = search.quick_search(ctx, "wxl").cases
    assert (hit.id, hit.client_name, hit.stage) == (case_id, "王秀兰", "paused")
    assert [c.id for c in search.quick_search(ctx, "老人照护").cases] == [case_id]  # by the new title index


def test_search_pieces_are_filled_in_for_rows_made_before_0009(ctx):
    """Migration 0009 indexes the clients and cases already there, as its triggers would."""
    from datetime import date

    from wulian_desk.core.clients import ClientInput
    from wulian_desk.services.casework import cases, clients
    from wulian_desk.storage import search_box

    with ctx.writing() as session:  # back to 0008: no pieces, no triggers, no tail indexes
        _back_to_0009(session)
        for table in ("client_gram", "case_gram"):
            for event in ("insert", "update", "delete"):
                session.execute(text(f"DROP TRIGGER {table}_{event}"))
        for name in ("client_gram", "case_gram", "search_seq"):
            session.execute(text(f"DROP TABLE {name}"))
        for name in ("client_search_id_tail", "client_search_phone_tail"):
            session.execute(text(f"DROP INDEX {name}"))
        session.execute(text("UPDATE alembic_version SET version_num = '0008'"))
    client_id = clients.create_client(ctx, ClientInput(name="王秀兰", gender="female", org_unit_id=ctx.station_id,
                                                       birth_date=date(1948, 5, 6), phone="13700001111")).ids[0]
    case_id = cases.open_case(ctx, client_id=client_id, title="独居老人照护").ids[0]
    assert _upgrade_from_before_0012(ctx)
    with ctx.reading() as session:
        assert session.execute(text("SELECT count(*) FROM client_gram")).scalar() == 6  # 王 秀 兰 王秀 秀兰 王秀兰
        assert search_box.matching_client_ids(session, "秀兰", limit=200) == [client_id]
        assert search_box.matching_client_ids(session, "1111", limit=200) == [client_id]
        assert [line[0] for line in search_box.case_lines(session, "老人", client_ids=[], limit=20)] == [case_id]
