"""Keeping the station's data sound: integrity checks, backups and restores."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from wulian_desk.core.errors import (
    AccountDisabledError,
    CorruptDatabaseError,
    DataDirError,
    LockedOutError,
    WrongPassphraseError,
    WulianError,
)
from wulian_desk.core.models import Account
from wulian_desk.core.permissions import require
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Context
from wulian_desk.services.station import account_seals
from wulian_desk.services.station.station import open_station
from wulian_desk.storage import account_seals as row_seals
from wulian_desk.storage import audit, backup, journal_anchor
from wulian_desk.storage.engine import connect_raw, known_db_errors
from wulian_desk.storage.keyslots import KeySlots
from wulian_desk.storage.queries import maintenance_sqlite as checks
from wulian_desk.storage.queries import sync as sync_queries
from wulian_desk.storage.records import synced_tables
from wulian_desk.storage.store import check_data_dir, is_initialised
from wulian_desk.sync import chain_heads


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_station(ctx: Context) -> list[CheckResult]:
    """Every check, each reported; the station is sound only if all hold."""
    results = []
    with ctx.reading() as session:
        integrity = checks.integrity_problems(session)
        ok = integrity == ["ok"]
        results.append(
            CheckResult("integrity", ok, "数据库结构完整" if ok else "；".join(integrity[:5]))
        )
        broken = checks.broken_references(session)
        detail = "外键引用完整" if not broken else "；".join(
            f"表 {table} 第 {rowid} 行引用了不存在的 {parent}" for table, rowid, parent, _ in broken[:5]
        )
        results.append(CheckResult("foreign_keys", not broken, detail))
        counter = checks.device_counter(session)
        highest = checks.highest_counter(session, tables=[t.name for t in synced_tables()],
                                         device_id=ctx.store.device_id)
        ok = highest <= counter
        broken_entry = audit.verify_chain(session)
        if broken_entry is None:
            count = checks.journal_length(session)
            results.append(CheckResult("audit_chain", True, f"审计日志 {count} 条，哈希链完整"))
        else:
            results.append(
                CheckResult(
                    "audit_chain",
                    False,
                    f"审计日志第 {broken_entry.seq} 条（{broken_entry.at}，{broken_entry.action}，"
                    f"记录 {broken_entry.record_id}）被改动或缺失，哈希链从这里断开",
                )
            )
        anchor = journal_anchor.verify(ctx.store, session)
        results.append(CheckResult("journal_anchor", anchor.ok, anchor.detail))
        names = sync_queries.peer_names(session)
        heads = chain_heads.problems(session, names)
        results.append(CheckResult("journal_heads", not heads, "；".join(heads[:5]) if heads
                                   else "审计日志与已发出、已收到的数据包所示链头一致"))
        sealed, detail = account_seals.problems(ctx, session)
        results.append(CheckResult("account_seals", sealed, detail))
        results.append(
            CheckResult(
                "counters",
                ok,
                "版本计数器正常" if ok else f"记录的版本号 {highest} 超过了本机计数器 {counter}",
            )
        )
    return results


def backup_station(ctx: Context, dest: Path) -> Path:
    ctx.require("backup", "create")
    dest = Path(dest).expanduser()
    if dest.is_dir():
        raise DataDirError(translate("services.station.maintenance", "{dest} 是文件夹，请给出备份文件名。").format(dest=dest))
    ctx.audit_now("backup", "station", ctx.station_id)
    return ctx.store.backup_to(dest)


def restore_station(folder: Path, source: Path, *, passphrase: str, username: str | None = None) -> Path | None:
    """Replace the station's database with a backup; returns where the replaced one was kept.

    Only a role that may restore (the station head) may replace a station: the account whose
    password was given is checked in the station being replaced, before anything changes. Where
    there is no station to open (a new computer, a database too damaged to open), it is checked
    in the backup instead.
    """
    folder = check_data_dir(folder, create=True)
    source = Path(source).expanduser()
    try:
        live = None if not is_initialised(folder) else open_station(folder, passphrase=passphrase,
                                                                      username=username)
    except (AccountDisabledError, LockedOutError):
        raise
    except (WrongPassphraseError, CorruptDatabaseError):
        if not _opens_live_slots(folder, passphrase, username):
            raise
        live = None  # the password is right but the database will not open: damaged
    if live is not None:
        try:
            live.require("backup", "restore")
            live.audit_now("restore", "station", live.station_id, source=source.name)
        finally:
            live.close()
    else:
        require(_role_in_backup(folder, source, passphrase=passphrase, username=username), "backup", "restore")
    return backup.restore_backup(folder, source, passphrase=passphrase, username=username)


def _opens_live_slots(folder: Path, passphrase: str, username: str | None) -> bool:
    try:
        KeySlots.load(folder).unlock(passphrase, username=username)
    except WulianError:
        return False
    return True


def _role_in_backup(folder: Path, source: Path, *, passphrase: str, username: str | None) -> str:
    """The role, in the backup, of the account whose password opens it ("head" for the recovery
    code; none for an account disabled or missing there, or whose row the backup's accounts key
    did not seal: a backup made after a role was raised with raw SQL restores nothing)."""
    slots, db_bytes = backup.read_backup(source)
    data_key, account_id = slots.unlock(passphrase, username=username)
    if account_id is None:
        return "head"
    fd, scratch = tempfile.mkstemp(prefix=".restore-check-", suffix=".db", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(db_bytes)
        conn = connect_raw(Path(scratch), data_key)
        try:
            with known_db_errors():
                sealed = bool(slots.accounts_key)  # backups from before seals have no seal column
                row = checks.account_in_backup(conn, account_id, with_seal=sealed)
        finally:
            conn.close()
    finally:
        Path(scratch).unlink(missing_ok=True)
    if row is None or row[4] or row[5]:
        return ""
    account = Account(id=row[0], owner=row[1], username=row[2], role=row[3], disabled=bool(row[4]),
                      deleted=bool(row[5]), display_name="", seal=row[6] if sealed else "")
    if slots.accounts_key and not row_seals.holds(slots.accounts_key, account):
        return ""
    return account.role
