"""E-mail attachments: listed with the meeting logged from the e-mail, and copied into
a folder beside the data file when the user asks ("lagre vedlegg").

The folder is `paths.attachments_dir(db_path)`: `NAME-vedlegg/` beside `NAME.sqlite`,
one sub-folder per e-mail (`2016-06-14_<12 hex of its Message-ID>/rapport.pdf`), so a
person can browse it and the same e-mail always lands in the same place. A file there
is written once (through storage.safe_output) and never changed, so a backup can
mirror the folder by copying what it lacks (`mirror_into`), and a restore can bring
back what is missing (`restore_from`). `btvcrm check` reports stored attachments whose
file is gone (`missing_files`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.domain.errors import UserError

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

#: The folder inside a backup folder that mirrors the attachments of data file NAME.
MIRROR_SUFFIX = "-vedlegg"

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME_LENGTH = 120


@dataclass
class Attachment:
    """One attachment of a logged e-mail."""

    name: str
    size: int
    sha256: str
    content_type: str = ""
    stored_path: str | None = None  # relative to the attachments folder; None: listed only
    id: int | None = None
    meeting_id: int | None = None


def safe_file_name(name: str, fallback: str = "vedlegg") -> str:
    """A file name that is safe on Windows, macOS and Linux: no folders, no control or
    reserved characters, no trailing dots, at most MAX_NAME_LENGTH characters (the
    extension kept)."""
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = _UNSAFE.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    if not text or set(text) <= {"_", "."}:
        text = fallback
    stem, dot, suffix = text.rpartition(".")
    if not dot:
        stem, suffix = text, ""
    if stem.upper() in _WINDOWS_RESERVED or text.upper() in _WINDOWS_RESERVED:
        text = "_" + text
    if len(text) > MAX_NAME_LENGTH:
        suffix = suffix[:20]
        keep = MAX_NAME_LENGTH - len(suffix) - (1 if suffix else 0)
        text = (stem[:keep].rstrip(" .") or fallback) + (f".{suffix}" if suffix else "")
    return text


def message_folder_name(message_key: str, day: dt.date | None) -> str:
    """`2016-06-14_1a2b3c4d5e6f`: the day of the e-mail and a digest of its Message-ID."""
    digest = hashlib.sha256(message_key.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{(day or clock.today()).isoformat()}_{digest}"


def _unique_names(names: Iterable[str]) -> list[str]:
    """Safe names, "rapport.pdf", "rapport (2).pdf" when one e-mail has two of a name."""
    seen: set[str] = set()
    result: list[str] = []
    for index, name in enumerate(names, start=1):
        candidate = safe_file_name(name, f"vedlegg-{index}")
        stem, dot, suffix = candidate.rpartition(".")
        if not dot:
            stem, suffix = candidate, ""
        counter = 2
        while candidate.casefold() in seen:
            candidate = f"{stem} ({counter})" + (f".{suffix}" if suffix else "")
            counter += 1
        seen.add(candidate.casefold())
        result.append(candidate)
    return result


def _is_inside(folder: Path, relative: str) -> bool:
    parts = PurePosixPath(relative).parts
    return bool(parts) and not PurePosixPath(relative).is_absolute() and ".." not in parts


class AttachmentRepository:
    """The `meeting_attachments` table and the files of the attachments folder."""

    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def folder(self) -> Path:
        return paths.attachments_dir(self.crm.path)

    def for_meeting(self, meeting_id: int) -> list[Attachment]:
        cursor = self.crm.db.execute(
            "SELECT id, meeting_id, name, size, content_type, sha256, stored_path FROM meeting_attachments "
            "WHERE meeting_id = ? ORDER BY position, id", [meeting_id])
        return [Attachment(name=r[2], size=r[3], content_type=r[4], sha256=r[5], stored_path=r[6], id=r[0],
                           meeting_id=r[1]) for r in cursor.fetchall()]

    def path_of(self, attachment: Attachment) -> Path | None:
        """Where a stored attachment's file is (None when it was only listed)."""
        if not attachment.stored_path or not _is_inside(self.folder(), attachment.stored_path):
            return None
        return self.folder().joinpath(*PurePosixPath(attachment.stored_path).parts)

    def add_in_transaction(self, meeting_id: int, attachments: list[Attachment]) -> list[int]:
        """Rows for `attachments` (call inside `crm.write()`); returns their ids."""
        ids = []
        now = clock.now_iso()
        for position, item in enumerate(attachments):
            cursor = self.crm.db.execute(
                "INSERT INTO meeting_attachments (meeting_id, position, name, size, content_type, sha256, "
                "stored_path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [meeting_id, position, item.name, item.size, item.content_type, item.sha256, item.stored_path, now])
            item.id = int(cursor.lastrowid or 0)
            item.meeting_id = meeting_id
            ids.append(item.id)
        return ids

    def store_files(self, message_key: str, day: dt.date | None,
                    files: list[tuple[str, bytes]]) -> tuple[list[str], list[Path]]:
        """Write `files` ((name, data) pairs) into this e-mail's sub-folder; returns their
        relative paths, and the files newly written (to remove if the transaction fails).
        An existing file with the same content is kept as it is."""
        if self.crm.path is None:
            raise UserError("En datafil i minnet har ingen vedleggsmappe; vedleggene ble ikke lagret.")
        from btvcrm.storage.safe_output import make_private_dir, write_output

        sub = message_folder_name(message_key, day)
        target_dir = self.folder() / sub
        relative: list[str] = []
        written: list[Path] = []
        try:
            make_private_dir(target_dir)
            for name, (_, data) in zip(_unique_names(n for n, _ in files), files, strict=True):
                target = target_dir / name
                relative.append(f"{sub}/{name}")
                if target.is_file() and target.stat().st_size == len(data) and _digest_file(target) == _digest(data):
                    continue
                write_output(target, data)
                written.append(target)
        except OSError as error:
            remove_files(written)
            raise UserError(f"Kunne ikke lagre vedleggene i {target_dir}: {error.strerror or error}.") from error
        except BaseException:
            remove_files(written)
            raise
        return relative, written

    def files_of_meetings_with(self, person_id: int) -> list[Path]:
        """The stored attachment files of the meetings a person took part in (their contents
        are the sender's: an erasure cannot scrub them, so the user is told where they are)."""
        rows = self.crm.db.execute(
            "SELECT name, stored_path FROM meeting_attachments WHERE stored_path IS NOT NULL AND meeting_id IN "
            "(SELECT meeting_id FROM meeting_participants WHERE person_id = ?) ORDER BY meeting_id, position",
            [person_id]).fetchall()
        found = (self.path_of(Attachment(name=name, size=0, sha256="", stored_path=stored)) for name, stored in rows)
        return sorted({path for path in found if path is not None and path.is_file()})

    def missing_files(self) -> list[str]:
        """Stored attachments whose file is not in the folder ("møte 12: rapport.pdf")."""
        rows = self.crm.db.execute(
            "SELECT meeting_id, name, stored_path FROM meeting_attachments WHERE stored_path IS NOT NULL "
            "ORDER BY meeting_id, position").fetchall()
        missing = []
        for meeting_id, name, stored in rows:
            path = self.path_of(Attachment(name=name, size=0, sha256="", stored_path=stored))
            if path is None or not path.is_file():
                missing.append(f"møte {meeting_id}: {name} ({stored})")
        return missing


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _digest_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def digest(data: bytes) -> str:
    """The SHA-256 the table keeps of an attachment's content."""
    return _digest(data)


def remove_files(files: Iterable[Path]) -> None:
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink()
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty


def mirror_folder(db_path: Path, backup_folder: Path) -> Path:
    """Where a backup folder keeps the attachments of `db_path`."""
    return Path(backup_folder) / f"{Path(db_path).stem}{MIRROR_SUFFIX}"


def _copy_missing(source: Path, target: Path) -> int:
    """Copy every file under `source` that `target` lacks (or has at another size)."""
    if not source.is_dir():
        return 0
    copied = 0
    from btvcrm.storage.safe_output import make_private_dir, open_output

    for root, _dirs, names in os.walk(source):
        for name in names:
            if name.startswith(".") and name.endswith(".part"):
                continue  # a half-written file of safe_output
            origin = Path(root) / name
            destination = target / origin.relative_to(source)
            with contextlib.suppress(FileNotFoundError):
                if destination.is_file() and destination.stat().st_size == origin.stat().st_size:
                    continue
            make_private_dir(destination.parent)
            with open(origin, "rb") as reader, open_output(destination) as writer:
                shutil.copyfileobj(reader, writer, 1 << 20)
            copied += 1
    return copied


def mirror_into(db_path: Path, backup_folder: Path) -> int:
    """Bring the backup folder's copy of the attachments up to date (files are never
    changed once written, so copying the new ones is enough); returns how many."""
    return _copy_missing(paths.attachments_dir(db_path), mirror_folder(db_path, backup_folder))


def restore_from(db_path: Path, backup_folder: Path) -> int:
    """After a restore: copy back the attachments the data file's folder lacks."""
    return _copy_missing(mirror_folder(db_path, backup_folder), paths.attachments_dir(db_path))
