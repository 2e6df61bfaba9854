"""The one place that decides where files live.

Tests and the CLI point everything elsewhere with `BTVCRM_HOME` (all user
files under one folder) or `BTVCRM_DB` (the data file alone).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "btvcrm"
DEFAULT_DB_NAME = "btvcrm.sqlite"


def user_data_dir() -> Path:
    """Where the data file, settings and backups live by default."""
    home_override = os.environ.get("BTVCRM_HOME")
    if home_override:
        return Path(home_override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path() -> Path:
    env = os.environ.get("BTVCRM_DB")
    if env:
        return Path(env).expanduser()
    return user_data_dir() / DEFAULT_DB_NAME


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


def log_dir() -> Path:
    """Where the app's log goes (tracebacks of bugs, for a bug report)."""
    return user_data_dir() / "logs"


def backup_dir(db_path: Path | None) -> Path:
    """Backups of `db_path`: `$BTVCRM_BACKUP_DIR`, else a `backups` folder beside the file."""
    env = os.environ.get("BTVCRM_BACKUP_DIR")
    if env:
        return Path(env).expanduser()
    if db_path is None:
        return user_data_dir() / "backups"
    return db_path.resolve().parent / "backups"


def attachments_dir(db_path: Path | None) -> Path:
    """Copies of e-mail attachments the user chose to keep: `NAME-vedlegg` beside the
    data file `NAME.sqlite` (backups mirror it, see storage/attachments.py)."""
    if db_path is None:
        return user_data_dir() / "vedlegg"
    resolved = Path(db_path).resolve()
    return resolved.parent / f"{resolved.stem}-vedlegg"


def resources_dir() -> Path:
    """`resources/` from source, or inside the PyInstaller bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
