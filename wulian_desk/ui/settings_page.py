"""设置: idle lock minutes and the interface language, saved as station settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import WulianError
from wulian_desk.services.station.ui_support import remember_language
from wulian_desk.ui import i18n
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import runner_of
from wulian_desk.ui.widgets.form import error_label


class SettingsPage(QWidget):
    changed = Signal(object)  # Changes
    move_requested = Signal(object)  # MoveRequest: the window logs out and the shell moves the station

    def __init__(self, ctx, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from wulian_desk.services.station.settings import get_setting

        self.setObjectName("page_settings")
        self.ctx = ctx
        self.folder = Path(folder)
        title = QLabel(self.tr("设置"))
        title.setObjectName("pageTitle")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" 分钟"))
        self.idle_minutes.setValue(int(get_setting(ctx, "idle_lock_minutes")))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("中文", i18n.CHINESE)
        self.language.addItem("English", i18n.ENGLISH)
        self.language.setCurrentIndex(max(0, self.language.findData(get_setting(ctx, "language"))))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.error = error_label("settingsError")
        note = QLabel(self.tr("离开电脑超过设定的时间，工作台会自动锁定；随时可按 Ctrl+L 立即锁定。\n界面语言在重新启动程序后生效。"))
        note.setWordWrap(True)
        where = QLabel(self.tr("数据文件夹：%1").replace("%1", str(self.folder)))
        where.setObjectName("dataDir")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QWidget()
        column.setMaximumWidth(560)
        form = QFormLayout(column)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("自动锁屏时间"), self.idle_minutes)
        form.addRow(self.tr("界面语言"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(column)
        layout.addWidget(note)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        if not ctx.may("station", "edit"):
            for widget in (self.idle_minutes, self.language, self.save_button):
                widget.setEnabled(False)
            self.status.setText(self.tr("只有站长可以修改这些设置。"))
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(where, 1)
        self.move_button = QPushButton(self.tr("移动数据文件夹…"))
        self.move_button.setObjectName("moveFolder")
        self.move_button.clicked.connect(self.ask_move)
        self.move_button.setVisible(ctx.may("backup", "restore"))
        bottom.addWidget(self.move_button)
        layout.addLayout(bottom)

    def ask_move(self) -> None:
        from wulian_desk.ui.move_folder import MoveFolderDialog

        dialog = MoveFolderDialog(self.folder, self)
        if dialog.exec() and dialog.request is not None:
            emit(self.move_requested, dialog.request)

    def save(self) -> None:
        """Written on the window's write lane; the button waits until it is done."""
        from wulian_desk.services.station.settings import get_setting, set_setting

        self.error.hide()
        ctx, folder, minutes, lang = self.ctx, self.folder, self.idle_minutes.value(), self.language.currentData()

        def write(_progress) -> bool:
            language_changed = get_setting(ctx, "language") != lang
            set_setting(ctx, "idle_lock_minutes", minutes)
            set_setting(ctx, "language", lang)
            remember_language(folder, lang)
            return language_changed

        self.save_button.setEnabled(False)
        runner_of(self).write(write, on_done=self._saved, on_error=self._refused, parent=self)

    def _refused(self, err: WulianError) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(err))
        self.error.show()

    def _saved(self, language_changed: bool) -> None:
        from wulian_desk.services.context import Changes

        self.save_button.setEnabled(True)
        text = self.tr("设置已保存。")
        if language_changed:
            text += " " + self.tr("界面语言将在重新启动程序后生效。")
        self.status.setText(text)
        emit(self.changed, Changes(frozenset({"setting"}), ("idle_lock_minutes", "language")))
