"""The recovery code, shown once at set-up: write it down or save it as a PDF to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.errors import WulianError
from wulian_desk.ui.i18n import error_text
from wulian_desk.ui.tasks import TaskRunner
from wulian_desk.ui.widgets.windows import settle_window


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the PDF (None: the user cancelled). A function of its own so tests can answer."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RecoveryCodeDialog", "保存恢复码"),
        suggested,
        QCoreApplication.translate("RecoveryCodeDialog", "PDF 文件 (*.pdf)"),
    )
    return Path(path) if path else None


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, station_name: str, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("请保存恢复码"))
        self.code = code
        self.station_name = station_name
        self.runner = runner
        self.saved_to: Path | None = None
        intro = QLabel(
            self.tr(
                "这是本站数据库的恢复码。忘记全部密码、换电脑或从备份恢复时需要它。\n"
                "它只显示这一次：请抄在纸上，或保存为 PDF 打印出来，锁进柜子。不要拍照，不要存在电脑或手机里。"
            )
        )
        intro.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 8)
        big.setBold(True)
        self.code_label.setFont(big)
        self.save_button = QPushButton(self.tr("保存为 PDF…"))
        self.save_button.setObjectName("savePdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.confirmed = QCheckBox(self.tr("我已抄下或保存了恢复码"))
        self.confirmed.setObjectName("confirmed")
        self.continue_button = QPushButton(self.tr("继续"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.accept)
        self.confirmed.toggled.connect(self.continue_button.setEnabled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.status)
        layout.addWidget(self.confirmed)
        layout.addLayout(buttons)
        settle_window(self, QSize(520, 0))

    def reject(self) -> None:
        # Escape or the close button must not lose the code unseen: only "继续" after the tick.
        if self.confirmed.isChecked():
            super().reject()

    def save_pdf(self) -> None:
        out = ask_save_path(self, f"{self.station_name}-恢复码.pdf")
        if out is None:
            return
        code, name = self.code, self.station_name

        def write(progress):
            from wulian_desk.reports.recovery_sheet import write_recovery_sheet

            return write_recovery_sheet(out, station_name=name, code=code)

        self.save_button.setEnabled(False)
        self.runner.run(write, on_done=self._saved, on_error=self._save_failed, parent=self)

    def _saved(self, path: Path) -> None:
        self.saved_to = path
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("已保存到 %1。打印后请删除这个文件。").replace("%1", str(path)))

    def _save_failed(self, err: WulianError) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(error_text(err))
