import pytest
import sqlcipher3
from sqlalchemy import event, text

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.errors import (
    DataDirError,
    NewerSchemaError,
    NotInitialisedError,
    WrongPassphraseError,
)
from wulian_desk.storage import migrate
from wulian_desk.storage.engine import DB_FILE
from wulian_desk.storage.store import Store


def test_database_file_is_encrypted(station_dir):
    raw = (station_dir / DB_FILE).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert "首善街道".encode() not in raw
    # Without the key the stock SQLite reader sees noise.
    conn = sqlcipher3.connect(str(station_dir / DB_FILE))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_pragmas_are_the_house_settings(station_dir):
    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
    finally:
        store.close()


def test_the_key_never_appears_in_sql_text(station_dir):
    statements = []
    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    try:
        @event.listens_for(store.engine, "connect")
        def trace(dbapi_conn, _):
            dbapi_conn.set_trace_callback(statements.append)

        store.engine.dispose()  # new connections from here on are traced
        with store.session(write=True) as session, session.begin():
            session.execute(text("UPDATE local_state SET counter = counter"))
        key_hex = store._data_key.hex()
    finally:
        store.close()
    assert statements, "the trace saw no statements"
    assert not any(key_hex in s.lower() or "pragma key" in s.lower() for s in statements)


def test_wrong_password_opens_nothing(station_dir):
    before = (station_dir / DB_FILE).read_bytes()
    with pytest.raises(WrongPassphraseError):
        Store.open(station_dir, passphrase="not-the-password")
    assert (station_dir / DB_FILE).read_bytes() == before


def test_missing_and_empty_data_dirs(tmp_path):
    with pytest.raises(DataDirError, match="不存在"):
        Store.open(tmp_path / "nowhere", passphrase=PASSWORD)
    with pytest.raises(NotInitialisedError, match="init"):
        Store.open(tmp_path, passphrase=PASSWORD)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(DataDirError, match="不是文件夹"):
        Store.open(a_file, passphrase=PASSWORD)


def test_a_newer_schema_is_refused_and_left_alone(station_dir):
    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    with store.write_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    store.close()
    before = (station_dir / DB_FILE).read_bytes()
    with pytest.raises(NewerSchemaError, match="更新版本"):
        Store.open(station_dir, passphrase=PASSWORD, username=USERNAME)
    assert (station_dir / DB_FILE).read_bytes() == before
    assert not (station_dir / "backups").exists()


def test_head_constant_matches_the_migration_scripts():
    assert migrate.HEAD_REVISION == migrate.head_revision()


def test_schema_matches_the_models(station_dir):
    """The migrations build exactly the tables and columns the models declare."""
    from sqlalchemy import inspect
    from sqlmodel import SQLModel

    import wulian_desk.core.models  # noqa: F401

    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    try:
        inspector = inspect(store.engine)
        for table in SQLModel.metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == set(table.c.keys()), table.name
    finally:
        store.close()


def test_threads_and_nested_sessions_get_their_own_connections(station_dir):
    """The window reads on its own thread while the task runner works on others."""
    import threading

    store, _ = Store.open(station_dir, passphrase=PASSWORD)
    errors = []

    def reader():
        try:
            for _ in range(200):
                with store.session() as session:
                    assert session.execute(text("SELECT count(*) FROM org_unit WHERE tier = :t"),
                                           {"t": "township"}).scalar() == 1
        except Exception as exc:  # pragma: no cover - the failure this test guards against
            errors.append(exc)

    try:
        threads = [threading.Thread(target=reader) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        with store.session() as outer, store.session() as inner:
            outer_conn = outer.connection().connection.driver_connection
            assert inner.connection().connection.driver_connection is not outer_conn
    finally:
        store.close()
    assert errors == []
