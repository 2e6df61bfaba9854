"""The dialogs at the start of a session.

- `WelcomeDialog`: no data file yet (or the remembered one is gone): start empty,
  open the demo, open an existing file, or (for a file that went missing) restore
  its newest backup.
- `RecoveryDialog`: the data file cannot be opened (damaged, held by another
  btvcrm, read-only, too new, missing): the choices `services.data_file` offers,
  each a named button ("Gjenopprett fra sikkerhetskopi fra 01.12.2026 kl. 09.12",
  "Åpne bare for lesing", "Velg en annen fil…", "Avslutt").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from btvcrm.ui.i18n import arg, current_lang, error_text, translate


def demo_available() -> bool:
    try:
        from btvcrm.demo import fill_demo  # noqa: F401
    except ImportError:
        return False
    return True


class WelcomeDialog(QDialog):
    """`choice` is "empty", "demo" or "open" (with `chosen_path`), or None when cancelled."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, missing: bool = False,
                 backup: Any = None) -> None:
        """`missing`: the file was there before (remembered, or given) and is gone now;
        `backup`: its newest backup (a `BackupInfo`), offered as "restore"."""
        super().__init__(parent)
        self.db_path = db_path
        self.choice: str | None = None
        self.chosen_path: Path | None = None
        self.backup = backup
        self.setWindowTitle(self.tr("Welcome to btvcrm"))
        heading = QLabel("<h2>" + self.tr("Welcome to btvcrm") + "</h2>")
        from html import escape

        where = f"<br><code>{escape(str(db_path))}</code>"
        if missing:
            text = (self.tr("The data file is not there any more (moved, renamed or deleted?):") + where + "<br>"
                    + self.tr("Restore it from a backup, open the file where it is now, or start a new one here."))
        else:
            text = self.tr("Your contacts, meetings and follow-ups for the supplier development "
                           "programme. The data file will be stored here:") + where
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.empty_button = QPushButton(self.tr("Start &empty (with Buskerud, Telemark and Vestfold)"))
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.open_button = QPushButton(self.tr("&Open an existing file…"))
        self.demo_button.setEnabled(demo_available())
        if not self.demo_button.isEnabled():
            self.demo_button.setToolTip(self.tr("The demo data is not available in this version."))
        self.restore_button: QPushButton | None = None
        if backup is not None:
            self.restore_button = QPushButton(restore_label(backup))
            self.restore_button.clicked.connect(lambda: self._choose("restore"))
        self.empty_button.clicked.connect(lambda: self._choose("empty"))
        self.demo_button.clicked.connect(lambda: self._choose("demo"))
        self.open_button.clicked.connect(self._open_existing)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        buttons = [self.empty_button, self.demo_button, self.open_button]
        if missing:
            buttons = [self.open_button, self.empty_button, self.demo_button]
        if self.restore_button is not None:
            buttons.insert(0, self.restore_button)
        for button in buttons:
            button.setMinimumHeight(40)
            layout.addWidget(button)
        buttons[0].setDefault(True)
        buttons[0].setFocus()
        self.resize(560, self.sizeHint().height())

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open data file"), "", self.tr("btvcrm files (*.sqlite *.db);;All files (*)"))
        if name:
            self.chosen_path = Path(name)
            self._choose("open")


def _when(backup: Any) -> dict[str, str]:
    from btvcrm.domain import dates

    lang = current_lang()
    return {"date": dates.format_date_short(backup.taken_at.date(), lang),
            "time": dates.format_time(backup.taken_at, lang)}


def restore_label(backup: Any) -> str:
    when = _when(backup)
    return arg(translate("WelcomeDialog", "Restore from the backup of %1 %2"), when["date"], when["time"])


class RecoveryDialog(QDialog):
    """Why the file cannot be opened, and one named button per choice (`services.data_file`).

    `chosen` is the `RecoveryChoice` clicked (QUIT when the dialog is closed)."""

    def __init__(self, path: Path, error: BaseException, choices: list[Any], parent: QWidget | None = None) -> None:
        from html import escape

        from btvcrm.services import data_file

        super().__init__(parent)
        self.path = path
        self.choices = choices
        self.chosen: Any = next((c for c in choices if c.action == data_file.QUIT), None)
        self.setWindowTitle(self.tr("Could not open the data file"))
        heading = QLabel("<h3>" + escape(self.tr("Could not open the data file")) + "</h3>")
        reason = QLabel(escape(error_text(error)))
        reason.setWordWrap(True)
        reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(reason)
        self.buttons: dict[str, QPushButton] = {}
        notes = []
        for choice in choices:
            button = QPushButton(self._label(choice))
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, picked=choice: self._pick(picked))
            layout.addWidget(button)
            self.buttons[choice.action] = button
            if choice.action == data_file.RESTORE:
                notes.append(arg(self.tr("Restoring brings the backup back as the data file. A damaged file is "
                                         "first renamed beside it (%1.skadet-…), never deleted."), path.stem))
            if choice.action == data_file.BACKUP_READ_ONLY:
                notes.append(self.tr("Looking at the backup opens it read-only: nothing can be changed, "
                                "and the data file stays as it is."))
            if choice.action == data_file.READ_ONLY:
                notes.append(self.tr("Read-only: you can look and search, export and print; nothing can be saved."))
        if notes:
            note = QLabel("\n".join(notes))
            note.setWordWrap(True)
            layout.addWidget(note)
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setDefault(True)
            first.setFocus()
        self.resize(620, self.sizeHint().height())

    def _label(self, choice: Any) -> str:
        from btvcrm.services import data_file

        if choice.action == data_file.RESTORE:
            return restore_label(choice.backup)
        if choice.action == data_file.BACKUP_READ_ONLY:
            when = _when(choice.backup)
            return arg(self.tr("Look at the backup of %1 %2 (read-only)"), when["date"], when["time"])
        if choice.action == data_file.READ_ONLY:
            return self.tr("Open read-only")
        if choice.action == data_file.OTHER_FILE:
            return self.tr("Choose another file…")
        return self.tr("Quit")

    def _pick(self, choice: Any) -> None:
        self.chosen = choice
        self.accept()
