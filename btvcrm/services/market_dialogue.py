"""Market dialogue use cases, behind `btvcrm dialogue …` and the app's dialogue page.

Each use case takes a request (what the user typed or picked), runs in one
`crm.write()` transaction and returns what the caller shows. The rules of
equal treatment live in `domain/market_dialogue.py` (the check) and
`domain/dialogue_schedule.py` (the schedule); this module reads and writes.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from btvcrm.domain import clock, dates, validation
from btvcrm.domain.dialogue_schedule import (
    ScheduleParams,
    SlotRequest,
    conflicts,
    order_requests,
    past_midnight,
    plan,
)
from btvcrm.domain.enums import OrganisationKind
from btvcrm.domain.errors import NotFoundError, UserError, ValidationError
from btvcrm.domain.exemption import ONE_TO_ONE_DEFAULT, Exemption
from btvcrm.domain.formatting import plural
from btvcrm.domain.market_dialogue import (
    Attendee,
    DialogueEvent,
    DialogueSnapshot,
    DialogueStatus,
    EventKind,
    Finding,
    MarketDialogue,
    Material,
    OneToOneNote,
    ProgrammeItem,
    Question,
    QuestionPart,
    Registration,
    Schedule,
    ScheduleOrder,
    SendChannel,
    Sending,
    ShareChannel,
    Slot,
    SlotStatus,
    clean_schedule_numbers,
    equal_treatment_findings,
    finding_text,
    sort_key,
    split_names,
)
from btvcrm.domain.models import Organisation, Person
from btvcrm.exchange.duplicates import PeopleIndex
from btvcrm.i18n import upper_first
from btvcrm.storage.crm import Crm

# ------------------------------------------------------------------ helpers


def _when(text: str | None, *, on: dt.date | None = None, default_time: dt.time = dt.time(9, 0),
          field_name: str = "date") -> dt.datetime | None:
    """Norwegian free text ("14.06.2016 10:00", "13:00" on the conference day) to a moment."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    try:
        moment = dt.datetime.fromisoformat(value)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # a date alone: the default time of day
            moment = dt.datetime.combine(moment.date(), default_time)
    except ValueError:
        try:
            parsed = dates.parse_when(value, today=on or clock.today())
        except dates.DateParseError as error:
            raise ValidationError(field_name, str(error).rstrip("."))
        moment = dt.datetime.combine(parsed.date, parsed.time or default_time)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.OSLO)
    return moment.astimezone(clock.OSLO)


def _day(text: str | None, field_name: str) -> dt.date | None:
    moment = _when(text, field_name=field_name)
    return moment.date() if moment else None


_PROGRAMME_TIME = re.compile(r"^\s*(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})\s+(.+)$", re.I)


def parse_programme_item(text: str) -> ProgrammeItem:
    """"10.00 Behovet – Telemark fylkeskommune": a time, a title and (after an en dash) who."""
    match = _PROGRAMME_TIME.match(text)
    at_time = None
    rest = text.strip()
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours > 23 or minutes > 59:
            raise ValidationError("programme", f"«{text.strip()}»: klokkeslettet finnes ikke")
        at_time, rest = dt.time(hours, minutes), match.group(3).strip()
    title, _, presenter = rest.partition(" – ")
    return ProgrammeItem(title=title.strip(), at_time=at_time, presenter=presenter.strip())


def _log(crm: Crm, dialogue_id: int, action: str, detail: str) -> None:
    crm.dialogues.add_log_in_transaction(dialogue_id, action, detail)


def _time(moment: dt.datetime) -> str:
    return dates.format_time(moment)


def _n(count: int, singular: str, plural_form: str) -> str:
    """ "1 påmeldt", "3 påmeldte": the number and the word form that goes with it."""
    return f"{count} {plural(count, singular, plural_form)}"


def _slot_text(slot: Slot) -> str:
    return f"{dates.format_date_short(slot.starts_at)} {_time(slot.starts_at)}, rom {slot.room}"


# ------------------------------------------------------------------ the dialogue


@dataclass
class CreateDialogueRequest:
    initiative_id: int
    title: str
    doffin_id: str | None = None
    date_text: str | None = None  # the conference: "14.06.2016 10:00"
    starts_at: dt.datetime | None = None  # or the exact moment
    duration_minutes: int | None = None
    place: str = ""
    video_link: str | None = None
    announced_on: str | None = None  # date text
    registration_deadline: str | None = None
    buyer: str | None = None  # organisation name; default: the initiative's owner
    status: str | None = None
    description: str = ""
    programme: list[str] = field(default_factory=list)  # "10.00 Velkommen – Siri Lunde"
    meeting_id: int | None = None


@dataclass
class DialogueSaved:
    id: int
    title: str
    new: bool
    created_organisations: list[tuple[int, str]] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # what moved with an edit (the conference, the schedule)

    @property
    def message(self) -> str:
        text = f"{'Opprettet' if self.new else 'Lagret'} markedsdialog «{self.title}»."
        for org_id, name in self.created_organisations:
            text += f" Ny organisasjon: {name} (id {org_id})."
        for line in self.changes:
            text += f" {line}"
        return text


def _organisation_id(crm: Crm, name: str, created: list[tuple[int, str]], *,
                     kind: OrganisationKind = OrganisationKind.OTHER) -> int:
    text = " ".join(name.split())
    found = crm.organisations.find_by_name(text)
    if found is not None and found.id is not None:
        return found.id
    org_id = crm.organisations.save_in_transaction(Organisation(name=text, kind=kind))
    created.append((org_id, text))
    return org_id


def create_dialogue(crm: Crm, request: CreateDialogueRequest) -> DialogueSaved:
    """A new dialogue; its conference is made when a date (or the logged meeting it is) is given."""
    initiative = crm.initiatives.get(request.initiative_id)
    starts_at = request.starts_at or _when(request.date_text, default_time=dt.time(9, 0))
    place = request.place
    if request.meeting_id is not None:
        meeting = crm.meetings.get(request.meeting_id)  # a sentence when there is no such meeting
        if starts_at is None:  # the conference is that meeting: its time (and place, unless given)
            starts_at = meeting.starts_at
            place = place or meeting.place
    events: list[DialogueEvent] = []
    if starts_at is not None:
        events.append(DialogueEvent(
            starts_at=starts_at, kind=EventKind.CONFERENCE, title=request.title,
            duration_minutes=request.duration_minutes, place=place,
            video_link=request.video_link or None, meeting_id=request.meeting_id,
            programme=[parse_programme_item(t) for t in request.programme if t.strip()],
        ))
    elif request.place or request.programme or request.video_link or request.duration_minutes is not None:
        raise ValidationError("date", "en konferanse med sted, lengde eller program trenger en dato (--date)")
    created: list[tuple[int, str]] = []
    with crm.write():
        buyer_id = initiative.owner_organisation_id
        if request.buyer and request.buyer.strip():
            buyer_id = _organisation_id(crm, request.buyer, created)
        dialogue = MarketDialogue(
            initiative_id=request.initiative_id,
            title=request.title,
            doffin_id=request.doffin_id or initiative.doffin_id,
            announced_on=_day(request.announced_on, "announced"),
            registration_deadline=_day(request.registration_deadline, "deadline"),
            buyer_organisation_id=buyer_id,
            status=DialogueStatus.parse(request.status, "status") if request.status else (
                DialogueStatus.ANNOUNCED if request.doffin_id or initiative.doffin_id else DialogueStatus.PLANNED),
            description=request.description,
            events=events,
        )
        dialogue_id = crm.dialogues.save_in_transaction(dialogue)
        _log(crm, dialogue_id, "create", f"Markedsdialogen ble opprettet for «{initiative.title}».")
    return DialogueSaved(dialogue_id, crm.dialogues.get(dialogue_id).title, True, created)


