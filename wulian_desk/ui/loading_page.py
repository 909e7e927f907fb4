"""What an area shows the moment it is chosen, before its screen is built and its data read: the
area's title, "载入中…" and grey bars where the list will be, so the click answers at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from wulian_desk.ui.navigation import Area

SKELETON_ROWS = 6


class LoadingPage(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"loading_{area.key}")
        self.area = area
        title = QLabel(QCoreApplication.translate("navigation", area.title))
        title.setObjectName("pageTitle")
        self.notice = QLabel(self.tr("载入中…"))
        self.notice.setObjectName("loadingNotice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addWidget(self.notice)
        for _ in range(SKELETON_ROWS):
            bar = QFrame()
            bar.setObjectName("skeletonBar")
            bar.setFixedHeight(22)
            layout.addWidget(bar)
        layout.addStretch(1)
