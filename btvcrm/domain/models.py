"""The domain records, as plain dataclasses shared by the CLI, the UI, the
reports and the exchange formats. No SQL and no Qt here.

An `id` of None means "not saved yet". Links to other records are ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from btvcrm.domain.enums import (
    AgendaMark,
    AnchoringStage,
    Attendance,
    FollowUpStatus,
    InitiativePhase,
    LegalBasis,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)
from btvcrm.domain.exemption import Exemption

ME = None  # responsible_person_id None means "meg" (the user herself)


@dataclass
class County:
    name: str
    id: int | None = None
    position: int = 0


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    orgnr: str | None = None
    website: str | None = None
    parent_id: int | None = None
    county_ids: list[int] = field(default_factory=list)
    notes: str = ""
    is_key: bool = False
    keep_in_touch_days: int | None = None
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    uid: str = ""  # stable identity for vCard (KIND:org cards)
    # From Enhetsregisteret (services/register_import.py); the orgnr is the key for refreshes.
    org_form: str = ""  # organisasjonsform code: KOMM, FYLK, STAT, ORGL, AS ...
    address: str = ""  # forretningsadresse on one line: "Halfdan Wilhelmsens allé 1, 3103 Tønsberg"
    municipality_number: str = ""  # kommunenummer, 4 digits; the county is its first two
    nace_code: str = ""  # naeringskode1, "84.110"
    sector_code: str = ""  # institusjonellSektorkode, "6500"
    register_deleted_on: dt.date | None = None  # slettedato: flagged, never removed
    register_updated_at: str | None = None  # when last filled in from the register


@dataclass
class Role:
    """One job a person has held; `end_date` None is the current one."""

    organisation_id: int | None
    title: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    id: int | None = None


@dataclass
class Person:
    name: str
    email: str | None = None
    phone: str | None = None
    organisation_id: int | None = None  # current role's organisation
    title: str = ""  # current role's title
    county_ids: list[int] = field(default_factory=list)
    notes: str = ""
    private_notes: str = ""
    legal_basis: LegalBasis = LegalBasis.LEGITIMATE_INTEREST
    objection: bool = False
    is_key: bool = False
    keep_in_touch_days: int | None = None
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    erased: bool = False
    created_at: str = ""
    updated_at: str = ""
    uid: str = ""  # stable identity for vCard (an imported card's own UID, else a UUID)


@dataclass
class Participant:
    person_id: int
    attendance: Attendance = Attendance.PRESENT


@dataclass
class AgendaItem:
    title: str
    mark: AgendaMark = AgendaMark.ORIENTATION
    notes: str = ""
    id: int | None = None
    exemption: Exemption | None = None  # None: public (offentlig)


@dataclass
class Meeting:
    title: str
    starts_at: dt.datetime  # aware, Europe/Oslo
    kind: MeetingKind = MeetingKind.MEETING
    duration_minutes: int | None = None
    place: str = ""
    chair: str = ""  # møteleder
    secretary: str = ""  # referent
    minutes_number: str = ""
    participants: list[Participant] = field(default_factory=list)
    other_participants: str = ""
    copy_to: str = ""
    agenda: list[AgendaItem] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    notes: str = ""
    private_notes: str = ""
    minutes_status: MinutesStatus = MinutesStatus.DRAFT
    county_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    initiative_ids: list[int] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    uid: str = ""
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    case_number: str = ""  # saksnummer in the county's archive, printed in the minutes' header
    # Public or exempt (offentleglova); None is public. The meeting as a whole, its general
    # notes, and each decision by its 0-based position in `decisions` (agenda items carry their own).
    exemption: Exemption | None = None
    notes_exemption: Exemption | None = None
    decision_exemptions: dict[int, Exemption] = field(default_factory=dict)


@dataclass
class FollowUp:
    text: str
    due_date: dt.date | None = None
    responsible_person_id: int | None = ME
    status: FollowUpStatus = FollowUpStatus.OPEN
    status_changed_on: dt.date | None = None
    rrule: str | None = None
    notes: str = ""
    meeting_id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    county_id: int | None = None
    initiative_id: int | None = None
    previous_id: int | None = None
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    uid: str = ""  # stable identity for iCalendar (an imported VTODO's own UID, else a UUID)


@dataclass
class AnchoringChange:
    stage: AnchoringStage
    changed_on: dt.date
    county_id: int | None = None
    organisation_id: int | None = None
    meeting_id: int | None = None
    note: str = ""
    id: int | None = None


@dataclass
class KeyDate:
    label: str
    date: dt.date


@dataclass
class Initiative:
    title: str
    owner_organisation_id: int | None = None
    county_ids: list[int] = field(default_factory=list)
    phase: InitiativePhase = InitiativePhase.NEEDS
    procedure_type: str = ""
    estimated_value_nok: int | None = None
    doffin_id: str | None = None
    description: str = ""
    key_dates: list[KeyDate] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Lesson:
    title: str
    text: str = ""
    learned_in_county_id: int | None = None
    learned_on: dt.date | None = None
    meeting_id: int | None = None
    initiative_ids: list[int] = field(default_factory=list)
    relevant_county_ids: list[int] = field(default_factory=list)
    id: int | None = None
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Assessment:
    influence: int
    interest: int
    assessed_on: dt.date
    organisation_id: int | None = None
    person_id: int | None = None
    note: str = ""
    id: int | None = None
