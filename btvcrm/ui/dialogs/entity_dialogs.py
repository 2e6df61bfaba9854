"""New / edit forms for organisations, people, initiatives and lessons learned."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from btvcrm.domain import clock
from btvcrm.domain.dates import format_date_short, parse_when
from btvcrm.domain.enums import InitiativePhase, LegalBasis, OrganisationKind
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.formatting import format_nok, parse_nok
from btvcrm.domain.models import Initiative, KeyDate, Lesson, Organisation, Person
from btvcrm.domain.validation import format_orgnr
from btvcrm.services import records
from btvcrm.ui.dialogs.logic import parse_follow_up_lines
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.common import name_accessibly, private_notes_frame, show_user_error, ui_lang
from btvcrm.ui.widgets.completer import NameListEdit
from btvcrm.ui.widgets.form_keys import FormKeys, FormState

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm


class CountyChecks(QWidget):
    def __init__(self, crm: Crm, checked: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        for county in crm.counties.all():
            assert county.id is not None
            box = QCheckBox(county.name)
            box.setChecked(county.id in checked)
            self.boxes[county.id] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def ids(self) -> list[int]:
        return [cid for cid, box in self.boxes.items() if box.isChecked()]


class FormDialog(QDialog):
    """A form with Save / Cancel; `apply()` saves and returns the id (raising UserError)."""

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.lang = ui_lang()
        self.saved_id: int | None = None
        self.saved: records.Saved | None = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setMinimumWidth(560)

    def finish_form(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        name_accessibly(self)
        self.keys = FormKeys(self, self.save)  # Return moves on; Ctrl+Enter and Ctrl+S save
        self.state = FormState(self)

    def reject(self) -> None:
        """Esc, Cancel or closing: ask before changes are thrown away."""
        if self.saved is None and not self.state.may_close(self):
            return
        super().reject()

    def apply(self) -> records.Saved:
        """Form -> record -> the `services.records` call (one transaction)."""
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.saved = self.apply()
        except UserError as error:
            show_user_error(self, error)
            return
        self.saved_id = self.saved.id
        self.accept()

    @staticmethod
    def organisation_link(edit: NameListEdit) -> tuple[int | None, str | None]:
        """The organisation in `edit` for `services.records`: (id, None) when picked from
        completion, (None, name) when typed (the service finds or creates it, and refuses
        more than one), (None, "") when empty."""
        names = edit.names()
        if len(names) == 1 and edit.known_id(names[0]) is not None:
            return edit.known_id(names[0]), None
        return None, ";".join(names)

    @staticmethod
    def tags_of(edit: QLineEdit) -> list[str]:
        return [t.strip() for t in edit.text().split(",") if t.strip()]


def _keep_in_touch_spin(value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 3650)
    spin.setValue(value or 0)
    return spin


class OrganisationDialog(FormDialog):
    def __init__(self, crm: Crm, org_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(crm, parent)
        self.org = crm.organisations.get(org_id) if org_id else Organisation(name="")
        self.setWindowTitle(self.tr("Edit organisation") if org_id else self.tr("New organisation"))
        self.name_edit = QLineEdit(self.org.name)
        self.kind_combo = QComboBox()
        for kind in OrganisationKind:
            self.kind_combo.addItem(kind.label(self.lang), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(OrganisationKind(self.org.kind).value))
        self.orgnr_edit = QLineEdit(format_orgnr(self.org.orgnr) if self.org.orgnr else "")
        self.orgnr_edit.setPlaceholderText("999 999 999")
        self.website_edit = QLineEdit(self.org.website or "")
        self.parent_edit = NameListEdit(crm.organisations.complete)
        if self.org.parent_id:
            self.parent_edit.set_names([crm.organisations.get(self.org.parent_id).name])
        self.counties = CountyChecks(crm, self.org.county_ids)
        self.key_box = QCheckBox(self.tr("Key organisation"))
        self.key_box.setChecked(self.org.is_key)
        self.keep_spin = _keep_in_touch_spin(self.org.keep_in_touch_days)
        self.keep_spin.setSpecialValueText(self.tr("no reminder"))
        self.keep_spin.setSuffix(self.tr(" days"))
        self.tags_edit = QLineEdit(", ".join(self.org.tags))
        self.notes_edit = QPlainTextEdit(self.org.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Kind"), self.kind_combo)
        self.form.addRow(self.tr("Organisation num&ber"), self.orgnr_edit)
        self.form.addRow(self.tr("&Website"), self.website_edit)
        self.form.addRow(self.tr("&Part of"), self.parent_edit)
        self.form.addRow(self.tr("Counties"), self.counties)
        self.form.addRow("", self.key_box)
        self.form.addRow(self.tr("Keep in touch every"), self.keep_spin)
        self.form.addRow(self.tr("&Tags"), self.tags_edit)
        self.form.addRow(self.tr("N&otes"), self.notes_edit)
        self.finish_form()

    def apply(self) -> records.Saved:
        org = copy.deepcopy(self.org)
        org.name = self.name_edit.text()
        org.kind = OrganisationKind(self.kind_combo.currentData())
        org.orgnr = self.orgnr_edit.text() or None
        org.website = self.website_edit.text() or None
        parent_id, parent_name = self.organisation_link(self.parent_edit)
        if parent_name is None:
            org.parent_id = parent_id
        org.county_ids = self.counties.ids()
        org.is_key = self.key_box.isChecked()
        org.keep_in_touch_days = self.keep_spin.value() or None
        org.tags = self.tags_of(self.tags_edit)
        org.notes = self.notes_edit.toPlainText()
        return records.save_organisation(self.crm, org, parent_name=parent_name)


class PersonDialog(FormDialog):
    def __init__(self, crm: Crm, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(crm, parent)
        self.person = crm.people.get(person_id) if person_id else Person(name="")
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("New person"))
        self.name_edit = QLineEdit(self.person.name)
        self.title_edit = QLineEdit(self.person.title)
        self.org_edit = NameListEdit(crm.organisations.complete)
        if self.person.organisation_id:
            self.org_edit.set_names([crm.organisations.get(self.person.organisation_id).name])
        self.email_edit = QLineEdit(self.person.email or "")
        self.phone_edit = QLineEdit(self.person.phone or "")
        self.counties = CountyChecks(crm, self.person.county_ids)
        self.key_box = QCheckBox(self.tr("Key contact"))
        self.key_box.setChecked(self.person.is_key)
        self.keep_spin = _keep_in_touch_spin(self.person.keep_in_touch_days)
        self.keep_spin.setSpecialValueText(self.tr("no reminder"))
        self.keep_spin.setSuffix(self.tr(" days"))
        self.basis_combo = QComboBox()
        for basis in LegalBasis:
            self.basis_combo.addItem(basis.label(self.lang), basis.value)
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(LegalBasis(self.person.legal_basis).value))
        self.objection_box = QCheckBox(self.tr("Has objected to processing"))
        self.objection_box.setChecked(self.person.objection)
        self.tags_edit = QLineEdit(", ".join(self.person.tags))
        self.notes_edit = QPlainTextEdit(self.person.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.private_edit = QPlainTextEdit(self.person.private_notes)
        self.private_edit.setTabChangesFocus(True)
        for widget in (self.notes_edit, self.private_edit):
            widget.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Organisation"), self.org_edit)
        self.form.addRow(self.tr("&E-mail"), self.email_edit)
        self.form.addRow(self.tr("&Phone"), self.phone_edit)
        self.form.addRow(self.tr("Counties"), self.counties)
        self.form.addRow("", self.key_box)
        self.form.addRow(self.tr("Keep in touch every"), self.keep_spin)
        self.form.addRow(self.tr("Legal basis"), self.basis_combo)
        self.form.addRow("", self.objection_box)
        self.form.addRow(self.tr("T&ags"), self.tags_edit)
        self.form.addRow(self.tr("Note&s"), self.notes_edit)
        self.form.addRow(private_notes_frame(self.private_edit))
        self.finish_form()

    def apply(self) -> records.Saved:
        person = copy.deepcopy(self.person)
        person.name = self.name_edit.text()
        person.title = self.title_edit.text()
        org_id, org_name = self.organisation_link(self.org_edit)
        if org_name is None:
            person.organisation_id = org_id
        person.email = self.email_edit.text() or None
        person.phone = self.phone_edit.text() or None
        person.county_ids = self.counties.ids()
        person.is_key = self.key_box.isChecked()
        person.keep_in_touch_days = self.keep_spin.value() or None
        person.legal_basis = LegalBasis(self.basis_combo.currentData())
        person.objection = self.objection_box.isChecked()
        person.tags = self.tags_of(self.tags_edit)
        person.notes = self.notes_edit.toPlainText()
        person.private_notes = self.private_edit.toPlainText()
        return records.save_person(self.crm, person, organisation_name=org_name)


class InitiativeDialog(FormDialog):
    def __init__(self, crm: Crm, initiative_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(crm, parent)
        self.item = crm.initiatives.get(initiative_id) if initiative_id else Initiative(title="")
        self.setWindowTitle(self.tr("Edit initiative") if initiative_id else self.tr("New initiative"))
        self.title_edit = QLineEdit(self.item.title)
        self.phase_combo = QComboBox()
        for phase in InitiativePhase:
            self.phase_combo.addItem(phase.label(self.lang), phase.value)
        self.phase_combo.setCurrentIndex(self.phase_combo.findData(InitiativePhase(self.item.phase).value))
        self.owner_edit = NameListEdit(crm.organisations.complete)
        if self.item.owner_organisation_id:
            self.owner_edit.set_names([crm.organisations.get(self.item.owner_organisation_id).name])
        self.counties = CountyChecks(crm, self.item.county_ids)
        self.procedure_edit = QLineEdit(self.item.procedure_type)
        value = self.item.estimated_value_nok
        self.value_edit = QLineEdit(format_nok(value, "nb") if value is not None else "")
        self.value_edit.setPlaceholderText(self.tr("e.g. “8 mrd”, “2,5 mill.”, “750 000”"))
        self.doffin_edit = QLineEdit(self.item.doffin_id or "")
        self.dates_edit = QPlainTextEdit(
            "\n".join(f"{d.label} @ {format_date_short(d.date, 'nb')}" for d in self.item.key_dates)
        )
        self.dates_edit.setPlaceholderText(self.tr("One per line, e.g. “Dialogue conference @ 14.06.2016”"))
        self.dates_edit.setTabChangesFocus(True)
        self.dates_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.tags_edit = QLineEdit(", ".join(self.item.tags))
        self.description_edit = QPlainTextEdit(self.item.description)
        self.description_edit.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Phase"), self.phase_combo)
        self.form.addRow(self.tr("&Owner"), self.owner_edit)
        self.form.addRow(self.tr("Counties"), self.counties)
        self.form.addRow(self.tr("P&rocedure"), self.procedure_edit)
        self.form.addRow(self.tr("Estimated &value"), self.value_edit)
        self.form.addRow(self.tr("&Doffin reference"), self.doffin_edit)
        self.form.addRow(self.tr("&Key dates"), self.dates_edit)
        self.form.addRow(self.tr("T&ags"), self.tags_edit)
        self.form.addRow(self.tr("De&scription"), self.description_edit)
        self.finish_form()

    def apply(self) -> records.Saved:
        item = copy.deepcopy(self.item)
        key_dates = []
        for line in parse_follow_up_lines(self.dates_edit.toPlainText(), today=clock.today(), lang=self.lang):
            if line.error or line.due is None:
                raise UserError(arg(self.tr("Key date “%1” needs a date after “@”."), line.text)
                                + (f" {line.error}" if line.error else ""))
            key_dates.append(KeyDate(line.text, line.due))
        item.title = self.title_edit.text()
        item.phase = InitiativePhase(self.phase_combo.currentData())
        owner_id, owner_name = self.organisation_link(self.owner_edit)
        if owner_name is None:
            item.owner_organisation_id = owner_id
        item.county_ids = self.counties.ids()
        item.procedure_type = self.procedure_edit.text()
        item.estimated_value_nok = parse_nok(self.value_edit.text()) if self.value_edit.text().strip() else None
        item.doffin_id = self.doffin_edit.text() or None
        item.key_dates = key_dates
        item.tags = self.tags_of(self.tags_edit)
        item.description = self.description_edit.toPlainText()
        return records.save_initiative(self.crm, item, owner_name=owner_name)


class LessonDialog(FormDialog):
    def __init__(self, crm: Crm, lesson_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(crm, parent)
        self.item = crm.lessons.get(lesson_id) if lesson_id else Lesson(title="", learned_on=clock.today())
        self.setWindowTitle(self.tr("Edit lesson learned") if lesson_id else self.tr("New lesson learned"))
        self.title_edit = QLineEdit(self.item.title)
        self.text_edit = QPlainTextEdit(self.item.text)
        self.text_edit.setTabChangesFocus(True)
        self.county_combo = QComboBox()
        self.county_combo.addItem(self.tr("(none)"), None)
        for county in crm.counties.all():
            self.county_combo.addItem(county.name, county.id)
        self.county_combo.setCurrentIndex(max(0, self.county_combo.findData(self.item.learned_in_county_id)))
        self.date_edit = QLineEdit(format_date_short(self.item.learned_on, "nb") if self.item.learned_on else "")
        self.relevant = CountyChecks(crm, self.item.relevant_county_ids)
        self.initiatives_edit = NameListEdit(self._initiative_source)
        self.initiatives_edit.set_names([crm.initiatives.get(i).title for i in self.item.initiative_ids])
        self.form.addRow(self.tr("&Title"), self.title_edit)
        self.form.addRow(self.tr("&Lesson"), self.text_edit)
        self.form.addRow(self.tr("Lear&ned in"), self.county_combo)
        self.form.addRow(self.tr("&Date"), self.date_edit)
        self.form.addRow(self.tr("Relevant for"), self.relevant)
        self.form.addRow(self.tr("&Initiatives"), self.initiatives_edit)
        self.finish_form()

    def _initiative_source(self, prefix: str) -> list[dict[str, Any]]:
        try:
            rows = self.crm.initiatives.query_rows(ListFilter(text=prefix), limit=10)
        except UserError:
            return []
        return [{"id": r["id"], "name": r["title"]} for r in rows]

    def apply(self) -> records.Saved:
        item = copy.deepcopy(self.item)
        item.title = self.title_edit.text()
        item.text = self.text_edit.toPlainText()
        item.learned_in_county_id = self.county_combo.currentData()
        text = self.date_edit.text().strip()
        item.learned_on = parse_when(text, today=clock.today()).date if text else None
        item.relevant_county_ids = self.relevant.ids()
        return records.save_lesson(self.crm, item, initiative_titles=self.initiatives_edit.names(),
                                   known_initiatives=self.initiatives_edit.known_ids())


class CountyDialog(FormDialog):
    """A new county, or a county's new name."""

    def __init__(self, crm: Crm, county_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(crm, parent)
        self.county_id = county_id
        self.setWindowTitle(self.tr("Rename county") if county_id else self.tr("New county"))
        self.name_edit = QLineEdit(crm.counties.get(county_id).name if county_id else "")
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.setMinimumWidth(380)
        self.finish_form()

    def apply(self) -> records.Saved:
        return records.save_county(self.crm, self.name_edit.text(), self.county_id)
