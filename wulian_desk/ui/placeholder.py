"""The page of an area that is not built yet: says so plainly and what it will hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wulian_desk.ui.navigation import Area


class PlaceholderPage(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{area.key}")
        title = QLabel(QCoreApplication.translate("navigation", area.title))
        title.setObjectName("pageTitle")
        notice = QLabel(self.tr("此功能将在后续版本中提供"))
        notice.setObjectName("placeholderNotice")
        description = QLabel(QCoreApplication.translate("navigation", area.description))
        description.setObjectName("placeholderDescription")
        description.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(notice)
        layout.addWidget(description)
        layout.addStretch(1)
        for label in (notice, description):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
