"""One writer per data file: an advisory lock on `FILE.lock`.

The operating system drops the lock when the process dies, even by SIGKILL,
so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from btvcrm.storage.errors import LockedError, StorageError


class WriterLock:
    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)  # private, like the data file
        except OSError as error:
            raise StorageError(
                f"Kan ikke lage låsefilen {self.path.name} ved siden av datafilen ({error.strerror or error})."
            ) from error
        handle = os.fdopen(fd, "r+", encoding="utf-8")  # held until release()
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            who = f" (prosess {holder})" if holder else ""
            raise LockedError(
                f"Datafilen er allerede åpen i et annet btvcrm-vindu eller en annen kommando{who}. "
                "Lukk den først, eller åpne filen bare for lesing."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
        except OSError:
            pass
        # Closing drops the lock. The file itself stays: unlinking it would let
        # a waiting process lock an orphaned inode while a third makes a new one.
        self._handle.close()
        self._handle = None
