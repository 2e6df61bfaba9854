"""Move the data file to another place: a checked copy, then the old file goes.

The copy is made with SQLite's backup API from the open file (holding the
writer lock, so nothing writes meanwhile), verified by opening it, and only
then is the old file removed with its -wal, -shm and .lock companions.
Backups already taken stay where they are. Qt-free: the settings dialog calls it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from btvcrm.domain.errors import UserError
from btvcrm.storage.backup import write_backup
from btvcrm.storage.crm import Crm

COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


class OldFileKeptError(UserError):
    """The file was moved to `dest`, but the old file could not be removed."""

    def __init__(self, message: str, dest: Path) -> None:
        super().__init__(message)
        self.dest = dest


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def move_data_file(src: Path | str, dest: Path | str) -> Path:
    """Move the (closed) data file `src` to `dest` and return `dest`; raises UserError."""
    src, dest = Path(src).expanduser(), Path(dest).expanduser()
    if not src.is_file():
        raise UserError(f"Finner ikke datafilen {src}.")
    if _same_file(src, dest):
        raise UserError("Datafilen ligger allerede der. Velg et annet sted.")
    if dest.exists() or dest.is_symlink():
        raise UserError(f"Det finnes allerede en fil {dest}. Velg et nytt navn; den blir ikke overskrevet.")
    if not dest.parent.is_dir():
        raise UserError(f"Mappen {dest.parent} finnes ikke.")
    leftovers = [Path(str(dest) + suffix) for suffix in ("-wal", "-shm", "-journal")]
    if any(p.exists() for p in leftovers):
        raise UserError(f"Det ligger rester av en annen database ved {dest}. Velg et annet navn.")

    source = Crm.open(src, create=False)  # takes the writer lock: nobody else has the file open
    try:
        write_backup(source.db.conn, dest)
    finally:
        source.close()
    try:
        Crm.open(dest, create=False).close()  # a copy that is not there must not pass as an empty file
    except UserError as error:
        _remove_with_companions(dest)
        raise UserError(f"Kopien av datafilen kunne ikke åpnes, og filen ble ikke flyttet: {error}") from error
    with contextlib.suppress(OSError):
        Path(str(dest) + ".lock").unlink()
    try:
        src.unlink()
    except OSError as error:
        raise OldFileKeptError(
            f"Datafilen er kopiert til {dest}, men den gamle filen {src} kunne ikke slettes "
            f"({error.strerror or error}). Slett den selv når btvcrm er lukket.",
            dest,
        ) from error
    for suffix in COMPANIONS:
        with contextlib.suppress(OSError):
            Path(str(src) + suffix).unlink()
    return dest


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", *COMPANIONS):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()
