"""One station's database: create it, unlock it with a password or the recovery code, hand out
sessions. The data key lives only in memory while the store is open.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from wulian_desk.core.errors import (
    AccountDisabledError,
    AlreadyInitialisedError,
    DataDirError,
    NotInitialisedError,
    WrongPassphraseError,
)
from wulian_desk.core.ids import new_id
from wulian_desk.storage import backup, migrate
from wulian_desk.storage.engine import (
    DB_FILE,
    WRITE_OPTION,
    Connection,
    connect_raw,
    known_db_errors,
    make_engine,
)
from wulian_desk.storage.keyslots import (
    SLOTS_FILE,
    KeySlots,
    new_data_key,
    new_recovery_code,
    normalise_recovery_code,
)
from wulian_desk.storage.login_guard import LoginGuard

BACKUPS_DIR = "backups"


def check_data_dir(folder: Path, *, create: bool) -> Path:
    """The data folder, made if asked; a clear DataDirError when it cannot be used."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise DataDirError(f"数据文件夹路径不是文件夹：{folder}", f"Not a folder: {folder}")
    if not folder.exists():
        if not create:
            raise DataDirError(
                f"数据文件夹不存在：{folder}。请检查路径，或先运行 init 建立站点。",
                f"The data folder does not exist: {folder}. Check the path or run init first.",
            )
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise DataDirError(
                f"无法建立数据文件夹 {folder}：{exc.strerror}",
                f"Cannot create the data folder {folder}: {exc.strerror}",
            ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataDirError(
            f"没有写入数据文件夹的权限：{folder}",
            f"No permission to write to the data folder: {folder}",
        )
    return folder


def is_initialised(folder: Path) -> bool:
    return (Path(folder) / SLOTS_FILE).exists() and (Path(folder) / DB_FILE).exists()


def login_tag(slots: KeySlots, passphrase: str, username: str | None) -> str:
    """Which counter of failed logins an attempt belongs to."""
    if normalise_recovery_code(passphrase) is not None:
        return "recovery"
    return slots.user_tag(username) if username else "any-account"


class Store:
    def __init__(self, folder: Path, engine: Engine, slots: KeySlots, data_key: bytes) -> None:
        self.folder = folder
        self.engine = engine
        self.write_engine = engine.execution_options(**{WRITE_OPTION: True})
        self.slots = slots
        self._data_key = data_key
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT station_id, device_id FROM local_state WHERE id = 1")).one()
        self.station_id: str = row[0]
        self.device_id: str = row[1]
        # Failed logins since the last success, as {"tag", "at"}: services copy them to the journal.
        self.failed_logins: list[dict] = []
        # Each thread's own connection for plain reads (see plain_reading), closed with the store.
        self._plain = threading.local()
        self._plain_conns: list[Connection] = []
        self._plain_lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, *, station_id: str, account_id: str, username: str, password: str
    ) -> tuple[Store, str]:
        """A new encrypted database and its key slots; returns the store and the recovery code.

        On any failure the folder is left as it was: no database, no slots.
        """
        folder = check_data_dir(folder, create=True)
        if (folder / DB_FILE).exists() or (folder / SLOTS_FILE).exists():
            raise AlreadyInitialisedError(
                f"{folder} 中已经有站点数据，不会覆盖。",
                f"{folder} already holds a station; it will not be overwritten.",
            )
        data_key = new_data_key()
        recovery_code = new_recovery_code()
        slots = KeySlots.new()
        slots.add_account(data_key, account_id=account_id, username=username, password=password)
        slots.set_recovery(data_key, recovery_code)
        engine = make_engine(folder / DB_FILE, data_key)
        try:
            with known_db_errors():
                migrate.upgrade(engine.execution_options(**{WRITE_OPTION: True}))
                with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                    conn.execute(
                        text(
                            "INSERT INTO local_state (id, station_id, device_id, counter) "
                            "VALUES (1, :s, :d, 0)"
                        ),
                        {"s": station_id, "d": new_id()},
                    )
            slots.save(folder)
        except BaseException:
            engine.dispose()
            for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", SLOTS_FILE):
                (folder / name).unlink(missing_ok=True)
            raise
        return cls(folder, engine, slots, data_key), recovery_code

    @classmethod
    def open(
        cls, folder: Path, *, passphrase: str, username: str | None = None
    ) -> tuple[Store, str | None]:
        """Unlock and migrate; returns the store and the account id it was unlocked for."""
        folder = check_data_dir(folder, create=False)
        if not is_initialised(folder):
            raise NotInitialisedError(
                f"{folder} 中还没有站点数据。请先运行：wulian-desk --data-dir {folder} init",
                f"No station in {folder} yet. Run: wulian-desk --data-dir {folder} init",
            )
        slots = KeySlots.load(folder)
        guard = LoginGuard(folder)
        tag = login_tag(slots, passphrase, username)
        if username:
            slots.refuse_if_disabled(username)  # says "disabled" rather than "wait"
        guard.check(tag)
        try:
            data_key, account_id = slots.unlock(passphrase, username=username)
        except AccountDisabledError:
            raise
        except WrongPassphraseError:
            guard.failed(tag)
            raise
        engine = make_engine(folder / DB_FILE, data_key)
        try:
            with known_db_errors():
                migrate.upgrade(
                    engine.execution_options(**{WRITE_OPTION: True}),
                    before=lambda rev: backup.write_backup(
                        engine,
                        data_key,
                        slots,
                        folder / BACKUPS_DIR / f"before-migration-{rev}-{_stamp()}.wdb",
                    ),
                )
                store = cls(folder, engine, slots, data_key)
                store.failed_logins = guard.succeeded(tag)
                return store, account_id
        except BaseException:
            engine.dispose()
            raise

    # -- use -------------------------------------------------------------------------------------

    def session(self, *, write: bool = False) -> Session:
        """A session; `write=True` takes the write lock when its transaction begins."""
        return Session(self.write_engine if write else self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def plain_reading(self) -> Iterator[Connection]:
        """A read transaction without an ORM session, on a connection this thread keeps: for the
        hot paths that read with plain SQL only (the search box, list pages). A Session's own
        bookkeeping, or even taking a connection from the pool, costs a good share of a search
        keystroke's half millisecond; the thread's own connection also keeps its page cache warm
        for the next keystroke. A read inside a read on the same thread shares its snapshot."""
        conn = getattr(self._plain, "conn", None)
        if conn is None:
            conn = connect_raw(self.folder / DB_FILE, self._data_key)
            conn.isolation_level = None  # transactions begin where this says, not where the driver guesses
            with self._plain_lock:
                self._plain_conns.append(conn)
            self._plain.conn = conn
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")  # a read: nothing to keep

    def backup_to(self, dest: Path) -> Path:
        return backup.write_backup(self.engine, self._data_key, self.slots, dest)

    def add_account_slot(self, *, account_id: str, username: str, password: str) -> None:
        self.slots.add_account(self._data_key, account_id=account_id, username=username, password=password)
        self.slots.save(self.folder)

    def disable_account_slot(self, *, account_id: str, username: str) -> None:
        self.slots.disable_account(account_id, username)
        self.slots.save(self.folder)

    def verify_password(self, *, username: str, password: str) -> str | None:
        """The account id the password opens (re-read from disk, so a slot changed by another
        window counts), with the same growing delays as a login."""
        slots = KeySlots.load(self.folder)
        guard = LoginGuard(self.folder)
        tag = login_tag(slots, password, username)
        slots.refuse_if_disabled(username)
        guard.check(tag)
        try:
            _key, account_id = slots.unlock(password, username=username)
        except AccountDisabledError:
            raise
        except WrongPassphraseError:
            guard.failed(tag)
            raise
        self.failed_logins.extend(guard.succeeded(tag))
        return account_id

    def derive_key(self, purpose: str) -> bytes:
        """A 32-byte key for one purpose (e.g. certificate codes), derived with HKDF from the data
        key: only someone holding this station's data can make it, and the data key stays here."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        info = b"wulian-desk/" + purpose.encode("utf-8")
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(self._data_key)

    def regenerate_recovery_code(self) -> str:
        code = new_recovery_code()
        self.slots.set_recovery(self._data_key, code)
        self.slots.save(self.folder)
        return code

    def close(self) -> None:
        with self._plain_lock:
            for conn in self._plain_conns:
                conn.close()
            self._plain_conns.clear()
        self.engine.dispose()


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
