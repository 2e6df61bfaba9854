"""Meeting page: the minutes as a read view, with Edit and PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from btvcrm.domain.dates import format_datetime_long
from btvcrm.domain.enums import Attendance
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import Meeting
from btvcrm.ui.details.base import DetailPage
from btvcrm.ui.i18n import arg
from btvcrm.ui.widgets.common import me_name
from btvcrm.ui.widgets.pdf_export import ReportExporter


class MeetingPage(DetailPage):
    kind = Kind.MEETING

    def build(self) -> None:
        self.add_button(self.tr("Edit"), self.edit, "edit")
        self.pdf_button = self.add_button(self.tr("Minutes (PDF)"), self.export_minutes, "pdf")
        self.public_button = self.add_button(self.tr("Make public version"), self.export_public_minutes,
                                             "public_pdf")
        self.public_button.setToolTip(self.tr("The minutes without the parts exempt from public access, "
                                              "with a line saying what was left out and why"))
        self.email_button = self.add_button(self.tr("E-mail draft"), self.email_minutes, "email")
        self.email_button.setToolTip(self.tr("Make the minutes and an e-mail draft to the participants"))
        self.exporter = ReportExporter(self)
        self.participants_view = self.add_list(
            self.tr("Participants"), [self.tr("Name"), self.tr("Organisation"), self.tr("Attendance")]
        )
        self.links_view = self.add_list(self.tr("Linked"), [self.tr("Kind"), self.tr("Name")])
        # The right side shows the minutes' body instead of a timeline.
        self.timeline.setVisible(False)
        self.timeline_label_hidden = True
        from PySide6.QtWidgets import QTextBrowser

        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setAccessibleName(self.tr("Minutes"))
        self.body.anchorClicked.connect(lambda url: self._link(url.toString()))
        self.right.addWidget(self.body, 1)
        self.follow_up_view = self.add_list(
            self.tr("Follow-ups"), [self.tr("Due"), self.tr("What"), self.tr("Responsible")], self.right
        )
        self.private_box, self.private_text = self.private_notes_box()
        self.right.addWidget(self.private_box)

    def refresh(self) -> None:
        meeting = self.crm.meetings.get(self.item_id)
        self.title_label.setText(meeting.title)
        self.subtitle_label.setText(
            f"{format_datetime_long(meeting.starts_at, self.lang)} · {meeting.kind.label(self.lang)}"
            + (f" · {meeting.place}" if meeting.place else "")
        )
        self.set_facts([
            (self.tr("Minutes status"), meeting.minutes_status.label(self.lang)),
            (self.tr("Minutes number"), meeting.minutes_number),
            (self.tr("Case number"), meeting.case_number),
            (self.tr("Public access"), self._public_access(meeting)),
            (self.tr("Duration"), arg(self.tr("%1 min"), str(meeting.duration_minutes))
             if meeting.duration_minutes else ""),
            (self.tr("Chair"), meeting.chair),
            (self.tr("Secretary"), meeting.secretary),
            (self.tr("Other participants"), meeting.other_participants),
            (self.tr("Copy to"), meeting.copy_to),
            (self.tr("Tags"), ", ".join(meeting.tags)),
        ])
        self.participants_view.clear()
        for row in self.crm.meetings.participants_detail(self.item_id):
            self.participants_view.add_row(
                [row["name"], row["organisation_name"] or "", Attendance(row["attendance"]).label(self.lang)],
                Kind.PERSON, row["id"],
            )
        self.participants_view.fit_columns()
        self.links_view.clear()
        for county_id in meeting.county_ids:
            self.links_view.add_row([self.tr("County"), self.crm.counties.get(county_id).name], Kind.COUNTY, county_id)
        for org_id in meeting.organisation_ids:
            self.links_view.add_row(
                [self.tr("Organisation"), self.crm.organisations.get(org_id).name], Kind.ORGANISATION, org_id
            )
        for initiative_id in meeting.initiative_ids:
            self.links_view.add_row(
                [self.tr("Initiative"), self.crm.initiatives.get(initiative_id).title], Kind.INITIATIVE, initiative_id
            )
        self.links_view.fit_columns()
        html = []
        if meeting.agenda:
            html.append("<h3>" + escape(self.tr("Agenda")) + "</h3><ol>")
            for item in meeting.agenda:
                html.append(f"<li><b>{escape(item.title)}</b> ({item.mark.value})")
                if item.exemption is not None:
                    html.append(self._exempt_html(item.exemption.citation))
                if item.notes:
                    html.append(f"<br>{escape(item.notes)}")
                html.append("</li>")
            html.append("</ol>")
        if meeting.decisions:
            html.append("<h3>" + escape(self.tr("Decisions")) + "</h3><ol>")
            for index, decision in enumerate(meeting.decisions):
                exemption = meeting.decision_exemptions.get(index)
                mark = self._exempt_html(exemption.citation) if exemption is not None else ""
                html.append(f"<li>{escape(decision)}{mark}</li>")
            html.append("</ol>")
        if meeting.notes:
            html.append("<h3>" + escape(self.tr("Notes")) + "</h3>")
            if meeting.notes_exemption is not None:
                html.append("<p>" + self._exempt_html(meeting.notes_exemption.citation) + "</p>")
            html.append(f"<p>{escape(meeting.notes).replace(chr(10), '<br>')}</p>")
        self.private_text.setText(meeting.private_notes)
        self.private_box.setVisible(bool(meeting.private_notes))
        if not html:
            html.append("<p><i>" + escape(self.tr("No agenda, decisions or notes yet.")) + "</i></p>")
        self.body.setHtml("".join(html))
        follow_ups = self.crm.follow_ups.for_meeting(self.item_id)
        self.follow_up_view.clear()
        for follow_up in follow_ups:
            responsible = me_name() if follow_up.responsible_person_id is None else self.crm.people.get(
                follow_up.responsible_person_id).name
            text = follow_up.text if follow_up.status.value == "open" else (
                f"{follow_up.text} ({follow_up.status.label(self.lang)})")
            self.follow_up_view.add_row([self.date_text(follow_up.due_date), text, responsible], Kind.FOLLOW_UP,
                                        follow_up.id)
        self.follow_up_view.fit_columns()

    def edit(self) -> None:
        from btvcrm.ui.dialogs.meeting_editor import MeetingEditor

        MeetingEditor(self.crm, self.item_id, self).exec()

    def _public_access(self, meeting: Meeting) -> str:
        if meeting.exemption is not None:
            return arg(self.tr("Exempt, %1"), meeting.exemption.citation)
        parts = [item.exemption for item in meeting.agenda if item.exemption is not None]
        parts += list(meeting.decision_exemptions.values())
        if meeting.notes_exemption is not None:
            parts.append(meeting.notes_exemption)
        if parts:
            return arg(self.tr("Partly exempt, %1"), "; ".join(dict.fromkeys(p.citation for p in parts)))
        return self.tr("Public")

    def _exempt_html(self, citation: str) -> str:
        return ' <span style="color:#b3261e">[' + escape(arg(self.tr("Exempt, %1"), citation)) + "]</span>"

    def _minutes_job(self, with_email: bool, *, public: bool = False) -> bool:
        from btvcrm.reports import render_minutes, safe_pdf_name
        from btvcrm.reports.builders import build_minutes_doc
        from btvcrm.services.documents import minutes_email, public_version_path

        meeting = self.crm.meetings.get(self.item_id)
        file_name = safe_pdf_name(meeting.starts_at.date(), self.tr("Minutes"), meeting.title)
        if public:
            file_name = public_version_path(Path(file_name)).name

        def build() -> object:
            return build_minutes_doc(self.crm, self.item_id, lang=self.lang, public=public)

        if not with_email:
            return self.exporter.pdf(file_name, build, render_minutes)
        return self.exporter.email(file_name, build, render_minutes,
                                   lambda: minutes_email(self.crm, self.item_id, lang=self.lang))

    def export_minutes(self) -> bool:
        return self._minutes_job(False)

    def export_public_minutes(self) -> bool:
        """"Lag offentlig versjon": a second PDF with the exempt parts left out."""
        return self._minutes_job(False, public=True)

    def email_minutes(self) -> bool:
        return self._minutes_job(True)
