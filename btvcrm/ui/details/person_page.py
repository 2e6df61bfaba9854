"""Person detail page: contact facts, roles over time, open follow-ups, timeline."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QPushButton

from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.domain.validation import format_phone
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.i18n import translate


class PersonPage(DetailPage):
    kind = Kind.PERSON

    def build(self) -> None:
        self.add_button(self.tr("Log contact"), self.log_contact, "logContact")
        self.add_button(self.tr("New follow-up"), self.new_follow_up, "newFollowUp")
        self.edit_button = self.add_button(self.tr("Edit"), self.edit, "edit")
        self.export_button = self.add_button(self.tr("Access request (JSON/PDF)…"), self.export_innsyn, "innsyn")
        self.export_button.setToolTip(self.tr("Export everything held about the person (innsyn)"))
        self.erase_button = self.add_button(self.tr("Erase person (GDPR)…"), self.erase, "erase")
        self.erase_button.setToolTip(self.tr("Erase the person's name and contact details everywhere"))
        self.erased_banner = QLabel(self.tr("Erased person: name and contact details are gone."))
        self.erased_banner.setObjectName("erasedBanner")
        self.erased_banner.setStyleSheet("background: #fee2e2; color: #7f1d1d; padding: 6px; border-radius: 4px;")
        self.erased_banner.setVisible(False)
        self.insert_full_width(self.erased_banner)
        self.private_box, self.private_text = self.private_notes_box()
        self.follow_up_view = self.add_list(
            self.tr("Open follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")]
        )
        self.roles_view = self.add_list(
            self.tr("Roles"), [self.tr("Organisation"), self.tr("Title"), self.tr("From"), self.tr("To")]
        )
        self.left.addWidget(self.private_box)

    def refresh(self) -> None:
        person = self.crm.people.get(self.item_id)
        self.title_label.setText(self.tr("erased person") if person.erased else person.name)
        org_name = self.crm.organisations.get(person.organisation_id).name if person.organisation_id else ""
        self.subtitle_label.setText(" · ".join(x for x in (person.title, org_name) if x))
        email = f'<a href="mailto:{escape(person.email)}">{escape(person.email)}</a>' if person.email else ""
        self.set_facts([
            (self.tr("Title"), person.title),
            (self.tr("Organisation"), self.link(Kind.ORGANISATION, person.organisation_id, org_name)
             if person.organisation_id else ""),
            (self.tr("E-mail"), email),
            (self.tr("Phone"), format_phone(person.phone) if person.phone else ""),
            (self.tr("Counties"), ", ".join(self.crm.counties.get(c).name for c in person.county_ids)),
            (self.tr("Key contact"), self.tr("yes") if person.is_key else ""),
            (self.tr("Keep in touch"), translate("PersonPage", "every %n day(s)", "", person.keep_in_touch_days)
             if person.keep_in_touch_days else ""),
            (self.tr("Legal basis"), person.legal_basis.label(self.lang)),
            (self.tr("Tags"), ", ".join(person.tags)),
            (self.tr("Objection"), self.tr("the person has objected to processing") if person.objection else ""),
            (self.tr("Notes"), person.notes),
        ])
        self.private_text.setText(person.private_notes)
        self.private_box.setVisible(bool(person.private_notes))
        self.erased_banner.setVisible(person.erased)
        for button in self.findChildren(QPushButton):
            if button.objectName() in ("logContact", "newFollowUp", "edit", "innsyn", "erase"):
                button.setEnabled(not person.erased)
        self.fill_follow_ups(
            self.follow_up_view,
            self.crm.follow_ups.query_rows(ListFilter(person_id=self.item_id, status="open"), sort="due", limit=200),
        )
        self.roles_view.clear()
        for role in self.crm.people.roles(self.item_id):
            name = self.crm.organisations.get(role.organisation_id).name if role.organisation_id else ""
            self.roles_view.add_row(
                [name, role.title, self.date_text(role.start_date), self.date_text(role.end_date)],
                Kind.ORGANISATION if role.organisation_id else None, role.organisation_id,
            )
        self.roles_view.fit_columns()
        self.timeline.load(self.crm.timeline.for_entity(Kind.PERSON, self.item_id))

    def log_contact(self) -> None:
        from btvcrm.ui.dialogs.quick_log import QuickLogDialog

        person = self.crm.people.get(self.item_id)
        dialog = QuickLogDialog(self.crm, self)
        dialog.people_edit.set_names([person.name])
        if person.organisation_id:
            dialog.orgs_edit.set_names([self.crm.organisations.get(person.organisation_id).name])
            dialog._update_counties()
        if dialog.exec() and dialog.saved_meeting_id:
            self.open_requested.emit(Kind.MEETING, dialog.saved_meeting_id)

    def new_follow_up(self) -> None:
        from btvcrm.domain.models import FollowUp
        from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog

        FollowUpDialog(self.crm, None, self, template=FollowUp(text="", person_id=self.item_id)).exec()

    def edit(self) -> None:
        from btvcrm.ui.dialogs.entity_dialogs import PersonDialog

        PersonDialog(self.crm, self.item_id, self).exec()

    def export_innsyn(self) -> object:
        from btvcrm.ui.dialogs.privacy_review import export_innsyn

        return export_innsyn(self.crm, self.item_id, self)

    def make_erase_dialog(self):  # type: ignore[no-untyped-def]
        from btvcrm.ui.dialogs.privacy_review import ErasePersonDialog

        return ErasePersonDialog(self.crm, self.item_id, self)

    def erase(self) -> bool:
        dialog = self.make_erase_dialog()
        dialog.exec()
        if dialog.erased:
            self.refresh()
        return bool(dialog.erased)
