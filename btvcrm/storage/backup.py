"""Consistent copies of the data file with SQLite's online backup API.

Never a plain file copy of a live database, and not `VACUUM INTO` (which does
not fsync its output): the copy is written to a temporary name (0600), synced,
checked with `quick_check`, and only then renamed into place.

This module takes the backup folder as an argument. Where backups go (the
folder chosen in the settings) is decided by `btvcrm.services.backups`, which
installs that policy here with `set_folder_policy` for the backups storage
takes on its own (before a migration); without it the folder is
`paths.backup_dir` (`$BTVCRM_BACKUP_DIR`, else `backups` beside the file).

Which backups belong to a data file: the name starts with the file's stem, and
the file identity (`PRAGMA user_version`, a random number set by migration 0004
and copied into every backup) is the same, so two `btvcrm.sqlite` files from
different folders can share a backup folder. Backups taken before 0004 carry
identity 0 and are matched by name alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.storage import errors
from btvcrm.storage.safe_output import (
    SQLITE_HEADER,
    check_target,
    create_private_file,
    describe_os_error,
    fsync_dir,
    fsync_file,
    make_private_dir,
    read_start,
    tighten_dir,
)

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

BACKUP_SUFFIX = ".sqlite"
PRE_RESTORE_REASON = "foer-gjenoppretting"

# The thinning policy (docs/data-safety.md, "How many"). Ages are whole days before today.
DAILY_DAYS = 12  # ages 1-12: the newest backup of each day
WEEKLY_UNTIL_DAYS = 82  # ages 1-82 (12 days and 10 weeks): the newest of each ISO week
MONTHLY_UNTIL_DAYS = 279  # ages 1-279: the newest of each calendar month; nothing older
PRE_RESTORE_KEEP_DAYS = 30  # a copy taken before a restore is kept at least this long


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    reason: str

    @property
    def base_reason(self) -> str:
        """The reason without the counter of a second backup in the same second ("import-2")."""
        head, _, tail = self.reason.rpartition("-")
        return head if head and tail.isdigit() else self.reason


# Where storage puts backups when the caller does not say -------------------------
def default_folder(db_path: Path | None) -> Path:
    return paths.backup_dir(db_path)


_folder_policy: Callable[[Path | None], Path] = default_folder


def set_folder_policy(policy: Callable[[Path | None], Path]) -> None:
    """Installed by `services.backups` (the settings' folder); storage asks it via `folder_for`."""
    global _folder_policy
    _folder_policy = policy


def folder_for(db_path: Path | None) -> Path:
    return _folder_policy(db_path)


# Identity -----------------------------------------------------------------------------
def file_identity(path: Path) -> int | None:
    """The identity stored in a SQLite file's header (user_version), None if it is not SQLite."""
    try:
        header = read_start(path, 100)  # (never open and close the live file: its locks would go)
    except OSError:
        return None
    if len(header) < 64 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[60:64], "big", signed=True)


def _belongs(info_path: Path, identity: int | None) -> bool:
    if not identity:
        return True  # the live file's identity is unknown (damaged, or from before 0004): by name
    theirs = file_identity(info_path)
    return not theirs or theirs == identity


# Writing ------------------------------------------------------------------------------
class _GaveUp(Exception):
    pass


def copy_database(source: sqlite3.Connection, target: sqlite3.Connection, *, patience_s: float = 5.0) -> None:
    """SQLite's backup API, but giving up (LockedError) when another program keeps either
    file busy for `patience_s`: Python's `Connection.backup` would retry for ever."""
    step_sleep = 0.05
    busy = {"count": 0}

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            busy["count"] += 1
            if busy["count"] * step_sleep >= patience_s:
                raise _GaveUp
        else:
            busy["count"] = 0

    try:
        source.backup(target, progress=progress, sleep=step_sleep)
    except _GaveUp:
        raise errors.LockedError(
            "Datafilen er i bruk av et annet program (det skriver til den nå); prøv igjen om litt. "
            "Ingenting er endret.") from None


