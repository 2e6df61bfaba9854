"""Delete to the trash and undo with Ctrl+Z (newest first), through `services.records`."""

from __future__ import annotations

from collections.abc import Callable

# Dialogs through the module: PySide makes a class, with a Python enum per C++ enum in it,
# when its name is first read; not at start.
from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from btvcrm.domain.errors import UserError
from btvcrm.domain.kinds import Kind
from btvcrm.storage.crm import Crm
from btvcrm.ui import show_user_error
from btvcrm.ui.i18n import arg, current_lang


class Deletions(QObject):
    message = Signal(str, int)
    changed = Signal()  # whether there is something to undo may have changed

    def __init__(self, window: QWidget, crm: Callable[[], Crm]) -> None:
        super().__init__(window)
        self.window = window
        self._crm = crm
        self.stack: list[tuple[Kind, int]] = []

    def can_undo(self) -> bool:
        return bool(self.stack) and not self._crm().readonly

    def clear(self) -> None:
        self.stack.clear()
        self.changed.emit()

    def delete(self, kind: Kind | str, item_id: int, *, confirm: bool = True) -> bool:
        crm = self._crm()
        if crm.readonly:
            return False
        from btvcrm.services import records  # on first use, not at start-up

        try:
            title = records.title_of(crm, Kind(kind), item_id)
        except UserError as error:
            show_user_error(self.window, error)
            return False
        if confirm:
            answer = QtWidgets.QMessageBox.question(
                self.window, self.tr("Delete"),
                arg(self.tr("Move the %1 “%2” to the trash? You can undo with Ctrl+Z."),
                    Kind(kind).label(current_lang()), title),
                QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No, QtWidgets.QMessageBox.StandardButton.Yes)
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return False
        try:
            records.delete(crm, Kind(kind), item_id)
        except UserError as error:
            show_user_error(self.window, error)
            return False
        self.stack.append((Kind(kind), item_id))
        self.changed.emit()
        self.message.emit(arg(self.tr("Moved “%1” to the trash. Ctrl+Z restores it."), title), 6000)
        return True

    def undo(self) -> bool:
        if not self.can_undo():
            return False
        kind, item_id = self.stack.pop()
        try:
            from btvcrm.services import records

            records.restore(self._crm(), kind, item_id)
        except UserError as error:
            show_user_error(self.window, error)
            return False
        finally:
            self.changed.emit()
        self.message.emit(self.tr("Restored from the trash."), 4000)
        return True

    def restored_elsewhere(self, kind: str, item_id: int) -> None:
        """The trash page brought it back: nothing left to undo for it."""
        if (Kind(kind), item_id) in self.stack:
            self.stack.remove((Kind(kind), item_id))
        self.changed.emit()
        self.message.emit(self.tr("Restored from the trash."), 4000)


__all__ = ["Deletions"]