@dataclass
class EditDialogueRequest:
    dialogue_id: int
    title: str | None = None
    doffin_id: str | None = None
    status: str | None = None
    announced_on: str | None = None
    registration_deadline: str | None = None
    description: str | None = None
    date_text: str | None = None  # the conference's new date (and time; a date alone keeps the time)
    place: str | None = None  # the conference's place


def _move_conference(crm: Crm, dialogue: MarketDialogue, date_text: str | None, place: str | None) -> list[str]:
    """Move the conference (inside a write); the one-to-one schedule on its day moves
    with it, each slot keeping its time of day. Returns the log lines."""
    lines: list[str] = []
    conference = dialogue.conference
    if date_text is not None and date_text.strip():
        old = conference.starts_at if conference else None
        keep = old.astimezone(clock.OSLO).time() if old else dt.time(9, 0)
        moment = _when(date_text, on=old.date() if old else None, default_time=keep)
        if moment is None:
            raise ValidationError("date", "skriv konferansens nye dato")
        if conference is None:
            conference = DialogueEvent(starts_at=moment, kind=EventKind.CONFERENCE, title=dialogue.title)
            dialogue.events.insert(0, conference)
            lines.append(f"Konferansen er satt til {_slot_day(moment)}.")
        elif moment != conference.starts_at:
            conference.starts_at = moment
            lines.append(f"Konferansen er flyttet fra {_slot_day(old or moment)} til {_slot_day(moment)}.")
            lines += _move_schedule(crm, dialogue.id or 0, (old or moment).astimezone(clock.OSLO).date(),
                                    moment.astimezone(clock.OSLO).date())
    if place is not None:
        if conference is None:
            raise ValidationError("place", "markedsdialogen har ingen konferanse ennå; gi den en dato med --date")
        if place.strip() != conference.place:
            conference.place = place.strip()
            lines.append(f"Konferansens sted: {conference.place or 'ikke satt'}.")
    return lines


def _at_day(moment: dt.datetime, days: int) -> dt.datetime:
    """The same time of day (Oslo wall clock) `days` later."""
    local = moment.astimezone(clock.OSLO)
    return dt.datetime.combine(local.date() + dt.timedelta(days=days), local.time().replace(tzinfo=None),
                               tzinfo=clock.OSLO)


def _move_schedule(crm: Crm, dialogue_id: int, old_day: dt.date, new_day: dt.date) -> list[str]:
    schedule = crm.dialogues.schedule(dialogue_id)
    days = (new_day - old_day).days
    if schedule is None or not days or schedule.starts_at.astimezone(clock.OSLO).date() != old_day:
        return []
    schedule.starts_at = _at_day(schedule.starts_at, days)
    crm.dialogues.save_schedule_in_transaction(schedule)
    slots = crm.dialogues.slots(dialogue_id)
    for slot in slots:
        slot.starts_at = _at_day(slot.starts_at, days)
        crm.dialogues.update_slot_in_transaction(slot)
    return [f"Timeplanen for én-til-én-møtene er flyttet med til {dates.format_date_long(new_day)} "
            f"({_n(len(slots), 'tid', 'tider')}, samme klokkeslett)."]


def edit_dialogue(crm: Crm, request: EditDialogueRequest) -> DialogueSaved:
    with crm.write():
        dialogue = crm.dialogues.get(request.dialogue_id)
        before = dialogue.status
        moved = _move_conference(crm, dialogue, request.date_text, request.place)
        if request.title is not None:
            dialogue.title = request.title
        if request.doffin_id is not None:
            dialogue.doffin_id = request.doffin_id or None
        if request.status is not None:
            dialogue.status = DialogueStatus.parse(request.status, "status")
        if request.announced_on is not None:
            dialogue.announced_on = _day(request.announced_on, "announced")
        if request.registration_deadline is not None:
            dialogue.registration_deadline = _day(request.registration_deadline, "deadline")
        if request.description is not None:
            dialogue.description = request.description
        crm.dialogues.save_in_transaction(dialogue)
        if dialogue.status is not before:
            _log(crm, request.dialogue_id, "status", f"Status: {before.label()} → {dialogue.status.label()}.")
        if moved:
            _log(crm, request.dialogue_id, "conference", " ".join(moved))
    return DialogueSaved(request.dialogue_id, dialogue.title, False, changes=moved)


@dataclass
class EventRequest:
    dialogue_id: int
    date_text: str | None = None
    starts_at: dt.datetime | None = None
    kind: EventKind = EventKind.ROUND
    title: str = ""
    duration_minutes: int | None = None
    place: str = ""
    video_link: str | None = None
    programme: list[str] = field(default_factory=list)
    meeting_id: int | None = None


def add_event(crm: Crm, request: EventRequest) -> int:
    """A further round (or another part) of the dialogue; returns the event id."""
    starts_at = request.starts_at or _when(request.date_text)
    if starts_at is None:
        raise ValidationError("date", "mangler dato")
    with crm.write():
        dialogue = crm.dialogues.get(request.dialogue_id)
        event = DialogueEvent(
            starts_at=starts_at, kind=request.kind, title=request.title, duration_minutes=request.duration_minutes,
            place=request.place, video_link=request.video_link or None, meeting_id=request.meeting_id,
            programme=[parse_programme_item(t) for t in request.programme if t.strip()],
        )
        dialogue.events.append(event)
        crm.dialogues.save_in_transaction(dialogue)
        _log(crm, request.dialogue_id, "event", f"{upper_first(event.kind.label())} lagt til {_slot_day(starts_at)}.")
    return int(event.id or 0)


def _slot_day(moment: dt.datetime) -> str:
    return f"{dates.format_date_long(moment)} {_time(moment)}"


def dialogues(crm: Crm, *, initiative_id: int | None = None) -> list[dict[str, Any]]:
    return crm.dialogues.all_dialogues(initiative_id=initiative_id)


def snapshot(crm: Crm, dialogue_id: int) -> DialogueSnapshot:
    return crm.dialogues.snapshot(dialogue_id)


# ------------------------------------------------------------------ registrations


@dataclass
class RegisterRequest:
    dialogue_id: int
    organisation: str  # a name, or an organisasjonsnummer
    orgnr: str | None = None
    people: list[str] = field(default_factory=list)
    email: str | None = None  # the one person's address, or the registration's when no person is named
    phone: str | None = None
    title: str = ""  # the one person's job title
    wants_one_to_one: bool = False
    attending: bool = True
    registered_at: dt.datetime | None = None
    comment: str = ""
    counties: list[str] = field(default_factory=list)  # for an organisation made here
    known_organisation_id: int | None = None  # picked from completion


@dataclass
class RegistrationResult:
    registration_id: int
    organisation: str
    updated: bool = False  # was registered already
    changed: bool = True  # something was new: false when the same registration came again
    created_organisation: tuple[int, str] | None = None
    created_people: list[tuple[int, str]] = field(default_factory=list)
    merged_people: list[tuple[int, str]] = field(default_factory=list)
    possible_duplicates: list[str] = field(default_factory=list)
    slot: Slot | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        lines = []
        if self.updated:
            lines.append(f"{self.organisation} var allerede påmeldt; "
                         + ("påmeldingen er oppdatert." if self.changed else "ingenting er endret."))
        if self.created_organisation:
            org_id, name = self.created_organisation
            lines.append(f"Ny organisasjon opprettet: {name} (id {org_id})")
        lines += [f"Ny person opprettet: {name} (id {i})" for i, name in self.created_people]
        lines += [f"Fantes fra før: {name} (id {i})" for i, name in self.merged_people]
        lines += self.possible_duplicates
        if self.slot is not None:
            lines.append(f"Én-til-én-møte lagt til etter de andre: {_slot_text(self.slot)}.")
        return lines + self.warnings


