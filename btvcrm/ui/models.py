"""Lazy table models over a repository's SQL list query.

Only the row count is known up front; rows are fetched in pages of
`PAGE_SIZE` with `query_rows(offset, limit)` (dates already typed by storage)
when the view asks for them and kept in a small cache; a page past the middle
is read from the other end, so no page walks more than half the rows. Sorting and filtering are done in SQL by re-querying, so a
file with 200 000 meetings opens and scrolls without loading everything.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from btvcrm.domain.filters import ListFilter
from btvcrm.storage.list_query import ListQueryMixin, ListRow

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    key: str  # the row dict's key
    header: Callable[[], str]  # translated at call time
    sort: str | None = None  # the repository's sort key; None = not sortable
    format: Callable[[Any, ListRow], str] | None = None  # value (a date is a date) and its row
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    def __init__(self, repository: ListQueryMixin, columns: list[Column], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.repository = repository
        self.columns = columns
        self.filter = ListFilter()
        self.sort_key: str | None = None
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._count = self._query_count()

    # Queries -----------------------------------------------------------
    def _query_count(self) -> int:
        return int(self.repository.query_count(self.filter))

    def _page(self, number: int) -> list[ListRow]:
        page = self._pages.get(number)
        if page is None:
            start = number * PAGE_SIZE
            end = min(self._count, start + PAGE_SIZE)
            if start > self._count // 2 and end > start:
                # Past the middle, read from the other end (the order reversed, ties by
                # id), so the last screenful costs what the first does: no OFFSET walk
                # over 200 000 rows to reach the end (bench/lists_bench.py).
                page = self.repository.query_rows(
                    self.filter,
                    sort=self.sort_key,
                    descending=not self.descending,
                    offset=self._count - end,
                    limit=end - start,
                )[::-1]
            else:
                page = self.repository.query_rows(
                    self.filter,
                    sort=self.sort_key,
                    descending=self.descending,
                    offset=start,
                    limit=PAGE_SIZE,
                )
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
        self._count = self._query_count()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort is None:
            return
        self.beginResetModel()
        self.sort_key = self.columns[column].sort
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()

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
