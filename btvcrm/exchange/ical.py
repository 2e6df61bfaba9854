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
  duration is a whole number of days in minutes (one day without DTEND or DURATION,
  RFC 5545 3.6.1).
* ``X-BTVCRM-NO-DURATION:TRUE`` (btvcrm's own export of a meeting without a duration,
  whose DTEND is only the length shown in calendar programs) sets ``no_duration``.
* A recurring event gives one record with ``rrule`` (the RRULE text as ``icalendar``
  writes it) and ``exdates``; each overridden instance (RECURRENCE-ID) is its own record
  with the same ``uid`` and ``recurrence_id`` set.

Writing: :func:`write_calendar` writes VEVENTs and follow-ups (VTODO by default; with
``all_day_events=True`` as all-day VEVENTs, because Outlook ignores VTODO).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import ValidationError
from btvcrm.exchange.records import EventRecord, FollowUpTodoRecord, ImportFileError
from btvcrm.exchange.vtimezone import vtimezone

__all__ = [
    "OSLO",
    "CalendarContent",
    "iana_timezone",
    "parse_events",
    "parse_todos",
    "read_calendar",
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
_BEGIN_END_RE = re.compile(rb"^(BEGIN|END)[ \t]*:[ \t]*([A-Za-z0-9-]+)[ \t]*$", re.IGNORECASE)

#: Norwegian words for the properties an event or task cannot do without.
_PROPERTY_WORDS = {
    "DTSTART": "starttidspunktet (DTSTART)",
    "DTEND": "sluttidspunktet (DTEND)",
    "DURATION": "varigheten (DURATION)",
    "DUE": "fristen (DUE)",
    "RECURRENCE-ID": "gjentakelsens dato (RECURRENCE-ID)",
    "RRULE": "gjentakelsesregelen (RRULE)",
    "EXDATE": "unntaksdatoene (EXDATE)",
    "DTSTAMP": "tidsstempelet (DTSTAMP)",
    "LAST-MODIFIED": "endringstidspunktet (LAST-MODIFIED)",
    "SEQUENCE": "versjonsnummeret (SEQUENCE)",
    "COMPLETED": "fullføringsdatoen (COMPLETED)",
}
_BROKEN_RE = re.compile(r"property '([A-Za-z-]+)'")


def _decode_input(data: bytes | str) -> bytes:
    if isinstance(data, str):
        return data.encode("utf-8")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").lstrip("\ufeff").encode("utf-8")
    return data


def _prepare(block: bytes) -> bytes:
    block = _UNFOLD_RE.sub(b"", block)
    return _BROKEN_TZID_RE.sub(rb'\g<name>;TZID="\g<tz>":\g<value>', block)


@dataclass
class _Block:
    name: str  # "VEVENT", "VTODO", "VTIMEZONE"
    line: int  # 1-based physical line of its BEGIN
    lines: list[bytes]

    def data(self) -> bytes:
        return _prepare(b"\n".join(self.lines) + b"\n")

    def line_of(self, prop: str) -> int | None:
        """The physical line where `prop` starts inside the block."""
        wanted = prop.upper().encode()
        for offset, raw in enumerate(self.lines):
            head = raw[: len(wanted) + 1].upper()
            if head.startswith(wanted) and head[len(wanted):len(wanted) + 1] in (b":", b";"):
                return self.line + offset
        return None


def _blocks(data: bytes) -> list[_Block]:
    """The VEVENT, VTODO and VTIMEZONE components of the calendars in a file, each
    with its lines and the line it starts on; one linear pass over the lines."""
    blocks: list[_Block] = []
    saw_calendar = False
    depth = 0
    current: _Block | None = None
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.rstrip(b"\r")
        match = _BEGIN_END_RE.match(line) if line[:1] in (b"B", b"E", b"b", b"e") else None
        if match is not None:
            word, name = match.group(1).upper(), match.group(2).upper().decode("ascii")
            if word == b"BEGIN":
                depth += 1
                if name == "VCALENDAR" and depth == 1:
                    saw_calendar = True
                elif depth == 2 and name in ("VEVENT", "VTODO", "VTIMEZONE"):
                    current = _Block(name, number, [])
            else:
                if current is not None and depth == 2:
                    current.lines.append(line)
                    blocks.append(current)
                    current = None
                    depth -= 1
                    continue
                depth = max(0, depth - 1)
        if current is not None:
            current.lines.append(line)
    if not saw_calendar:
        raise ImportFileError(
            "Filen er ikke en kalenderfil (fant ikke «BEGIN:VCALENDAR»). "
            "Er den lagret som iCalendar (.ics)?"
        )
    return blocks


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


def _texts(component: Any, name: str) -> list[str]:
    return [str(v).strip() for v in _as_list(component.get(name)) if str(v).strip()]


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


def _utc_stamp(value: Any) -> str:
    """A DTSTAMP/LAST-MODIFIED as "20160614T080000Z" ("" if absent or unreadable)."""
    if value is None:
        return ""
    try:
        moment = value.dt
    except Exception:  # noqa: BLE001 - a broken stamp only loses the version
        return ""
    if not isinstance(moment, datetime):
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _version(component: Any) -> tuple[int, str]:
    try:
        sequence = int(str(component.get("SEQUENCE", 0) or 0))
    except ValueError:
        sequence = 0
    stamp = _utc_stamp(component.get("LAST-MODIFIED")) or _utc_stamp(component.get("DTSTAMP"))
    return max(0, sequence), stamp


def _categories(component: Any) -> list[str]:
    found: list[str] = []
    for value in _as_list(component.get("CATEGORIES")):
        cats = getattr(value, "cats", None)
        items = cats if cats is not None else str(value).split(",")
        found += [str(c).strip() for c in items if str(c).strip()]
    return found


def meeting_kind_of(kind: str, categories: list[str]) -> str:
    """btvcrm's meeting kind from X-BTVCRM-KIND, else from a category that names one."""
    for text in [kind, *categories]:
        if not text:
            continue
        try:
            return MeetingKind.parse(text).value
        except ValidationError:
            continue
    return ""


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
    if all_day:  # DST days are 23/25 h; no DTEND or DURATION: one day (RFC 5545 3.6.1)
        duration = 1440 if duration is None else max(1440, round(duration / 1440) * 1440)

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

    organizer_name = organizer_email = ""
    if event.get("ORGANIZER") is not None:
        organizer_name, organizer_email = _address(_as_list(event["ORGANIZER"])[0])
    attendees = [_address(a) for a in _as_list(event.get("ATTENDEE"))]

    status = _text(event, "STATUS").strip().upper()
    description = _text(event, "DESCRIPTION")
    if not description.strip():
        description = ""
    sequence, stamp = _version(event)
    categories = _categories(event)
    own_kind = _text(event, "X-BTVCRM-KIND").strip()
    return EventRecord(
        uid=_text(event, "UID").strip(),
        title=" ".join(_text(event, "SUMMARY").split("\n")).strip(),
        starts_at=starts_at,
        duration_minutes=duration,
        all_day=all_day,
        place=_text(event, "LOCATION").strip(),
        description=description,
        organizer_email=organizer_email,
        organizer_name=organizer_name,
        attendees=attendees,
        status=status if status in _VALID_STATUS else "",
        recurrence_id=recurrence_id,
        rrule=rrule,
        exdates=exdates,
        sequence=sequence,
        stamp=stamp,
        kind=meeting_kind_of(own_kind, categories),
        categories=categories,
        organisations=_texts(event, "X-BTVCRM-ORGANISATION"),
        counties=_texts(event, "X-BTVCRM-COUNTY"),
        follow_up=own_kind.casefold() == FOLLOW_UP_KIND,
        no_duration=_text(event, NO_DURATION).strip().upper() == "TRUE",
        source_line=line,
    )


def _todo_record(todo: Any, line: int | None) -> FollowUpTodoRecord:
    due: date | None = None
    if todo.get("DUE") is not None:
        value, _ = _dt(todo["DUE"])
        due = (value.astimezone(OSLO) if value.tzinfo else value).date() if isinstance(value, datetime) else value
    completed: date | None = None
    if todo.get("COMPLETED") is not None:
        try:
            done_value, _ = _dt(todo["COMPLETED"])
        except Exception:  # noqa: BLE001 - a broken completion date is not worth the task
            done_value = None
        if isinstance(done_value, datetime):
            completed = (done_value.astimezone(OSLO) if done_value.tzinfo else done_value).date()
        elif isinstance(done_value, date):
            completed = done_value
    rrules = _as_list(todo.get("RRULE"))
    return FollowUpTodoRecord(
        uid=_text(todo, "UID").strip(),
        summary=" ".join(_text(todo, "SUMMARY").split("\n")).strip(),
        due=due,
        status=_text(todo, "STATUS").strip().upper() or "NEEDS-ACTION",
        description=_text(todo, "DESCRIPTION").strip(),
        rrule=rrules[0].to_ical().decode("utf-8") if rrules else "",
        completed=completed,
        source_line=line,
    )


def _reason(error: Exception, block: _Block, what: str) -> str:
    """One Norwegian sentence for an unreadable event or task, naming its line."""
    found = _BROKEN_RE.search(str(error))
    prop = found.group(1).upper() if found else ""
    if not prop and isinstance(error, KeyError) and error.args:
        prop = str(error.args[0]).upper()
    if prop in _PROPERTY_WORDS:
        line = block.line_of(prop) or block.line
        return f"{what} (linje {line}): {_PROPERTY_WORDS[prop]} kan ikke leses – hoppet over"
    return f"{what} (linje {block.line}) kunne ikke leses – hoppet over"


@dataclass
class CalendarContent:
    """What a calendar file holds, read component by component."""

    events: list[EventRecord] = field(default_factory=list)
    todos: list[FollowUpTodoRecord] = field(default_factory=list)
    #: Norwegian reasons for components that could not be read.
    skipped: list[str] = field(default_factory=list)


def read_calendar(data: bytes | str, progress: Callable[[int, int], None] | None = None) -> CalendarContent:
    """All VEVENTs and VTODOs of an .ics file, in time and memory linear in its size.

    The file is split into its components first (one pass over the lines, noting
    where each starts), the time zones are read, then each event and task is
    parsed on its own: a broken one is left out with a Norwegian sentence naming
    its line, the rest are read. ``progress(done, total)`` is called every few
    hundred components. Raises :class:`ImportFileError` if the file is not
    iCalendar at all.
    """
    blocks = _blocks(_decode_input(data))
    content = CalendarContent()
    for block in blocks:
        if block.name == "VTIMEZONE":
            with contextlib.suppress(Exception):  # a broken zone: its TZID is then read as Europe/Oslo
                icalendar.Timezone.from_ical(block.data())  # caches the zone for the events below
    items = [b for b in blocks if b.name != "VTIMEZONE"]
    events = todos = 0
    for done, block in enumerate(items, start=1):
        if progress is not None and done % 200 == 0:
            progress(done, len(items))
        if block.name == "VEVENT":
            events += 1
            what = f"Hendelse {events}"
        else:
            todos += 1
            what = f"Oppgave {todos}"
        try:
            component = (icalendar.Event if block.name == "VEVENT" else icalendar.Todo).from_ical(block.data())
        except Exception:  # noqa: BLE001 - one bad component must not stop the file
            content.skipped.append(f"{what} (linje {block.line}) kunne ikke leses – hoppet over")
            continue
        if block.name == "VEVENT" and component.get("DTSTART") is None:
            content.skipped.append(f"{what} (linje {block.line}) mangler starttidspunkt (DTSTART) – hoppet over")
            continue
        try:
            if block.name == "VEVENT":
                content.events.append(_event_record(component, block.line))
            else:
                content.todos.append(_todo_record(component, block.line))
        except Exception as error:  # noqa: BLE001 - library errors become one Norwegian sentence
            content.skipped.append(_reason(error, block, what))
    if progress is not None:
        progress(len(items), len(items))
    return content


def parse_events(data: bytes, skipped: list[str] | None = None) -> list[EventRecord]:
    """All VEVENTs of an .ics file (series masters and overridden instances).

    Events that cannot be read are left out; pass a list as ``skipped`` to receive a
    Norwegian reason for each. Raises :class:`ImportFileError` if the file is not
    iCalendar at all.
    """
    content = read_calendar(data)
    if skipped is not None:
        skipped.extend(s for s in content.skipped if s.startswith("Hendelse"))
    return content.events


def parse_todos(data: bytes) -> list[FollowUpTodoRecord]:
    """VTODOs of an .ics file (those without DUE too: ``due`` is then None)."""
    return read_calendar(data).todos


# ----------------------------------------------------------------------------- writing

#: X-BTVCRM-KIND of the all-day event that stands for a follow-up.
FOLLOW_UP_KIND = "follow-up"
#: Marks an event whose length is only what calendar programs are shown (EventRecord.no_duration).
NO_DURATION = "X-BTVCRM-NO-DURATION"
ALL_DAY_PREFIX = "allday-"
FOLLOW_UP_CATEGORY = "Oppfølging"

_TODO_STATUS = {
    "OPEN": "NEEDS-ACTION",
    "DONE": "COMPLETED",
    "CANCELLED": "CANCELLED",
    "NEEDS-ACTION": "NEEDS-ACTION",
    "IN-PROCESS": "IN-PROCESS",
    "COMPLETED": "COMPLETED",
}


def all_day_uid(todo_uid: str) -> str:
    """The UID of a follow-up's all-day event: distinct from its VTODO's."""
    return ALL_DAY_PREFIX + todo_uid


def _zone_of(value: datetime) -> ZoneInfo | None:
    return value.tzinfo if isinstance(value.tzinfo, ZoneInfo) else None


def _writable(value: datetime) -> datetime:
    """Keep IANA zones and UTC; anything else (fixed offsets, file VTIMEZONEs) -> Oslo."""
    if value.tzinfo is None:
        return value.replace(tzinfo=OSLO)
    if isinstance(value.tzinfo, ZoneInfo) or value.tzinfo is UTC:
        return value
    return value.astimezone(OSLO)


def _second_of_two(value: datetime) -> bool:
    """The later of two equal local times (the hour repeated when summer time ends):
    a local time with TZID would be read as the first, so it is written in UTC."""
    zone = _zone_of(value)
    if zone is None:
        return False
    wall = value.replace(tzinfo=None)
    first = wall.replace(tzinfo=zone, fold=0).utcoffset()
    second = wall.replace(tzinfo=zone, fold=1).utcoffset()
    return first != second and value.utcoffset() == second and first is not None and second is not None \
        and first > second


def _moment(value: datetime) -> datetime:
    value = _writable(value)
    return value.astimezone(UTC) if _second_of_two(value) else value


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
        event.add("DTSTART", _moment(start))
        if record.duration_minutes is not None:
            length = timedelta(minutes=record.duration_minutes)
            end = (start.astimezone(UTC) + length).astimezone(start.tzinfo)
            if length <= timedelta(0) or _second_of_two(end):
                # DTEND must be later than DTSTART (RFC 5545): a zero length, or an
                # end in the repeated hour, is said as a duration instead.
                event.add("DURATION", max(length, timedelta(0)))
            else:
                event.add("DTEND", end)
    if record.recurrence_id is not None:
        if record.all_day:
            event.add("RECURRENCE-ID", record.recurrence_id.date())
        else:
            event.add("RECURRENCE-ID", _moment(record.recurrence_id))
    if record.rrule:
        event.add("RRULE", icalendar.vRecur.from_ical(record.rrule))
    for exdate in record.exdates:
        event.add("EXDATE", exdate.date() if record.all_day else _moment(exdate))
    if record.sequence:
        event.add("SEQUENCE", record.sequence)
    if record.stamp:
        event.add("LAST-MODIFIED", datetime.strptime(record.stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC))
    if record.place:
        event.add("LOCATION", record.place)
    if record.description:
        event.add("DESCRIPTION", record.description)
    if record.status:
        event.add("STATUS", record.status)
    if record.categories:
        event.add("CATEGORIES", record.categories)
    if record.kind:
        event.add("X-BTVCRM-KIND", record.kind)
    if record.no_duration:
        event.add(NO_DURATION, "TRUE")
    for name in record.organisations:
        event.add("X-BTVCRM-ORGANISATION", name)
    for name in record.counties:
        event.add("X-BTVCRM-COUNTY", name)
    if record.organizer_email:
        organizer = icalendar.vCalAddress(f"mailto:{record.organizer_email}")
        if record.organizer_name:
            organizer.params["CN"] = record.organizer_name
        event.add("ORGANIZER", organizer)
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
    status = _TODO_STATUS.get(record.status.strip().upper(), "NEEDS-ACTION")
    todo = icalendar.Todo()
    todo.add("UID", record.uid)
    todo.add("DTSTAMP", stamp)
    todo.add("SUMMARY", record.summary)
    if record.due is not None:
        if record.rrule:
            todo.add("DTSTART", record.due)  # a repeating task counts from its start (RFC 5545)
        todo.add("DUE", record.due)
    todo.add("STATUS", status)
    if record.rrule and status == "NEEDS-ACTION" and record.due is not None:
        todo.add("RRULE", icalendar.vRecur.from_ical(record.rrule))
    if status == "COMPLETED" and record.completed is not None:
        todo.add("COMPLETED", datetime.combine(record.completed, time(12), OSLO).astimezone(UTC))
    if record.description:
        todo.add("DESCRIPTION", record.description)
    return todo


def _todo_as_event(record: FollowUpTodoRecord, stamp: datetime) -> icalendar.Event:
    if not record.uid:
        raise ValueError("FollowUpTodoRecord.uid is required for export")
    if record.due is None:
        raise ValueError("an all-day follow-up needs a due date")
    status = _TODO_STATUS.get(record.status.strip().upper(), "NEEDS-ACTION")
    event = icalendar.Event()
    event.add("UID", all_day_uid(record.uid))
    event.add("DTSTAMP", stamp)
    summary = record.summary if status == "NEEDS-ACTION" else f"✓ {record.summary}" if status == "COMPLETED" \
        else record.summary
    event.add("SUMMARY", summary)
    event.add("DTSTART", record.due)
    event.add("DTEND", record.due + timedelta(days=1))
    event.add("TRANSP", "TRANSPARENT")  # a reminder, not busy time
    event.add("STATUS", "CANCELLED" if status == "CANCELLED" else "CONFIRMED")
    event.add("CATEGORIES", [FOLLOW_UP_CATEGORY])
    event.add("X-BTVCRM-KIND", FOLLOW_UP_KIND)
    event.add("X-BTVCRM-STATUS", status)
    if record.rrule and status == "NEEDS-ACTION":
        event.add("RRULE", icalendar.vRecur.from_ical(record.rrule))
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
    refresh: timedelta | None = None,
) -> bytes:
    """An RFC 5545 calendar (CRLF, folded, UTF-8) with the VTIMEZONEs it uses.

    Every record must carry a stable ``uid``, so that importing the file again
    updates rather than duplicates. ``dtstamp`` defaults to now (UTC); pass it for
    reproducible output.

    Follow-ups are written as VTODO, which Thunderbird and Apple Reminders show but
    Outlook and Google Calendar ignore. With ``all_day_events=True`` they are written
    as all-day, non-blocking (TRANSP:TRANSPARENT) VEVENTs on the due date instead,
    with CATEGORIES "Oppfølging", X-BTVCRM-KIND:follow-up and a UID of their own
    (``allday-`` + the task's UID); cancelled ones get STATUS:CANCELLED, the rest
    STATUS:CONFIRMED (a VEVENT has no "completed"). A repeating open follow-up
    carries its RRULE.

    ``refresh`` (a subscribed feed): REFRESH-INTERVAL (RFC 7986) and Outlook's
    X-PUBLISHED-TTL tell clients how often to fetch the file again.

    Time zones: each is written with yearly RRULE observances from the zone
    database (:mod:`vtimezone`); Europe/Oslo is always included. Times in a
    ``zoneinfo`` zone or UTC are written in that zone; other tz-aware times are
    converted to Europe/Oslo. The later of two equal local times (the repeated
    hour in October) is written in UTC; a zero length as DURATION:PT0S.
    """
    stamp = (dtstamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    if calendar_name:
        calendar.add("X-WR-CALNAME", calendar_name)
    if refresh is not None:
        calendar.add("REFRESH-INTERVAL", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("X-PUBLISHED-TTL", icalendar.vDuration(refresh))  # Outlook's name for it
    zones: dict[str, date] = {"Europe/Oslo": date.max}
    components: list[icalendar.cal.Component] = []
    for record in events:
        components.append(_event_component(record, stamp))
        if not record.all_day:
            for moment in (record.starts_at, *( [record.recurrence_id] if record.recurrence_id else []),
                           *record.exdates):
                zone = _zone_of(_writable(moment))
                if zone is not None and zone.key != "UTC":
                    zones[zone.key] = min(zones.get(zone.key, date.max), moment.date())
    for todo in todos:
        if all_day_events:
            if todo.due is not None:
                components.append(_todo_as_event(todo, stamp))
        else:
            components.append(_todo_component(todo, stamp))
    for key, earliest in sorted(zones.items()):
        calendar.add_component(vtimezone(key, None if earliest == date.max else earliest))
    for component in components:
        calendar.add_component(component)
    return calendar.to_ical()
