"""Calendars: meetings and follow-ups out as iCalendar, events in as meetings.

Out: every meeting as a VEVENT whose UID is the meeting's stable ``uid`` (so a
calendar client updates instead of duplicating), in Europe/Oslo with its
VTIMEZONE; title, place, notes (never the private notes), participants with an
e-mail as attendees; no duration means 60 minutes. Open follow-ups with a due date
are VTODOs (UID ``followup-<id>@btvcrm``), or with ``all_day_follow_ups`` all-day
events, which Outlook and Google show. :func:`write_calendar_file` keeps one
subscribed file up to date (atomic replace).

In: each event not yet logged becomes a meeting with the event's UID. Cancelled
events are skipped; a recurring series is logged once, at its first occurrence
(its overridden instances share the UID and are not logged again). Attendees and
the organizer are matched to people by e-mail; unknown ones are written in "other
participants" (no person is created). One transaction for the whole import.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Meeting, Participant
from btvcrm.exchange.ical import parse_events, parse_todos, write_calendar
from btvcrm.exchange.records import EventRecord, FollowUpTodoRecord, ImportFileError
from btvcrm.exchange.results import ImportAborted, ImportResult
from btvcrm.storage.crm import Crm

DEFAULT_DURATION_MINUTES = 60
CALENDAR_NAME = "BTV kontakter"
_MAX_DURATION = 60 * 24 * 14
_EXPORT_LIMIT = 10_000_000
_VIDEO_HINTS = ("teams.microsoft", "zoom.us", "meet.google", "whereby", "webex", "teams-møte", "teams meeting")


def follow_up_uid(follow_up_id: int) -> str:
    return f"followup-{follow_up_id}@btvcrm"


# ----------------------------------------------------------------------------- export


def meeting_event(crm: Crm, meeting: Meeting) -> EventRecord:
    assert meeting.id is not None
    attendees = [
        (row["name"], row["email"])
        for row in crm.meetings.participants_detail(meeting.id)
        if row["email"] and not row["erased_at"]
    ]
    return EventRecord(
        uid=meeting.uid,
        title=meeting.title,
        starts_at=meeting.starts_at,
        duration_minutes=meeting.duration_minutes
        if meeting.duration_minutes is not None
        else DEFAULT_DURATION_MINUTES,
        place=meeting.place,
        description=meeting.notes,
        attendees=attendees,
    )


def meeting_events(crm: Crm, list_filter: ListFilter | None = None) -> list[EventRecord]:
    ids = crm.meetings.query_ids(list_filter or ListFilter(), sort="date")
    return [meeting_event(crm, crm.meetings.get(i)) for i in ids]


def follow_up_todos(crm: Crm, list_filter: ListFilter | None = None) -> list[FollowUpTodoRecord]:
    """Open follow-ups with a due date (the filter narrows further)."""
    base = list_filter or ListFilter()
    wanted = dataclasses.replace(base, status="open")
    todos: list[FollowUpTodoRecord] = []
    for row in crm.follow_ups.query(wanted, sort="due", limit=_EXPORT_LIMIT):
        if not row["due_date"]:
            continue
        item = crm.follow_ups.get(row["id"])
        assert item.id is not None and item.due_date is not None
        todos.append(
            FollowUpTodoRecord(
                uid=follow_up_uid(item.id),
                summary=item.text.splitlines()[0] if item.text.strip() else item.text,
                due=item.due_date,
                status="NEEDS-ACTION",
                description=item.text if "\n" in item.text.strip() else item.notes,
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
) -> tuple[bytes, int, int]:
    """(the .ics file, number of meetings, number of follow-ups)."""
    events = meeting_events(crm, list_filter) if include_meetings else []
    todos = follow_up_todos(crm, list_filter) if include_follow_ups else []
    data = write_calendar(
        events, todos=todos, all_day_events=all_day_follow_ups, calendar_name=CALENDAR_NAME, dtstamp=dtstamp
    )
    return data, len(events), len(todos)


def _write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or None)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def export_calendar(
    crm: Crm,
    path: Path,
    *,
    all_day_follow_ups: bool = False,
    what: str | None = None,
    list_filter: ListFilter | None = None,
) -> str:
    """Write the .ics file; ``what`` "meetings" or "follow-ups" limits it to one kind."""
    data, meetings, follow_ups = calendar_bytes(
        crm,
        all_day_follow_ups=all_day_follow_ups,
        include_meetings=what in (None, "meetings"),
        include_follow_ups=what in (None, "follow-ups", "follow_ups"),
        list_filter=list_filter,
    )
    _write_atomically(Path(path), data)
    return f"Eksporterte {meetings} møter og {follow_ups} oppfølgingspunkter til {path}."


def write_calendar_file(crm: Crm, path: Path | str, *, all_day_follow_ups: bool = False) -> None:
    """Rewrite the subscribed calendar file (call after every committed change).

    The new content goes to a temporary file in the same folder that then replaces
    the old one, so a calendar client never reads half a file. Errors are OSError.
    """
    data, _, _ = calendar_bytes(crm, all_day_follow_ups=all_day_follow_ups)
    _write_atomically(Path(path), data)


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


def _read_events(data: bytes, messages: list[str]) -> tuple[list[EventRecord], int]:
    """(events to consider, number left out: cancelled or unreadable)."""
    unreadable: list[str] = []
    try:
        events = parse_events(data, unreadable)
    except ImportFileError as error:
        raise UserError(str(error)) from error
    messages.extend(unreadable)
    chosen, cancelled = select_events(events, messages)
    return chosen, cancelled + len(unreadable)


def preview_events(crm: Crm, data: bytes) -> list[tuple[EventRecord, bool]]:
    """The events an import would consider, each with "already logged" (by UID)."""
    events, _ = _read_events(data, [])
    return [(event, crm.meetings.find_by_uid(event.uid) is not None) for event in events]


def _truncate(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def event_to_meeting(crm: Crm, event: EventRecord) -> Meeting:
    participants: list[Participant] = []
    others: list[str] = []
    organisation_ids: list[int] = []
    seen: set[str] = set()
    addresses = [*event.attendees]
    if event.organizer_email:
        addresses.insert(0, ("", event.organizer_email))
    for name, email in addresses:
        key = (email or name).strip().casefold()
        if not key or key in seen:
            continue
        seen.add(key)
        person = crm.people.find_by_email(email) if email else None
        if person is not None and person.id is not None and not person.erased:
            participants.append(Participant(person.id))
            if person.organisation_id is not None and person.organisation_id not in organisation_ids:
                organisation_ids.append(person.organisation_id)
        elif name and email and name.strip().casefold() != email.strip().casefold():
            others.append(f"{name.strip()} <{email.strip()}>")
        else:
            others.append((email or name).strip())
    duration = event.duration_minutes
    if duration is not None and not 0 <= duration <= _MAX_DURATION:
        duration = None
    place = event.place.strip()
    kind = MeetingKind.VIDEO if any(h in f"{place} {event.description}".casefold() for h in _VIDEO_HINTS) else MeetingKind.MEETING
    return Meeting(
        title=_truncate(" ".join(event.title.split()) or "(uten tittel)", 500),
        starts_at=event.starts_at.astimezone(clock.OSLO),
        kind=kind,
        duration_minutes=duration,
        place=_truncate(place, 1000),
        participants=participants,
        other_participants=", ".join(others),
        notes=event.description,
        organisation_ids=organisation_ids,
        uid=event.uid,
    )


def import_events(crm: Crm, events: list[EventRecord], *, result: ImportResult | None = None) -> ImportResult:
    """Log the events not yet logged as meetings, in one transaction (all or nothing)."""
    result = result or ImportResult()
    errors: list[str] = []
    already = 0
    with crm.write():
        for event in events:
            if not event.uid:
                event = dataclasses.replace(event, uid=_stable_uid(event))
            if event.status.upper() == "CANCELLED":
                result.skipped += 1
                continue
            if crm.meetings.find_by_uid(event.uid) is not None:
                already += 1
                result.skipped += 1
                continue
            try:
                crm.meetings.save_in_transaction(event_to_meeting(crm, event))
            except ValidationError as error:
                where = f"Hendelse «{event.title}»" + (f" (linje {event.source_line})" if event.source_line else "")
                errors.append(f"{where}: {error.message}")
                continue
            result.added += 1
        if errors:
            raise ImportAborted(errors)
    if already:
        result.messages.insert(0, f"{already} {'hendelse' if already == 1 else 'hendelser'} var allerede logget og ble hoppet over.")
    return result


def import_calendar(crm: Crm, data: bytes) -> ImportResult:
    """Log every event of an .ics file that is not logged yet (the CLI's import)."""
    messages: list[str] = []
    events, left_out = _read_events(data, messages)
    result = ImportResult(skipped=left_out, messages=messages)
    import_events(crm, events, result=result)
    try:
        todos = len(parse_todos(data))
    except ImportFileError:
        todos = 0
    if todos:
        result.messages.append(f"{todos} oppgaver (VTODO) ble ikke importert; bare hendelser logges som møter.")
    return result