def _resolve_organisation(crm: Crm, request: RegisterRequest, result: RegistrationResult) -> int:
    name = " ".join((request.organisation or "").split())
    orgnr = validation.clean_orgnr(request.orgnr) if request.orgnr and request.orgnr.strip() else None
    if orgnr is None and re.fullmatch(r"[\d\s.]{9,13}", name) and len(re.sub(r"\D", "", name)) == 9:
        orgnr, name = validation.clean_orgnr(name), ""
    if request.known_organisation_id is not None:
        crm.organisations.get(request.known_organisation_id)
        return request.known_organisation_id
    if orgnr:
        found = crm.organisations.find_by_orgnr(orgnr)
        if found is not None and found.id is not None:
            return found.id
        if not name:
            raise NotFoundError(f"Fant ingen organisasjon med organisasjonsnummer {validation.format_orgnr(orgnr)}; "
                                "skriv navnet også.")
    if not name:
        raise ValidationError("org", "skriv navnet eller organisasjonsnummeret til virksomheten")
    found = crm.organisations.find_by_name(name)
    if found is not None and found.id is not None:
        if not orgnr or not found.orgnr:
            if orgnr and not found.orgnr:
                found.orgnr = orgnr
                crm.organisations.save_in_transaction(found)
            return found.id
        result.possible_duplicates.append(
            f"Mulig duplikat: «{found.name}» (id {found.id}) har organisasjonsnummer "
            f"{validation.format_orgnr(found.orgnr)}, ikke {validation.format_orgnr(orgnr)}; ny organisasjon opprettet.")
    county_ids = [int(crm.counties.by_name(c).id or 0) for c in request.counties if c.strip()]
    org_id = crm.organisations.save_in_transaction(
        Organisation(name=name, orgnr=orgnr, kind=OrganisationKind.SUPPLIER, county_ids=county_ids))
    result.created_organisation = (org_id, crm.organisations.get(org_id).name)
    return org_id


def _resolve_person(crm: Crm, name: str, *, organisation_id: int, email: str | None, phone: str | None,
                    title: str, registration: Registration | None, result: RegistrationResult,
                    people: PeopleIndex) -> int:
    """The import's one duplicate rule (`exchange.duplicates`): the same e-mail (or name
    and phone, or name at the same organisation) is the same person; a name or a phone
    alone is only a possible duplicate, reported and not merged."""
    for attendee in registration.attendees if registration else []:
        if attendee.name.casefold() == name.casefold():
            return attendee.person_id
    match = people.match(name=name, emails=[email] if email else [], phones=[phone] if phone else [],
                         organisation_id=organisation_id)
    if match is not None and match.certain:
        found = crm.people.get(match.person_id)
        changed = False
        for attribute, value in (("organisation_id", organisation_id), ("email", email), ("phone", phone),
                                 ("title", title)):
            if value and not getattr(found, attribute):
                setattr(found, attribute, value)
                changed = True
        if changed:
            crm.people.save_in_transaction(found)
            people.remember(match.person_id, found.name, found.email, found.phone, found.uid, found.organisation_id)
        result.merged_people.append((match.person_id, f"{found.name}, {match.reason}"))
        return match.person_id
    person = Person(name=name, email=email, phone=phone, organisation_id=organisation_id, title=title)
    person_id = crm.people.save_in_transaction(person)
    people.remember(person_id, person.name, person.email, person.phone, person.uid, organisation_id)
    result.created_people.append((person_id, crm.people.get(person_id).name))
    if match is not None:
        result.possible_duplicates.append(
            f"{name}: mulig duplikat av {match.describe()} – lagt til som ny person")
    return person_id


def _registration_state(registration: Registration) -> tuple[object, ...]:
    """What a repeated registration can change (to tell "changed" from "the same again")."""
    return (registration.wants_one_to_one, registration.attending, registration.email, registration.comment,
            tuple(a.person_id for a in registration.attendees))


def _register_in_transaction(crm: Crm, request: RegisterRequest, *, append: bool = True,
                             people: PeopleIndex | None = None) -> RegistrationResult:
    dialogue = crm.dialogues.get(request.dialogue_id)
    result = RegistrationResult(registration_id=0, organisation="")
    org_id = _resolve_organisation(crm, request, result)
    result.organisation = crm.organisations.get(org_id).name
    existing_id = crm.dialogues.registration_id_for(request.dialogue_id, org_id)
    registration = crm.dialogues.registration(existing_id) if existing_id else None
    names = split_names(request.people)
    email = validation.clean_email(request.email)
    phone = validation.clean_phone(request.phone)
    attendee_ids: list[int] = []
    index = people if people is not None else PeopleIndex.load(crm)
    for name in names:
        one = len(names) == 1
        attendee_ids.append(_resolve_person(
            crm, validation.clean_name(name), organisation_id=org_id, email=email if one else None,
            phone=phone if one else None, title=request.title if one else "", registration=registration,
            result=result, people=index))
    registration_email = email if (len(names) != 1 and email) else None
    before: tuple[object, ...] = ()
    if registration is None:
        registration = Registration(
            dialogue_id=dialogue.id or 0, organisation_id=org_id,
            registered_at=request.registered_at or clock.now(), email=registration_email,
            wants_one_to_one=request.wants_one_to_one, attending=request.attending, comment=request.comment,
        )
    else:
        result.updated = True
        before = _registration_state(registration)
        registration.wants_one_to_one = registration.wants_one_to_one or request.wants_one_to_one
        registration.attending = registration.attending or request.attending
        registration.email = registration_email or registration.email
        if request.comment.strip() and request.comment.strip() not in registration.comment:
            registration.comment = "\n".join(p for p in (registration.comment, request.comment.strip()) if p)
    known = {a.person_id for a in registration.attendees}
    registration.attendees += [Attendee(person_id=i) for i in dict.fromkeys(attendee_ids) if i not in known]
    if result.updated:
        result.changed = bool(before != _registration_state(registration) or result.created_people
                              or result.created_organisation)
    if result.changed:
        result.registration_id = crm.dialogues.save_registration_in_transaction(registration)
    else:
        result.registration_id = int(registration.id or 0)
    if append and registration.wants_one_to_one:
        appended = _append_late(crm, request.dialogue_id)
        result.slot = next((s for s in appended if s.registration_id == result.registration_id), None)
        result.warnings += _late_warning(crm, request.dialogue_id, appended)
    return result


def _late_warning(crm: Crm, dialogue_id: int, appended: Sequence[Slot]) -> list[str]:
    schedule = crm.dialogues.schedule(dialogue_id)
    if not appended or schedule is None:
        return []
    return _midnight_warning(schedule, crm.dialogues.slots(dialogue_id))


def register(crm: Crm, request: RegisterRequest) -> RegistrationResult:
    """Register a supplier (creating or matching its organisation and people).

    When a one-to-one schedule exists and the supplier wants a one-to-one, the
    new slot is appended after the others at once (logged)."""
    with crm.write():
        result = _register_in_transaction(crm, request)
        if result.changed:
            verb = "oppdatert" if result.updated else "påmeldt"
            _log(crm, request.dialogue_id, "register", f"{result.organisation} {verb}.")
    return result


@dataclass
class ImportRegistrationsRequest:
    dialogue_id: int
    data: bytes
    kind: str = "csv"  # "csv" or "xlsx"
    mapping: dict[str, str] | None = None  # from the preview; None = guessed
    skip_invalid: bool = False
    source_name: str = ""


@dataclass
class ImportRegistrationsResult:
    added: int = 0
    updated: int = 0  # registered before, and something changed
    unchanged: int = 0  # registered before, and the list said the same again
    skipped: int = 0
    created_organisations: list[tuple[int, str]] = field(default_factory=list)
    created_people: list[tuple[int, str]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)

    @property
    def summary(self) -> str:
        lines = [f"Påmeldinger: {self.added} lagt til, {self.updated} endret, {self.unchanged} uendret, "
                 f"{self.skipped} hoppet over. "
                 f"Nye organisasjoner: {len(self.created_organisations)}, nye personer: {len(self.created_people)}."]
        return "\n".join(lines + self.messages)


