"""The market dialogue's documents as plain data, and the words they print.

`reports/dialogue_builders.py` fills these from a `DialogueSnapshot` (and is
the one place that decides what a public document may show); the renderers
in `dialogue_documents.py` and `dialogue_badges.py` only lay them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from btvcrm.i18n import QT_TRANSLATE_NOOP, arg, catalogue, translate_in

_C = "DialogueReports"
_LABELS: dict[str, str] = {
    "summary_title": QT_TRANSLATE_NOOP("DialogueReports", "Summary of the dialogue conference"),
    "participants_title": QT_TRANSLATE_NOOP("DialogueReports", "List of participants"),
    "schedule_title": QT_TRANSLATE_NOOP("DialogueReports", "Schedule of the one-to-one meetings"),
    "badges_title": QT_TRANSLATE_NOOP("DialogueReports", "Name badges"),
    # The archive's "what kind of document" (the PDF's Subject), one per document.
    "subject_public": QT_TRANSLATE_NOOP("DialogueReports", "Summary of a market dialogue"),
    "subject_participants": QT_TRANSLATE_NOOP("DialogueReports", "List of participants"),
    "subject_schedule": QT_TRANSLATE_NOOP("DialogueReports", "One-to-one plan"),
    "subject_badges": QT_TRANSLATE_NOOP("DialogueReports", "Name badges"),
    "initiative": QT_TRANSLATE_NOOP("DialogueReports", "Procurement"),
    "buyer": QT_TRANSLATE_NOOP("DialogueReports", "Contracting authority"),
    "doffin_notice": QT_TRANSLATE_NOOP("DialogueReports", "Notice"),
    "programme": QT_TRANSLATE_NOOP("DialogueReports", "Programme"),
    "video": QT_TRANSLATE_NOOP("DialogueReports", "Video"),
    "took_part": QT_TRANSLATE_NOOP("DialogueReports", "Organisations that took part"),
    "registered_orgs": QT_TRANSLATE_NOOP("DialogueReports", "Registered organisations"),
    "one_to_ones": QT_TRANSLATE_NOOP("DialogueReports", "One-to-one meetings"),
    "one_to_one_none": QT_TRANSLATE_NOOP("DialogueReports", "No one-to-one meetings were held."),
    "how_draw": QT_TRANSLATE_NOOP("DialogueReports", "drawn at random on %1 (seed %2)"),
    "how_draw_long": QT_TRANSLATE_NOOP(
        "DialogueReports", "drawn at random on %1 with seed %2 (the same seed gives the same order)"),
    "how_registration": QT_TRANSLATE_NOOP("DialogueReports", "set by registration time"),
    "questions": QT_TRANSLATE_NOOP("DialogueReports", "Questions and answers"),
    "no_questions": QT_TRANSLATE_NOOP("DialogueReports", "No questions and answers shared yet."),
    "asked_plenary": QT_TRANSLATE_NOOP("DialogueReports", "Asked in the plenary"),
    "asked_one_to_one": QT_TRANSLATE_NOOP("DialogueReports", "Asked in a one-to-one meeting"),
    "asked_written": QT_TRANSLATE_NOOP("DialogueReports", "Asked in writing"),
    "shared_on": QT_TRANSLATE_NOOP("DialogueReports", "shared with all on %1 (%2)"),
    "public_input": QT_TRANSLATE_NOOP("DialogueReports", "Input from the suppliers"),
    "confidential_note": QT_TRANSLATE_NOOP(
        "DialogueReports", "Suppliers' input in the one-to-one meetings may contain business secrets and is exempt "
        "from public access (%1); it is not part of this summary."),
    "all_shared_note": QT_TRANSLATE_NOOP(
        "DialogueReports", "Every answer given to one supplier has been shared with all registrants."),
    "organisation": QT_TRANSLATE_NOOP("DialogueReports", "Organisation"),
    "orgnr": QT_TRANSLATE_NOOP("DialogueReports", "Org. no."),
    "person": QT_TRANSLATE_NOOP("DialogueReports", "Participant"),
    "role": QT_TRANSLATE_NOOP("DialogueReports", "Role"),
    "email": QT_TRANSLATE_NOOP("DialogueReports", "E-mail"),
    "one_to_one": QT_TRANSLATE_NOOP("DialogueReports", "One-to-one"),
    "checked_in": QT_TRANSLATE_NOOP("DialogueReports", "Present"),
    "time": QT_TRANSLATE_NOOP("DialogueReports", "Time"),
    "ends": QT_TRANSLATE_NOOP("DialogueReports", "Ends"),
    "note": QT_TRANSLATE_NOOP("DialogueReports", "Note"),
    "room": QT_TRANSLATE_NOOP("DialogueReports", "Room"),
    "room_n": QT_TRANSLATE_NOOP("DialogueReports", "room %1"),
    "people": QT_TRANSLATE_NOOP("DialogueReports", "Participants"),
    "cancelled": QT_TRANSLATE_NOOP("DialogueReports", "cancelled"),
    "late": QT_TRANSLATE_NOOP("DialogueReports", "late registration"),
    "not_attending": QT_TRANSLATE_NOOP("DialogueReports", "not attending in person"),
    "yes": QT_TRANSLATE_NOOP("DialogueReports", "Yes"),
    "no": QT_TRANSLATE_NOOP("DialogueReports", "No"),
}


def dlabel(key: str, lang: str = "nb", *values: object) -> str:
    """The document word `key` in `lang`, its `%1 %2 …` filled with `values`."""
    return arg(translate_in(lang, _C, _LABELS[key]), *values)


def one_to_one_text(lang: str, count: int, minutes: int, how: str) -> str:
    text = catalogue(lang).translate(
        "DialogueReports", "%n supplier(s) had a one-to-one meeting with the contracting authority, every meeting "
        "equally long (%1 minutes); the order was %2.", "", count)
    return arg(text, minutes, how)


def schedule_facts(lang: str, count: int, minutes: int, pause: int, rooms: int, how: str) -> str:
    text = catalogue(lang).translate(
        "DialogueReports", "%n meeting(s) of %1 minutes with a break of %2 minutes; rooms in parallel: %3. "
        "The order is %4.", "", count)
    return arg(text, minutes, pause, rooms, how)


def registered_count(lang: str, organisations: int, people: int) -> tuple[str, str]:
    words = catalogue(lang)
    return (words.translate("DialogueReports", "%n registered organisation(s)", "", organisations),
            words.translate("DialogueReports", "%n person(s)", "", people))


@dataclass
class DocHead:
    programme_name: str
    title: str  # the dialogue's title
    lang: str = "nb"
    logo_path: str | None = None
    initiative_title: str = ""
    buyer: str = ""
    doffin_id: str = ""
    doffin_url: str = ""
    prepared_by: str = ""  # the footer: the user's name and title
    generated_at: dt.datetime | None = None
    author: str = ""  # the PDF's Author: the user's name from Settings
    keywords: list[str] = field(default_factory=list)  # the PDF's Keywords: initiative, buyer, Doffin id


@dataclass
class ProgrammeLine:
    at_time: dt.time | None
    title: str
    presenter: str = ""


@dataclass
class EventLine:
    kind_label: str
    title: str
    starts_at: dt.datetime
    duration_minutes: int | None = None
    place: str = ""
    video_link: str = ""
    programme: list[ProgrammeLine] = field(default_factory=list)


@dataclass
class OrganisationLine:
    name: str
    people: list[str] = field(default_factory=list)  # empty unless the user chose to show persons


@dataclass
class QaLine:
    question: str
    answer: str
    asked: str  # "Stilt i plenum"
    shared_on: dt.date | None = None
    shared_how: str = ""


@dataclass
class PublicSummaryDoc:
    head: DocHead
    status_label: str = ""
    announced_on: dt.date | None = None
    events: list[EventLine] = field(default_factory=list)
    organisations_heading: str = ""
    organisations: list[OrganisationLine] = field(default_factory=list)
    one_to_one_count: int = 0
    one_to_one_minutes: int = 0
    one_to_one_how: str = ""
    questions: list[QaLine] = field(default_factory=list)
    public_input: list[tuple[str, str]] = field(default_factory=list)  # (organisation, text) marked public
    exemption: str = ""
    all_answers_shared: bool = False  # only then does the summary say so


@dataclass
class ParticipantRow:
    organisation: str
    orgnr: str
    person: str
    role: str
    email: str
    one_to_one: str  # "13.00, rom 1" or ""
    checked_in: bool
    attending: bool = True


@dataclass
class ParticipantListDoc:
    head: DocHead
    event: EventLine | None
    rows: list[ParticipantRow] = field(default_factory=list)
    organisations: int = 0


@dataclass
class SlotRow:
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: int
    organisation: str
    people: str
    note: str = ""  # "avlyst", "sen påmelding"
    cancelled: bool = False


@dataclass
class ScheduleDoc:
    head: DocHead
    facts: str
    rows: list[SlotRow] = field(default_factory=list)
    day: dt.date | None = None


@dataclass
class Badge:
    name: str
    organisation: str
    role: str = ""


@dataclass
class BadgesDoc:
    head: DocHead
    event_line: str  # "Dialogkonferanse · tirsdag 14. juni 2016 · Skien"
    badges: list[Badge] = field(default_factory=list)
