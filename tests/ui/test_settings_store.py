"""One store for what the user chooses (settings.json, shared with the CLI); QSettings
keeps only the window's geometry. Older files still load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from btvcrm import paths
from btvcrm import settings as user_settings
from btvcrm.ui import i18n, window_settings
from btvcrm.ui.settings_dialog import SettingsDialog, next_file_choice


def test_an_old_settings_file_still_loads() -> None:
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"user_name": "Kari", "language": "en", "last_db_path": "/gammel.sqlite",
                                "something_new": 1}), encoding="utf-8")
    loaded = user_settings.load()
    assert (loaded.user_name, loaded.language) == ("Kari", "en")
    assert not hasattr(loaded, "last_db_path")
    assert i18n.saved_language() == "en"


def test_the_next_file_moves_from_qsettings_to_settings_json(qtbot: Any, tmp_path: Path) -> None:
    old = window_settings()
    old.setValue("data/next_file", str(tmp_path / "gammel.sqlite"))
    old.sync()
    assert next_file_choice() == tmp_path / "gammel.sqlite"  # what an older version chose still counts
    from btvcrm.storage.crm import Crm

    with Crm.open(None) as crm:
        dialog = SettingsDialog(crm)
        qtbot.addWidget(dialog)
        assert dialog.next_file.text() == str(tmp_path / "gammel.sqlite")
        dialog.language.setCurrentIndex(dialog.language.findData("nb"))
        dialog.name.setText("Kari Nordmann")
        dialog.accept()
    chosen = user_settings.load()
    assert chosen.next_db_path == str(tmp_path / "gammel.sqlite")
    assert (chosen.user_name, chosen.language) == ("Kari Nordmann", "nb")
    store = window_settings()
    assert not store.contains("data/next_file") and not store.contains("language")
    assert next_file_choice() == tmp_path / "gammel.sqlite"
