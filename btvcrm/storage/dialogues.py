"""Market dialogues: the dialogue and its events, registrations and attendees, the
one-to-one schedule and slots, notes, questions, sendings and the log.

Writes are `*_in_transaction` (the caller, a use case in
`services/market_dialogue.py`, holds `crm.write()`); reads return the domain
records of `domain/market_dialogue.py`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.errors import NotFoundError, ValidationError
from btvcrm.domain.exemption import (
    ONE_TO_ONE_DEFAULT,
    ExemptionBasis,
    clean_exemption,
    exemption_columns,
    exemption_from_columns,
)
from btvcrm.domain.market_dialogue import (
    Attendee,
    DialogueEvent,
    DialogueSnapshot,
    DialogueStatus,
    EventKind,
    LogEntry,
    MarketDialogue,
    Material,
    OneToOneNote,
    ProgrammeItem,
    Question,
    QuestionPart,
    Registration,
    Schedule,
    ScheduleOrder,
    SendChannel,
    Sending,
    ShareChannel,
    Slot,
    SlotStatus,
    clean_dialogue,
)
from btvcrm.storage.repo_base import (
    Repository,
    iso_date,
    parse_iso_date,
    parse_iso_datetime,
    to_stored_datetime,
)


def upgrade_exported_note(row: dict[str, Any]) -> dict[str, Any]:
    """A `dialogue_notes` row of a JSON export made before migration 0012 (a confidential
    flag and a citation) in today's columns, the way the migration converts a file."""
    if "confidential" not in row and "exemption" not in row:
        return row
    upgraded = dict(row)
    confidential = upgraded.pop("confidential", 1)
    citation = " ".join(str(upgraded.pop("exemption", "") or "").split())
    basis: str | None
    if not confidential:
        basis, note = None, ""
    elif citation in ("", ONE_TO_ONE_DEFAULT.citation):
        basis, note = exemption_columns(ONE_TO_ONE_DEFAULT)
    else:
        known = next((b.value for b in ExemptionBasis if b.citation and b.citation == citation), None)
        basis, note = (known, "") if known else (ExemptionBasis.OTHER.value, citation)
    upgraded["exempt_basis"], upgraded["exempt_note"] = basis, note
    return upgraded


def _moment(value: str | None) -> dt.datetime | None:
    return parse_iso_datetime(value) if value else None


def _stored(moment: dt.datetime | None) -> str | None:
    return to_stored_datetime(moment) if moment is not None else None


