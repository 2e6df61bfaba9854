"""Privacy (GDPR) in the app: the erase confirmation, the innsyn export, and the
review list of people with no contact for 24 months (keep or erase).

All the work is done by `btvcrm.services.privacy`, the same calls as the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import format_date_short
from btvcrm.domain.enums import LegalBasis
from btvcrm.domain.errors import UserError
from btvcrm.ui import background
from btvcrm.ui.i18n import arg, translate
from btvcrm.ui.widgets.common import show_user_error, ui_lang

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm


def _tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


class ErasePersonDialog(QDialog):
    """Erase a person for good: the user must type the person's name to confirm.

    Shows what the CLI asks about too (`services.privacy.erasure_preview`): each organisation
    named after the person (an ENK) with the choice to erase, rename or keep it, which must
    be made before Erase is enabled; and how many older backups still hold the person and
    the day thinning has removed them by."""

    CHOOSE, ERASE, RENAME, KEEP = "", "erase", "rename", "keep"

    def __init__(self, crm: Crm, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from btvcrm.services.privacy import erasure_preview

        self.crm = crm
        self.person_id = person_id
        self.preview = erasure_preview(crm, person_id)
        self.name = self.preview.name
        self.erased = False
        self.result_info: Any = None  # the services.privacy.ErasureResult after the erasure
        self.setWindowTitle(self.tr("Erase person (GDPR)"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        warning = QLabel(arg(self.tr(
            "The name and contact details of %1 will be erased everywhere. Meetings keep “erased person”. "
            "This cannot be undone."
        ), self.name))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.choices: dict[int, tuple[QComboBox, QLineEdit]] = {}
        if self.preview.organisations:
            layout.addWidget(self._organisations_box())
        self.backups_label = QLabel(self._backups_text())
        self.backups_label.setObjectName("erasureBackups")
        self.backups_label.setWordWrap(True)
        self.backups_label.setVisible(bool(self.backups_label.text()))
        layout.addWidget(self.backups_label)
        prompt = QLabel(arg(self.tr("Type the name to confirm: %1"), self.name))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Name to confirm the erasure"))
        prompt.setBuddy(self.name_edit)
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.erase_button.setText(self.tr("Erase"))
        self.erase_button.setAccessibleName(self.tr("Erase"))
        self.erase_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)

    def _organisations_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("erasureOrganisations")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 4)
        intro = QLabel(self.tr(
            "These organisations have the person's name (a sole proprietorship's name is personal data). "
            "Choose for each one:"))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        for row, item in enumerate(self.preview.organisations, start=1):
            name = str(item["name"])
            shown = arg(self.tr("%1 (org. no. %2)"), name, str(item["orgnr"])) if item.get("orgnr") else name
            label = QLabel(shown)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"enkChoice{item['id']}")
            combo.setAccessibleName(arg(self.tr("What to do with %1"), name))
            combo.addItem(self.tr("Choose…"), self.CHOOSE)
            combo.addItem(self.tr("Erase it"), self.ERASE)
            combo.addItem(self.tr("Rename it"), self.RENAME)
            combo.addItem(self.tr("Keep it as it is"), self.KEEP)
            label.setBuddy(combo)
            new_name = QLineEdit()
            new_name.setObjectName(f"enkName{item['id']}")
            new_name.setPlaceholderText(self.tr("New name"))
            new_name.setAccessibleName(arg(self.tr("New name for %1"), name))
            new_name.setEnabled(False)
            combo.currentIndexChanged.connect(lambda _index, c=combo, e=new_name: self._choice_changed(c, e))
            new_name.textChanged.connect(self._check)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(new_name, row, 2)
            self.choices[int(item["id"])] = (combo, new_name)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        return box

    def _backups_text(self) -> str:
        count, gone_by = self.preview.backups_holding, self.preview.backups_gone_by
        if not count or gone_by is None:
            return ""
        return arg(translate(
            "ErasePersonDialog",
            "%n older backup(s) still hold the person. Thinning removes them by %1, as long as the program "
            "keeps taking backups. Copies saved or moved elsewhere you must delete yourself.", "", count),
            format_date_short(gone_by, ui_lang()))

    def _choice_changed(self, combo: QComboBox, new_name: QLineEdit) -> None:
        renaming = combo.currentData() == self.RENAME
        new_name.setEnabled(renaming)
        if renaming:
            new_name.setFocus()
        self._check()

    def organisation_choices(self) -> dict[int, str | None] | None:
        """The choices as `erase_person` takes them (None: erase, a name: rename, "": keep);
        None while one is still to be made."""
        chosen: dict[int, str | None] = {}
        for org_id, (combo, new_name) in self.choices.items():
            choice = combo.currentData()
            if choice == self.ERASE:
                chosen[org_id] = None
            elif choice == self.RENAME and new_name.text().strip():
                chosen[org_id] = new_name.text().strip()
            elif choice == self.KEEP:
                chosen[org_id] = ""
            else:
                return None
        return chosen

    def _matches(self) -> bool:
        return " ".join(self.name_edit.text().split()).casefold() == " ".join(self.name.split()).casefold()

    def _check(self) -> None:
        self.erase_button.setEnabled(self._matches() and self.organisation_choices() is not None)

    def erase(self) -> None:
        organisations = self.organisation_choices()
        if not self._matches() or organisations is None:
            return
        from btvcrm.services.privacy import erase_person

        try:
            self.result_info = erase_person(self.crm, self.person_id, reason="forespørsel",
                                            organisations=organisations)
        except UserError as error:
            show_user_error(self, error)
            return
        self.erased = True
        kept = self.result_info.attachments_kept
        if kept:  # the sender's files: told where they are, never deleted behind her back
            QMessageBox.information(self, self.tr("Person erased"), arg(translate(
                "ErasePersonDialog", "%n saved attachment(s) from meetings the person took part in are still in "
                "%1. The contents of these files cannot be washed: look through them and delete those that "
                "mention the person.", "", len(kept)), str(kept[0].parent.parent)))
        if not self.result_info.cleanup_done:
            QMessageBox.information(self, self.tr("Person erased"), self.tr(
                "Another program is reading the data file now, so the last traces (in the search index and "
                "the log) are removed when the file is free, at the latest the next time it is opened."))
        self.accept()


def export_innsyn(crm: Crm, person_id: int, parent: QWidget | None = None) -> Path | None:
    """Ask where, then write the innsyn export (JSON, or PDF for a .pdf name) and open it."""
    from btvcrm.reports import safe_pdf_name
    from btvcrm.services.privacy import export_person
    from btvcrm.ui.widgets.pdf_export import default_folder, open_and_tell

    person = crm.people.get(person_id)
    suggested = safe_pdf_name(clock.today(), _tr("Access request"), person.name, ext=".json")
    name, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Access request (innsyn)"), str(default_folder() / suggested),
        _tr("JSON (*.json)") + ";;" + _tr("PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".json", ".pdf"):
        path = path.with_name(path.name + (".pdf" if "pdf" in chosen.lower() else ".json"))
    try:
        written = background.run(parent, _tr("Writing the access request…"),
                                 lambda: export_person(crm, person_id, path), crm=crm)
    except UserError as error:
        show_user_error(parent, error)
        return None
    open_and_tell(parent, written)
    return written


class PrivacyReviewDialog(QDialog):
    """People with no contact for 24 months: keep (dismiss from the list) or erase."""

    COLUMNS = 5

    def __init__(self, crm: Crm, parent: QWidget | None = None, *, months: int = 24) -> None:
        super().__init__(parent)
        self.crm = crm
        self.months = months
        self.lang = ui_lang()
        self.kept: set[int] = set()
        self.setWindowTitle(self.tr("Privacy review"))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.intro = QLabel(arg(self.tr(
            "People with no contact for %1 months. Keep those you still need, erase the others."
        ), str(months)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Last contact"), self.tr("Legal basis"), ""]
        )
        self.table.setAccessibleName(self.tr("People to review"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Nobody to review: everyone has had contact in the period."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.items: list[dict[str, Any]] = []
        self.reload()

    def reload(self) -> None:
        from btvcrm.services.privacy import people_without_contact

        self.items = [item for item in people_without_contact(self.crm, months=self.months)
                      if int(item["id"]) not in self.kept]
        self.table.setRowCount(0)
        for row, item in enumerate(self.items):
            self.table.insertRow(row)
            last = item.get("last_meeting") or ""
            last_text = format_date_short(dt.date.fromisoformat(last[:10]), self.lang) if last else self.tr("never")
            try:
                basis = LegalBasis(item.get("legal_basis") or "").label(self.lang)
            except ValueError:
                basis = str(item.get("legal_basis") or "")
            if item.get("objection"):
                basis += " · " + self.tr("objected")
            for column, value in enumerate([str(item["name"]), str(item.get("email") or ""), last_text, basis]):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.table.setItem(row, column, cell)
            self.table.setCellWidget(row, 4, self._row_buttons(int(item["id"]), str(item["name"])))
        self.table.resizeRowsToContents()
        self.empty_label.setVisible(not self.items)
        self.table.setVisible(bool(self.items))

    def _row_buttons(self, person_id: int, name: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 0, 2, 0)
        keep = QPushButton(self.tr("Keep"))
        keep.setObjectName(f"keep{person_id}")
        keep.setAccessibleName(arg(self.tr("Keep %1"), name))
        keep.clicked.connect(lambda _checked=False: self.keep(person_id))
        erase = QPushButton(self.tr("Erase…"))
        erase.setObjectName(f"erase{person_id}")
        erase.setAccessibleName(arg(self.tr("Erase %1"), name))
        erase.clicked.connect(lambda _checked=False: self.erase(person_id))
        row.addWidget(keep)
        row.addWidget(erase)
        return box

    def keep(self, person_id: int) -> None:
        """Keep the person: they leave this list (the next review asks again)."""
        self.kept.add(person_id)
        self.reload()

    def make_erase_dialog(self, person_id: int) -> ErasePersonDialog:
        return ErasePersonDialog(self.crm, person_id, self)

    def erase(self, person_id: int) -> bool:
        dialog = self.make_erase_dialog(person_id)
        dialog.exec()
        if dialog.erased:
            self.reload()
        return dialog.erased


__all__ = ["ErasePersonDialog", "PrivacyReviewDialog", "export_innsyn"]
