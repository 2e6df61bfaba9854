"""Initiative (innovative procurement) page, plus the small lesson and follow-up pages."""

from __future__ import annotations

from html import escape

from btvcrm.domain.enums import InitiativePhase
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.formatting import format_nok
from btvcrm.domain.kinds import Kind
from btvcrm.domain.validation import doffin_url
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.widgets.common import me_name


class InitiativePage(DetailPage):
    kind = Kind.INITIATIVE

    def build(self) -> None:
        self.add_button(self.tr("New follow-up"), self.new_follow_up, "newFollowUp")
        self.add_button(self.tr("Edit"), self.edit, "edit")
        from btvcrm.ui.details.dialogue_section import DialogueSection

        self.dialogue_section = DialogueSection(self)  # Markedsdialog
        self.dates_view = self.add_list(self.tr("Key dates"), [self.tr("Date"), self.tr("What")])
        self.lessons_view = self.add_list(self.tr("Lessons learned"), [self.tr("Date"), self.tr("Lesson")])
        self.follow_up_view = self.add_list(
            self.tr("Open follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")]
        )

    def refresh(self) -> None:
        item = self.crm.initiatives.get(self.item_id)
        self.title_label.setText(item.title)
        phases = " → ".join(
            f"<b>{p.label(self.lang)}</b>" if p == item.phase else p.label(self.lang) for p in InitiativePhase
        )
        self.subtitle_label.setText(phases)
        owner = ""
        if item.owner_organisation_id is not None:
            owner = self.link(Kind.ORGANISATION, item.owner_organisation_id,
                              self.crm.organisations.get(item.owner_organisation_id).name)
        counties = ", ".join(
            self.link(Kind.COUNTY, c, self.crm.counties.get(c).name) for c in item.county_ids
        )
        doffin = ""
        if item.doffin_id:
            doffin = f'<a href="{escape(doffin_url(item.doffin_id))}">{escape(item.doffin_id)}</a>'
        self.set_facts([
            (self.tr("Phase"), item.phase.label(self.lang)),
            (self.tr("Owner"), owner),
            (self.tr("Counties"), counties),
            (self.tr("Estimated value"), format_nok(item.estimated_value_nok, self.lang)
             if item.estimated_value_nok is not None else ""),
            (self.tr("Procedure"), item.procedure_type),
            (self.tr("Doffin"), doffin),
            (self.tr("Tags"), ", ".join(item.tags)),
            (self.tr("Description"), item.description),
        ])
        self.dates_view.clear()
        for key_date in item.key_dates:
            self.dates_view.add_row([self.date_text(key_date.date), key_date.label])
        self.dates_view.fit_columns()
        self.lessons_view.clear()
        for row in self.crm.lessons.query_rows(ListFilter(initiative_id=self.item_id), limit=200):
            self.lessons_view.add_row([self.date_text(row["learned_on"]), row["title"]], Kind.LESSON, row.id)
        self.lessons_view.fit_columns()
        self.fill_follow_ups(
            self.follow_up_view,
            self.crm.follow_ups.query_rows(ListFilter(initiative_id=self.item_id, status="open"), sort="due", limit=200),
        )
        self.timeline.load(self.crm.timeline.for_entity(Kind.INITIATIVE, self.item_id))
        self.dialogue_section.refresh()

    def new_follow_up(self) -> None:
        from btvcrm.domain.models import FollowUp
        from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog

        FollowUpDialog(self.crm, None, self, template=FollowUp(text="", initiative_id=self.item_id)).exec()

    def edit(self) -> None:
        from btvcrm.ui.dialogs.entity_dialogs import InitiativeDialog

        InitiativeDialog(self.crm, self.item_id, self).exec()


class LessonPage(DetailPage):
    kind = Kind.LESSON

    def build(self) -> None:
        self.add_button(self.tr("Edit"), self.edit, "edit")
        self.links_view = self.add_list(self.tr("Linked"), [self.tr("Kind"), self.tr("Name")])
        self.timeline.setVisible(False)

    def refresh(self) -> None:
        lesson = self.crm.lessons.get(self.item_id)
        self.title_label.setText(lesson.title)
        learned_in = self.crm.counties.get(lesson.learned_in_county_id).name if lesson.learned_in_county_id else ""
        self.subtitle_label.setText(self.tr("Lesson learned"))
        self.set_facts([
            (self.tr("Learned in"), learned_in),
            (self.tr("Date"), self.date_text(lesson.learned_on)),
            (self.tr("Relevant for"), ", ".join(self.crm.counties.get(c).name for c in lesson.relevant_county_ids)),
            (self.tr("Lesson"), lesson.text),
        ])
        self.links_view.clear()
        if lesson.meeting_id:
            self.links_view.add_row(
                [self.tr("Meeting"), self.crm.meetings.get(lesson.meeting_id).title], Kind.MEETING, lesson.meeting_id
            )
        for initiative_id in lesson.initiative_ids:
            self.links_view.add_row(
                [self.tr("Initiative"), self.crm.initiatives.get(initiative_id).title], Kind.INITIATIVE, initiative_id
            )
        if lesson.learned_in_county_id:
            self.links_view.add_row([self.tr("County"), learned_in], Kind.COUNTY, lesson.learned_in_county_id)
        self.links_view.fit_columns()

    def edit(self) -> None:
        from btvcrm.ui.dialogs.entity_dialogs import LessonDialog

        LessonDialog(self.crm, self.item_id, self).exec()


class FollowUpPage(DetailPage):
    kind = Kind.FOLLOW_UP

    def build(self) -> None:
        self.done_button = self.add_button(self.tr("Done"), self.mark_done, "done")
        self.add_button(self.tr("Edit"), self.edit, "edit")
        self.links_view = self.add_list(self.tr("Linked"), [self.tr("Kind"), self.tr("Name")])
        self.timeline.setVisible(False)

    def refresh(self) -> None:
        item = self.crm.follow_ups.get(self.item_id)
        self.title_label.setText(item.text)
        self.subtitle_label.setText(item.status.label(self.lang))
        self.done_button.setEnabled(item.status.value == "open")
        responsible = me_name() if item.responsible_person_id is None else self.link(
            Kind.PERSON, item.responsible_person_id, self.crm.people.get(item.responsible_person_id).name)
        self.set_facts([
            (self.tr("Due"), self.date_text(item.due_date)),
            (self.tr("Responsible"), responsible),
            (self.tr("Status"), item.status.label(self.lang)),
            (self.tr("Repeats"), item.rrule or ""),
            (self.tr("Notes"), item.notes),
        ])
        self.links_view.clear()
        for kind, item_id, label, getter in (
            (Kind.MEETING, item.meeting_id, self.tr("Meeting"), lambda i: self.crm.meetings.get(i).title),
            (Kind.ORGANISATION, item.organisation_id, self.tr("Organisation"),
             lambda i: self.crm.organisations.get(i).name),
            (Kind.PERSON, item.person_id, self.tr("Person"), lambda i: self.crm.people.get(i).name),
            (Kind.COUNTY, item.county_id, self.tr("County"), lambda i: self.crm.counties.get(i).name),
            (Kind.INITIATIVE, item.initiative_id, self.tr("Initiative"), lambda i: self.crm.initiatives.get(i).title),
        ):
            if item_id is not None:
                self.links_view.add_row([label, getter(item_id)], kind, item_id)
        self.links_view.fit_columns()

    def mark_done(self) -> None:
        self.crm.follow_ups.complete(self.item_id)

    def edit(self) -> None:
        from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog

        FollowUpDialog(self.crm, self.item_id, self).exec()
