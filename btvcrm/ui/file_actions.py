"""File ▸ Import and File ▸ Export (and files dropped on the window).

The kind of a file is told by its content (`exchange.sniff`); a calendar file
shows its events to choose from, a spreadsheet its column mapping. A contact
file or person list with possible duplicates (the same phone or name only) shows
them side by side first, for the user to decide per row. The import itself is
`exchange.files` — which keeps a backup of the file first (one import, one
backup) — run through `ui.background` behind a progress dialog that follows the
import's count.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

# Dialogs through the module: PySide makes a class, with a Python enum per C++ enum in it,
# when its name is first read; not at start.
from PySide6 import QtWidgets
from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QWidget

from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.storage.crm import Crm
from btvcrm.ui import background
from btvcrm.ui.background import Progress
from btvcrm.ui.i18n import arg, error_text

IMPORT_PATTERNS = "*.json *.ics *.vcf *.csv *.xlsx *.eml *.msg *.gz"
EMAIL_PATTERNS = "*.eml *.msg"
REGISTER_PATTERNS = "*.json.gz *.csv.gz *.json *.csv"
#: Export format -> the file name proposed in the save dialog ({what}: the list's kind).
SUGGESTED_NAMES = {"json": "btvcrm-eksport.json", "ics": "btvcrm-kalender.ics", "vcf": "btvcrm-kontakter.vcf",
                   "csv": "btvcrm-{what}.csv", "xlsx": "btvcrm-{what}.xlsx"}

#: What the current page shows: (repository name, filter as on screen), or (None, None).
CurrentList = Callable[[], tuple[str | None, ListFilter | None]]


class FileActions(QObject):
    message = Signal(str, int)

    def __init__(self, window: QWidget, crm: Callable[[], Crm], run: Callable[[str, Callable[[], Any]], Any],
                 current_list: CurrentList) -> None:
        super().__init__(window)
        self.window = window
        self._crm = crm
        self.run = run
        self.current_list = current_list

    @property
    def crm(self) -> Crm:
        return self._crm()

    # Import ----------------------------------------------------------------------------
    def import_dialog(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, self.tr("Import"), "",
            arg(self.tr("Files btvcrm can import (%1);;All files (*)"), IMPORT_PATTERNS))
        if name:
            self.import_file(Path(name))

    def dropped_paths(self, mime: QMimeData) -> list[Path]:
        """The local files of a drag, when this file can take an import (else none)."""
        urls = mime.urls() if mime.hasUrls() else []
        if not urls or not all(url.isLocalFile() for url in urls) or self.crm.readonly:
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def import_files(self, paths: list[Path]) -> None:
        for path in paths:
            self.import_file(path)

    def import_file(self, path: Path) -> str | None:
        """Import one file (File ▸ Import, drag and drop); returns the report shown to the user."""
        if self.crm.readonly:
            QtWidgets.QMessageBox.information(self.window, self.tr("Read only"),
                                    self.tr("The data file is open read-only; nothing can be imported."))
            return None
        try:
            report = self._import(Path(path))
        except UserError as error:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Import failed"), error_text(error))
            return None
        if report:
            QtWidgets.QMessageBox.information(self.window, self.tr("Import"), report)
        return report

    def run_with_progress(self, label: str, fn: Callable[[Progress], Any]) -> Any:
        """`fn(progress)` through the background helper: the dialog follows the import's count."""
        return background.run_with_progress(self.window, label, fn, crm=self.crm)

    def _import(self, path: Path) -> str | None:
        from btvcrm.exchange import files
        from btvcrm.exchange.sniff import detect_format

        early = files.sniff_file(path)  # the first bytes: a 150 MB register file is not read here
        if early == "email":
            self.log_email_file(path)
            return None
        if early == "register":
            return self.register_import(path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise UserError(arg(self.tr("Cannot read %1: %2"), path, error.strerror or error)) from error
        kind = detect_format(str(path), data)
        crm = self.crm
        if kind == "ics":
            from btvcrm.exchange import bridge
            from btvcrm.ui.dialogs.import_dialog import CalendarImportDialog

            def read() -> tuple[list[Any], set[str]]:
                from btvcrm.exchange.calendar_sync import event_state

                found = bridge.preview_events(crm, data)
                return found, {e.uid for e, logged in found if not logged and event_state(crm, e) == "changed"}

            previews, changed = self.run(self.tr("Reading the calendar file…"), read)
            dialog = CalendarImportDialog(previews, path.name, self.window, changed=changed)
            if not dialog.exec():
                return None
            chosen = dialog.chosen()
            result = self.run_with_progress(self.tr("Logging the events…"),
                                            lambda progress: files.import_events(crm, chosen, progress=progress))
            return str(result.summary(self.tr("Meetings")))
        skip_invalid = False
        mapping: dict[str, str] | None = None
        import_as: str | None = None
        if kind in ("csv", "xlsx"):
            from btvcrm.exchange.spreadsheets import headers_and_mapping
            from btvcrm.ui.dialogs.import_dialog import SpreadsheetImportDialog

            table, mapping, import_as = self.run(self.tr("Reading the spreadsheet…"),
                                                 lambda: headers_and_mapping(data, kind))
            sheet = SpreadsheetImportDialog(table, mapping, import_as, path.name, self.window)
            if not sheet.exec():
                return None
            skip_invalid = sheet.skip_invalid.isChecked()
        decisions: dict[int, str] | None = None
        if kind == "vcard" or (kind in ("csv", "xlsx") and import_as == "people"):
            decisions = self._decide_duplicates(kind, data, mapping, path.name)
            if decisions is None:
                return None
        chosen_mapping, chosen_kind = mapping, import_as
        return str(self.run_with_progress(
            arg(self.tr("Importing %1…"), path.name),
            lambda progress: files.import_from(crm, path, skip_invalid=skip_invalid, progress=progress,
                                               decisions=decisions, mapping=chosen_mapping,
                                               import_as=chosen_kind)))

    def _decide_duplicates(self, kind: str, data: bytes, mapping: dict[str, str] | None,
                           file_name: str) -> dict[int, str] | None:
        """Show the possible duplicates side by side; the user's choices, {} when there are
        none, None when the user cancels."""
        from btvcrm.exchange import bridge
        from btvcrm.ui.dialogs.duplicates_dialog import (
            PossibleDuplicatesDialog,
            certain_count,
            duplicate_rows,
        )

        crm = self.crm

        def preview() -> tuple[list[Any], int]:
            previews = bridge.preview_people(crm, kind, data, mapping=mapping)
            return duplicate_rows(crm, previews), certain_count(previews)

        rows, certain = self.run(self.tr("Looking for people already in the file…"), preview)
        if not rows:
            return {}
        dialog = PossibleDuplicatesDialog(rows, file_name, certain=certain, parent=self.window)
        if not dialog.exec():
            return None
        return dialog.decisions()

    # E-mails and Enhetsregisteret (issue 15) ----------------------------------------------
    def import_emails_dialog(self) -> None:
        """File ▸ Import e-mail…: one pre-filled quick log per chosen message."""
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            self.window, self.tr("Import e-mail"), "",
            arg(self.tr("E-mails (%1);;All files (*)"), EMAIL_PATTERNS))
        for name in names:
            try:
                self.log_email_file(Path(name))
            except UserError as error:
                QtWidgets.QMessageBox.warning(self.window, self.tr("Import failed"), error_text(error))

    def log_email_file(self, path: Path) -> int | None:
        """Open the quick-log dialog filled in from the e-mail `path`; the saved contact's id."""
        from btvcrm.exchange.email_message import read_email_file
        from btvcrm.services.email_contacts import propose_email
        from btvcrm.ui.dialogs.email_log import EmailLogDialog

        crm = self.crm
        proposal = self.run(self.tr("Reading the e-mail…"),
                            lambda: propose_email(crm, read_email_file(path), source=path))
        if proposal.already_logged is not None:
            QtWidgets.QMessageBox.information(self.window, self.tr("Already logged"),
                                    arg(self.tr("“%1” is logged already (contact %2)."),
                                        proposal.request.title, proposal.already_logged))
            opener = getattr(self.window, "open_item", None)
            if opener is not None:
                opener("meeting", proposal.already_logged)
            return None
        dialog = EmailLogDialog(crm, proposal, self.window)
        if not dialog.exec() or dialog.saved_meeting_id is None:
            return None
        self.message.emit(arg(self.tr("Logged “%1”."), proposal.request.title), 6000)
        return dialog.saved_meeting_id

    def import_register_dialog(self) -> None:
        """File ▸ Import from Enhetsregisteret…"""
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window, self.tr("Import from Enhetsregisteret"), "",
            arg(self.tr("Enhetsregisteret's files (%1);;All files (*)"), REGISTER_PATTERNS))
        if name:
            self.import_file(Path(name))

    def register_import(self, path: Path) -> str | None:
        """The preview of a register file, then (if she imports) the summary."""
        from btvcrm.services.register_import import RegisterImportRequest
        from btvcrm.ui.dialogs.register_import import RegisterImportDialog, run_preview

        crm = self.crm
        preview = run_preview(self.window, crm, RegisterImportRequest(path=path))
        dialog = RegisterImportDialog(crm, path, preview, self.window)
        if not dialog.exec() or dialog.summary is None:
            return None
        self.message.emit(dialog.summary.split("\n", 1)[0], 8000)
        return None

    # Export -----------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> str | None:
        what, list_filter = self.current_list() if fmt in ("csv", "xlsx") else (None, None)
        if fmt in ("csv", "xlsx") and what is None:
            what = "people"
        suggested = SUGGESTED_NAMES[fmt].format(what=what)
        name, _ = QtWidgets.QFileDialog.getSaveFileName(self.window, self.tr("Export"), suggested, f"*.{fmt}")
        if not name:
            return None
        return self.export_file(Path(name), fmt, what=what, list_filter=list_filter)

    def export_file(self, path: Path, fmt: str, *, what: str | None = None,
                    list_filter: ListFilter | None = None) -> str | None:
        from btvcrm.exchange import files

        crm = self.crm
        try:
            message = str(self.run(self.tr("Exporting…"),
                                   lambda: files.export_to(crm, path, fmt, what=what, list_filter=list_filter)))
        except UserError as error:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Export failed"), error_text(error))
            return None
        self.message.emit(message, 8000)
        return message


__all__ = ["IMPORT_PATTERNS", "FileActions"]
