"""Lazy table models over a repository's SQL list query.

Rows are fetched in pages of `PAGE_SIZE` with `query_rows(offset, limit)` (dates
already typed by storage) when the view asks for them and kept in a small cache;
a page past the middle is read from the other end, so no page walks more than
half the rows. Sorting and filtering are done in SQL by re-querying, so a file
with 200 000 meetings opens and scrolls without loading everything.

The row count: a list that fits in its first page, or a table of at most
`SYNC_COUNT_LIMIT` rows, is counted at once (a couple of milliseconds). A bigger
one opens with an estimate, `count_bound()` (the table's largest id, as cheap as
the first page) or, filtered, the rows seen plus a page, and is counted on a
worker thread on a read-only connection of its own (`count_elsewhere`): the
exact count arrives as rows inserted or removed at the end, and `counted` is
emitted. Until then pages are read from the front only, so every row shown is
where it belongs; the scroll bar is right once the count is in (tens of
milliseconds on the 200k file, bench/startup_bench.py).
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.storage.list_query import ListQueryMixin, ListRow

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: A table with at most this many rows (by its largest id) is counted at once: about 2 ms.
SYNC_COUNT_LIMIT = 20_000

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    key: str  # the row dict's key
    header: Callable[[], str]  # translated at call time
    sort: str | None = None  # the repository's sort key; None = not sortable
    format: Callable[[Any, ListRow], str] | None = None  # value (a date is a date) and its row
    align_right: bool = False


class _CountRelay(QObject):
    """Brings a worker thread's count to the UI thread (made there, once, never deleted)."""

    done = Signal(int, int, int)  # model token, generation, count (-1: the count failed)


_relay: _CountRelay | None = None
_models: weakref.WeakValueDictionary[int, LazyTableModel] = weakref.WeakValueDictionary()
_tokens = itertools.count(1)


def _deliver(token: int, generation: int, count: int) -> None:
    model = _models.get(token)
    if model is not None and shiboken6.isValid(model):  # (not if the page was closed meanwhile)
        model._apply_count(generation, count)


def _count_relay() -> _CountRelay:
    global _relay
    if _relay is None:
        _relay = _CountRelay()
        _relay.done.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    return _relay


class LazyTableModel(QAbstractTableModel):
    counted = Signal()  # the exact row count is in (rowCount() may have changed with it)

    def __init__(self, repository: ListQueryMixin, columns: list[Column], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.repository = repository
        self.columns = columns
        self.filter = ListFilter()
        self.sort_key: str | None = None
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._token = next(_tokens)
        _models[self._token] = self
        self._generation = 0
        self._exact = True
        self._known: tuple[str, int] | None = None  # the last exact count and the filter it was for
        self._count = self._start_count()

    # The row count -------------------------------------------------------
    @property
    def counting(self) -> bool:
        """True while rowCount() is an estimate and the exact count is on its way."""
        return not self._exact

    def _start_count(self) -> int:
        """The row count to show now (exact, or an estimate with the exact count to follow).
        Reads the first page, which the view asks for next anyway."""
        self._generation += 1
        self._exact = True
        statement = self.repository.count_statement(self.filter)
        if statement is None:
            return 0
        first = self._read(0, PAGE_SIZE, descending=self.descending)
        self._pages[0] = first
        if len(first) < PAGE_SIZE:
            return len(first)
        bound = self.repository.count_bound()
        if bound <= SYNC_COUNT_LIMIT or not self.repository.can_count_elsewhere():
            return self._remember(int(self.repository.query_count(self.filter)))
        self._exact = False
        generation, token, repository = self._generation, self._token, self.repository
        relay = _count_relay()

        def count() -> None:
            try:
                found = repository.count_elsewhere(statement)
            except Exception:  # noqa: BLE001 - a locked or vanished file: counted on the UI thread instead
                found = -1
            relay.done.emit(token, generation, found)

        threading.Thread(target=count, name="btvcrm-list-count", daemon=True).start()
        key = repr(self.filter)
        if self._known is not None and self._known[0] == key:
            return max(self._known[1], len(first))  # a refresh: what it was
        if self.filter == ListFilter():
            return max(bound, len(first))  # every live row has an id up to it; the trash is small
        return min(bound, 2 * PAGE_SIZE)  # filtered: the rows seen and a page more, until counted

    def _remember(self, count: int) -> int:
        self._known = (repr(self.filter), count)
        return count

    def _apply_count(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return  # for a filter or a file that is no longer shown
        if count < 0:  # the worker could not count (the file went away?): here, or keep the estimate
            try:
                count = int(self.repository.query_count(self.filter))
            except (sqlite3.Error, UserError):
                count = self._count
        self._remember(count)
        old = self._count
        # Exact only once the new count is set: a view (or the model tester) reading rows as they
        # are about to go reads them as the estimate had them, from the front.
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self._count, self._exact = count, True
            self.endInsertRows()
        elif count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self._count, self._exact = count, True
            for number in [n for n in self._pages if n * PAGE_SIZE >= count]:
                del self._pages[number]
            self.endRemoveRows()
        self._exact = True
        self.counted.emit()

    def wait_for_count(self) -> None:
        """The exact count now (for a caller that needs it, e.g. to jump to the end)."""
        if not self._exact:
            self._apply_count(self._generation, int(self.repository.query_count(self.filter)))

    # Queries -----------------------------------------------------------
    def _read(self, offset: int, limit: int, *, descending: bool) -> list[ListRow]:
        return self.repository.query_rows(self.filter, sort=self.sort_key, descending=descending,
                                          offset=offset, limit=limit)

    def _page(self, number: int) -> list[ListRow]:
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE_SIZE
            end = min(self._count, start + PAGE_SIZE)
            if self._exact and start > self._count // 2 and end > start:
                # Past the middle, read from the other end (the order reversed, ties by
                # id), so the last screenful costs what the first does: no OFFSET walk
                # over 200 000 rows to reach the end (bench/lists_bench.py).
                page = self._read(self._count - end, end - start, descending=not self.descending)[::-1]
            else:  # (while counting, from the front: the end is not known yet)
                page = self._read(start, PAGE_SIZE, descending=self.descending)
            self._pages[number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_dict(self, row: int) -> ListRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        data = self.row_dict(row)
        return int(data["id"]) if data else None

    def row_of(self, item_id: int) -> int | None:
        """The row of an id among the cached pages (used to keep the selection)."""
        for number, page in self._pages.items():
            for offset, data in enumerate(page):
                if data["id"] == item_id:
                    return number * PAGE_SIZE + offset
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    # Changing what is shown --------------------------------------------
    def set_filter(self, list_filter: ListFilter) -> None:
        self.filter = list_filter
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._start_count()
        self.endResetModel()
        if self._exact:
            self.counted.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.beginResetModel()
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()  # the same rows, so the same count (exact or on its way)

    # QAbstractTableModel -----------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE):
            return None
        data = self.row_dict(index.row())
        if data is None:
            return None
        if role == ID_ROLE:
            return int(data["id"])
        value = data.get(column.key)
        if column.format is not None:
            return column.format(value, data)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].header()
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
