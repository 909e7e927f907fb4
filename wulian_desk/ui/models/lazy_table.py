"""A table model that holds the ordered ids of a query and fetches rows only for what is shown.

`list_ids(**query)` returns the ids in display order (search, filters and sort applied by the
service); `fetch_rows(ids)` returns `{id: row}` for one page. Rows are cached by id in a small
LRU, so an edit invalidates only the ids a `Changes` names and scrolling back is free. The model
knows nothing of contexts or widgets: tests drive it with plain functions.

With a `runner` alone, `list_ids` runs in the task runner: the rows shown stay until the new
ids replace them (a search or sort of a short list that orders rows in its service). With
`first_page` and a `runner`, a query paints before its id list is known:
`first_page(limit=n, **query)` returns `{id: row}` for the first n rows in display order (a
keyset `LIMIT` query; n is a page and one row), the view paints those at once, and `list_ids` runs in the task runner; its
ids arrive as rows appended after the first page (or, if a write reordered the list meanwhile, as
a reset), so the scroll bar and the last row become reachable a moment later without a freeze.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from wulian_desk.ui.signals import emit

PAGE_SIZE = 200
CACHED_PAGES = 8
IDS_AFTER_PAINT_S = 0.05  # how long a background id list waits for the first page to paint

IdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent" in a flat table

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_ANSWERED = frozenset({_DISPLAY, Qt.ItemDataRole.ToolTipRole.value, _ALIGNMENT, IdRole, RowRole})
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


@dataclass(frozen=True)
class Column:
    """One column: its header (Chinese source text, translated in `context`), the service's sort
    key (None: not sortable), how a row renders in it; `stretch` marks the free-text column that
    takes a list's spare width (ui.widgets.column_fit)."""

    header: str
    sort_key: str | None
    render: Callable[[Any], str]
    numeric: bool = False
    stretch: bool = False