def write_backup(conn: sqlite3.Connection, destination: Path, *, force: bool = False,
                 checked: bool = True) -> Path:
    """Copy the open database to `destination` atomically; return the path.

    `destination` is checked by `safe_output.check_target` (never onto an open data file,
    another data file unless `force`, or something that is not a regular file)."""
    destination = Path(destination)
    temporary: Path | None = None
    try:
        if not destination.parent.is_dir():
            make_private_dir(destination.parent)
        target = check_target(destination, force=force) if checked else destination
        temporary = target.with_name(target.name + ".part")
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        create_private_file(temporary)  # SQLite keeps the mode of an existing file: 0600
        copy = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            copy_database(conn, copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            result = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if result != "ok":
            raise errors.CorruptDatabaseError(f"Sikkerhetskopien ble ikke hel ({result}).")
        fsync_file(temporary)
        if checked:
            check_target(target, force=force)  # nothing became a data file meanwhile
        os.replace(temporary, target)
        fsync_dir(target.parent)
    except OSError as error:
        _discard(temporary)
        raise errors.StorageError(
            f"Kunne ikke skrive sikkerhetskopi til {destination}: {describe_os_error(error)}."
        ) from error
    except sqlite3.Error as error:
        _discard(temporary)
        translated = errors.translate(error, destination)
        if translated is None:
            raise
        raise translated from error
    except BaseException:
        _discard(temporary)
        raise
    return destination


def _discard(temporary: Path | None) -> None:
    if temporary is not None:
        with contextlib.suppress(OSError):
            temporary.unlink()


def backup_name(db_path: Path, moment: dt.datetime, reason: str = "") -> str:
    stamp = moment.strftime("%Y-%m-%d_%H%M%S")
    tag = f"_{reason}" if reason else ""
    return f"{db_path.stem}_{stamp}{tag}{BACKUP_SUFFIX}"


def unique_destination(folder: Path, db_path: Path, reason: str, moment: dt.datetime | None = None) -> Path:
    moment = moment or clock.now()
    candidate = folder / backup_name(db_path, moment, reason)
    counter = 2
    while candidate.exists():
        candidate = folder / backup_name(db_path, moment, f"{reason}-{counter}" if reason else str(counter))
        counter += 1
    return candidate


def _prepare_folder(folder: Path) -> Path:
    try:
        make_private_dir(folder)
    except OSError as error:
        raise errors.StorageError(
            f"Kunne ikke lage sikkerhetskopimappen {folder}: {describe_os_error(error)}."
        ) from error
    if folder.name == "backups":  # our own default folder; a chosen one keeps its mode
        tighten_dir(folder)
    return folder


def backup_before(conn: sqlite3.Connection, db_path: Path, reason: str, folder: Path | None = None) -> Path:
    """The automatic copy taken before a migration, an import or a bulk delete."""
    target_folder = _prepare_folder(folder if folder is not None else folder_for(db_path))
    written = write_backup(conn, unique_destination(target_folder, db_path, reason))
    _mirror_attachments(db_path, target_folder)
    return written


def backup_now(crm: Crm, output: Path | None = None, *, reason: str = "manuell", folder: Path | None = None,
               force: bool = False, today: dt.date | None = None) -> Path:
    """A backup of an open Crm, to `output` or the backup folder (then thinned)."""
    conn = crm.db.conn
    if output is not None:
        return write_backup(conn, Path(output), force=force)
    if crm.path is None:
        raise errors.StorageError("En fil i minnet har ingen sikkerhetskopimappe; oppgi -o FIL.")
    target_folder = _prepare_folder(folder if folder is not None else folder_for(crm.path))
    written = write_backup(conn, unique_destination(target_folder, crm.path, reason))
    thin_in(target_folder, crm.path, today=today, identity=file_identity(written))
    _mirror_attachments(crm.path, target_folder)
    return written


def _mirror_attachments(db_path: Path, folder: Path) -> None:
    """E-mail attachments kept beside the data file go into the backup folder too
    (storage/attachments.py: files never change, so only new ones are copied)."""
    from btvcrm.storage import attachments

    try:
        attachments.mirror_into(db_path, folder)
    except (OSError, UserError) as error:
        raise errors.StorageError(
            f"Sikkerhetskopien av datafilen er tatt, men vedleggene kunne ikke kopieres til {folder}: "
            f"{getattr(error, 'strerror', None) or error}.") from error


# Listing ------------------------------------------------------------------------------
def _parse_name(db_path: Path, path: Path) -> tuple[dt.datetime, str] | None:
    prefix = f"{db_path.stem}_"
    name = path.name
    if not name.startswith(prefix) or not name.endswith(BACKUP_SUFFIX):
        return None
    rest = name[len(prefix) : -len(BACKUP_SUFFIX)]
    stamp, separator, reason = rest[:17], rest[17:18], rest[18:]
    if separator not in ("", "_"):
        return None
    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%d_%H%M%S").replace(tzinfo=clock.OSLO)
    except ValueError:
        return None
    return moment, reason


def list_in(folder: Path, db_path: Path, identity: int | None) -> list[BackupInfo]:
    """Backups of the data file `db_path` (with `identity`) in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(db_path, path)
        if parsed is None:
            continue
        try:
            if not path.is_file():
                continue
            size = path.stat().st_size
        except OSError:
            continue
        if not _belongs(path, identity):
            continue
        found.append(BackupInfo(path=path, taken_at=parsed[0], size=size, reason=parsed[1]))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def live_identity(db_path: Path) -> int | None:
    """The identity of the data file itself (None when unknown: missing, damaged, before 0004)."""
    identity = file_identity(db_path)
    return identity or None


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups of this file, newest first."""
    target_folder = folder if folder is not None else folder_for(db_path)
    return list_in(target_folder, db_path, live_identity(db_path))


# Thinning -----------------------------------------------------------------------------
def _day(day: dt.date) -> object:
    return day


def _iso_week(day: dt.date) -> object:
    return tuple(day.isocalendar())[:2]


def _month(day: dt.date) -> object:
    return (day.year, day.month)


_RULES = ((DAILY_DAYS, _day), (WEEKLY_UNTIL_DAYS, _iso_week), (MONTHLY_UNTIL_DAYS, _month))


def backups_to_keep(items: list[BackupInfo], today: dt.date | None = None) -> set[Path]:
    """The exact policy (ages in whole days before `today`); a backup is kept when any rule keeps it:

    - every backup taken today (or dated later: a clock that was wrong);
    - ages 1-12: the newest backup of each day;
    - ages 1-82: the newest of each ISO week;
    - ages 1-279: the newest of each calendar month; nothing older than 279 days;
    - a copy taken before a restore (`…_foer-gjenoppretting`): at least 30 days;
    - the newest backup, whatever its age (so a long break never leaves none).

    A period's newest backup does not change once the period is over, so the one a
    rule keeps stays until it is too old for that rule.
    """
    day_today = today or clock.today()
    newest_first = sorted(items, key=lambda info: (info.taken_at, info.path.name), reverse=True)
    if not newest_first:
        return set()
    keep = {newest_first[0].path}
    seen: set[tuple[int, object]] = set()
    for info in newest_first:
        day = info.taken_at.date()
        age = (day_today - day).days
        if age <= 0:
            keep.add(info.path)
            continue
        if info.base_reason == PRE_RESTORE_REASON and age <= PRE_RESTORE_KEEP_DAYS:
            keep.add(info.path)
            continue  # kept on its own account; the period's ordinary newest is kept as well
        for limit, period in _RULES:
            if age <= limit:
                key = (limit, period(day))
                if key not in seen:
                    seen.add(key)
                    keep.add(info.path)
    return keep


def thinned_by(taken_on: dt.date) -> dt.date:
    """From this day on, no backup taken on or before `taken_on` survives a thinning
    (unless it is the newest backup of all: then no backup was taken since)."""
    return taken_on + dt.timedelta(days=MONTHLY_UNTIL_DAYS + 1)


def _remove_stale_parts(folder: Path, db_path: Path) -> list[Path]:
    """Half-written copies left by a crash during a backup (older than an hour)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    limit = time.time() - 3600
    for path in folder.glob(f"{glob.escape(db_path.stem)}_*{BACKUP_SUFFIX}.part"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
    return removed


def thin_in(folder: Path, db_path: Path, *, today: dt.date | None = None, identity: int | None = None) -> list[Path]:
    """Delete this file's backups in `folder` beyond the policy; returns what was removed."""
    items = list_in(folder, db_path, identity if identity is not None else live_identity(db_path))
    keep = backups_to_keep(items, today)
    removed = _remove_stale_parts(folder, db_path)
    for info in items:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def thin_backups(db_path: Path, folder: Path | None = None, today: dt.date | None = None) -> list[Path]:
    return thin_in(folder if folder is not None else folder_for(db_path), db_path, today=today)


# Restoring ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RestoreResult:
    restored: Path  # the data file, now the backup's content
    source: Path  # the backup it came from
    pre_restore: Path | None  # the copy of the healthy file taken first (None: it was damaged or missing)
    set_aside: tuple[Path, ...]  # the damaged file and its companions, renamed beside it (never deleted)

    @property
    def was_damaged(self) -> bool:
        return bool(self.set_aside)


def verify_backup(source: Path) -> None:
    """A backup fit to restore: ours, a version we know, whole. Read-only; raises StorageError."""
    from btvcrm.storage.database import open_database

    source = Path(source)
    try:
        found = source.is_file()
    except OSError as error:
        raise errors.StorageError(f"Kan ikke lese sikkerhetskopien {source}: {describe_os_error(error)}.") from error
    if not found:
        raise errors.StorageError(f"Finner ikke sikkerhetskopien {source}.")
    checked = open_database(source, readonly=True)
    try:
        try:
            result = checked.db.execute("PRAGMA quick_check").fetchone()[0]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
            result = str(error)
        if result != "ok":
            raise errors.CorruptDatabaseError(f"Sikkerhetskopien {source} er skadet ({result}); ikke gjenopprettet.")
    finally:
        checked.close()


def set_aside_name(db_path: Path, moment: dt.datetime) -> Path:
    """`NAME.skadet-YYYYMMDD-HHMMSS.sqlite` beside the data file (a counter if taken)."""
    suffix = db_path.suffix or BACKUP_SUFFIX
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    candidate = db_path.with_name(f"{db_path.stem}.skadet-{stamp}{suffix}")
    counter = 2
    while candidate.exists() or any(Path(str(candidate) + s).exists() for s in ("-wal", "-shm", "-journal")):
        candidate = db_path.with_name(f"{db_path.stem}.skadet-{stamp}-{counter}{suffix}")
        counter += 1
    return candidate


def _set_aside(db_path: Path, moment: dt.datetime) -> tuple[Path, ...]:
    aside = set_aside_name(db_path, moment)
    moved: list[Path] = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        current = Path(str(db_path) + suffix)
        if current.exists() or current.is_symlink():
            target = Path(str(aside) + suffix)
            os.replace(current, target)  # the name is new: nothing is overwritten
            moved.append(target)
    fsync_dir(db_path.parent)
    return tuple(moved)


def _place_copy(source: Path, db_path: Path, identity: int | None) -> None:
    """Write a checked copy of the backup `source` at `db_path` (which does not exist)."""
    temporary = db_path.with_name(f".{db_path.name}.gjenoppretter.part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    source_conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        create_private_file(temporary)
        copy = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            copy_database(source_conn, copy)
            if identity:
                copy.execute(f"PRAGMA user_version = {int(identity)}")
            copy.execute("PRAGMA journal_mode = DELETE")
            result = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        if result != "ok":
            raise errors.CorruptDatabaseError(f"Kopien av sikkerhetskopien ble ikke hel ({result}).")
        fsync_file(temporary)
        if db_path.exists():
            raise errors.StorageError(f"Det har dukket opp en fil {db_path} under gjenopprettingen; ingenting er endret.")
        os.replace(temporary, db_path)
        fsync_dir(db_path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    finally:
        source_conn.close()


def _refuse_if_another_program_writes(conn: sqlite3.Connection, wait_ms: int = 1000) -> None:
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {wait_ms}")
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        raise errors.LockedError(
            "Datafilen er i bruk av et annet program (det skriver til den nå); prøv igjen om litt. "
            "Ingenting er endret.") from error
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(previous)}")


def _identity_of(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def restore(db_path: Path, source: Path, folder: Path | None = None, *,
            moment: dt.datetime | None = None) -> RestoreResult:
    """Bring the backup `source` back as the data file `db_path`.

    The backup is checked first; nothing is touched when it is not fit. Then:
    - a healthy data file is copied to `…_foer-gjenoppretting.sqlite` in the backup folder
      and replaced page by page with SQLite's backup API (readers never see half of it);
    - a damaged one (truncated, zeroed, text, 0 bytes, a bad header, another program's or a
      newer version's file) is set aside with its -wal/-shm as `NAME.skadet-…sqlite` beside it,
      never deleted, and a checked copy of the backup is put in its place;
    - a missing one (in an existing folder) is simply created from the backup.
    Another btvcrm holding the file, or another program writing to it, stops the restore.
    """
    from btvcrm.storage.database import open_database
    from btvcrm.storage.lock import WriterLock

    db_path, source = Path(db_path), Path(source)
    when = moment or clock.now()
    verify_backup(source)
    if not db_path.parent.is_dir():
        raise errors.StorageError(f"Mappen for datafilen finnes ikke: {db_path.parent}")
    if db_path.exists() and source.exists() and os.path.samefile(db_path, source):
        raise errors.StorageError("Sikkerhetskopien er selve datafilen; velg en annen kopi.")
    lock = WriterLock(db_path)
    lock.acquire()
    try:
        healthy = None
        if db_path.exists():
            try:
                healthy = open_database(db_path, held_lock=lock, backup_before_migration=False)
            except (errors.LockedError, errors.ReadOnlyError):
                raise
            except errors.StorageError:
                healthy = None  # damaged or not ours: set aside below
            if healthy is not None:
                try:
                    ok = healthy.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                except (sqlite3.DatabaseError, UnicodeDecodeError):
                    ok = False
                if not ok:
                    healthy.close(release_lock=False)
                    healthy = None
        if healthy is not None:
            try:
                target_folder = _prepare_folder(folder if folder is not None else folder_for(db_path))
                conn = healthy.db.conn
                _refuse_if_another_program_writes(conn)
                kept_identity = _identity_of(conn)
                pre_restore = write_backup(conn, unique_destination(target_folder, db_path, PRE_RESTORE_REASON, when))
                source_conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
                try:
                    copy_database(source_conn, conn)
                finally:
                    source_conn.close()
                if kept_identity:
                    conn.execute(f"PRAGMA user_version = {kept_identity}")
            except sqlite3.Error as error:
                translated = errors.translate(error, db_path)
                if translated is None:
                    raise
                raise translated from error
            finally:
                healthy.close(release_lock=False)
            return RestoreResult(db_path, source, pre_restore, ())
        identity = live_identity(db_path) if db_path.exists() else None
        try:
            aside = _set_aside(db_path, when) if (db_path.exists() or db_path.is_symlink()) else ()
            _place_copy(source, db_path, identity)
        except OSError as error:
            raise errors.StorageError(
                f"Kunne ikke gjenopprette til {db_path}: {describe_os_error(error)}."
            ) from error
        return RestoreResult(db_path, source, None, aside)
    finally:
        lock.release()


__all__ = [
    "BackupInfo",
    "RestoreResult",
    "backup_before",
    "backup_now",
    "backups_to_keep",
    "file_identity",
    "list_backups",
    "list_in",
    "restore",
    "set_folder_policy",
    "thin_backups",
    "thin_in",
    "write_backup",
]