def import_registrations(crm: Crm, request: ImportRegistrationsRequest) -> ImportRegistrationsResult:
    """A registration list (CSV/XLSX) into the dialogue, all or nothing.

    A row with a value that cannot be stored stops the import naming its line,
    or is skipped with `skip_invalid`. Invalid e-mail addresses and phone
    numbers go to the registration's comment."""
    from btvcrm.exchange.registrations import preview_registrations

    preview = preview_registrations(request.data, request.kind, request.mapping)
    crm.dialogues.get(request.dialogue_id)
    result = ImportRegistrationsResult()
    problems = preview.problem_lines
    if problems and not request.skip_invalid:
        raise UserError("Importen ble stoppet; ingenting er lagret.\n" + "\n".join(problems)
                        + "\nRett linjene, eller bruk --skip-invalid for å hoppe over dem.")
    if crm.path is not None:
        from btvcrm.storage.backup import backup_before

        backup_before(crm.db.conn, crm.path, reason="import")
    with crm.write():
        people = PeopleIndex.load(crm)
        for row in preview.rows:
            if row.problems:
                result.skipped += 1
                result.messages.append(f"Linje {row.line}: {'; '.join(row.problems)} – hoppet over")
                continue
            comment = row.comment
            if row.warnings:
                comment = "\n".join(p for p in (comment, "Ugyldig i påmeldingslisten: " + "; ".join(row.warnings)) if p)
                result.messages.append(f"Linje {row.line}: {'; '.join(row.warnings)} – lagt i kommentaren")
            register_request = RegisterRequest(
                dialogue_id=request.dialogue_id, organisation=row.organisation, orgnr=row.orgnr or None,
                people=[row.person] if row.person else [], email=row.emails[0] if row.emails else None,
                phone=row.phones[0] if row.phones else None, title=row.title, wants_one_to_one=row.one_to_one,
                attending=row.attending, registered_at=row.registered_at, comment=comment, counties=row.counties,
            )
            try:
                with crm.db.atomic():  # a savepoint per row
                    one = _register_in_transaction(crm, register_request, append=False, people=people)
            except UserError as error:
                people = PeopleIndex.load(crm)  # forget what the rolled-back row taught it
                message = f"Linje {row.line}: {error}"
                if not request.skip_invalid:
                    raise UserError(f"Importen ble stoppet; ingenting er lagret.\n{message}")
                result.skipped += 1
                result.messages.append(message + " – hoppet over")
                continue
            if one.updated and not one.changed:
                result.unchanged += 1
            elif one.updated:
                result.updated += 1
            else:
                result.added += 1
            if one.created_organisation:
                result.created_organisations.append(one.created_organisation)
            result.created_people += one.created_people
            result.messages += [f"Linje {row.line}: {d}" for d in one.possible_duplicates]
        result.slots = _append_late(crm, request.dialogue_id)
        for slot in result.slots:
            name = crm.dialogues.registration(slot.registration_id).organisation_name
            result.messages.append(f"{name}: én-til-én-møte lagt til etter de andre, {_slot_text(slot)}.")
        result.messages += _late_warning(crm, request.dialogue_id, result.slots)
        source = f" fra {request.source_name}" if request.source_name else ""
        _log(crm, request.dialogue_id, "import",
             f"Påmeldingsliste importert{source}: {result.added} lagt til, {result.updated} endret, "
             f"{result.unchanged} uendret, {result.skipped} hoppet over.")
    return result


@dataclass
class CheckInResult:
    registration_id: int
    organisation: str
    person_id: int | None = None
    person: str = ""
    undone: bool = False

    @property
    def message(self) -> str:
        who = f"{self.person} ({self.organisation})" if self.person else self.organisation
        return f"{who} er {'ikke lenger ' if self.undone else ''}registrert som møtt."


def _matches(snapshot: DialogueSnapshot, text: str) -> list[tuple[Registration, Attendee | None]]:
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        raise ValidationError("name", "skriv et navn")
    exact: list[tuple[Registration, Attendee | None]] = []
    partial: list[tuple[Registration, Attendee | None]] = []
    for registration in snapshot.registrations:
        for attendee in registration.attendees:
            name = attendee.name.casefold()
            if name == wanted:
                exact.append((registration, attendee))
            elif name.startswith(wanted) or any(w.startswith(wanted) for w in name.split()):
                partial.append((registration, attendee))
        org = registration.organisation_name.casefold()
        if org == wanted:
            exact.append((registration, None))
        elif org.startswith(wanted):
            partial.append((registration, None))
    return exact or partial


def check_in(crm: Crm, dialogue_id: int, name: str, *, undo: bool = False,
             at: dt.datetime | None = None) -> CheckInResult:
    """Tick a person (or a supplier) at the door by typing (part of) the name."""
    found = _matches(crm.dialogues.snapshot(dialogue_id), name)
    if not found:
        raise NotFoundError(f"Ingen påmeldt heter «{name.strip()}».")
    if len(found) > 1:
        shown = "; ".join(f"{a.name} ({r.organisation_name})" if a else r.organisation_name for r, a in found[:6])
        raise UserError(f"«{name.strip()}» passer til flere påmeldte: {shown}. Skriv mer av navnet.")
    registration, attendee = found[0]
    if attendee is None and len(registration.attendees) == 1:
        attendee = registration.attendees[0]
    return check_in_person(crm, int(registration.id or 0), attendee.person_id if attendee else None,
                           undo=undo, at=at)


def check_in_person(crm: Crm, registration_id: int, person_id: int | None, *, undo: bool = False,
                    at: dt.datetime | None = None) -> CheckInResult:
    """Tick (or untick) one person of a registration, or the registration itself."""
    registration = crm.dialogues.registration(registration_id)
    attendee = next((a for a in registration.attendees if a.person_id == person_id), None)
    if person_id is not None and attendee is None:
        raise NotFoundError(f"Personen er ikke påmeldt for {registration.organisation_name}.")
    with crm.write():
        crm.dialogues.set_checked_in(registration_id, person_id, None if undo else (at or clock.now()))
    return CheckInResult(registration_id, registration.organisation_name, person_id,
                         attendee.name if attendee else "", undo)


# ------------------------------------------------------------------ the one-to-one schedule


@dataclass
class ScheduleRequest:
    dialogue_id: int
    start_text: str | None = None  # "13:00" (on the conference day) or "14.06.2016 13:00"
    starts_at: dt.datetime | None = None
    slot_minutes: int | None = None
    break_minutes: int | None = None
    rooms: int | None = None
    order: ScheduleOrder = ScheduleOrder.DRAW
    seed: int | None = None
    redraw: bool = False


SEED_RULE = "frøet må være et helt tall fra 0 og oppover (høyst 18 sifre)"


def parse_seed(text: str | None) -> int | None:
    """A typed seed for the draw: empty is None (a random one), else a whole number (its range
    is make_schedule's rule). str.isdigit() alone would take «²», which int() refuses."""
    value = (text or "").strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):
        raise ValidationError("seed", SEED_RULE)
    return int(value)


@dataclass
class ScheduleResult:
    schedule: Schedule
    slots: list[Slot]  # the slots made now
    appended: bool
    names: dict[int, str] = field(default_factory=dict)  # registration id -> organisation
    warnings: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        s = self.schedule
        if self.appended:
            if not self.slots:
                return "Alle som ba om et én-til-én-møte har allerede fått tid."
            head = f"{_n(len(self.slots), 'sen påmelding', 'sene påmeldinger')} lagt til etter de andre:"
        else:
            how = (f"trukket tilfeldig (frø {s.seed}, {dates.format_date_short(s.drawn_at)} {_time(s.drawn_at)})"
                   if s.order is ScheduleOrder.DRAW and s.drawn_at else "etter påmeldingstidspunkt")
            head = (f"Timeplan for {_n(len(self.slots), 'én-til-én-møte', 'én-til-én-møter')} à "
                    f"{s.slot_minutes} minutter, {s.break_minutes} {plural(s.break_minutes, 'minutts', 'minutters')} "
                    f"pause, {s.rooms} rom; rekkefølgen er {how}:")
        lines = [head] + [f"  {_time(x.starts_at)}  rom {x.room}  {self.names.get(x.registration_id, '')}"
                          for x in self.slots]
        return "\n".join(lines + self.warnings)


