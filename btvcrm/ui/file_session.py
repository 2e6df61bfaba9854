"""The open data file's life in the window: open, new, switch, move, restore, and
the automatic backups while it is open (first of the day, every 30 minutes of
work, at close).

`FileSession` owns the `Crm` the window shows. It never touches widgets other
than its own message boxes: when the file changes it emits `replaced(crm)` and
the window rebuilds; status lines go out through `message(text, ms)` and the
backup state through `backup_failed(text or None)`. Slow steps (today's backup,
a move, a restore) run through `ui.background`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Dialogs through the module: PySide makes a class, with a Python enum per C++ enum in it,
# when its name is first read; not at start.
from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from btvcrm import settings as user_settings
from btvcrm.domain.errors import UserError
from btvcrm.services.backups import AutoBackup  # the settings' backup folder
from btvcrm.services.data_file import open_data_file
from btvcrm.storage.crm import Crm
from btvcrm.storage.errors import LockedError, ReadOnlyError
from btvcrm.ui import background, show_user_error
from btvcrm.ui.background import PausableTimer
from btvcrm.ui.i18n import arg, error_text, translate

BACKUP_TICK_MS = 60_000


def ask_readonly(parent: QWidget | None, error: Exception) -> bool:
    """Offer to open a file that cannot be written read-only; True when the user accepts."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, translate("FileSession", "The data file cannot be written"), error_text(error), parent=parent)
    readonly = box.addButton(translate("FileSession", "Open read-only"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("FileSession", "Cancel"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(readonly)
    box.exec()
    return box.clickedButton() is readonly


class FileSession(QObject):
    replaced = Signal(object)  # the new Crm, already open
    message = Signal(str, int)  # a status line and how long to show it
    backup_failed = Signal(object)  # the sentence, or None when backups work again

    def __init__(self, crm: Crm, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.crm = crm
        self.auto_backup: AutoBackup | None = None
        self.backup_timer = PausableTimer(self, interval=BACKUP_TICK_MS)
        self.backup_timer.timeout.connect(self.backup_tick)
        self._attach(crm)
        self.backup_timer.start()

    # Running slow work -------------------------------------------------------------
    def run(self, label: str, fn: Callable[[], Any]) -> Any:
        """`fn()` off the UI thread behind the progress dialog (timers paused, listeners held)."""
        return background.run(self.window, label, fn, crm=self.crm)

    # The open file ------------------------------------------------------------------
    def _attach(self, crm: Crm) -> None:
        self.crm = crm
        self.auto_backup = AutoBackup()
        self.auto_backup.attach(crm)

    def finish(self, *, backup_at_close: bool = True) -> None:
        """Leave the open file: the backup at close, then no more automatic ones. Safe to call twice."""
        if self.auto_backup is None:
            return
        if backup_at_close:
            with contextlib.suppress(sqlite3.ProgrammingError):  # the file was closed already
                self.auto_backup.on_close(self.crm)
        self.auto_backup.detach(self.crm)
        self.auto_backup = None

    def replace(self, crm: Crm) -> None:
        """Show another open Crm (after open, new, move or restore)."""
        self._attach(crm)
        self.replaced.emit(crm)

    def close(self) -> None:
        """The window closes: no more ticks, the backup at close."""
        self.backup_timer.stop()
        background.unregister_pausable(self.backup_timer)
        self.finish()

    # Open, new, switch -----------------------------------------------------------------
    def open_dialog(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(self.window, self.tr("Open data file"), "",
                                              self.tr("btvcrm files (*.sqlite *.db);;All files (*)"))
        if name:
            self.switch_to(Path(name))

    def new_dialog(self) -> None:
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("New data file"), "btvcrm.sqlite",
                                              self.tr("btvcrm files (*.sqlite)"))
        if not name:
            return
        path = Path(name)
        if path.exists():
            QtWidgets.QMessageBox.warning(self.window, self.tr("New data file"),
                                arg(self.tr("%1 exists already. Choose a new name."), path))
            return
        self.switch_to(path, create=True)

    def switch_to(self, path: Path, *, create: bool = False) -> bool:
        """Close the current file and open `path` in this window (made only when `create`:
        File → New; opening a file that is gone says so). Held by another btvcrm or in a
        read-only place: offered read-only."""

        if self.crm.path is not None and Path(path).resolve() == self.crm.path.resolve():
            return True
        try:
            opened = open_data_file(path, create=create)
        except (ReadOnlyError, LockedError) as error:
            if not ask_readonly(self.window, error):
                return False
            try:
                opened = open_data_file(path, readonly=True)
            except UserError as again:
                show_user_error(self.window, again)
                return False
        except UserError as error:
            show_user_error(self.window, error)
            return False
        self.finish()
        self.crm.close()
        self.replace(opened)
        self.start_auto_backup()
        return True

    # Move and restore ----------------------------------------------------------------------
    def move_to(self, dest: Path) -> Path | None:
        """Settings → Move data file: close, copy and verify, remove the old file, reopen here.

        Returns the new path, or None when the file stays where it was."""
        from btvcrm.services.move_file import OldFileKeptError, move_data_file

        path = self.crm.path
        if path is None or self.crm.readonly:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Move data file"), self.tr("Only a data file open for writing can be moved."))
            return None
        dest = Path(dest)
        if dest.exists():
            QtWidgets.QMessageBox.warning(self.window, self.tr("Move data file"),
                                arg(self.tr("%1 exists already. Choose a new name."), dest))
            return None
        self.finish()
        self.crm.close()
        warning: UserError | None = None
        try:
            moved = Path(background.run(self.window, self.tr("Moving the data file…"), lambda: move_data_file(path, dest)))
        except OldFileKeptError as kept:
            moved, warning = kept.dest, kept
        except UserError as error:
            self.replace(self._reopen(path))
            show_user_error(self.window, error)
            return None
        try:
            opened = open_data_file(moved)  # never made anew: a copy that vanished is an error
        except UserError as error:
            show_user_error(self.window, error)
            self.replace(Crm.open(None))
            return None
        self.replace(opened)
        remember_moved_file(path, moved)
        if warning is not None:
            show_user_error(self.window, warning)
        self.message.emit(arg(self.tr("The data file is now %1."), moved), 8000)
        self.start_auto_backup()
        return moved

    def _reopen(self, path: Path) -> Crm:
        """The file again after a move or restore; if it is gone or damaged, say so and show
        an empty in-memory file rather than silently making a new data file there."""
        try:
            return open_data_file(path)
        except UserError as error:
            show_user_error(self.window, error)
            return Crm.open(None)

    def restore_backup(self, source: Path) -> bool:
        """Close the file, replace it with the backup `source`, and open it again."""
        from btvcrm.services import backups

        path = self.crm.path
        if path is None:
            return False
        self.finish(backup_at_close=False)
        self.crm.close()
        error: UserError | None = None
        try:
            background.run(self.window, self.tr("Restoring the backup…"), lambda: backups.restore_backup(path, source))
        except UserError as failed:
            error = failed
        self.replace(self._reopen(path))
        if error is not None:
            show_user_error(self.window, error)
            return False
        self.message.emit(arg(self.tr("Restored the backup %1."), source.name), 8000)
        return True

    # Automatic backups -------------------------------------------------------------------------
    def start_auto_backup(self) -> None:
        """The first-of-the-day backup, behind the progress dialog (called once the window is shown)."""
        auto = self.auto_backup
        if auto is None or self.crm.path is None or self.crm.readonly:
            return
        try:
            self.run(self.tr("Taking today's backup…"), lambda: auto.on_open(self.crm))
        except UserError as error:
            self.message.emit(error_text(error), 10000)
        self._report_backup()

    def backup_tick(self) -> None:
        if self.auto_backup is None:
            return
        self.auto_backup.tick(self.crm)
        self._report_backup()

    def _report_backup(self) -> None:
        error = self.auto_backup.last_error if self.auto_backup is not None else None
        self.backup_failed.emit(arg(self.tr("Automatic backup failed: %1"), error) if error else None)


def remember_moved_file(old: Path, new: Path) -> None:
    """The next start opens the moved file when it would have opened the old one."""
    from btvcrm.ui.window_state import forget_old_next_file, next_file_choice

    upcoming = next_file_choice()
    if upcoming is None or upcoming.resolve() == old.resolve():
        chosen = user_settings.load()
        chosen.next_db_path = str(new)
        user_settings.save(chosen)
        forget_old_next_file()


__all__ = ["FileSession", "ask_readonly", "remember_moved_file"]
