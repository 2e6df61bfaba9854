"""File ▸ Import and File ▸ Export (and files dropped on the window).

The kind of a file is told by its content (`exchange.sniff`); a calendar file
shows its events to choose from, a spreadsheet its column mapping. The import
itself is `exchange.files` — which keeps a backup of the file first (one import,
one backup) — run through `ui.background` behind a progress dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.storage.crm import Crm
from btvcrm.ui.i18n import arg

IMPORT_PATTERNS = "*.json *.ics *.vcf *.csv *.xlsx"
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
        name, _ = QFileDialog.getOpenFileName(
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
            QMessageBox.information(self.window, self.tr("Read only"),
                                    self.tr("The data file is open read-only; nothing can be imported."))
            return None
        try:
            report = self._import(Path(path))
        except UserError as error:
            QMessageBox.warning(self.window, self.tr("Import failed"), str(error))
            return None
        if report:
            QMessageBox.information(self.window, self.tr("Import"), report)
        return report

    def _import(self, path: Path) -> str | None:
        from btvcrm.exchange import files
        from btvcrm.exchange.sniff import detect_format

        try:
            data = path.read_bytes()
        except OSError as error:
            raise UserError(arg(self.tr("Cannot read %1: %2"), path, error.strerror or error)) from error
        kind = detect_format(str(path), data)
        crm = self.crm
        if kind == "ics":
            from btvcrm.exchange import bridge
            from btvcrm.ui.dialogs.import_dialog import CalendarImportDialog

            dialog = CalendarImportDialog(bridge.preview_events(crm, data), path.name, self.window)
            if not dialog.exec():
                return None
            chosen = dialog.chosen()
            result = self.run(self.tr("Logging the events…"), lambda: files.import_events(crm, chosen))
            return str(result.summary(self.tr("Meetings")))
        skip_invalid = False
        if kind in ("csv", "xlsx"):
            from btvcrm.exchange.spreadsheets import headers_and_mapping
            from btvcrm.ui.dialogs.import_dialog import SpreadsheetImportDialog

            table, mapping, guessed = headers_and_mapping(data, kind)
            sheet = SpreadsheetImportDialog(table, mapping, guessed, path.name, self.window)
            if not sheet.exec():
                return None
            skip_invalid = sheet.skip_invalid.isChecked()
        return str(self.run(arg(self.tr("Importing %1…"), path.name),
                            lambda: files.import_from(crm, path, skip_invalid=skip_invalid)))

    # Export -----------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> str | None:
        what, list_filter = self.current_list() if fmt in ("csv", "xlsx") else (None, None)
        if fmt in ("csv", "xlsx") and what is None:
            what = "people"
        suggested = SUGGESTED_NAMES[fmt].format(what=what)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), suggested, f"*.{fmt}")
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
            QMessageBox.warning(self.window, self.tr("Export failed"), str(error))
            return None
        self.message.emit(message, 8000)
        return message


__all__ = ["IMPORT_PATTERNS", "FileActions"]
