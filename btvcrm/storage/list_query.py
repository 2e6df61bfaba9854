"""Filtered, sorted, paged lists done in SQL, for the UI's lazy item models
and `btvcrm list`. A repository supplies its SELECT, its sort columns and its
own filter conditions; paging and the common filters live here.

`query()` returns the rows as stored (ISO text for dates, what `btvcrm list`
and the exports print); `query_rows()` the same rows typed for display: every
date column a `datetime.date`, every moment an aware `datetime.datetime`,
parsed once here (`ListRow`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from btvcrm.domain.errors import ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage.repo_base import parse_iso_date, parse_iso_datetime
from btvcrm.storage.search import ids_matching_sql, match_expression

# Columns of the list queries that hold a day, and those that hold a moment (ISO text in the file).
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
            raise ValidationError(
                "sort", QT_TRANSLATE_NOOP("Errors", "cannot sort by “%1”; choose one of: %2"), key, choices
            )
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

    def count_statement(self, f: ListFilter | None = None) -> tuple[str, list[Any]] | None:
        """The statement that counts the rows of `f` (None: nothing can match). Made on the
        caller's thread; `count_elsewhere` may run it on another."""
        clause = self._where(f or ListFilter())
        if clause is None:
            return None
        where, params = clause
        return f"SELECT count(*) FROM {self.table} x WHERE {where}", params

    def query_count(self, f: ListFilter | None = None) -> int:
        statement = self.count_statement(f)
        if statement is None:
            return 0
        return int(self.db.execute(*statement).fetchone()[0])

    def count_bound(self) -> int:
        """No list of this table has more rows than this: the largest id, read from the end
        of the table's b-tree (a few pages, whatever its size), where count(*) reads them all."""
        return int(self.db.execute(f"SELECT max(rowid) FROM {self.table}").fetchone()[0] or 0)

    def can_count_elsewhere(self) -> bool:
        """Whether `count_elsewhere` can run: a file opened for writing (an in-memory file has
        no second connection; a read-only one may be a copy or need `immutable`)."""
        return self.db_path() is not None

    def db_path(self) -> Path | None:
        crm = getattr(self, "crm", None)
        if crm is None or crm.readonly or crm.path is None:
            return None
        return Path(crm.path)

    def count_elsewhere(self, statement: tuple[str, list[Any]]) -> int:
        """Run `count_statement`'s statement on a read-only connection of its own, opened and
        closed here: safe on a worker thread while the caller's thread uses the main one."""
        path = self.db_path()
        if path is None:
            raise RuntimeError("no file to open a second connection to")
        from btvcrm.storage.database import configure, user_errors

        with user_errors(path):
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
            try:
                configure(conn)
                sql, params = statement
                return int(conn.execute(sql, params).fetchone()[0])
            finally:
                conn.close()

    def query_ids(self, f: ListFilter | None = None, *, sort: str | None = None, descending: bool = False) -> list[int]:
        """All matching ids in order (what Anki's browser keeps in memory)."""
        clause = self._where(f or ListFilter())
        if clause is None:
            return []
        where, params = clause
        sql = f"SELECT x.id FROM {self.table} x WHERE {where} ORDER BY {self._order(sort, descending)}"
        return [row[0] for row in self.db.execute(sql, params).fetchall()]
