"""`btvcrm check`: integrity, foreign keys and the full-text index."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from btvcrm.domain.formatting import plural
from btvcrm.storage import search_schema
from btvcrm.storage.crm import Crm
from btvcrm.storage.errors import LockedError

IN_USE = ("Filen er i bruk av et annet program (det skriver til den akkurat nå), så den kan ikke sjekkes "
          "nå. Prøv igjen når programmet er ferdig; ingenting er endret.")
BUSY_WAIT_MS = 1000  # how long check waits for another program's write before it says so


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = [f"✓ {item}" for item in self.checked]
        lines += [f"✗ {problem}" for problem in self.problems]
        count = len(self.problems)
        lines.append("Alt i orden." if self.ok else f"{count} {plural(count, 'problem', 'problemer')} funnet.")
        return "\n".join(lines)


def check(crm: Crm) -> CheckReport:
    """Integrity, foreign keys and the full-text index.

    A file opened read-only (the app has it open, or the medium is read-only) is
    checked in a copy in memory made with the backup API: SQLite skips CHECK
    constraints in `integrity_check` on a read-only connection, and FTS5's own
    check is spelled as an INSERT. The file itself is never written.
    """
    report = CheckReport()
    if not crm.readonly:
        conn = crm.db.conn
        previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
        conn.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
        try:
            # One write transaction (never committed) for the whole check: another program
            # in the middle of a write is told apart from damage before anything is read.
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise LockedError(IN_USE) from error
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(previous)}")
        try:
            _check_connection(conn, report)
            _pending_cleanup(conn, report)
        finally:
            conn.execute("ROLLBACK")
        _check_attachments(crm, report)
        return report
    scratch = sqlite3.connect(":memory:")
    try:
        try:
            crm.db.conn.backup(scratch)
        except _DAMAGE as error:
            if isinstance(error, sqlite3.OperationalError) and _is_busy(error):
                raise LockedError(IN_USE) from error
            report.problems.append(f"Databasefilen er skadet og kan ikke leses helt: {error}")
            return report
        _check_connection(scratch, report)
        _pending_cleanup(scratch, report)
    finally:
        scratch.close()
    _check_attachments(crm, report)
    return report


def _is_busy(error: BaseException) -> bool:
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    return "locked" in text or "busy" in text or code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _damage(report: CheckReport, text: str, error: BaseException) -> None:
    """Record a problem, unless the error only says another program holds the file."""
    if _is_busy(error):
        raise LockedError(IN_USE) from error
    report.problems.append(f"{text}: {error}")


def _pending_cleanup(conn: sqlite3.Connection, report: CheckReport) -> None:
    from btvcrm.storage.people import pending_cleanup_count

    try:
        pending = pending_cleanup_count(conn)
    except _DAMAGE as error:  # damage on the clean-up journal's pages: reported, never a crash
        _damage(report, "Oppryddingsjournalen kan ikke leses", error)
        return
    if pending:
        report.checked.append("En sletting venter på opprydding (søkeindeks og journal); den fullføres "
                              "neste gang filen åpnes for skriving")


def _check_attachments(crm: Crm, report: CheckReport) -> None:
    """Stored e-mail attachments (migration 0008) have their file in the attachments folder."""
    try:
        missing = crm.attachments.missing_files()
    except _DAMAGE:
        return  # the integrity check above has said so
    if missing:
        shown = ", ".join(missing[:5]) + (f" og {len(missing) - 5} til" if len(missing) > 5 else "")
        report.problems.append(f"Vedlegg mangler i {crm.attachments.folder()}: {shown}")
    elif crm.db.execute("SELECT 1 FROM meeting_attachments WHERE stored_path IS NOT NULL LIMIT 1").fetchone():
        report.checked.append("Lagrede vedlegg finnes i vedleggsmappen")


def _check_connection(conn: sqlite3.Connection, report: CheckReport) -> None:
    # Damage can turn text into invalid UTF-8 (in the report lines too): show it, never crash.
    saved_factory = conn.text_factory
    conn.text_factory = _lenient_text
    try:
        _run_checks(conn, report)
    finally:
        conn.text_factory = saved_factory


# A damaged schema can make SQLite's own error message invalid UTF-8: Python then
# raises UnicodeDecodeError instead of sqlite3.DatabaseError.
_DAMAGE = (sqlite3.DatabaseError, UnicodeDecodeError)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _run_checks(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        results = [row[0] for row in conn.execute("PRAGMA integrity_check(20)").fetchall()]
    except _DAMAGE as error:
        _damage(report, "Databasefilen er skadet", error)
        return
    if results == ["ok"]:
        report.checked.append("Databasefilen er hel (integrity_check)")
    else:
        report.problems.extend(f"Skade i databasefilen: {line}" for line in results)
    try:
        violations = conn.execute("PRAGMA foreign_key_check").fetchall()
    except _DAMAGE as error:
        _damage(report, "Kunne ikke sjekke koblinger", error)
        violations = []
    if not violations:
        report.checked.append("Alle koblinger mellom poster er gyldige (foreign_key_check)")
    for table, rowid, parent, _ in violations[:20]:
        report.problems.append(f"{table} rad {rowid} viser til en {parent}-post som mangler")
    _check_lengths(conn, report)
    try:
        conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        mismatched = [
            (kind, source, indexed)
            for kind, source, indexed in conn.execute(search_schema.expected_counts_sql()).fetchall()
            if source != indexed
        ]
        if mismatched:
            for kind, source, indexed in mismatched:
                report.problems.append(f"Søkeindeksen har {indexed} {kind}-oppføringer, men det finnes {source}")
        else:
            report.checked.append("Søkeindeksen stemmer med dataene")
    except _DAMAGE as error:
        _damage(report, "Søkeindeksen er skadet", error)
    _check_identities(conn, report)


def _check_identities(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Every live person, organisation and follow-up has its UID (migration 0005)."""
    from btvcrm.storage.identities import missing_uids

    try:
        missing = {kind: n for kind, n in missing_uids(conn).items() if n}
    except _DAMAGE as error:
        report.problems.append(f"Kunne ikke sjekke UID-ene: {error}")
        return
    if missing:
        words = {"person": "personer", "organisation": "organisasjoner", "follow_up": "oppfølgingspunkter"}
        report.problems.append(
            "Mangler UID (brukes ved eksport til kalender og adressebok): "
            + ", ".join(f"{n} {words[kind]}" for kind, n in missing.items())
        )
    else:
        report.checked.append("Alle personer, organisasjoner og oppfølgingspunkter har en fast UID")


def _check_lengths(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Texts longer than the program accepts (validation.LENGTH_LIMITS): from older files or hand edits."""
    from btvcrm.domain.validation import LENGTH_LIMITS

    found = []
    try:
        for (table, column), limit in LENGTH_LIMITS.items():
            row = conn.execute(
                f"SELECT count(*), min(rowid), max(length({column})) FROM {table} WHERE length({column}) > ?",
                [limit],
            ).fetchone()
            if row and row[0]:
                found.append(f"{table}.{column}: {row[0]} rad(er) over {limit} tegn "
                             f"(den lengste har {row[2]}, f.eks. rad {row[1]})")
    except _DAMAGE as error:
        report.problems.append(f"Kunne ikke sjekke lengden på tekstene: {error}")
        return
    if found:
        report.problems.extend(f"For lang tekst i {line}" for line in found)
    else:
        report.checked.append("Ingen tekster er lengre enn programmet tillater")


def rebuild_search_index(crm: Crm) -> None:
    with crm.write() as db:
        for statement in search_schema.rebuild_statements():
            db.execute(statement)