def _requests(snapshot: DialogueSnapshot) -> list[SlotRequest]:
    return [
        SlotRequest(int(r.id or 0), r.registered_at, frozenset(a.person_id for a in r.attendees))
        for r in snapshot.registrations
        if r.wants_one_to_one and snapshot.slot_of(r.id) is None
    ]


def _params(schedule: Schedule) -> ScheduleParams:
    return ScheduleParams(schedule.starts_at, schedule.slot_minutes, schedule.break_minutes, schedule.rooms)


def _midnight_warning(schedule: Schedule, slots: Sequence[Slot]) -> list[str]:
    """A sentence when appended slots run past midnight of the schedule's day."""
    late = past_midnight(schedule.starts_at, slots)
    if late is None:
        return []
    return [f"Obs: timeplanen går nå over midnatt; det siste møtet slutter {_slot_day(late.ends_at)}. "
            "Flytt tider (bytt eller avlys), eller lag timeplanen på nytt med flere rom eller kortere møter."]


def _append_late(crm: Crm, dialogue_id: int) -> list[Slot]:
    """Slots for those who asked and have none, after the existing ones (inside a write)."""
    snap = crm.dialogues.snapshot(dialogue_id)
    schedule = snap.schedule
    if schedule is None or schedule.id is None:
        return []
    requests = _requests(snap)
    if not requests:
        return []
    ordered = order_requests(requests, ScheduleOrder.REGISTRATION, None)
    new = plan(_params(schedule), ordered, existing=snap.active_slots(), people_of=snap.people_of(), late=True)
    for slot in new:
        crm.dialogues.add_slot_in_transaction(schedule.id, slot)
        _log(crm, dialogue_id, "append",
             f"Sen påmelding lagt til etter de andre: {snap.organisation_of(slot.registration_id)}, "
             f"{_slot_text(slot)}.")
    return new


def make_schedule(crm: Crm, request: ScheduleRequest) -> ScheduleResult:
    """Make the one-to-one schedule, or append late registrations to it.

    The first call needs a start time and a slot length. Later calls without
    numbers append those who asked and have no slot yet. `redraw` throws the
    schedule away and draws again (logged, with the old seed)."""
    with crm.write():
        snap = crm.dialogues.snapshot(request.dialogue_id)
        existing = snap.schedule
        names = {int(r.id or 0): r.organisation_name for r in snap.registrations}
        if existing is not None and not request.redraw:
            given = [v for v in (request.start_text, request.starts_at, request.slot_minutes, request.break_minutes,
                                 request.rooms, request.seed) if v is not None]
            if given:
                raise UserError(
                    f"Timeplanen finnes allerede ({existing.slot_minutes} minutter fra "
                    f"{_time(existing.starts_at)}). Utelat tallene for å legge til sene påmeldinger, "
                    "eller bruk --redraw for å lage en ny (den gamle trekningen logges).")
            appended = _append_late(crm, request.dialogue_id)
            return ScheduleResult(existing, appended, True, names,
                                  _midnight_warning(existing, [*snap.active_slots(), *appended]))
        conference = snap.dialogue.conference
        day = conference.starts_at.date() if conference else None
        starts_at = request.starts_at or _when(request.start_text, on=day, field_name="start")
        if starts_at is None:
            raise ValidationError("start", "skriv når møtene begynner, f.eks. --start 13:00")
        if request.start_text and day is None and not re.search(r"\d{1,2}[./-]\d{1,2}|\d{4}-\d{2}", request.start_text):
            raise ValidationError("start", "markedsdialogen har ingen konferansedato; skriv dato og tid, "
                                           "f.eks. «14.06.2016 13:00»")
        if request.slot_minutes is None:
            raise ValidationError("slot", "skriv hvor lenge hvert møte varer, f.eks. --slot 30")
        break_minutes = request.break_minutes if request.break_minutes is not None else 0
        rooms = request.rooms if request.rooms is not None else 1
        clean_schedule_numbers(request.slot_minutes, break_minutes, rooms)
        if existing is not None:
            how = (f"trekning med frø {existing.seed}" if existing.order is ScheduleOrder.DRAW
                   else "rekkefølge etter påmeldingstid")
            _log(crm, request.dialogue_id, "redraw",
                 f"Timeplanen ble forkastet og laget på nytt (den forrige: {how}, "
                 f"{_n(len(snap.active_slots()), 'møte', 'møter')}).")
            crm.dialogues.delete_schedule_in_transaction(request.dialogue_id)
            snap = crm.dialogues.snapshot(request.dialogue_id)
        draw = request.order is ScheduleOrder.DRAW
        seed = request.seed if request.seed is not None else (secrets.randbelow(900_000) + 100_000 if draw else None)
        if seed is not None and (isinstance(seed, bool) or not 0 <= seed < 2**63):
            raise ValidationError("seed", SEED_RULE)
        schedule = Schedule(
            dialogue_id=request.dialogue_id, starts_at=starts_at, slot_minutes=request.slot_minutes,
            break_minutes=break_minutes, rooms=rooms, order=request.order, seed=seed if draw else None,
            drawn_at=clock.now() if draw else None,
        )
        schedule_id = crm.dialogues.save_schedule_in_transaction(schedule)
        ordered = order_requests(_requests(snap), request.order, schedule.seed)
        slots = plan(_params(schedule), ordered, people_of=snap.people_of())
        late = past_midnight(starts_at, slots)
        if late is not None:
            raise UserError(
                f"Timeplanen går over midnatt: {_n(len(slots), 'møte', 'møter')} fra {_time(starts_at)} ville slutte "
                f"{_slot_day(late.ends_at)}. Begynn tidligere, gjør møtene eller pausene kortere, "
                "eller bruk flere rom (--rooms).")
        for slot in slots:
            crm.dialogues.add_slot_in_transaction(schedule_id, slot)
        order_text = ", ".join(names.get(r.registration_id, "") for r in ordered)
        how = f"loddtrekning med frø {seed}" if draw else "påmeldingstidspunkt"
        _log(crm, request.dialogue_id, "schedule",
             f"Timeplan laget ({how}): {_n(len(slots), 'møte', 'møter')} à {schedule.slot_minutes} min fra "
             f"{_time(starts_at)}, {break_minutes} min pause, {rooms} rom. Rekkefølge: {order_text or 'ingen'}.")
    return ScheduleResult(schedule, slots, False, names)


def _slot_in(crm: Crm, dialogue_id: int, slot_id: int) -> Slot:
    owner, slot = crm.dialogues.slot(slot_id)
    if owner != dialogue_id:
        raise NotFoundError(f"Tid {slot_id} hører ikke til markedsdialog {dialogue_id}.")
    return slot


