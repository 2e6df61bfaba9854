"""Settings → Move data file: the window goes on with the moved file, the old one is gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from btvcrm import settings as user_settings
from btvcrm.storage.crm import Crm
from btvcrm.ui.settings_dialog import SettingsDialog, next_file_choice

pytestmark = pytest.mark.gui


def test_move_the_data_file_from_settings(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                          sample: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    names_before = {row["name"] for row in window.crm.people.query(limit=50)}
    assert names_before
    dest = tmp_path / "elsewhere" / "flyttet.sqlite"
    dest.parent.mkdir()
    dialog = SettingsDialog(window.crm, window, move_file=window.session.move_to)
    qtbot.addWidget(dialog)
    assert dialog.move_button.isVisibleTo(dialog)
    monkeypatch.setattr(dialog, "choose_move_destination", lambda: dest)
    dialog.move_button.click()

    assert window.crm.path == dest
    assert dialog.file_label.text() == str(dest)
    assert dest.exists()
    for suffix in ("", "-wal", "-shm", ".lock"):
        assert not Path(str(db_path) + suffix).exists()
    assert user_settings.load().next_db_path == str(dest)
    assert next_file_choice() == dest
    assert {row["name"] for row in window.crm.people.query(limit=50)} == names_before
    dialog.accept()  # OK in the settings keeps the moved file for the next start
    assert next_file_choice() == dest
    window.crm.close()  # the reopened file belongs to the window now
    with Crm.open(dest) as again:
        assert again.counties.by_name("Buskerud") is not None


def test_an_existing_destination_is_refused(qtbot: Any, window: Any, db_path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dest = tmp_path / "taken.sqlite"
    dest.write_text("other", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    dialog = SettingsDialog(window.crm, window, move_file=window.session.move_to)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_move_destination", lambda: dest)
    dialog.move_button.click()
    assert warned and "taken.sqlite" in warned[0]
    assert window.crm.path == db_path
    assert db_path.exists()
    assert dest.read_text(encoding="utf-8") == "other"


def test_no_move_for_an_in_memory_file(qtbot: Any) -> None:
    with Crm.open(None) as memory:
        dialog = SettingsDialog(memory, None, move_file=lambda _p: None)
        qtbot.addWidget(dialog)
        assert not dialog.move_button.isEnabled()


def test_a_restore_whose_file_vanished_does_not_make_a_new_one(qtbot: Any, window: Any, db_path: Path,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """After a failed move or restore the window reopens the file without creating it: a file
    that is gone is said to be gone, never silently replaced by an empty data file."""
    shown: list[str] = []
    monkeypatch.setattr("btvcrm.ui.file_session.show_user_error", lambda _parent, error: shown.append(str(error)))
    missing = tmp_path / "borte.sqlite"
    reopened = window.session._reopen(missing)
    try:
        assert not missing.exists()
        assert reopened.path is None
        assert shown and "finnes ikke" in shown[0]
    finally:
        reopened.close()
