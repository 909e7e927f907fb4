"""Keeping the station's data sound: integrity checks, backups and restores."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from wulian_desk.core.errors import DataDirError
from wulian_desk.services.context import Context
from wulian_desk.storage import audit, backup
from wulian_desk.storage.records import synced_tables
from wulian_desk.storage.store import check_data_dir


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def check_station(ctx: Context) -> list[CheckResult]:
    """Every check, each reported; the station is sound only if all hold."""
    results = []
    with ctx.reading() as session:
        integrity = [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]
        ok = integrity == ["ok"]
        results.append(
            CheckResult("integrity", ok, "数据库结构完整" if ok else "；".join(integrity[:5]))
        )
        broken = session.execute(text("PRAGMA foreign_key_check")).all()
        detail = "外键引用完整" if not broken else "；".join(
            f"表 {table} 第 {rowid} 行引用了不存在的 {parent}" for table, rowid, parent, _ in broken[:5]
        )
        results.append(CheckResult("foreign_keys", not broken, detail))
        state = session.execute(text("SELECT counter FROM local_state WHERE id = 1")).one()
        highest = max(
            session.execute(text(f"SELECT coalesce(max(counter), 0) FROM {table} WHERE device_id = :d"),
                            {"d": ctx.store.device_id}).scalar_one()
            for table in (t.name for t in synced_tables())
        )
        ok = highest <= state[0]
        broken_entry = audit.verify_chain(session)
        if broken_entry is None:
            count = session.execute(text("SELECT count(*) FROM audit_entry")).scalar_one()
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
        results.append(
            CheckResult(
                "counters",
                ok,
                "版本计数器正常" if ok else f"记录的版本号 {highest} 超过了本机计数器 {state[0]}",
            )
        )
    return results


def backup_station(ctx: Context, dest: Path) -> Path:
    ctx.require("backup", "create")
    dest = Path(dest).expanduser()
    if dest.is_dir():
        raise DataDirError(f"{dest} 是文件夹，请给出备份文件名。", f"{dest} is a folder; give a file name.")
    ctx.audit_now("backup", "station", ctx.station_id)
    return ctx.store.backup_to(dest)


def restore_station(folder: Path, source: Path, *, passphrase: str, username: str | None = None) -> Path | None:
    """Replace the station's database with a backup; returns where the replaced one was kept."""
    folder = check_data_dir(folder, create=True)
    return backup.restore_backup(folder, source, passphrase=passphrase, username=username)
