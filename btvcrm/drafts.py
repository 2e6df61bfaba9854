"""Drafts of unsaved dialogs, so a crash or a power cut loses at most the field being typed.

A draft is a small JSON file under `user_data_dir()/drafts`, keyed by the data
file, the dialog and the meeting id ("new" for a new one). Writes are atomic
(temporary file, fsync, `os.replace`), so a draft is either the old one or the
new one, never half of each. A draft that cannot be read is ignored.

Drafts may hold private notes: they stay on this machine, in the same user data
folder as the database and the settings, with the file readable by the user
alone (0600 in a 0700 folder, POSIX), and are never exported, backed up or synced
by the app. Erasing a person removes every draft that mentions them
(`remove_mentioning`). Written through `storage.safe_output`.
No Qt here; the dialogs in `btvcrm.ui.dialogs` debounce and call this.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from btvcrm import paths
from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.storage.safe_output import make_private_dir, tighten_dir, write_output

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


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


class DraftStore:
    """`DraftStore(folder)`: save, load and delete drafts by key (see `draft_key`)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    def path_for(self, key: str) -> Path:
        if not re.fullmatch(r"[A-Za-z0-9_-]+", key):
            raise ValueError(f"not a draft key: {key!r}")
        return self.folder / f"{key}.json"

    def save(self, key: str, state: dict[str, Any]) -> Path:
        """Write the draft atomically (0600, in a 0700 folder); raises OSError when the disk refuses."""
        target = self.path_for(key)
        make_private_dir(self.folder)
        tighten_dir(self.folder)
        payload = {
            "version": DRAFT_VERSION,
            "key": key,
            "saved_at": clock.now().isoformat(),
            "state": state,
        }
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            write_output(target, data)
        except UserError as error:  # the dialogs expect OSError (and show it in their status line)
            raise OSError(str(error)) from error
        return target

    def keys(self) -> list[str]:
        """Every draft in the folder (for all data files)."""
        try:
            names = sorted(p.stem for p in self.folder.glob("*.json"))
        except OSError:
            return []
        return [name for name in names if re.fullmatch(r"[A-Za-z0-9_-]+", name)]

    def remove_mentioning(self, terms: list[str]) -> list[Path]:
        """Delete every draft (of any data file) whose text mentions one of `terms` (a name,
        an e-mail address, a phone number: any case, as a whole word). Returns what went.
        A draft that cannot be read is deleted too: it might mention them."""
        usable = sorted({t.strip() for t in terms if t and len(t.strip()) >= 2}, key=len, reverse=True)
        if not usable:
            return []
        pattern = re.compile("(?<!\\w)(?:" + "|".join(re.escape(t) for t in usable) + ")(?!\\w)", re.IGNORECASE)
        removed: list[Path] = []
        for key in self.keys():
            path = self.path_for(key)
            try:
                payload = json.loads(path.read_text(encoding="utf-8"))
                mentioned = any(pattern.search(text) for text in _strings(payload))
            except (OSError, ValueError, UnicodeDecodeError):
                mentioned = True
            if mentioned:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

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
