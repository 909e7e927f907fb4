"""The file and folder choosers of the sync screens, one function each, so tests answer them
(monkeypatch) instead of a native dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from wulian_desk.services.sync import drives


def start_folder() -> Path:
    """Where a file chooser opens: the first USB stick found, else the home folder."""
    found = drives.removable_drives()
    return found[0].path if found else Path.home()


def ask_folder(parent: QWidget, start: Path | None = None) -> Path | None:
    """A folder (a USB stick, or any folder standing in for one); None: cancelled."""
    title = QCoreApplication.translate("SyncFiles", "选择 U 盘或文件夹")
    path = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(path) if path else None


def ask_bundles(parent: QWidget, start: Path | None = None) -> list[Path]:
    """Several bundle files at once; [] when cancelled."""
    title = QCoreApplication.translate("SyncFiles", "选择数据包")
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start or Path.home()),
                                            QCoreApplication.translate("SyncFiles", "数据包 (*.wlb);;所有文件 (*)"))
    return [Path(p) for p in paths]


def ask_open_enrolment(parent: QWidget, title: str, start: Path | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start or Path.home()),
                                          QCoreApplication.translate("SyncFiles", "登记文件 (*.wer);;所有文件 (*)"))
    return Path(path) if path else None


def ask_save(parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not path:
        return None
    out = Path(path)
    wanted = suggested.suffix
    return out if not wanted or out.suffix.lower() == wanted else out.with_name(out.name + wanted)


def enrolment_filter() -> str:
    return QCoreApplication.translate("SyncFiles", "登记文件 (*.wer)")


def key_backup_filter() -> str:
    return QCoreApplication.translate("SyncFiles", "私钥备份 (*.txt)")
