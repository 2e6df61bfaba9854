"""County detail page: the anchoring ladder as a stepper with its dated history,
moving up or down (date + note + optional meeting), a power/interest map of the
county's organisations (drag a dot to reassess, dated), initiatives, timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from btvcrm.domain import clock
from btvcrm.domain.dates import format_date_long, format_date_short
from btvcrm.domain.enums import AnchoringStage, InitiativePhase
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.formatting import format_nok
from btvcrm.domain.kinds import Kind
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.anchoring import AnchoringStepDialog, AnchoringStepper
from btvcrm.ui.widgets.common import section_label
from btvcrm.ui.widgets.pdf_export import EmailDraft, ReportExporter
from btvcrm.ui.widgets.power_map import PowerInterestMap


class CountyPage(DetailPage):
    kind = Kind.COUNTY

    def build(self) -> None:
        self.up_button = self.add_button(self.tr("Move up the ladder"), lambda: self.step_ladder(1), "moveUp")
        self.down_button = self.add_button(self.tr("Move down"), lambda: self.step_ladder(-1), "moveDown")
        self.pdf_button = self.add_button(self.tr("County report (PDF)"), self.export_report, "pdf")
        self.email_button = self.add_button(self.tr("E-mail draft"), self.email_report, "email")
        self.email_button.setToolTip(self.tr("Make the county report and an e-mail draft with it attached"))
        self.exporter = ReportExporter(self)
        # The ladder spans the page so that every rung's name reads in full.
        self.stepper = AnchoringStepper()
        self.insert_full_width(self.stepper)
        self.history_view = self.add_list(
            self.tr("Anchoring history"), [self.tr("Date"), self.tr("Stage"), self.tr("Note"), self.tr("Meeting")]
        )
        self.initiative_view = self.add_list(
            self.tr("Initiatives in the county"), [self.tr("Initiative"), self.tr("Phase"), self.tr("Value")]
        )
        self.follow_up_view = self.add_list(
            self.tr("Open follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")]
        )
        self.right.addWidget(section_label(self.tr("Power and interest")))
        hint = QLabel(self.tr("Drag a dot to reassess an organisation; each move is dated and kept."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.right.addWidget(hint)
        self.map = PowerInterestMap(self.crm, self.item_id)
        self.map.open_requested.connect(self.open_requested)
        self.right.addWidget(self.map, 2)

    def refresh(self) -> None:
        county = self.crm.counties.get(self.item_id)
        self.title_label.setText(county.name)
        history = self.crm.anchoring.history(county_id=self.item_id)
        self.stepper.set_history(history)
        current = history[-1] if history else None
        stage = current.stage if current else AnchoringStage.NOT_CONTACTED
        since = ""
        if current is not None:
            since = " " + arg(self.tr("since %1"), format_date_long(current.changed_on, self.lang))
        self.subtitle_label.setText(arg(self.tr("Anchoring: %1"), stage.label(self.lang)) + since)
        self.up_button.setEnabled(stage != AnchoringStage.CO_OWNER)
        self.down_button.setEnabled(stage != AnchoringStage.NOT_CONTACTED)
        self.set_facts([
            (self.tr("Organisations"), str(self.crm.organisations.query_count(ListFilter(county_id=self.item_id)))),
            (self.tr("Meetings"), str(self.crm.meetings.query_count(ListFilter(county_id=self.item_id)))),
        ])
        self.history_view.clear()
        for change in reversed(history):
            meeting = ""
            if change.meeting_id is not None:
                meeting = self.crm.meetings.get(change.meeting_id).title
            self.history_view.add_row(
                [self.date_text(change.changed_on), change.stage.label(self.lang), change.note, meeting],
                Kind.MEETING if change.meeting_id else None, change.meeting_id,
            )
        self.history_view.fit_columns()
        self.initiative_view.clear()
        for row in self.crm.initiatives.query_rows(ListFilter(county_id=self.item_id), limit=200):
            value = format_nok(row["estimated_value_nok"], self.lang, short=True) if row["estimated_value_nok"] else ""
            self.initiative_view.add_row(
                [row["title"], InitiativePhase(row["phase"]).label(self.lang), value], Kind.INITIATIVE, row["id"]
            )
        self.initiative_view.fit_columns()
        self.fill_follow_ups(
            self.follow_up_view,
            self.crm.follow_ups.query_rows(ListFilter(county_id=self.item_id, status="open"), sort="due", limit=200),
        )
        self.map.reload()
        self.timeline.load(self.crm.timeline.for_entity(Kind.COUNTY, self.item_id))

    def make_step_dialog(self, direction: int) -> AnchoringStepDialog:
        return AnchoringStepDialog(self.crm, self.item_id, direction, self)

    def step_ladder(self, direction: int) -> None:
        self.make_step_dialog(direction).exec()

    # PDF and e-mail ------------------------------------------------------------
    def ask_period(self) -> tuple[dt.date, dt.date] | None:
        """The period (and, kept for the build, the drafts choice and case number) from the dialog."""
        from btvcrm.reports.builders import DRAFTS_MARK, default_period
        from btvcrm.ui.dialogs.report_period import ReportPeriodDialog

        dialog = ReportPeriodDialog(*default_period(clock.today()), parent=self)
        self.report_drafts, self.report_case_number = DRAFTS_MARK, ""
        if not dialog.exec():
            return None
        self.report_drafts, self.report_case_number = dialog.drafts(), dialog.case_number()
        return dialog.period()

    def _report_job(self, with_email: bool) -> bool:
        from btvcrm.reports import render_county_report, safe_pdf_name
        from btvcrm.reports.builders import build_county_report_doc

        period = self.ask_period()
        if period is None:
            return False
        start, end = period
        name = self.crm.counties.get(self.item_id).name
        file_name = safe_pdf_name(end, self.tr("County report"), name)

        drafts = getattr(self, "report_drafts", "mark")
        case_number = getattr(self, "report_case_number", "")

        def build() -> object:
            return build_county_report_doc(self.crm, self.item_id, start, end, lang=self.lang, drafts=drafts,
                                           case_number=case_number)

        if not with_email:
            return self.exporter.pdf(file_name, build, render_county_report)
        span = f"{format_date_short(start, self.lang)}–{format_date_short(end, self.lang)}"
        people = self.crm.people.query_rows(ListFilter(county_id=self.item_id), limit=1000)
        draft = EmailDraft(
            subject=arg(self.tr("County report %1, %2"), name, span),
            body=arg(self.tr("Hello,\n\nAttached is the county report for %1 for %2.\n\nBest regards"), name, span),
            recipients=[(row["name"], row["email"]) for row in people if row.get("is_key") and row.get("email")],
        )
        return self.exporter.email(file_name, build, render_county_report, lambda: draft)

    def export_report(self) -> bool:
        return self._report_job(False)

    def email_report(self) -> bool:
        return self._report_job(True)


__all__ = ["AnchoringStepDialog", "AnchoringStepper", "CountyPage", "PowerInterestMap"]
