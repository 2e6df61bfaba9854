"""Consistent copies of the data file with SQLite's online backup API.

Never a plain file copy of a live database, and not `VACUUM INTO` (which does
not fsync its output): the copy is written to a temporary name, synced,
checked with `quick_check`, and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.storage import errors

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

BACKUP_SUFFIX = ".sqlite"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    size: int
    reason: str


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy the open database to `destination` atomically; return the path."""
    destination = Path(destination)
    temporary = destination.with_name(destination.name + ".part")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        target = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            result = target.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            target.close()
        if result != "ok":
            raise errors.CorruptDatabaseError(f"Sikkerhetskopien ble ikke hel ({result}).")
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
        _fsync_dir(destination.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise errors.StorageError(
            f"Kunne ikke skrive sikkerhetskopi til {destination}: {error.strerror or error}."
        ) from error
    except sqlite3.Error as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        translated = errors.translate(error, destination)
        if translated is None:
            raise
        raise translated from error
    return destination


def backup_folder(db_path: Path | None) -> Path:
    """Where backups of `db_path` go: `$BTVCRM_BACKUP_DIR`, else the folder chosen in
    the settings (a USB stick, a second disk), else `backups` beside the file."""
    if not os.environ.get("BTVCRM_BACKUP_DIR"):
        from btvcrm import settings

        chosen = settings.load().backup_dir.strip()
        if chosen:
            return Path(chosen).expanduser()
    return paths.backup_dir(db_path)


def backup_name(db_path: Path, moment: dt.datetime, reason: str = "") -> str:
    stamp = moment.strftime("%Y-%m-%d_%H%M%S")
    tag = f"_{reason}" if reason else ""
    return f"{db_path.stem}_{stamp}{tag}{BACKUP_SUFFIX}"


def backup_before(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    """The automatic copy taken before a migration, an import or a bulk delete."""
    folder = backup_folder(db_path)
    return write_backup(conn, unique_destination(folder, db_path, reason))


def unique_destination(folder: Path, db_path: Path, reason: str) -> Path:
    moment = clock.now()
    candidate = folder / backup_name(db_path, moment, reason)
    counter = 2
    while candidate.exists():
        candidate = folder / backup_name(db_path, moment, f"{reason}-{counter}" if reason else str(counter))
        counter += 1
    return candidate


def backup_now(crm: Crm, output: Path | None = None, *, reason: str = "manuell") -> Path:
    """A backup of an open Crm, to `output` or the backup folder (then thinned)."""
    conn = crm.db.conn
    if output is not None:
        return write_backup(conn, Path(output))
    if crm.path is None:
        raise errors.StorageError("En fil i minnet har ingen sikkerhetskopimappe; oppgi -o FIL.")
    folder = backup_folder(crm.path)
    written = write_backup(conn, unique_destination(folder, crm.path, reason))
    thin_backups(crm.path)
    return written


def _parse_name(db_path: Path, path: Path) -> tuple[dt.datetime, str] | None:
    prefix = f"{db_path.stem}_"
    name = path.name
    if not name.startswith(prefix) or not name.endswith(BACKUP_SUFFIX):
        return None
    rest = name[len(prefix) : -len(BACKUP_SUFFIX)]
    stamp, _, reason = rest[:17], rest[17:18], rest[18:]
    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%d_%H%M%S").replace(tzinfo=clock.OSLO)
    except ValueError:
        return None
    return moment, reason


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of this file, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = _parse_name(db_path, path)
        if parsed is None or not path.is_file():
            continue
        found.append(BackupInfo(path=path, taken_at=parsed[0], size=path.stat().st_size, reason=parsed[1]))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def backups_to_keep(items: list[BackupInfo], *, daily: int = 12, weekly: int = 10, monthly: int = 9) -> set[Path]:
    """Anki's thinning: all of today's, then the newest of each of the last
    `daily` days, then one per week for `weekly` weeks, one per month for
    `monthly` months. The newest backup is always kept."""
    newest_first = sorted(items, key=lambda info: info.taken_at, reverse=True)
    if not newest_first:
        return set()
    keep = {newest_first[0].path}
    today = clock.today()
    seen_days: set[dt.date] = set()
    kept_days = 0
    weeks: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    kept_weeks = kept_months = 0
    for info in newest_first:
        day = info.taken_at.date()
        if day == today:
            keep.add(info.path)
            continue
        if day in seen_days:
            continue  # only the newest of a day is a candidate
        seen_days.add(day)
        iso = day.isocalendar()
        week, month = (iso[0], iso[1]), (day.year, day.month)
        if kept_days < daily:
            kept_days += 1
        elif week not in weeks and kept_weeks < weekly:
            kept_weeks += 1
        elif month not in months and kept_months < monthly:
            kept_months += 1
        else:
            continue
        keep.add(info.path)
        weeks.add(week)
        months.add(month)
    return keep


def _remove_stale_parts(db_path: Path) -> list[Path]:
    """Half-written copies left by a crash during a backup (older than an hour)."""
    folder = backup_folder(db_path)
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


def thin_backups(db_path: Path) -> list[Path]:
    """Delete backups beyond the daily/weekly/monthly allowance; returns what was removed."""
    items = list_backups(db_path)
    keep = backups_to_keep(items)
    removed = _remove_stale_parts(db_path)
    for info in items:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def restore(db_path: Path, source: Path) -> Path:
    """Replace the data file with a backup; the current file is backed up first.

    The source is checked (ours, whole) before anything is touched.
    """
    from btvcrm.storage.database import open_database

    source = Path(source)
    if not source.is_file():
        raise errors.StorageError(f"Finner ikke sikkerhetskopien {source}.")
    checked = open_database(source, readonly=True)
    try:
        result = checked.db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise errors.CorruptDatabaseError(f"Sikkerhetskopien {source} er skadet ({result}); ikke gjenopprettet.")
    finally:
        checked.close()
    current = open_database(db_path)  # takes the writer lock: nobody else has the file open
    try:
        safety = write_backup(
            current.db.conn, unique_destination(backup_folder(db_path), db_path, "foer-gjenoppretting")
        )
        source_conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            # The backup API copies page by page inside a transaction on the live
            # file, so readers never see a half-restored database.
            source_conn.backup(current.db.conn)
        finally:
            source_conn.close()
    finally:
        current.close()
    return safety
