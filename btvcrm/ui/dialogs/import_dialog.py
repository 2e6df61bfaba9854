"""Import previews for the File menu and drag and drop (the import runs in `ui.file_actions`).

- `CalendarImportDialog`: the events of an .ics file with checkboxes (already
  logged ones unchecked and disabled);
- `SpreadsheetImportDialog`: the column mapping of a .csv/.xlsx file and
  "hopp over ugyldige linjer".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import dates
from btvcrm.ui.i18n import arg, current_lang, translate
from btvcrm.ui.widgets.common import fit_header_labels


# Calendar import ---------------------------------------------------------------
class CalendarImportDialog(QDialog):
    """Choose which events of an .ics file to log as meetings."""

    def __init__(self, previews: list[tuple[Any, bool]], file_name: str, parent: QWidget | None = None, *,
                 changed: set[str] | None = None) -> None:
        """`changed`: UIDs of events logged before that the file has a newer version of
        (choosing one updates its meeting)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import calendar events"))
        self.previews = previews
        changed = changed or set()
        lang = current_lang()
        intro = QLabel(arg(self.tr("Choose the events to log as meetings from %1. Events already logged are greyed out."), file_name))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Events"))
        self.tree.setHeaderLabels([self.tr("Event"), self.tr("When"), self.tr("Participants")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(1, self.fontMetrics().averageCharWidth() * 30)
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 12)
        fit_header_labels(header)
        for event, logged in previews:
            starts = getattr(event, "starts_at", None)
            when = ""
            if starts is not None:
                when = f"{dates.format_date_short(starts.date(), lang)} {dates.format_time(starts, lang)}"
            if logged:
                title = arg(self.tr("%1 (already logged)"), event.title)
            elif event.uid in changed:
                title = arg(self.tr("%1 (changed in the calendar: updates the meeting)"), event.title)
            else:
                title = event.title
            item = QTreeWidgetItem(self.tree, [title, when, str(len(getattr(event, "attendees", []) or []))])
            if logged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
        self.tree.itemChanged.connect(self._update_ok)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log the chosen events"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        self._update_ok()

    def chosen(self) -> list[Any]:
        events = []
        for row, (event, logged) in enumerate(self.previews):
            item = self.tree.topLevelItem(row)
            if not logged and item is not None and item.checkState(0) == Qt.CheckState.Checked:
                events.append(event)
        return events

    def _update_ok(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))


# Spreadsheet import ------------------------------------------------------------
def field_label(target: str) -> str:
    """The Norwegian (or English) name of a mapped field; "email2" is "E-mail 2"."""
    base = target.rstrip("0123456789")
    number = target[len(base):]
    labels = {
        "name": translate("ImportDialog", "Name"), "given_name": translate("ImportDialog", "First name"), "family_name": translate("ImportDialog", "Last name"),
        "organisation": translate("ImportDialog", "Organisation"), "title": translate("ImportDialog", "Role"), "email": translate("ImportDialog", "E-mail"), "phone": translate("ImportDialog", "Phone"),
        "notes": translate("ImportDialog", "Notes"), "orgnr": translate("ImportDialog", "Org. no."), "kind": translate("ImportDialog", "Kind"), "website": translate("ImportDialog", "Website"),
        "county": translate("ImportDialog", "County"),
        "middle_name": translate("ImportDialog", "Middle name"), "uid": translate("ImportDialog", "UID"),
        "key": translate("ImportDialog", "Key contact"),
    }
    if not target:
        return translate("ImportDialog", "(not imported)")
    return labels.get(base, target) + (f" {number}" if number else "")


class SpreadsheetImportDialog(QDialog):
    """The column mapping guessed for a .csv/.xlsx file, the first rows, and "skip invalid lines"."""

    PREVIEW_ROWS = 8

    def __init__(self, table: Any, mapping: dict[str, str], kind: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import spreadsheet"))
        what = self.tr("people") if kind == "people" else self.tr("organisations")
        headers: list[str] = list(getattr(table, "headers", []))
        rows: list[list[str]] = [list(r) for r in getattr(table, "rows", [])]
        intro = QLabel(arg(translate("SpreadsheetImportDialog", "%1: %n row(s) will be imported as %2. Columns and the fields they fill:", "", len(rows)), file_name, what))
        intro.setWordWrap(True)
        self.preview = QTableWidget(min(len(rows), self.PREVIEW_ROWS) + 1, len(headers))
        self.preview.setAccessibleName(self.tr("Column mapping"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([self.tr("Field"), *[str(i + 2) for i in range(self.PREVIEW_ROWS)]])
        for column, header in enumerate(headers):
            target = mapping.get(header, "")
            item = QTableWidgetItem(field_label(target))
            font = item.font()
            font.setBold(bool(target))
            item.setFont(font)
            self.preview.setItem(0, column, item)
            for row, values in enumerate(rows[: self.PREVIEW_ROWS], start=1):
                self.preview.setItem(row, column, QTableWidgetItem(values[column] if column < len(values) else ""))
        self.preview.resizeColumnsToContents()
        self.skip_invalid = QCheckBox(self.tr("&Skip invalid lines (import the rest)"))
        self.skip_invalid.setAccessibleName(self.tr("Skip invalid lines"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(buttons)
        self.resize(900, 520)
