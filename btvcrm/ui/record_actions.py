"""New, edit and delete for every kind of record, from wherever the user asks
(File → New, Ctrl+N on a list, a list's context menu, F2, the Edit menu, a
detail page's buttons). One place that knows which dialog edits which kind; the
dialogs save through `services.records` / `services.meetings`. After a save the
record's detail page opens (new records) and the status bar says what was saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from btvcrm.domain.errors import UserError
from btvcrm.domain.kinds import Kind
from btvcrm.services import records
from btvcrm.ui import show_user_error
from btvcrm.ui.i18n import arg, current_lang

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm
    from btvcrm.ui.deletions import Deletions

# The kinds that can be made in the app, in the order of File → New.
NEW_KINDS = (Kind.MEETING, Kind.FOLLOW_UP, Kind.ORGANISATION, Kind.PERSON, Kind.INITIATIVE, Kind.LESSON,
             Kind.COUNTY)


def make_dialog(crm: Crm, kind: Kind, item_id: int | None, parent: QWidget | None,
                template: Any = None) -> QDialog:
    """The dialog that makes (`item_id` None) or edits one record of `kind`."""
    if kind is Kind.MEETING:
        from btvcrm.ui.dialogs.meeting_editor import MeetingEditor

        return MeetingEditor(crm, item_id, parent)
    if kind is Kind.FOLLOW_UP:
        from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog

        return FollowUpDialog(crm, item_id, parent, template=template)
    from btvcrm.ui.dialogs import entity_dialogs

    dialogs: dict[Kind, Any] = {
        Kind.ORGANISATION: entity_dialogs.OrganisationDialog,
        Kind.PERSON: entity_dialogs.PersonDialog,
        Kind.INITIATIVE: entity_dialogs.InitiativeDialog,
        Kind.LESSON: entity_dialogs.LessonDialog,
        Kind.COUNTY: entity_dialogs.CountyDialog,
    }
    return dialogs[kind](crm, item_id, parent)  # type: ignore[no-any-return]


def saved_id(dialog: QDialog) -> int | None:
    """The id a dialog saved (each dialog names it its own way)."""
    for name in ("saved_id", "saved_meeting_id"):
        value = getattr(dialog, name, None)
        if value is not None:
            return int(value)
    return None


class RecordActions(QObject):
    message = Signal(str, int)
    open_requested = Signal(str, int)  # show this record (a new one after its save)
    deleted = Signal(str, int)

    def __init__(self, window: QWidget, crm: Callable[[], Crm], deletions: Deletions) -> None:
        super().__init__(window)
        self.window = window
        self._crm = crm
        self.deletions = deletions
        # Replaced in tests: runs the dialog, returns whether it was accepted.
        self.run: Callable[[QDialog], bool] = lambda dialog: bool(dialog.exec())

    def new(self, kind: Kind | str, template: Any = None) -> int | None:
        """Open the "new" dialog; after a save, show the new record and say so."""
        kind = Kind(kind)
        crm = self._crm()
        if crm.readonly:
            return None
        dialog = make_dialog(crm, kind, None, self.window, template)
        if not self.run(dialog):
            return None
        item_id = saved_id(dialog)
        if item_id is None:
            return None
        self.message.emit(arg(self.tr("Created %1 “%2”."), kind.label(current_lang()),
                              records.title_of(crm, kind, item_id)), 6000)
        self.open_requested.emit(kind, item_id)
        return item_id

    def edit(self, kind: Kind | str, item_id: int) -> bool:
        kind = Kind(kind)
        crm = self._crm()
        if crm.readonly:
            return False
        try:
            dialog = make_dialog(crm, kind, item_id, self.window)
        except UserError as error:
            show_user_error(self.window, error)
            return False
        if not self.run(dialog):
            return False
        self.message.emit(arg(self.tr("Saved %1 “%2”."), kind.label(current_lang()),
                              records.title_of(crm, kind, item_id)), 6000)
        return True

    def delete(self, kind: Kind | str, item_id: int) -> bool:
        """To the trash, after a question that names the record; Ctrl+Z brings it back."""
        kind = Kind(kind)
        if kind is Kind.COUNTY:
            show_user_error(self.window, UserError(self.tr(
                "A county cannot be deleted: meetings, organisations and reports refer to it. Rename it instead.")))
            return False
        if self.deletions.delete(kind, item_id):
            self.deleted.emit(kind, item_id)
            return True
        return False


__all__ = ["NEW_KINDS", "RecordActions", "make_dialog", "saved_id"]
