"""Person detail page: contact facts, roles over time, open follow-ups, timeline."""

from __future__ import annotations

from html import escape

from btvcrm.domain.validation import format_phone
from btvcrm.storage.repo_base import ListFilter
from btvcrm.ui.details.base import DetailPage


class PersonPage(DetailPage):
    kind = "person"

    def build(self) -> None:
        self.add_button(self.tr("Log contact"), self.log_contact, "logContact")
        self.add_button(self.tr("New follow-up"), self.new_follow_up, "newFollowUp")
        self.add_button(self.tr("Edit"), self.edit, "edit")
        self.follow_up_view = self.add_list(
            self.tr("Open follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")]
        )
        self.roles_view = self.add_list(
            self.tr("Roles"), [self.tr("Organisation"), self.tr("Title"), self.tr("From"), self.tr("To")]
        )

    def refresh(self) -> None:
        person = self.crm.people.get(self.item_id)
        self.title_label.setText(person.name)
        org_name = self.crm.organisations.get(person.organisation_id).name if person.organisation_id else ""
        self.subtitle_label.setText(" · ".join(x for x in (person.title, org_name) if x))
        email = f'<a href="mailto:{escape(person.email)}">{escape(person.email)}</a>' if person.email else ""
        self.set_facts([
            (self.tr("Title"), person.title),
            (self.tr("Organisation"), self.link("organisation", person.organisation_id, org_name)
             if person.organisation_id else ""),
            (self.tr("E-mail"), email),
            (self.tr("Phone"), format_phone(person.phone) if person.phone else ""),
            (self.tr("Counties"), ", ".join(self.crm.counties.get(c).name for c in person.county_ids)),
            (self.tr("Key contact"), self.tr("yes") if person.is_key else ""),
            (self.tr("Keep in touch"), self.tr("every %1 days").replace("%1", str(person.keep_in_touch_days))
             if person.keep_in_touch_days else ""),
            (self.tr("Legal basis"), person.legal_basis.label(self.lang)),
            (self.tr("Tags"), ", ".join(person.tags)),
            (self.tr("Notes"), person.notes),
            (self.tr("Private notes"), person.private_notes),
        ])
        self.fill_follow_ups(
            self.follow_up_view,
            self.crm.follow_ups.query(ListFilter(person_id=self.item_id, status="open"), sort="due", limit=200),
        )
        self.roles_view.clear()
        for role in self.crm.people.roles(self.item_id):
            name = self.crm.organisations.get(role.organisation_id).name if role.organisation_id else ""
            self.roles_view.add_row(
                [name, role.title, self.date_text(role.start_date), self.date_text(role.end_date)],
                "organisation" if role.organisation_id else None, role.organisation_id,
            )
        self.roles_view.fit_columns()
        self.timeline.load(self.crm.timeline.for_entity("person", self.item_id))

    def log_contact(self) -> None:
        from btvcrm.ui.dialogs.quick_log import QuickLogDialog

        person = self.crm.people.get(self.item_id)
        dialog = QuickLogDialog(self.crm, self)
        dialog.people_edit.set_names([person.name])
        if person.organisation_id:
            dialog.orgs_edit.set_names([self.crm.organisations.get(person.organisation_id).name])
            dialog._update_counties()
        if dialog.exec() and dialog.saved_meeting_id:
            self.open_requested.emit("meeting", dialog.saved_meeting_id)

    def new_follow_up(self) -> None:
        from btvcrm.domain.models import FollowUp
        from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog

        FollowUpDialog(self.crm, None, self, template=FollowUp(text="", person_id=self.item_id)).exec()

    def edit(self) -> None:
        from btvcrm.ui.dialogs.entity_dialogs import PersonDialog

        PersonDialog(self.crm, self.item_id, self).exec()
