"""PDF documents (reportlab, no Qt, no SQL): minutes, county reports, meeting briefs.

Rendering is pure: each ``render_*`` function takes one plain document object
from :mod:`btvcrm.reports.model` and writes an A4 PDF to a path or a binary
file, returning the page count. Building the document objects (and leaving
private notes out) is the caller's job.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name is imported from its module on first use, so `btvcrm report meeting`
# loads the minutes renderer only, not the county report's charts (bench/cli_bench.py).
_HOMES = {
    "render_brief": "brief",
    "render_county_report": "county_report",
    "write_eml_draft": "eml",
    "safe_pdf_name": "filenames",
    "render_minutes": "minutes",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name, "model" if name in __all__ else None)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


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
