"""Opening a data file: checks, pragmas, the writer lock and migrations.

`open_database` is the only way the app, the CLI and the tests get a
connection. It refuses what is not ours (not SQLite, another program's file, a
newer btvcrm's file) before it writes a single byte: the first checks read the
file through an `immutable=1` connection, which never rolls back a journal,
folds in a WAL or leaves a -wal/-shm behind.

- A missing file is created only when the caller asks (`create=True`), under a
  temporary name that is renamed when the schema is in, so a crash while
  creating never leaves a 0-byte or half-made file under the real name.
- Read-only opens use `mode=ro`; when SQLite cannot even make its -shm beside
  the file (a read-only folder or medium) they fall back to `immutable=1`, or,
  when a -wal holds data, to a checked copy in memory.
- Files are private: the data file and its companions are 0600 (POSIX).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
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
    companions,
    copy_file,
    create_private_file,
    fsync_dir,
    fsync_file,
    make_private_dir,
    read_start,
    register_data_file,
    tighten_file,
    unregister_data_file,
    writer_lock_held,
)

#: How a read-only file was opened: in place, in place ignoring any WAL, or from a copy.
READ_IN_PLACE, READ_IMMUTABLE, READ_FROM_COPY = "in-place", "immutable", "copy"


def missing_file_message(path: Path) -> str:
    return f"Datafilen finnes ikke: {path} (lag en ny med «btvcrm init» eller «btvcrm demo»)."


class OpenDatabase:
    """A connection plus what is needed to close it cleanly."""

    def __init__(self, db: Database, path: Path | None, lock: WriterLock | None, readonly: bool,
                 how: str = READ_IN_PLACE) -> None:
        self.db = db
        self.path = path
        self.readonly = readonly
        self.how = how
        self._lock = lock
        self._registered = path is not None
        if path is not None:
            register_data_file(path)  # no export, report or backup may ever be written onto it

    def close(self, *, release_lock: bool = True) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                finish_pending_cleanup(self.db.conn)
                # Fold the WAL back into the main file so a copy of the file alone is whole
                # (best effort: when another program holds the file, it is not worth waiting).
                self.db.execute("PRAGMA busy_timeout = 100")
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        if self._registered and self.path is not None:
            unregister_data_file(self.path)
            self._registered = False
        if self._lock is not None and release_lock:
            self._lock.release()
        self._lock = None


def _check_header(path: Path) -> None:
    try:
        header = read_start(path, len(SQLITE_HEADER))  # (open here: closing it must not drop SQLite's locks)
    except PermissionError:
        raise errors.StorageError(f"Du har ikke tilgang til å lese datafilen ({path}).")
    except OSError as error:
        raise errors.StorageError(f"Kan ikke lese datafilen ({path}): {error.strerror}.")
    if not header:
        # SQLite would happily start a new database here, but an empty file
        # where a data file should be is a warning sign (a failed copy or sync).
        raise errors.CorruptDatabaseError(
            f"{path} er tom (0 byte). Skulle den inneholde data, gjenopprett fra siste "
            "sikkerhetskopi; ellers slett den eller velg et annet filnavn. Filen er ikke endret."
        )
    if len(header) < len(SQLITE_HEADER) and SQLITE_HEADER.startswith(header):
        raise errors.CorruptDatabaseError(f"{path} er avkortet eller skadet. Filen er ikke endret.")
    if header != SQLITE_HEADER:
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


def _uri(path: Path, query: str) -> str:
    return f"{path.resolve().as_uri()}?{query}"


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)


def _verdict(conn: sqlite3.Connection, path: Path) -> bool:
    """Raise if the file behind `conn` is not ours or too new; True when it has no tables yet."""
    configure(conn)
    if _is_blank(conn):
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id not in (0, APPLICATION_ID):
            _check_ours(conn, path)
        return True
    _check_ours(conn, path)
    _check_version(Database(conn, recursive_triggers=False, execute_plugins=False), path)
    return False


def _has_wal_data(path: Path) -> bool:
    try:
        return Path(str(path) + "-wal").stat().st_size > 0
    except OSError:
        return False


@contextlib.contextmanager
def _private_copy(path: Path) -> Iterator[Path]:
    """The file and its -wal copied into a private temporary folder (removed afterwards)."""
    folder = Path(tempfile.mkdtemp(prefix="btvcrm-les-"))
    try:
        copy = folder / "kopi.sqlite"
        copy_file(path, copy)
        wal = Path(str(path) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(str(copy) + "-wal"))
        yield copy
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _precheck(path: Path) -> bool:
    """Decide, without writing anything, whether `path` may be opened; True when it is blank.

    The main file is read with `immutable=1`. When a -wal holds data, the verdict is
    taken again with the WAL (it may hold a newer migration, or be where the file
    became ours): in a private copy, or, while another btvcrm has the file open (it
    checked the file and keeps the -shm up to date), through that -shm with `mode=ro`.
    A refused file is never opened any other way, so its WAL is not folded in, its
    journal not rolled back and no -wal/-shm appears beside it."""
    conn = _connect(_uri(path, "mode=ro&immutable=1"), uri=True)
    try:
        try:
            blank = _verdict(conn, path)
        except (errors.NotADatabaseError, errors.NewerVersionError, sqlite3.DatabaseError):
            # A kill during a checkpoint leaves the main file half-updated until the WAL is
            # replayed: read alone it may look malformed. With WAL data, the WAL decides.
            if not _has_wal_data(path):
                raise
            blank = True
    finally:
        conn.close()
    if not _has_wal_data(path):
        return blank
    if Path(str(path) + "-shm").exists() and writer_lock_held(path):
        conn = _connect(_uri(path, "mode=ro"), uri=True)
        try:
            return _verdict(conn, path)
        except sqlite3.OperationalError:
            pass  # the -shm cannot be used read-only here: take the copy
        finally:
            conn.close()
    with _private_copy(path) as copy:
        conn = _connect(str(copy))
        try:
            return _verdict(conn, path)
        finally:
            conn.close()


def _open_read_only(path: Path) -> tuple[sqlite3.Connection, str]:
    """A read-only connection; `immutable=1` or a verified copy in memory where SQLite
    cannot make its -shm beside the file (a read-only folder or medium)."""
    conn = _connect(_uri(path, "mode=ro"), uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, READ_IN_PLACE
    except sqlite3.OperationalError as error:
        conn.close()
        name = getattr(error, "sqlite_errorname", "")
        if not (name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")) or "readonly" in str(error)
                or "unable to open" in str(error)):
            raise
    if not _has_wal_data(path):
        return _connect(_uri(path, "mode=ro&immutable=1"), uri=True), READ_IMMUTABLE
    # The WAL holds changes the main file does not have: read both from a copy, check it,
    # and keep it in memory only.
    with _private_copy(path) as copy:
        source = _connect(str(copy))
        try:
            result = source.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise errors.CorruptDatabaseError(
                    f"Datafilen er skadet ({path}). Gjenopprett fra siste sikkerhetskopi (btvcrm backups).")
            memory = _connect(":memory:")
            source.backup(memory)
        finally:
            source.close()
    return memory, READ_FROM_COPY


def _refuse_leftovers(path: Path) -> None:
    for suffix in ("-wal", "-journal"):
        leftover = Path(str(path) + suffix)
        if leftover.exists():
            raise errors.StorageError(
                f"Det ligger rester av en annen database ved {path} ({leftover.name}). Flytt eller slett "
                "dem, eller velg et annet filnavn; ingenting er endret."
            )


def _stale_creations(path: Path) -> list[Path]:
    prefix = f".{path.name}.ny-"
    try:
        return [p for p in path.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return []


def _create_new(path: Path) -> None:
    """Make a new data file at `path` (the caller holds its writer lock): the whole schema is
    written under a temporary name, flushed, and only then given the real name."""
    _refuse_leftovers(path)
    for stale in _stale_creations(path):  # a creation killed halfway; we hold the lock
        with contextlib.suppress(OSError):
            stale.unlink()
    temporary = path.with_name(f".{path.name}.ny-{os.getpid()}.part")
    create_private_file(temporary)
    try:
        conn = _connect(str(temporary))
        try:
            configure(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(Database(conn, recursive_triggers=False, execute_plugins=False))
        finally:
            conn.close()
        fsync_file(temporary)
        try:
            os.link(temporary, path)  # never replaces a file that appeared meanwhile
        except FileExistsError:
            raise errors.StorageError(f"Det finnes allerede en fil {path}; den er ikke endret.") from None
        except OSError:  # no hard links on this file system (FAT, some network drives)
            if path.exists():
                raise errors.StorageError(f"Det finnes allerede en fil {path}; den er ikke endret.") from None
            os.replace(temporary, path)
        fsync_dir(path.parent)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
        with contextlib.suppress(OSError):
            Path(str(temporary) + "-journal").unlink()


def _tighten_modes(path: Path) -> None:
    for candidate in (path, *companions(path)):
        if candidate.exists():
            tighten_file(candidate)


def open_database(
    path: Path | str | None,
    *,
    readonly: bool = False,
    create: bool = True,
    backup_before_migration: bool = True,
    backup_folder: Path | None = None,
    held_lock: WriterLock | None = None,
) -> OpenDatabase:
    """Open (and create or migrate) a data file; `None` gives a fresh in-memory file.

    `create=False` refuses a missing file ("Datafilen finnes ikke …") instead of making one;
    a read-only open never creates. `backup_folder` is where the copy before a migration
    goes (default: `backup.folder_for`). `held_lock`: the caller already holds the lock.
    """
    lock: WriterLock | None = held_lock
    own_lock = held_lock is None
    file_path = Path(path) if path is not None else None
    how = READ_IN_PLACE
    try:
        if file_path is not None:
            if file_path.is_dir():
                raise errors.StorageError(f"{file_path} er en mappe, ikke en datafil.")
            exists = file_path.exists()
            if not exists and (readonly or not create):
                if file_path.is_symlink():
                    raise errors.StorageError(f"{file_path} er en lenke til en fil som ikke finnes.")
                raise errors.MissingFileError(missing_file_message(file_path))
            if exists:
                _check_header(file_path)
                blank = _precheck(file_path)
                if readonly and blank:
                    raise errors.StorageError(f"Datafilen er tom: {file_path}")
            if not readonly:
                if not exists and not file_path.parent.exists():
                    make_private_dir(file_path.parent)
                if exists and not os.access(file_path, os.W_OK):
                    raise errors.ReadOnlyError(
                        f"Datafilen er skrivebeskyttet ({file_path}). Kopier den til en mappe du kan "
                        "skrive i, eller åpne den bare for lesing."
                    )
                if not os.access(file_path.parent, os.W_OK):
                    raise errors.ReadOnlyError(
                        f"Mappen {file_path.parent} er skrivebeskyttet; btvcrm trenger å skrive "
                        "journalfiler ved siden av datafilen. Flytt filen, eller åpne den bare for lesing."
                    )
                if lock is None:
                    lock = WriterLock(file_path)
                    lock.acquire()
                if not file_path.exists():
                    _create_new(file_path)
                conn = _connect(str(file_path))
            else:
                conn, how = _open_read_only(file_path)
        else:
            conn = _connect(":memory:")
        try:
            configure(conn)
            db = Database(conn, recursive_triggers=False, execute_plugins=False)
            blank = _is_blank(conn)
            if not blank:
                _check_ours(conn, file_path)
                _check_version(db, file_path)
            if readonly:
                if blank:
                    raise errors.StorageError(f"Datafilen er tom: {file_path}")
                return OpenDatabase(db, file_path, None, readonly=True, how=how)
            enable_durable_writes(conn)
            pending = migrations.pending(db)
            if pending and not blank and file_path is not None and backup_before_migration:
                from btvcrm.storage.backup import backup_before

                backup_before(conn, file_path, reason="migrering", folder=backup_folder)
            if blank:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrations.apply(db)
            if pending and file_path is not None:
                # The new schema (and 0004's file identity in the header) in the main file now.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if file_path is not None:
                _tighten_modes(file_path)
                finish_pending_cleanup(conn)
            return OpenDatabase(db, file_path, lock, readonly=False)
        except BaseException:
            conn.close()
            raise
    except sqlite3.Error as error:
        if lock is not None and own_lock:
            lock.release()
        translated = errors.translate(error, file_path)
        if translated is None:
            raise
        raise translated from error
    except UnicodeDecodeError as error:  # damaged text in the schema or the migration records
        if lock is not None and own_lock:
            lock.release()
        raise errors.CorruptDatabaseError(
            f"Datafilen er skadet ({file_path}). Gjenopprett fra siste sikkerhetskopi (btvcrm backups)."
        ) from error
    except BaseException:
        if lock is not None and own_lock:
            lock.release()
        raise


def finish_pending_cleanup(conn: sqlite3.Connection) -> bool:
    """Complete a clean-up that an erasure recorded (migration 0004's `pending_cleanup`):
    merge the full-text index and fold the WAL into the file. True when nothing is left to do."""
    from btvcrm.storage.people import complete_pending_cleanup

    return complete_pending_cleanup(conn)


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


__all__ = [
    "APPLICATION_ID",
    "MIGRATION_SET",
    "OpenDatabase",
    "missing_file_message",
    "open_database",
    "user_errors",
]
