"""The removable drives this computer sees (USB sticks, memory cards), and the bundles on one.

Nothing here needs Qt or the database: the window offers what `removable_drives()` finds, and a
test feeds it a made-up mount table, drive list or volumes folder.

- Linux: mounted file systems under /media/$USER, /run/media/$USER (udisks), /media/NAME
  (usbmount) and /mnt, read from /proc/self/mounts.
- Windows: drive letters whose GetDriveTypeW is DRIVE_REMOVABLE.
- macOS: the volumes in /Volumes other than the start-up disk.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from wulian_desk.core.errors import ValidationError
from wulian_desk.core.texts import translate

BUNDLE_SUFFIX = ".wlb"
DRIVE_REMOVABLE = 2  # GetDriveTypeW
# WLB_<sender>_<recipient>_<seq>_<date>.wlb, each id its last 8 characters (services/sync/sync.bundle_name)
_BUNDLE_NAME = re.compile(r"WLB_([0-9A-Za-z-]{1,8})_([0-9A-Za-z-]{1,8})_\d+_\d{8}\.wlb\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Drive:
    path: Path
    name: str  # the volume's label, else the last part of its path or the drive letter
    free: int | None = None  # bytes free, when the drive answers

    @property
    def free_text(self) -> str:
        if self.free is None:
            return ""
        size = float(self.free)
        for unit in ("B", "KB", "MB", "GB"):
            if size < 1024 or unit == "GB":
                return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
            size /= 1024
        return ""


def removable_drives(*, platform: str | None = None) -> list[Drive]:
    """The removable drives mounted now, in a stable order; [] when none or on an unknown system."""
    platform = platform or sys.platform
    try:
        if platform.startswith("linux"):
            return linux_drives(Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace"), _user())
        if platform == "win32":
            return windows_drives(_kernel32())
        if platform == "darwin":
            return mac_drives(Path("/Volumes"))
    except OSError:
        return []
    return []


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USER", "")


def _free(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


# -- Linux ------------------------------------------------------------------------------------


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as \\040, \\011, \\012, \\134."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def linux_drives(mounts: str, user: str, *, free: Callable[[Path], int | None] = _free) -> list[Drive]:
    """`mounts`: the text of /proc/self/mounts (device, mount point, type, options, ...)."""
    roots = [PurePosixPath("/mnt")]
    if user:
        roots += [PurePosixPath("/media") / user, PurePosixPath("/run/media") / user]
    found: dict[str, Drive] = {}
    for line in mounts.splitlines():
        fields = line.split()
        # A stick is a block device (/dev/sdb1, also under fuseblk for NTFS); tmpfs, overlays and
        # network shares under /mnt are not something to carry to the county.
        if len(fields) < 3 or not fields[0].startswith("/dev/"):
            continue
        point = PurePosixPath(_unescape(fields[1]))
        under_root = any(point == root or root in point.parents for root in roots)
        usbmount = point.parent == PurePosixPath("/media") and point.name != user
        if not (under_root or usbmount):
            continue
        path = Path(str(point))
        found[str(point)] = Drive(path, point.name, free(path))
    return sorted(found.values(), key=lambda d: str(d.path))


# -- Windows ----------------------------------------------------------------------------------


def _kernel32():
    import ctypes

    return ctypes.windll.kernel32  # type: ignore[attr-defined]


def windows_drives(kernel32, *, free: Callable[[Path], int | None] = _free) -> list[Drive]:
    """`kernel32`: ctypes.windll.kernel32, or anything with GetLogicalDrives and GetDriveTypeW."""
    mask = int(kernel32.GetLogicalDrives())
    drives = []
    for number in range(26):
        if not mask & (1 << number):
            continue
        letter = chr(ord("A") + number)
        root = f"{letter}:\\"
        if int(kernel32.GetDriveTypeW(root)) != DRIVE_REMOVABLE:
            continue
        path = Path(root)
        space = free(path)
        if space is None:  # a card reader with no card in it
            continue
        label = _volume_label(kernel32, root)
        drives.append(Drive(path, f"{label} ({letter}:)" if label else f"{letter}:", space))
    return drives


def _volume_label(kernel32, root: str) -> str:
    getter = getattr(kernel32, "GetVolumeInformationW", None)
    if getter is None:
        return ""
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(261)
        if getter(ctypes.c_wchar_p(root), buffer, len(buffer), None, None, None, None, 0):
            return buffer.value
    except (OSError, AttributeError, TypeError, ValueError):
        pass
    return ""


# -- macOS ------------------------------------------------------------------------------------


def mac_drives(volumes: Path, *, free: Callable[[Path], int | None] = _free) -> list[Drive]:
    """Every volume in /Volumes but the start-up disk (a link to "/") and hidden entries."""
    drives = []
    for entry in sorted(volumes.iterdir()):
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_symlink() and entry.resolve() == Path("/"):
                continue
            if not entry.is_dir():
                continue
        except OSError:
            continue
        drives.append(Drive(entry, entry.name, free(entry)))
    return drives


# -- bundles on a stick -----------------------------------------------------------------------


@dataclass(frozen=True)
class BundleScan:
    folder: Path
    for_us: list[Path]  # bundles named for this computer, or not named the usual way
    for_others: list[Path]  # bundles whose name says they are for another computer (or from us)


def find_bundles(folder: Path, device_id: str | None = None) -> BundleScan:
    """The *.wlb files directly in `folder`. With `device_id`, files whose standard name says they
    are addressed elsewhere (or were written by this computer) are set apart, so importing "all
    bundles on the stick" does not refuse the other stations' bundles one by one."""
    folder = Path(folder).expanduser()
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == BUNDLE_SUFFIX and p.is_file())
    except OSError as err:
        raise ValidationError(translate("services.sync.drives", "无法打开文件夹 {folder}（U 盘插好了吗？）").format(folder=folder)) from err
    if not device_id:
        return BundleScan(folder, files, [])
    me = device_id[-8:].lower()
    mine, others = [], []
    for path in files:
        match = _BUNDLE_NAME.match(path.name)
        if match is None or (match.group(2).lower() == me and match.group(1).lower() != me):
            mine.append(path)
        else:
            others.append(path)
    return BundleScan(folder, mine, others)
