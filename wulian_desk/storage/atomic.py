"""Write a file so that a crash leaves either the old file or the new one, never half of each."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600  # what the station writes may hold people's data: the owner's eyes only


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file beside `path`, fsync, rename. A failure (a full disk) removes the temp file and
    leaves `path` as it was."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as fh:
            make_private(fh.fileno())  # a temp file left by an older version may have other modes
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def make_private(fd: int) -> None:
    """Owner-only on POSIX. Windows has no such mode bits: the data, log and export folders there
    sit in the user's own profile, whose access list already keeps other users out."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVATE_FILE)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
