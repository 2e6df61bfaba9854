"""The backups dialog: take a backup now, restore one (the file is checked afterwards)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from btvcrm.domain.models import Person
from btvcrm.storage import backup
from btvcrm.storage.crm import Crm
from btvcrm.ui.dialogs.backups_dialog import BackupsDialog


def _answer_yes() -> QTimer:
    timer = QTimer()
    timer.setInterval(5)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            box.button(QMessageBox.StandardButton.Yes).click()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_take_a_backup_and_restore_it(qtbot: Any, window: Any, db_path: Path) -> None:
    folder = db_path.parent / "backups"
    before = set(folder.glob("*.sqlite")) if folder.exists() else set()
    dialog = BackupsDialog(window.crm, window, reopen=window.session.restore_backup, run=window.run_task)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    new = set(folder.glob("*.sqlite")) - before
    assert len(new) == 1
    taken = new.pop()
    assert dialog.tree.topLevelItemCount() == 1
    item = dialog.tree.topLevelItem(0)
    assert item.text(1) == "Manuell"
    assert item.text(4) == "2"  # people in the backup, counted read-only
    assert "juni 2016" in item.text(0)

    window.crm.people.save(Person("Etter Kopien"))  # a change after the backup
    dialog.tree.setCurrentItem(item)
    timer = _answer_yes()
    try:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    finally:
        timer.stop()
    assert window.crm.path == db_path
    names = {row["name"] for row in window.crm.people.query(limit=50)}
    assert "Etter Kopien" not in names and "Kari Nordmann" in names
    window.close()
    window.crm.close()  # the reopened file belongs to the window now
    with Crm.open(db_path, readonly=True) as check:
        assert check.people.count() == 2
    assert any("foer-gjenoppretting" in p.name for p in backup.list_backups(db_path) for p in [p.path])
    assert taken.exists()
