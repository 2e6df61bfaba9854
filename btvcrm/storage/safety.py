"""Keeping the data file safe while the app runs: automatic backups and a warning
for cloud-synced folders.

Qt-free: the desktop app calls `AutoBackup` from a QTimer and from its open,
close, import and bulk-delete paths; the tests call it with a fake clock.
`btvcrm.services.backups.AutoBackup` is this policy with the settings' backup folder;
constructed here without `folder_for`, it asks `storage.backup.folder_for`, which
that service installs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path, PurePath

from btvcrm.domain import clock
from btvcrm.storage import backup, errors
from btvcrm.storage.crm import Crm

# Folder names (compared case-insensitively) that sync tools own, and the tool's name.
_CLOUD_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("min disk", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
)
# Environment variables that name a synced folder (Windows sets these for OneDrive).
_CLOUD_ENV = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial", "DROPBOX_PATH", "GOOGLE_DRIVE_PATH")
_CLOUD_ENV_NAMES = {"DROPBOX_PATH": "Dropbox", "GOOGLE_DRIVE_PATH": "Google Drive"}


def _service_for_part(part: str) -> str | None:
    lowered = part.lower()
    for prefix, service in _CLOUD_FOLDERS:
        # "OneDrive - Firma AS", "OneDrive-Personal", "GoogleDrive-kari@x.no" (macOS CloudStorage)
        if lowered == prefix or lowered.startswith((prefix + " ", prefix + "-")):
            return service
    return None


def _is_under(path: PurePath, folder: str) -> bool:
    try:
        base = Path(folder).expanduser()
        return os.path.normcase(str(path)).startswith(os.path.normcase(str(base)).rstrip("\\/") + os.sep) or (
            os.path.normcase(str(path)) == os.path.normcase(str(base))
        )
    except (OSError, ValueError):
        return False


def cloud_service(path: Path | str) -> str | None:
    """The sync tool that owns the folder of `path` (OneDrive, Dropbox, Google Drive, iCloud), or None."""
    candidate = Path(path).expanduser()
    with contextlib.suppress(OSError, RuntimeError):
        candidate = candidate.resolve()
    for variable in _CLOUD_ENV:
        value = os.environ.get(variable, "").strip()
        if value and _is_under(candidate, value):
            return _CLOUD_ENV_NAMES.get(variable, "OneDrive")
    for part in candidate.parts[:-1]:  # the folders, not the file name
        service = _service_for_part(part)
        if service is not None:
            return service
    return None


def cloud_sync_warning(path: Path | str) -> str | None:
    """A sentence for the user when the data file is in a cloud-synced folder, else None."""
    service = cloud_service(path)
    if service is None:
        return None
    return (
        f"Datafilen ligger i en mappe som synkroniseres av {service} ({Path(path).parent}). "
        "Synkroniseringsprogrammer kan lage motstridende kopier av en database som er i bruk, "
        "og kopiere den midt i en lagring. Flytt datafilen til en lokal mappe, og la heller "
        "sikkerhetskopiene ligge i den synkroniserte mappen."
    )


class AutoBackup:
    """When to take an automatic backup; the caller supplies the moments.

    - `on_open`: the first open of a day takes a backup;
    - `on_change`: remember that there is unsaved-in-backup work (a Crm listener);
    - `tick`: call every minute or so; after 30 minutes of work with changes since
      the last backup, take one;
    - `on_close`: a backup when something changed since the last one;
    - `before(reason)`: always, before an import or a bulk delete (raises on failure
      so the caller can stop).

    The automatic ones never raise: a failure (USB stick gone, disk full) is kept
    in `last_error` for the app to show, and the work goes on.
    """

    def __init__(
        self,
        *,
        interval: dt.timedelta = dt.timedelta(minutes=30),
        now: Callable[[], dt.datetime] = clock.now,
        folder_for: Callable[[Path | None], Path] | None = None,
    ) -> None:
        self.interval = interval
        self._now = now
        self._folder_for = folder_for or backup.folder_for
        self.dirty = False
        self.last_backup_at: dt.datetime | None = None
        self.last_backup: Path | None = None
        self.last_error: str | None = None
        self._work_since: dt.datetime | None = None

    # Wiring -----------------------------------------------------------
    def attach(self, crm: Crm) -> None:
        crm.add_listener(self.on_change)

    def detach(self, crm: Crm) -> None:
        crm.remove_listener(self.on_change)

    # Events -----------------------------------------------------------
    def on_open(self, crm: Crm) -> Path | None:
        if crm.path is None or crm.readonly:
            return None
        now = self._now()
        try:
            existing = backup.list_backups(crm.path, self._folder_for(crm.path))
        except OSError:
            existing = []
        today = now.date()
        if existing and existing[0].taken_at.date() == today:
            self.last_backup_at = existing[0].taken_at
            self.last_backup = existing[0].path
            return None
        return self._take(crm, "dagens", now)

    def on_change(self) -> None:
        if not self.dirty:
            self._work_since = self._now()
        self.dirty = True

    def tick(self, crm: Crm, now: dt.datetime | None = None) -> Path | None:
        if not self.dirty or crm.path is None or crm.readonly:
            return None
        moment = now or self._now()
        since = self.last_backup_at or self._work_since or moment
        if moment - since < self.interval:
            return None
        return self._take(crm, "auto", moment)

    def on_close(self, crm: Crm) -> Path | None:
        if crm.path is None or crm.readonly or not self.dirty:
            return None
        return self._take(crm, "lukking", self._now())

    def before(self, crm: Crm, reason: str) -> Path | None:
        """A backup before a risky action (reason: "import", "sletting"); raises StorageError."""
        if crm.path is None or crm.readonly:
            return None
        written = backup.backup_now(crm, reason=_slug(reason), folder=self._folder_for(crm.path),
                                    today=self._now().date())
        self._done(written, self._now())
        return written

    # Internals --------------------------------------------------------
    def _take(self, crm: Crm, reason: str, moment: dt.datetime) -> Path | None:
        try:
            written = backup.backup_now(crm, reason=reason, folder=self._folder_for(crm.path), today=moment.date())
        except errors.StorageError as error:
            self.last_error = str(error)
            return None
        self._done(written, moment)
        return written

    def _done(self, written: Path, moment: dt.datetime) -> None:
        self.last_backup = written
        self.last_backup_at = moment
        self.last_error = None
        self.dirty = False
        self._work_since = None


def _slug(reason: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in reason.strip().lower())
    return "-".join(part for part in cleaned.split("-") if part)[:30] or "foer-endring"
