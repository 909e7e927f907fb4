"""The one search box (the toolbar's, or Ctrl+F): clients and cases as you type, by name, pinyin
initials ("zs"), the last digits of an ID or phone number, and words in session notes. Enter opens
the record. The search runs in the task runner; an answer to older text is dropped."""

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
from wulian_desk.ui.tasks import runner_of
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
        self.generation = 0  # one per search asked: only the newest answer is shown
        self.searching = False
        self.open_when_found = False  # Enter pressed before the answer came
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

    def start(self, text: str | None = None) -> None:
        """Show (or bring back) the box with its text selected, ready to type over; or go on
        from `text` typed in the toolbar's box, the cursor after it."""
        self._place()
        self.show()
        self.activateWindow()  # no raise_(): a shown dialog is on top already (offscreen cannot raise)
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if text is None:
            self.box.selectAll()
        else:
            self.box.setText(text)
            self.box.end(False)

    def _place(self) -> None:
        # Under the toolbar's search box, where the user was typing.
        owner = self.parentWidget()
        anchor = getattr(owner, "search_box", None)
        if anchor is not None and anchor.isVisible():
            corner = anchor.mapToGlobal(anchor.rect().bottomRight())
            self.move(max(0, corner.x() - self.width()), corner.y() + 4)

    def find(self) -> None:
        self.debounce.stop()
        text = self.box.text().strip()
        self.generation += 1
        if not text:
            self.results.clear()
            self.summary.clear()
            self.searching = False
            return
        generation, ctx = self.generation, self.ctx
        self.searching = True
        runner_of(self).run(lambda _p: find_records(ctx, text), parent=self,
                            on_done=lambda found: self._found(generation, found),
                            on_error=lambda _err: self._found(generation, []))

    def _found(self, generation: int, found: list[tuple[str, str, str]]) -> None:
        if generation != self.generation:
            return  # the text changed since: a newer answer is on its way
        self.searching = False
        self.results.clear()
        for kind, record_id, line in found:
            prefix = self.tr("服务对象") if kind == "client" else self.tr("个案")
            item = QListWidgetItem(f"{prefix}  {line}")
            item.setData(KindRole, kind)
            item.setData(IdRole, record_id)
            self.results.addItem(item)
        count = self.results.count()
        self.summary.setText(self.tr("找到 %1 项").replace("%1", str(count)) if count else self.tr("没有找到"))
        if count:
            self.results.setCurrentRow(0)
        if self.open_when_found:
            self.open_when_found = False
            self.open_current()

    def open_current(self) -> None:
        if self.debounce.isActive():
            self.find()
        if self.searching:
            self.open_when_found = True  # Enter before the answer: open the first hit when it comes
            return
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
        self.generation += 1  # an answer still on its way must not show after the lock
        self.searching = self.open_when_found = False
        self.box.clear()
        self.results.clear()
        self.summary.clear()
