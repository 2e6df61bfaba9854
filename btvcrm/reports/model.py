"""The plain input objects that the PDF renderers draw.

Rendering is pure: a renderer takes one of the documents below and writes a
PDF, with no database, no Qt and no settings lookups. The storage layer (or a
test) builds these objects; everything here is a plain type (str, int, date,
datetime, lists of the small line dataclasses), so they are easy to build by
hand and to compare.

Conventions for whoever builds them:

* **Private notes never go in.** A meeting's or a person's notes that are
  marked private must be left out by the caller; the renderers print every
  string they are given. There is deliberately no "private" flag here, so a
  renderer cannot forget to check it.
* **Labels are already translated.** Enum-like values (meeting kind, stage,
  phase, follow-up status, ...) arrive as display labels in the document's
  language (``lang``, "nb" or "en"), e.g. ``AnchoringStage.INFORMED.label(lang)``.
* **Every string is user text.** The renderers escape it, so markup such as
  ``<b>`` or ``&`` prints literally; callers must not pre-escape.
  Newlines in multi-line fields (notes, summaries) are kept as line breaks.
* Datetimes should be timezone-aware local times; they are printed as given
  (no conversion).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# --- lines shared by several documents --------------------------------------


@dataclass(frozen=True)
class ParticipantLine:
    """A person on a meeting: present, absent (forfall) or just informed."""

    name: str
    organisation: str = ""
    role: str = ""


@dataclass(frozen=True)
class AgendaLine:
    """One numbered agenda item (sak).

    ``mark`` is "O" (orientering), "D" (diskusjon) or "V" (vedtak); anything
    else is printed as given. ``exempt`` is the legal citation when the item is
    unntatt offentlighet ("offl. § 14"), empty when public.
    """

    number: int
    title: str
    mark: str = "O"
    notes: str = ""
    exempt: str = ""


@dataclass(frozen=True)
class DecisionLine:
    """A decision (vedtak); ``exempt`` as for agenda items. Plain strings are accepted too."""

    text: str
    exempt: str = ""


@dataclass(frozen=True)
class FollowUpLine:
    """An oppfølgingspunkt: what, who, by when, and its status label."""

    text: str
    responsible: str = ""
    due: date | None = None
    status: str = ""
    opened_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class InitiativeLine:
    """An innovation procurement the programme supports.

    ``doffin_id`` is the notice id (e.g. "2016-123456"); the link printed is
    ``doffin_url`` when given (http/https only) or else
    ``https://www.doffin.no/notices/<doffin_id>`` (``validation.DOFFIN_NOTICE_URL``).
    """

    title: str
    owner: str = ""
    phase_label: str = ""
    doffin_id: str = ""
    doffin_url: str = ""
    value_nok: int | None = None
    counties: str = ""


# --- minutes (møtereferat) ---------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class MinutesDoc:
    """The minutes of one meeting."""

    programme_name: str
    title: str
    starts_at: datetime
    lang: str = "nb"
    logo_path: str | None = None
    meeting_kind_label: str = ""  # "Møte", "Dialogkonferanse", ...
    minutes_number: str = ""  # e.g. "2016-07"
    duration_minutes: int | None = None
    place: str = ""
    chair: str = ""  # møteleder
    secretary: str = ""  # referent
    participants: list[ParticipantLine] = field(default_factory=list)
    absent: list[ParticipantLine] = field(default_factory=list)  # forfall
    copy_to: list[str] = field(default_factory=list)  # kopi til
    other_participants: str = ""  # free text, e.g. "ca. 40 leverandører"
    agenda: list[AgendaLine] = field(default_factory=list)
    decisions: list[str | DecisionLine] = field(default_factory=list)
    follow_ups: list[FollowUpLine] = field(default_factory=list)
    notes: str = ""  # general (non-private) notes
    is_draft: bool = True
    prepared_by: str = ""
    generated_at: datetime | None = None  # None: now
    # For the archive: the case number (saksnummer), the PDF's author (the user's name)
    # and keywords (counties, organisations, initiatives, Doffin ids).
    case_number: str = ""
    author: str = ""
    keywords: list[str] = field(default_factory=list)
    # Public or exempt: ``exempt`` is the citation when the whole meeting is exempt,
    # ``notes_exempt`` when its general notes are. A public version has the exempt parts
    # left out by the builder and says so in ``omitted``.
    exempt: str = ""
    notes_exempt: str = ""
    is_public_version: bool = False
    omitted: str = ""  # "Utelatt fordi det er unntatt offentlighet: ..."


# --- county report (fylkesrapport) ------------------------------------------


@dataclass(frozen=True)
class StageChangeLine:
    """A dated change of the county's anchoring stage."""

    on: date
    from_label: str
    to_label: str
    note: str = ""
    meeting_title: str = ""  # the meeting that caused it, if any


