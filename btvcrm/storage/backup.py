"""Consistent copies of the data file with SQLite's online backup API.

Never a plain file copy of a live database, and not `VACUUM INTO` (which does
not fsync its output): the copy is written to a temporary name, synced,
checked with `quick_check`, and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.storage import errors

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
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
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
        raise errors.StorageError(f"Kunne ikke skrive sikkerhetskopi til {destination}: {error.strerror}")
    except sqlite3.Error as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        translated = errors.translate(error, destination)
        if translated is None:
            raise
        raise translated from error
    return destination


def backup_name(db_path: Path, moment: dt.datetime, reason: str = "") -> str:
    stamp = moment.strftime("%Y-%m-%d_%H%M%S")
    tag = f"_{reason}" if reason else ""
    return f"{db_path.stem}_{stamp}{tag}{BACKUP_SUFFIX}"


def backup_before(conn: sqlite3.Connection, db_path: Path, reason: str) -> Path:
    """The automatic copy taken before a migration, an import or a bulk delete."""
    folder = paths.backup_dir(db_path)
    return write_backup(conn, folder / backup_name(db_path, clock.now(), reason))
