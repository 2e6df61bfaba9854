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
import errno
import os
import shutil
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
    resolved = Path(os.path.realpath(path))
    with _lock:
        _open_files[resolved] = _open_files.get(resolved, 0) + 1


def unregister_data_file(path: Path) -> None:
    resolved = Path(os.path.realpath(path))
    with _lock:
        count = _open_files.get(resolved, 0) - 1
        if count > 0:
            _open_files[resolved] = count
        else:
            _open_files.pop(resolved, None)


def open_data_files() -> list[Path]:
    with _lock:
        return list(_open_files)


# (dev, inode) of a data file open in this process -> a descriptor kept open for good
_held_descriptors: dict[tuple[int, int], int] = {}


def _held_descriptor(path: Path) -> int | None:
    """A descriptor of `path` that is never closed, when it is a data file open in this process.

    POSIX locks belong to the process: closing ANY descriptor of a file releases every lock
    the process holds on it, SQLite's too. SQLite then takes the next program that closes the
    file for the last one, and that program checkpoints and deletes the -wal and -shm the app
    is still writing to. So the open file is never opened and closed beside SQLite. (Windows
    locks belong to a handle, and a handle kept open would stop a move: there, none is held.)"""
    key = _inode(path) if os.name == "posix" else None
    if key is None:
        return None
    with _lock:
        if key in _held_descriptors:
            return _held_descriptors[key]
        if not any(_inode(data_file) == key for data_file in _open_files):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        _held_descriptors[key] = fd
        return fd


