"""Plain records exchanged between the file parsers/writers and the rest of the app.

These carry no validation: e-mail addresses, organisation numbers etc. are checked
by the storage layer. ``source_line`` is metadata for error messages and is left out
of equality, so that a write -> parse round trip compares equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


class ImportFileError(ValueError):
    """A file (or one line/record of it) could not be read.

    ``str(error)`` is a Norwegian sentence for the user; it names the line when known.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        self.message = message
        self.line = line
        super().__init__(f"Linje {line}: {message}" if line is not None else message)


@dataclass
class ContactRecord:
    name: str
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    uid: str = ""
    is_key: bool = False  # nøkkelperson (vCard CATEGORIES, the CSV's key column)
    #: 1-based line (vCard: the BEGIN:VCARD line; CSV: first physical line of the record).
    source_line: int | None = field(default=None, compare=False)


@dataclass
class OrganisationRecord:
    name: str
    orgnr: str = ""
    kind: str = ""
    website: str = ""
    counties: list[str] = field(default_factory=list)
    notes: str = ""
    uid: str = ""
    is_key: bool = False  # nøkkelorganisasjon
    source_line: int | None = field(default=None, compare=False)


@dataclass
class EventRecord:
    uid: str
    title: str
    starts_at: datetime  # timezone-aware; all-day events: local midnight in Europe/Oslo
    duration_minutes: int | None = None
    all_day: bool = False
    place: str = ""
    description: str = ""
    organizer_email: str = ""
    attendees: list[tuple[str, str]] = field(default_factory=list)  # (name, email)
    status: str = ""  # "CONFIRMED" / "TENTATIVE" / "CANCELLED" / ""
    recurrence_id: datetime | None = None  # set on an overridden instance of a series
    rrule: str = ""  # RFC 5545 RRULE value, e.g. "FREQ=WEEKLY;UNTIL=20180623T183000Z"
    exdates: list[datetime] = field(default_factory=list)  # excluded instances of the series
    organizer_name: str = ""  # the ORGANIZER's CN
    #: Version of the event: SEQUENCE, and LAST-MODIFIED (else DTSTAMP) as UTC "20160614T080000Z".
    sequence: int = 0
    stamp: str = ""
    kind: str = ""  # btvcrm's meeting kind (X-BTVCRM-KIND, or read from CATEGORIES)
    categories: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)  # X-BTVCRM-ORGANISATION, names
    counties: list[str] = field(default_factory=list)  # X-BTVCRM-COUNTY, names
    #: An all-day event that is btvcrm's calendar form of a follow-up (X-BTVCRM-KIND:follow-up).
    follow_up: bool = False
    #: btvcrm's meeting has no duration: ``duration_minutes`` is only the length shown in
    #: calendar programs (X-BTVCRM-NO-DURATION:TRUE), not one to store on import.
    no_duration: bool = False
    source_line: int | None = field(default=None, compare=False)


@dataclass
class FollowUpTodoRecord:
    """A follow-up (oppfølgingspunkt) exported to or read from a calendar.

    ``status`` is an RFC 5545 VTODO status: "NEEDS-ACTION", "IN-PROCESS", "COMPLETED"
    or "CANCELLED". The domain words "open", "done" and "cancelled" are accepted by the
    writer too.
    """

    uid: str
    summary: str
    due: date | None
    status: str = "NEEDS-ACTION"
    description: str = ""
    rrule: str = ""  # written for open repeating follow-ups
    completed: date | None = None  # when a done one was done
    source_line: int | None = field(default=None, compare=False)