class LazyTableModel(QAbstractTableModel):
    # The whole id list of the current query is known (`complete`): counts and the last row are
    # final. Emitted after every load, at once when the list came in one go.
    ids_loaded = Signal()

    def __init__(self, *, columns: Sequence[Column], context: str, kind: str,
                 list_ids: Callable[..., list[str]], fetch_rows: Callable[[list[str]], dict[str, Any]],
                 depends_on: frozenset[str] = frozenset(), sort_column: int | None = None, descending: bool = False,
                 page_size: int = PAGE_SIZE, cached_pages: int = CACHED_PAGES,
                 parent=None, first_page: Callable[..., dict[str, Any]] | None = None, runner=None) -> None:
        """`sort_column` and `descending` name the order `list_ids` gives unasked (None: an order
        that is none of the columns'), so the sort arrow can show it. `first_page(limit=, **query)`
        and `runner` (ui.tasks.TaskRunner) are optional: without a runner, `list_ids` runs on the
        GUI thread before the first paint; with one, in the runner (see the module's doc)."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self.context = context  # translation context of the headers
        self.kind = kind  # the `Changes.kinds` entry this model shows
        # Kinds whose changes show up in these rows too (an asset moved: a room's asset count).
        self.depends_on = frozenset({kind}) | depends_on
        self._list_ids = list_ids
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self.capacity = page_size * cached_pages
        self.ids: list[str] = []
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self.query: dict[str, Any] = {}
        self.sort_column = sort_column
        self.descending = descending
        self.loaded = False
        self.fetches = 0  # calls to fetch_rows, for tests and benchmarks
        self._first_page = first_page
        self.runner = runner
        self.complete = False  # `ids` holds the whole list, not only the first page
        self.generation = 0  # one per reload: an id list for an older query is dropped
        self.load_task = None  # the background load of the current query's ids, if any

    # -- the query ---------------------------------------------------------------------------------

    def set_query(self, **query: Any) -> None:
        """Replace the filters (search text, unit...) and reload the ids."""
        self.query = {k: v for k, v in query.items() if v not in (None, "")}
        self.reload()

    def reload(self) -> None:
        sort_key = None if self.sort_column is None else self.columns[self.sort_column].sort_key
        params = dict(self.query)
        if sort_key is not None:
            params.update(sort=sort_key, descending=self.descending)
        self.generation += 1
        self.load_task = None
        if self.runner is None:
            self._show(list(self._list_ids(**params)), complete=True)
            return
        if self._first_page is None:
            # No page query: the rows shown stay until the new id list comes from the worker.
            generation = self.generation
            self.complete = False
            self.load_task = self.runner.run(lambda _progress: self._read_ids(generation, params, wait=False),
                                             on_done=lambda ids: self._ids_replaced(generation, ids))
            return
        # One row more than a page: a list of exactly one page is known whole without the id query.
        first = self._first_page(limit=self.page_size + 1, **params)
        for record_id, row in first.items():
            self._remember(record_id, row)
        complete = len(first) <= self.page_size
        self._show(list(first), complete=complete)
        if not complete:
            generation = self.generation
            self.load_task = self.runner.run(lambda _progress: self._read_ids(generation, params),
                                             on_done=lambda ids: self._ids_arrived(generation, ids))

    def _read_ids(self, generation: int, params: dict, *, wait: bool = True) -> list[str] | None:
        """In the worker: the whole id list, after letting the first page paint. (A thread reading
        100,000 ids competes with the paint for the interpreter: it made the first paint of the
        clients list half as slow again.) None when a newer query replaced this one meanwhile."""
        if wait:
            time.sleep(IDS_AFTER_PAINT_S)
        if generation != self.generation:
            return None
        return self._list_ids(**params)

    def _show(self, ids: list[str], *, complete: bool) -> None:
        self.beginResetModel()
        self.ids = ids
        self.loaded = True
        self.complete = complete
        self.endResetModel()
        if complete:
            emit(self.ids_loaded)

    def _ids_replaced(self, generation: int, ids: list[str] | None) -> None:
        """The id list of a query read wholly in the worker: it replaces the rows shown."""
        if not isValid(self) or generation != self.generation or ids is None:
            return
        self.load_task = None
        self._show(list(ids), complete=True)

    def _ids_arrived(self, generation: int, ids: list[str] | None) -> None:
        """The whole id list of a query whose first page is shown: append the rest."""
        if not isValid(self) or generation != self.generation or ids is None:
            return  # the model is gone, or a newer query has replaced this one
        self.load_task = None
        ids = list(ids)
        shown = len(self.ids)
        if ids[:shown] != self.ids or len(ids) < shown:
            self._show(ids, complete=True)  # written to meanwhile: the first page moved
            return
        if len(ids) > shown:
            self.beginInsertRows(_ROOT, shown, len(ids) - 1)
            self.ids = ids
            self.complete = True
            self.endInsertRows()
        else:
            self.complete = True
        emit(self.ids_loaded)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self.sort_column, self.descending):
            return
        self.sort_column, self.descending = column, descending
        if self.loaded:  # before the first query, the order is only remembered for it
            self.reload()

    def apply_changes(self, kinds: frozenset[str], ids: Sequence[str]) -> None:
        """Refresh after a write: forget the changed rows, reload the ordered ids (a new or edited
        row may move or leave the filter)."""
        if not kinds & self.depends_on:
            return
        if kinds == {self.kind} and ids:
            for record_id in ids:
                self._cache.pop(record_id, None)
        else:
            self._cache.clear()
        self.reload()

    def drop_cache(self) -> None:
        """Forget every fetched row (the window locks); rows are fetched again when shown."""
        self._cache.clear()

    @property
    def cached_count(self) -> int:
        return len(self._cache)

    # -- rows ------------------------------------------------------------------------------------

    def row_id(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, record_id: str) -> int | None:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> Any | None:
        record_id = self.row_id(row)
        if record_id is None:
            return None
        cached = self._cache.get(record_id)
        if cached is not None:
            self._cache.move_to_end(record_id)
            return cached
        self._fetch_page(row // self.page_size)
        return self._cache.get(record_id)

    def _fetch_page(self, page: int) -> None:
        wanted = [i for i in self.ids[page * self.page_size:(page + 1) * self.page_size] if i not in self._cache]
        if not wanted:
            return
        self.fetches += 1
        rows = self._fetch_rows(wanted)
        for record_id in wanted:
            row = rows.get(record_id)
            if row is not None:  # deleted meanwhile (another window): it shows blank until reload
                self._remember(record_id, row)

    def _remember(self, record_id: str, row: Any) -> None:
        self._cache[record_id] = row
        self._cache.move_to_end(record_id)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)

    # -- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for a dozen roles of every visible cell on each paint: roles this model does not
        # answer leave first, and roles are compared as ints (enum members are slower).
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == _ALIGNMENT:
            return _RIGHT if self.columns[index.column()].numeric else _LEFT
        if role == IdRole:
            return self.row_id(index.row())
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        return self.columns[index.column()].render(row)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return QCoreApplication.translate(self.context, self.columns[section].header)
        return None