def _inode(path: Path) -> tuple[int, int] | None:
    """(device, inode): the file itself, whatever the road to it; None when it is not there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def read_start(path: Path, size: int = 100) -> bytes:
    """The first `size` bytes of a file (raises OSError), without ever closing a descriptor
    of a data file this process has open (see `_held_descriptor`)."""
    fd = _held_descriptor(path)
    if fd is not None:
        return os.pread(fd, size, 0)
    with open(path, "rb") as handle:
        return handle.read(size)


def copy_file(source: Path, target: Path) -> None:
    """`shutil.copyfile`, but through the held descriptor when `source` is open here."""
    fd = _held_descriptor(source)
    if fd is None:
        shutil.copyfile(source, target)
        return
    with open(target, "wb") as out:
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            out.write(chunk)
            offset += len(chunk)


def sqlite_application_id(path: Path) -> int | None:
    """The application id of a SQLite file, None when `path` is not one (or unreadable)."""
    try:
        header = read_start(path, 100)
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
        for candidate in (data_file, *companions(data_file)):
            if (key := _inode(candidate)) is not None:
                found[key] = data_file
    return found


def companions(data_file: Path) -> list[Path]:
    """The files SQLite and btvcrm keep beside a data file (`-wal`, `-shm`, `-journal`, `.lock`)."""
    return [data_file.with_name(data_file.name + suffix) for suffix in COMPANION_SUFFIXES]


def _companion_base(target: Path) -> Path | None:
    """For `X-wal`, `X-shm`, `X-journal`, `X.lock` (any case): the file `X` they would belong to."""
    lowered = target.name.lower()
    for suffix in COMPANION_SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return target.with_name(target.name[: -len(suffix)])
    return None


def _real_path(given: Path) -> Path:
    """Where a write to `given` lands: every symlink (in the name or in a folder above it)
    followed, `.` and `..` resolved the way the operating system does it."""
    try:
        return Path(os.path.realpath(given))
    except (OSError, ValueError) as error:
        raise OutputRefusedError(f"Kan ikke skrive {given}: {describe_os_error(error)}.") from error


def _looks_like_database(path: Path) -> int | None:
    """The application id when `path` is a SQLite file, 0 for an empty or unreadable one that has
    a journal or WAL beside it (its data may all be in there), else None."""
    app_id = sqlite_application_id(path)
    if app_id is not None:
        return app_id
    if any(Path(str(path) + suffix).exists() for suffix in ("-wal", "-journal")):
        return 0
    return None


def check_target(path: Path | str, *, force: bool = False) -> Path:
    """The real file a write to `path` would replace, or OutputRefusedError saying why not."""
    try:
        given = Path(path).expanduser()
    except RuntimeError:  # "~name" of a user that does not exist: a plain name, as the shell leaves it
        given = Path(path)
    if not str(path).strip():
        raise OutputRefusedError("Oppgi et filnavn.")
    target = _real_path(given)
    open_files = open_data_files()
    for data_file in open_files:
        if target == data_file:
            raise OutputRefusedError(f"{given} er datafilen som er åpen nå; velg et annet filnavn.")
        if target.parent == data_file.parent and target.name.lower() in (
            c.name.lower() for c in companions(data_file)
        ):
            raise OutputRefusedError(f"{given} hører til datafilen {data_file.name} og kan ikke overskrives.")
    base = _companion_base(target)
    if base is not None and (base.exists() or base.is_symlink()):
        real_base = _real_path(base)
        if real_base in open_files or _looks_like_database(real_base) is not None:
            raise OutputRefusedError(f"{given} hører til datafilen {base.name} og kan ikke overskrives.")
    try:
        info = os.stat(target)
    except FileNotFoundError:
        try:
            parent = os.stat(target.parent)
        except OSError:
            raise OutputRefusedError(f"Mappen {target.parent} finnes ikke.") from None
        if not stat.S_ISDIR(parent.st_mode):
            raise OutputRefusedError(f"{target.parent} er ikke en mappe.")
        return target
    except OSError as error:
        raise OutputRefusedError(f"Kan ikke skrive {given}: {describe_os_error(error)}.") from error
    if (info.st_dev, info.st_ino) in _protected_inodes():
        raise OutputRefusedError(f"{given} er datafilen som er åpen nå (eller en av filene ved siden av den); "
                                 "velg et annet filnavn.")
    if stat.S_ISDIR(info.st_mode):
        raise OutputRefusedError(f"{given} er en mappe; velg et filnavn.")
    if not stat.S_ISREG(info.st_mode):
        raise OutputRefusedError(f"{given} er ikke en vanlig fil (en enhet, FIFO eller socket); velg et annet filnavn.")
    if force and writer_lock_held(target):
        raise OutputRefusedError(f"{given} er åpen i et annet btvcrm-vindu eller en annen kommando; "
                                 "lukk den før du erstatter den.")
    if not force:
        app_id = _looks_like_database(target)
        if app_id == APPLICATION_ID:
            raise OutputRefusedError(
                f"{given} er en annen btvcrm-datafil; den blir ikke overskrevet uten --force.")
        if app_id is not None:
            raise OutputRefusedError(f"{given} er en SQLite-database; den blir ikke overskrevet uten --force.")
    return target


def writer_lock_held(data_file: Path) -> bool:
    """Whether a btvcrm process (this one included) holds the writer lock of `data_file`."""
    lock_path = Path(str(data_file) + ".lock")
    if os.name != "posix" or not lock_path.is_file():
        return False
    import fcntl

    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops the probe's own lock
    return False


_ERRNO_TEXT = {
    errno.ENOSPC: "disken er full",
    errno.EACCES: "du har ikke tilgang",
    errno.EPERM: "du har ikke tilgang",
    errno.EROFS: "disken er skrivebeskyttet",
    errno.ENAMETOOLONG: "filnavnet er for langt",
    errno.ENOENT: "mappen finnes ikke",
    errno.ENOTDIR: "en del av stien er ikke en mappe",
    errno.EISDIR: "det er en mappe",
    errno.ELOOP: "symbolske lenker går i ring",
    errno.EFBIG: "filen blir for stor",
    errno.EIO: "lese- eller skrivefeil på disken",
    errno.EEXIST: "filen finnes fra før",
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_TEXT[errno.EDQUOT] = "diskkvoten er brukt opp"


def describe_os_error(error: BaseException) -> str:
    """A short Norwegian reason for an OSError (the system's own text as a fallback)."""
    if isinstance(error, OSError) and error.errno in _ERRNO_TEXT:
        return _ERRNO_TEXT[error.errno]
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a finished file to the disk (raises OSError: a full disk shows here)."""
    flags = os.O_RDONLY if os.name == "posix" else os.O_RDWR
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) as 0700; see `tighten_dir` for an existing one."""
    folder = Path(folder)
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        tighten_dir(folder)  # mkdir's mode is filtered by the umask
    return folder


def tighten_dir(folder: Path) -> None:
    """Make a folder of ours 0700 (POSIX; only when this user owns it, else left alone)."""
    _tighten(folder, PRIVATE_DIR_MODE)


def tighten_file(path: Path) -> None:
    """Make a file of ours 0600 (POSIX; only when this user owns it, else left alone)."""
    _tighten(path, PRIVATE_FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = os.stat(path)
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o077 | (mode & 0o700))


def create_private_file(path: Path) -> None:
    """Create a new, empty file readable by this user only; FileExistsError if there is one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    os.close(fd)


@contextlib.contextmanager
def open_output(path: Path | str, *, force: bool = False, mode: int = PRIVATE_FILE_MODE) -> Iterator[BinaryIO]:
    """Write `path` atomically: yields a binary file; on a clean exit it replaces the target.

    An OSError on the way (a full disk, no access) becomes a UserError with one sentence,
    and the old file is as it was."""
    target = check_target(path, force=force)
    try:
        fd, temporary_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as error:
        raise UserError(f"Kunne ikke skrive {path}: {describe_os_error(error)}. Ingen fil ble endret.") from error
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
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise UserError(f"Kunne ikke skrive {path}: {describe_os_error(error)}. Ingen fil ble endret.") from error
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_dir(target.parent)


def write_output(path: Path | str, data: bytes | str, *, force: bool = False, encoding: str = "utf-8",
                 mode: int = PRIVATE_FILE_MODE) -> Path:
    """Write all of `data` to `path` by the rules above; returns the path written."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with open_output(path, force=force, mode=mode) as handle:
        handle.write(payload)
    return Path(path)


__all__ = [
    "APPLICATION_ID",
    "OutputRefusedError",
    "check_target",
    "companions",
    "create_private_file",
    "describe_os_error",
    "fsync_dir",
    "fsync_file",
    "is_btvcrm_file",
    "make_private_dir",
    "open_output",
    "register_data_file",
    "tighten_dir",
    "tighten_file",
    "writer_lock_held",
    "unregister_data_file",
    "write_output",
]
