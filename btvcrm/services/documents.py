"""Documents as use cases: write a minutes PDF, its public version, a county report,
a meeting brief, and the e-mail drafts that go with them.

`btvcrm report ...` and the app's PDF buttons call these functions; neither
repeats their rules (who the author is, what a public version leaves out, which
drafts a county report shows, where a file may be written).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from btvcrm import settings as user_settings
from btvcrm.domain import clock, dates
from btvcrm.domain.errors import UserError
from btvcrm.i18n import arg, catalogue
from btvcrm.reports.builders import (
    DRAFTS_MARK,
    build_brief_doc,
    build_county_report_doc,
    build_minutes_doc,
)
from btvcrm.storage.crm import Crm

KINDS = ("meeting", "county", "organisation")


@dataclass
class DocumentRequest:
    """What the user asked for: ``kind`` is "meeting" (item: meeting id), "county" (item:
    county name) or "organisation" (item: organisation id)."""

    kind: str
    item: int | str
    output: Path
    date_from: str | None = None  # county report: any date the CLI understands
    date_to: str | None = None
    lang: str = "nb"
    public: bool = False  # minutes: the public version, exempt parts left out
    drafts: str = DRAFTS_MARK  # county report: "mark" or "omit" draft decisions
    case_number: str | None = None  # None: the meeting's own (minutes), none (other kinds)
    force: bool = False  # may replace another SQLite/btvcrm file (storage/safe_output)


@dataclass
class WrittenDocument:
    path: Path
    pages: int
    notes: list[str] = field(default_factory=list)  # characters shown as �, right-to-left text, ...

    @property
    def message(self) -> str:
        pages = "1 side" if self.pages == 1 else f"{self.pages} sider"
        return f"Skrev {self.path} ({pages})"


def _day(text: str | None, default: dt.date) -> dt.date:
    if not text:
        return default
    return dates.parse_date(text, today=clock.today())


def county_period(date_from: str | None, date_to: str | None) -> tuple[dt.date, dt.date]:
    """The period of a county report: the given dates, else the last full quarter to today."""
    from btvcrm.reports.builders import default_period

    start_default, end_default = default_period(clock.today())
    start = _day(date_from, start_default)
    end = _day(date_to, end_default if not date_from else max(start, clock.today()))
    return start, end


def _item_id(item: int | str, word: str) -> int:
    try:
        return int(item)
    except (TypeError, ValueError):
        raise UserError(f"«{item}» er ikke en id for {word}.")


def write_document(crm: Crm, request: DocumentRequest, *,
                   settings: user_settings.Settings | None = None) -> WrittenDocument:
    """Build and write one document; returns where, how many pages and any notes.

    Each branch imports only its renderer: the county report's charts are slow to load."""
    prefs = settings or user_settings.load()
    if request.kind not in KINDS:
        raise UserError(f"Ukjent rapporttype «{request.kind}».")
    if request.public and request.kind != "meeting":
        raise UserError("Bare møtereferater har en offentlig versjon (--public).")
    notes: list[str] = []
    output = Path(request.output)
    case_number = " ".join(request.case_number.split()) if request.case_number is not None else None
    try:
        if request.kind == "meeting":
            meeting_id = _item_id(request.item, "et møte")
            doc = build_minutes_doc(crm, meeting_id, lang=request.lang, settings=prefs,
                                    public=request.public, case_number=case_number)
            if request.public and not doc.omitted:
                notes.append("Møtet har ingen deler som er unntatt offentlighet; den offentlige versjonen "
                             "har det samme innholdet som referatet.")
            from btvcrm.reports.minutes import render_minutes

            pages = render_minutes(doc, output, force=request.force, notes=notes)
        elif request.kind == "county":
            county = crm.counties.by_name(str(request.item))
            assert county.id is not None
            start, end = county_period(request.date_from, request.date_to)
            county_doc = build_county_report_doc(crm, county.id, start, end, lang=request.lang, settings=prefs,
                                                 drafts=request.drafts, case_number=case_number or "")
            from btvcrm.reports.county_report import render_county_report

            pages = render_county_report(county_doc, output, force=request.force, notes=notes)
        else:
            organisation_id = _item_id(request.item, "en organisasjon")
            brief = build_brief_doc(crm, organisation_id, lang=request.lang, settings=prefs,
                                    case_number=case_number or "")
            from btvcrm.reports.brief import render_brief

            pages = render_brief(brief, output, force=request.force, notes=notes)
    except OSError as error:
        raise UserError(f"Kunne ikke skrive {output}: {error.strerror or error}")
    return WrittenDocument(output, pages, notes)


