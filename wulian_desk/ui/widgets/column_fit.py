"""Columns as wide as what they show: each column fits its header and the rows in view (in the
language of the moment), the widest free-text column takes the room left over instead of an empty
last column, and a width the user dragged wins over the fitting and is remembered for the list.

Fitting happens when the table is refilled or scrolled to new rows, and when the table tells of
being shown, resized or translated (`view_changed`, from its own event handlers: an event filter
on a view outlives the Python side of its filter while Qt tears the view down); it never reads
rows that are not in view (a lazy model fetches only what is painted)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid

from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets import table_memory

MIN_CAP = 240  # the default cap on a fitted column is 2/3 of the view, never less than this (px)
SAVE_DELAY_MS = 400  # a drag resizes a column many times: its width is written once it rests

_RIGHT = Qt.AlignmentFlag.AlignRight


class ColumnFit(QObject):
    """`name`: the list's stable name for remembered widths ("" remembers nothing). `stretch`:
    given the view, the column that takes the spare room (None: the widest column of text);
    `stretches` False leaves spare room empty. `widest`: no column is fitted wider than this
    many pixels while the others need the room (default: 2/3 of the view)."""

    fitted = Signal()  # the widths changed: a table that wraps its text may re-measure its rows

    def __init__(self, view: QTableView, name: str = "", *,
                 stretch: Callable[[QTableView], int | None] | None = None, stretches: bool = True,
                 widest: int | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self.stretch = stretch
        self.stretches = stretches
        self.widest = widest
        self.user: dict[int, int] = {}  # widths the user dragged, by column
        self.seen: dict[int, int] = {}  # the widest content met per column since the last refill
        self._fitting = False
        self._columns = -1
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        self._save = QTimer(self)
        self._save.setSingleShot(True)
        self._save.setInterval(SAVE_DELAY_MS)
        self._save.timeout.connect(self.save_widths)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._call("_resized"))
        view.verticalScrollBar().valueChanged.connect(self._call("schedule"))
        self._model = None
        self.watch_model()

    # -- when to fit ---------------------------------------------------------------------------------

    def watch_model(self) -> None:
        """Follow the view's (new) model: refills and header changes refit."""
        model = self.view.model()
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.layoutChanged, model.columnsInserted, model.columnsRemoved):
            signal.connect(self._call("_refilled"))
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(self._call("schedule"))
        self._refilled()

    def _call(self, method: str) -> Callable[..., None]:
        """A receiver for a signal of the view, its header or model that does nothing once this
        object is gone or going: those emit while Qt tears the view down, after the Python side
        of this object (a bound method would then be looked up as a slot that is no more)."""
        ref = weakref.ref(self)

        def call(*args) -> None:
            fit = ref()
            if fit is not None and isValid(fit) and isValid(fit._pending) and isValid(fit.view):
                getattr(fit, method)(*args)

        return call

    def _refilled(self, *_args) -> None:
        self.seen = {}
        self.schedule()

    def schedule(self, *_args) -> None:
        if not self._pending.isActive():
            self._pending.start()

    def view_changed(self, event: QEvent) -> None:
        """The table was shown, hidden, resized or translated (from its event handlers)."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._refilled()
        elif kind in (QEvent.Type.Show, QEvent.Type.Resize):
            self.schedule()
        elif kind == QEvent.Type.Hide and self._save.isActive():
            self.save_widths()  # the window may be closing: a width just dragged is kept

    # -- the user's widths ---------------------------------------------------------------------------

    def _load(self, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            self.user = table_memory.widths(self.name, columns) if self.name else {}

    def _resized(self, column: int, _old: int, new: int) -> None:
        # Only a drag or a double-click on a divider is the user's: Qt resizes sections on its own too.
        if self._fitting or not QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            return
        self.user_resized(column, new)

    def user_resized(self, column: int, width: int) -> None:
        """The user gave `column` this width: it stays so, here and when the list opens again."""
        self.user[column] = width
        self._save.start()
        self.schedule()  # the stretched column takes up the difference

    def save_widths(self) -> None:
        self._save.stop()
        if self.name and self._columns >= 0:
            table_memory.save_widths(self.name, self._columns, self.user)

    # -- fitting -------------------------------------------------------------------------------------

    def natural_width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        content = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
        content = max(content, self.seen.get(column, 0))
        self.seen[column] = content
        return content

    def stretch_column(self, natural: dict[int, int]) -> int | None:
        if not self.stretches or not natural:
            return None
        if self.stretch is not None:
            chosen = self.stretch(self.view)
            if chosen is not None and chosen in natural:
                return chosen
        text = [c for c in natural if not self._numeric(c)] or list(natural)
        return max(text, key=lambda c: (natural[c], -c))

    def _numeric(self, column: int) -> bool:
        model = self.view.model()
        if model.rowCount() == 0:
            return False
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        return alignment is not None and bool(int(alignment) & _RIGHT.value)

    def fit(self) -> None:
        self._pending.stop()
        view, model = self.view, self.view.model()
        if model is None or not view.isVisible():
            return
        columns = model.columnCount()
        self._load(columns)
        shown = [c for c in range(columns) if not view.isColumnHidden(c)]
        room = view.viewport().width()
        cap = self.widest if self.widest is not None else max(MIN_CAP, room * 2 // 3)
        natural = {c: self.natural_width(c) for c in shown}
        wanted = {c: self.user.get(c, min(natural[c], cap)) for c in shown}
        spare = room - sum(wanted.values())
        # Room left over goes first to the columns the cap cut short, then to the stretching one.
        for c in shown:
            if spare <= 0:
                break
            if c not in self.user and natural[c] > wanted[c]:
                extra = min(spare, natural[c] - wanted[c])
                wanted[c] += extra
                spare -= extra
        stretch = self.stretch_column(natural)
        if stretch is not None and stretch not in self.user and spare > 0:
            wanted[stretch] += spare
        header = view.horizontalHeader()
        changed = False
        self._fitting = True
        try:
            for c in shown:
                if header.sectionSize(c) != wanted[c]:
                    header.resizeSection(c, wanted[c])
                    changed = True
        finally:
            self._fitting = False
        if changed:
            emit(self.fitted)


def lazy_stretch(view: QTableView) -> int | None:
    """The column a LazyTableModel marks as its stretching one (`Column.stretch`)."""
    columns = getattr(view.model(), "columns", ())
    return next((number for number, column in enumerate(columns) if getattr(column, "stretch", False)), None)


class FitsColumns:
    """For a table class that has a `fit` (a ColumnFit, or None before it has one): its show,
    hide, resize and language events reach the fitting."""

    fit: ColumnFit | None = None  # until the table's __init__ makes it (Qt sends events before)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit is not None:
            self.fit.view_changed(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.fit is not None:
            self.fit.view_changed(event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self.fit is not None:
            self.fit.view_changed(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if self.fit is not None:
            self.fit.view_changed(event)
