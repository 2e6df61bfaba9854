"""Possible duplicates in an import, side by side, for the user to decide.

A contact file or person list may hold people who are perhaps already in the data
file: the same phone only, the same name only, or the same name with another
e-mail (the rule is `exchange.duplicates`). The import never merges those by
itself. This dialog shows each one next to the person it may duplicate, and the
user chooses per row: keep both (the default, as on the command line), merge into
the one already here, or skip it. Certain matches (the same e-mail or UID) are
merged without asking; the dialog says how many.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import validation
from btvcrm.exchange.contacts_sync import ContactPreview
from btvcrm.storage.crm import Crm
from btvcrm.ui.i18n import QT_TRANSLATE_NOOP, arg, lookup, translate
from btvcrm.ui.widgets.common import fit_header_labels

#: The choices, in the order of the combo box (the first is the default).
CHOICES = [
    (QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Keep both"), "add"),
    (QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Merge into the one already here"), "merge"),
    (QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Skip it"), "skip"),
]
_BASIS = {
    "phone": QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Same phone"),
    "name": QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Same name"),
    "name_phone": QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Same name and phone"),
    "name_organisation": QT_TRANSLATE_NOOP("PossibleDuplicatesDialog", "Same name and organisation"),
}


@dataclass(frozen=True)
class Side:
    """One person as the dialog shows them: name, e-mail, phone, organisation."""

    name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""

    def text(self) -> str:
        return "\n".join(part for part in (self.name, self.email, self.phone, self.organisation) if part)


@dataclass(frozen=True)
class DuplicateRow:
    index: int  # the record's index, as `decisions` expects it
    incoming: Side
    existing: Side
    existing_id: int
    basis: str
    other_email: bool


def duplicate_rows(crm: Crm, previews: list[ContactPreview]) -> list[DuplicateRow]:
    """The possible duplicates of a preview, each with the person it may duplicate."""
    rows: list[DuplicateRow] = []
    for preview in previews:
        match = preview.match
        if match is None or match.certain:
            continue
        record = preview.record
        person = crm.people.get(match.person_id)
        organisation = crm.organisations.get(person.organisation_id).name if person.organisation_id else ""
        incoming = Side(record.name, ", ".join(record.emails), ", ".join(record.phones), record.organisation)
        existing = Side(person.name, person.email or "", validation.format_phone(person.phone), organisation)
        rows.append(DuplicateRow(preview.index, incoming, existing, match.person_id, match.basis,
                                 match.other_email))
    return rows


def certain_count(previews: list[ContactPreview]) -> int:
    return sum(1 for p in previews if p.match is not None and p.match.certain)


class PossibleDuplicatesDialog(QDialog):
    """Each possible duplicate next to the person already in the file, with a choice per row."""

    def __init__(self, rows: list[DuplicateRow], file_name: str, *, certain: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(self.tr("Possible duplicates"))
        intro = QLabel(arg(translate("PossibleDuplicatesDialog",
                                     "%1: %n person(s) may already be in the data file. Compare them and "
                                     "choose for each; nothing is merged unless you say so.", "", len(rows)),
                           file_name))
        intro.setWordWrap(True)
        merged = QLabel(translate("PossibleDuplicatesDialog",
                                  "%n person(s) with the same e-mail address or UID will be merged with the "
                                  "one already here.", "", certain))
        merged.setWordWrap(True)
        merged.setVisible(certain > 0)
        self.table = QTableWidget(len(rows), 4)
        self.table.setObjectName("possibleDuplicates")
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setHorizontalHeaderLabels([self.tr("In the file"), self.tr("Already here"), self.tr("Why"),
                                              self.tr("Your choice")])
        self.table.verticalHeader().setVisible(False)
        self.choices: list[QComboBox] = []
        for row, item in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(item.incoming.text()))
            self.table.setItem(row, 1, QTableWidgetItem(item.existing.text()))
            why = lookup("PossibleDuplicatesDialog", _BASIS.get(item.basis, _BASIS["name"]))
            if item.other_email:
                why = arg(self.tr("%1, but another e-mail address"), why)
            self.table.setItem(row, 2, QTableWidgetItem(why))
            combo = QComboBox()
            for label, code in CHOICES:
                combo.addItem(lookup("PossibleDuplicatesDialog", label), code)
            combo.setAccessibleName(arg(self.tr("Choice for %1"), item.incoming.name))
            self.table.setCellWidget(row, 3, combo)
            self.choices.append(combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        fit_header_labels(header)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(merged)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 540)
        if self.choices:
            self.choices[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def decisions(self) -> dict[int, str]:
        """Record index -> "add", "merge" or "skip", for every row shown."""
        return {row.index: str(combo.currentData()) for row, combo in zip(self.rows, self.choices, strict=True)}


__all__ = ["CHOICES", "DuplicateRow", "PossibleDuplicatesDialog", "Side", "certain_count", "duplicate_rows"]
