"""User settings that the CLI and the app share (a small JSON file).

Everything the user chooses lives here, so it works without Qt; only window
geometry and other purely visual state stay in QSettings in the UI. Older files
load too: unknown keys (such as the retired `last_db_path`) are ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from btvcrm import paths


@dataclass
class Settings:
    user_name: str = ""
    user_title: str = "Prosjektleder"
    user_email: str = ""  # From of the e-mail drafts (empty: no From; the mail program fills it in)
    language: str = "nb"  # "nb" or "en", for the app (and whatever else speaks)
    logo_path: str = ""  # empty: the default logo in resources/
    backup_dir: str = ""  # empty: `backups` beside the data file
    calendar_feed_path: str = ""  # kept up to date after every change when set
    next_db_path: str = ""  # the data file the app opens at its next start; empty: the default file

    @property
    def prepared_by(self) -> str:
        return ", ".join(part for part in (self.user_name, self.user_title) if part)


def load(path: Path | None = None) -> Settings:
    source = path or paths.settings_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    if not isinstance(data, dict):
        return Settings()
    return Settings(**{k: str(v) for k, v in data.items() if k in known})


def save(settings: Settings, path: Path | None = None) -> None:
    target = path or paths.settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    temporary.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, target)
    with contextlib.suppress(OSError):
        temporary.unlink()
