"""Calendars: meetings and follow-ups out as iCalendar, events and tasks in.

Out: every meeting as a VEVENT whose UID is the meeting's stable ``uid`` (so a
calendar client updates instead of duplicating), in Europe/Oslo with its
VTIMEZONE; title, place, notes (never the private notes), participants with an
e-mail as attendees, the kind (CATEGORIES and X-BTVCRM-KIND), organisations and
counties (X-BTVCRM-ORGANISATION / X-BTVCRM-COUNTY), SEQUENCE and LAST-MODIFIED.
No duration is shown as 60 minutes and marked X-BTVCRM-NO-DURATION, so that it reads
back as no duration; a meeting from midnight lasting whole days (how an imported
all-day event is kept) is written as an all-day event. Open follow-ups with a due date are VTODOs with
their stored UID and RRULE (``done_follow_ups`` adds done and cancelled ones),
or with ``all_day_follow_ups`` all-day events, which Outlook and Google show.
:func:`write_calendar_file` keeps one subscribed file (the feed) up to date.

In: each event not yet logged becomes a meeting with the event's UID. An event
already logged is updated when the file has a newer version of it (a higher
SEQUENCE, or the same and a later LAST-MODIFIED/DTSTAMP): title, time, length,
place, kind, and the notes unless they were edited in btvcrm since the import. A
length is compared with the one the meeting is exported with (no duration: 60
minutes), so a file that only says the default hour changes nothing.
Cancelled events are skipped; a recurring series is logged once, at its first
occurrence (its overridden instances share the UID and are not logged again).
Attendees and the organizer are matched to people by e-mail; unknown ones are
written in "other participants", one per line (no person is created). VTODOs
(and btvcrm's own all-day follow-up events) become follow-ups, matched by UID.
One transaction for the whole import.
"""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from btvcrm.domain import clock
from btvcrm.domain.enums import FollowUpStatus, MeetingKind
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Participant
from btvcrm.exchange.duplicates import ImportContext
from btvcrm.exchange.ical import ALL_DAY_PREFIX, read_calendar, write_calendar
from btvcrm.exchange.records import EventRecord, FollowUpTodoRecord, ImportFileError
from btvcrm.exchange.results import ImportAborted, ImportResult, Progress
from btvcrm.storage.crm import Crm
from btvcrm.storage.identities import CalendarVersion

DEFAULT_DURATION_MINUTES = 60
CALENDAR_NAME = "BTV kontakter"
#: How often a subscribed client should fetch the feed again.
FEED_REFRESH = timedelta(hours=1)
_MAX_DURATION = 60 * 24 * 14
_EXPORT_LIMIT = 10_000_000
_VIDEO_HINTS = ("teams.microsoft", "zoom.us", "meet.google", "whereby", "webex", "teams-møte", "teams meeting")


