"""Meetings: every logged contact, with participants, agenda and decisions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import AgendaMark, Attendance, MeetingKind, MinutesStatus
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.exemption import clean_exemption, exemption_columns, exemption_from_columns
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import AgendaItem, Meeting, Participant
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage import identities
from btvcrm.storage.list_query import ListQueryMixin
from btvcrm.storage.repo_base import Repository, parse_iso_datetime, to_stored_datetime


def new_uid() -> str:
    """A stable calendar UID: exports and re-imports match on it."""
    return identities.new_uid("meeting")


def clean(meeting: Meeting) -> Meeting:
    meeting.title = validation.clean_name(meeting.title, "title")
    meeting.kind = MeetingKind(meeting.kind)
    meeting.minutes_status = MinutesStatus(meeting.minutes_status)
    if not isinstance(meeting.starts_at, dt.datetime):
        raise ValidationError("starts_at", QT_TRANSLATE_NOOP("Errors", "has no date and time"))
    if not 1900 <= meeting.starts_at.year <= 2200:
        raise ValidationError(
            "starts_at", QT_TRANSLATE_NOOP("Errors", "the year %1 is not reasonable"), meeting.starts_at.year
        )
    if meeting.duration_minutes is not None and not 0 <= meeting.duration_minutes <= 60 * 24 * 14:
        raise ValidationError(
            "duration_minutes", QT_TRANSLATE_NOOP("Errors", "the duration must be between 0 minutes and 14 days")
        )
    for name in ("place", "chair", "secretary", "minutes_number", "case_number"):
        setattr(meeting, name, validation.clean_text(getattr(meeting, name), name, max_length=1000))
    for name in ("other_participants", "copy_to", "notes", "private_notes"):
        setattr(meeting, name, validation.clean_text(getattr(meeting, name), name))
    meeting.agenda = [
        AgendaItem(
            title=validation.clean_text(item.title, "agenda", required=True, max_length=5000),
            mark=AgendaMark(item.mark),
            notes=validation.clean_text(item.notes, "agenda"),
            id=item.id,
            exemption=clean_exemption(item.exemption, "agenda"),
        )
        for item in meeting.agenda
    ]
    meeting.exemption = clean_exemption(meeting.exemption)
    meeting.notes_exemption = clean_exemption(meeting.notes_exemption, "notes")
    # Empty decisions are dropped; an exemption follows its decision to its new position.
    decisions: list[str] = []
    decision_exemptions = {}
    for position, text in enumerate(meeting.decisions):
        if not (text and text.strip()):
            continue
        exemption = clean_exemption(meeting.decision_exemptions.get(position), "decisions")
        if exemption is not None:
            decision_exemptions[len(decisions)] = exemption
        decisions.append(validation.clean_text(text, "decisions"))
    meeting.decisions = decisions
    meeting.decision_exemptions = decision_exemptions
    seen: set[int] = set()
    participants = []
    for participant in meeting.participants:
        if participant.person_id in seen:
            continue
        seen.add(participant.person_id)
        participants.append(Participant(participant.person_id, Attendance(participant.attendance)))
    meeting.participants = participants
    return meeting


class MeetingRepository(ListQueryMixin, Repository):
    table = "meetings"
    entity_word = "møte"
    sort_columns = {
        "date": "x.starts_at",
        "title": "x.title_key",
        "kind": "x.kind",
        "status": "x.minutes_status",
        "updated": "x.updated_at",
    }
    default_sort = "date"
    search_kind = "meeting"

    def get(self, meeting_id: int) -> Meeting:
        row = self._row(meeting_id)
        participants = [
            Participant(r["person_id"], Attendance(r["attendance"]))
            for r in self._rows(
                "SELECT person_id, attendance FROM meeting_participants WHERE meeting_id = ? ORDER BY position, person_id",
                [meeting_id],
            )
        ]
        agenda = [
            AgendaItem(title=r["title"], mark=AgendaMark(r["mark"]), notes=r["notes"], id=r["id"],
                       exemption=exemption_from_columns(r["exempt_basis"], r["exempt_note"]))
            for r in self._rows("SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position", [meeting_id])
        ]
        decision_rows = self._rows(
            "SELECT text, exempt_basis, exempt_note FROM decisions WHERE meeting_id = ? ORDER BY position",
            [meeting_id],
        )
        decisions = [r["text"] for r in decision_rows]
        decision_exemptions = {
            index: exemption
            for index, r in enumerate(decision_rows)
            if (exemption := exemption_from_columns(r["exempt_basis"], r["exempt_note"])) is not None
        }
        return Meeting(
            id=row["id"],
            uid=row["uid"],
            title=row["title"],
            kind=MeetingKind(row["kind"]),
            starts_at=parse_iso_datetime(row["starts_at"]),
            duration_minutes=row["duration_minutes"],
            place=row["place"],
            chair=row["chair"],
            secretary=row["secretary"],
            minutes_number=row["minutes_number"],
            participants=participants,
            other_participants=row["other_participants"],
            copy_to=row["copy_to"],
            agenda=agenda,
            decisions=decisions,
            notes=row["notes"],
            private_notes=row["private_notes"],
            minutes_status=MinutesStatus(row["minutes_status"]),
            county_ids=self._link_ids("meeting_counties", "meeting_id", meeting_id, "county_id"),
            organisation_ids=self._link_ids("meeting_organisations", "meeting_id", meeting_id, "organisation_id"),
            initiative_ids=self._link_ids("meeting_initiatives", "meeting_id", meeting_id, "initiative_id"),
            tags=self._tags("meeting_tags", "meeting_id", meeting_id),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            case_number=row["case_number"],
            exemption=exemption_from_columns(row["exempt_basis"], row["exempt_note"]),
            notes_exemption=exemption_from_columns(row["notes_exempt_basis"], row["notes_exempt_note"]),
            decision_exemptions=decision_exemptions,
        )

    def save(self, meeting: Meeting) -> int:
        with self.crm.write():
            return self.save_in_transaction(meeting)

    def save_in_transaction(self, meeting: Meeting) -> int:
        meeting = clean(meeting)  # idempotent: callers inside a bigger transaction need it too
        now = clock.now_iso()
        values: dict[str, Any] = {
            "title": meeting.title,
            "kind": meeting.kind.value,
            "starts_at": to_stored_datetime(meeting.starts_at),
            "duration_minutes": meeting.duration_minutes,
            "place": meeting.place,
            "chair": meeting.chair,
            "secretary": meeting.secretary,
            "minutes_number": meeting.minutes_number,
            "other_participants": meeting.other_participants,
            "copy_to": meeting.copy_to,
            "notes": meeting.notes,
            "private_notes": meeting.private_notes,
            "minutes_status": meeting.minutes_status.value,
            "updated_at": now,
            "case_number": meeting.case_number,
        }
        values["exempt_basis"], values["exempt_note"] = exemption_columns(meeting.exemption)
        values["notes_exempt_basis"], values["notes_exempt_note"] = exemption_columns(meeting.notes_exemption)
        if meeting.id is None:
            if not meeting.uid:
                meeting.uid = new_uid()
            elif self._one("SELECT 1 FROM meetings WHERE uid = ?", [meeting.uid]):
                raise ValidationError(
                    "uid", QT_TRANSLATE_NOOP("Errors", "a meeting with calendar UID %1 already exists"), meeting.uid
                )
            values["uid"] = meeting.uid
            values["created_at"] = now
            meeting.id = self._insert(values)
        else:
            self._row(meeting.id)
            self._update(meeting.id, values)
        meeting_id = meeting.id
        self.db.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", [meeting_id])
        for position, participant in enumerate(meeting.participants):
            self.require("people", participant.person_id, "participants", "person")
            self.db.execute(
                "INSERT INTO meeting_participants (meeting_id, person_id, attendance, position) VALUES (?, ?, ?, ?)",
                [meeting_id, participant.person_id, participant.attendance.value, position],
            )
        self.db.execute("DELETE FROM agenda_items WHERE meeting_id = ?", [meeting_id])
        for position, item in enumerate(meeting.agenda, start=1):
            cursor = self.db.execute(
                "INSERT INTO agenda_items (meeting_id, position, title, mark, notes, exempt_basis, exempt_note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [meeting_id, position, item.title, item.mark.value, item.notes, *exemption_columns(item.exemption)],
            )
            item.id = int(cursor.lastrowid or 0)
        self.db.execute("DELETE FROM decisions WHERE meeting_id = ?", [meeting_id])
        for position, text in enumerate(meeting.decisions, start=1):
            self.db.execute(
                "INSERT INTO decisions (meeting_id, position, text, exempt_basis, exempt_note) VALUES (?, ?, ?, ?, ?)",
                [meeting_id, position, text, *exemption_columns(meeting.decision_exemptions.get(position - 1))],
            )
        self._set_links("meeting_counties", "meeting_id", meeting_id, "county_id", meeting.county_ids, "counties", "fylke")
        self._set_links(
            "meeting_organisations", "meeting_id", meeting_id, "organisation_id", meeting.organisation_ids,
            "organisations", "organisasjon",
        )
        self._set_links(
            "meeting_initiatives", "meeting_id", meeting_id, "initiative_id", meeting.initiative_ids,
            "initiatives", "initiativ",
        )
        self._set_tags("meeting_tags", "meeting_id", meeting_id, meeting.tags)
        return meeting_id

    def find_by_uid(self, uid: str) -> int | None:
        value = self._one("SELECT id FROM meetings WHERE uid = ?", [uid])
        return int(value) if value is not None else None

    # E-mails (inbound): the Message-ID a meeting was logged from.
    def find_by_message_id(self, message_id: str) -> int | None:
        """The live meeting logged from this e-mail, or None."""
        value = self._one(
            "SELECT id FROM meetings WHERE message_id = ? AND deleted_at IS NULL ORDER BY id", [message_id.strip()]
        )
        return int(value) if value is not None else None

    def set_message_id(self, meeting_id: int, message_id: str | None) -> None:
        """Call inside `crm.write()`."""
        self._row(meeting_id)
        value = message_id.strip() if message_id and message_id.strip() else None
        self.db.execute("UPDATE meetings SET message_id = ? WHERE id = ?", [value, meeting_id])

    def message_id(self, meeting_id: int) -> str | None:
        value = self._one("SELECT message_id FROM meetings WHERE id = ?", [meeting_id])
        return str(value) if value is not None else None

    # Calendar versions (exchange): which event version an imported meeting came from.
    def calendar_version(self, meeting_id: int) -> identities.CalendarVersion | None:
        return identities.calendar_version(self.db, meeting_id)

    def set_calendar_version(self, meeting_id: int, version: identities.CalendarVersion) -> None:
        """Call inside `crm.write()`."""
        identities.set_calendar_version(self.db, meeting_id, version)

    def set_minutes_status(self, meeting_id: int, status: MinutesStatus) -> None:
        self._row(meeting_id)
        with self.crm.write():
            self.db.execute(
                "UPDATE meetings SET minutes_status = ?, updated_at = ? WHERE id = ?",
                [MinutesStatus(status).value, clock.now_iso(), meeting_id],
            )

    def participants_detail(self, meeting_id: int) -> list[dict[str, Any]]:
        """Participants with their organisation at the time (for minutes)."""
        return self._rows(
            "SELECT p.id, p.name, p.email, p.erased_at, mp.attendance, r.title, o.name AS organisation_name "
            "FROM meeting_participants mp JOIN people p ON p.id = mp.person_id "
            "LEFT JOIN person_roles r ON r.person_id = p.id AND r.end_date IS NULL "
            "LEFT JOIN organisations o ON o.id = r.organisation_id "
            "WHERE mp.meeting_id = ? ORDER BY mp.position, p.name",
            [meeting_id],
        )

    # Lists -------------------------------------------------------------
    def list_select(self) -> str:
        return (
            "SELECT x.id, x.starts_at, x.title, x.kind, x.place, x.minutes_status, x.duration_minutes, "
            "(SELECT group_concat(o.name, ', ') FROM meeting_organisations mo JOIN organisations o "
            " ON o.id = mo.organisation_id WHERE mo.meeting_id = x.id) AS organisations, "
            "(SELECT group_concat(c.name, ', ') FROM meeting_counties mc JOIN counties c "
            " ON c.id = mc.county_id WHERE mc.meeting_id = x.id) AS counties "
            "FROM meetings x"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.county_id is not None:
            # A county matches a third of all meetings: probing per row while walking the
            # date index beats building the id list first (IN stays for selective links).
            where.append("EXISTS (SELECT 1 FROM meeting_counties mc WHERE mc.meeting_id = x.id AND mc.county_id = ?)")
            params.append(f.county_id)
        if f.organisation_id is not None:
            where.append("x.id IN (SELECT meeting_id FROM meeting_organisations WHERE organisation_id = ?)")
            params.append(f.organisation_id)
        if f.person_id is not None:
            where.append("x.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = ?)")
            params.append(f.person_id)
        if f.initiative_id is not None:
            where.append("x.id IN (SELECT meeting_id FROM meeting_initiatives WHERE initiative_id = ?)")
            params.append(f.initiative_id)
        if f.kind:
            where.append("x.kind = ?")
            params.append(MeetingKind.parse(f.kind).value)
        if f.status:
            where.append("x.minutes_status = ?")
            params.append(MinutesStatus.parse(f.status).value)
        if f.date_from:
            where.append("x.starts_at >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("x.starts_at < ?")
            params.append((f.date_to + dt.timedelta(days=1)).isoformat())
        if f.tag:
            where.append(
                "x.id IN (SELECT mt.meeting_id FROM meeting_tags mt JOIN tags t ON t.id = mt.tag_id "
                "WHERE casefold(t.name) = casefold(?))"
            )
            params.append(f.tag)
        return where, params
