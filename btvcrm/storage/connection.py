"""The open data file's connection, without importing sqlite-utils until needed.

sqlite-utils costs 60–150 ms to import (click, pluggy, dateutil's parser ...),
more than opening the file and answering `btvcrm search`. What the program
uses of its `Database` every day is small: `execute`, `atomic()` (one
transaction, savepoints when nested), `conn` and `close`. `Database` here does
exactly that, the same way, over a connection in autocommit mode
(`isolation_level=None`, as `storage.database` opens every connection), where
sqlite-utils' `execute` adds nothing to `conn.execute`.

sqlite-utils is still what runs the migrations: `MigrationSet` registers them
like `sqlite_utils.Migrations` (same decorator, same `_sqlite_migrations`
table) and answers "what is applied / pending" with plain SQL; only `apply`,
when something is pending, imports sqlite-utils and hands each migration a
real `sqlite_utils.Database` over the same connection. Anything else asked of
`Database` (`db["table"]`, `db.table_names()` ...) is passed to such a
sqlite-utils `Database`, made on first use.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, Union

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS_TABLE = "_sqlite_migrations"


class Database:
    """`execute`, `atomic`, `conn`, `close` as in sqlite-utils; the rest delegated to it."""

    def __init__(self, conn: sqlite3.Connection, *, recursive_triggers: bool = False,
                 execute_plugins: bool = False) -> None:
        if conn.isolation_level is not None:
            raise ValueError("btvcrm opens every connection in autocommit mode (isolation_level=None)")
        if recursive_triggers or execute_plugins:
            raise ValueError("btvcrm uses neither recursive triggers nor sqlite-utils plugins")
        self.conn = conn
        self._full: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; a nested block is a savepoint (rolled back alone on error)."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"  # as sqlite-utils names them
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # An error such as RAISE(ROLLBACK) can end the whole transaction, savepoints included.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    def sqlite_utils(self) -> sqlite_utils.Database:
        """A sqlite-utils Database over the same connection (imports sqlite-utils)."""
        if self._full is None:
            import sqlite_utils

            self._full = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._full

    def __getitem__(self, name: str) -> Any:
        return self.sqlite_utils()[name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.sqlite_utils(), name)


# For code called both with the open file's Database and inside a migration
# (which gets a sqlite_utils.Database): both have `execute` and `conn`.
AnyDatabase: TypeAlias = Union[Database, "sqlite_utils.Database"]  # noqa: UP007


def _conn(db: Any) -> sqlite3.Connection:
    return db.conn  # type: ignore[no-any-return]


class MigrationSet:
    """A named, ordered set of migrations with `sqlite_utils.Migrations`' API:
    `@migrations(name=...)` registers (decorator order = apply order),
    `applied(db)`, `pending(db)`, `apply(db)`."""

    @dataclass
    class _Migration:
        name: str
        fn: Callable[[Any], None]
        transactional: bool = True

    @dataclass
    class _AppliedMigration:
        name: str
        applied_at: str

    migrations_table = MIGRATIONS_TABLE

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Any] = []

    def __call__(self, *, name: str | None = None,
                 transactional: bool = True) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        def inner(func: Callable[[Any], None]) -> Callable[[Any], None]:
            migration_name = name or func.__name__
            if any(m.name == migration_name for m in self._migrations):
                raise ValueError(f"Migration '{migration_name}' is already registered in set '{self.name}'")
            self._migrations.append(self._Migration(migration_name, func, transactional))
            return func

        return inner

    def applied(self, db: Any) -> list[MigrationSet._AppliedMigration]:
        """Applied migrations of this set, in the order they were applied (reads only)."""
        conn = _conn(db)
        exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                              [self.migrations_table]).fetchone()
        if not exists:
            return []
        return [
            self._AppliedMigration(name, applied_at)
            for name, applied_at in conn.execute(
                f"SELECT name, applied_at FROM [{self.migrations_table}] WHERE migration_set = ? ORDER BY rowid",
                [self.name],
            ).fetchall()
        ]

    def pending(self, db: Any) -> list[Any]:
        done = {m.name for m in self.applied(db)}
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Any, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply what is pending with sqlite-utils (imported only now), each
        migration with its record in one transaction."""
        if not self.pending(db):
            return
        import sqlite_utils

        full = db.sqlite_utils() if isinstance(db, Database) else db
        real = sqlite_utils.Migrations(self.name)
        real._migrations = [real._Migration(m.name, m.fn, m.transactional) for m in self._migrations]
        real.apply(full, stop_before=stop_before)

    def __repr__(self) -> str:
        return f"<MigrationSet '{self.name}': [{', '.join(m.name for m in self._migrations)}]>"
