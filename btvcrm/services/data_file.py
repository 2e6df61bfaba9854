"""Opening, creating and recovering the data file: the one policy for the CLI and the app.

- `open_data_file(path, create=..., readonly=...)`: only the commands that create a
  file (`btvcrm init`, `demo`, `import` into a new file, the app's welcome and "new
  file") pass `create=True`; everything else says "Datafilen finnes ikke …" and
  creates nothing (a typo in `--db` must not start an empty file).
- `create_data_file(path)`: a new, empty file with the three counties; never over
  an existing file.
- `recovery_choices(path, error)`: what the app offers when a file cannot be opened,
  as plain data (the dialog words and shows them); `recover(path, choice)` carries one out.

Qt-free.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from btvcrm.storage import errors
from btvcrm.storage.crm import Crm
from btvcrm.storage.safe_output import COMPANION_SUFFIXES

if TYPE_CHECKING:  # services.backups is imported where it is used: a read-only command never needs it
    from btvcrm.storage.backup import BackupInfo, RestoreResult

# What the app can offer when a file cannot be opened (see `recovery_choices`).
RESTORE = "restore"  # bring the newest backup back (a damaged file is set aside first)
READ_ONLY = "read-only"  # open the file itself read-only
BACKUP_READ_ONLY = "backup-read-only"  # look at the newest backup, read-only (nothing is changed)
OTHER_FILE = "other-file"  # choose another file
QUIT = "quit"

# What kind of problem it is.
DAMAGED, NEWER, FOREIGN, LOCKED, READ_ONLY_FILE, MISSING, UNREACHABLE = (
    "damaged", "newer", "foreign", "locked", "read-only", "missing", "unreachable")


@dataclass(frozen=True)
class RecoveryChoice:
    action: str
    backup: BackupInfo | None = None  # for RESTORE and BACKUP_READ_ONLY

    @property
    def default(self) -> bool:
        return self.action in (RESTORE, READ_ONLY)


def open_data_file(path: Path | str, *, create: bool = False, readonly: bool = False) -> Crm:
    """Open the data file; a missing one is an error unless `create` (never when read-only)."""
    target = Path(path)
    if readonly:  # never created, migrated or backed up: no backup folder to find
        return Crm.open(target, readonly=True, create=False)
    # services.backups also installs the settings' folder for the backups storage takes itself.
    from btvcrm.services import backups

    return Crm.open(target, create=create, backup_folder=backups.backup_folder(target))


def create_data_file(path: Path | str) -> Crm:
    """A new data file (the three counties, nothing else); refuses an existing file."""
    target = Path(path)
    if target.exists() or target.is_symlink():
        raise errors.StorageError(f"Det finnes allerede en fil {target}; den blir ikke overskrevet. "
                                  "Velg et annet filnavn.")
    return open_data_file(target, create=True)


def remove_new_file(path: Path) -> None:
    """Undo `create_data_file` after the command that made it failed (the file and companions)."""
    for suffix in ("", *COMPANION_SUFFIXES):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def problem_kind(error: BaseException) -> str:
    if isinstance(error, errors.MissingFileError):
        return MISSING
    if isinstance(error, errors.LockedError):
        return LOCKED
    if isinstance(error, errors.ReadOnlyError):
        return READ_ONLY_FILE
    if isinstance(error, errors.NewerVersionError):
        return NEWER
    if isinstance(error, errors.CorruptDatabaseError):
        return DAMAGED
    if isinstance(error, errors.NotADatabaseError):
        return DAMAGED if "ikke en SQLite" in str(error) or "Filen er ikke en" in str(error) else FOREIGN
    return UNREACHABLE


def recovery_choices(path: Path, error: BaseException) -> list[RecoveryChoice]:
    """The choices for a file that could not be opened, the recommended one first.

    - held by another btvcrm, or read-only: open it read-only;
    - damaged, not ours, too new, or missing: restore the newest backup *of this file*
      (the damaged file is set aside, never deleted), or look at that backup read-only;
    - always: another file, or quit.
    """
    kind = problem_kind(error)
    choices: list[RecoveryChoice] = []
    if kind in (LOCKED, READ_ONLY_FILE):
        choices.append(RecoveryChoice(READ_ONLY))
    elif kind in (DAMAGED, FOREIGN, NEWER, MISSING):
        from btvcrm.services import backups

        newest = backups.newest_backup(path)
        if newest is not None:
            choices.append(RecoveryChoice(RESTORE, newest))
            choices.append(RecoveryChoice(BACKUP_READ_ONLY, newest))
    choices += [RecoveryChoice(OTHER_FILE), RecoveryChoice(QUIT)]
    return choices


@dataclass
class Recovered:
    crm: Crm
    restored: RestoreResult | None = None  # when a backup was brought back

    @property
    def message(self) -> str:
        """One Norwegian paragraph for the status bar or a notice ("" when nothing to say)."""
        if self.restored is None:
            if self.crm.readonly and self.crm.path is not None:
                return f"{self.crm.path.name} er åpnet bare for lesing; endringer blir ikke lagret."
            return ""
        result = self.restored
        text = f"Gjenopprettet fra sikkerhetskopien {result.source.name}."
        if result.set_aside:
            text += f" Den skadde filen er lagt til side som {result.set_aside[0].name} (ikke slettet)."
        elif result.pre_restore is not None:
            text += f" Filen slik den var, er kopiert til {result.pre_restore.name}."
        return text


def recover(path: Path, choice: RecoveryChoice) -> Recovered | None:
    """Carry out RESTORE, READ_ONLY or BACKUP_READ_ONLY; None for OTHER_FILE and QUIT."""
    if choice.action == READ_ONLY:
        return Recovered(open_data_file(path, readonly=True))
    if choice.action == BACKUP_READ_ONLY and choice.backup is not None:
        return Recovered(open_data_file(choice.backup.path, readonly=True))
    if choice.action == RESTORE and choice.backup is not None:
        from btvcrm.services import backups

        result = backups.restore_backup(path, choice.backup)
        return Recovered(open_data_file(path), result)
    return None