def _utc_stamp(iso: str) -> str:
    """A stored ISO time (updated_at) as "20160614T080000Z"."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.OSLO)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def kind_category(kind: MeetingKind) -> str:
    """The meeting kind as a calendar category: "Møte", "Telefon", …"""
    label = kind.label("nb")
    return label[:1].upper() + label[1:]


# ----------------------------------------------------------------------------- export


@dataclasses.dataclass
class _Names:
    organisations: dict[int, str]
    counties: dict[int, str]

    @classmethod
    def load(cls, crm: Crm) -> _Names:
        return cls({int(r["id"]): r["name"] for r in crm.organisations.match_keys()},
                   {c.id: c.name for c in crm.counties.all() if c.id is not None})


def meeting_event(crm: Crm, meeting: Meeting, names: _Names | None = None) -> EventRecord:
    assert meeting.id is not None
    names = names or _Names.load(crm)
    attendees = [
        (row["name"], row["email"])
        for row in crm.meetings.participants_detail(meeting.id)
        if row["email"] and not row["erased_at"]
    ]
    version = crm.meetings.calendar_version(meeting.id)
    unchanged_since_import = version is not None and version.saved_at == meeting.updated_at
    return EventRecord(
        uid=meeting.uid,
        title=meeting.title,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes
        if meeting.duration_minutes is not None
        else DEFAULT_DURATION_MINUTES,
        no_duration=meeting.duration_minutes is None,
        all_day=is_all_day(meeting.starts_at, meeting.duration_minutes),
        place=meeting.place,
        description=meeting.notes,
        attendees=attendees,
        sequence=version.sequence if version is not None else 0,
        stamp=version.stamp if unchanged_since_import and version is not None and version.stamp
        else _utc_stamp(meeting.updated_at),
        kind=meeting.kind.value,
        categories=[kind_category(meeting.kind)],
        organisations=[names.organisations[i] for i in meeting.organisation_ids if i in names.organisations],
        counties=[names.counties[i] for i in meeting.county_ids if i in names.counties],
    )


def is_all_day(starts_at: datetime, duration_minutes: int | None) -> bool:
    """A meeting from midnight (Oslo) lasting whole days: how btvcrm keeps an all-day
    event (its meetings have no date-only form), written back as one (VALUE=DATE)."""
    local = starts_at.astimezone(clock.OSLO)
    return (local.hour, local.minute, local.second) == (0, 0, 0) and duration_minutes is not None \
        and duration_minutes > 0 and duration_minutes % 1440 == 0


def meeting_events(crm: Crm, list_filter: ListFilter | None = None) -> list[EventRecord]:
    names = _Names.load(crm)
    ids = crm.meetings.query_ids(list_filter or ListFilter(), sort="date")
    return [meeting_event(crm, crm.meetings.get(i), names) for i in ids]


_TODO_STATUS = {FollowUpStatus.OPEN: "NEEDS-ACTION", FollowUpStatus.DONE: "COMPLETED",
                FollowUpStatus.CANCELLED: "CANCELLED"}


def follow_up_todos(crm: Crm, list_filter: ListFilter | None = None, *,
                    include_done: bool = False) -> list[FollowUpTodoRecord]:
    """Follow-ups with a due date: the open ones (with ``include_done`` also the
    done and cancelled ones); the filter narrows further."""
    base = list_filter or ListFilter()
    wanted = dataclasses.replace(base, status=None if include_done else "open")
    todos: list[FollowUpTodoRecord] = []
    for row in crm.follow_ups.query(wanted, sort="due", limit=_EXPORT_LIMIT):
        if not row["due_date"]:
            continue
        item = crm.follow_ups.get(row["id"])
        assert item.id is not None and item.due_date is not None
        status = FollowUpStatus(item.status)
        todos.append(
            FollowUpTodoRecord(
                uid=item.uid,
                summary=item.text.splitlines()[0] if item.text.strip() else item.text,
                due=item.due_date,
                status=_TODO_STATUS[status],
                description=item.text if "\n" in item.text.strip() else item.notes,
                rrule=item.rrule or "" if status == FollowUpStatus.OPEN else "",
                completed=item.status_changed_on if status == FollowUpStatus.DONE else None,
            )
        )
    return todos


def calendar_bytes(
    crm: Crm,
    *,
    all_day_follow_ups: bool = False,
    include_meetings: bool = True,
    include_follow_ups: bool = True,
    list_filter: ListFilter | None = None,
    dtstamp: datetime | None = None,
    done_follow_ups: bool = False,
    feed: bool = False,
) -> tuple[bytes, int, int]:
    """(the .ics file, number of meetings, number of follow-ups)."""
    events = meeting_events(crm, list_filter) if include_meetings else []
    todos = follow_up_todos(crm, list_filter, include_done=done_follow_ups) if include_follow_ups else []
    data = write_calendar(
        events, todos=todos, all_day_events=all_day_follow_ups, calendar_name=CALENDAR_NAME, dtstamp=dtstamp,
        refresh=FEED_REFRESH if feed else None,
    )
    return data, len(events), len(todos)


def export_calendar(
    crm: Crm,
    path: Path,
    *,
    all_day_follow_ups: bool = False,
    what: str | None = None,
    list_filter: ListFilter | None = None,
    done_follow_ups: bool = False,
    feed: bool = False,
    force: bool = False,
) -> str:
    """Write the .ics file; ``what`` "meetings" or "follow-ups" limits it to one kind.
    ``feed``: with the refresh properties of a subscribed calendar."""
    from btvcrm.storage.safe_output import write_output

    data, meetings, follow_ups = calendar_bytes(
        crm,
        all_day_follow_ups=all_day_follow_ups,
        include_meetings=what in (None, "meetings"),
        include_follow_ups=what in (None, "follow-ups", "follow_ups"),
        list_filter=list_filter,
        done_follow_ups=done_follow_ups,
        feed=feed,
    )
    write_output(path, data, force=force)
    what_file = "kalenderabonnementet" if feed else str(path)
    return (f"Eksporterte {meetings} møter og {follow_ups} oppfølgingspunkter til {what_file}"
            + (f" ({path})." if feed else "."))


def write_calendar_file(crm: Crm, path: Path | str, *, all_day_follow_ups: bool = False,
                        force: bool = False) -> None:
    """Rewrite the subscribed calendar file (call after every committed change).

    Through storage.safe_output: the new content goes to a temporary file in the
    same folder that then replaces the old one, so a calendar client never reads
    half a file; it is never written onto a data file. Errors are UserErrors.
    """
    from btvcrm.storage.safe_output import write_output

    data, _, _ = calendar_bytes(crm, all_day_follow_ups=all_day_follow_ups, feed=True)
    write_output(Path(path), data, force=force)


# ----------------------------------------------------------------------------- import


def _stable_uid(event: EventRecord) -> str:
    digest = hashlib.sha1(f"{event.title}|{event.starts_at.isoformat()}".encode()).hexdigest()
    return f"import-{digest[:24]}@btvcrm"


def select_events(
    events: list[EventRecord], messages: list[str] | None = None
) -> tuple[list[EventRecord], int]:
    """One event per UID, cancelled ones left out.

    A series master is taken as it is (its DTSTART is the first occurrence); an
    overridden instance of a series present in the file is left out. Instances
    without their master (a meeting request for one occurrence): the earliest.
    """
    by_uid: dict[str, list[EventRecord]] = {}
    for event in events:
        if not event.uid:
            event = dataclasses.replace(event, uid=_stable_uid(event))
        by_uid.setdefault(event.uid, []).append(event)
    chosen: list[EventRecord] = []
    series: list[EventRecord] = []
    cancelled = 0
    for group in by_uid.values():
        masters = [e for e in group if e.recurrence_id is None]
        candidates = masters or sorted(group, key=lambda e: e.starts_at)
        first = candidates[0]
        if first.status.upper() == "CANCELLED" and masters:
            cancelled += 1
            continue
        alive = [e for e in candidates if e.status.upper() != "CANCELLED"]
        if not alive:
            cancelled += 1
            continue
        chosen.append(alive[0])
        if alive[0].rrule:
            series.append(alive[0])
    if messages is not None and len(series) > 3:
        messages.append(f"{len(series)} gjentakende hendelser logges bare første gang de skjer.")
    elif messages is not None:
        messages.extend(
            f"«{e.title}» gjentas; bare første gang ({e.starts_at.astimezone(clock.OSLO):%d.%m.%Y}) logges."
            for e in series
        )
    if messages is not None and cancelled:
        messages.append(f"{cancelled} {'avlyst hendelse' if cancelled == 1 else 'avlyste hendelser'} ble hoppet over.")
    chosen.sort(key=lambda e: (e.starts_at, e.uid))
    return chosen, cancelled


@dataclasses.dataclass
class _Read:
    events: list[EventRecord]  # to be logged as meetings (one per UID)
    todos: list[FollowUpTodoRecord]  # to become follow-ups
    left_out: int  # cancelled or unreadable
    messages: list[str]


def _halves(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """Reading counts for the first half of the records' work, saving for the second."""
    if progress is None:
        return None, None
    state = {"total": 0}

    def reading(done: int, total: int | None) -> None:
        state["total"] = total or 0
        progress(done // 2, total)

    def saving(done: int, total: int | None) -> None:
        whole = state["total"] or (total or 0)
        progress(min(whole, whole // 2 + done // 2 + (done % 2)), whole)

    return reading, saving


def _read(data: bytes, progress: Progress | None = None) -> _Read:
    try:
        content = read_calendar(data, progress=progress)
    except ImportFileError as error:
        raise UserError(str(error)) from error
    messages = list(content.skipped)
    meetings = [e for e in content.events if not e.follow_up]
    chosen, cancelled = select_events(meetings, messages)
    todos = [*content.todos, *(_todo_from_event(e) for e in content.events if e.follow_up)]
    return _Read(chosen, todos, cancelled + len(content.skipped), messages)


def _todo_from_event(event: EventRecord) -> FollowUpTodoRecord:
    """btvcrm's all-day follow-up event back as the follow-up it stands for."""
    uid = event.uid[len(ALL_DAY_PREFIX):] if event.uid.startswith(ALL_DAY_PREFIX) else event.uid
    title = event.title[2:] if event.title.startswith("✓ ") else event.title
    status = "CANCELLED" if event.status == "CANCELLED" else "COMPLETED" if event.title.startswith("✓ ") \
        else "NEEDS-ACTION"
    return FollowUpTodoRecord(uid=uid, summary=title, due=event.starts_at.astimezone(clock.OSLO).date(),
                              status=status, description=event.description, rrule=event.rrule,
                              source_line=event.source_line)


def event_state(crm: Crm, event: EventRecord) -> str:
    """"new", "changed" (logged, and the file has a newer version: importing updates
    the meeting) or "logged" (nothing newer: importing skips it)."""
    meeting_id = crm.meetings.find_by_uid(event.uid) if event.uid else None
    if meeting_id is None:
        return "new"
    version = crm.meetings.calendar_version(meeting_id)
    if version is not None:
        reference = (version.sequence, version.stamp)
    else:
        reference = (0, _utc_stamp(crm.meetings.get(meeting_id).updated_at))
    return "changed" if _newer(event, reference) else "logged"


def preview_events(crm: Crm, data: bytes) -> list[tuple[EventRecord, bool]]:
    """The events an import would consider, each with "already logged" (by UID, and
    no newer version in the file: a changed event is not "logged", so it can be
    chosen and updates its meeting; see :func:`event_state`)."""
    read = _read(data)
    return [(event, event_state(crm, event) == "logged") for event in read.events]


def _truncate(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _kind(event: EventRecord) -> MeetingKind:
    if event.kind:
        return MeetingKind(event.kind)
    if any(h in f"{event.place} {event.description}".casefold() for h in _VIDEO_HINTS):
        return MeetingKind.VIDEO
    return MeetingKind.MEETING


def event_to_meeting(crm: Crm, event: EventRecord, context: ImportContext | None = None,
                     result: ImportResult | None = None) -> Meeting:
    """The meeting an event describes. People are matched by e-mail; organisations
    named in X-BTVCRM-ORGANISATION are found by name or created; counties by name."""
    context = context or ImportContext.load(crm)
    participants: list[Participant] = []
    others: list[str] = []
    organisation_ids: list[int] = []
    seen: set[str] = set()
    addresses = [*event.attendees]
    if event.organizer_email:
        addresses.insert(0, (event.organizer_name, event.organizer_email))
    for name, email in addresses:
        key = (email or name).strip().casefold()
        if not key or key in seen:
            continue
        seen.add(key)
        person_id = context.people.by_email(email) if email else None
        person = crm.people.get(person_id) if person_id is not None else None
        if person is not None and person.id is not None and not person.erased:
            participants.append(Participant(person.id))
            if person.organisation_id is not None and person.organisation_id not in organisation_ids:
                organisation_ids.append(person.organisation_id)
        elif name and email and name.strip().casefold() != email.strip().casefold():
            others.append(f"{' '.join(name.split())} <{email.strip()}>")
        else:
            others.append((email or name).strip())
    for name in event.organisations:
        org_id = context.organisations.by_name(name)
        if org_id is None:
            org = Organisation(name=" ".join(name.split()))
            org_id = crm.organisations.save_in_transaction(org)
            _learn_organisation(context, result, org_id, org)
        if org_id not in organisation_ids:
            organisation_ids.append(org_id)
    county_ids: list[int] = []
    for name in event.counties:
        try:
            county_id = crm.counties.by_name(name).id
        except UserError:
            if result is not None:
                result.messages.append(f"Fant ikke fylket «{name}» (hendelse «{event.title}») – ikke koblet.")
            continue
        if county_id is not None and county_id not in county_ids:
            county_ids.append(county_id)
    duration = event.duration_minutes
    if duration is not None and not 0 <= duration <= _MAX_DURATION:
        duration = None
    if event.no_duration and duration == DEFAULT_DURATION_MINUTES:
        duration = None  # btvcrm's own export of a meeting without one (still the hour it showed)
    return Meeting(
        title=_truncate(" ".join(event.title.split()) or "(uten tittel)", 500),
        starts_at=event.starts_at.astimezone(clock.OSLO),
        kind=_kind(event),
        duration_minutes=duration,
        place=_truncate(event.place.strip(), 1000),
        participants=participants,
        other_participants="\n".join(others),  # one per line: names may hold commas ("Doe, John")
        notes=event.description,
        organisation_ids=organisation_ids,
        county_ids=county_ids,
        uid=event.uid,
    )


def _learn_organisation(context: ImportContext, result: ImportResult | None, org_id: int,
                        org: Organisation) -> None:
    """Once the event's savepoint holds: the index knows the new organisation, and it is counted."""
    name, uid = org.name, org.uid

    def learn() -> None:
        context.organisations.remember(org_id, name, None, uid)
        if result is not None:
            result.organisations_added += 1

    context.later(learn)


def _version_of(event: EventRecord, notes: str) -> CalendarVersion:
    return CalendarVersion(event.sequence, event.stamp, _digest(notes))


def _newer(event: EventRecord, reference: tuple[int, str]) -> bool:
    return (event.sequence, event.stamp) > reference


def _shown_duration(meeting: Meeting) -> int:
    """The length the meeting has in calendar files (no duration: the default hour)."""
    return meeting.duration_minutes if meeting.duration_minutes is not None else DEFAULT_DURATION_MINUTES


def _update_meeting(crm: Crm, meeting_id: int, event: EventRecord, context: ImportContext,
                    result: ImportResult) -> str:
    """A known UID: "already" (not newer), "unchanged" or "updated" (and says what)."""
    meeting = crm.meetings.get(meeting_id)
    version = crm.meetings.calendar_version(meeting_id)
    reference = (version.sequence, version.stamp) if version is not None else (0, _utc_stamp(meeting.updated_at))
    if not _newer(event, reference):
        return "already"
    fresh = event_to_meeting(crm, event, context, result)
    changed: list[str] = []
    if meeting.title != fresh.title:
        meeting.title = fresh.title
        changed.append("tittel")
    if meeting.starts_at.astimezone(UTC) != fresh.starts_at.astimezone(UTC):
        meeting.starts_at = fresh.starts_at
        changed.append("tid")
    if fresh.duration_minutes is not None and _shown_duration(meeting) != fresh.duration_minutes:
        meeting.duration_minutes = fresh.duration_minutes
        changed.append("varighet")
    if meeting.place != fresh.place:
        meeting.place = fresh.place
        changed.append("sted")
    if event.kind and meeting.kind != fresh.kind:
        meeting.kind = fresh.kind
        changed.append("type")
    kept_notes = False
    if meeting.notes != fresh.notes:
        edited_here = version is not None and _digest(meeting.notes) != version.notes_digest
        if edited_here:
            kept_notes = True
        else:
            meeting.notes = fresh.notes
            changed.append("beskrivelse")
    if changed:
        crm.meetings.save_in_transaction(meeting)
    notes_digest = version.notes_digest if kept_notes and version is not None else _digest(meeting.notes)
    crm.meetings.set_calendar_version(meeting_id, dataclasses.replace(_version_of(event, ""),
                                                                      notes_digest=notes_digest))
    if not changed:
        return "unchanged"
    day = meeting.starts_at.astimezone(clock.OSLO)
    message = f"«{meeting.title}» ({day:%d.%m.%Y}) er endret i kalenderen og ble oppdatert: {', '.join(changed)}."
    if kept_notes:
        message += " Notatene er endret i btvcrm siden importen og ble beholdt."
    result.messages.append(message)
    return "updated"


_FOLLOW_UP_STATUS = {"COMPLETED": FollowUpStatus.DONE, "CANCELLED": FollowUpStatus.CANCELLED}


def _import_todo(crm: Crm, todo: FollowUpTodoRecord, result: ImportResult) -> None:
    """A VTODO as a follow-up: a known UID is updated (text, due date, status), a new one added."""
    text = todo.summary.strip() or "(uten tittel)"
    status = _FOLLOW_UP_STATUS.get(todo.status.upper(), FollowUpStatus.OPEN)
    rrule = todo.rrule or None
    if rrule and todo.due is None:
        rrule = None
        result.messages.append(f"Oppgave «{text}»: gjentakelsen krever en frist og ble ikke tatt med.")
    existing_id = crm.follow_ups.find_by_uid(todo.uid) if todo.uid else None
    if existing_id is None:
        item = FollowUp(text=_truncate(text, 10_000), notes=todo.description, due_date=todo.due, status=status,
                        status_changed_on=todo.completed if status == FollowUpStatus.DONE else None,
                        rrule=rrule, uid=todo.uid)
        crm.follow_ups.save_in_transaction(item)
        result.follow_ups_added += 1
        return
    item = crm.follow_ups.get(existing_id)
    before = (item.text, item.due_date, item.status, item.notes)
    item.text = _truncate(text, 10_000) if "\n" not in item.text else item.text
    item.due_date = todo.due or item.due_date
    if item.status == FollowUpStatus.OPEN or status != FollowUpStatus.OPEN:
        item.status = status
    if todo.description and todo.description not in item.notes:
        item.notes = todo.description
    if (item.text, item.due_date, item.status, item.notes) != before:
        crm.follow_ups.save_in_transaction(item)
        result.follow_ups_updated += 1


def import_events(crm: Crm, events: list[EventRecord], *, result: ImportResult | None = None,
                  todos: list[FollowUpTodoRecord] | None = None, progress: Progress | None = None) -> ImportResult:
    """Log the events not yet logged as meetings (and update those the file has a
    newer version of), and save the tasks as follow-ups: one transaction, all or nothing."""
    result = result or ImportResult()
    todos = todos or []
    errors: list[str] = []
    already = 0
    total = len(events) + len(todos)
    with crm.write():
        context = ImportContext.load(crm)
        for done, event in enumerate(events, start=1):
            if progress is not None and done % 200 == 0:
                progress(done, total)
            if not event.uid:
                event = dataclasses.replace(event, uid=_stable_uid(event))
            if event.status.upper() == "CANCELLED":
                result.skipped += 1
                continue
            where = f"Hendelse «{event.title}»" + (f" (linje {event.source_line})" if event.source_line else "")
            try:
                with context.record():  # a savepoint: a failed event leaves nothing behind
                    existing = crm.meetings.find_by_uid(event.uid)
                    if existing is not None:
                        outcome = _update_meeting(crm, existing, event, context, result)
                    else:
                        meeting = event_to_meeting(crm, event, context, result)
                        meeting_id = crm.meetings.save_in_transaction(meeting)
                        crm.meetings.set_calendar_version(meeting_id, _version_of(event, meeting.notes))
                        outcome = "added"
            except ValidationError as error:
                errors.append(f"{where}: {error.message}")
                continue
            if outcome == "added":
                result.added += 1
            elif outcome == "updated":
                result.updated += 1
            else:
                result.skipped += 1
                already += outcome == "already"
        for done, todo in enumerate(todos, start=len(events) + 1):
            if progress is not None and done % 200 == 0:
                progress(done, total)
            try:
                with crm.db.atomic():
                    _import_todo(crm, todo, result)
            except ValidationError as error:
                line = f" (linje {todo.source_line})" if todo.source_line else ""
                errors.append(f"Oppgave «{todo.summary}»{line}: {error.message}")
        if errors:
            raise ImportAborted(errors)
    if progress is not None:
        progress(total, total)
    if already:
        result.messages.insert(0, f"{already} {'hendelse' if already == 1 else 'hendelser'} var allerede logget og ble hoppet over.")
    return result


def import_calendar(crm: Crm, data: bytes, *, progress: Progress | None = None) -> ImportResult:
    """Log every event of an .ics file that is not logged yet, update those that
    changed, and save its tasks as follow-ups (the CLI's import)."""
    reading, saving = _halves(progress)
    read = _read(data, reading)
    result = ImportResult(skipped=read.left_out, messages=read.messages)
    return import_events(crm, read.events, result=result, todos=read.todos, progress=saving)

