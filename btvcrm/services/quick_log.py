"""Log a contact in one go: the meeting, any new people and organisations,
counties taken from the organisations, and inline follow-ups — one transaction.

Used by `btvcrm log` and the quick-log dialog.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from btvcrm.domain import clock, dates
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Participant, Person
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage.crm import Crm


@dataclass
class FollowUpItem:
    """A follow-up with its own due date and responsible (the quick-log text's `- ` lines)."""

    text: str
    due: dt.date | None = None
    due_text: str | None = None  # Norwegian free text, read when `due` is None
    responsible: str | None = None  # a name or e-mail (found or created); None: the user herself
    responsible_id: int | None = None  # or the exact person


@dataclass
class QuickLogRequest:
    title: str
    when_text: str | None = None  # Norwegian free text; None = now
    when: dt.datetime | None = None  # or an exact moment (the dialog passes this)
    kind: MeetingKind = MeetingKind.MEETING
    organisations: list[str] = field(default_factory=list)  # names; unknown ones are created
    people: list[str] = field(default_factory=list)  # names or e-mail addresses
    counties: list[str] = field(default_factory=list)  # added to those from the organisations
    county_ids: list[int] | None = None  # or the exact choice (the dialog's ticked boxes)
    follow_ups: list[str] = field(default_factory=list)  # "Send invitasjon @ fredag"
    notes: str = ""
    place: str = ""
    duration_minutes: int | None = None
    # Names the user picked from completion, casefolded -> id (the exact record
    # when two share a name).
    known_organisations: dict[str, int] = field(default_factory=dict)
    known_people: dict[str, int] = field(default_factory=dict)
    # Follow-ups with their own due date and responsible (after `follow_ups`).
    follow_up_items: list[FollowUpItem] = field(default_factory=list)


@dataclass
class QuickLogResult:
    meeting_id: int
    created_people: list[tuple[int, str]] = field(default_factory=list)
    created_organisations: list[tuple[int, str]] = field(default_factory=list)
    follow_up_ids: list[int] = field(default_factory=list)
    skipped_time: dates.SkippedTime | None = None  # the typed time did not exist; saved as the real one

    @property
    def notes(self) -> list[str]:
        lines = [str(self.skipped_time)] if self.skipped_time is not None else []
        lines += [f"Ny organisasjon opprettet: {name} (id {i})" for i, name in self.created_organisations]
        lines += [f"Ny person opprettet: {name} (id {i})" for i, name in self.created_people]
        return lines


def resolve_when(text: str | None, now: dt.datetime) -> dt.datetime:
    """Free text to a moment; a date without a time is now's time today, else 09.00."""
    if not text or not text.strip():
        return now
    parsed = dates.parse_when(text, today=now.date())
    if parsed.time is not None:
        moment = dt.datetime.combine(parsed.date, parsed.time)
    elif parsed.date == now.date():
        moment = dt.datetime.combine(parsed.date, now.time().replace(second=0, microsecond=0))
    else:
        moment = dt.datetime.combine(parsed.date, dt.time(9, 0))
    return dates.local(moment)  # a time the spring night skips is the real moment: 02.30 -> 03.30+02:00


def skipped_when(text: str | None, now: dt.datetime) -> dates.SkippedTime | None:
    """The note to show when `text` names a time the day does not have (the spring
    DST night: "27.03.2016 02:30" is saved as 03.30); None otherwise, and for text
    that is not a time at all (`resolve_when` says what is wrong with it)."""
    if not text or not text.strip():
        return None
    try:
        parsed = dates.parse_when(text, today=now.date())
    except dates.DateParseError:
        return None
    return dates.skipped_time(parsed.date, parsed.time) if parsed.time is not None else None


_EMAIL_DOMAIN = re.compile(r"[^\s@]*[^\W\d_][^\s@]*\.[^\s@]+")


def follow_up_parts(text: str) -> tuple[str, str | None]:
    """"Send invitasjon @ fredag" -> ("Send invitasjon", "fredag"); no "@", or an
    e-mail address ("Send til kari@example.no"), means no due date."""
    line = text.strip()
    what, at, when = line.rpartition("@")
    if not at or not what.strip() or not when.strip():
        return line, None
    if not what.endswith(" ") and _EMAIL_DOMAIN.fullmatch(when.strip()):
        return line, None
    return what.strip(), when.strip()


def split_follow_up(text: str, today: dt.date) -> tuple[str, dt.date | None]:
    """"Send invitasjon @ fredag" -> ("Send invitasjon", next Friday)."""
    what, when = follow_up_parts(text)
    if when is None:
        return what, None
    try:
        return what, dates.parse_due_date(when, today=today)
    except dates.DateParseError as error:
        raise ValidationError("follow_up", QT_TRANSLATE_NOOP("Errors", "“%1”: %2"), text.strip(), error)


def resolve_organisations(crm: Crm, names: list[str], *, known: dict[str, int] | None = None,
                          new_county_ids: list[int] | None = None) -> tuple[list[int], list[tuple[int, str]]]:
    """Ids for typed names, in order, creating unknown ones (in `new_county_ids`).
    Call inside `crm.write()`. Returns (ids, created (id, name) pairs)."""
    ids: list[int] = []
    created: list[tuple[int, str]] = []
    for name in (n for n in names if n.strip()):
        org_id = (known or {}).get(name.casefold())
        if org_id is None:
            found = crm.organisations.find_by_name(name)
            org_id = found.id if found else None
        if org_id is None:
            org_id = crm.organisations.save_in_transaction(Organisation(name=name, county_ids=list(new_county_ids or [])))
            created.append((org_id, " ".join(name.split())))
        ids.append(int(org_id))
    return ids, created


def resolve_people(crm: Crm, names: list[str], *, organisation_id: int | None = None,
                   known: dict[str, int] | None = None) -> tuple[list[int], list[tuple[int, str]]]:
    """Ids for typed names or e-mail addresses, in order, creating unknown people
    (at `organisation_id`). Call inside `crm.write()`."""
    ids: list[int] = []
    created: list[tuple[int, str]] = []
    for name in (n for n in names if n.strip()):
        person_id = (known or {}).get(name.casefold())
        if person_id is None:
            found = crm.people.find_by_email(name) if "@" in name else crm.people.find_by_name(name)
            person_id = found.id if found else None
        if person_id is None:
            email = name.strip() if "@" in name else None
            person = Person(name=name.strip().split("@")[0] if email else name, email=email,
                            organisation_id=organisation_id)
            person_id = crm.people.save_in_transaction(person)
            created.append((person_id, person.name))
        ids.append(int(person_id))
    return ids, created


def only_one(ids: list[int]) -> int | None:
    """The one id when all of `ids` name the same record (duplicates count once), else None.

    The rule for linking a new person or follow-up to "the" organisation or county of a
    contact; the meeting editor's service uses it too."""
    unique = list(dict.fromkeys(ids))
    return unique[0] if len(unique) == 1 else None


_only = only_one


def log_contact(crm: Crm, request: QuickLogRequest, *, now: dt.datetime | None = None) -> QuickLogResult:
    moment = now or clock.now()
    starts_at = request.when or resolve_when(request.when_text, moment)
    follow_ups = [split_follow_up(t, moment.date()) for t in request.follow_ups if t.strip()]
    items = _read_items(request, moment.date())
    exact_counties = request.county_ids is not None
    county_ids = list(request.county_ids or []) + [
        int(crm.counties.by_name(name).id or 0) for name in request.counties if name.strip()
    ]
    result = QuickLogResult(meeting_id=0)
    if request.when is None:
        result.skipped_time = skipped_when(request.when_text, moment)
    with crm.write():
        organisation_ids, result.created_organisations = resolve_organisations(
            crm, request.organisations, known=request.known_organisations, new_county_ids=county_ids
        )
        if not exact_counties:  # counties follow the organisations unless chosen one by one
            for org_id in organisation_ids:
                county_ids.extend(crm.organisations.get(org_id).county_ids)
        person_ids, result.created_people = resolve_people(
            crm, request.people, organisation_id=_only(organisation_ids), known=request.known_people
        )
        meeting = Meeting(
            title=request.title,
            starts_at=starts_at,
            kind=request.kind,
            place=request.place,
            duration_minutes=request.duration_minutes,
            participants=[Participant(person_id) for person_id in person_ids],
            notes=request.notes,
            county_ids=list(dict.fromkeys(county_ids)),
            organisation_ids=organisation_ids,
        )
        result.meeting_id = crm.meetings.save_in_transaction(meeting)
        for text, due in follow_ups:
            item = FollowUp(text=text, due_date=due, meeting_id=result.meeting_id,
                            organisation_id=_only(organisation_ids), county_id=_only(county_ids),
                            person_id=_only(person_ids))
            result.follow_up_ids.append(crm.follow_ups.save_in_transaction(item))
        _save_follow_up_items(crm, request, result, items, organisation_ids, county_ids, person_ids)
    return result


def _read_items(request: QuickLogRequest, today: dt.date) -> list[tuple[FollowUpItem, dt.date | None]]:
    """Each follow-up item with its due date read (before anything is written)."""
    read = []
    for item in request.follow_up_items:
        if not item.text.strip():
            continue
        due = item.due
        if due is None and item.due_text and item.due_text.strip():
            try:
                due = dates.parse_due_date(item.due_text, today=today)
            except dates.DateParseError as error:
                raise ValidationError("follow_up", QT_TRANSLATE_NOOP("Errors", "“%1”: %2"), item.text.strip(), error)
        read.append((item, due))
    return read


def _save_follow_up_items(crm: Crm, request: QuickLogRequest, result: QuickLogResult,
                          items: list[tuple[FollowUpItem, dt.date | None]], organisation_ids: list[int],
                          county_ids: list[int], person_ids: list[int]) -> None:
    """The follow-up items of `request`, inside log_contact's transaction. A responsible
    typed by the name of a participant is that participant."""
    participants = {name.strip().casefold(): pid for name, pid in zip(
        [n for n in request.people if n.strip()], person_ids, strict=True)}
    for item, due in items:
        responsible = item.responsible_id
        if responsible is None and item.responsible and item.responsible.strip():
            responsible = participants.get(item.responsible.strip().casefold())
            if responsible is None:
                ids, created = resolve_people(crm, [item.responsible], known=request.known_people)
                responsible = ids[0]
                result.created_people += [c for c in created if c not in result.created_people]
                participants[item.responsible.strip().casefold()] = responsible
        follow_up = FollowUp(text=item.text, due_date=due, responsible_person_id=responsible,
                             meeting_id=result.meeting_id, organisation_id=_only(organisation_ids),
                             county_id=_only(county_ids), person_id=_only(person_ids))
        result.follow_up_ids.append(crm.follow_ups.save_in_transaction(follow_up))
