"""The app's side of issue 11: the recovery dialog's named choices carried out for real, the
welcome dialog for a file that went missing, and the backups dialog over the one service.
Real clicks (pytest-qt), offscreen; the dialogs are shown, never `exec()`ed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from btvcrm import app, settings
from btvcrm.domain import clock
from btvcrm.domain.models import Organisation
from btvcrm.services import backups, data_file
from btvcrm.storage import errors
from btvcrm.storage.crm import Crm

pytestmark = pytest.mark.gui
T0 = dt.datetime(2026, 12, 1, 9, 12, tzinfo=clock.OSLO)


@pytest.fixture
def nb(qapp: Any) -> Iterator[None]:
    from btvcrm.ui import i18n

    i18n.install("nb")
    yield
    i18n.install("en")


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "btvcrm.sqlite"
    clock.freeze(T0)
    with Crm.open(path) as crm:
        crm.organisations.save(Organisation(name="Tønsberg kommune"))
        backups.take_backup(crm)
    clock.freeze(T0 + dt.timedelta(hours=3))
    return path


def _clicker(qtbot: Any, action: str, seen: list[Any]) -> Any:
    """An `ask` for open_with_recovery: shows the real dialog and clicks the named button."""
    from btvcrm.ui.welcome import RecoveryDialog

    def ask(path: Path, error: BaseException, choices: list[Any]) -> Any:
        dialog = RecoveryDialog(path, error, choices)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append({a: b.text() for a, b in dialog.buttons.items()})
        qtbot.mouseClick(dialog.buttons[action], Qt.MouseButton.LeftButton)
        return dialog.chosen

    return ask


def test_a_damaged_file_is_restored_from_the_named_backup(qtbot: Any, nb: None, saved: Path) -> None:
    damaged = b"\x00" * 8192
    saved.write_bytes(damaged)
    seen: list[dict[str, str]] = []
    told: list[str] = []
    crm = app.open_with_recovery(saved, interactive=True, ask=_clicker(qtbot, data_file.RESTORE, seen),
                                 tell=told.append)
    try:
        assert [r["name"] for r in crm.organisations.query()] == ["Tønsberg kommune"]
        assert not crm.readonly
    finally:
        crm.close()
    labels = seen[0]
    assert labels[data_file.RESTORE] == "Gjenopprett fra sikkerhetskopi fra 01.12.2026 kl. 09.12"
    assert labels[data_file.BACKUP_READ_ONLY] == "Se på sikkerhetskopien fra 01.12.2026 kl. 09.12 (bare lesing)"
    assert labels[data_file.OTHER_FILE] == "Velg en annen fil…" and labels[data_file.QUIT] == "Avslutt"
    aside = list(saved.parent.glob("btvcrm.skadet-*.sqlite"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert told and aside[0].name in told[0] and "ikke slettet" in told[0]


def test_looking_at_the_backup_is_read_only_and_leaves_the_file(qtbot: Any, nb: None, saved: Path) -> None:
    saved.write_text("ikke en database lenger", encoding="utf-8")
    before = saved.read_bytes()
    crm = app.open_with_recovery(saved, interactive=True, ask=_clicker(qtbot, data_file.BACKUP_READ_ONLY, []),
                                 tell=lambda text: None)
    try:
        assert crm.readonly and crm.path != saved
        assert [r["name"] for r in crm.organisations.query()] == ["Tønsberg kommune"]
    finally:
        crm.close()
    assert saved.read_bytes() == before


def test_a_file_held_by_another_btvcrm_opens_read_only_with_the_banner(qtbot: Any, nb: None, saved: Path) -> None:
    seen: list[dict[str, str]] = []
    with Crm.open(saved):  # "another window" holds the writer lock
        crm = app.open_with_recovery(saved, interactive=True, ask=_clicker(qtbot, data_file.READ_ONLY, seen),
                                     tell=lambda text: None)
    assert list(seen[0]) == [data_file.READ_ONLY, data_file.OTHER_FILE, data_file.QUIT]
    assert seen[0][data_file.READ_ONLY] == "Åpne bare for lesing"
    from btvcrm.ui.main_window import MainWindow

    window = MainWindow(crm)
    qtbot.addWidget(window)
    try:
        assert crm.readonly and "readonly" in window.banners
    finally:
        window.close()
        crm.close()


def test_a_read_only_folder_is_offered_read_only(qtbot: Any, nb: None, saved: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """As root chmod does not stop writes: the read-only folder is told by os.access (the real
    read-only folder, without root's powers, is tests/safety/test_file_states.py)."""
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if Path(str(p)) == saved.parent
                        and mode & os.W_OK else real_access(p, mode))
    crm = app.open_with_recovery(saved, interactive=True, ask=_clicker(qtbot, data_file.READ_ONLY, []),
                                 tell=lambda text: None)
    try:
        assert crm.readonly
        with pytest.raises(errors.ReadOnlyError):
            crm.organisations.save(Organisation(name="Ny"))
    finally:
        crm.close()


