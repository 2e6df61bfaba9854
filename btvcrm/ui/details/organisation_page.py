"""Organisation detail page: key facts, people, open follow-ups, initiatives, timeline."""

from __future__ import annotations

import datetime as dt
import html

from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import Organisation
from btvcrm.domain.validation import format_orgnr
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.i18n import arg, translate
from btvcrm.ui.widgets.anchoring import AnchoringStepDialog
from btvcrm.ui.widgets.pdf_export import ReportExporter


class OrganisationPage(DetailPage):
    kind = Kind.ORGANISATION

    def build(self) -> None:
        self.add_button(self.tr("Log contact"), self.log_contact, "logContact")
        self.add_button(self.tr("New follow-up"), self.new_follow_up, "newFollowUp")
        self.add_button(self.tr("Edit"), self.edit, "edit")
        self.pdf_button = self.add_button(self.tr("Meeting brief (PDF)"), self.export_brief, "pdf")
        self.email_button = self.add_button(self.tr("E-mail draft"), self.email_brief, "email")
        self.email_button.setToolTip(self.tr("Make the brief and an e-mail draft to the organisation's key people"))
        self.exporter = ReportExporter(self)
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

        from btvcrm.ui.widgets.anchoring import AnchoringStepper

        self.stepper = AnchoringStepper()
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.stepper, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Up the ladder"))
        self.up_button.setObjectName("moveUp")
        self.up_button.setToolTip(self.tr("Move the organisation one rung up the anchoring ladder"))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setObjectName("moveDown")
        self.down_button.setToolTip(self.tr("Move the organisation one rung down the anchoring ladder"))
        for button, direction in ((self.up_button, 1), (self.down_button, -1)):
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(lambda _checked=False, d=direction: self.step_ladder(d))
            buttons.addWidget(button)
        buttons.addStretch(1)
        row_layout.addLayout(buttons)
        self.insert_full_width(row)
        self.people_view = self.add_list(self.tr("People"), [self.tr("Name"), self.tr("Title"), self.tr("E-mail")])
        self.follow_up_view = self.add_list(
            self.tr("Open follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")]
        )
        self.initiative_view = self.add_list(
            self.tr("Initiatives and sub-units"), [self.tr("Name"), self.tr("Phase / kind")]
        )

    def register_facts(self, org: Organisation) -> list[tuple[str, str]]:
        """What Enhetsregisteret gave (services/register_import.py); empty rows are not shown."""
        if org.register_deleted_on is not None:
            status = ('<span style="color: #b91c1c;">'
                      + arg(self.tr("deleted in the register %1"), self.date_text(org.register_deleted_on)) + "</span>")
        elif org.register_updated_at:
            status = arg(self.tr("filled in %1"), self.date_text(dt.date.fromisoformat(org.register_updated_at[:10])))
        else:
            status = ""
        return [
            (self.tr("Organisation form"), html.escape(org.org_form)),
            (self.tr("Address"), html.escape(org.address)),
            (self.tr("NACE code"), html.escape(org.nace_code)),
            (self.tr("Sector code"), html.escape(org.sector_code)),
            (self.tr("Enhetsregisteret"), status),
        ]

    def refresh(self) -> None:
        from btvcrm.domain.enums import AnchoringStage, InitiativePhase, OrganisationKind

        org = self.crm.organisations.get(self.item_id)
        self.title_label.setText(org.name)
        counties = ", ".join(self.crm.counties.get(c).name for c in org.county_ids)
        self.subtitle_label.setText(" · ".join(x for x in (org.kind.label(self.lang), counties) if x))
        parent = ""
        if org.parent_id is not None:
            parent = self.link(Kind.ORGANISATION, org.parent_id, self.crm.organisations.get(org.parent_id).name)
        stage = self.crm.anchoring.current(organisation_id=self.item_id)
        self.stepper.set_history(self.crm.anchoring.history(organisation_id=self.item_id))
        self.up_button.setEnabled(stage is None or stage.stage.rung < len(AnchoringStage) - 1)
        self.down_button.setEnabled(stage is not None and stage.stage.rung > 0)
        anchoring = f"{stage.stage.label(self.lang)} ({self.date_text(stage.changed_on)})" if stage else ""
        website = f'<a href="{org.website}">{org.website}</a>' if org.website else ""
        self.set_facts([
            (self.tr("Kind"), org.kind.label(self.lang)),
            (self.tr("Organisation number"), format_orgnr(org.orgnr) if org.orgnr else ""),
            *self.register_facts(org),
            (self.tr("Website"), website),
            (self.tr("Part of"), parent),
            (self.tr("Counties"), counties),
            (self.tr("Anchoring"), anchoring),
            (self.tr("Key organisation"), self.tr("yes") if org.is_key else ""),
            (self.tr("Keep in touch"), translate("OrganisationPage", "every %n day(s)", "", org.keep_in_touch_days)
             if org.keep_in_touch_days else ""),
            (self.tr("Tags"), ", ".join(org.tags)),
            (self.tr("Notes"), org.notes),
        ])
        self.people_view.clear()
        for row in self.crm.people.at_organisation(self.item_id):
            self.people_view.add_row([row["name"], row["title"] or "", row["email"] or ""], Kind.PERSON, row["id"])
        self.people_view.fit_columns()
        self.fill_follow_ups(
            self.follow_up_view,
            self.crm.follow_ups.query_rows(ListFilter(organisation_id=self.item_id, status="open"), sort="due", limit=200),
        )
        self.initiative_view.clear()
        for row in self.crm.initiatives.query_rows(ListFilter(organisation_id=self.item_id), limit=200):
            self.initiative_view.add_row(
                [row["title"], InitiativePhase(row["phase"]).label(self.lang)], Kind.INITIATIVE, row["id"]
            )
        for row in self.crm.organisations.children(self.item_id):
            self.initiative_view.add_row(
                [row["name"], OrganisationKind(row["kind"]).label(self.lang)], Kind.ORGANISATION, row["id"]
            )
        self.initiative_view.fit_columns()
        self.timeline.load(self.crm.timeline.for_entity(Kind.ORGANISATION, self.item_id))

    def log_contact(self) -> None:
        from btvcrm.ui.dialogs.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.crm, self)
        dialog.orgs_edit.set_names([self.crm.organisations.get(self.item_id).name])
        dialog._update_counties()
        if dialog.exec() and dialog.saved_meeting_id:
            self.open_requested.emit(Kind.MEETING, dialog.saved_meeting_id)

    def new_follow_up(self) -> None:
        from btvcrm.domain.models import FollowUp
        from btvcrm.ui.dialogs.follow_up_dialog import FollowUpDialog

        FollowUpDialog(self.crm, None, self, template=FollowUp(text="", organisation_id=self.item_id)).exec()

    def edit(self) -> None:
        from btvcrm.ui.dialogs.entity_dialogs import OrganisationDialog

        OrganisationDialog(self.crm, self.item_id, self).exec()

    def make_step_dialog(self, direction: int) -> AnchoringStepDialog:
        return AnchoringStepDialog(self.crm, None, direction, self, organisation_id=self.item_id)

    def step_ladder(self, direction: int) -> None:
        self.make_step_dialog(direction).exec()

    def _brief_job(self, with_email: bool) -> bool:
        from btvcrm.domain import clock
        from btvcrm.reports import render_brief, safe_pdf_name
        from btvcrm.reports.builders import build_brief_doc

        name = self.crm.organisations.get(self.item_id).name
        file_name = safe_pdf_name(clock.today(), self.tr("Meeting brief"), name)

        def build() -> object:
            return build_brief_doc(self.crm, self.item_id, lang=self.lang)

        if not with_email:
            return self.exporter.pdf(file_name, build, render_brief)
        from btvcrm.services.documents import brief_email

        # The brief is internal: its draft is never addressed to the organisation itself.
        return self.exporter.email(file_name, build, render_brief,
                                   lambda: brief_email(self.crm, self.item_id, lang=self.lang))

    def export_brief(self) -> bool:
        return self._brief_job(False)

    def email_brief(self) -> bool:
        return self._brief_job(True)
