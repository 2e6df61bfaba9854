"""People (kontaktpersoner), with the history of their roles."""

from __future__ import annotations

import re
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import LegalBasis
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Person, Role
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage import identities
from btvcrm.storage.list_query import ListQueryMixin
from btvcrm.storage.repo_base import SORT_KEYS, Repository, iso_date, parse_iso_date

ERASED_NAME = "slettet person"
ERASED_ORGANISATION_NAME = "slettet virksomhet"


def clean(person: Person) -> Person:
    person.name = validation.clean_name(person.name)
    person.email = validation.clean_email(person.email)
    person.phone = validation.clean_phone(person.phone)
    person.title = validation.clean_text(person.title, "title", max_length=500)
    person.notes = validation.clean_text(person.notes, "notes")
    person.private_notes = validation.clean_text(person.private_notes, "private_notes")
    person.legal_basis = LegalBasis(person.legal_basis)
    if person.keep_in_touch_days is not None and person.keep_in_touch_days <= 0:
        raise ValidationError("keep_in_touch_days", QT_TRANSLATE_NOOP("Errors", "must be a positive number of days"))
    return person


class PersonRepository(ListQueryMixin, Repository):
    table = "people"
    entity_word = "person"
    sort_columns = {
        "name": "x.name_key",
        "organisation": "norwegian_key(organisation_name)",
        "email": "x.email",
        "updated": "x.updated_at",
    }
    default_sort = "name"
    search_kind = "person"

    def current_role(self, person_id: int) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT * FROM person_roles WHERE person_id = ? AND end_date IS NULL ORDER BY id DESC LIMIT 1",
            [person_id],
        )
        return rows[0] if rows else None

    def get(self, person_id: int) -> Person:
        row = self._row(person_id)
        role = self.current_role(person_id)
        return Person(
            id=row["id"],
            name=row["name"],
            email=row["email"],
            phone=row["phone"],
            organisation_id=role["organisation_id"] if role else None,
            title=role["title"] if role else "",
            county_ids=self._link_ids("person_counties", "person_id", person_id, "county_id"),
            notes=row["notes"],
            private_notes=row["private_notes"],
            legal_basis=LegalBasis(row["legal_basis"]),
            objection=bool(row["objection"]),
            is_key=bool(row["is_key"]),
            keep_in_touch_days=row["keep_in_touch_days"],
            tags=self._tags("person_tags", "person_id", person_id),
            erased=row["erased_at"] is not None,
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            uid=identities.uid_of(self.db, "person", person_id),
        )

    def roles(self, person_id: int) -> list[Role]:
        return [
            Role(
                id=r["id"],
                organisation_id=r["organisation_id"],
                title=r["title"],
                start_date=parse_iso_date(r["start_date"]),
                end_date=parse_iso_date(r["end_date"]),
            )
            for r in self._rows(
                "SELECT * FROM person_roles WHERE person_id = ? ORDER BY end_date IS NOT NULL, "
                "coalesce(start_date, '') DESC, id DESC",
                [person_id],
            )
        ]

    def save(self, person: Person) -> int:
        with self.crm.write():
            return self.save_in_transaction(person)

    def save_in_transaction(self, person: Person) -> int:
        person = clean(person)  # idempotent: callers inside a bigger transaction need it too
        self.require("organisations", person.organisation_id, "organisation_id", "organisasjon")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "name": person.name,
            "email": person.email,
            "phone": person.phone,
            "notes": person.notes,
            "private_notes": person.private_notes,
            "legal_basis": person.legal_basis.value,
            "objection": int(person.objection),
            "is_key": int(person.is_key),
            "keep_in_touch_days": person.keep_in_touch_days,
            "updated_at": now,
        }
        if person.id is None:
            values["created_at"] = now
            person.id = self._insert(values)
        else:
            row = self._row(person.id)
            if row["erased_at"]:
                raise ValidationError(
                    "name", QT_TRANSLATE_NOOP("Errors", "the person has been erased (GDPR) and cannot be changed")
                )
            self._update(person.id, values)
        self._apply_role(person.id, person.organisation_id, person.title)
        self._set_links("person_counties", "person_id", person.id, "county_id", person.county_ids, "counties", "fylke")
        self._set_tags("person_tags", "person_id", person.id, person.tags)
        person.uid = identities.ensure_uid(self.db, "person", person.id, person.uid)
        return person.id

    def _apply_role(self, person_id: int, organisation_id: int | None, title: str) -> None:
        """A new organisation closes the current role and opens a new one; a new
        title at the same organisation just corrects the current role."""
        current = self.current_role(person_id)
        today = clock.today().isoformat()
        if current is None:
            if organisation_id is None and not title:
                return
            self.db.execute(
                "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
                [person_id, organisation_id, title, today],
            )
            return
        if current["organisation_id"] == organisation_id:
            if current["title"] != title:
                self.db.execute("UPDATE person_roles SET title = ? WHERE id = ?", [title, current["id"]])
            return
        self.db.execute("UPDATE person_roles SET end_date = ? WHERE id = ?", [today, current["id"]])
        if organisation_id is not None or title:
            self.db.execute(
                "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
                [person_id, organisation_id, title, today],
            )

    def change_job(self, person_id: int, organisation_id: int | None, title: str, on: Any = None) -> None:
        """Record a move to a new job on a given date (default today)."""
        self._row(person_id)
        day = iso_date(on) or clock.today().isoformat()
        with self.crm.write():
            self.require("organisations", organisation_id, "organisation_id", "organisasjon")
            self.db.execute(
                "UPDATE person_roles SET end_date = ? WHERE person_id = ? AND end_date IS NULL", [day, person_id]
            )
            self.db.execute(
                "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
                [person_id, organisation_id, validation.clean_text(title, "title", max_length=500), day],
            )

    def find_by_name(self, name: str) -> Person | None:
        person_id = self._one(
            "SELECT id FROM people WHERE casefold(name) = ? AND deleted_at IS NULL AND erased_at IS NULL "
            "ORDER BY id",
            [" ".join(name.split()).casefold()],
        )
        return self.get(person_id) if person_id is not None else None

    def find_by_email(self, email: str) -> Person | None:
        person_id = self._one(
            "SELECT id FROM people WHERE casefold(email) = ? AND deleted_at IS NULL ORDER BY id",
            [email.strip().casefold()],
        )
        return self.get(person_id) if person_id is not None else None

    def find_by_uid(self, uid: str) -> Person | None:
        """The live (not erased) person with this vCard UID."""
        person_id = identities.find_by_uid(self.db, "person", uid)
        if person_id is None:
            return None
        person = self.get(person_id)
        return None if person.erased else person

    def export_extras(self, ids: list[int]) -> dict[int, dict[str, str]]:
        """id -> {"notes", "uid"} for the CSV/XLSX export (never private notes)."""
        return identities.notes_and_uids(self.db, "person", ids)

    def match_keys(self) -> list[dict[str, Any]]:
        """What imports match on, for every live person in one query (id, name, email,
        phone, uid, organisation_id of the current role), so an import of n records
        looks each up in memory instead of scanning the table n times."""
        return self._rows(
            "SELECT p.id, p.name, p.email, p.phone, u.uid, r.organisation_id FROM people p "
            "LEFT JOIN person_uids u ON u.person_id = p.id "
            "LEFT JOIN person_roles r ON r.person_id = p.id AND r.end_date IS NULL "
            "WHERE p.deleted_at IS NULL AND p.erased_at IS NULL ORDER BY p.id"
        )

    def find_by_phone(self, phone: str) -> Person | None:
        try:
            cleaned = validation.clean_phone(phone)
        except ValidationError:
            return None
        person_id = self._one("SELECT id FROM people WHERE phone = ? AND deleted_at IS NULL ORDER BY id", [cleaned])
        return self.get(person_id) if person_id is not None else None

    def without_contact_since(self, day: Any) -> list[dict[str, Any]]:
        """People with no meeting (or, without meetings, created) since `day` (a date)."""
        return PrivacyQueries(self).without_contact_since(iso_date(day) or "")

    def privacy(self) -> PrivacyQueries:
        """Erasure, innsyn and review queries (GDPR)."""
        return PrivacyQueries(self)

    def complete(self, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
        text = prefix.strip()
        if not text:
            return []
        like = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return self._rows(
            "SELECT p.id, p.name, p.email, o.name AS organisation_name FROM people p "
            "LEFT JOIN person_roles r ON r.person_id = p.id AND r.end_date IS NULL "
            "LEFT JOIN organisations o ON o.id = r.organisation_id "
            "WHERE p.deleted_at IS NULL AND p.erased_at IS NULL "
            "AND (casefold(p.name) LIKE ? ESCAPE '\\' OR casefold(p.email) LIKE ? ESCAPE '\\') "
            "ORDER BY (casefold(p.name) LIKE ? ESCAPE '\\') DESC, norwegian_key(p.name) LIMIT ?",
            [f"%{like}%", f"{like}%", f"{like}%", limit],
        )

    def at_organisation(self, org_id: int, *, current_only: bool = True) -> list[dict[str, Any]]:
        condition = "AND r.end_date IS NULL" if current_only else ""
        return self._rows(
            "SELECT p.id, p.name, p.email, p.phone, r.title, r.start_date, r.end_date FROM person_roles r "
            "JOIN people p ON p.id = r.person_id "
            f"WHERE r.organisation_id = ? AND p.deleted_at IS NULL AND p.erased_at IS NULL {condition} "
            "ORDER BY r.end_date IS NOT NULL, norwegian_key(p.name)",
            [org_id],
        )

    # Lists -------------------------------------------------------------
    def list_select(self) -> str:
        return (
            "SELECT x.id, x.name, x.email, x.phone, x.is_key, r.title AS title, r.organisation_id, "
            "o.name AS organisation_name, "
            "(SELECT group_concat(c.name, ', ') FROM person_counties pc JOIN counties c ON c.id = pc.county_id "
            " WHERE pc.person_id = x.id) AS counties "
            "FROM people x LEFT JOIN person_roles r ON r.person_id = x.id AND r.end_date IS NULL "
            "LEFT JOIN organisations o ON o.id = r.organisation_id"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = ["x.erased_at IS NULL"]
        params: list[Any] = []
        if f.county_id is not None:
            where.append(
                "(x.id IN (SELECT person_id FROM person_counties WHERE county_id = ?) OR x.id IN "
                "(SELECT r2.person_id FROM person_roles r2 JOIN organisation_counties oc "
                "ON oc.organisation_id = r2.organisation_id WHERE r2.end_date IS NULL AND oc.county_id = ?))"
            )
            params.extend([f.county_id, f.county_id])
        if f.organisation_id is not None:
            where.append("x.id IN (SELECT person_id FROM person_roles WHERE organisation_id = ? AND end_date IS NULL)")
            params.append(f.organisation_id)
        if f.tag:
            where.append(
                "x.id IN (SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id "
                "WHERE casefold(t.name) = casefold(?))"
            )
            params.append(f.tag)
        return where, params


# GDPR -------------------------------------------------------------------
# Erasure replaces a person's full name, e-mail address and phone number (whole words, any
# case) in EVERY text column of every table of the file, as the schema has them at the time
# (`erasure_columns`): a column added by a later migration is scrubbed without anyone having
# to remember it. The only columns left alone are declared here, each for a reason;
# tests/safety/test_erasure_columns.py fails on a declaration that no longer matches the schema
# and writes a canary into every other column to see it go.
NOT_FREE_TEXT: dict[str, tuple[str, ...]] = {
    # Codes, ISO dates and times, identifiers and digests: nobody types a name there.
    "agenda_items": ("mark", "exempt_basis"),
    "anchoring_changes": ("stage", "changed_on", "created_at"),
    "assessments": ("assessed_on", "created_at"),
    "counties": ("created_at",),
    "decisions": ("exempt_basis",),
    "dialogue_attendees": ("checked_in_at",),
    "dialogue_events": ("kind", "starts_at", "video_link"),
    "dialogue_log": ("at", "action"),
    "dialogue_notes": ("exempt_basis", "created_at", "updated_at"),
    "dialogue_programme_items": ("at_time",),
    "dialogue_questions": ("part", "asked_at", "answered_at", "shared_at", "shared_how", "created_at",
                           "updated_at"),
    "dialogue_registrations": ("registered_at", "checked_in_at", "created_at", "updated_at"),
    "dialogue_schedules": ("starts_at", "order_method", "drawn_at", "created_at"),
    "dialogue_sendings": ("material", "channel", "sent_at", "created_at"),
    "dialogue_slots": ("starts_at", "status", "created_at", "updated_at"),
    "erasure_log": ("erased_at",),
    "file_settings": ("key", "value"),
    "follow_up_uids": ("uid",),
    "follow_ups": ("due_date", "status", "status_changed_on", "rrule", "created_at", "updated_at", "deleted_at"),
    "initiative_dates": ("date",),
    "initiatives": ("phase", "doffin_id", "created_at", "updated_at", "deleted_at"),
    "lessons": ("learned_on", "created_at", "updated_at", "deleted_at"),
    "market_dialogues": ("doffin_id", "announced_on", "deadline_on", "status", "created_at", "updated_at"),
    "meeting_attachments": ("content_type", "sha256", "created_at",
                            "stored_path"),  # a path the file is found by (the file itself is not read)
    "meeting_calendar_versions": ("stamp", "notes_digest", "saved_at"),
    "meeting_participants": ("attendance",),
    "meetings": ("uid", "kind", "starts_at", "minutes_number", "minutes_status", "created_at", "updated_at",
                 "deleted_at", "exempt_basis", "notes_exempt_basis", "case_number"),
    "organisation_uids": ("uid",),
    "organisations": ("kind", "orgnr", "created_at", "updated_at", "deleted_at", "org_form", "municipality_number",
                      "nace_code", "sector_code", "register_deleted_on", "register_updated_at"),
    "pending_cleanup": ("kind", "requested_at"),
    "people": ("legal_basis", "created_at", "updated_at", "deleted_at", "erased_at"),
    "person_roles": ("start_date", "end_date"),
    "person_uids": ("uid",),
}
# Columns the erasure decides itself instead of replacing mentions in them.
ERASED_DIRECTLY: dict[str, tuple[str, ...]] = {
    # The person's own are blanked; another person's name, e-mail and phone are that person's.
    "people": ("name", "email", "phone"),
    # A name like the person's is an ENK: the user chooses erase, rename or keep.
    "organisations": ("name", "website"),
    # Unique names: a tag only this person had is deleted; counties are not people.
    "tags": ("name",),
    "counties": ("name",),
    # A registration's address that is the person's is cleared (NULL), not made into text.
    "dialogue_registrations": ("email",),
}
# Made from another column by triggers (the Norwegian sort keys, repo_base.SORT_KEYS): scrubbing
# the text they are made from makes them again.
DERIVED: dict[str, tuple[str, ...]] = {table: (key,) for table, (_column, key) in SORT_KEYS.items()}
_THEIR_MEETINGS = "(SELECT meeting_id FROM meeting_participants WHERE person_id = ?)"
_THEIR_REGISTRATIONS = "(SELECT registration_id FROM dialogue_attendees WHERE person_id = ?)"
# Rows that are about a person: where each part of the name is scrubbed too.
_LINKED_SCOPE: dict[str, str] = {
    "meetings": f"id IN {_THEIR_MEETINGS}",
    "agenda_items": f"meeting_id IN {_THEIR_MEETINGS}",
    "decisions": f"meeting_id IN {_THEIR_MEETINGS}",
    "follow_ups": f"(person_id = ? OR responsible_person_id = ? OR meeting_id IN {_THEIR_MEETINGS})",
    # The registrations they came with: its comment, one-to-one notes and questions.
    "dialogue_registrations": f"id IN {_THEIR_REGISTRATIONS}",
    "dialogue_notes": f"registration_id IN {_THEIR_REGISTRATIONS}",
    "dialogue_questions": f"registration_id IN {_THEIR_REGISTRATIONS}",
}
_TEXT_AFFINITY = ("CHAR", "CLOB", "TEXT")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_text_columns(db: Any) -> dict[str, list[str]]:
    """Every column that can hold text (TEXT affinity, or no type) of every table of the
    file's own data: not SQLite's, the migrations' bookkeeping, or the full-text index
    (a virtual table and its shadow tables, rebuilt from the records by triggers)."""
    tables = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    virtual = [name for name, sql in tables if str(sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    result: dict[str, list[str]] = {}
    for name, _sql in tables:
        if name.startswith(("sqlite_", "_sqlite")) or any(name == v or name.startswith(v + "_") for v in virtual):
            continue
        columns = [
            column for _cid, column, declared, *_rest in db.execute(f"PRAGMA table_info({_quoted(name)})")
            if not declared or any(word in str(declared).upper() for word in _TEXT_AFFINITY)
        ]
        if columns:
            result[name] = columns
    return result


def erasure_columns(db: Any) -> dict[str, list[str]]:
    """table -> the text columns erasure replaces mentions in: all of `schema_text_columns`
    but those declared in NOT_FREE_TEXT, ERASED_DIRECTLY and DERIVED."""
    result: dict[str, list[str]] = {}
    for table, columns in schema_text_columns(db).items():
        kept = {*NOT_FREE_TEXT.get(table, ()), *ERASED_DIRECTLY.get(table, ()), *DERIVED.get(table, ())}
        scrubbed = [column for column in columns if column not in kept]
        if scrubbed:
            result[table] = scrubbed
    return result


def _row_key(db: Any, table: str) -> list[str]:
    """How to find a row again: its rowid, or a WITHOUT ROWID table's primary key."""
    sql = str(db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0])
    if "WITHOUT ROWID" not in " ".join(sql.upper().split()):
        return ["rowid"]
    info = db.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    return [column for _cid, column, _t, _nn, _d, pk in sorted(info, key=lambda r: r[5]) if pk]


FTS5_SECURE_DELETE_VERSION = (3, 42, 0)


def fts5_secure_delete_available() -> bool:
    import sqlite3

    return sqlite3.sqlite_version_info >= FTS5_SECURE_DELETE_VERSION


def _checkpoint_done(conn: Any) -> bool:
    busy, log_frames, checkpointed = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(busy == 0 and log_frames == checkpointed)


def complete_pending_cleanup(conn: Any, *, busy_ms: int = 200) -> bool:
    """The clean-up an erasure owes (a row in `pending_cleanup`): merge the full-text index
    so no deleted term survives in an old segment, fold the WAL into the file and truncate
    it, then forget the row. True when nothing is owed any more; False when another
    connection (a reader) keeps the WAL alive: it is tried again at close and next open."""
    import sqlite3

    try:
        owed = conn.execute("SELECT count(*) FROM pending_cleanup").fetchone()[0]
    except sqlite3.OperationalError:  # a file from before migration 0004 (read-only)
        return True
    if not owed:
        return True
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    try:
        conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        if not _checkpoint_done(conn):
            return False
        conn.execute("DELETE FROM pending_cleanup")
        _checkpoint_done(conn)
        return True
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            return False
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(previous)}")


def pending_cleanup_count(conn: Any) -> int:
    import sqlite3

    try:
        return int(conn.execute("SELECT count(*) FROM pending_cleanup").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _name_parts(name: str) -> list[str]:
    return [part for part in name.split() if len(part) >= 2]


def names_person(text: str, person_name: str) -> bool:
    """Whether `text` holds every part (as a word, any case) of a name of two parts or more."""
    parts = _name_parts(person_name)
    if len(parts) < 2:
        return False
    return all(_mention_pattern([part]).search(text) for part in parts)  # type: ignore[union-attr]


def _mention_pattern(terms: list[str]) -> re.Pattern[str] | None:
    usable = sorted({t for t in terms if t and len(t.strip()) >= 2}, key=len, reverse=True)
    if not usable:
        return None
    alternatives = "|".join(re.escape(t) for t in usable)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _phone_forms(phone: str | None) -> list[str]:
    if not phone:
        return []
    forms = {phone, validation.format_phone(phone)}
    if phone.startswith("+47") and len(phone) == 11:
        local = phone[3:]
        forms |= {local, f"{local[:3]} {local[3:5]} {local[5:]}", f"{local[:2]} {local[2:4]} {local[4:6]} {local[6:]}"}
    return sorted(forms)


class PrivacyQueries:
    """The SQL behind erasure, innsyn and the no-contact review (used by services.privacy)."""

    def __init__(self, repo: PersonRepository) -> None:
        self.repo = repo

    @property
    def db(self) -> Any:
        return self.repo.db

    def erase_in_transaction(self, person_id: int, *, reason: str, at: str) -> None:
        """Blank the person everywhere; call inside `crm.write()`."""
        row = self.repo._row(person_id)
        if row["erased_at"]:
            raise ValidationError(
                "person", QT_TRANSLATE_NOOP("Errors", "person %1 has already been erased"), person_id
            )
        if fts5_secure_delete_available():
            # Deleted index entries are overwritten at once, not only at the next merge.
            self.db.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
        terms = [row["name"], row["email"] or "", *_phone_forms(row["phone"])]
        if row["email"]:  # a market-dialogue registration sent from their address
            self.db.execute("UPDATE dialogue_registrations SET email = NULL WHERE casefold(email) = ?",
                            [str(row["email"]).casefold()])
        pattern = _mention_pattern(terms)
        if pattern is not None:
            self._scrub_mentions(pattern)
            reason = pattern.sub(ERASED_NAME, reason)  # the log never names them either
        # In records about this person (their meetings and follow-ups) each part of
        # the name goes too; elsewhere only the full name, so another "Kari" is left alone.
        parts = [part for part in row["name"].split() if len(part) >= 2]
        part_pattern = _mention_pattern(parts)
        if part_pattern is not None:
            self._scrub_mentions(part_pattern, linked_to=person_id)
        tag_ids = [r[0] for r in self.db.execute("SELECT tag_id FROM person_tags WHERE person_id = ?", [person_id])]
        self.db.execute(
            "UPDATE people SET name = ?, email = NULL, phone = NULL, notes = '', private_notes = '', "
            "is_key = 0, keep_in_touch_days = NULL, erased_at = ?, updated_at = ? WHERE id = ?",
            [ERASED_NAME, at, at, person_id],
        )
        self.db.execute("UPDATE person_roles SET title = '' WHERE person_id = ?", [person_id])
        self.db.execute("DELETE FROM person_counties WHERE person_id = ?", [person_id])
        self.db.execute("DELETE FROM person_tags WHERE person_id = ?", [person_id])
        for tag_id in tag_ids:  # a tag only this person had may itself be personal
            self.db.execute(
                "DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM person_tags WHERE tag_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM organisation_tags WHERE tag_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM meeting_tags WHERE tag_id = ?) "
                "AND NOT EXISTS (SELECT 1 FROM initiative_tags WHERE tag_id = ?)",
                [tag_id] * 5,
            )
        self.db.execute("DELETE FROM assessments WHERE person_id = ?", [person_id])
        # The search index drops the row itself: erased people are not indexed.
        self.db.execute(
            "INSERT INTO erasure_log (person_id, erased_at, reason) VALUES (?, ?, ?)", [person_id, at, reason]
        )
        # In the same transaction: the clean-up after the commit is owed until it is done
        # (see complete_pending_cleanup), even if the program dies before it runs.
        self.db.execute("INSERT INTO pending_cleanup (kind, requested_at) VALUES ('erasure', ?)", [at])

    def mention_terms(self, person_id: int) -> list[str]:
        """What identifies the person in free text: the full name, e-mail and phone forms."""
        row = self.repo._row(person_id)
        return [t for t in [row["name"], row["email"] or "", *_phone_forms(row["phone"])] if t]

    def organisations_named_after(self, person_id: int) -> list[dict[str, Any]]:
        """Live organisations whose name holds every part of the person's name (two parts or
        more: "Zebulon Qwertyson ENK"): a sole proprietorship's name is personal data."""
        row = self.repo._row(person_id)
        parts = _name_parts(str(row["name"] or ""))
        if len(parts) < 2:
            return []
        rows = self.db.execute(
            "SELECT id, name, orgnr FROM organisations WHERE deleted_at IS NULL AND "
            + " AND ".join("instr(casefold(name), ?) > 0" for _ in parts)
            + " ORDER BY name, id",
            [part.casefold() for part in parts],
        ).fetchall()
        return [{"id": r[0], "name": r[1], "orgnr": r[2]} for r in rows if names_person(r[1], row["name"])]

    def erase_organisation_in_transaction(self, organisation_id: int, *, at: str) -> None:
        """An organisation that is the person (an ENK): name, number, website and notes go;
        the row stays (soft-deleted) so meetings keep their link."""
        found = self.db.execute("SELECT 1 FROM organisations WHERE id = ?", [organisation_id]).fetchone()
        if not found:
            raise ValidationError(
                "organisation", QT_TRANSLATE_NOOP("Errors", "organisation %1 does not exist"), organisation_id
            )
        self.db.execute(
            "UPDATE organisations SET name = ?, orgnr = NULL, website = NULL, notes = '', is_key = 0, "
            "keep_in_touch_days = NULL, updated_at = ?, deleted_at = coalesce(deleted_at, ?) WHERE id = ?",
            [ERASED_ORGANISATION_NAME, at, at, organisation_id],
        )
        self.db.execute("DELETE FROM organisation_tags WHERE organisation_id = ?", [organisation_id])

    def rename_organisation_in_transaction(self, organisation_id: int, new_name: str, *, person_name: str,
                                           at: str) -> None:
        name = validation.clean_name(new_name)
        if names_person(name, person_name):
            raise ValidationError(
                "organisation", QT_TRANSLATE_NOOP("Errors", "the new name still has the person’s name in it")
            )
        found = self.db.execute("SELECT 1 FROM organisations WHERE id = ?", [organisation_id]).fetchone()
        if not found:
            raise ValidationError(
                "organisation", QT_TRANSLATE_NOOP("Errors", "organisation %1 does not exist"), organisation_id
            )
        self.db.execute("UPDATE organisations SET name = ?, updated_at = ? WHERE id = ?",
                        [name, at, organisation_id])

    def _scrub_mentions(self, pattern: re.Pattern[str], *, linked_to: int | None = None) -> None:
        """Replace what `pattern` finds by ERASED_NAME in every column of `erasure_columns`
        (with `linked_to`: only in the rows about that person, `_LINKED_SCOPE`). One pass per
        table: the pattern itself, as an SQL function, picks the rows."""
        function = "btvcrm_mentions"

        def mentions(*values: Any) -> bool:
            return any(isinstance(value, str) and pattern.search(value) is not None for value in values)

        self.db.conn.create_function(function, -1, mentions, deterministic=True)
        try:
            for table, columns in erasure_columns(self.db).items():
                scope, scope_params = "", []
                if linked_to is not None:
                    if table not in _LINKED_SCOPE:
                        continue
                    scope = f" AND {_LINKED_SCOPE[table]}"
                    scope_params = [linked_to] * _LINKED_SCOPE[table].count("?")
                key = _row_key(self.db, table)
                names = ", ".join(_quoted(c) for c in columns)
                rows = self.db.execute(
                    f"SELECT {', '.join(_quoted(k) if k != 'rowid' else k for k in key)}, {names} "
                    f"FROM {_quoted(table)} WHERE {function}({names}){scope}",
                    scope_params,
                ).fetchall()
                for row in rows:
                    key_values, values = list(row[:len(key)]), row[len(key):]
                    changed = {
                        column: pattern.sub(ERASED_NAME, value)
                        for column, value in zip(columns, values, strict=True)
                        if isinstance(value, str) and pattern.search(value)
                    }
                    if changed:
                        assignments = ", ".join(f"{_quoted(c)} = ?" for c in changed)
                        where = " AND ".join(f"{_quoted(k) if k != 'rowid' else k} = ?" for k in key)
                        self.db.execute(f"UPDATE {_quoted(table)} SET {assignments} WHERE {where}",
                                        [*changed.values(), *key_values])
        finally:
            self.db.conn.create_function(function, -1, None)

    def erased_rows_in_search_index(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM search_index WHERE kind = 'person' AND ref_id IN "
                                   "(SELECT id FROM people WHERE erased_at IS NOT NULL)").fetchone()[0])

    def purge_leftovers(self) -> bool:
        """After an erasure has committed: merge the full-text index so no deleted
        term survives in an old segment, then fold the WAL into the file and truncate it.
        False when a reader kept the WAL from being truncated (finished at the next open)."""
        return complete_pending_cleanup(self.db.conn)

    def vacuum(self) -> None:
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def innsyn(self, person_id: int) -> dict[str, Any]:
        """Everything held about a person, except private notes (see docs/data-safety.md)."""
        repo = self.repo
        row = repo._row(person_id)
        record = {
            "id": row["id"],
            "name": row["name"],
            "email": row["email"],
            "phone": row["phone"],
            "notes": row["notes"],
            "has_private_notes": bool(row["private_notes"]),
            "legal_basis": row["legal_basis"],
            "objection": bool(row["objection"]),
            "is_key": bool(row["is_key"]),
            "keep_in_touch_days": row["keep_in_touch_days"],
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
            "deleted_at": row["deleted_at"],
            "erased_at": row["erased_at"],
        }
        roles = repo._rows(
            "SELECT r.title, r.start_date, r.end_date, o.id AS organisation_id, o.name AS organisation "
            "FROM person_roles r LEFT JOIN organisations o ON o.id = r.organisation_id "
            "WHERE r.person_id = ? ORDER BY coalesce(r.start_date, ''), r.id",
            [person_id],
        )
        counties = [
            r["name"]
            for r in repo._rows(
                "SELECT c.name FROM person_counties pc JOIN counties c ON c.id = pc.county_id "
                "WHERE pc.person_id = ? ORDER BY c.position, c.name",
                [person_id],
            )
        ]
        meetings = repo._rows(
            "SELECT m.id, m.title, m.starts_at, m.kind, m.place, mp.attendance FROM meeting_participants mp "
            "JOIN meetings m ON m.id = mp.meeting_id WHERE mp.person_id = ? AND m.deleted_at IS NULL "
            "ORDER BY m.starts_at, m.id",
            [person_id],
        )
        follow_ups = repo._rows(
            "SELECT id, text, notes, due_date, status, meeting_id, "
            "CASE WHEN responsible_person_id = ? THEN 1 ELSE 0 END AS responsible "
            "FROM follow_ups WHERE (person_id = ? OR responsible_person_id = ?) AND deleted_at IS NULL "
            "ORDER BY coalesce(due_date, ''), id",
            [person_id, person_id, person_id],
        )
        for item in follow_ups:
            item["responsible"] = bool(item["responsible"])
        assessments = repo._rows(
            "SELECT influence, interest, assessed_on, note FROM assessments WHERE person_id = ? "
            "ORDER BY assessed_on, id",
            [person_id],
        )
        erasures = repo._rows(
            "SELECT erased_at, reason FROM erasure_log WHERE person_id = ? ORDER BY id", [person_id]
        )
        return {
            "person": record,
            "roles": roles,
            "counties": counties,
            "tags": repo._tags("person_tags", "person_id", person_id),
            "meetings": meetings,
            "follow_ups": follow_ups,
            "assessments": assessments,
            **self._dialogue_innsyn(person_id, row),
            "erasure_log": erasures,
        }

    def _dialogue_innsyn(self, person_id: int, row: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
        """The market dialogues: the registrations they came with (and their own check-in),
        those registrations' one-to-one slots and questions, and any programme item,
        question or one-to-one note elsewhere that names them (full name, e-mail, phone)."""
        repo = self.repo
        theirs = "(SELECT registration_id FROM dialogue_attendees WHERE person_id = ?)"
        registrations = repo._rows(
            "SELECT d.id AS dialogue_id, d.title AS dialogue, o.id AS organisation_id, o.name AS organisation, "
            "r.registered_at, r.attending, r.wants_one_to_one, a.checked_in_at, r.email, r.comment "
            "FROM dialogue_attendees a JOIN dialogue_registrations r ON r.id = a.registration_id "
            "JOIN market_dialogues d ON d.id = r.dialogue_id JOIN organisations o ON o.id = r.organisation_id "
            "WHERE a.person_id = ? ORDER BY r.registered_at, r.id",
            [person_id],
        )
        for item in registrations:
            item["attending"], item["wants_one_to_one"] = bool(item["attending"]), bool(item["wants_one_to_one"])
        slots = repo._rows(
            "SELECT d.id AS dialogue_id, d.title AS dialogue, o.name AS organisation, s.starts_at, s.minutes, "
            "s.room, s.status FROM dialogue_slots s JOIN dialogue_registrations r ON r.id = s.registration_id "
            "JOIN market_dialogues d ON d.id = r.dialogue_id JOIN organisations o ON o.id = r.organisation_id "
            f"WHERE s.registration_id IN {theirs} ORDER BY s.starts_at, s.id",
            [person_id],
        )
        pattern = None if row["erased_at"] else _mention_pattern(self.mention_terms(person_id))

        def names_them(*texts: Any) -> bool:
            return pattern is not None and any(isinstance(t, str) and pattern.search(t) for t in texts)

        questions = [
            {key: value for key, value in item.items() if key != "theirs"}
            for item in repo._rows(
                "SELECT d.id AS dialogue_id, d.title AS dialogue, o.name AS organisation, q.part, q.asked_at, "
                "q.question, q.answer, q.answered_at, q.shared_at, "
                f"coalesce(q.registration_id IN {theirs}, 0) AS theirs "
                "FROM dialogue_questions q JOIN market_dialogues d ON d.id = q.dialogue_id "
                "LEFT JOIN dialogue_registrations r ON r.id = q.registration_id "
                "LEFT JOIN organisations o ON o.id = r.organisation_id ORDER BY q.asked_at, q.id",
                [person_id],
            )
            if item["theirs"] or names_them(item["question"], item["answer"])
        ]
        # Every column of the note (text, time, how it is exempt from public access), whatever they are.
        notes = [
            {key: value for key, value in item.items() if key not in ("id", "registration_id")}
            for item in repo._rows(
                "SELECT d.id AS dialogue_id, d.title AS dialogue, o.name AS organisation, n.* "
                "FROM dialogue_notes n JOIN dialogue_registrations r ON r.id = n.registration_id "
                "JOIN market_dialogues d ON d.id = r.dialogue_id JOIN organisations o ON o.id = r.organisation_id "
                "ORDER BY n.created_at, n.id"
            )
            if names_them(item["text"])
        ]
        programme = [
            item for item in repo._rows(
                "SELECT d.id AS dialogue_id, d.title AS dialogue, e.starts_at AS event_starts_at, p.at_time, "
                "p.title, p.presenter FROM dialogue_programme_items p JOIN dialogue_events e ON e.id = p.event_id "
                "JOIN market_dialogues d ON d.id = e.dialogue_id ORDER BY e.starts_at, p.position, p.id"
            )
            if names_them(item["title"], item["presenter"])
        ]
        return {
            "dialogue_registrations": registrations,
            "dialogue_slots": slots,
            "dialogue_questions": questions,
            "dialogue_notes": notes,
            "dialogue_programme_items": programme,
        }

    def without_contact_since(self, day: str) -> list[dict[str, Any]]:
        """People (not erased or deleted) whose last meeting, or creation when they have
        none, is before `day` (ISO date); oldest contact first."""
        return self.repo._rows(
            "SELECT * FROM (SELECT p.id, p.name, p.email, p.legal_basis, p.objection, p.created_at, "
            "(SELECT max(m.starts_at) FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id "
            " WHERE mp.person_id = p.id AND m.deleted_at IS NULL) AS last_meeting "
            "FROM people p WHERE p.erased_at IS NULL AND p.deleted_at IS NULL) "
            "WHERE substr(coalesce(last_meeting, created_at), 1, 10) < ? "
            "ORDER BY coalesce(last_meeting, created_at), id",
            [day],
        )
