"""User settings that the CLI and the app share (a small JSON file).

Everything the user chooses lives here, so it works without Qt; only window
geometry and other purely visual state stay in QSettings in the UI. Older files
load too: unknown keys (such as the retired `last_db_path`) are ignored.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from btvcrm import paths


@dataclass
class Settings:
    user_name: str = ""
    user_title: str = "Prosjektleder"
    user_email: str = ""  # From of the e-mail drafts (empty: no From); never a contact in a logged e-mail
    language: str = "nb"  # "nb" or "en", for the app (and whatever else speaks)
    logo_path: str = ""  # empty: the default logo in resources/
    backup_dir: str = ""  # empty: `backups` beside the data file
    calendar_feed_path: str = ""  # kept up to date after every change when set
    #: How the feed carries follow-ups: "tasks" (VTODO: Thunderbird, Apple) or "all_day"
    #: (all-day events: Outlook and Google show no tasks).
    calendar_feed_follow_ups: str = "tasks"
    next_db_path: str = ""  # the data file the app opens at its next start; empty: the default file

    @property
    def feed_all_day_follow_ups(self) -> bool:
        return self.calendar_feed_follow_ups == "all_day"

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
    from btvcrm.storage.safe_output import make_private_dir, write_output

    target = path or paths.settings_path()
    make_private_dir(target.parent)
    # Atomic and private (0600), never onto a data file: storage.safe_output.
    write_output(target, json.dumps(asdict(settings), ensure_ascii=False, indent=2))