def swap_slots(crm: Crm, dialogue_id: int, first_id: int, second_id: int) -> str:
    """Swap the suppliers of two slots (times and rooms stay); logged. Refused when
    it would put a person in two places at once."""
    if first_id == second_id:
        raise ValidationError("slot", "velg to forskjellige tider")
    with crm.write():
        snap = crm.dialogues.snapshot(dialogue_id)
        first, second = _slot_in(crm, dialogue_id, first_id), _slot_in(crm, dialogue_id, second_id)
        if not (first.active and second.active):
            raise ValidationError("slot", "en avlyst tid kan ikke byttes")
        before = {(c.first.id, c.second.id) for c in conflicts(snap.active_slots(), snap.people_of())}
        first.registration_id, second.registration_id = second.registration_id, first.registration_id
        trial = [first if s.id == first.id else second if s.id == second.id else s for s in snap.active_slots()]
        new = [c for c in conflicts(trial, snap.people_of()) if (c.first.id, c.second.id) not in before]
        if new:
            raise ValidationError("slot", "byttet ville satt en person i to møter samtidig")
        crm.dialogues.update_slot_in_transaction(first)
        crm.dialogues.update_slot_in_transaction(second)
        text = (f"Byttet tid: {snap.organisation_of(first.registration_id)} har nå {_slot_text(first)}, "
                f"{snap.organisation_of(second.registration_id)} har {_slot_text(second)}.")
        _log(crm, dialogue_id, "swap", text)
    return text


def cancel_slot(crm: Crm, dialogue_id: int, slot_id: int, *, reason: str = "", withdrawn: bool = False) -> str:
    """Cancel a slot (it stays in the log). `withdrawn`: the supplier no longer
    wants a one-to-one; otherwise the check shows it until it gets a new time."""
    reason = validation.clean_text(reason, "reason", max_length=500)
    with crm.write():
        slot = _slot_in(crm, dialogue_id, slot_id)
        if not slot.active:
            raise ValidationError("slot", "tiden er allerede avlyst")
        slot.status = SlotStatus.CANCELLED
        crm.dialogues.update_slot_in_transaction(slot)
        registration = crm.dialogues.registration(slot.registration_id)
        if withdrawn:
            registration.wants_one_to_one = False
            crm.dialogues.save_registration_in_transaction(registration)
        text = f"Avlyst: {registration.organisation_name}, {_slot_text(slot)}"
        text += f" ({reason})." if reason else "."
        if withdrawn:
            text += " Leverandøren ønsker ikke lenger et én-til-én-møte."
        _log(crm, dialogue_id, "cancel", text)
    return text


# ------------------------------------------------------------------ notes, questions, sendings


def _registration_for(crm: Crm, dialogue_id: int, organisation: str) -> Registration:
    snap = crm.dialogues.snapshot(dialogue_id)
    wanted = " ".join(organisation.split()).casefold()
    digits = re.sub(r"\D", "", organisation)
    for registration in snap.registrations:
        if registration.organisation_name.casefold() == wanted or (len(digits) == 9 and registration.orgnr == digits):
            return registration
    starts = [r for r in snap.registrations if r.organisation_name.casefold().startswith(wanted)] if wanted else []
    if len(starts) == 1:
        return starts[0]
    if len(starts) > 1:
        raise UserError(f"«{organisation.strip()}» passer til flere påmeldte: "
                        f"{', '.join(r.organisation_name for r in starts[:6])}.")
    raise NotFoundError(f"{organisation.strip()} er ikke påmeldt markedsdialog {dialogue_id}.")


@dataclass
class NoteRequest:
    dialogue_id: int
    text: str
    organisation: str = ""
    registration_id: int | None = None
    public: bool = False
    exemption: Exemption = ONE_TO_ONE_DEFAULT  # the legal basis when not public


def add_note(crm: Crm, request: NoteRequest) -> int:
    """A note from a supplier's one-to-one: exempt from public access (by default the
    supplier's business secrets) unless `public`."""
    with crm.write():
        registration_id = request.registration_id
        if registration_id is None:
            registration_id = _registration_for(crm, request.dialogue_id, request.organisation).id
        else:
            owner = crm.dialogues.registration(registration_id)
            if owner.dialogue_id != request.dialogue_id:
                raise NotFoundError(f"Påmelding {registration_id} hører ikke til markedsdialog {request.dialogue_id}.")
        note = OneToOneNote(registration_id=int(registration_id or 0), text=request.text,
                            exemption=None if request.public else request.exemption,
                            dialogue_id=request.dialogue_id)
        return crm.dialogues.add_note_in_transaction(note)


@dataclass
class QuestionRequest:
    dialogue_id: int
    text: str = ""
    from_organisation: str | None = None
    registration_id: int | None = None
    part: str | None = None  # plenum / én-til-én / skriftlig; default: one-to-one when from a supplier with a slot
    asked_text: str | None = None
    answer: str | None = None
    shared: str | None = None  # e-post / doffin / oppsummering: shared with all now
    question_id: int | None = None  # change an existing question


def log_question(crm: Crm, request: QuestionRequest) -> int:
    """Log a question (and its answer), or change one; returns its number."""
    from btvcrm.domain.market_dialogue import parse_choice

    with crm.write():
        if request.question_id is not None:
            item = crm.dialogues.question(request.question_id)
            if item.dialogue_id != request.dialogue_id:
                raise NotFoundError(f"Spørsmål {request.question_id} hører ikke til markedsdialog {request.dialogue_id}.")
            if request.text.strip():
                item.question = request.text
        else:
            item = Question(dialogue_id=request.dialogue_id, question=request.text,
                            asked_at=_when(request.asked_text, default_time=clock.now().time()) or clock.now())
        if request.registration_id is not None:
            item.registration_id = request.registration_id
        elif request.from_organisation and request.from_organisation.strip():
            item.registration_id = _registration_for(crm, request.dialogue_id, request.from_organisation).id
        if request.part:
            item.part = parse_choice(QuestionPart, request.part, "part")
        elif request.question_id is None:
            snap = crm.dialogues.snapshot(request.dialogue_id)
            item.part = QuestionPart.ONE_TO_ONE if snap.slot_of(item.registration_id) else QuestionPart.PLENARY
        changed_after_sharing = ""
        if request.answer is not None:
            if request.answer.strip() and request.answer.strip() != item.answer.strip():
                now = clock.now()
                if item.shared_at is not None and item.shared:
                    # The new answer reached nobody yet: it must be shared again (the check says so).
                    changed_after_sharing = (
                        f"Svaret på spørsmål {item.id} ble endret etter at det var delt med alle "
                        f"{dates.format_date_short(item.shared_at)} ({item.shared_how.label() if item.shared_how else ''})"
                        f"; det nye svaret må deles med alle på nytt. Det forrige svaret: «{_short(item.answer)}».")
                    now = max(now, item.shared_at + dt.timedelta(seconds=1))
                item.answered_at = now
            item.answer = request.answer
        if request.shared:
            channel = parse_choice(ShareChannel, request.shared, "shared")
            if item.shared:
                item.shared_how = channel
            else:
                _mark_shared(item, channel)
        question_id = crm.dialogues.save_question_in_transaction(item)
        if changed_after_sharing:
            _log(crm, request.dialogue_id, "answer", changed_after_sharing)
        if request.shared:
            _log(crm, request.dialogue_id, "share",
                 f"Svaret på spørsmål {question_id} er delt med alle ({item.shared_how.label() if item.shared_how else ''}).")
    return question_id


def _mark_shared(item: Question, channel: ShareChannel, at: dt.datetime | None = None) -> None:
    """Shared with all now (or at `at`), never before the answer it shares."""
    moment = at or clock.now()
    if item.answered_at is not None and moment < item.answered_at:
        moment = item.answered_at
    item.shared_at, item.shared_how = moment, channel


def _short(text: str, limit: int = 200) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