def test_quit_and_another_file(qtbot: Any, saved: Path, tmp_path: Path) -> None:
    saved.write_bytes(b"")
    assert app.open_with_recovery(saved, interactive=True, ask=_clicker(qtbot, data_file.QUIT, []),
                                  tell=lambda text: None) is None
    other = tmp_path / "annen.sqlite"
    Crm.open(other).close()
    crm = app.open_with_recovery(saved, interactive=True, ask=_clicker(qtbot, data_file.OTHER_FILE, []),
                                 pick_file=lambda near: other, tell=lambda text: None)
    try:
        assert crm.path == other
    finally:
        crm.close()
    assert saved.read_bytes() == b""  # the empty file is left for the user to decide


def test_a_missing_file_is_never_created_by_opening(saved: Path, tmp_path: Path) -> None:
    missing = tmp_path / "borte.sqlite"
    with pytest.raises(errors.MissingFileError):
        app.open_with_recovery(missing, interactive=False)
    assert not missing.exists()
    with app.open_with_recovery(missing, interactive=False, create=True) as crm:  # the welcome's "start empty"
        assert crm.is_empty()


def test_the_welcome_dialog_offers_the_backup_of_a_file_that_went_missing(
        qtbot: Any, nb: None, saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.ui.welcome import WelcomeDialog

    saved.unlink()

    def click_restore(dialog: WelcomeDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.restore_button is not None
        assert dialog.restore_button.text() == "Gjenopprett fra sikkerhetskopi fra 01.12.2026 kl. 09.12"
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", click_restore)
    monkeypatch.setattr(app, "_tell", lambda text: None)
    assert app.choose_start_file(saved, check_pages=False) == (saved, None)
    with Crm.open(saved, create=False) as crm:
        assert [r["name"] for r in crm.organisations.query()] == ["Tønsberg kommune"]


def test_the_welcome_dialog_for_a_first_start_creates_on_request(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.ui.welcome import WelcomeDialog

    new = tmp_path / "første" / "btvcrm.sqlite"

    def click_empty(dialog: WelcomeDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.restore_button is None
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", click_empty)
    assert app.choose_start_file(new, check_pages=False) == (new, "empty")
    assert not new.exists()  # made by open_with_recovery(create=True), not by looking


def test_the_backups_dialog_lists_this_files_backups_only(qtbot: Any, nb: None, saved: Path,
                                                          tmp_path: Path) -> None:
    from btvcrm.ui.dialogs.backups_dialog import BackupsDialog

    shared = tmp_path / "felles"
    settings.save(settings.Settings(backup_dir=str(shared)))
    other = tmp_path / "annen" / "btvcrm.sqlite"  # the same name, another file
    with Crm.open(other) as crm:
        backups.take_backup(crm)
    with Crm.open(saved) as crm:
        dialog = BackupsDialog(crm)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.tree.topLevelItemCount() == 1 and dialog.tree.topLevelItem(0).text(0) == "Ingen sikkerhetskopier ennå."
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        assert dialog.tree.topLevelItemCount() == 1
        assert Path(dialog.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1)).parent == shared
        assert len(list(shared.glob("btvcrm_*.sqlite"))) == 2
