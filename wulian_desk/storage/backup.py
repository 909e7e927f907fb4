"""Backups: SQLite's online backup into a file that stays encrypted, with the key slots beside it.

A backup file is `WULIAN-BACKUP/1`, one line of key slots (JSON: wrapped keys only), then the
SQLCipher database pages. It opens with the recovery code, or a password that was valid when it
was made. Restoring mints a new device id so the restored copy never reuses the counters of the
device it came from.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import sqlcipher3
from sqlalchemy.engine import Engine

from wulian_desk.core.errors import CorruptDatabaseError, DataDirError, WulianError
from wulian_desk.core.ids import new_id
from wulian_desk.core.io_errors import known_io_error
from wulian_desk.core.texts import translate
from wulian_desk.storage.atomic import fsync_dir, write_atomic
from wulian_desk.storage.engine import DB_FILE, connect_raw
from wulian_desk.storage.keyslots import SLOTS_FILE, KeySlots

MAGIC = b"WULIAN-BACKUP/1\n"


def write_backup(engine: Engine, data_key: bytes, slots: KeySlots, dest: Path) -> Path:
    dest = Path(dest).expanduser()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        # The page copy goes to an encrypted scratch file beside the target, never to /tmp.
        fd, scratch = tempfile.mkstemp(prefix=".backup-", suffix=".db", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        raise _write_error(exc, dest) from exc
    scratch_path = Path(scratch)
    try:
        target = connect_raw(scratch_path, data_key)
        try:
            target.execute("PRAGMA journal_mode = DELETE")
            raw = engine.raw_connection()
            try:
                raw.driver_connection.backup(target)
            finally:
                raw.close()
        finally:
            target.close()
        payload = MAGIC + slots.to_bytes().replace(b"\n", b"") + b"\n" + scratch_path.read_bytes()
        write_atomic(dest, payload)
    except (OSError, sqlcipher3.Error) as exc:  # the driver reports a full disk as its own error
        raise _write_error(exc, dest) from exc
    finally:
        scratch_path.unlink(missing_ok=True)
    return dest


def _write_error(exc: Exception, dest: Path) -> WulianError:
    known = known_io_error(exc)
    if known is not None:
        return known
    reason = exc.strerror if isinstance(exc, OSError) else str(exc)
    return DataDirError(translate("storage.backup", "备份写入失败：{reason}（{dest}）").format(reason=reason, dest=dest))


def read_backup(path: Path) -> tuple[KeySlots, bytes]:
    try:
        raw = Path(path).expanduser().read_bytes()
    except OSError as exc:
        raise DataDirError(translate("storage.backup", "无法读取备份文件 {path}：{strerror}").format(path=path, strerror=exc.strerror)) from exc
    if not raw.startswith(MAGIC):
        raise CorruptDatabaseError(translate("storage.backup", "{path} 不是五社联动工作台的备份文件。").format(path=path))
    slots_line, sep, db_bytes = raw[len(MAGIC):].partition(b"\n")
    if not sep or not db_bytes:
        raise CorruptDatabaseError(translate("storage.backup", "备份文件 {path} 不完整（可能被截断）。").format(path=path))
    return KeySlots.from_bytes(slots_line), db_bytes


def restore_backup(folder: Path, path: Path, *, passphrase: str, username: str | None = None) -> Path | None:
    """Replace the database in `folder` with the backup; the old one is first saved as a backup.

    The backup is unlocked and checked before anything in the folder changes. Returns where the
    replaced database was saved (None if the folder held none).
    """
    slots, db_bytes = read_backup(path)
    data_key, _account = slots.unlock(passphrase, username=username)
    folder = Path(folder)
    fd, scratch = tempfile.mkstemp(prefix=".restore-", suffix=".db", dir=folder)
    os.close(fd)
    scratch_path = Path(scratch)
    try:
        scratch_path.write_bytes(db_bytes)
        conn = connect_raw(scratch_path, data_key)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise CorruptDatabaseError(translate("storage.backup", "备份文件内容已损坏：{result}").format(result=result))
            conn.execute("UPDATE local_state SET device_id = ? WHERE id = 1", (new_id(),))
            _forget_sync_identity(conn)
            conn.commit()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        saved = _save_current(folder)
        os.replace(scratch_path, folder / DB_FILE)
        slots.save(folder)
        fsync_dir(folder)
        return saved
    finally:
        scratch_path.unlink(missing_ok=True)


def _forget_sync_identity(conn) -> None:
    """A restored database is a new installation: new keys (made on first use), and no bundle
    history of its own with any peer, so it enrols again and its sequence numbers start at 1.
    What it received stays in the ledger, so old bundles are still recognised."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_identity'").fetchone() is None:
        return  # a backup from before sync existed
    conn.execute("DELETE FROM sync_identity")
    conn.execute("DELETE FROM sync_bundle_out")
    conn.execute("UPDATE sync_peer SET out_seq = 0, out_last_id = NULL, acked_seq = 0")


def _save_current(folder: Path) -> Path | None:
    """Move the database being replaced, with its slots and WAL, into a folder of its own under
    backups/: a restore never loses data, and that folder opens as a data folder if needed."""
    current = folder / DB_FILE
    if not current.exists():
        return None
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    saved = folder / "backups" / f"before-restore-{stamp}"
    saved.mkdir(parents=True)
    for name in (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", SLOTS_FILE):
        if (folder / name).exists():
            os.replace(folder / name, saved / name)
    fsync_dir(saved)
    return saved
