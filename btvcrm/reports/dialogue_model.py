"""The market dialogue's documents as plain data, and the words they print.

`reports/dialogue_builders.py` fills these from a `DialogueSnapshot` (and is
the one place that decides what a public document may show); the renderers
in `dialogue_documents.py` and `dialogue_badges.py` only lay them out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

_LABELS: dict[str, dict[str, str]] = {
    "summary_title": {"nb": "Oppsummering fra dialogkonferansen", "en": "Summary of the dialogue conference"},
    "participants_title": {"nb": "Deltakerliste", "en": "List of participants"},
    "schedule_title": {"nb": "Timeplan for én-til-én-møtene", "en": "Schedule of the one-to-one meetings"},
    "badges_title": {"nb": "Navneskilt", "en": "Name badges"},
    "initiative": {"nb": "Anskaffelse", "en": "Procurement"},
    "buyer": {"nb": "Oppdragsgiver", "en": "Contracting authority"},
    "doffin_notice": {"nb": "Kunngjøring", "en": "Notice"},
    "status": {"nb": "Status", "en": "Status"},
    "announced": {"nb": "Kunngjort", "en": "Announced"},
    "deadline": {"nb": "Påmeldingsfrist", "en": "Registration deadline"},
    "programme": {"nb": "Program", "en": "Programme"},
    "video": {"nb": "Video", "en": "Video"},
    "took_part": {"nb": "Virksomheter som deltok", "en": "Organisations that took part"},
    "registered_orgs": {"nb": "Påmeldte virksomheter", "en": "Registered organisations"},
    "one_to_ones": {"nb": "Én-til-én-møter", "en": "One-to-one meetings"},
    "one_to_one_text": {
        "nb": "{n} leverandører fikk hvert sitt én-til-én-møte med oppdragsgiver. Alle møtene varte like lenge "
              "({minutes} minutter); rekkefølgen ble {how}.",
        "en": "{n} suppliers each had a one-to-one meeting with the contracting authority. Every meeting lasted "
              "the same time ({minutes} minutes); the order was {how}.",
    },
    "one_to_one_none": {"nb": "Det ble ikke holdt én-til-én-møter.", "en": "No one-to-one meetings were held."},
    "how_draw": {"nb": "trukket tilfeldig {date} (frø {seed})", "en": "drawn at random on {date} (seed {seed})"},
    "how_registration": {"nb": "satt etter påmeldingstidspunkt", "en": "set by registration time"},
    "questions": {"nb": "Spørsmål og svar", "en": "Questions and answers"},
    "question": {"nb": "Spørsmål", "en": "Question"},
    "answer": {"nb": "Svar", "en": "Answer"},
    "no_questions": {"nb": "Ingen spørsmål og svar er delt ennå.", "en": "No questions and answers shared yet."},
    "asked_plenary": {"nb": "Stilt i plenum", "en": "Asked in the plenary"},
    "asked_one_to_one": {"nb": "Stilt i et én-til-én-møte", "en": "Asked in a one-to-one meeting"},
    "asked_written": {"nb": "Stilt skriftlig", "en": "Asked in writing"},
    "shared_on": {"nb": "delt med alle {date} ({how})", "en": "shared with all on {date} ({how})"},
    "public_input": {"nb": "Innspill fra leverandørene", "en": "Input from the suppliers"},
    "confidential_note": {
        "nb": "Innspill fra leverandørene i én-til-én-møtene kan inneholde forretningshemmeligheter og er unntatt "
              "offentlighet ({exemption}); de er ikke med i denne oppsummeringen.",
        "en": "Suppliers' input in the one-to-one meetings may contain business secrets and is exempt from public "
              "access ({exemption}); it is not part of this summary.",
    },
    "all_shared_note": {
        "nb": "Alle svar som er gitt til én leverandør, er delt med alle påmeldte.",
        "en": "Every answer given to one supplier has been shared with all registrants.",
    },
    "organisation": {"nb": "Virksomhet", "en": "Organisation"},
    "orgnr": {"nb": "Org.nr.", "en": "Org. no."},
    "person": {"nb": "Deltaker", "en": "Participant"},
    "role": {"nb": "Stilling", "en": "Role"},
    "email": {"nb": "E-post", "en": "E-mail"},
    "one_to_one": {"nb": "Én-til-én", "en": "One-to-one"},
    "checked_in": {"nb": "Møtt", "en": "Present"},
    "time": {"nb": "Tid", "en": "Time"},
    "room": {"nb": "Rom", "en": "Room"},
    "people": {"nb": "Deltakere", "en": "Participants"},
    "cancelled": {"nb": "avlyst", "en": "cancelled"},
    "late": {"nb": "sen påmelding", "en": "late registration"},
    "schedule_facts": {
        "nb": "{n} møter à {minutes} minutter med {pause} minutters pause, {rooms} rom. Rekkefølgen er {how}.",
        "en": "{n} meetings of {minutes} minutes with {pause} minutes' break, {rooms} room(s). The order is {how}.",
    },
    "how_draw_long": {
        "nb": "trukket tilfeldig {date} med frø {seed} (samme frø gir samme rekkefølge)",
        "en": "drawn at random on {date} with seed {seed} (the same seed gives the same order)",
    },
    "registered_count": {"nb": "{n} påmeldte virksomheter, {people} personer", "en": "{n} organisations, {people} people"},
    "not_attending": {"nb": "deltar ikke fysisk", "en": "not attending in person"},
    "yes": {"nb": "Ja", "en": "Yes"},
    "no": {"nb": "Nei", "en": "No"},
}


def dlabel(key: str, lang: str = "nb", **values: object) -> str:
    entry = _LABELS[key]
    text = entry["en"] if lang == "en" else entry["nb"]
    return text.format(**values) if values else text


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
    prepared_by: str = ""
    generated_at: dt.datetime | None = None


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