@dataclass(frozen=True)
class MeetingLine:
    """A meeting held in the period, as listed in the county report."""

    starts_at: datetime
    title: str
    kind_label: str = ""
    organisations: str = ""  # already joined, e.g. "Telemark fylkeskommune, KS"
    decisions: list[str] = field(default_factory=list)
    is_draft: bool = False  # the minutes are not approved: decisions printed "(utkast)"


@dataclass(frozen=True)
class LessonLine:
    """A lesson learned; ``learned_in_county`` may be another county.

    ``title`` is printed in bold before ``text`` when given (older callers put both in ``text``).
    """

    text: str
    learned_in_county: str = ""
    initiatives: list[str] = field(default_factory=list)
    learned_on: date | None = None
    title: str = ""


@dataclass(frozen=True)
class MonthCount:
    """Number of contacts (meetings of any kind) in one month."""

    month: date  # the first day of the month
    count: int


@dataclass(frozen=True, kw_only=True)
class CountyReportDoc:
    """A county report for a period, for the county's partners."""

    programme_name: str
    county_name: str
    period_start: date
    period_end: date
    lang: str = "nb"
    logo_path: str | None = None
    stage_now: str = ""  # label of the current stage
    stage_changes: list[StageChangeLine] = field(default_factory=list)  # in the period
    # The whole history (oldest first), for the step chart, and the ladder of
    # stage labels from the lowest rung to the highest. An empty ladder means
    # the standard ladder (btvcrm.domain.enums.AnchoringStage) in ``lang``.
    stage_history_full: list[StageChangeLine] = field(default_factory=list)
    stage_ladder: list[str] = field(default_factory=list)
    meetings: list[MeetingLine] = field(default_factory=list)
    follow_ups_opened: list[FollowUpLine] = field(default_factory=list)
    follow_ups_done: list[FollowUpLine] = field(default_factory=list)
    follow_ups_open: list[FollowUpLine] = field(default_factory=list)
    initiatives: list[InitiativeLine] = field(default_factory=list)
    lessons: list[LessonLine] = field(default_factory=list)
    contacts_per_month: list[MonthCount] = field(default_factory=list)
    prepared_by: str = ""
    generated_at: datetime | None = None  # None: now
    # Open follow-ups from before the period that are not listed (only a count is printed),
    # and every open follow-up of the county now (None: those listed).
    follow_ups_open_not_listed: int = 0
    follow_ups_open_total: int | None = None
    follow_ups_done_total: int | None = None  # done in the period, whenever opened (None: those listed)
    case_number: str = ""
    author: str = ""
    keywords: list[str] = field(default_factory=list)
    drafts_left_out: int = 0  # meetings whose draft decisions were left out
    exempt_left_out: int = 0  # decisions left out because they are exempt from public access


# --- meeting brief (møteforberedelse) ---------------------------------------


@dataclass(frozen=True)
class PersonLine:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ContactLine:
    """One earlier contact with the organisation."""

    at: datetime
    title: str
    kind_label: str = ""
    summary: str = ""  # non-private notes or decisions, shortened by the renderer


@dataclass(frozen=True)
class AssessmentLine:
    """The stakeholder assessment: influence and interest, as labels."""

    influence: str = ""
    interest: str = ""


@dataclass(frozen=True, kw_only=True)
class BriefDoc:
    """A one-page brief before meeting an organisation."""

    programme_name: str
    organisation_name: str
    lang: str = "nb"
    logo_path: str | None = None
    kind_label: str = ""
    orgnr: str = ""
    counties: list[str] = field(default_factory=list)
    stage_label: str = ""
    people: list[PersonLine] = field(default_factory=list)
    last_contacts: list[ContactLine] = field(default_factory=list)  # newest first, max 5 printed
    open_follow_ups: list[FollowUpLine] = field(default_factory=list)
    initiatives: list[InitiativeLine] = field(default_factory=list)
    assessment: AssessmentLine | None = None
    prepared_by: str = ""
    generated_at: datetime | None = None  # None: now
    stage_note: str = ""  # e.g. "ut fra 13 møter; ikke registrert" when the stage is derived
    case_number: str = ""
    author: str = ""
    keywords: list[str] = field(default_factory=list)


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
]
