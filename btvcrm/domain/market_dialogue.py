"""Market dialogue (markedsdialog): a buyer's dialogue with suppliers before an
innovative procurement (anskaffelsesforskriften §§ 9-3 and 12-2).

A dialogue belongs to an initiative and has a Doffin notice (veiledende
kunngjøring), events (the dialogue conference and any further rounds, each
with programme items), registrations of suppliers, a schedule of one-to-one
meetings of equal length, confidential notes from those meetings, a log of
questions and answers (and whether each answer was shared with all), and a
log of what was sent to whom.

`equal_treatment_findings` is the equal-treatment check (likebehandling):
what the buyer still has to do before she can show that no supplier got
information or an advantage the others did not. No SQL and no Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from btvcrm.domain import collation, validation
from btvcrm.domain.enums import LabelledEnum
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.exemption import ONE_TO_ONE_DEFAULT, Exemption
from btvcrm.i18n import QT_TRANSLATE_NOOP, arg, catalogue, translate_in

E = TypeVar("E", bound=LabelledEnum)

SLOT_MINUTES_RANGE = (5, 480)
BREAK_MINUTES_RANGE = (0, 240)
ROOMS_RANGE = (1, 50)


class DialogueStatus(LabelledEnum):
    """planlagt -> kunngjort -> gjennomført -> oppsummert."""

    PLANNED = ("planned", QT_TRANSLATE_NOOP("DialogueStatus", "planned"))
    ANNOUNCED = ("announced", QT_TRANSLATE_NOOP("DialogueStatus", "announced"))
    HELD = ("held", QT_TRANSLATE_NOOP("DialogueStatus", "held"))
    SUMMARISED = ("summarised", QT_TRANSLATE_NOOP("DialogueStatus", "summarised"))

    @property
    def rung(self) -> int:
        return list(DialogueStatus).index(self)


class EventKind(LabelledEnum):
    CONFERENCE = ("conference", QT_TRANSLATE_NOOP("EventKind", "dialogue conference"))
    ROUND = ("round", QT_TRANSLATE_NOOP("EventKind", "further round"))


class QuestionPart(LabelledEnum):
    """Where a question was asked: in the plenary, in a one-to-one, or in writing."""

    PLENARY = ("plenary", QT_TRANSLATE_NOOP("QuestionPart", "plenary"))
    ONE_TO_ONE = ("one_to_one", QT_TRANSLATE_NOOP("QuestionPart", "one-to-one meeting"))
    WRITTEN = ("written", QT_TRANSLATE_NOOP("QuestionPart", "in writing"))


class ShareChannel(LabelledEnum):
    """How an answer was shared with all registered suppliers."""

    EMAIL = ("email", QT_TRANSLATE_NOOP("ShareChannel", "e-mail to all registrants"))
    DOFFIN = ("doffin", QT_TRANSLATE_NOOP("ShareChannel", "Doffin"))
    SUMMARY = ("summary", QT_TRANSLATE_NOOP("ShareChannel", "the public summary"))


class Material(LabelledEnum):
    """What was sent to registrants (the log of what was sent to whom)."""

    INVITATION = ("invitation", QT_TRANSLATE_NOOP("Material", "invitation"))
    PROGRAMME = ("programme", QT_TRANSLATE_NOOP("Material", "programme"))
    SCHEDULE = ("schedule", QT_TRANSLATE_NOOP("Material", "one-to-one schedule"))
    PRESENTATION = ("presentation", QT_TRANSLATE_NOOP("Material", "presentation"))
    ANSWERS = ("answers", QT_TRANSLATE_NOOP("Material", "answers to all"))
    SUMMARY = ("summary", QT_TRANSLATE_NOOP("Material", "summary"))
    OTHER = ("other", QT_TRANSLATE_NOOP("Material", "other"))


class SendChannel(LabelledEnum):
    EMAIL_DRAFT = ("email_draft", QT_TRANSLATE_NOOP("SendChannel", "e-mail draft"))
    EMAIL = ("email", QT_TRANSLATE_NOOP("SendChannel", "e-mail"))
    DOFFIN = ("doffin", QT_TRANSLATE_NOOP("SendChannel", "Doffin"))
    BY_HAND = ("by_hand", QT_TRANSLATE_NOOP("SendChannel", "handed out"))


class SlotStatus(LabelledEnum):
    SCHEDULED = ("scheduled", QT_TRANSLATE_NOOP("SlotStatus", "scheduled"))
    CANCELLED = ("cancelled", QT_TRANSLATE_NOOP("SlotStatus", "cancelled"))


class ScheduleOrder(LabelledEnum):
    DRAW = ("draw", QT_TRANSLATE_NOOP("ScheduleOrder", "random draw"))
    REGISTRATION = ("registration", QT_TRANSLATE_NOOP("ScheduleOrder", "registration time"))


_ALIASES: dict[type[LabelledEnum], dict[str, str]] = {
    QuestionPart: {"én-til-én": "one_to_one", "en-til-en": "one_to_one", "1-1": "one_to_one",
                   "one-to-one": "one_to_one", "e-post": "written", "epost": "written", "email": "written"},
    ShareChannel: {"e-post": "email", "epost": "email", "oppsummering": "summary",
                   "oppsummeringen": "summary"},
    Material: {"timeplan": "schedule", "svar": "answers", "presentasjoner": "presentation"},
}


def parse_choice(enum_cls: type[E], text: str, field_name: str) -> E:
    """A code, a label, or a short alias ("én-til-én", "e-post") of `enum_cls`."""
    wanted = text.strip().casefold().replace("_", "-")
    alias = _ALIASES.get(enum_cls, {}).get(wanted)
    return enum_cls.parse(alias or text, field_name)


def doffin_link(doffin_id: str | None) -> str:
    """The notice on Doffin (`validation.doffin_url` owns the address)."""
    return validation.doffin_url(doffin_id)


def sort_key(text: str) -> str:
    """Norwegian alphabetical order (A–Z, then Æ, Ø, Å), as `domain.collation` has it."""
    return collation.sort_key(text) or ""


# --------------------------------------------------------------------- records


@dataclass
class ProgrammeItem:
    title: str
    at_time: dt.time | None = None
    presenter: str = ""
    id: int | None = None


@dataclass
class DialogueEvent:
    starts_at: dt.datetime  # aware, Europe/Oslo
    kind: EventKind = EventKind.CONFERENCE
    title: str = ""
    duration_minutes: int | None = None
    place: str = ""
    video_link: str | None = None
    meeting_id: int | None = None  # the logged meeting, when there is one
    programme: list[ProgrammeItem] = field(default_factory=list)
    id: int | None = None


@dataclass
class MarketDialogue:
    initiative_id: int
    title: str
    doffin_id: str | None = None
    announced_on: dt.date | None = None
    registration_deadline: dt.date | None = None
    buyer_organisation_id: int | None = None
    status: DialogueStatus = DialogueStatus.PLANNED
    description: str = ""
    events: list[DialogueEvent] = field(default_factory=list)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""

    @property
    def doffin_url(self) -> str:
        return doffin_link(self.doffin_id)

    @property
    def conference(self) -> DialogueEvent | None:
        """The first conference, else the first event."""
        for event in self.events:
            if event.kind is EventKind.CONFERENCE:
                return event
        return self.events[0] if self.events else None


@dataclass
class Attendee:
    person_id: int
    name: str = ""
    email: str | None = None
    title: str = ""
    checked_in_at: dt.datetime | None = None


@dataclass
class Registration:
    dialogue_id: int
    organisation_id: int
    registered_at: dt.datetime
    organisation_name: str = ""
    orgnr: str | None = None
    email: str | None = None  # the registration's own address (a shared mailbox); people carry theirs
    wants_one_to_one: bool = False
    attending: bool = True  # "Deltar: Nei": registered, but not coming in person
    checked_in_at: dt.datetime | None = None
    comment: str = ""  # internal; never printed in a public document
    attendees: list[Attendee] = field(default_factory=list)
    id: int | None = None

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None

    def addresses(self) -> list[tuple[str, str]]:
        """(name, e-mail) of everyone to write to about this registration."""
        found: list[tuple[str, str]] = []
        seen: set[str] = set()
        for name, email in ([(self.organisation_name, self.email)] if self.email else []) + [
            (a.name, a.email) for a in self.attendees if a.email
        ]:
            if email and email.casefold() not in seen:
                seen.add(email.casefold())
                found.append((name, email))
        return found


@dataclass
class Schedule:
    dialogue_id: int
    starts_at: dt.datetime
    slot_minutes: int
    break_minutes: int = 0
    rooms: int = 1
    order: ScheduleOrder = ScheduleOrder.DRAW
    seed: int | None = None  # the draw's seed (order = draw)
    drawn_at: dt.datetime | None = None
    id: int | None = None

    @property
    def step(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.slot_minutes + self.break_minutes)


@dataclass
class Slot:
    registration_id: int
    starts_at: dt.datetime
    minutes: int
    room: int = 1
    position: int = 0
    status: SlotStatus = SlotStatus.SCHEDULED
    late: bool = False
    schedule_id: int | None = None
    id: int | None = None

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.minutes)

    @property
    def active(self) -> bool:
        return self.status is SlotStatus.SCHEDULED


@dataclass
class OneToOneNote:
    """A note from a supplier's one-to-one. Exempt from public access by default
    (`exemption.ONE_TO_ONE_DEFAULT`: the supplier's business secrets, offl. § 13 jf.
    fvl. § 13 første ledd nr. 2); `exemption` None is a public note."""

    registration_id: int
    text: str
    exemption: Exemption | None = ONE_TO_ONE_DEFAULT
    dialogue_id: int | None = None
    created_at: str = ""
    id: int | None = None

    @property
    def confidential(self) -> bool:
        """Exempt from public access: never in a public document."""
        return self.exemption is not None


@dataclass
class Question:
    dialogue_id: int
    question: str
    asked_at: dt.datetime
    registration_id: int | None = None  # from whom (None: not a registered supplier)
    part: QuestionPart = QuestionPart.PLENARY
    answer: str = ""
    answered_at: dt.datetime | None = None
    shared_at: dt.datetime | None = None
    shared_how: ShareChannel | None = None
    id: int | None = None

    @property
    def shared(self) -> bool:
        """Shared with all, and not changed since: a changed answer must be shared again."""
        return self.shared_at is not None and not self.changed_since_shared

    @property
    def changed_since_shared(self) -> bool:
        """Answered (again) after it was last shared: the new answer reached only some."""
        return self.shared_at is not None and self.answered_at is not None and self.answered_at > self.shared_at

    @property
    def answered(self) -> bool:
        return bool(self.answer.strip())


@dataclass
class Sending:
    dialogue_id: int
    material: Material
    title: str
    sent_at: dt.datetime
    recipient_ids: list[int] = field(default_factory=list)  # registration ids
    channel: SendChannel = SendChannel.EMAIL
    note: str = ""
    id: int | None = None


@dataclass
class LogEntry:
    at: dt.datetime
    action: str
    detail: str


@dataclass
class DialogueSnapshot:
    """Everything about one dialogue, read in one go (for the check, the documents,
    `dialogue show` and the app)."""

    dialogue: MarketDialogue
    initiative_title: str = ""
    buyer_name: str = ""
    registrations: list[Registration] = field(default_factory=list)
    schedule: Schedule | None = None
    slots: list[Slot] = field(default_factory=list)
    notes: list[OneToOneNote] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    sendings: list[Sending] = field(default_factory=list)
    log: list[LogEntry] = field(default_factory=list)

    def registration(self, registration_id: int | None) -> Registration | None:
        return next((r for r in self.registrations if r.id == registration_id), None)

    def organisation_of(self, registration_id: int | None) -> str:
        found = self.registration(registration_id)
        return found.organisation_name if found else ""

    def active_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.active]

    def slot_of(self, registration_id: int | None) -> Slot | None:
        return next((s for s in self.active_slots() if s.registration_id == registration_id), None)

    def people_of(self) -> dict[int, frozenset[int]]:
        return {r.id: frozenset(a.person_id for a in r.attendees) for r in self.registrations if r.id is not None}


# --------------------------------------------------------------------- validation


def clean_dialogue(item: MarketDialogue) -> MarketDialogue:
    item.title = validation.clean_name(item.title, "title")
    item.doffin_id = validation.clean_doffin_id(item.doffin_id)
    item.status = DialogueStatus(item.status)
    item.description = validation.clean_text(item.description, "description")
    if item.announced_on and item.registration_deadline and item.registration_deadline < item.announced_on:
        raise ValidationError("registration_deadline", "påmeldingsfristen kan ikke være før kunngjøringen")
    for event in item.events:
        clean_event(event)
    return item


def clean_event(event: DialogueEvent) -> DialogueEvent:
    event.kind = EventKind(event.kind)
    event.title = validation.clean_text(event.title, "title", max_length=500)
    event.place = validation.clean_text(event.place, "place", max_length=500)
    event.video_link = validation.clean_website(event.video_link) if event.video_link else None
    if not isinstance(event.starts_at, dt.datetime):
        raise ValidationError("date", "mangler dato og tid")
    minutes = event.duration_minutes
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 < minutes <= 24 * 60):
        raise ValidationError("duration_minutes", "må være et antall minutter fra 1 til 1440")
    for item in event.programme:
        item.title = validation.clean_name(item.title, "programme")
        item.presenter = validation.clean_text(item.presenter, "presenter", max_length=500)
    return event


def clean_schedule_numbers(slot_minutes: int, break_minutes: int, rooms: int) -> None:
    for value, name, (low, high), word in (
        (slot_minutes, "slot", SLOT_MINUTES_RANGE, "lengden på et møte"),
        (break_minutes, "break", BREAK_MINUTES_RANGE, "pausen mellom møtene"),
        (rooms, "rooms", ROOMS_RANGE, "antall rom"),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            unit = "" if name == "rooms" else " minutter"
            raise ValidationError(name, f"{word} må være et helt tall fra {low} til {high}{unit}, ikke «{value}»")


# --------------------------------------------------------------------- the check


class FindingKind(StrEnum):
    UNSHARED_ANSWER = "unshared_answer"
    CHANGED_ANSWER = "changed_answer"
    NO_SLOT = "no_slot"
    UNEQUAL_SLOTS = "unequal_slots"
    DOUBLE_BOOKED = "double_booked"
    PARTIAL_SENDING = "partial_sending"


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    message: str  # one Norwegian sentence
    ids: tuple[int, ...] = ()  # the question, registration, slot or sending ids concerned


def _text(lang: str, source: str, *values: object) -> str:
    return arg(translate_in(lang, "MarketDialogue", source), *values)


def _names(snapshot: DialogueSnapshot, registration_ids: Iterable[int], lang: str) -> str:
    names = sorted((snapshot.organisation_of(i) for i in registration_ids), key=sort_key)
    if len(names) > 4:
        more = catalogue(lang).translate("MarketDialogue", "%1 and %n more", "", len(names) - 4)
        return arg(more, ", ".join(names[:4]))
    return ", ".join(names)


def equal_treatment_findings(snapshot: DialogueSnapshot, lang: str = "nb") -> list[Finding]:
    """What still stands in the way of showing equal treatment; empty when clean.

    - an answer given to one supplier (in a one-to-one or in writing) that is not
      yet shared with all registrants;
    - an answer (from any part) changed after it was shared, until it is shared again;
    - a supplier who asked for a one-to-one and has no slot;
    - one-to-one slots of unequal length;
    - a person (or a room) in two places at once;
    - material sent to some registrants but not all (sendings of the same
      material and title together count as one).
    """
    from btvcrm.domain.dates import format_date_short, format_time
    from btvcrm.domain.dialogue_schedule import conflicts

    words = catalogue(lang)
    findings: list[Finding] = []
    for question in snapshot.questions:
        if not question.answered or question.shared:
            continue
        asker = snapshot.organisation_of(question.registration_id) or words.translate("MarketDialogue", "a supplier")
        if question.changed_since_shared and question.shared_at is not None:
            findings.append(Finding(
                FindingKind.CHANGED_ANSWER,
                _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "The answer to %1 (%2) on “%3” was changed after it "
                                                                "was shared on %4; share the new answer with all."),
                      asker, question.part.label(lang), _short(question.question),
                      format_date_short(question.shared_at, lang)),
                (question.id or 0,),
            ))
        elif question.part is not QuestionPart.PLENARY:
            findings.append(Finding(
                FindingKind.UNSHARED_ANSWER,
                _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "The answer to %1 (%2) on “%3” is not shared with all registrants yet."),
                      asker, question.part.label(lang), _short(question.question)),
                (question.id or 0,),
            ))
    for registration in snapshot.registrations:
        if registration.wants_one_to_one and snapshot.slot_of(registration.id) is None:
            findings.append(Finding(
                FindingKind.NO_SLOT,
                _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "%1 asked for a one-to-one meeting but has no slot."), registration.organisation_name),
                (registration.id or 0,),
            ))
    active = snapshot.active_slots()
    lengths = sorted({s.minutes for s in active})
    if len(lengths) > 1:
        findings.append(Finding(
            FindingKind.UNEQUAL_SLOTS,
            _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "The one-to-one meetings differ in length (%1 minutes); all must be equally long."),
                  ", ".join(str(n) for n in lengths)),
            tuple(s.id or 0 for s in active),
        ))
    names = {a.person_id: a.name for r in snapshot.registrations for a in r.attendees}
    for conflict in conflicts(active, snapshot.people_of()):
        first, second = conflict.first, conflict.second
        when = format_time(first.starts_at, lang)
        one, other = snapshot.organisation_of(first.registration_id), snapshot.organisation_of(second.registration_id)
        if conflict.room is not None:
            message = _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "Room %1 has two meetings at the same time, %2 (%3 and %4)."),
                            conflict.room, when, one, other)
        else:
            who = names.get(conflict.person_id or 0) or words.translate("MarketDialogue", "Someone")
            message = _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "%1 is booked for two meetings at the same time, %2 (%3 and %4)."),
                            who, when, one, other)
        findings.append(Finding(FindingKind.DOUBLE_BOOKED, message, (first.id or 0, second.id or 0)))
    everyone = {r.id for r in snapshot.registrations if r.id is not None}
    groups: dict[tuple[str, str], list[Sending]] = {}
    for sending in snapshot.sendings:
        groups.setdefault((sending.material.value, sending.title.casefold()), []).append(sending)
    for sendings in groups.values():
        reached = {i for s in sendings for i in s.recipient_ids}
        missing = everyone - reached
        if reached and missing:
            first_sending = sendings[0]
            findings.append(Finding(
                FindingKind.PARTIAL_SENDING,
                _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "“%1” (%2) was sent to %3 of %4 registrants; missing: %5."), first_sending.title,
                      first_sending.material.label(lang), len(reached & everyone), len(everyone),
                      _names(snapshot, missing, lang)),
                tuple(sorted(missing)),
            ))
    return findings


def _short(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


def finding_text(findings: Sequence[Finding], lang: str = "nb") -> str:
    if not findings:
        return _text(lang, QT_TRANSLATE_NOOP("MarketDialogue", "Equal treatment is shown: every answer is shared, everyone who asked for a one-to-one "
                           "meeting has a slot, all meetings are equally long and everything was sent to all "
                           "registrants."))
    return "\n".join(f"✗ {f.message}" for f in findings)


_NAME_SPLIT = re.compile(r"\s*[;\n]\s*")


def split_names(values: Iterable[str]) -> list[str]:
    """Names typed in one field or repeated options: "Kari Vik; Per Ås" -> two names."""
    names: list[str] = []
    for value in values:
        for part in _NAME_SPLIT.split(value or ""):
            part = " ".join(part.split())
            if part and part.casefold() not in (n.casefold() for n in names):
                names.append(part)
    return names
