"""Filtered, sorted, paged lists done in SQL, for the UI's lazy item models
and `btvcrm list`. A repository supplies its SELECT, its sort columns and its
own filter conditions; paging and the common filters live here.

`query()` returns the rows as stored (ISO text for dates, what `btvcrm list`
and the exports print); `query_rows()` the same rows typed for display: every
date column a `datetime.date`, every moment an aware `datetime.datetime`,
parsed once here (`ListRow`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm.domain.errors import ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.storage.repo_base import parse_iso_date, parse_iso_datetime
from btvcrm.storage.search import ids_matching_sql, match_expression

#: Columns of the list queries that hold a day, and those that hold a moment (ISO text in the file).
DATE_COLUMNS = frozenset({"due_date", "status_changed_on", "learned_on", "assessed_on", "changed_on"})
DATETIME_COLUMNS = frozenset({"starts_at", "last_contact", "last_meeting", "created_at", "updated_at",
                              "deleted_at", "erased_at"})


class ListRow(dict[str, Any]):
    """One list row with its dates parsed: `row["due_date"]` is a `date` (or None),
    `row["starts_at"]` an aware `datetime`; `row.id` is the record's id."""

    @property
    def id(self) -> int:
        return int(self["id"])

    @classmethod
    def typed(cls, raw: dict[str, Any]) -> ListRow:
        row = cls(raw)
        for key, value in raw.items():
            if not isinstance(value, str) or not value:
                continue
            if key in DATE_COLUMNS:
                row[key] = parse_iso_date(value[:10])
            elif key in DATETIME_COLUMNS:
                row[key] = parse_iso_datetime(value)
        return row


def as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    """The day of a typed value (a moment's local day)."""
    return value.date() if isinstance(value, dt.datetime) else value


class ListQueryMixin:
    table: str
    sort_columns: dict[str, str]
    default_sort: str
    search_kind: str
    db: Any

    def list_select(self) -> str:
        raise NotImplementedError

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        return [], []

    def _where(self, f: ListFilter) -> tuple[str, list[Any]] | None:
        where, params = self.list_conditions(f)
        where.insert(0, "x.deleted_at IS NOT NULL" if f.deleted else "x.deleted_at IS NULL")
        if f.text and f.text.strip():
            expression = match_expression(f.text)
            if expression is None:
                return None  # only punctuation: nothing can match
            where.append(f"x.id IN ({ids_matching_sql(self.search_kind)})")
            params.append(expression)
        return " AND ".join(where), params

    def _order(self, sort: str | None, descending: bool) -> str:
        key = sort or self.default_sort
        if key not in self.sort_columns:
            choices = ", ".join(self.sort_columns)
            raise ValidationError("sort", f"kan ikke sortere på «{key}»; velg en av: {choices}")
        direction = "DESC" if descending else "ASC"
        return f"{self.sort_columns[key]} {direction}, x.id {direction}"

    def query(
        self,
        f: ListFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        clause = self._where(f or ListFilter())
        if clause is None:
            return []
        where, params = clause
        sql = f"{self.list_select()} WHERE {where} ORDER BY {self._order(sort, descending)} LIMIT ? OFFSET ?"
        cursor = self.db.execute(sql, [*params, limit, offset])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def query_rows(
        self,
        f: ListFilter | None = None,
        *,
        sort: str | None = None,
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ListRow]:
        """Like `query`, with the dates typed (`ListRow`): what the app's lists show."""
        rows = self.query(f, sort=sort, descending=descending, offset=offset, limit=limit)
        return [ListRow.typed(row) for row in rows]

    def trash_rows(self, *, limit: int = 500) -> list[ListRow]:
        """The records in the trash, the most recently deleted first, each with its
        `deleted_at` (an aware datetime): what the trash page lists."""
        clause = self._where(ListFilter(deleted=True))
        assert clause is not None
        where, params = clause
        sql = (f"SELECT q.*, d.deleted_at FROM ({self.list_select()} WHERE {where}) q "
               f"JOIN {self.table} d ON d.id = q.id ORDER BY d.deleted_at DESC, q.id DESC LIMIT ?")
        cursor = self.db.execute(sql, [*params, limit])
        names = [d[0] for d in cursor.description]
        return [ListRow.typed(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def query_count(self, f: ListFilter | None = None) -> int:
        clause = self._where(f or ListFilter())
        if clause is None:
            return 0
        where, params = clause
        return int(self.db.execute(f"SELECT count(*) FROM {self.table} x WHERE {where}", params).fetchone()[0])

    def query_ids(self, f: ListFilter | None = None, *, sort: str | None = None, descending: bool = False) -> list[int]:
        """All matching ids in order (what Anki's browser keeps in memory)."""
        clause = self._where(f or ListFilter())
        if clause is None:
            return []
        where, params = clause
        sql = f"SELECT x.id FROM {self.table} x WHERE {where} ORDER BY {self._order(sort, descending)}"
        return [row[0] for row in self.db.execute(sql, params).fetchall()]
