"""Storage errors split the way qutebrowser does: those a user can cause
(a locked, damaged, full or foreign file) carry a clear sentence; anything
else from sqlite3 is a bug and propagates as it is."""

from __future__ import annotations

import sqlite3

from btvcrm.domain.errors import UserError


class StorageError(UserError):
    """A problem with the data file that the user can act on."""


class NotADatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class NewerVersionError(StorageError):
    pass


class LockedError(StorageError):
    pass


class DiskFullError(StorageError):
    pass


class ReadOnlyError(StorageError):
    pass


class MissingFileError(StorageError):
    """The data file does not exist (and the caller did not ask to create it)."""


def translate(error: sqlite3.Error, path: object = None) -> StorageError | None:
    """Map an sqlite3 error a user can cause to a StorageError, else None (a bug)."""
    where = f" ({path})" if path else ""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if "file is not a database" in text or code == sqlite3.SQLITE_NOTADB:
        return NotADatabaseError(f"Filen er ikke en btvcrm-database{where}.")
    if "malformed" in text or "corrupt" in text or code == sqlite3.SQLITE_CORRUPT:
        return CorruptDatabaseError(
            f"Datafilen er skadet{where}. Gjenopprett fra siste sikkerhetskopi (btvcrm backups)."
        )
    if "locked" in text or "busy" in text or code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return LockedError(f"Datafilen er i bruk av et annet program{where}. Prøv igjen om litt.")
    if "disk is full" in text or "database or disk is full" in text or code == sqlite3.SQLITE_FULL:
        return DiskFullError(
            "Disken er full: endringen ble ikke lagret. Tidligere data er uendret. Frigjør plass og prøv igjen."
        )
    if "readonly" in text or "read-only" in text or code == sqlite3.SQLITE_READONLY:
        return ReadOnlyError(f"Datafilen kan bare leses{where}: endringen ble ikke lagret.")
    if "unable to open" in text or code == sqlite3.SQLITE_CANTOPEN:
        return StorageError(f"Kan ikke åpne datafilen{where}. Finnes mappen, og har du tilgang?")
    if "disk i/o error" in text or code == sqlite3.SQLITE_IOERR:
        return StorageError(f"Lese- eller skrivefeil på disken{where}. Endringen ble ikke lagret.")
    return None
