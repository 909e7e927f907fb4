"""The SQLCipher engine: the raw data key goes to the connection through `set_key` in SQLAlchemy's
`creator=`, never into SQL text or a URL, so no log or echo can ever show it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from wulian_desk.core.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    WrongPassphraseError,
)
from wulian_desk.core.io_errors import known_io_error
from wulian_desk.core.texts import translate

Connection = sqlcipher3.Connection  # the driver's own connection, for queries in plain SQL
DB_FILE = "station.db"
WRITE_OPTION = "wulian_write"


def connect_raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A keyed DB-API connection with the house pragmas; raises a known error for a wrong key."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=10)
    conn.set_key(b"x'" + key.hex().encode("ascii") + b"'")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # Opening writes too (the WAL index): a full disk must not read as a wrong password.
        if (known := known_io_error(exc)) is not None:
            raise known from exc
        raise WrongPassphraseError(
            translate("storage.engine", "数据库无法用此密钥解开（密钥不对，或文件已损坏）。"),
        ) from exc
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Sorts and temporary tables stay in memory: nothing decrypted ever lands in a temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    # 64 MiB of decrypted pages per connection: search-as-you-type rescans the same index pages
    # on every keystroke, and a cache miss costs a decryption.
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def make_engine(path: Path, key: bytes) -> Engine:
    def creator() -> sqlcipher3.Connection:
        return connect_raw(path, key)

    # `module=` makes SQLAlchemy's SQLite dialect use sqlcipher3's exception classes.
    # hide_parameters: an error message must never carry record values into a log.
    # QueuePool, said explicitly: with the "sqlite://" URL SQLAlchemy would assume an in-memory
    # database and pick SingletonThreadPool, which shares one connection among every session of a
    # thread and closes other threads' connections once more than five threads have used it.
    engine = create_engine(
        "sqlite://", creator=creator, module=sqlcipher3, hide_parameters=True,
        poolclass=QueuePool, pool_size=4, max_overflow=8,
        # LIFO: the connection used last, whose page cache is warm, serves the next session.
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # Writers take the write lock up front (BEGIN IMMEDIATE) so a second writer waits for
        # the busy timeout instead of failing halfway through; readers stay DEFERRED so the
        # window can read while a task writes (WAL).
        # Straight to the driver: through exec_driver_sql this statement cost about 40 µs of
        # SQLAlchemy's execution machinery on every session, a third of a search keystroke.
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        # Let SQLAlchemy issue BEGIN itself (see above) instead of the driver's implicit one.
        dbapi_conn.isolation_level = None

    return engine


def translate_db_error(exc: BaseException) -> BaseException:
    """Map driver errors a user can act on to known errors; anything else stays a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLockedError(
            translate("storage.engine", "数据库正被另一个窗口或程序使用，请稍后再试。"),
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(
            translate("storage.engine", "磁盘已满，未能保存。请腾出空间后重试，已有数据未受影响。"),
        )
    if "file is not a database" in text or "malformed" in text:
        return CorruptDatabaseError(
            translate("storage.engine", "数据库文件已损坏或不是本程序的数据库。请从备份恢复。"),
        )
    return exc


@contextlib.contextmanager
def known_db_errors() -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlcipher3.Error) as exc:
        translated = translate_db_error(exc)
        if translated is exc:
            raise
        raise translated from exc
