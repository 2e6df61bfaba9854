"""Save a meeting with its minutes in one go: the meeting, its agenda and decisions,
participants picked or typed by name (new people created), follow-ups new and
edited (and removed ones to the trash), links to counties, organisations and
initiatives — one transaction, behind the meeting editor.

People and organisations are resolved with quick log's resolvers and its rule
for "the" organisation and county of a contact (`quick_log.only_one`). Nothing
the caller passes in is changed: ids come back in `SavedMeeting` after the commit,
so a failed save can be corrected and saved again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from btvcrm.domain import clock, dates
from btvcrm.domain.enums import Attendance, FollowUpStatus, MeetingKind, MinutesStatus
from btvcrm.domain.errors import UserError
from btvcrm.domain.exemption import Exemption
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import AgendaItem, FollowUp, Meeting, Participant
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.services import records
from btvcrm.services.quick_log import (
    only_one,
    resolve_organisations,
    resolve_people,
    resolve_when,
    skipped_when,
)
from btvcrm.storage.crm import Crm


@dataclass
class ParticipantEntry:
    """A participant: picked (`person_id`) or typed by name (found or created on save).

    `attendance` None keeps what the meeting already says about the person (present,
    absent, copy), and makes a newcomer present. A person listed twice counts once,
    in the first place; an attendance given later wins, None never does."""

    name: str
    person_id: int | None = None
    attendance: Attendance | None = None


@dataclass
class FollowUpEntry:
    """A row of the follow-up table; `id` None is a new follow-up."""

    text: str
    id: int | None = None
    due_text: str = ""  # Norwegian free text ("fredag", "14.06"); wins over `due`
    due: dt.date | None = None
    responsible_person_id: int | None = None  # None: me (unless `responsible_name`)
    responsible_name: str | None = None  # a participant typed by name, not saved yet
    status: FollowUpStatus = FollowUpStatus.OPEN


@dataclass
class MeetingExemptions:
    """Public or exempt (offentleglova) for the meeting as a whole, its notes and each decision
    (by its position in `MeetingRequest.decisions`); agenda items carry their own. None: public."""

    meeting: Exemption | None = None
    notes: Exemption | None = None
    decisions: dict[int, Exemption] = field(default_factory=dict)


@dataclass
class MeetingRequest:
    title: str
    id: int | None = None  # None: a new meeting
    starts_at: dt.datetime | None = None
    when_text: str | None = None  # Norwegian free text, used when `starts_at` is None (None: now)
    kind: MeetingKind = MeetingKind.MEETING
    duration_minutes: int | None = None
    place: str = ""
    chair: str = ""
    secretary: str = ""
    minutes_number: str = ""
    minutes_status: MinutesStatus = MinutesStatus.DRAFT
    participants: list[ParticipantEntry] = field(default_factory=list)
    other_participants: str = ""
    copy_to: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    follow_ups: list[FollowUpEntry] = field(default_factory=list)
    removed_follow_up_ids: list[int] = field(default_factory=list)
    county_ids: list[int] = field(default_factory=list)
    counties: list[str] = field(default_factory=list)  # names, added to county_ids
    organisations: list[str] = field(default_factory=list)  # names; unknown ones are created
    known_organisations: dict[str, int] = field(default_factory=dict)  # casefolded name -> id
    initiatives: list[str] = field(default_factory=list)  # titles; must exist
    known_initiatives: dict[str, int] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    private_notes: str = ""
    # For the archive: None keeps what is stored (callers that do not show these fields).
    case_number: str | None = None
    exemptions: MeetingExemptions | None = None


@dataclass
class SavedMeeting:
    meeting_id: int
    title: str
    new: bool
    follow_up_ids: list[int] = field(default_factory=list)  # in the request's order
    participant_ids: list[int] = field(default_factory=list)  # in the request's order
    created_people: list[tuple[int, str]] = field(default_factory=list)
    created_organisations: list[tuple[int, str]] = field(default_factory=list)
    skipped_time: dates.SkippedTime | None = None  # the typed time did not exist; saved as the real one

    @property
    def message(self) -> str:
        verb = "Opprettet" if self.new else "Lagret"
        text = f"{verb} møte «{self.title}»."
        if self.skipped_time is not None:
            text += f" {self.skipped_time}"
        for org_id, name in self.created_organisations:
            text += f" Ny organisasjon: {name} (id {org_id})."
        for person_id, name in self.created_people:
            text += f" Ny person: {name} (id {person_id})."
        return text


def _due(entry: FollowUpEntry, today: dt.date) -> dt.date | None:
    if not entry.due_text.strip():
        return entry.due
    try:
        return dates.parse_due_date(entry.due_text, today=today)
    except dates.DateParseError as error:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The follow-up “%1”: %2"), entry.text.strip(), error) from error


def _same_moment(meeting: Meeting, starts_at: dt.datetime) -> dt.datetime:
    """The stored moment when `starts_at` is the same wall-clock time: the editor shows
    "30.10.2016 kl 02.30" for both of the autumn's 02.30s, and saving must not move a
    meeting in the second one an hour back."""
    stored = meeting.starts_at
    if not isinstance(stored, dt.datetime) or stored.tzinfo is None:
        return starts_at
    wall = dates.local(stored).replace(tzinfo=None, fold=0)
    typed = dates.local(starts_at).replace(tzinfo=None, fold=0) if starts_at.tzinfo else starts_at
    return stored if wall == typed else starts_at


def save_meeting(crm: Crm, request: MeetingRequest, *, now: dt.datetime | None = None) -> SavedMeeting:
    """Create or change a meeting with everything in it; one transaction."""
    moment = now or clock.now()
    today = moment.date()
    if request.starts_at is None and request.when_text is not None and not request.when_text.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Enter the date and time of the meeting."))
    starts_at = request.starts_at or resolve_when(request.when_text, moment)
    for entry in request.follow_ups:
        if not entry.text.strip():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "A follow-up has no text."))
    # A follow-up agreed at the meeting counts from its day: «fredag» in the minutes of a meeting
    # on Tuesday 14 June 2016 is Friday 17 June 2016, not the Friday after the day they are typed.
    meeting_day = dates.local(starts_at).date() if starts_at.tzinfo else starts_at.date()
    due_dates = [_due(entry, meeting_day) for entry in request.follow_ups]
    county_ids = list(request.county_ids) + [
        int(crm.counties.by_name(name).id or 0) for name in request.counties if name.strip()
    ]
    county_ids = list(dict.fromkeys(county_ids))
    result = SavedMeeting(meeting_id=0, title="", new=request.id is None)
    if request.starts_at is None:
        result.skipped_time = skipped_when(request.when_text, moment)
    with crm.write():
        initiative_ids = records.resolve_initiatives(crm, request.initiatives, known=request.known_initiatives)
        org_ids, result.created_organisations = resolve_organisations(
            crm, request.organisations, known=request.known_organisations, new_county_ids=county_ids
        )
        org_ids = list(dict.fromkeys(org_ids))
        # Everyone typed by name (participants, and responsibles among them), once each.
        typed = [p.name for p in request.participants if p.person_id is None and p.name.strip()]
        typed += [f.responsible_name for f in request.follow_ups
                  if f.responsible_person_id is None and f.responsible_name and f.responsible_name.strip()]
        unique: dict[str, str] = {}
        for name in typed:
            unique.setdefault(name.strip().casefold(), name.strip())
        typed = list(unique.values())
        typed_ids, result.created_people = resolve_people(crm, typed, organisation_id=only_one(org_ids))
        by_name = {name.casefold(): person_id for name, person_id in zip(typed, typed_ids, strict=True)}

        meeting = crm.meetings.get(request.id) if request.id is not None else Meeting(title="", starts_at=starts_at)
        before = {p.person_id: Attendance(p.attendance) for p in meeting.participants}
        chosen: dict[int, Attendance | None] = {}  # in the request's order, each person once
        for participant in request.participants:
            if participant.person_id is None and not participant.name.strip():
                continue
            person_id = participant.person_id
            if person_id is None:
                person_id = by_name[participant.name.strip().casefold()]
            person_id = int(person_id)
            result.participant_ids.append(person_id)
            if participant.attendance is not None:
                chosen[person_id] = Attendance(participant.attendance)
            else:
                chosen.setdefault(person_id, None)
        participants = [Participant(person_id, attendance or before.get(person_id, Attendance.PRESENT))
                        for person_id, attendance in chosen.items()]
        starts_at = _same_moment(meeting, starts_at) if request.id is not None else starts_at

        meeting.title = request.title
        meeting.starts_at = starts_at
        meeting.kind = MeetingKind(request.kind)
        meeting.duration_minutes = request.duration_minutes or None
        meeting.place = request.place
        meeting.chair = request.chair
        meeting.secretary = request.secretary
        meeting.minutes_number = request.minutes_number
        meeting.minutes_status = MinutesStatus(request.minutes_status)
        meeting.participants = participants
        meeting.other_participants = request.other_participants
        meeting.copy_to = request.copy_to
        meeting.agenda = [AgendaItem(a.title, a.mark, a.notes, exemption=a.exemption)
                          for a in request.agenda if a.title.strip()]
        if request.exemptions is not None:
            meeting.exemption = request.exemptions.meeting
            meeting.notes_exemption = request.exemptions.notes
            meeting.decisions = list(request.decisions)  # empty ones go in storage, exemptions follow theirs
            meeting.decision_exemptions = dict(request.exemptions.decisions)
        else:
            kept = dict(meeting.decision_exemptions) if meeting.decisions == [d for d in request.decisions
                                                                               if d.strip()] else {}
            meeting.decisions = [d for d in request.decisions if d.strip()]
            meeting.decision_exemptions = kept  # unchanged decisions keep their marks
        if request.case_number is not None:
            meeting.case_number = request.case_number
        meeting.notes = request.notes
        meeting.private_notes = request.private_notes
        meeting.county_ids = county_ids
        meeting.organisation_ids = org_ids
        meeting.initiative_ids = initiative_ids
        meeting.tags = [t.strip() for t in request.tags if t.strip()]
        meeting_id = crm.meetings.save_in_transaction(meeting)

        for entry, due in zip(request.follow_ups, due_dates, strict=True):
            item = crm.follow_ups.get(entry.id) if entry.id is not None else FollowUp(text="")
            item.text = entry.text
            if entry.responsible_person_id is not None:
                item.responsible_person_id = entry.responsible_person_id
            elif entry.responsible_name and entry.responsible_name.strip():
                item.responsible_person_id = by_name[entry.responsible_name.strip().casefold()]
            else:
                item.responsible_person_id = None
            item.due_date = due
            item.status = FollowUpStatus(entry.status)
            item.meeting_id = meeting_id
            if item.id is None:
                item.organisation_id = only_one(org_ids)
                item.county_id = only_one(county_ids)
                item.initiative_id = only_one(initiative_ids)
                if item.status != FollowUpStatus.OPEN:
                    item.status_changed_on = today
            result.follow_up_ids.append(crm.follow_ups.save_in_transaction(item))
        for item_id in request.removed_follow_up_ids:
            crm.follow_ups.soft_delete(item_id)
    result.meeting_id = meeting_id
    result.title = crm.meetings.get(meeting_id).title
    return result


def delete_meeting(crm: Crm, meeting_id: int) -> records.Deleted:
    """Move a meeting to the trash (its follow-ups stay; `restore_meeting` brings it back)."""
    return records.delete(crm, Kind.MEETING, meeting_id)


def restore_meeting(crm: Crm, meeting_id: int) -> records.Saved:
    return records.restore(crm, Kind.MEETING, meeting_id)


__all__ = [
    "FollowUpEntry",
    "MeetingExemptions",
    "MeetingRequest",
    "ParticipantEntry",
    "SavedMeeting",
    "delete_meeting",
    "restore_meeting",
    "save_meeting",
]
