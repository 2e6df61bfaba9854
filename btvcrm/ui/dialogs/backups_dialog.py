"""Sikkerhetskopier: the backups of the open file (date, size, counts), "take one now" and restore.

Everything comes from the one backups service (`btvcrm.services.backups`): the folder,
the list (this file's backups only, also in a shared folder) and taking one.
Restoring needs the file closed: the dialog asks its `reopen` callback (the main
window's) to close the Crm, restore and open the file again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import dates
from btvcrm.domain.errors import UserError
from btvcrm.ui import show_user_error
from btvcrm.ui.i18n import QT_TRANSLATE_NOOP, arg, current_lang, lookup
from btvcrm.ui.widgets.common import fit_header_labels

PATH_ROLE = Qt.ItemDataRole.UserRole + 1

#: (path, mtime, size) -> (meetings, people); a backup never changes once written.
_COUNTS: dict[tuple[str, float, int], tuple[int, int] | None] = {}

_REASONS = {
    "dagens": QT_TRANSLATE_NOOP("BackupsDialog", "First today"),
    "auto": QT_TRANSLATE_NOOP("BackupsDialog", "Automatic"),
    "lukking": QT_TRANSLATE_NOOP("BackupsDialog", "At close"),
    "manuell": QT_TRANSLATE_NOOP("BackupsDialog", "Manual"),
    "import": QT_TRANSLATE_NOOP("BackupsDialog", "Before import"),
    "sletting": QT_TRANSLATE_NOOP("BackupsDialog", "Before delete"),
    "foer-gjenoppretting": QT_TRANSLATE_NOOP("BackupsDialog", "Before restore"),
    "foer-migrering": QT_TRANSLATE_NOOP("BackupsDialog", "Before upgrade"),
    "migrering": QT_TRANSLATE_NOOP("BackupsDialog", "Before upgrade"),
}


def format_size(size: int) -> str:
    lang = current_lang()
    if size < 1024 * 1024:
        text = f"{max(1, round(size / 1024))} kB"
    else:
        text = f"{size / (1024 * 1024):.1f} MB"
    return text.replace(".", ",") if lang == "nb" else text


def backup_counts(path: Path) -> tuple[int, int] | None:
    """Meetings and people in a backup (opened read-only; cached), None when it cannot be read."""
    from btvcrm.storage.crm import Crm

    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime, stat.st_size)
    if key not in _COUNTS:
        try:
            with Crm.open(path, readonly=True) as copy:
                _COUNTS[key] = (copy.meetings.count(), copy.people.count())
        except UserError:
            _COUNTS[key] = None
    return _COUNTS[key]


def reason_label(reason: str) -> str:
    base = reason.rstrip("0123456789-")
    source = _REASONS.get(base)
    return lookup("BackupsDialog", source) if source else reason


class BackupsDialog(QDialog):
    def __init__(self, crm: Any, parent: QWidget | None = None,
                 reopen: Callable[[Path], bool] | None = None,
                 run: Callable[[str, Callable[[], Any]], Any] | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.reopen = reopen
        self.run = run or (lambda _label, fn: fn())
        self.setWindowTitle(self.tr("Backups"))
        from btvcrm.services import backups

        folder = backups.backup_folder(crm.path) if crm.path else None
        intro = QLabel(arg(self.tr("Backups of %1 in %2. A backup is taken at the first start of a day, "
                                   "every 30 minutes of work, at close and before imports and restores."),
                           crm.path.name if crm.path else self.tr("In-memory file"), folder or "–")
                       + " " + self.tr("Kept: all of today's, the newest of each of the 12 days before, of each "
                                       "week for 82 days and of each month for 279 days; a copy taken before a "
                                       "restore at least 30 days."))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Meetings"), self.tr("People")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((1, 22), (2, 10), (3, 10), (4, 10)):
            header.resizeSection(column, char * chars + 16)
        fit_header_labels(header)
        self.backup_button = QPushButton(self.tr("&Take a backup now"))
        self.backup_button.clicked.connect(self.take_backup)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(crm.path is not None and not crm.readonly)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(900, 640)
        self.reload()
        self.tree.setFocus()

    def reload(self) -> None:
        from btvcrm.services import backups

        self.tree.clear()
        if self.crm.path is None:
            return
        lang = current_lang()
        found = backups.list_backups(self.crm.path)
        for info in found:
            counts = backup_counts(info.path)
            when = f"{dates.format_date_long(info.taken_at.date(), lang)} {dates.format_time(info.taken_at, lang)}"
            texts = [when, reason_label(info.reason), format_size(info.size),
                     str(counts[0]) if counts else "?", str(counts[1]) if counts else "?"]
            item = QTreeWidgetItem(self.tree, texts)
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            placeholder = QTreeWidgetItem(self.tree, [self.tr("No backups yet.")])
            placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.restore_button.setEnabled(self.selected_path() is not None and not self.crm.readonly)

    def selected_path(self) -> Path | None:
        item = self.tree.currentItem()
        value = item.data(0, PATH_ROLE) if item is not None else None
        return Path(value) if value else None

    def take_backup(self) -> Path | None:
        from btvcrm.services import backups

        try:
            written: Path = self.run(self.tr("Taking a backup…"), lambda: backups.take_backup(self.crm))
        except UserError as error:
            show_user_error(self, error)
            return None
        self.status.setText(arg(self.tr("Backup written: %1"), written))
        self.reload()
        return written

    def restore_selected(self) -> bool:
        chosen = self.selected_path()
        if chosen is None or self.reopen is None:
            return False
        item = self.tree.currentItem()
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            arg(self.tr("Replace the data file with the backup from %1? The current file is backed up first "
                        "(kept at least 30 days)."), item.text(0) if item else chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self.reopen(chosen):
            return False
        self.accept()
        return True
