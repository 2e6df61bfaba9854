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
from btvcrm.storage.crm import Crm


@dataclass
class QuickLogRequest:
    title: str
    when_text: str | None = None  # Norwegian free text; None = now
    when: dt.datetime | None = None  # or an exact moment (the dialog passes this)
    kind: MeetingKind = MeetingKind.MEETING
    organisations: list[str] = field(default_factory=list)  # names; unknown ones are created
    people: list[str] = field(default_factory=list)  # names or e-mail addresses
    counties: list[str] = field(default_factory=list)  # added to those from the organisations
    follow_ups: list[str] = field(default_factory=list)  # "Send invitasjon @ fredag"
    notes: str = ""
    place: str = ""
    duration_minutes: int | None = None


@dataclass
class QuickLogResult:
    meeting_id: int
    created_people: list[tuple[int, str]] = field(default_factory=list)
    created_organisations: list[tuple[int, str]] = field(default_factory=list)
    follow_up_ids: list[int] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        lines = [f"Ny organisasjon opprettet: {name} (id {i})" for i, name in self.created_organisations]
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
    return moment.replace(tzinfo=clock.OSLO)


def split_follow_up(text: str, today: dt.date) -> tuple[str, dt.date | None]:
    """"Send invitasjon @ fredag" -> ("Send invitasjon", next Friday)."""
    if "@" not in text:
        return text.strip(), None
    what, _, when = text.rpartition("@")
    if not what.strip():
        return text.strip(), None
    try:
        return what.strip(), dates.parse_date(when, today=today)
    except dates.DateParseError as error:
        if re.fullmatch(r"[^\s@]+\.[^\s@]+", when.strip()) and not what.endswith(" "):
            return text.strip(), None  # an e-mail address in the text, not a due date
        raise ValidationError("follow_up", f"«{text.strip()}»: {error}")


def log_contact(crm: Crm, request: QuickLogRequest, *, now: dt.datetime | None = None) -> QuickLogResult:
    moment = now or clock.now()
    starts_at = request.when or resolve_when(request.when_text, moment)
    follow_ups = [split_follow_up(t, moment.date()) for t in request.follow_ups if t.strip()]
    county_ids = [crm.counties.by_name(name).id for name in request.counties if name.strip()]
    result = QuickLogResult(meeting_id=0)
    with crm.write():
        organisation_ids: list[int] = []
        for name in request.organisations:
            if not name.strip():
                continue
            existing = crm.organisations.find_by_name(name)
            if existing is None:
                org_id = crm.organisations.save_in_transaction(
                    Organisation(name=name, county_ids=[c for c in county_ids if c])
                )
                result.created_organisations.append((org_id, name.strip()))
            else:
                assert existing.id is not None
                org_id = existing.id
                county_ids.extend(existing.county_ids)
            organisation_ids.append(org_id)
        participants: list[Participant] = []
        for name in request.people:
            if not name.strip():
                continue
            found = crm.people.find_by_email(name) if "@" in name else crm.people.find_by_name(name)
            if found is None:
                email = name.strip() if "@" in name else None
                person = Person(
                    name=name.strip().split("@")[0] if email else name,
                    email=email,
                    organisation_id=organisation_ids[0] if len(organisation_ids) == 1 else None,
                )
                person_id = crm.people.save_in_transaction(person)
                result.created_people.append((person_id, person.name))
            else:
                assert found.id is not None
                person_id = found.id
            participants.append(Participant(person_id))
        meeting = Meeting(
                title=request.title,
                starts_at=starts_at,
                kind=request.kind,
                place=request.place,
                duration_minutes=request.duration_minutes,
                participants=participants,
                notes=request.notes,
                county_ids=[c for c in dict.fromkeys(county_ids) if c],
                organisation_ids=organisation_ids,
        )
        result.meeting_id = crm.meetings.save_in_transaction(meeting)
        for text, due in follow_ups:
            item = FollowUp(text=text, due_date=due, meeting_id=result.meeting_id,
                            organisation_id=organisation_ids[0] if len(organisation_ids) == 1 else None)
            result.follow_up_ids.append(crm.follow_ups.save_in_transaction(item))
    return result