def public_version_path(minutes_path: Path) -> Path:
    """Where "Lag offentlig versjon" proposes to write: beside the minutes, "(offentlig versjon)"."""
    path = Path(minutes_path)
    return path.with_name(f"{path.stem} (offentlig versjon){path.suffix or '.pdf'}")


def write_public_minutes(crm: Crm, meeting_id: int, output: Path, *, lang: str = "nb",
                         settings: user_settings.Settings | None = None, force: bool = False) -> WrittenDocument:
    """"Lag offentlig versjon": the minutes with the exempt parts left out, and a line saying
    what was left out and why."""
    return write_document(crm, DocumentRequest("meeting", meeting_id, output, lang=lang, public=True,
                                               force=force), settings=settings)


# --- e-mail drafts ------------------------------------------------------------------


@dataclass
class EmailDraft:
    subject: str
    body: str
    recipients: list[tuple[str, str]]
    sender: tuple[str, str] | None = None
    signature: str = ""


def _sender(prefs: user_settings.Settings) -> tuple[str, str] | None:
    email = (prefs.user_email or "").strip()
    return (prefs.user_name, email) if email else None


def minutes_email(crm: Crm, meeting_id: int, *, lang: str = "nb",
                  settings: user_settings.Settings | None = None) -> EmailDraft:
    """The draft that sends the minutes to the meeting's participants (erased people left out)."""
    from btvcrm.domain.dates import format_datetime_long

    prefs = settings or user_settings.load()
    meeting = crm.meetings.get(meeting_id)
    people = crm.meetings.participants_detail(meeting_id)
    when = format_datetime_long(meeting.starts_at, lang)
    words = catalogue(lang)
    subject = arg(words.translate("EmailDrafts", "Minutes: %1"), meeting.title)
    body = arg(words.translate("EmailDrafts", "Hello,\n\nAttached are the minutes of “%1”, %2.\n\nBest regards"),
               meeting.title, when)
    return EmailDraft(
        subject=subject,
        body=body,
        recipients=[(r["name"], r["email"]) for r in people if r["email"] and not r["erased_at"]],
        sender=_sender(prefs),
        signature=prefs.user_name,
    )


def brief_email(crm: Crm, organisation_id: int, *, lang: str = "nb",
                settings: user_settings.Settings | None = None) -> EmailDraft:
    """The brief is internal: its draft is never addressed to the organisation (nor anyone
    else); it goes to the user herself when her address is known, for colleagues to be added."""
    prefs = settings or user_settings.load()
    name = crm.organisations.get(organisation_id).name
    sender = _sender(prefs)
    words = catalogue(lang)
    subject = arg(words.translate("EmailDrafts", "Meeting brief (internal): %1"), name)
    body = arg(words.translate("EmailDrafts", "Hello,\n\nAttached is an internal brief before our meeting with %1.\n\nBest regards"), name)
    return EmailDraft(subject=subject, body=body, recipients=[sender] if sender else [], sender=sender,
                      signature=prefs.user_name)


def write_email_draft(draft: EmailDraft, path: Path, attachment: Path, *, force: bool = False) -> Path:
    """Write ``draft`` as an .eml with the PDF attached (through storage/safe_output)."""
    from btvcrm.reports.eml import write_eml_draft

    try:
        return write_eml_draft(path, subject=draft.subject, body=draft.body, recipients=draft.recipients,
                               attachment_path=attachment, sender=draft.sender, signature=draft.signature,
                               force=force)
    except OSError as error:
        raise UserError(f"Kunne ikke skrive {path}: {error.strerror or error}")


def innsyn_pdf(data: dict[str, Any], *, settings: user_settings.Settings | None = None,
               notes: list[str] | None = None) -> bytes:
    """The innsyn PDF for the data of services.privacy.innsyn."""
    from btvcrm.reports.privacy_report import render_innsyn_pdf

    return render_innsyn_pdf(data, settings=settings, notes=notes)


__all__ = [
    "DocumentRequest",
    "EmailDraft",
    "WrittenDocument",
    "brief_email",
    "county_period",
    "innsyn_pdf",
    "minutes_email",
    "public_version_path",
    "write_document",
    "write_email_draft",
    "write_public_minutes",
]
