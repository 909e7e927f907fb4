"""The one search box (Ctrl+F): clients and cases as you type, by name, pinyin initials ("zs"),
the last digits of an ID or phone number, and words in session notes. Enter opens the record."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.cases import STAGES
from wulian_desk.services.casework import search
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.windows import settle_window

SEARCH_DELAY_MS = 200
SHOWN = 20  # of each kind; the lists have the rest

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


def find_records(ctx, text: str) -> list[tuple[str, str, str]]:
    """(kind, id, line) for the first clients and cases matching `text`, for this user."""
    hits = search.quick_search(ctx, text, limit=SHOWN)
    return ([("client", r.id, f"{r.name}  {r.id_number}  {r.unit_name}") for r in hits.clients]
            + [("case", r.id, f"{r.case_number}  {r.client_name}  {r.title}  [{vocab_label(STAGES, r.stage)}]")
               for r in hits.cases])


class SearchPopup(QDialog):
    opened = Signal(str, str)  # kind ("client" / "case"), id

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("搜索服务对象和个案"))
        self.ctx = ctx
        self.box = QLineEdit()
        self.box.setObjectName("search")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("姓名、拼音首字母（如 zs）、身份证或电话尾号、服务记录中的词"))
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self.find)
        self.box.textChanged.connect(self.debounce.start)
        self.box.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.itemDoubleClicked.connect(lambda _item: self.open_current())
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        settle_window(self, QSize(560, 360))

    def start(self) -> None:
        """Show (or bring back) the box with its text selected, ready to type over."""
        self.show()
        self.activateWindow()  # no raise_(): a shown dialog is on top already (offscreen cannot raise)
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def find(self) -> None:
        self.debounce.stop()
        self.results.clear()
        text = self.box.text().strip()
        if not text:
            self.summary.clear()
            return
        for kind, record_id, line in find_records(self.ctx, text):
            prefix = self.tr("服务对象") if kind == "client" else self.tr("个案")
            item = QListWidgetItem(f"{prefix}  {line}")
            item.setData(KindRole, kind)
            item.setData(IdRole, record_id)
            self.results.addItem(item)
        count = self.results.count()
        self.summary.setText(self.tr("找到 %1 项").replace("%1", str(count)) if count else self.tr("没有找到"))
        if count:
            self.results.setCurrentRow(0)

    def open_current(self) -> None:
        if self.debounce.isActive():
            self.find()
        item = self.results.currentItem()
        if item is None:
            return
        self.hide()
        emit(self.opened, item.data(KindRole), item.data(IdRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up and down move through the results while the cursor stays in the box.
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self.box.clear()
        self.results.clear()
        self.summary.clear()
