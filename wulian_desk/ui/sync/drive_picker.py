"""Where the bundles go or come from: the removable drives the computer sees, or any folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from wulian_desk.services.sync import drives
from wulian_desk.ui.signals import emit
from wulian_desk.ui.sync import files


class DrivePicker(QWidget):
    """A list of the U 盘 found (refreshable) and "其他文件夹…"; `folder()` is the choice."""

    chosen = Signal(object)  # Path | None

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("driveCombo")
        self.combo.setMinimumContentsLength(28)
        self.combo.currentIndexChanged.connect(lambda _i: emit(self.chosen, self.folder()))
        self.refresh_button = QPushButton(self.tr("重新查找 U 盘"))
        self.refresh_button.setObjectName("refreshDrives")
        self.refresh_button.clicked.connect(self.refresh)
        self.other_button = QPushButton(self.tr("其他文件夹…"))
        self.other_button.setObjectName("otherFolder")
        self.other_button.clicked.connect(self.choose_other)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(caption))
        row.addWidget(self.combo, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.other_button)
        self.extra: Path | None = None  # a folder chosen by hand, kept across refreshes
        self.refresh()

    def refresh(self) -> None:
        current = self.folder()
        self.combo.blockSignals(True)
        self.combo.clear()
        found = drives.removable_drives()
        for drive in found:
            text = drive.name
            if drive.free_text:
                text = self.tr("%1（%2，剩余 %3）").replace("%1", drive.name).replace("%2", str(drive.path)) \
                    .replace("%3", drive.free_text)
            else:
                text = self.tr("%1（%2）").replace("%1", drive.name).replace("%2", str(drive.path))
            self.combo.addItem(text, str(drive.path))
        if self.extra is not None and self.combo.findData(str(self.extra)) < 0:
            self.combo.addItem(str(self.extra), str(self.extra))
        if self.combo.count() == 0:
            self.combo.addItem(self.tr("（没有找到 U 盘：请插好后重新查找，或选择其他文件夹）"), "")
        at = self.combo.findData(str(current)) if current is not None else -1
        self.combo.setCurrentIndex(max(at, 0))
        self.combo.blockSignals(False)
        emit(self.chosen, self.folder())

    def choose_other(self) -> None:
        folder = files.ask_folder(self, self.folder())
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        self.extra = Path(folder)
        self.combo.blockSignals(True)
        at = self.combo.findData(str(self.extra))
        if at < 0:
            empty = self.combo.findData("")
            if empty >= 0:
                self.combo.removeItem(empty)
            self.combo.addItem(str(self.extra), str(self.extra))
            at = self.combo.count() - 1
        self.combo.setCurrentIndex(at)
        self.combo.blockSignals(False)
        emit(self.chosen, self.folder())

    def folder(self) -> Path | None:
        data = self.combo.currentData() if self.combo.count() else ""
        return Path(data) if data else None
