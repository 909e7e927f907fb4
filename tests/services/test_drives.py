"""Finding the USB stick: a made-up mount table, drive list and volumes folder stand in for the
machine's, and the bundles on a stick are sorted into ours and other computers'."""

from __future__ import annotations

from pathlib import Path

import pytest

from wulian_desk.core.errors import ValidationError
from wulian_desk.services.sync import drives

MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda1 /boot/efi vfat rw,relatime 0 0
/dev/sdb1 /media/wang/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /media/wang/U\040PAN vfat rw,nosuid,nodev,relatime 0 0
/dev/sdd1 /run/media/wang/SANDISK exfat rw,nosuid,nodev 0 0
/dev/sde1 /media/usb0 vfat rw 0 0
/dev/sdf1 /mnt/stick vfat rw 0 0
/dev/sdg1 /media/li/OTHER vfat rw 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev 0 0
model_tools /mnt/tools tmpfs ro,nosuid,nodev 0 0
server:/share /mnt/nfs nfs4 rw 0 0
"""


def test_linux_offers_the_sticks_mounted_for_this_user_and_under_mnt():
    found = drives.linux_drives(MOUNTS, "wang", free=lambda path: 4 * 1024**3)
    assert [(str(d.path), d.name) for d in found] == [
        ("/media/usb0", "usb0"),
        ("/media/wang/KINGSTON", "KINGSTON"),
        ("/media/wang/U PAN", "U PAN"),
        ("/mnt/stick", "stick"),
        ("/run/media/wang/SANDISK", "SANDISK"),
    ]
    assert found[0].free_text == "4.0 GB"
    assert drives.linux_drives("/dev/sda2 / ext4 rw 0 0\n", "wang") == []


class FakeKernel32:
    """Drives A (floppy, removable, empty), C (fixed), E (removable stick), F (CD-ROM)."""

    TYPES = {"A:\\": 2, "C:\\": 3, "E:\\": 2, "F:\\": 5}

    def GetLogicalDrives(self):  # noqa: N802 - the Windows name
        return 0b100101 | 0b10000  # A, C, E, F

    def GetDriveTypeW(self, root):  # noqa: N802
        return self.TYPES.get(root, 1)


def test_windows_offers_removable_letters_that_hold_a_medium():
    free = {"E:\\": 2_000_000_000}
    found = drives.windows_drives(FakeKernel32(), free=lambda path: free.get(str(path)))
    assert [d.name for d in found] == ["E:"]
    assert found[0].free == 2_000_000_000


def test_mac_offers_volumes_but_not_the_startup_disk(tmp_path):
    volumes = tmp_path / "Volumes"
    volumes.mkdir()
    (volumes / "Macintosh HD").symlink_to("/")
    (volumes / "KINGSTON").mkdir()
    (volumes / ".hidden").mkdir()
    found = drives.mac_drives(volumes, free=lambda path: None)
    assert [d.name for d in found] == ["KINGSTON"]
    assert found[0].free_text == ""


def test_an_unknown_system_has_no_drives():
    assert drives.removable_drives(platform="plan9") == []


def test_bundles_on_a_stick_are_sorted_by_the_recipient_in_their_name(tmp_path):
    me = "01a201a9-2977-7000-badc-269c6e3af993"
    names = [
        "WLB_8d872c31_6e3af993_00001_20261122.wlb",  # to us
        "WLB_8d872c31_11112222_00001_20261122.wlb",  # to another computer
        "WLB_6e3af993_8d872c31_00003_20261122.wlb",  # written by us
        "from-the-county.WLB",  # renamed: we try it
        "notes.txt",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub.wlb").mkdir()
    scan = drives.find_bundles(tmp_path, me)
    assert [p.name for p in scan.for_us] == ["WLB_8d872c31_6e3af993_00001_20261122.wlb", "from-the-county.WLB"]
    assert [p.name for p in scan.for_others] == ["WLB_6e3af993_8d872c31_00003_20261122.wlb",
                                                 "WLB_8d872c31_11112222_00001_20261122.wlb"]
    assert len(drives.find_bundles(tmp_path).for_us) == 4


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ValidationError, match="U 盘插好了吗"):
        drives.find_bundles(Path(tmp_path / "gone"))
