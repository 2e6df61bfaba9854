"""The one way the program writes a file for the user: exports, reports, backups,
innsyn files, e-mail drafts, the calendar feed, settings and drafts.

Policy (one owner, here):
- never onto an open data file (same inode, whatever path or symlink leads
  there) or its -wal/-shm/-journal/.lock companions;
- never onto another btvcrm data file (or any SQLite database) unless the
  caller passes `force=True` (the CLI's `--force`, the app's explicit "replace");
- never onto anything that is not a regular file (folder, FIFO, device, socket);
  a symlink is followed and the file it points to is replaced, the link kept;
- atomically: a temporary file in the same folder, fsync, rename, fsync the
  folder; a failure leaves the old file as it was and no temporary behind;
- privately: new files are 0600 (POSIX).

Stdlib only, so settings and drafts can use it without loading SQLite helpers.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from btvcrm.domain.errors import UserError

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x42545643  # "BTVC", PRAGMA application_id of every btvcrm data file
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700

_lock = threading.Lock()
_open_files: dict[Path, int] = {}  # resolved path -> how many times it is open in this process


class OutputRefusedError(UserError):
    """The target cannot be written without risking the user's data; says why."""


def register_data_file(path: Path) -> None:
    """Called when a data file is opened: outputs must never land on it."""
    resolved = Path(path).resolve()
    with _lock:
        _open_files[resolved] = _open_files.get(resolved, 0) + 1


def unregister_data_file(path: Path) -> None:
    resolved = Path(path).resolve()
    with _lock:
        count = _open_files.get(resolved, 0) - 1
        if count > 0:
            _open_files[resolved] = count
        else:
            _open_files.pop(resolved, None)


def open_data_files() -> list[Path]:
    with _lock:
        return list(_open_files)


def sqlite_application_id(path: Path) -> int | None:
    """The application id of a SQLite file, None when `path` is not one (or unreadable)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    if len(header) < 72 or not header.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(header[68:72], "big")


def is_btvcrm_file(path: Path) -> bool:
    return sqlite_application_id(path) == APPLICATION_ID


def _protected_inodes() -> dict[tuple[int, int], Path]:
    found: dict[tuple[int, int], Path] = {}
    for data_file in open_data_files():
        for candidate in (data_file, *(data_file.with_name(data_file.name + s) for s in COMPANION_SUFFIXES)):
            with contextlib.suppress(OSError):
                info = candidate.stat()
                found[(info.st_dev, info.st_ino)] = data_file
    return found


def check_target(path: Path | str, *, force: bool = False) -> Path:
    """The real file a write to `path` would replace, or OutputRefusedError saying why not."""
    given = Path(path).expanduser()
    target = given.resolve() if given.is_symlink() else given.absolute()
    if target.name.endswith(COMPANION_SUFFIXES):
        base = target.with_name(next(target.name[: -len(s)] for s in COMPANION_SUFFIXES if target.name.endswith(s)))
        if base.exists() and sqlite_application_id(base) is not None:
            raise OutputRefusedError(f"{given} hører til datafilen {base.name} og kan ikke overskrives.")
    for data_file in open_data_files():
        if target == data_file or target.name in (data_file.name + s for s in COMPANION_SUFFIXES) \
                and target.parent == data_file.parent:
            raise OutputRefusedError(f"{given} er datafilen som er åpen nå; velg et annet filnavn.")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise OutputRefusedError(f"Mappen {target.parent} finnes ikke.")
        return target
    except OSError as error:
        raise OutputRefusedError(f"Kan ikke skrive {given}: {error.strerror or error}.")
    if (info.st_dev, info.st_ino) in _protected_inodes():
        raise OutputRefusedError(f"{given} er datafilen som er åpen nå; velg et annet filnavn.")
    if stat.S_ISDIR(info.st_mode):
        raise OutputRefusedError(f"{given} er en mappe; velg et filnavn.")
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefusedError(f"{given} er ikke en vanlig fil (en enhet, FIFO eller socket); velg et annet filnavn.")
    if not force:
        app_id = sqlite_application_id(target)
        if app_id == APPLICATION_ID:
            raise OutputRefusedError(
                f"{given} er en annen btvcrm-datafil; den blir ikke overskrevet uten --force.")
        if app_id is not None:
            raise OutputRefusedError(f"{given} er en SQLite-database; den blir ikke overskrevet uten --force.")
    return target


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) as 0700; an existing folder keeps its mode."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    return folder


@contextlib.contextmanager
def open_output(path: Path | str, *, force: bool = False, mode: int = PRIVATE_FILE_MODE) -> Iterator[BinaryIO]:
    """Write `path` atomically: yields a binary file; on a clean exit it replaces the target."""
    target = check_target(path, force=force)
    fd, temporary_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    temporary = Path(temporary_name)
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        check_target(target, force=force)  # nothing became a data file while we wrote
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_dir(target.parent)


def write_output(path: Path | str, data: bytes | str, *, force: bool = False, encoding: str = "utf-8",
                 mode: int = PRIVATE_FILE_MODE) -> Path:
    """Write all of `data` to `path` by the rules above; returns the path written."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        with open_output(path, force=force, mode=mode) as handle:
            handle.write(payload)
    except OutputRefusedError:
        raise
    except OSError as error:
        raise UserError(f"Kunne ikke skrive {path}: {error.strerror or error}. Ingen fil ble endret.") from error
    return Path(path)


__all__ = [
    "APPLICATION_ID",
    "OutputRefusedError",
    "check_target",
    "is_btvcrm_file",
    "make_private_dir",
    "open_output",
    "register_data_file",
    "unregister_data_file",
    "write_output",
]
