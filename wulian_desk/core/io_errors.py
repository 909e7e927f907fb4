"""A full disk, a read-only stick or a failing drive is something a user can fix, not a bug.

`known_io_error` turns the ways these reach the program (an OSError with its errno, SQLite's
"database or disk is full" and disk I/O errors, and SQLAlchemy's wrappers around them) into one
known error that names the folder. The command line and the window both pass every unexpected
exception through it before calling it a bug.
"""

from __future__ import annotations

import errno
import os

from wulian_desk.core.errors import DataDirError, DiskFullError, WulianError
from wulian_desk.core.texts import translate

_FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_CANNOT_WRITE = {errno.EIO, errno.EROFS, errno.ENXIO, errno.ENODEV}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}
# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_FULL = 13
_SQLITE_IOERR = 10
_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14


def disk_full(where: str = "") -> DiskFullError:
    place = f"（{where}）" if where else ""
    return DiskFullError(
        translate("core.io_errors", "磁盘已满，未能写入{place}。请腾出空间或换一个位置后重试，已有数据未受影响。").format(place=place, value=f' ({where})' if where else ''),
    )


def cannot_write(where: str, reason: str) -> DataDirError:
    place = where or "磁盘"
    return DataDirError(
        translate("core.io_errors", "无法写入 {place}：{reason}。请检查磁盘或 U 盘是否可写、是否已拔出，已有数据未受影响。").format(place=place, reason=reason, value=where or 'the disk'),
    )


def not_allowed(where: str, reason: str) -> DataDirError:
    return DataDirError(
        translate("core.io_errors", "无法读写 {value}：{reason}（没有权限）。请换一个位置，或请管理员开放权限。").format(value=where or '该位置', reason=reason, value2=where or 'that place'),
    )


def known_io_error(exc: BaseException) -> WulianError | None:
    """The known error for a disk or file-system failure, or None if `exc` is something else."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError keeps the driver's error here
    if isinstance(orig, BaseException) and orig is not exc:
        found = known_io_error(orig)
        if found is not None:
            return found
    if isinstance(exc, OSError):
        return _from_os_error(exc)
    return _from_sqlite_error(exc)


def _from_os_error(exc: OSError) -> WulianError | None:
    where = _folder_of(exc.filename)
    if exc.errno in _FULL:
        return disk_full(where)
    if exc.errno in _CANNOT_WRITE:
        return cannot_write(where, exc.strerror or str(exc))
    if exc.errno in _NOT_ALLOWED:
        return not_allowed(where, exc.strerror or str(exc))
    return None


def _from_sqlite_error(exc: BaseException) -> WulianError | None:
    # sqlite3 and sqlcipher3 errors share their names and messages; no driver is imported here.
    if type(exc).__name__ not in {"OperationalError", "DatabaseError", "IntegrityError"}:
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in text or "disk is full" in text:
        return disk_full("数据文件夹")
    if primary in {_SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_CANTOPEN} or "disk i/o error" in text \
            or "readonly database" in text or "unable to open database file" in text:
        return cannot_write("数据文件夹", "磁盘读写出错或没有写入权限")
    return None


def _folder_of(filename: object) -> str:
    if not filename:
        return ""
    name = os.fsdecode(filename) if isinstance(filename, str | bytes) else str(filename)
    return os.path.dirname(name) or name