def share_answer(crm: Crm, dialogue_id: int, question_id: int, how: ShareChannel | str = ShareChannel.EMAIL,
                 *, at: dt.datetime | None = None) -> str:
    """"Del med alle": the answer is (or will be, in the summary) shared with every registrant."""
    from btvcrm.domain.market_dialogue import parse_choice

    channel = how if isinstance(how, ShareChannel) else parse_choice(ShareChannel, how, "shared")
    with crm.write():
        item = crm.dialogues.question(question_id)
        if item.dialogue_id != dialogue_id:
            raise NotFoundError(f"Spørsmål {question_id} hører ikke til markedsdialog {dialogue_id}.")
        if not item.answered:
            raise ValidationError("shared", "spørsmålet har ikke noe svar å dele ennå")
        _mark_shared(item, channel, at)
        crm.dialogues.save_question_in_transaction(item)
        text = f"Svaret på spørsmål {question_id} er delt med alle ({channel.label()})."
        _log(crm, dialogue_id, "share", text)
    return text


@dataclass
class SendingRequest:
    dialogue_id: int
    material: Material | str
    title: str
    registration_ids: list[int] | None = None  # None: every registrant
    channel: SendChannel | str = SendChannel.EMAIL
    sent_text: str | None = None
    sent_at: dt.datetime | None = None
    note: str = ""


def log_sending(crm: Crm, request: SendingRequest) -> int:
    from btvcrm.domain.market_dialogue import parse_choice

    material = request.material if isinstance(request.material, Material) else parse_choice(
        Material, request.material, "material")
    channel = request.channel if isinstance(request.channel, SendChannel) else parse_choice(
        SendChannel, request.channel, "channel")
    with crm.write():
        snap = crm.dialogues.snapshot(request.dialogue_id)
        recipients = request.registration_ids if request.registration_ids is not None else [
            int(r.id or 0) for r in snap.registrations]
        sending = Sending(dialogue_id=request.dialogue_id, material=material, title=request.title,
                          sent_at=request.sent_at or _when(request.sent_text) or clock.now(),
                          recipient_ids=list(recipients), channel=channel, note=request.note)
        return crm.dialogues.add_sending_in_transaction(sending)


# ------------------------------------------------------------------ the equal-treatment check


@dataclass
class CheckResult:
    dialogue_id: int
    findings: list[Finding]
    lang: str = "nb"

    @property
    def ok(self) -> bool:
        return not self.findings

    def text(self) -> str:
        return finding_text(self.findings, self.lang)


def check(crm: Crm, dialogue_id: int, lang: str = "nb") -> CheckResult:
    return CheckResult(dialogue_id, equal_treatment_findings(crm.dialogues.snapshot(dialogue_id), lang), lang)


# ------------------------------------------------------------------ show


