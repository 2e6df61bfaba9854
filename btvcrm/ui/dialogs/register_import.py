"""File ▸ Import from Enhetsregisteret…: a preview of what a register file would do, with
the filters (counties, organisation forms, sectors — public ones first), the matches
for approval and the new organisations to add when asked; then the import. Reading is
services.register_import's (`preview_register`, `import_register_file`), run through
ui.background with the reading's progress."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import validation
from btvcrm.domain.errors import UserError
from btvcrm.domain.formatting import format_number
from btvcrm.exchange.register import display_name, place_name
from btvcrm.services.register_import import (
    PUBLIC_SECTORS,
    RegisterImportRequest,
    RegisterPreview,
    import_register_file,
    preview_register,
)
from btvcrm.ui import background
from btvcrm.ui.i18n import arg, lookup, translate
from btvcrm.ui.widgets.common import fit_header_labels, show_user_error, ui_lang

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

#: Organisation forms of the public sector, listed first.
PUBLIC_FORMS = ("KOMM", "FYLK", "STAT", "ORGL", "SF", "HF", "RHF", "IKS", "KF", "FKF")
KEY_ROLE = Qt.ItemDataRole.UserRole


def run_preview(parent: QWidget | None, crm: Crm, request: RegisterImportRequest) -> RegisterPreview:
    label = translate("RegisterImportDialog", "Reading Enhetsregisteret's file…")
    result: RegisterPreview = background.run_with_progress(
        parent, label, lambda progress: preview_register(crm, request, progress=progress), crm=crm)
    return result


class RegisterImportDialog(QDialog):
    """`RegisterImportDialog(crm, path, preview, parent).exec()`; `summary` after an import."""

    def __init__(self, crm: Crm, path: Path, preview: RegisterPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.path = Path(path)
        self.preview = preview
        self.summary: str | None = None
        self.setObjectName("registerImportDialog")
        self.setWindowTitle(self.tr("Import from Enhetsregisteret"))
        self.setMinimumSize(820, 640)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.county_boxes: dict[str, QCheckBox] = {}
        county_row = QHBoxLayout()
        for county in crm.counties.all():
            box = QCheckBox(county.name)
            box.setChecked(True)
            self.county_boxes[county.name] = box
            county_row.addWidget(box)
        county_row.addStretch(1)
        counties = QGroupBox(self.tr("Counties (by the municipality number of the business address)"))
        counties.setLayout(county_row)

        self.forms = QListWidget()
        self.forms.setObjectName("registerForms")
        self.forms.setAccessibleName(self.tr("Organisation forms"))
        self.sectors = QListWidget()
        self.sectors.setObjectName("registerSectors")
        self.sectors.setAccessibleName(self.tr("Sectors"))
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Organisation forms"), self.forms), (self.tr("Sectors"), self.sectors)):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            inner.addWidget(widget)
            lists.addWidget(group)
        self.refresh_button = QPushButton(self.tr("&Update the preview"))
        self.refresh_button.clicked.connect(self.refresh)

        self.matches_label = QLabel()
        self.matches = QTreeWidget()
        self.matches.setObjectName("registerMatches")
        self.matches.setAccessibleName(self.tr("Organisations found in the register"))
        self.matches.setHeaderLabels([self.tr("In the data file"), self.tr("In the register"),
                                      self.tr("Org. no."), self.tr("Found by"), self.tr("Changes")])
        self.matches.setRootIsDecorated(False)
        self.add_new = QCheckBox()
        self.add_new.setObjectName("registerAddNew")
        self.new_units = QTreeWidget()
        self.new_units.setObjectName("registerNew")
        self.new_units.setAccessibleName(self.tr("New organisations"))
        self.new_units.setHeaderLabels([self.tr("Name"), self.tr("Org. no."), self.tr("Form"),
                                        self.tr("Municipality")])
        self.new_units.setRootIsDecorated(False)
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(counties)
        layout.addLayout(lists, 1)
        layout.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.matches_label)
        layout.addWidget(self.matches, 2)
        layout.addWidget(self.add_new)
        layout.addWidget(self.new_units, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.show_preview(preview)

    # Filters -------------------------------------------------------------------------
    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        items = [widget.item(i) for i in range(widget.count())]
        chosen = [str(item.data(KEY_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked]
        return [] if len(chosen) == len(items) else chosen  # all ticked: no filter

    def request(self) -> RegisterImportRequest:
        counties = [name for name, box in self.county_boxes.items() if box.isChecked()]
        return RegisterImportRequest(path=self.path, counties=counties, forms=self._checked(self.forms),
                                     sectors=self._checked(self.sectors), add_new=self.add_new.isChecked())

    def _fill_choices(self, widget: QListWidget, found: dict[str, tuple[str, int]], first: tuple[str, ...]) -> None:
        before = {str(widget.item(i).data(KEY_ROLE)): widget.item(i).checkState() for i in range(widget.count())}
        widget.clear()
        order = sorted(found, key=lambda code: (code not in first, first.index(code) if code in first else 0,
                                                -found[code][1], code))
        for code in order:
            text, count = found[code]
            label = f"{code or '–'}  {text}  ({count})" if text else f"{code or '–'}  ({count})"
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(before.get(code, Qt.CheckState.Checked))
            widget.addItem(item)

    # Preview -------------------------------------------------------------------------
    def show_preview(self, preview: RegisterPreview) -> None:
        self.preview = preview
        self.intro.setText(arg(self.tr("%1: %2 units read. Organisations in the data file are filled in from "
                                       "the register; tick the matches to keep."),
                               self.path.name, format_number(preview.read, ui_lang())))
        self._fill_choices(self.forms, preview.forms, PUBLIC_FORMS)
        self._fill_choices(self.sectors, preview.sectors, PUBLIC_SECTORS)
        self.matches.clear()
        for match in preview.matches:
            by = self.tr("org. no.") if match.by == "orgnr" else self.tr("same name")
            row = QTreeWidgetItem([match.organisation_name, match.unit.name, validation.format_orgnr(match.unit.orgnr),
                                   by, ", ".join(lookup("RegisterChange", c) for c in match.changes)
                                   or self.tr("nothing new")])
            row.setData(0, KEY_ROLE, list(match.key))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if match.changes else Qt.CheckState.Unchecked)
            self.matches.addTopLevelItem(row)
        self.matches_label.setText(translate("RegisterImportDialog", "%n organisation(s) of the data file found "
                                             "in the register", "", len(preview.matches)))
        self.add_new.setText(translate("RegisterImportDialog", "&Add the %n new organisation(s) the filters let "
                                       "through", "", preview.new_count))
        self.new_units.clear()
        for unit in preview.new_units:
            self.new_units.addTopLevelItem(QTreeWidgetItem([
                display_name(unit.name), validation.format_orgnr(unit.orgnr), unit.form,
                place_name(unit.municipality) if unit.municipality else unit.municipality_number]))
        self.notes.setText("\n".join(preview.messages))
        self.notes.setVisible(bool(preview.messages))
        for tree in (self.matches, self.new_units):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
            fit_header_labels(tree.header())

    def refresh(self) -> None:
        try:
            self.show_preview(run_preview(self, self.crm, self.request()))
        except UserError as error:
            show_user_error(self, error)

    def approved(self) -> set[tuple[int, str]]:
        chosen = set()
        for i in range(self.matches.topLevelItemCount()):
            row = self.matches.topLevelItem(i)
            if row is not None and row.checkState(0) == Qt.CheckState.Checked:
                org_id, orgnr = row.data(0, KEY_ROLE)
                chosen.add((int(org_id), str(orgnr)))
        return chosen

    # Import --------------------------------------------------------------------------
    def run_import(self) -> None:
        request = self.request()
        request.approved = self.approved()
        crm = self.crm
        try:
            self.summary = str(background.run_with_progress(
                self, self.tr("Importing from Enhetsregisteret…"),
                lambda progress: import_register_file(crm, request, progress=progress), crm=crm))
        except UserError as error:
            show_user_error(self, error)
            return
        QMessageBox.information(self, self.tr("Import from Enhetsregisteret"), self.summary)
        self.accept()
