"""Stable identities (UIDs) of people, organisations and follow-ups, and the
calendar version of imported meetings (migration 0005).

A UID is what vCard and iCalendar clients use to tell "the same record, changed"
from "a new record": it is written on every export and matched on every import.
New records get a random UUID; a record created from an imported card or task
keeps that file's UID. The tables are side tables (see migrations.py for why).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # The open file's Database, or the sqlite-utils one a migration gets.
    from btvcrm.storage.connection import AnyDatabase as Database

# kind -> (table, key column)
_TABLES = {
    "person": ("person_uids", "person_id"),
    "organisation": ("organisation_uids", "organisation_id"),
    "follow_up": ("follow_up_uids", "follow_up_id"),
}
MAX_UID_LENGTH = 500


def new_uid(kind: str) -> str:
    """vCard 4.0 wants a URI (urn:uuid:…); iCalendar UIDs (meetings, follow-ups) are text (…@btvcrm)."""
    import uuid  # here, not at the top: it loads `platform`, ~3 ms of every start

    return f"{uuid.uuid4()}@btvcrm" if kind in ("follow_up", "meeting") else f"urn:uuid:{uuid.uuid4()}"


def clean_uid(value: str | None) -> str:
    """A usable imported UID, or "" (blank, too long or with control characters)."""
    text = (value or "").strip()
    if not text or len(text) > MAX_UID_LENGTH or any(ord(c) < 32 or ord(c) == 127 for c in text):
        return ""
    return text


def uid_of(db: Database, kind: str, item_id: int) -> str:
    table, key = _TABLES[kind]
    row = db.execute(f"SELECT uid FROM {table} WHERE {key} = ?", [item_id]).fetchone()
    return str(row[0]) if row else ""


def uids_of(db: Database, kind: str, ids: list[int]) -> dict[int, str]:
    """Many at once (exports): id -> uid."""
    table, key = _TABLES[kind]
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for item_id, uid in db.execute(f"SELECT {key}, uid FROM {table} WHERE {key} IN ({marks})", chunk):
            found[int(item_id)] = str(uid)
    return found


def notes_and_uids(db: Database, kind: str, ids: list[int]) -> dict[int, dict[str, str]]:
    """For list exports: id -> {"notes": the (not private) notes, "uid": the UID}."""
    table, key = _TABLES[kind]
    parent = {"person": "people", "organisation": "organisations", "follow_up": "follow_ups"}[kind]
    found: dict[int, dict[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for item_id, notes, uid in db.execute(
            f"SELECT x.id, x.notes, u.uid FROM {parent} x LEFT JOIN {table} u ON u.{key} = x.id "
            f"WHERE x.id IN ({marks})", chunk,
        ):
            found[int(item_id)] = {"notes": notes or "", "uid": uid or ""}
    return found


def find_by_uid(db: Database, kind: str, uid: str) -> int | None:
    table, key = _TABLES[kind]
    row = db.execute(f"SELECT {key} FROM {table} WHERE uid = ?", [uid.strip()]).fetchone()
    return int(row[0]) if row else None


def ensure_uid(db: Database, kind: str, item_id: int, wanted: str = "") -> str:
    """The record's UID; a record without one gets `wanted` (if free) or a new UUID.

    An existing UID is never replaced: it is what other programs know the record by.
    """
    current = uid_of(db, kind, item_id)
    if current:
        return current
    table, key = _TABLES[kind]
    uid = clean_uid(wanted)
    if not uid or find_by_uid(db, kind, uid) is not None:
        uid = new_uid(kind)
    db.execute(f"INSERT INTO {table} ({key}, uid) VALUES (?, ?)", [item_id, uid])
    return uid


# ----------------------------------------------------------------------------- meetings


@dataclass(frozen=True)
class CalendarVersion:
    """Which version of a calendar event an imported meeting was last taken from."""

    sequence: int = 0
    stamp: str = ""  # UTC "20160614T080000Z" (LAST-MODIFIED, else DTSTAMP); "" = unknown
    notes_digest: str = ""  # digest of the meeting's notes as imported
    saved_at: str = ""  # the meeting's updated_at right after the import (edited here since?)


def calendar_version(db: Database, meeting_id: int) -> CalendarVersion | None:
    row = db.execute(
        "SELECT sequence, stamp, notes_digest, saved_at FROM meeting_calendar_versions WHERE meeting_id = ?",
        [meeting_id],
    ).fetchone()
    return CalendarVersion(int(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None


def set_calendar_version(db: Database, meeting_id: int, version: CalendarVersion) -> None:
    """Record the version just imported; ``saved_at`` is taken from the meeting as saved."""
    db.execute(
        "INSERT INTO meeting_calendar_versions (meeting_id, sequence, stamp, notes_digest, saved_at) "
        "VALUES (?, ?, ?, ?, (SELECT updated_at FROM meetings WHERE id = ?)) "
        "ON CONFLICT(meeting_id) DO UPDATE SET sequence = excluded.sequence, stamp = excluded.stamp, "
        "notes_digest = excluded.notes_digest, saved_at = excluded.saved_at",
        [meeting_id, version.sequence, version.stamp, version.notes_digest, meeting_id],
    )


def missing_uids(db: Any) -> dict[str, int]:
    """Live records without a UID, per kind (for `btvcrm check`; should all be 0)."""
    counts: dict[str, int] = {}
    for kind, parent in (("person", "people"), ("organisation", "organisations"), ("follow_up", "follow_ups")):
        table, key = _TABLES[kind]
        erased = " AND erased_at IS NULL" if parent == "people" else ""
        row: Any = db.execute(
            f"SELECT count(*) FROM {parent} WHERE deleted_at IS NULL{erased} "
            f"AND id NOT IN (SELECT {key} FROM {table})"
        ).fetchone()
        counts[kind] = int(row[0])
    return counts