def _iso(moment: dt.datetime | dt.date | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def dialogue_json(snap: DialogueSnapshot) -> dict[str, Any]:
    """What `btvcrm dialogue show --json` prints (internal: notes included, marked)."""
    d = snap.dialogue
    names = {int(r.id or 0): r.organisation_name for r in snap.registrations}
    findings = equal_treatment_findings(snap)
    return {
        "id": d.id,
        "title": d.title,
        "initiative": {"id": d.initiative_id, "title": snap.initiative_title},
        "buyer": snap.buyer_name,
        "doffin_id": d.doffin_id,
        "doffin_url": d.doffin_url or None,
        "status": d.status.value,
        "announced_on": _iso(d.announced_on),
        "registration_deadline": _iso(d.registration_deadline),
        "events": [
            {"id": e.id, "kind": e.kind.value, "title": e.title, "starts_at": _iso(e.starts_at),
             "duration_minutes": e.duration_minutes, "place": e.place, "video_link": e.video_link,
             "programme": [{"time": p.at_time.strftime("%H:%M") if p.at_time else None, "title": p.title,
                            "presenter": p.presenter} for p in e.programme]}
            for e in d.events
        ],
        "registrations": [
            {"id": r.id, "organisation": r.organisation_name, "organisation_id": r.organisation_id,
             "orgnr": r.orgnr, "email": r.email, "one_to_one": r.wants_one_to_one, "attending": r.attending,
             "registered_at": _iso(r.registered_at), "checked_in": r.checked_in,
             "people": [{"id": a.person_id, "name": a.name, "email": a.email, "checked_in": a.checked_in_at is not None}
                        for a in r.attendees]}
            for r in snap.registrations
        ],
        "schedule": None if snap.schedule is None else {
            "starts_at": _iso(snap.schedule.starts_at), "slot_minutes": snap.schedule.slot_minutes,
            "break_minutes": snap.schedule.break_minutes, "rooms": snap.schedule.rooms,
            "order": snap.schedule.order.value, "seed": snap.schedule.seed, "drawn_at": _iso(snap.schedule.drawn_at),
        },
        "slots": [
            {"id": s.id, "organisation": names.get(s.registration_id, ""), "registration_id": s.registration_id,
             "starts_at": _iso(s.starts_at), "minutes": s.minutes, "room": s.room, "status": s.status.value,
             "late": s.late}
            for s in snap.slots
        ],
        "questions": [
            {"id": q.id, "from": names.get(q.registration_id or 0) if q.registration_id else None,
             "part": q.part.value, "asked_at": _iso(q.asked_at), "question": q.question, "answer": q.answer,
             "shared": q.shared, "changed_since_shared": q.changed_since_shared, "shared_at": _iso(q.shared_at),
             "shared_how": q.shared_how.value if q.shared_how else None}
            for q in snap.questions
        ],
        "sent": [
            {"id": s.id, "material": s.material.value, "title": s.title, "channel": s.channel.value,
             "sent_at": _iso(s.sent_at), "to": sorted((names.get(i, "") for i in s.recipient_ids), key=sort_key),
             "all": set(s.recipient_ids) >= set(names)}
            for s in snap.sendings
        ],
        "notes": [
            {"id": n.id, "organisation": names.get(n.registration_id, ""), "confidential": n.confidential,
             "exemption": None if n.exemption is None else {
                 "basis": n.exemption.basis.value, "citation": n.exemption.citation, "note": n.exemption.note},
             "text": n.text}
            for n in snap.notes
        ],
        "log": [{"at": _iso(e.at), "action": e.action, "detail": e.detail} for e in snap.log],
        "check": {"ok": not findings, "findings": [{"kind": f.kind.value, "message": f.message} for f in findings]},
    }


def ordered_registrations(snap: DialogueSnapshot) -> Sequence[Registration]:
    """Registrations in Norwegian alphabetical order of the organisation."""
    return sorted(snap.registrations, key=lambda r: sort_key(r.organisation_name))


# ------------------------------------------------------------------ documents and drafts

DOCUMENT_KINDS = ("public", "participants", "schedule", "badges")
_TABLE_KINDS = ("participants", "schedule")


@dataclass
class DocumentRequest:
    dialogue_id: int
    kind: str  # "public", "participants", "schedule", "badges"
    output: Path
    lang: str = "nb"
    include_persons: bool = False  # public summary: name the people, not only the organisations
    force: bool = False


def _format_of(output: Path, kind: str) -> str:
    suffix = output.suffix.lower()
    if suffix in (".csv", ".xlsx") and kind in _TABLE_KINDS:
        return suffix[1:]
    if suffix in (".csv", ".xlsx"):
        raise ValidationError("output", f"{_KIND_WORDS[kind]} lages bare som PDF")
    return "pdf"


_KIND_WORDS = {"public": "Den offentlige oppsummeringen", "participants": "Deltakerlisten",
               "schedule": "Timeplanen", "badges": "Navneskiltene"}


def _pdf_bytes(snap: DialogueSnapshot, kind: str, lang: str, include_persons: bool) -> bytes:
    import io

    from btvcrm.reports import dialogue_builders as b
    from btvcrm.reports.dialogue_badges import render_badges
    from btvcrm.reports.dialogue_documents import (
        render_participant_list,
        render_public_summary,
        render_schedule,
    )

    buffer = io.BytesIO()
    if kind == "public":
        render_public_summary(b.build_public_summary(snap, lang=lang, include_persons=include_persons), buffer)
    elif kind == "participants":
        render_participant_list(b.build_participant_list(snap, lang=lang), buffer)
    elif kind == "schedule":
        if snap.schedule is None:
            raise UserError("Det er ingen timeplan ennå; lag den med «btvcrm dialogue schedule».")
        render_schedule(b.build_schedule(snap, lang=lang), buffer)
    else:
        render_badges(b.build_badges(snap, lang=lang), buffer)
    return buffer.getvalue()


def _table_bytes(snap: DialogueSnapshot, kind: str, fmt: str, lang: str) -> bytes:
    import tempfile

    from btvcrm.exchange.csvfiles import write_csv, write_xlsx
    from btvcrm.reports import dialogue_builders as b

    if kind == "schedule" and snap.schedule is None:
        raise UserError("Det er ingen timeplan ennå; lag den med «btvcrm dialogue schedule».")
    headers, rows = (b.participant_table(b.build_participant_list(snap, lang=lang)) if kind == "participants"
                     else b.schedule_table(b.build_schedule(snap, lang=lang)))
    if fmt == "csv":
        shown = [[f"{v:%d.%m.%Y %H:%M}" if isinstance(v, dt.datetime) else v for v in row] for row in rows]
        return write_csv(headers, shown, delimiter=";")
    with tempfile.TemporaryDirectory(prefix="btvcrm-") as folder:
        path = Path(folder) / "table.xlsx"
        write_xlsx(headers, rows, path)
        return path.read_bytes()


def write_document(crm: Crm, request: DocumentRequest) -> Path:
    """Write one of the dialogue's documents (PDF, or CSV/XLSX for the lists)."""
    from btvcrm.storage.safe_output import write_output

    if request.kind not in DOCUMENT_KINDS:
        raise ValidationError("kind", f"ukjent dokument «{request.kind}»; velg en av: {', '.join(DOCUMENT_KINDS)}")
    output = Path(request.output)
    fmt = _format_of(output, request.kind)
    snap = crm.dialogues.snapshot(request.dialogue_id)
    lang = "en" if request.lang == "en" else "nb"
    data = (_pdf_bytes(snap, request.kind, lang, request.include_persons) if fmt == "pdf"
            else _table_bytes(snap, request.kind, fmt, lang))
    path = write_output(output, data, force=request.force)
    if not crm.readonly:
        with crm.write():
            _log(crm, request.dialogue_id, "document", f"{_KIND_WORDS[request.kind]} skrevet til {path.name}.")
    return path


DRAFT_KINDS = ("invitation", "schedule", "answers", "summary")
_DRAFT_MATERIAL = {"invitation": Material.INVITATION, "schedule": Material.SCHEDULE,
                   "answers": Material.ANSWERS, "summary": Material.SUMMARY}


@dataclass
class DraftRequest:
    dialogue_id: int
    kind: str  # "invitation", "schedule", "answers", "summary"
    folder: Path
    sender: tuple[str, str] | None = None
    include_persons: bool = False  # for the attached summary
    force: bool = False


@dataclass
class DraftsResult:
    paths: list[Path]
    reached: int
    without_address: list[str]
    shared_questions: list[int] = field(default_factory=list)

    @property
    def message(self) -> str:
        lines = [f"Skrev {len(self.paths)} e-postutkast (mottakere i Bcc) til {_n(self.reached, 'påmeldt', 'påmeldte')}:"]
        lines += [f"  {p}" for p in self.paths]
        if self.without_address:
            lines.append("Uten e-postadresse (send på annen måte og logg det): " + ", ".join(self.without_address))
        if self.shared_questions:
            lines.append(f"{len(self.shared_questions)} svar er nå merket som delt med alle (e-post).")
        return "\n".join(lines)


def _name_key(name: str) -> str:
    """Names a case-insensitive, normalising file system (macOS, Windows) holds as one."""
    import unicodedata

    return unicodedata.normalize("NFC", name).casefold()


def _unique_name(name: str, taken: set[str]) -> str:
    """`name`, or "name (2).eml", "name (3).eml" … when an earlier draft of this run has it."""
    from btvcrm.reports.filenames import MAX_LENGTH

    stem, dot, ext = name.rpartition(".")
    candidate, number = name, 1
    while _name_key(candidate) in taken:
        number += 1
        tail = f" ({number}){dot}{ext}"
        candidate = stem[: MAX_LENGTH - len(tail)].rstrip(". ") + tail
    taken.add(_name_key(candidate))
    return candidate


def write_drafts(crm: Crm, request: DraftRequest) -> DraftsResult:
    """E-mail drafts to the registrants (Bcc), logged as sent to those addressed.

    "answers" shares every answer not yet shared (and marks them shared by e-mail);
    "summary" attaches the public summary."""
    import tempfile

    from btvcrm.reports import dialogue_eml
    from btvcrm.reports.filenames import safe_pdf_name
    from btvcrm.storage.safe_output import write_output

    if request.kind not in DRAFT_KINDS:
        raise ValidationError("kind", f"ukjent utkast «{request.kind}»; velg en av: {', '.join(DRAFT_KINDS)}")
    folder = Path(request.folder)
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finnes ikke; e-postutkastene skrives i en mappe.")
    snap = crm.dialogues.snapshot(request.dialogue_id)
    if not snap.registrations:
        raise UserError("Ingen er påmeldt ennå.")
    day = snap.dialogue.conference.starts_at.date() if snap.dialogue.conference else clock.today()
    unshared = [q for q in snap.questions if q.answered and not q.shared]
    with tempfile.TemporaryDirectory(prefix="btvcrm-") as scratch:
        if request.kind == "invitation":
            drafts = [dialogue_eml.invitation_draft(snap, sender=request.sender)]
        elif request.kind == "schedule":
            if snap.schedule is None:
                raise UserError("Det er ingen timeplan ennå; lag den med «btvcrm dialogue schedule».")
            drafts = dialogue_eml.schedule_drafts(snap, sender=request.sender)
        elif request.kind == "answers":
            if not unshared:
                raise UserError("Alle svar er allerede delt med alle.")
            drafts = [dialogue_eml.answers_draft(snap, unshared, sender=request.sender)]
        else:
            summary = Path(scratch) / safe_pdf_name(day, "Oppsummering", snap.dialogue.title)
            summary.write_bytes(_pdf_bytes(snap, "public", "nb", request.include_persons))
            drafts = [dialogue_eml.summary_draft(snap, summary, sender=request.sender)]
        paths = []
        taken: set[str] = set()
        for draft in drafts:
            name = _unique_name(safe_pdf_name(day, draft.file_stem, snap.dialogue.title, ext=".eml"), taken)
            paths.append(write_output(folder / name, draft.message.as_bytes(), force=request.force))
    reached = sorted({i for d in drafts for i in d.registration_ids})
    result = DraftsResult(paths, len(reached), [r.organisation_name for r in dialogue_eml.without_address(snap)])
    with crm.write():
        material = _DRAFT_MATERIAL[request.kind]
        title = f"{upper_first(material.label())}: {snap.dialogue.title}"
        if reached:
            crm.dialogues.add_sending_in_transaction(Sending(
                dialogue_id=request.dialogue_id, material=material, title=title, sent_at=clock.now(),
                recipient_ids=reached, channel=SendChannel.EMAIL_DRAFT,
                note=f"{len(paths)} e-postutkast, mottakere i Bcc",
            ))
        if request.kind == "answers":
            for question in unshared:
                _mark_shared(question, ShareChannel.EMAIL)
                crm.dialogues.save_question_in_transaction(question)
                result.shared_questions.append(int(question.id or 0))
            _log(crm, request.dialogue_id, "share",
                 f"{len(unshared)} svar delt med alle i et e-postutkast "
                 f"(Bcc til {_n(len(reached), 'påmeldt', 'påmeldte')}).")
        _log(crm, request.dialogue_id, "drafts",
             f"E-postutkast ({material.label()}) til {_n(len(reached), 'påmeldt', 'påmeldte')}.")
    return result
