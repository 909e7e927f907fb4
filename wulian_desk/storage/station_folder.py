"""Setting a new station into its data folder all at once, and recognising what an interrupted
set-up left behind.

A station is complete when its folder holds both the database and the key slots. Set-up builds
both in a scratch folder and moves them in with renames, the key slots last, so a set-up killed
at any point leaves either no station, a complete one, or a half-made one: files of ours without
the complete set. A later set-up takes over a half-made station after moving its files aside
(never deleting them: a database without its slots still opens with the slots of a backup).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from wulian_desk.core.errors import AlreadyInitialisedError, DataDirError
from wulian_desk.core.texts import translate
from wulian_desk.storage.atomic import fsync_dir
from wulian_desk.storage.engine import DB_FILE
from wulian_desk.storage.keyslots import LOCK_FILE, SLOTS_FILE
from wulian_desk.storage.login_guard import GUARD_FILE

BACKUPS_DIR = "backups"
SCRATCH_PREFIX = ".init-"
# The station's own files, in the order they are moved into place: the slots file last, since
# its arrival is what makes the station complete.
STATION_FILES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", SLOTS_FILE)
_OURS = set(STATION_FILES) | {
    DB_FILE + "-journal",
    SLOTS_FILE + ".tmp",
    LOCK_FILE,
    GUARD_FILE,
    GUARD_FILE + ".tmp",
    GUARD_FILE + ".lock",
}


# Left in a data folder whose station was moved elsewhere (services/station/data_folder.py).
MOVED_NOTE = "MOVED-TO.txt"


def check_not_moved(folder: Path) -> None:
    """Refuse to open a folder whose station now lives elsewhere, naming where."""
    note = Path(folder) / MOVED_NOTE
    if note.is_file():
        target = note.read_text(encoding="utf-8").splitlines()[0].strip()
        raise DataDirError(translate("storage.station_folder", "这个站点已移到 {target}，请在那里打开；原文件夹 {folder} 只是留作备查。").format(target=target, folder=folder))


def is_complete(folder: Path) -> bool:
    return (folder / DB_FILE).is_file() and (folder / SLOTS_FILE).is_file()


def _scratch_name(folder: Path, name: str) -> bool:
    return name.startswith(SCRATCH_PREFIX) or name.startswith(f".{folder.name}{SCRATCH_PREFIX}")


def half_made_files(folder: Path) -> list[Path]:
    """The files an interrupted set-up (or restore) left in `folder`, when it holds no complete
    station; empty when there is nothing of a station, or a complete one."""
    if not folder.is_dir() or is_complete(folder):
        return []
    found = [folder / name for name in sorted(_OURS) if (folder / name).exists()]
    found += [p for p in sorted(folder.iterdir()) if p.is_dir() and _scratch_name(folder, p.name)]
    if not any(p.name in (DB_FILE, SLOTS_FILE) for p in found):
        return []  # a lock or guard file alone is no station
    return found


def unknown_files(folder: Path) -> list[Path]:
    """Entries in `folder` that are not a station's."""
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.iterdir())
            if p.name not in _OURS and p.name != BACKUPS_DIR and not _scratch_name(folder, p.name)]


def check_can_set_up(folder: Path) -> list[Path]:
    """Refuse a folder holding a station, or a half-made one beside files not ours; return the
    half-made station's files (empty if none) that set-up will move aside."""
    if folder.exists() and not folder.is_dir():
        raise DataDirError(translate("storage.station_folder", "数据文件夹路径不是文件夹：{folder}").format(folder=folder))
    if is_complete(folder):
        raise AlreadyInitialisedError(
            translate("storage.station_folder", "{folder} 中已经有站点数据，不会覆盖。").format(folder=folder),
        )
    half = half_made_files(folder)
    others = unknown_files(folder)
    if half and others:
        names = "、".join(p.name for p in others[:5])
        raise AlreadyInitialisedError(
            translate("storage.station_folder", "{folder} 中有未建成的站点文件，还有其他文件（{names}）；为免误删，不会在这里建立站点。请换一个空文件夹，或先把其他文件移走。").format(folder=folder, names=names),
        )
    return half


def scratch_folder(folder: Path) -> Path:
    """A new empty folder on the same disk as `folder`, from which renames into it are atomic:
    beside it when it does not exist yet (one rename then puts the whole station in place),
    inside it when it does."""
    try:
        if folder.is_dir():
            return Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=folder))
        folder.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{folder.name}{SCRATCH_PREFIX}", dir=folder.parent))
    except OSError as exc:
        raise DataDirError(
            translate("storage.station_folder", "无法建立数据文件夹 {folder}：{strerror}").format(folder=folder, strerror=exc.strerror),
        ) from exc


def set_aside(folder: Path, files: list[Path]) -> Path:
    """Move a half-made station's files into a folder of their own under backups/."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = folder / BACKUPS_DIR / f"half-made-{stamp}"
    aside.mkdir(parents=True, mode=0o700)
    for path in files:
        os.replace(path, aside / path.name)
    fsync_dir(aside)
    fsync_dir(folder)
    return aside


def move_into_place(scratch: Path, folder: Path) -> None:
    """Put the station built in `scratch` into `folder`, the key slots last."""
    if not folder.exists():
        os.rename(scratch, folder)
        fsync_dir(folder.parent)
        return
    for name in STATION_FILES:
        if (scratch / name).exists():
            _move_file(scratch / name, folder / name)
    fsync_dir(folder)
    remove_scratch(scratch)


def _move_file(source: Path, target: Path) -> None:
    os.replace(source, target)


def remove_scratch(scratch: Path) -> None:
    shutil.rmtree(scratch, ignore_errors=True)


def stale_scratch_folders(folder: Path) -> list[Path]:
    """Scratch folders of earlier set-ups of `folder` that were killed before they finished,
    beside it and inside it."""
    beside = [p for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}{SCRATCH_PREFIX}")]
    inside = [p for p in folder.iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    return [p for p in beside + inside if p.is_dir()]
