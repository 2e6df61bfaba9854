"""Settings: the data file, your name and title for minutes, language, where backups go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from btvcrm import paths
from btvcrm import settings as user_settings
from btvcrm.storage.crm import Crm
from btvcrm.ui.i18n import LANGUAGES, arg, install, saved_language
from btvcrm.ui.window_state import forget_old_next_file, next_file_choice


class SettingsDialog(QDialog):
    language_changed = Signal()

    def __init__(self, crm: Crm, parent: QWidget | None = None, *,
                 move_file: Callable[[Path], Path | None] | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self._move_file = move_file
        self.setWindowTitle(self.tr("Settings"))
        self.saved = user_settings.load()
        self.name = QLineEdit(self.saved.user_name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.title = QLineEdit(self.saved.user_title)
        self.title.setAccessibleName(self.tr("Your title"))
        self.email = QLineEdit(self.saved.user_email)  # never a contact in a logged e-mail (issue 15)
        self.email.setAccessibleName(self.tr("Your e-mail address"))
        self.email.setPlaceholderText(self.tr("e.g. kari@btv.no (the drafts' sender; left out of logged e-mails)"))
        self.name.setToolTip(self.tr("Printed as the author of the PDFs and as responsible for your follow-ups"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.file_label = QLabel(str(crm.path) if crm.path else self.tr("In-memory file"))
        self.file_label.setWordWrap(True)
        self.move_button = QPushButton(self.tr("Move data file…"))
        self.move_button.setAccessibleName(self.tr("Move data file…"))
        self.move_button.clicked.connect(self._move_clicked)
        self.move_button.setVisible(move_file is not None)
        self.move_button.setEnabled(crm.path is not None and not getattr(crm, "readonly", False))
        current_row = QHBoxLayout()
        current_row.addWidget(self.file_label, 1)
        current_row.addWidget(self.move_button)
        upcoming = next_file_choice()
        self.next_file = QLineEdit(str(upcoming) if upcoming else "")
        self.next_file.setAccessibleName(self.tr("Data file to open next time"))
        self.next_file.setPlaceholderText(self.tr("(the current file)"))
        choose_file = QPushButton(self.tr("Open another…"))
        choose_file.clicked.connect(self._choose_file)
        new_file = QPushButton(self.tr("New file…"))
        new_file.clicked.connect(self._new_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.next_file, 1)
        file_row.addWidget(choose_file)
        file_row.addWidget(new_file)
        default_backups = str(paths.backup_dir(crm.path))
        self.backups = QLineEdit(self.saved.backup_dir)
        self.backups.setPlaceholderText(default_backups)
        self.backups.setAccessibleName(self.tr("Backup folder"))
        choose_backups = QPushButton(self.tr("Choose…"))
        choose_backups.clicked.connect(self._choose_backups)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backups, 1)
        backup_row.addWidget(choose_backups)
        self.calendar_feed = QLineEdit(self.saved.calendar_feed_path)
        self.calendar_feed.setAccessibleName(self.tr("Calendar file kept up to date"))
        self.calendar_feed.setPlaceholderText(self.tr("(none)"))
        self.calendar_feed.setToolTip(self.tr("An .ics file rewritten after every change, for a calendar client to subscribe to."))
        choose_feed = QPushButton(self.tr("Choose…"))
        choose_feed.clicked.connect(self._choose_feed)
        feed_row = QHBoxLayout()
        feed_row.addWidget(self.calendar_feed, 1)
        feed_row.addWidget(choose_feed)
        self.feed_follow_ups = QComboBox()
        self.feed_follow_ups.setAccessibleName(self.tr("Follow-ups in the calendar file"))
        self.feed_follow_ups.addItem(self.tr("As tasks (Thunderbird, Apple Reminders)"), "tasks")
        self.feed_follow_ups.addItem(self.tr("As all-day events (Outlook, Google Calendar)"), "all_day")
        self.feed_follow_ups.setToolTip(self.tr("Outlook and Google Calendar do not show tasks: choose all-day "
                                                "events for them. They are marked free, not busy."))
        self.feed_follow_ups.setCurrentIndex(max(0, self.feed_follow_ups.findData(
            self.saved.calendar_feed_follow_ups)))

        form = QFormLayout()
        form.addRow(self.tr("&Your name (in documents):"), self.name)
        form.addRow(self.tr("Your &title:"), self.title)
        form.addRow(self.tr("Your &e-mail:"), self.email)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Data file now:"), current_row)
        form.addRow(self.tr("Data file next start:"), file_row)
        # A row of several widgets gets no buddy from the form: the label names its field itself,
        # or its '&' would be shown instead of underlining the letter.
        form.addRow(buddy_label(self.tr("&Backups go to:"), self.backups), backup_row)
        form.addRow(buddy_label(self.tr("&Calendar file (.ics):"), self.calendar_feed), feed_row)
        form.addRow(buddy_label(self.tr("&Follow-ups in it:"), self.feed_follow_ups), self.feed_follow_ups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open data file"), "", self.tr("btvcrm files (*.sqlite *.db);;All files (*)"))
        if name:
            self.next_file.setText(name)

    def _new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New data file"), "", self.tr("btvcrm files (*.sqlite)"))
        if name:
            self.next_file.setText(name)

    def choose_move_destination(self) -> Path | None:
        """Ask where to move the data file; None when cancelled. Tests replace this."""
        start = str(self.crm.path) if self.crm.path else ""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Move data file"), start, self.tr("btvcrm files (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    def _move_clicked(self) -> None:
        if self._move_file is None or self.crm.path is None:
            return
        dest = self.choose_move_destination()
        if dest is None:
            return
        if dest.exists():
            QMessageBox.warning(self, self.tr("Move data file"),
                                arg(self.tr("%1 exists already. Choose a new name."), dest))
            return
        old = self.crm.path
        moved = self._move_file(dest)
        if moved is None:
            return
        parent = self.parent()
        self.crm = getattr(parent, "crm", self.crm)
        self.file_label.setText(str(moved))
        upcoming = self.next_file.text().strip()
        if not upcoming or Path(upcoming) == old:  # empty meant the default file, which has moved
            self.next_file.setText(str(moved))

    def _choose_backups(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if folder:
            self.backups.setText(folder)

    def _choose_feed(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Calendar file"), self.calendar_feed.text() or "btvcrm.ics",
                                              self.tr("Calendar files (*.ics)"))
        if name:
            self.calendar_feed.setText(name)

    def accept(self) -> None:
        lang = str(self.language.currentData())
        changed = lang != saved_language()
        chosen = user_settings.load()
        chosen.user_name = self.name.text().strip()
        chosen.user_title = self.title.text().strip()
        chosen.user_email = self.email.text().strip()
        chosen.backup_dir = self.backups.text().strip()
        chosen.calendar_feed_path = self.calendar_feed.text().strip()
        chosen.calendar_feed_follow_ups = str(self.feed_follow_ups.currentData())
        chosen.next_db_path = self.next_file.text().strip()
        chosen.language = lang
        user_settings.save(chosen)
        forget_old_next_file()
        super().accept()
        if changed:
            install(lang)
            self.language_changed.emit()


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic moves the focus to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
