"""iCalendar (RFC 5545) import of events and export of meetings and follow-ups.

Reading is built on the ``icalendar`` library, made tolerant of what Outlook, Exchange,
Google, Apple and Thunderbird write:

* Folding with a space or a TAB, LF or CRLF line ends, no final newline.
* Windows time-zone names (``W. Europe Standard Time``) are mapped to IANA zones
  (CLDR table, with ``W. Europe Standard Time`` -> ``Europe/Oslo``, which has the same
  rules as Berlin). A TZID that is known to neither table nor ``zoneinfo`` keeps the
  rules of the file's own VTIMEZONE; without one, and for floating times, the
  time is read as Europe/Oslo.
* A DTSTART/DTEND/RECURRENCE-ID line whose value was put inside the quoted TZID
  (``DTSTART;TZID="W. Europe Standard Time:20200609T090000"``, Exchange 2010) is
  repaired. An event that still cannot be read is skipped (with a Norwegian reason in
  ``skipped`` when the caller passes a list) instead of failing the whole file.
* All-day events start at local midnight in Europe/Oslo, ``all_day=True``, and their
  duration is a whole number of days in minutes.
* A recurring event gives one record with ``rrule`` (the RRULE text as ``icalendar``
  writes it) and ``exdates``; each overridden instance (RECURRENCE-ID) is its own record
  with the same ``uid`` and ``recurrence_id`` set.

Writing: :func:`write_calendar` writes VEVENTs and follow-ups (VTODO by default; with
``all_day_events=True`` as all-day VEVENTs, because Outlook ignores VTODO).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from btvcrm.domain import clock
from btvcrm.exchange.records import EventRecord, FollowUpTodoRecord, ImportFileError

__all__ = [
    "OSLO",
    "iana_timezone",
    "parse_events",
    "parse_todos",
    "write_calendar",
]

OSLO = clock.OSLO
PRODID = "-//btvcrm//btvcrm//NO"

try:  # icalendar >= 6 ships the CLDR table
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON as _CLDR
except ImportError:  # pragma: no cover - depends on the icalendar version
    _CLDR = {}

#: Windows names we map ourselves (checked before the CLDR table).
_WINDOWS_TO_IANA: dict[str, str] = {
    "W. Europe Standard Time": "Europe/Oslo",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "FLE Standard Time": "Europe/Helsinki",
    "E. Europe Standard Time": "Europe/Chisinau",
    "Russian Standard Time": "Europe/Moscow",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "UTC": "UTC",
    "Coordinated Universal Time": "UTC",
}

_VALID_STATUS = {"CONFIRMED", "TENTATIVE", "CANCELLED"}


def iana_timezone(tzid: str) -> ZoneInfo | None:
    """The IANA zone for a TZID (IANA or Windows name), or None if unknown."""
    name = tzid.strip().strip('"')
    candidates = [_WINDOWS_TO_IANA.get(name), _CLDR.get(name), name]
    if name.startswith("/"):  # "globally unique" TZIDs such as /mozilla.org/.../Europe/Oslo
        parts = name.strip("/").split("/")
        candidates += ["/".join(parts[i:]) for i in range(1, len(parts))]
    for candidate in candidates:
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


# ----------------------------------------------------------------------------- reading

_UNFOLD_RE = re.compile(rb"\r*\n[ \t]")
# DTSTART;TZID="W. Europe Standard Time:20200609T090000"  (no value separator)
_BROKEN_TZID_RE = re.compile(
    rb'^(?P<name>[A-Za-z-]+(?:;[^:"\r\n]*)*);TZID="(?P<tz>[^":\r\n]+):(?P<value>[0-9TZ,]+)"[ \t]*$',
    re.MULTILINE,
)
_BEGIN_VEVENT_RE = re.compile(rb"^BEGIN:VEVENT[ \t]*\r*$", re.MULTILINE | re.IGNORECASE)


def _prepare(data: bytes) -> bytes:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16").lstrip("\ufeff").encode("utf-8")
    data = _UNFOLD_RE.sub(b"", data)
    return _BROKEN_TZID_RE.sub(rb'\g<name>;TZID="\g<tz>":\g<value>', data)


def _to_aware(value: date | datetime, tzid: str | None) -> datetime:
    if not isinstance(value, datetime):
        return datetime.combine(value, time(0), OSLO)
    if value.tzinfo is None:
        zone = iana_timezone(tzid) if tzid else None
        return value.replace(tzinfo=zone or OSLO)
    if isinstance(value.tzinfo, ZoneInfo) and not tzid:
        return value
    if tzid:
        zone = iana_timezone(tzid)
        if zone is not None:
            return value.replace(tzinfo=zone)
    return value  # the file's own VTIMEZONE rules


def _dt(prop: Any) -> tuple[date | datetime, str | None]:
    """(value, TZID param) of a date/date-time property; raises on a broken one."""
    value = prop.dt
    if not isinstance(value, date):
        raise ValueError(f"not a date: {value!r}")
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    return value, (str(tzid) if tzid else None)


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _address(value: Any) -> tuple[str, str]:
    """(name, e-mail) of an ATTENDEE/ORGANIZER."""
    params = getattr(value, "params", {}) or {}
    text = str(value).strip()
    email = text[7:] if text.lower().startswith("mailto:") else ""
    if not email:
        email = str(params.get("EMAIL", "") or "").strip().strip('"')
        if not email and "@" in text and ":" not in text:
            email = text
    name = str(params.get("CN", "") or "").strip().strip('"')
    if name.lower() == email.lower():
        name = ""
    return name, email.strip()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _event_record(event: Any, line: int | None) -> EventRecord:
    start_value, start_tzid = _dt(event["DTSTART"])
    all_day = not isinstance(start_value, datetime)
    starts_at = _to_aware(start_value, start_tzid)

    duration: int | None = None
    if event.get("DTEND") is not None:
        end_value, end_tzid = _dt(event["DTEND"])
        ends_at = _to_aware(end_value, end_tzid)
        duration = int((ends_at.astimezone(UTC) - starts_at.astimezone(UTC)).total_seconds() // 60)
    elif event.get("DURATION") is not None:
        delta = event["DURATION"].dt
        if isinstance(delta, timedelta):
            duration = int(delta.total_seconds() // 60)
    if all_day and duration is not None:
        duration = max(1440, round(duration / 1440) * 1440)  # DST days are 23/25 h

    recurrence_id = None
    if event.get("RECURRENCE-ID") is not None:
        rid_value, rid_tzid = _dt(event["RECURRENCE-ID"])
        recurrence_id = _to_aware(rid_value, rid_tzid)

    rrule = ""
    rrules = _as_list(event.get("RRULE"))
    if rrules:
        rrule = rrules[0].to_ical().decode("utf-8")

    exdates: list[datetime] = []
    for exdate in _as_list(event.get("EXDATE")):
        tzid = exdate.params.get("TZID") if hasattr(exdate, "params") else None
        for item in getattr(exdate, "dts", []):
            exdates.append(_to_aware(item.dt, str(tzid) if tzid else None))
    exdates.sort()

    organizer_email = ""
    if event.get("ORGANIZER") is not None:
        organizer_email = _address(_as_list(event["ORGANIZER"])[0])[1]
    attendees = [_address(a) for a in _as_list(event.get("ATTENDEE"))]

    status = _text(event, "STATUS").strip().upper()
    description = _text(event, "DESCRIPTION")
    if not description.strip():
        description = ""
    return EventRecord(
        uid=_text(event, "UID").strip(),
        title=" ".join(_text(event, "SUMMARY").split("\n")).strip(),
        starts_at=starts_at,
        duration_minutes=duration,
        all_day=all_day,
        place=_text(event, "LOCATION").strip(),
        description=description,
        organizer_email=organizer_email,
        attendees=attendees,
        status=status if status in _VALID_STATUS else "",
        recurrence_id=recurrence_id,
        rrule=rrule,
        exdates=exdates,
        source_line=line,
    )


def _load(data: bytes) -> list[Any]:
    if isinstance(data, str):
        data = data.encode("utf-8")
    prepared = _prepare(data)
    if b"BEGIN:VCALENDAR" not in prepared.upper():
        raise ImportFileError(
            "Filen er ikke en kalenderfil (fant ikke «BEGIN:VCALENDAR»). "
            "Er den lagret som iCalendar (.ics)?"
        )
    try:
        return list(icalendar.Calendar.from_ical(prepared, multiple=True))
    except ValueError as error:
        raise ImportFileError(f"Kalenderfilen kunne ikke leses: {error}") from error


def parse_events(data: bytes, skipped: list[str] | None = None) -> list[EventRecord]:
    """All VEVENTs of an .ics file (series masters and overridden instances).

    Events that cannot be read are left out; pass a list as ``skipped`` to receive a
    Norwegian reason for each. Raises :class:`ImportFileError` if the file is not
    iCalendar at all.
    """
    lines = _line_numbers(data)
    events: list[EventRecord] = []
    index = 0
    for calendar in _load(data):
        for event in calendar.walk("VEVENT"):
            index += 1
            line = lines[index - 1] if index <= len(lines) else None
            where = f"Hendelse {index}" + (f" (linje {line})" if line else "")
            if event.get("DTSTART") is None:
                if skipped is not None:
                    skipped.append(f"{where} mangler starttidspunkt (DTSTART) – hoppet over")
                continue
            try:
                events.append(_event_record(event, line))
            except Exception as error:  # noqa: BLE001 - one bad event must not stop the file
                if skipped is not None:
                    skipped.append(f"{where} kunne ikke leses ({error}) – hoppet over")
    return events


def _prepare_for_lines(data: bytes | str) -> bytes:
    """The raw file, for counting physical lines (1-based) of BEGIN:VEVENT."""
    return data.encode("utf-8") if isinstance(data, str) else data


def _line_numbers(data: bytes) -> list[int]:
    raw = _prepare_for_lines(data)
    return [raw.count(b"\n", 0, m.start()) + 1 for m in _BEGIN_VEVENT_RE.finditer(raw)]


def parse_todos(data: bytes) -> list[FollowUpTodoRecord]:
    """VTODOs of an .ics file (as written by :func:`write_calendar`); no DUE -> skipped."""
    todos: list[FollowUpTodoRecord] = []
    for calendar in _load(data):
        for todo in calendar.walk("VTODO"):
            if todo.get("DUE") is None:
                continue
            try:
                due = todo["DUE"].dt
            except Exception:  # noqa: BLE001
                continue
            if isinstance(due, datetime):
                due = (due.astimezone(OSLO) if due.tzinfo else due).date()
            todos.append(
                FollowUpTodoRecord(
                    uid=_text(todo, "UID").strip(),
                    summary=_text(todo, "SUMMARY").strip(),
                    due=due,
                    status=_text(todo, "STATUS").strip().upper() or "NEEDS-ACTION",
                    description=_text(todo, "DESCRIPTION"),
                )
            )
    return todos


# ----------------------------------------------------------------------------- writing

_TODO_STATUS = {
    "OPEN": "NEEDS-ACTION",
    "DONE": "COMPLETED",
    "CANCELLED": "CANCELLED",
    "NEEDS-ACTION": "NEEDS-ACTION",
    "IN-PROCESS": "IN-PROCESS",
    "COMPLETED": "COMPLETED",
}


def _writable(value: datetime) -> datetime:
    """Keep IANA zones and UTC; anything else (fixed offsets, file VTIMEZONEs) -> Oslo."""
    if value.tzinfo is None:
        return value.replace(tzinfo=OSLO)
    if isinstance(value.tzinfo, ZoneInfo) or value.tzinfo is UTC:
        return value
    return value.astimezone(OSLO)


def _event_component(record: EventRecord, stamp: datetime) -> icalendar.Event:
    if not record.uid:
        raise ValueError("EventRecord.uid is required for export")
    event = icalendar.Event()
    event.add("UID", record.uid)
    event.add("DTSTAMP", stamp)
    event.add("SUMMARY", record.title)
    if record.all_day:
        first_day = record.starts_at.date()
        event.add("DTSTART", first_day)
        if record.duration_minutes is not None:
            days = max(1, -(-record.duration_minutes // 1440))
            event.add("DTEND", first_day + timedelta(days=days))
    else:
        start = _writable(record.starts_at)
        event.add("DTSTART", start)
        if record.duration_minutes is not None:
            end = (start.astimezone(UTC) + timedelta(minutes=record.duration_minutes)).astimezone(
                start.tzinfo
            )
            event.add("DTEND", end)
    if record.recurrence_id is not None:
        if record.all_day:
            event.add("RECURRENCE-ID", record.recurrence_id.date())
        else:
            event.add("RECURRENCE-ID", _writable(record.recurrence_id))
    if record.rrule:
        event.add("RRULE", icalendar.vRecur.from_ical(record.rrule))
    for exdate in record.exdates:
        event.add("EXDATE", exdate.date() if record.all_day else _writable(exdate))
    if record.place:
        event.add("LOCATION", record.place)
    if record.description:
        event.add("DESCRIPTION", record.description)
    if record.status:
        event.add("STATUS", record.status)
    if record.organizer_email:
        event.add("ORGANIZER", icalendar.vCalAddress(f"mailto:{record.organizer_email}"))
    for name, email in record.attendees:
        attendee = icalendar.vCalAddress(f"mailto:{email}")
        if name:
            attendee.params["CN"] = name
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        event.add("ATTENDEE", attendee)
    return event


def _todo_component(record: FollowUpTodoRecord, stamp: datetime) -> icalendar.Todo:
    if not record.uid:
        raise ValueError("FollowUpTodoRecord.uid is required for export")
    todo = icalendar.Todo()
    todo.add("UID", record.uid)
    todo.add("DTSTAMP", stamp)
    todo.add("SUMMARY", record.summary)
    todo.add("DUE", record.due)
    todo.add("STATUS", _TODO_STATUS.get(record.status.strip().upper(), "NEEDS-ACTION"))
    if record.description:
        todo.add("DESCRIPTION", record.description)
    return todo


def _todo_as_event(record: FollowUpTodoRecord, stamp: datetime) -> icalendar.Event:
    if not record.uid:
        raise ValueError("FollowUpTodoRecord.uid is required for export")
    status = _TODO_STATUS.get(record.status.strip().upper(), "NEEDS-ACTION")
    event = icalendar.Event()
    event.add("UID", record.uid)
    event.add("DTSTAMP", stamp)
    event.add("SUMMARY", record.summary)
    event.add("DTSTART", record.due)
    event.add("DTEND", record.due + timedelta(days=1))
    event.add("TRANSP", "TRANSPARENT")  # a reminder, not busy time
    event.add("STATUS", "CANCELLED" if status == "CANCELLED" else "CONFIRMED")
    event.add("CATEGORIES", ["Oppfølging"])
    if record.description:
        event.add("DESCRIPTION", record.description)
    return event


def write_calendar(
    events: Iterable[EventRecord],
    *,
    todos: Iterable[FollowUpTodoRecord] = (),
    all_day_events: bool = False,
    calendar_name: str = "",
    dtstamp: datetime | None = None,
) -> bytes:
    """An RFC 5545 calendar (CRLF, folded, UTF-8) with the VTIMEZONEs it uses.

    Every record must carry a stable ``uid`` (the caller's, e.g. derived from the row
    id), so that importing the file again updates rather than duplicates. ``dtstamp``
    defaults to now (UTC); pass it for reproducible output.

    Follow-ups are written as VTODO, which Thunderbird and Apple Reminders show but
    Outlook and Google Calendar ignore. With ``all_day_events=True`` they are written
    as all-day, non-blocking (TRANSP:TRANSPARENT) VEVENTs on the due date instead,
    with CATEGORIES "Oppfølging"; cancelled ones get STATUS:CANCELLED, the rest
    STATUS:CONFIRMED (a VEVENT has no "completed").

    A VTIMEZONE for Europe/Oslo is always included. Times in a ``zoneinfo`` zone or UTC
    are written in that zone; other tz-aware times are converted to Europe/Oslo.
    """
    stamp = (dtstamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    if calendar_name:
        calendar.add("X-WR-CALNAME", calendar_name)
    for record in events:
        calendar.add_component(_event_component(record, stamp))
    for todo in todos:
        if all_day_events:
            calendar.add_component(_todo_as_event(todo, stamp))
        else:
            calendar.add_component(_todo_component(todo, stamp))
    # Always describe Oslo, even for an all-day/UTC-only calendar; add the rest used.
    marker = icalendar.Event()
    marker.add("DTSTART", datetime(2000, 1, 1, tzinfo=OSLO))
    calendar.add_component(marker)
    calendar.add_missing_timezones()
    calendar.subcomponents.remove(marker)
    return calendar.to_ical()
