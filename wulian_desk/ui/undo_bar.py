"""The status-bar offer to undo the last delete: "已删除房间“活动室”。 [撤销]", for a short while."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wulian_desk.ui.errors import show_error
from wulian_desk.ui.signals import emit
from wulian_desk.ui.tasks import runner_of

OFFER_MS = 30_000


class UndoBar(QWidget):
    undone = Signal(object)  # the Changes the undo made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.text = QLabel()
        self.text.setObjectName("undoText")
        self.button = QPushButton(self.tr("撤销"))
        self.button.setObjectName("undoButton")
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(OFFER_MS)
        self.timer.timeout.connect(self.dismiss)
        self._undo: Callable | None = None
        self.hide()

    def offer(self, text: str, undo: Callable) -> None:
        self._undo = undo
        self.text.setText(text)
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self._undo = None
        self.timer.stop()
        self.hide()

    def undo(self) -> None:
        """Run the undo on the window's write lane; what it changed is announced when it is done."""
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is None:
            return
        runner_of(self).write(lambda _progress: undo(), on_done=lambda changes: emit(self.undone, changes),
                              on_error=lambda err: show_error(self.window(), err), parent=self)
