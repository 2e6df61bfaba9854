"""Complete, lossless JSON export and import of a data file.

The export is every user table, row by row, ordered by key: exporting,
importing into an empty file and exporting again gives the same JSON (the
top-level `exported_at` aside). The import is all-or-nothing and names the
record and field of anything it rejects.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from btvcrm import __version__
from btvcrm.domain import clock, validation
from btvcrm.domain.enums import LegalBasis
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.exchange.results import Progress, Ticker
from btvcrm.storage.crm import Crm
from btvcrm.storage.dialogues import upgrade_exported_note
from btvcrm.storage.migrations import fill_missing_uids, known_migration_names

FORMAT_NAME = "btvcrm"
FORMAT_VERSION = 1

# Tables in an order that satisfies foreign keys (checked again at the end).
TABLES = [
    "counties",
    "tags",
    "organisations",
    "organisation_counties",
    "organisation_tags",
    "organisation_uids",
    "people",
    "person_roles",
    "person_counties",
    "person_tags",
    "person_uids",
    "initiatives",
    "initiative_counties",
    "initiative_dates",
    "initiative_tags",
    "meetings",
    "meeting_participants",
    "agenda_items",
    "decisions",
    "meeting_counties",
    "meeting_organisations",
    "meeting_initiatives",
    "meeting_tags",
    "meeting_calendar_versions",
    "follow_ups",
    "follow_up_uids",
    "anchoring_changes",
    "lessons",
    "lesson_initiatives",
    "lesson_counties",
    "assessments",
    # market dialogue (migration 0010)
    "market_dialogues",
    "dialogue_events",
    "dialogue_programme_items",
    "dialogue_registrations",
    "dialogue_attendees",
    "dialogue_schedules",
    "dialogue_slots",
    "dialogue_notes",
    "dialogue_questions",
    "dialogue_sendings",
    "dialogue_sending_recipients",
    "dialogue_log",
    # inbound (migration 0008)
    "meeting_attachments",
    "erasure_log",
    "file_settings",
]

# Field rules beyond what the schema's CHECK constraints enforce.
_FIELD_RULES = {
    ("organisations", "orgnr"): validation.clean_orgnr,
    ("organisations", "website"): validation.clean_website,
    ("people", "email"): validation.clean_email,
    ("people", "phone"): validation.clean_phone,
    ("initiatives", "doffin_id"): validation.clean_doffin_id,
    ("follow_ups", "rrule"): validation.clean_rrule,
    ("market_dialogues", "doffin_id"): validation.clean_doffin_id,
    ("dialogue_registrations", "email"): validation.clean_email,
    ("dialogue_events", "video_link"): validation.clean_website,
}


def _check_date(value: object) -> object:
    if not isinstance(value, str):
        raise ValidationError("date", f"«{value}» er ikke en dato (ÅÅÅÅ-MM-DD)")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError("date", f"«{value}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)")
    return value


def _check_moment(value: object) -> object:
    if not isinstance(value, str):
        raise ValidationError("time", f"«{value}» er ikke et tidspunkt (ISO 8601)")
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError("time", f"«{value}» er ikke et gyldig tidspunkt (ISO 8601)")
    return value


def _check_legal_basis(value: object) -> object:
    return LegalBasis.parse(str(value), "legal_basis").value


def _rule_for(table: str, column: str) -> Callable[[Any], object] | None:
    """The check for one column: format rules, then dates and times by their names."""
    if (table, column) in validation.LENGTH_LIMITS:  # the same limits as the repositories
        return lambda value: validation.check_length(table, column, value)
    if (table, column) in _FIELD_RULES:
        return _FIELD_RULES[(table, column)]
    if column == "legal_basis":
        return _check_legal_basis
    if column.endswith("_at") or column == "starts_at":
        return _check_moment
    if column.endswith(("_on", "_date")) or column == "date":
        return _check_date
    return None


def _columns(crm: Crm, table: str) -> list[str]:
    return [row[1] for row in crm.db.execute(f"PRAGMA table_info({table})").fetchall()]


def _key_columns(crm: Crm, table: str) -> list[str]:
    info = crm.db.execute(f"PRAGMA table_info({table})").fetchall()
    keys = sorted((row[5], row[1]) for row in info if row[5])
    return [name for _, name in keys] or ["rowid"]


def export_data(crm: Crm) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    conn = crm.db.conn
    # One read transaction: every table from the same moment, even while the app writes.
    own_transaction = not conn.in_transaction
    if own_transaction:
        conn.execute("BEGIN")
    try:
        for table in TABLES:
            columns = _columns(crm, table)
            order = ", ".join(_key_columns(crm, table))
            cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
            tables[table] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    finally:
        if own_transaction:
            conn.execute("COMMIT")
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": clock.now_iso(),
        "migrations": [m for m in known_migration_names()],
        "tables": tables,
    }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def export_file(crm: Crm, path: Path, *, force: bool = False) -> int:
    """Write the export (through storage.safe_output); returns the number of records."""
    from btvcrm.storage.safe_output import write_output

    data = export_data(crm)
    write_output(path, dumps(data), force=force)
    return sum(len(rows) for rows in data["tables"].values())


def _describe(table: str, index: int, row: dict[str, Any]) -> str:
    label = row.get("name") or row.get("title") or row.get("text") or ""
    label = str(label)[:40]
    ident = row.get("id", index + 1)
    return f"{table} nr. {ident}" + (f" («{label}»)" if label else "")


def _check_structure(data: Any) -> dict[str, list[dict[str, Any]]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise UserError("Filen er ikke en btvcrm-eksport (mangler «format»: «btvcrm»).")
    if data.get("format_version") != FORMAT_VERSION:
        raise UserError(f"Ukjent eksportversjon {data.get('format_version')!r}; oppdater btvcrm.")
    unknown = set(data.get("migrations") or []) - set(known_migration_names())
    if unknown:
        raise UserError("Eksporten er laget av en nyere versjon av btvcrm; oppdater programmet.")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise UserError("Eksporten mangler «tables».")
    extra = set(tables) - set(TABLES)
    if extra:
        raise UserError(f"Ukjent tabell i eksporten: {', '.join(sorted(extra))}.")
    for table, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise UserError(f"Tabellen «{table}» i eksporten må være en liste av poster.")
    return tables


def import_data(crm: Crm, data: Any, *, progress: Progress | None = None) -> int:
    """Load an export into an empty file, all or nothing; returns the record count.
    ``progress(done, total)`` is called every few hundred records."""
    tables = _check_structure(data)
    ticker = Ticker(progress, sum(len(rows) for rows in tables.values()), step=500)
    if not crm.is_empty():
        raise UserError(
            "JSON-import av en full eksport krever en tom datafil. Lag en ny fil med --db NY.sqlite."
        )
    count = 0
    with crm.write() as db:
        db.execute("PRAGMA defer_foreign_keys = ON")
        db.execute("DELETE FROM counties")
        for table in TABLES:
            columns = set(_columns(crm, table))
            for index, row in enumerate(tables.get(table, [])):
                if table == "dialogue_notes":  # an export from before migration 0012
                    row = upgrade_exported_note(row)
                record = _describe(table, index, row)
                for field in row:
                    if field not in columns:
                        raise ValidationError(field, "ukjent felt", record=record)
                for field, value in row.items():
                    rule = _rule_for(table, field)
                    if rule is None or value is None:
                        continue
                    try:
                        cleaned = rule(value)
                    except ValidationError as error:
                        raise ValidationError(field, error.message, record=record)
                    if cleaned != value:
                        raise ValidationError(field, f"«{value}» er ikke på lagret form", record=record)
                names = list(row)
                sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
                try:
                    db.execute(sql, [row[n] for n in names])
                except sqlite3.IntegrityError as error:
                    raise UserError(f"{record}: {_integrity_message(error)}")
                except (sqlite3.InterfaceError, OverflowError):
                    raise UserError(f"{record}: ugyldig verdi (et tall som er for stort, eller en verdi av feil type)")
                count += 1
                ticker.tick()
        # An export made before migration 0005 has no UIDs: give the records new ones.
        fill_missing_uids(db)
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise UserError(f"{table} (rad {rowid}) viser til en {parent}-post som ikke finnes i eksporten.")
    return count


def _integrity_message(error: sqlite3.IntegrityError) -> str:
    text = str(error)
    if "UNIQUE" in text:
        return f"finnes allerede ({text.split(':')[-1].strip()})"
    if "NOT NULL" in text:
        return f"mangler påkrevd felt «{text.split('.')[-1]}»"
    if "CHECK" in text:
        return "har en ugyldig verdi (utenfor tillatte verdier)"
    return text


def import_file(crm: Crm, path: Path, *, progress: Progress | None = None) -> int:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise UserError(f"Kan ikke lese {path}: {error.strerror}")
    except UnicodeDecodeError:
        raise UserError(f"{path} er ikke UTF-8-tekst.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(f"{path} er ikke gyldig JSON (linje {error.lineno}, kolonne {error.colno}).")
    count = import_data(crm, data, progress=progress)
    if progress is not None:
        progress(count, count)
    return count
