"""Drafts of unsaved dialogs, so a crash or a power cut loses at most the field being typed.

A draft is a small JSON file under `user_data_dir()/drafts`, keyed by the data
file, the dialog and the meeting id ("new" for a new one). Writes are atomic
(temporary file, fsync, `os.replace`), so a draft is either the old one or the
new one, never half of each. A draft that cannot be read is ignored.

Drafts may hold private notes: they stay on this machine, in the same user data
folder as the database and the settings, with the file readable by the user
alone (POSIX), and are never exported, backed up or synced by the app.
No Qt here; the dialogs in `btvcrm.ui.dialogs` debounce and call this.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from btvcrm import paths
from btvcrm.domain import clock

DRAFT_VERSION = 1


@dataclass(frozen=True)
class Draft:
    key: str
    saved_at: dt.datetime
    state: dict[str, Any]


def default_folder() -> Path:
    return paths.user_data_dir() / "drafts"


def draft_key(db_path: Path | str, dialog: str, meeting_id: int | None = None) -> str:
    """A file-name-safe key: the dialog, the meeting id ("new") and a hash of the data file's path."""
    try:
        resolved = str(Path(db_path).resolve())
    except OSError:
        resolved = str(db_path)
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]
    safe_dialog = re.sub(r"[^A-Za-z0-9_-]", "_", dialog) or "dialog"
    which = "new" if meeting_id is None else str(int(meeting_id))
    return f"{safe_dialog}-{which}-{digest}"


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class DraftStore:
    """`DraftStore(folder)`: save, load and delete drafts by key (see `draft_key`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    def path_for(self, key: str) -> Path:
        if not re.fullmatch(r"[A-Za-z0-9_-]+", key):
            raise ValueError(f"not a draft key: {key!r}")
        return self.folder / f"{key}.json"

    def save(self, key: str, state: dict[str, Any]) -> Path:
        """Write the draft atomically; raises OSError when the disk refuses."""
        target = self.path_for(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": DRAFT_VERSION,
            "key": key,
            "saved_at": clock.now().isoformat(),
            "state": state,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        # mkstemp creates the file with mode 0600: the draft is readable by this user only.
        fd, temporary = tempfile.mkstemp(prefix=f".{key}.", suffix=".part", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _fsync_dir(self.folder)
        return target

    def load(self, key: str) -> Draft | None:
        """The draft for `key`, or None when there is none or it cannot be read."""
        try:
            raw = self.path_for(key).read_text(encoding="utf-8")
            payload = json.loads(raw)
            if not isinstance(payload, dict) or not isinstance(payload.get("state"), dict):
                return None
            saved_at = dt.datetime.fromisoformat(str(payload.get("saved_at")))
        except (OSError, ValueError, UnicodeDecodeError):
            return None
        return Draft(key=key, saved_at=saved_at, state=payload["state"])

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(key).unlink()

    def exists(self, key: str) -> bool:
        return self.path_for(key).is_file()
