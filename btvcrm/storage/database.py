"""Opening a data file: checks, pragmas, the writer lock and migrations.

`open_database` is the only way the app, the CLI and the tests get a
connection. It refuses what is not ours (not SQLite, another program's file, a
newer btvcrm's file) before it writes a single byte.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from btvcrm.domain import collation
from btvcrm.storage import errors
from btvcrm.storage.connection import Database  # sqlite-utils is imported only to migrate
from btvcrm.storage.lock import WriterLock
from btvcrm.storage.migrations import MIGRATION_SET, known_migration_names, migrations

# PRAGMA application_id marks a file as ours ("BTVC"); safe_output owns the constant.
from btvcrm.storage.safe_output import (
    APPLICATION_ID,
    SQLITE_HEADER,
    register_data_file,
    unregister_data_file,
)


class OpenDatabase:
    """A connection plus what is needed to close it cleanly."""

    def __init__(self, db: Database, path: Path | None, lock: WriterLock | None, readonly: bool) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self._lock = lock
        self._registered = path is not None
        if path is not None:
            register_data_file(path)  # no export, report or backup may ever be written onto it

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                # Fold the WAL back into the main file so a copy of the file alone is whole.
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        if self._registered and self.path is not None:
            unregister_data_file(self.path)
            self._registered = False
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise errors.StorageError(f"Du har ikke tilgang til å lese datafilen ({path}).")
    except OSError as error:
        raise errors.StorageError(f"Kan ikke lese datafilen ({path}): {error.strerror}.")
    if 0 < len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
        raise errors.CorruptDatabaseError(f"{path} er avkortet eller skadet. Filen er ikke endret.")
    if header and header != SQLITE_HEADER:
        raise errors.NotADatabaseError(
            f"{path} er ikke en btvcrm-datafil (ikke en SQLite-database). Filen er ikke endret."
        )


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings; these write nothing to the file."""
    conn.execute("PRAGMA foreign_keys = ON")  # sqlite-utils does not set it
    # SQLite's NOCASE and lower() fold only A-Z; names with Æ, Ø, Å need Python's casefold.
    # Used in queries only, never in the schema, so other tools can still read the file.
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    conn.create_function(collation.SQL_FUNCTION, 1, collation.sort_key, deterministic=True)  # Æ Ø Å after Z
    conn.execute("PRAGMA busy_timeout = 5000")


def enable_durable_writes(conn: sqlite3.Connection) -> None:
    """WAL and FULL sync; only after the file is known to be ours (WAL mode changes its header)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() not in ("wal", "memory"):
        raise errors.ReadOnlyError("Kan ikke slå på WAL-journal for datafilen.")
    # FULL: a commit the user saw survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    # Deleted text is overwritten, so an erased person is really gone.
    conn.execute("PRAGMA secure_delete = ON")


def _is_blank(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def _check_ours(conn: sqlite3.Connection, path: object) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    raise errors.NotADatabaseError(
        f"{path} er en SQLite-database, men ikke en btvcrm-datafil. Filen er ikke endret."
    )


def _check_version(db: Database, path: object) -> None:
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - set(known_migration_names())
    if unknown:
        raise errors.NewerVersionError(
            f"{path} er laget med en nyere versjon av btvcrm. Oppdater programmet for å åpne den; "
            "filen er ikke endret."
        )


def open_database(
    path: Path | str | None,
    *,
    readonly: bool = False,
    backup_before_migration: bool = True,
) -> OpenDatabase:
    """Open (and create or migrate) a data file; `None` gives a fresh in-memory file."""
    lock: WriterLock | None = None
    file_path = Path(path) if path is not None else None
    try:
        if file_path is not None:
            if file_path.exists():
                if file_path.is_dir():
                    raise errors.StorageError(f"{file_path} er en mappe, ikke en datafil.")
                _check_header(file_path)
                if file_path.stat().st_size == 0:
                    # SQLite would happily start a new database here, but an empty file
                    # where a data file should be is a warning sign (a failed copy or sync).
                    raise errors.CorruptDatabaseError(
                        f"{file_path} er tom (0 byte). Skulle den inneholde data, gjenopprett fra siste "
                        "sikkerhetskopi; ellers slett den eller velg et annet filnavn. Filen er ikke endret."
                    )
            elif readonly:
                raise errors.StorageError(f"Datafilen finnes ikke: {file_path}")
            elif not file_path.parent.exists():
                file_path.parent.mkdir(parents=True, exist_ok=True)
            if not readonly:
                if file_path.exists() and not os.access(file_path, os.W_OK):
                    raise errors.ReadOnlyError(
                        f"Datafilen er skrivebeskyttet ({file_path}). Kopier den til en mappe du kan "
                        "skrive i, eller åpne den bare for lesing."
                    )
                if not os.access(file_path.parent, os.W_OK):
                    raise errors.ReadOnlyError(
                        f"Mappen {file_path.parent} er skrivebeskyttet; btvcrm trenger å skrive "
                        "journalfiler ved siden av datafilen. Flytt filen, eller åpne den bare for lesing."
                    )
                lock = WriterLock(file_path)
                lock.acquire()
            if readonly:
                uri = file_path.resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(file_path), isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            configure(conn)
            db = Database(conn, recursive_triggers=False, execute_plugins=False)
            blank = _is_blank(conn)
            if not blank:
                _check_ours(conn, file_path)
                _check_version(db, file_path)
            if not readonly:
                enable_durable_writes(conn)
            if readonly:
                if blank:
                    raise errors.StorageError(f"Datafilen er tom: {file_path}")
                return OpenDatabase(db, file_path, None, readonly=True)
            pending = migrations.pending(db)
            if pending and not blank and file_path is not None and backup_before_migration:
                from btvcrm.storage.backup import backup_before

                backup_before(conn, file_path, reason="migrering")
            if blank:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(db)
            return OpenDatabase(db, file_path, lock, readonly=False)
        except BaseException:
            conn.close()
            raise
    except sqlite3.Error as error:
        if lock is not None:
            lock.release()
        translated = errors.translate(error, file_path)
        if translated is None:
            raise
        raise translated from error
    except UnicodeDecodeError as error:  # damaged text in the schema or the migration records
        if lock is not None:
            lock.release()
        raise errors.CorruptDatabaseError(
            f"Datafilen er skadet ({file_path}). Gjenopprett fra siste sikkerhetskopi (btvcrm backups)."
        ) from error
    except BaseException:
        if lock is not None:
            lock.release()
        raise


@contextlib.contextmanager
def user_errors(path: object = None) -> Iterator[None]:
    """Turn the sqlite3 errors a user can cause into StorageErrors."""
    try:
        yield
    except sqlite3.Error as error:
        translated = errors.translate(error, path)
        if translated is None:
            raise
        raise translated from error
    except UnicodeDecodeError as error:  # SQLite's message about a damaged schema, undecodable
        where = f" ({path})" if path else ""
        raise errors.CorruptDatabaseError(
            f"Datafilen er skadet{where}. Gjenopprett fra siste sikkerhetskopi (btvcrm backups)."
        ) from error


__all__ = ["APPLICATION_ID", "MIGRATION_SET", "OpenDatabase", "open_database", "user_errors"]
