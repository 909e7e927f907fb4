"""One station's database: create it, unlock it with a password or the recovery code, hand out
sessions. The data key lives only in memory while the store is open. What the store does to its
key slots (accounts' slots, the accounts key, the recovery code) is in storage/store_slots.py.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session

from wulian_desk.core.errors import DataDirError, NotInitialisedError
from wulian_desk.core.ids import new_id
from wulian_desk.core.texts import translate
from wulian_desk.storage import account_seals, backup, migrate, station_folder
from wulian_desk.storage.engine import (
    DB_FILE,
    WRITE_OPTION,
    Connection,
    connect_raw,
    known_db_errors,
    make_engine,
)
from wulian_desk.storage.keyslots import SLOTS_FILE, KeySlots, new_data_key, new_recovery_code
from wulian_desk.storage.store_slots import StoreSlots, unlock_guarded

BACKUPS_DIR = "backups"


def check_data_dir(folder: Path, *, create: bool) -> Path:
    """The data folder, made if asked; a clear DataDirError when it cannot be used."""
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise DataDirError(translate("storage.store", "数据文件夹路径不是文件夹：{folder}").format(folder=folder))
    if not folder.exists():
        if not create:
            raise DataDirError(
                translate("storage.store", "数据文件夹不存在：{folder}。请检查路径，或先运行 init 建立站点。").format(folder=folder),
            )
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as exc:
            raise DataDirError(
                translate("storage.store", "无法建立数据文件夹 {folder}：{strerror}").format(folder=folder, strerror=exc.strerror),
            ) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataDirError(
            translate("storage.store", "没有写入数据文件夹的权限：{folder}").format(folder=folder),
        )
    _keep_private(folder)
    return folder


def _keep_private(folder: Path) -> None:
    """Close a data folder that others on this computer can enter (one made by an older version,
    or by hand with a loose umask): the files inside hold people's data. On Windows the folder
    sits in the user's own profile, whose access list already does this."""
    if os.name != "posix":
        return
    try:
        info = folder.stat()
        if info.st_mode & 0o077 and info.st_uid == os.getuid():
            folder.chmod(info.st_mode & 0o700)
    except (OSError, NotImplementedError):
        pass  # not ours to change (a shared folder set up by an administrator): left as it is


def is_initialised(folder: Path) -> bool:
    return (Path(folder) / SLOTS_FILE).exists() and (Path(folder) / DB_FILE).exists()


class Store(StoreSlots):
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
        # Where set-up moved a half-made station it took over (None if there was none).
        self.set_aside_from: Path | None = None
        # The station's accounts key (private half), held while open by a head whose slot was
        # granted it: what seals account rows (storage/account_seals.py). None for everyone else.
        self.accounts_private: bytes | None = None
        # The journal anchor's MAC key, read from the keyring once (storage/journal_anchor.py).
        self.journal_mac_key: bytes | None = None
        # The slot this store was unlocked with, as (kind, account id).
        self.opened_with: tuple[str, str] = ("account", "")
        # Each thread's own connection for plain reads (see plain_reading), closed with the store.
        self._plain = threading.local()
        self._plain_conns: list[Connection] = []
        self._plain_lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        station_id: str,
        account_id: str,
        username: str,
        password: str,
        fill: Callable[[Store], None] | None = None,
    ) -> tuple[Store, str]:
        """A new encrypted database and its key slots; returns the store and the recovery code.

        Everything is built in a scratch folder, `fill` (the station's first rows) included, and
        moved into place only when complete: a set-up that fails or is killed leaves no station.
        A half-made station left by an earlier one is moved aside to backups/ (see
        `set_aside_from`) rather than blocking this one.
        """
        folder = Path(folder).expanduser()
        half_made = station_folder.check_can_set_up(folder)
        data_key = new_data_key()
        recovery_code = new_recovery_code()
        slots = KeySlots.new()
        accounts_private, slots.accounts_key = account_seals.new_key()
        slots.add_account(data_key, account_id=account_id, username=username, password=password)
        slots.set_recovery(data_key, recovery_code)
        for slot in slots.slots:  # the first head and the recovery code hold the accounts key
            slots.grant_to(slot, accounts_private)
        scratch = station_folder.scratch_folder(folder)
        try:
            cls._build(scratch, station_id=station_id, data_key=data_key, slots=slots, fill=fill,
                       accounts_private=accounts_private)
            set_aside = station_folder.set_aside(folder, half_made) if half_made else None
            station_folder.move_into_place(scratch, folder)
        except BaseException:
            station_folder.remove_scratch(scratch)
            raise
        for stale in station_folder.stale_scratch_folders(folder):
            station_folder.remove_scratch(stale)
        store = cls(folder, make_engine(folder / DB_FILE, data_key), slots, data_key)
        store.set_aside_from = set_aside
        store.accounts_private = accounts_private
        store.opened_with = ("account", account_id)
        return store, recovery_code

    @classmethod
    def _build(
        cls, scratch: Path, *, station_id: str, data_key: bytes, slots: KeySlots,
        fill: Callable[[Store], None] | None, accounts_private: bytes,
    ) -> None:
        engine = make_engine(scratch / DB_FILE, data_key)
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
            if fill is not None:
                building = cls(scratch, engine, slots, data_key)
                building.accounts_private = accounts_private
                try:
                    fill(building)
                finally:
                    building.close()
        finally:
            engine.dispose()
        slots.save(scratch)

    @classmethod
    def open(
        cls, folder: Path, *, passphrase: str, username: str | None = None
    ) -> tuple[Store, str | None]:
        """Unlock and migrate; returns the store and the account id it was unlocked for.

        The caller still checks that the account may log in (it exists and is not disabled):
        only the database knows that.
        """
        folder = check_data_dir(folder, create=False)
        station_folder.check_not_moved(folder)
        if not is_initialised(folder):
            if station_folder.half_made_files(folder):
                raise NotInitialisedError(
                    translate("storage.store", "{folder} 中只有未建成的站点（上次建立站点时被中断）。请重新运行：wulian-desk --data-dir {folder} init；未建成的文件会先移到 backups 文件夹。").format(folder=folder),
                )
            raise NotInitialisedError(
                translate("storage.store", "{folder} 中还没有站点数据。请先运行：wulian-desk --data-dir {folder} init").format(folder=folder),
            )
        slots = KeySlots.load(folder)
        data_key, slot, box, failed_logins = unlock_guarded(folder, slots, passphrase, username)
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
                store.failed_logins = failed_logins
                store._take_accounts_key(slot, box)
                return store, (slot.account_id or None)
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

    def derive_key(self, purpose: str) -> bytes:
        """A 32-byte key for one purpose (e.g. certificate codes), derived with HKDF from the data
        key: only someone holding this station's data can make it, and the data key stays here."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        info = b"wulian-desk/" + purpose.encode("utf-8")
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(self._data_key)

    def close(self) -> None:
        with self._plain_lock:
            for conn in self._plain_conns:
                conn.close()
            self._plain_conns.clear()
        self.engine.dispose()


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
