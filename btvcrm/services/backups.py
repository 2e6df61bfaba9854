"""The one backups service: find, list, take, restore and thin the backups of a data file,
and `AutoBackup` (when the app takes one by itself).

The CLI (`btvcrm backup|backups|restore`), the app's recovery dialog, its backups
dialog and its file lifecycle all call these functions; none keeps a rule of its own.
Where backups go is decided here (`backup_folder`): `$BTVCRM_BACKUP_DIR`, else the
folder chosen in the settings (a USB stick, a second disk), else `backups` beside the
file. Importing this module also installs that folder as the one storage uses for the
backups it takes on its own (before a migration).

Qt-free; the copying itself is `btvcrm.storage.backup` (SQLite's backup API).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.storage import backup, errors
from btvcrm.storage.backup import BackupInfo, RestoreResult
from btvcrm.storage.crm import Crm
from btvcrm.storage.safety import AutoBackup as _AutoBackupPolicy

__all__ = [
    "AutoBackup",
    "BackupInfo",
    "RestoreResult",
    "backup_folder",
    "list_backups",
    "newest_backup",
    "restore_backup",
    "take_backup",
    "thin_backups",
]


def backup_folder(db_path: Path | None) -> Path:
    """Where backups of `db_path` go (see the module's docstring)."""
    if not os.environ.get("BTVCRM_BACKUP_DIR"):
        from btvcrm import settings

        chosen = settings.load().backup_dir.strip()
        if chosen:
            return Path(chosen).expanduser()
    return paths.backup_dir(db_path)


backup.set_folder_policy(backup_folder)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this data file, newest first: only its own, also in a shared folder
    (same name and the same file identity; see `storage.backup`). An unreadable folder
    (a USB stick that is gone) gives an empty list."""
    try:
        return backup.list_backups(Path(db_path), backup_folder(Path(db_path)))
    except OSError:
        return []


def newest_backup(db_path: Path) -> BackupInfo | None:
    """The backup to offer when the file cannot be opened (damaged, foreign, newer)."""
    items = list_backups(db_path)
    return items[0] if items else None


def take_backup(crm: Crm, output: Path | str | None = None, *, force: bool = False,
                reason: str = "manuell", today: dt.date | None = None) -> Path:
    """A backup now: to `output` (never onto a data file unless `force`, see
    `storage.safe_output`), else into the backup folder, which is then thinned."""
    if output is not None:
        return backup.backup_now(crm, Path(output), force=force)
    if crm.path is None:
        raise errors.StorageError("En fil i minnet har ingen sikkerhetskopimappe; oppgi -o FIL.")
    return backup.backup_now(crm, reason=reason, folder=backup_folder(crm.path), today=today)


def restore_backup(db_path: Path, source: Path | BackupInfo) -> RestoreResult:
    """Bring a backup back as the data file; works when the data file is damaged too
    (it is set aside beside it as `NAME.skadet-…sqlite`, never deleted). See `storage.backup.restore`."""
    chosen = source.path if isinstance(source, BackupInfo) else Path(source)
    result = backup.restore(Path(db_path), chosen, backup_folder(Path(db_path)))
    from btvcrm.storage import attachments  # e-mail attachments the data file lacks come back too

    with contextlib.suppress(OSError):
        attachments.restore_from(Path(db_path), chosen.parent)
    return result


def thin_backups(db_path: Path, today: dt.date | None = None) -> list[Path]:
    """Delete this file's backups beyond the policy (`storage.backup.backups_to_keep`)."""
    return backup.thin_in(backup_folder(Path(db_path)), Path(db_path), today=today or clock.today())


def backups_holding_data_from(db_path: Path, day: dt.date) -> list[BackupInfo]:
    """This file's backups taken on or before `day` (they hold what was erased that day)."""
    return [info for info in list_backups(db_path) if info.taken_at.date() <= day]


class AutoBackup(_AutoBackupPolicy):
    """`storage.safety.AutoBackup` taking its backups into `backup_folder`."""

    def __init__(self, *, interval: dt.timedelta = dt.timedelta(minutes=30),
                 now: Callable[[], dt.datetime] = clock.now) -> None:
        super().__init__(interval=interval, now=now, folder_for=backup_folder)
