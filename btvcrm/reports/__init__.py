"""PDF documents (reportlab, no Qt, no SQL): minutes, county reports, meeting briefs.

Rendering is pure: each ``render_*`` function takes one plain document object
from :mod:`btvcrm.reports.model` and writes an A4 PDF to a path or a binary
file, returning the page count. Building the document objects (and leaving
private notes out) is the caller's job.
"""

from btvcrm.reports.brief import render_brief
from btvcrm.reports.county_report import render_county_report
from btvcrm.reports.eml import write_eml_draft
from btvcrm.reports.filenames import safe_pdf_name
from btvcrm.reports.minutes import render_minutes
from btvcrm.reports.model import (
    AgendaLine,
    AssessmentLine,
    BriefDoc,
    ContactLine,
    CountyReportDoc,
    DecisionLine,
    FollowUpLine,
    InitiativeLine,
    LessonLine,
    MeetingLine,
    MinutesDoc,
    MonthCount,
    ParticipantLine,
    PersonLine,
    StageChangeLine,
)

__all__ = [
    "AgendaLine",
    "AssessmentLine",
    "BriefDoc",
    "ContactLine",
    "CountyReportDoc",
    "DecisionLine",
    "FollowUpLine",
    "InitiativeLine",
    "LessonLine",
    "MeetingLine",
    "MinutesDoc",
    "MonthCount",
    "ParticipantLine",
    "PersonLine",
    "StageChangeLine",
    "render_brief",
    "render_county_report",
    "render_minutes",
    "safe_pdf_name",
    "write_eml_draft",
]
