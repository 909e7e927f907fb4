"""Moving a station's data folder (to the per-machine folder of a shared office PC, to a bigger
disk) and telling the program where it now is.

The station is copied while closed, the copy is opened with the head's password and every
`check` is run on it, and only then is the new folder named (paths.name_data_folder). A move
that fails at any step leaves the station where it was and removes its half-made copy. The old
folder is kept as it was, with a note naming the new place, until someone deletes it; the program
refuses to open it, so no one goes on working in a copy that is no longer the station.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wulian_desk.core.errors import DataDirError, ValidationError
from wulian_desk.core.texts import translate
from wulian_desk.paths import DataFolder, data_folder, name_data_folder
from wulian_desk.services.station.maintenance import check_station
from wulian_desk.services.station.station import open_station
from wulian_desk.storage import device_secret
from wulian_desk.storage.keyslots import LOCK_FILE, KeySlots
from wulian_desk.storage.station_folder import MOVED_NOTE, is_complete
from wulian_desk.storage.store import check_data_dir

# Files that belong to this process, not to the station.
_LEFT_BEHIND = shutil.ignore_patterns(LOCK_FILE, "*.lock", MOVED_NOTE)


@dataclass(frozen=True)
class Moved:
    old: Path
    new: Path
    named_in: Path
    for_machine: bool


def where(folder: Path | None = None) -> DataFolder:
    """The data folder in use (or `folder`, when given on the command line) and what chose it."""
    if folder is not None:
        return DataFolder(Path(folder).expanduser(), "command_line", None)
    return data_folder()


def move_station(folder: Path, target: Path, *, passphrase: str, username: str | None,
                 for_machine: bool) -> Moved:
    """Copy the station in `folder` to `target`, check the copy, and make it the data folder."""
    folder = check_data_dir(folder, create=False).resolve()
    target = _check_target(folder, Path(target).expanduser().resolve())
    ctx = open_station(folder, passphrase=passphrase, username=username)
    try:
        ctx.require("backup", "restore")  # the station head's: it decides where the station lives
        ctx.audit_now("data_folder_move", "station", ctx.station_id, to=str(target), for_machine=for_machine)
    finally:
        ctx.close()
    _check_space(folder, target)
    scratch = target.with_name(f".{target.name}.moving-{datetime.now(UTC):%Y%m%d%H%M%S}")
    try:
        shutil.copytree(folder, scratch, ignore=_LEFT_BEHIND)
        scratch.rename(target)
        _check_copy(target, passphrase=passphrase, username=username)
        if for_machine:
            _share_device_secret(target)
        named_in = name_data_folder(target, for_machine=for_machine)
    except OSError as exc:
        _remove(scratch, target)
        raise DataDirError(translate("services.station.data_folder", "移动失败，站点仍在原处：{value}").format(value=exc.strerror or exc)) from exc
    except BaseException:
        _remove(scratch, target)
        raise
    (folder / MOVED_NOTE).write_text(f"{target}\n站点已于 {datetime.now(UTC):%Y-%m-%d %H:%M} UTC 移到上面的文件夹。\n",
                                     encoding="utf-8")
    return Moved(folder, target, named_in, for_machine)


def _check_target(folder: Path, target: Path) -> Path:
    if target == folder or folder in target.parents or target in folder.parents:
        raise ValidationError(translate("services.station.data_folder", "新文件夹不能是原数据文件夹，也不能在它里面或包含它。"), field="target")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ValidationError(translate("services.station.data_folder", "{target} 已存在且不是空文件夹，请选择一个新的或空的文件夹。").format(target=target), field="target")
    if target.exists():
        target.rmdir()  # an empty folder is taken: the copy arrives whole by one rename
    if not target.parent.is_dir():
        raise ValidationError(translate("services.station.data_folder", "上级文件夹不存在：{parent}").format(parent=target.parent), field="target")
    return target


def _check_space(folder: Path, target: Path) -> None:
    needed = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    free = shutil.disk_usage(target.parent).free
    if free < needed * 1.1:
        raise DataDirError(translate("services.station.data_folder", "目标磁盘空间不足：需要约 {value:.0f} MB，只剩 {value2:.0f} MB。").format(value=needed / 2 ** 20, value2=free / 2 ** 20))


def _check_copy(target: Path, *, passphrase: str, username: str | None) -> None:
    if not is_complete(target):
        raise DataDirError(translate("services.station.data_folder", "复制不完整，站点仍在原处。"))
    copy = open_station(target, passphrase=passphrase, username=username)
    try:
        failed = [r for r in check_station(copy) if not r.ok]
    finally:
        copy.close()
    if failed:
        raise DataDirError(translate("services.station.data_folder", "复制后的检查未通过，站点仍在原处：{details}").format(
            details="；".join(str(r.detail) for r in failed)))


def _share_device_secret(target: Path) -> None:
    """Every user of the PC must be able to open the station, not only the one whose keyring holds
    its device secret."""
    if not device_secret.share_with_machine(KeySlots.load(target).install_id):
        raise DataDirError(
            translate("services.station.data_folder", "这台电脑的系统不能让所有用户共用本站点的设备密钥（只有 Windows 可以），其他系统用户将无法登录。请不勾选“本机所有用户”，或在 Windows 电脑上共用。"))


def _remove(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
