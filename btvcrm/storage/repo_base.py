"""Shared plumbing for the repositories: link tables, tags, dates, filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from btvcrm.domain import clock
from btvcrm.domain.errors import ByLang, NotFoundError, ValidationError
from btvcrm.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from btvcrm.storage.connection import Database
    from btvcrm.storage.crm import Crm


# table -> (text column, its stored Norwegian sort key): lists sort by the key
# with an index instead of calling norwegian_key() on every row (migration 0009).
SORT_KEYS = {
    "meetings": ("title", "title_key"),
    "people": ("name", "name_key"),
    "organisations": ("name", "name_key"),
    "follow_ups": ("text", "text_key"),
}


def iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_iso_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def parse_iso_datetime(value: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.OSLO)
    return moment


def to_stored_datetime(moment: dt.datetime) -> str:
    """Local Norwegian time with its offset, to the second: the real moment
    (`dates.local`), so a time the spring night skips is stored as the instant it
    names, 03.30+02:00, never as 02.30+01:00; an autumn 02.30 keeps its fold."""
    from btvcrm.domain import dates

    return dates.local(moment).replace(microsecond=0).isoformat()


SQLITE_MAX_INT = 2**63 - 1  # SQLite's integers are 64 bits; Python's are not


def fits_sqlite(value: object) -> bool:
    """Whether an id can be given to SQLite at all (a bigger int raises OverflowError there)."""
    return not isinstance(value, int) or -SQLITE_MAX_INT - 1 <= value <= SQLITE_MAX_INT


def none_of(word: str) -> str:
    """Bokmål "no such …": "ingen person", but "ikke noe møte" for a neuter noun."""
    from btvcrm.domain.kinds import Kind

    neuter = {kind.label("nb") for kind in Kind if kind.neuter}
    return f"ikke noe {word}" if word in neuter else f"ingen {word}"


# The entity words that are not a Kind, in English (a Kind's word comes from the catalogue).
_ENGLISH_WORDS = {"vurdering": "assessment", "forankringsendring": "anchoring change",
                  "markedsdialog": "market dialogue", "post": "record"}


def no_such(word: str) -> ByLang:
    """"ingen person" / "ikke noe møte" in Bokmål, the bare noun in English ("Found no person")."""
    from btvcrm.domain.kinds import Kind

    def say(lang: str) -> str:
        if lang == "nb":
            return none_of(word)
        kind = next((kind for kind in Kind if kind.label("nb") == word), None)
        return kind.label(lang) if kind is not None else _ENGLISH_WORDS.get(word, word)

    return ByLang(say)


class Repository:
    table: str = ""
    entity_word: str = "post"  # Norwegian noun for messages: "møte", "person" ...

    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    @property
    def db(self) -> Database:
        return self.crm.db

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _row(self, item_id: int, *, include_deleted: bool = True) -> dict[str, Any]:
        if not fits_sqlite(item_id):  # no row has it: as for any id that is not there
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Found no %1 with id %2."), no_such(self.entity_word),
                                item_id)
        rows = self._rows(f"SELECT * FROM {self.table} WHERE id = ?", [item_id])
        if not rows or (not include_deleted and rows[0].get("deleted_at")):
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Found no %1 with id %2."), no_such(self.entity_word),
                                item_id)
        return rows[0]

    def exists(self, item_id: int | None) -> bool:
        if item_id is None or not fits_sqlite(item_id):
            return False
        return self._one(f"SELECT 1 FROM {self.table} WHERE id = ?", [item_id]) is not None

    def require(self, other_table: str, item_id: int | None, field: str, word: str) -> None:
        """Reject a link to a record that is not there, naming the field."""
        if item_id is None:
            return
        if not fits_sqlite(item_id) or self._one(f"SELECT 1 FROM {other_table} WHERE id = ?", [item_id]) is None:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("Errors", "there is no %1 with id %2"), no_such(word), item_id
            )

    def _link_ids(self, link_table: str, key: str, item_id: int, other: str) -> list[int]:
        cursor = self.db.execute(
            f"SELECT {other} FROM {link_table} WHERE {key} = ? ORDER BY {other}", [item_id]
        )
        return [row[0] for row in cursor.fetchall()]

    def _set_links(
        self, link_table: str, key: str, item_id: int, other: str, ids: Iterable[int], other_table: str, word: str
    ) -> None:
        wanted = list(dict.fromkeys(ids))
        for other_id in wanted:
            self.require(other_table, other_id, other, word)
        self.db.execute(f"DELETE FROM {link_table} WHERE {key} = ?", [item_id])
        for other_id in wanted:
            self.db.execute(f"INSERT INTO {link_table} ({key}, {other}) VALUES (?, ?)", [item_id, other_id])

    # Tags: one table per tagged kind (person_tags, organisation_tags, ...).
    def _tags(self, tag_table: str, key: str, item_id: int) -> list[str]:
        cursor = self.db.execute(
            f"SELECT t.name FROM {tag_table} x JOIN tags t ON t.id = x.tag_id WHERE x.{key} = ? "
            "ORDER BY norwegian_key(t.name)",
            [item_id],
        )
        return [row[0] for row in cursor.fetchall()]

    def _set_tags(self, tag_table: str, key: str, item_id: int, names: Iterable[str]) -> None:
        self.db.execute(f"DELETE FROM {tag_table} WHERE {key} = ?", [item_id])
        for raw in names:
            name = " ".join(str(raw).split())
            if not name:
                continue
            tag_id = self._one("SELECT id FROM tags WHERE casefold(name) = ?", [name.casefold()])
            if tag_id is None:
                tag_id = self._insert_tag(name)
            self.db.execute(
                f"INSERT OR IGNORE INTO {tag_table} ({key}, tag_id) VALUES (?, ?)", [item_id, tag_id]
            )

    def _with_sort_key(self, values: dict[str, Any]) -> dict[str, Any]:
        """Add the stored Norwegian sort key (migration 0009) when its text is written,
        so the triggers that keep it right for other writers need not run."""
        source_key = SORT_KEYS.get(self.table)
        if source_key is not None and source_key[0] in values:
            from btvcrm.domain.collation import sort_key

            values = {**values, source_key[1]: sort_key(values[source_key[0]])}
        return values

    def _insert(self, values: dict[str, Any]) -> int:
        """INSERT a row (column names are ours, values are parameters); returns its id."""
        values = self._with_sort_key(values)
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.db.execute(f"INSERT INTO {self.table} ({columns}) VALUES ({marks})", list(values.values()))
        return int(cursor.lastrowid or 0)

    def _update(self, item_id: int, values: dict[str, Any]) -> None:
        values = self._with_sort_key(values)
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?", [*values.values(), item_id])

    def _insert_tag(self, name: str) -> int:
        return int(self.db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid or 0)

    def deleted_at(self, item_id: int) -> str | None:
        """When the record went to the trash (None: it is not there); NotFoundError if no such id."""
        value = self._row(item_id).get("deleted_at")
        return str(value) if value else None

    def soft_delete(self, item_id: int) -> None:
        """Move to the trash (undo with `restore`)."""
        self._row(item_id, include_deleted=False)
        with self.crm.write():
            self.db.execute(
                f"UPDATE {self.table} SET deleted_at = ? WHERE id = ?", [clock.now_iso(), item_id]
            )

    def restore(self, item_id: int) -> None:
        self._row(item_id)
        with self.crm.write():
            self.db.execute(f"UPDATE {self.table} SET deleted_at = NULL WHERE id = ?", [item_id])

    def count(self, where: str = "deleted_at IS NULL", params: Sequence[Any] = ()) -> int:
        return int(self._one(f"SELECT count(*) FROM {self.table} WHERE {where}", params))