class DialogueRepository(Repository):
    table = "market_dialogues"
    entity_word = "markedsdialog"

    # ------------------------------------------------------------------ dialogue

    def get(self, dialogue_id: int) -> MarketDialogue:
        row = self._row(dialogue_id)
        return MarketDialogue(
            id=row["id"],
            initiative_id=row["initiative_id"],
            title=row["title"],
            doffin_id=row["doffin_id"],
            announced_on=parse_iso_date(row["announced_on"]),
            registration_deadline=parse_iso_date(row["deadline_on"]),
            buyer_organisation_id=row["buyer_organisation_id"],
            status=DialogueStatus(row["status"]),
            description=row["description"],
            events=self.events(dialogue_id),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def events(self, dialogue_id: int) -> list[DialogueEvent]:
        events = []
        for row in self._rows("SELECT * FROM dialogue_events WHERE dialogue_id = ? ORDER BY position, id", [dialogue_id]):
            programme = [
                ProgrammeItem(
                    id=item["id"],
                    title=item["title"],
                    at_time=dt.time.fromisoformat(item["at_time"]) if item["at_time"] else None,
                    presenter=item["presenter"],
                )
                for item in self._rows(
                    "SELECT * FROM dialogue_programme_items WHERE event_id = ? ORDER BY position, id", [row["id"]]
                )
            ]
            events.append(DialogueEvent(
                id=row["id"],
                kind=EventKind(row["kind"]),
                title=row["title"],
                starts_at=parse_iso_datetime(row["starts_at"]),
                duration_minutes=row["duration_minutes"],
                place=row["place"],
                video_link=row["video_link"],
                meeting_id=row["meeting_id"],
                programme=programme,
            ))
        return events

    def save_in_transaction(self, item: MarketDialogue) -> int:
        item = clean_dialogue(item)
        self.require("initiatives", item.initiative_id, "initiative", "initiativ")
        self.require("organisations", item.buyer_organisation_id, "buyer", "organisasjon")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "initiative_id": item.initiative_id,
            "title": item.title,
            "doffin_id": item.doffin_id,
            "announced_on": iso_date(item.announced_on),
            "deadline_on": iso_date(item.registration_deadline),
            "buyer_organisation_id": item.buyer_organisation_id,
            "status": item.status.value,
            "description": item.description,
            "updated_at": now,
        }
        if item.id is None:
            values["created_at"] = now
            item.id = self._insert(values)
        else:
            self._row(item.id)
            self._update(item.id, values)
        self._save_events(item.id, item.events)
        return item.id

    def _save_events(self, dialogue_id: int, events: list[DialogueEvent]) -> None:
        keep = [e.id for e in events if e.id is not None]
        for old in self._rows("SELECT id FROM dialogue_events WHERE dialogue_id = ?", [dialogue_id]):
            if old["id"] not in keep:
                self.db.execute("DELETE FROM dialogue_events WHERE id = ?", [old["id"]])
        for position, event in enumerate(events):
            self.require("meetings", event.meeting_id, "meeting", "møte")
            values: dict[str, Any] = {
                "dialogue_id": dialogue_id,
                "position": position,
                "kind": event.kind.value,
                "title": event.title,
                "starts_at": to_stored_datetime(event.starts_at),
                "duration_minutes": event.duration_minutes,
                "place": event.place,
                "video_link": event.video_link,
                "meeting_id": event.meeting_id,
            }
            if event.id is None or self._one(
                "SELECT 1 FROM dialogue_events WHERE id = ? AND dialogue_id = ?", [event.id, dialogue_id]
            ) is None:
                event.id = self._insert_into("dialogue_events", values)
            else:
                self._update_in("dialogue_events", event.id, values)
            self.db.execute("DELETE FROM dialogue_programme_items WHERE event_id = ?", [event.id])
            for index, item in enumerate(event.programme):
                item.id = self._insert_into("dialogue_programme_items", {
                    "event_id": event.id,
                    "position": index,
                    "at_time": item.at_time.strftime("%H:%M") if item.at_time else None,
                    "title": item.title,
                    "presenter": item.presenter,
                })

    def _insert_into(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
        return int(cursor.lastrowid or 0)

    def _update_in(self, table: str, item_id: int, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), item_id])

    def all_dialogues(self, *, initiative_id: int | None = None) -> list[dict[str, Any]]:
        """Dialogues (newest conference first), with their initiative and counts."""
        where, params = ("WHERE d.initiative_id = ?", [initiative_id]) if initiative_id is not None else ("", [])
        return self._rows(
            "SELECT d.id, d.title, d.status, d.doffin_id, d.initiative_id, i.title AS initiative_title, "
            "(SELECT min(e.starts_at) FROM dialogue_events e WHERE e.dialogue_id = d.id) AS starts_at, "
            "(SELECT count(*) FROM dialogue_registrations r WHERE r.dialogue_id = d.id) AS registrations "
            f"FROM market_dialogues d JOIN initiatives i ON i.id = d.initiative_id {where} "
            "ORDER BY starts_at DESC, d.id DESC",
            params,
        )

    def set_status(self, dialogue_id: int, status: DialogueStatus) -> None:
        self._row(dialogue_id)
        self.db.execute("UPDATE market_dialogues SET status = ?, updated_at = ? WHERE id = ?",
                        [DialogueStatus(status).value, clock.now_iso(), dialogue_id])

    # ------------------------------------------------------------------ registrations

    def registrations(self, dialogue_id: int) -> list[Registration]:
        rows = self._rows(
            "SELECT r.*, o.name AS organisation_name, o.orgnr FROM dialogue_registrations r "
            "JOIN organisations o ON o.id = r.organisation_id WHERE r.dialogue_id = ? ORDER BY r.registered_at, r.id",
            [dialogue_id],
        )
        attendees: dict[int, list[Attendee]] = {}
        for row in self._rows(
            "SELECT a.registration_id, a.person_id, a.checked_in_at, p.name, p.email, "
            "(SELECT pr.title FROM person_roles pr WHERE pr.person_id = p.id AND pr.end_date IS NULL "
            " ORDER BY pr.id DESC LIMIT 1) AS title "
            "FROM dialogue_attendees a JOIN people p ON p.id = a.person_id "
            "JOIN dialogue_registrations r ON r.id = a.registration_id WHERE r.dialogue_id = ? "
            "ORDER BY a.registration_id, a.position, a.person_id",
            [dialogue_id],
        ):
            attendees.setdefault(row["registration_id"], []).append(Attendee(
                person_id=row["person_id"], name=row["name"], email=row["email"], title=row["title"] or "",
                checked_in_at=_moment(row["checked_in_at"]),
            ))
        return [self._registration(row, attendees.get(row["id"], [])) for row in rows]

    def _registration(self, row: dict[str, Any], attendees: list[Attendee]) -> Registration:
        return Registration(
            id=row["id"],
            dialogue_id=row["dialogue_id"],
            organisation_id=row["organisation_id"],
            organisation_name=row["organisation_name"],
            orgnr=row["orgnr"],
            email=row["email"],
            wants_one_to_one=bool(row["wants_one_to_one"]),
            attending=bool(row["attending"]),
            registered_at=parse_iso_datetime(row["registered_at"]),
            checked_in_at=_moment(row["checked_in_at"]),
            comment=row["comment"],
            attendees=attendees,
        )

    def registration(self, registration_id: int) -> Registration:
        dialogue_id = self._one("SELECT dialogue_id FROM dialogue_registrations WHERE id = ?", [registration_id])
        if dialogue_id is None:
            raise NotFoundError(f"Fant ingen påmelding med id {registration_id}.")
        return next(r for r in self.registrations(dialogue_id) if r.id == registration_id)

    def registration_id_for(self, dialogue_id: int, organisation_id: int) -> int | None:
        value = self._one(
            "SELECT id FROM dialogue_registrations WHERE dialogue_id = ? AND organisation_id = ?",
            [dialogue_id, organisation_id],
        )
        return int(value) if value is not None else None

    def save_registration_in_transaction(self, item: Registration) -> int:
        """Add or update a registration; attendees keep their check-in times."""
        self._row(item.dialogue_id)
        self.require("organisations", item.organisation_id, "organisation", "organisasjon")
        email = validation.clean_email(item.email)
        comment = validation.clean_text(item.comment, "comment")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "dialogue_id": item.dialogue_id,
            "organisation_id": item.organisation_id,
            "email": email,
            "wants_one_to_one": int(bool(item.wants_one_to_one)),
            "attending": int(bool(item.attending)),
            "registered_at": to_stored_datetime(item.registered_at),
            "checked_in_at": _stored(item.checked_in_at),
            "comment": comment,
            "updated_at": now,
        }
        if item.id is None:
            if self.registration_id_for(item.dialogue_id, item.organisation_id) is not None:
                raise ValidationError("organisation", "virksomheten er allerede påmeldt denne markedsdialogen")
            values["created_at"] = now
            item.id = self._insert_into("dialogue_registrations", values)
        else:
            if self._one("SELECT 1 FROM dialogue_registrations WHERE id = ?", [item.id]) is None:
                raise NotFoundError(f"Fant ingen påmelding med id {item.id}.")
            self._update_in("dialogue_registrations", item.id, values)
        wanted = list(dict.fromkeys(a.person_id for a in item.attendees))
        for person_id in wanted:
            self.require("people", person_id, "person", "person")
        placeholders = ", ".join("?" for _ in wanted) or "NULL"
        self.db.execute(
            f"DELETE FROM dialogue_attendees WHERE registration_id = ? AND person_id NOT IN ({placeholders})",
            [item.id, *wanted],
        )
        by_person = {a.person_id: a for a in item.attendees}
        for position, person_id in enumerate(wanted):
            self.db.execute(
                "INSERT INTO dialogue_attendees (registration_id, person_id, position, checked_in_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (registration_id, person_id) DO UPDATE SET "
                "position = excluded.position, checked_in_at = excluded.checked_in_at",
                [item.id, person_id, position, _stored(by_person[person_id].checked_in_at)],
            )
        return item.id

    def set_checked_in(self, registration_id: int, person_id: int | None, at: dt.datetime | None) -> None:
        """Tick (or untick, `at` None) a person at the door; the registration is
        checked in with its first person."""
        stored = _stored(at)
        if person_id is not None:
            self.db.execute(
                "UPDATE dialogue_attendees SET checked_in_at = ? WHERE registration_id = ? AND person_id = ?",
                [stored, registration_id, person_id],
            )
        if at is not None:
            self.db.execute(
                "UPDATE dialogue_registrations SET checked_in_at = coalesce(checked_in_at, ?), updated_at = ? "
                "WHERE id = ?",
                [stored, clock.now_iso(), registration_id],
            )
        else:
            still = self._one(
                "SELECT min(checked_in_at) FROM dialogue_attendees WHERE registration_id = ?", [registration_id]
            ) if person_id is not None else None
            self.db.execute(
                "UPDATE dialogue_registrations SET checked_in_at = ?, updated_at = ? WHERE id = ?",
                [still, clock.now_iso(), registration_id],
            )

    # ------------------------------------------------------------------ schedule and slots

    def schedule(self, dialogue_id: int) -> Schedule | None:
        rows = self._rows("SELECT * FROM dialogue_schedules WHERE dialogue_id = ?", [dialogue_id])
        if not rows:
            return None
        row = rows[0]
        return Schedule(
            id=row["id"],
            dialogue_id=row["dialogue_id"],
            starts_at=parse_iso_datetime(row["starts_at"]),
            slot_minutes=row["slot_minutes"],
            break_minutes=row["break_minutes"],
            rooms=row["rooms"],
            order=ScheduleOrder(row["order_method"]),
            seed=row["seed"],
            drawn_at=_moment(row["drawn_at"]),
        )

    def save_schedule_in_transaction(self, item: Schedule) -> int:
        self._row(item.dialogue_id)
        values: dict[str, Any] = {
            "dialogue_id": item.dialogue_id,
            "starts_at": to_stored_datetime(item.starts_at),
            "slot_minutes": item.slot_minutes,
            "break_minutes": item.break_minutes,
            "rooms": item.rooms,
            "order_method": ScheduleOrder(item.order).value,
            "seed": item.seed,
            "drawn_at": _stored(item.drawn_at),
        }
        if item.id is None:
            values["created_at"] = clock.now_iso()
            item.id = self._insert_into("dialogue_schedules", values)
        else:
            self._update_in("dialogue_schedules", item.id, values)
        return item.id

    def delete_schedule_in_transaction(self, dialogue_id: int) -> None:
        self.db.execute("DELETE FROM dialogue_schedules WHERE dialogue_id = ?", [dialogue_id])

    def slots(self, dialogue_id: int) -> list[Slot]:
        return [
            Slot(
                id=row["id"],
                schedule_id=row["schedule_id"],
                registration_id=row["registration_id"],
                position=row["position"],
                starts_at=parse_iso_datetime(row["starts_at"]),
                minutes=row["minutes"],
                room=row["room"],
                status=SlotStatus(row["status"]),
                late=bool(row["late"]),
            )
            for row in self._rows(
                "SELECT s.* FROM dialogue_slots s JOIN dialogue_schedules d ON d.id = s.schedule_id "
                "WHERE d.dialogue_id = ? ORDER BY s.starts_at, s.room, s.id",
                [dialogue_id],
            )
        ]

    def slot(self, slot_id: int) -> tuple[int, Slot]:
        """(dialogue id, slot)."""
        dialogue_id = self._one(
            "SELECT d.dialogue_id FROM dialogue_slots s JOIN dialogue_schedules d ON d.id = s.schedule_id "
            "WHERE s.id = ?", [slot_id])
        if dialogue_id is None:
            raise NotFoundError(f"Fant ingen én-til-én-tid med id {slot_id}.")
        return int(dialogue_id), next(s for s in self.slots(int(dialogue_id)) if s.id == slot_id)

    def add_slot_in_transaction(self, schedule_id: int, slot: Slot) -> int:
        now = clock.now_iso()
        slot.schedule_id = schedule_id
        slot.id = self._insert_into("dialogue_slots", {
            "schedule_id": schedule_id,
            "registration_id": slot.registration_id,
            "position": slot.position,
            "starts_at": to_stored_datetime(slot.starts_at),
            "minutes": slot.minutes,
            "room": slot.room,
            "status": SlotStatus(slot.status).value,
            "late": int(slot.late),
            "created_at": now,
            "updated_at": now,
        })
        return slot.id

    def update_slot_in_transaction(self, slot: Slot) -> None:
        if slot.id is None:
            raise ValueError("slot without id")
        self._update_in("dialogue_slots", slot.id, {
            "registration_id": slot.registration_id,
            "position": slot.position,
            "starts_at": to_stored_datetime(slot.starts_at),
            "minutes": slot.minutes,
            "room": slot.room,
            "status": SlotStatus(slot.status).value,
            "updated_at": clock.now_iso(),
        })

    # ------------------------------------------------------------------ notes

    def notes(self, dialogue_id: int) -> list[OneToOneNote]:
        return [
            OneToOneNote(
                id=row["id"], dialogue_id=dialogue_id, registration_id=row["registration_id"], text=row["text"],
                exemption=exemption_from_columns(row["exempt_basis"], row["exempt_note"]),
                created_at=row["created_at"],
            )
            for row in self._rows(
                "SELECT n.* FROM dialogue_notes n JOIN dialogue_registrations r ON r.id = n.registration_id "
                "WHERE r.dialogue_id = ? ORDER BY n.created_at, n.id",
                [dialogue_id],
            )
        ]

    def add_note_in_transaction(self, note: OneToOneNote) -> int:
        text = validation.clean_text(note.text, "text", required=True)
        note.exemption = clean_exemption(note.exemption)
        basis, exempt_note = exemption_columns(note.exemption)
        now = clock.now_iso()
        note.id = self._insert_into("dialogue_notes", {
            "registration_id": note.registration_id,
            "text": text,
            "exempt_basis": basis,
            "exempt_note": exempt_note,
            "created_at": now,
            "updated_at": now,
        })
        return note.id

    # ------------------------------------------------------------------ questions

    def questions(self, dialogue_id: int) -> list[Question]:
        return [self._question(row) for row in self._rows(
            "SELECT * FROM dialogue_questions WHERE dialogue_id = ? ORDER BY asked_at, id", [dialogue_id]
        )]

    def _question(self, row: dict[str, Any]) -> Question:
        return Question(
            id=row["id"],
            dialogue_id=row["dialogue_id"],
            registration_id=row["registration_id"],
            part=QuestionPart(row["part"]),
            asked_at=parse_iso_datetime(row["asked_at"]),
            question=row["question"],
            answer=row["answer"],
            answered_at=_moment(row["answered_at"]),
            shared_at=_moment(row["shared_at"]),
            shared_how=ShareChannel(row["shared_how"]) if row["shared_how"] else None,
        )

    def question(self, question_id: int) -> Question:
        rows = self._rows("SELECT * FROM dialogue_questions WHERE id = ?", [question_id])
        if not rows:
            raise NotFoundError(f"Fant ikke spørsmål nr. {question_id}.")
        return self._question(rows[0])

    def save_question_in_transaction(self, item: Question) -> int:
        question = validation.clean_text(item.question, "text", required=True)
        answer = validation.clean_text(item.answer, "answer")
        if item.shared_at is not None and item.shared_how is None:
            raise ValidationError("shared", "si hvordan svaret ble delt (e-post, Doffin eller oppsummeringen)")
        if item.shared_at is not None and not answer:
            raise ValidationError("shared", "et spørsmål uten svar kan ikke deles")
        if item.registration_id is not None and self._one(
            "SELECT 1 FROM dialogue_registrations WHERE id = ? AND dialogue_id = ?",
            [item.registration_id, item.dialogue_id],
        ) is None:
            raise ValidationError("from", "spørsmålet må komme fra en påmeldt virksomhet i denne dialogen")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "dialogue_id": item.dialogue_id,
            "registration_id": item.registration_id,
            "part": QuestionPart(item.part).value,
            "asked_at": to_stored_datetime(item.asked_at),
            "question": question,
            "answer": answer,
            "answered_at": _stored(item.answered_at) if answer else None,
            "shared_at": _stored(item.shared_at),
            "shared_how": ShareChannel(item.shared_how).value if item.shared_at and item.shared_how else None,
            "updated_at": now,
        }
        if item.id is None:
            values["created_at"] = now
            item.id = self._insert_into("dialogue_questions", values)
        else:
            self.question(item.id)
            self._update_in("dialogue_questions", item.id, values)
        return item.id

    # ------------------------------------------------------------------ sendings and log

    def sendings(self, dialogue_id: int) -> list[Sending]:
        recipients: dict[int, list[int]] = {}
        for row in self._rows(
            "SELECT x.sending_id, x.registration_id FROM dialogue_sending_recipients x "
            "JOIN dialogue_sendings s ON s.id = x.sending_id WHERE s.dialogue_id = ? ORDER BY x.registration_id",
            [dialogue_id],
        ):
            recipients.setdefault(row["sending_id"], []).append(row["registration_id"])
        return [
            Sending(
                id=row["id"], dialogue_id=dialogue_id, material=Material(row["material"]), title=row["title"],
                channel=SendChannel(row["channel"]), sent_at=parse_iso_datetime(row["sent_at"]), note=row["note"],
                recipient_ids=recipients.get(row["id"], []),
            )
            for row in self._rows(
                "SELECT * FROM dialogue_sendings WHERE dialogue_id = ? ORDER BY sent_at, id", [dialogue_id]
            )
        ]

    def add_sending_in_transaction(self, item: Sending) -> int:
        title = validation.clean_name(item.title, "title")
        note = validation.clean_text(item.note, "note")
        item.id = self._insert_into("dialogue_sendings", {
            "dialogue_id": item.dialogue_id,
            "material": Material(item.material).value,
            "title": title,
            "channel": SendChannel(item.channel).value,
            "sent_at": to_stored_datetime(item.sent_at),
            "note": note,
            "created_at": clock.now_iso(),
        })
        for registration_id in dict.fromkeys(item.recipient_ids):
            if self._one("SELECT 1 FROM dialogue_registrations WHERE id = ? AND dialogue_id = ?",
                         [registration_id, item.dialogue_id]) is None:
                raise ValidationError("to", f"påmelding {registration_id} hører ikke til denne markedsdialogen")
            self.db.execute(
                "INSERT INTO dialogue_sending_recipients (sending_id, registration_id) VALUES (?, ?)",
                [item.id, registration_id],
            )
        return item.id

    def log(self, dialogue_id: int) -> list[LogEntry]:
        return [
            LogEntry(at=parse_iso_datetime(row["at"]), action=row["action"], detail=row["detail"])
            for row in self._rows("SELECT * FROM dialogue_log WHERE dialogue_id = ? ORDER BY at, id", [dialogue_id])
        ]

    def add_log_in_transaction(self, dialogue_id: int, action: str, detail: str) -> None:
        self.db.execute(
            "INSERT INTO dialogue_log (dialogue_id, at, action, detail) VALUES (?, ?, ?, ?)",
            [dialogue_id, clock.now_iso(), action, detail],
        )

    # ------------------------------------------------------------------ all of it

    def snapshot(self, dialogue_id: int) -> DialogueSnapshot:
        """Everything about one dialogue, read in one transaction."""
        conn = self.db.conn
        own = not conn.in_transaction
        if own:
            conn.execute("BEGIN")
        try:
            dialogue = self.get(dialogue_id)
            registrations = self.registrations(dialogue_id)
            registrations.sort(key=lambda r: (r.registered_at, r.id or 0))
            return DialogueSnapshot(
                dialogue=dialogue,
                initiative_title=self._one("SELECT title FROM initiatives WHERE id = ?", [dialogue.initiative_id]) or "",
                buyer_name=(self._one("SELECT name FROM organisations WHERE id = ?",
                                      [dialogue.buyer_organisation_id]) or "")
                if dialogue.buyer_organisation_id else "",
                registrations=registrations,
                schedule=self.schedule(dialogue_id),
                slots=self.slots(dialogue_id),
                notes=self.notes(dialogue_id),
                questions=self.questions(dialogue_id),
                sendings=self.sendings(dialogue_id),
                log=self.log(dialogue_id),
            )
        finally:
            if own:
                conn.execute("COMMIT")
