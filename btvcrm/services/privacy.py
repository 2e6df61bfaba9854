"""Privacy (GDPR): innsyn exports, erasure and the no-contact review list.

Qt-free; `btvcrm privacy ...` and the person's page call the same functions.

- `export_person` writes everything held about a person as JSON (or a PDF when
  the file name ends in .pdf). Private notes never leave the app: the export
  says only whether there are any (see docs/data-safety.md).
- `erase_person` blanks the person everywhere in one transaction, logs the
  erasure without personal data, then merges the full-text index and folds the
  WAL into the file so the old text is gone from the bytes on disk too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.storage import errors
from btvcrm.storage.crm import Crm
from btvcrm.storage.people import ERASED_NAME, fts5_secure_delete_available
from btvcrm.storage.report_queries import ReportQueries

__all__ = [
    "ERASED_NAME",
    "ReviewItem",
    "erase_person",
    "export_person",
    "innsyn",
    "people_without_contact",
]

EXPORT_FORMAT = "btvcrm-innsyn"
EXPORT_VERSION = 1

ReviewItem = dict[str, Any]


def innsyn(crm: Crm, person_id: int) -> dict[str, Any]:
    """Everything about one person, as plain data (private notes left out)."""
    data = crm.people.privacy().innsyn(person_id)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": clock.now_iso(),
        "private_notes_policy": (
            "Private notater forlater aldri programmet; feltet has_private_notes sier bare om det finnes noen."
        ),
        **data,
        # Private notes elsewhere (meetings, other people) that name the person: counted, never given out.
        "private_notes_mentioning": ReportQueries(crm).private_notes_mentioning(person_id),
    }


def _write_atomically(target: Path, data: bytes) -> None:
    temporary = target.with_name(target.name + ".part")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise errors.StorageError(f"Kunne ikke skrive {target}: {error.strerror or error}.") from error


def export_person(crm: Crm, person_id: int, output: Path | str) -> Path:
    """Write the innsyn export; `.pdf` gives a PDF, anything else JSON. Returns the path."""
    target = Path(output)
    if target.is_dir():
        raise UserError(f"{target} er en mappe; oppgi et filnavn.")
    if not target.parent.exists():
        raise UserError(f"Mappen {target.parent} finnes ikke.")
    data = innsyn(crm, person_id)
    if target.suffix.lower() == ".pdf":
        from btvcrm.reports.privacy_report import render_innsyn_pdf

        _write_atomically(target, render_innsyn_pdf(data))
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        _write_atomically(target, text.encode("utf-8"))
    return target


def erase_person(crm: Crm, person_id: int, *, reason: str = "", vacuum: bool = False) -> None:
    """Erase a person's name and contact details everywhere (meetings keep "slettet person").

    The reason is stored in the erasure log and must not contain personal data;
    the caller chooses a category such as "forespørsel" or "ingen kontakt".
    """
    queries = crm.people.privacy()
    with crm.write():
        queries.erase_in_transaction(person_id, reason=reason.strip()[:200], at=clock.now_iso())
    # Outside the transaction: merge away deleted full-text terms and truncate the WAL.
    with errors_as_storage(crm):
        queries.purge_leftovers()
        if vacuum:
            queries.vacuum()


@contextlib.contextmanager
def errors_as_storage(crm: Crm) -> Any:
    from btvcrm.storage.database import user_errors

    with user_errors(crm.path):
        yield


def people_without_contact(crm: Crm, months: int = 24, *, today: dt.date | None = None) -> list[ReviewItem]:
    """People with no meeting for `months` months (or, with no meetings, created before then):
    the review list to keep or erase."""
    if months < 1:
        raise UserError("Antall måneder må være minst 1.")
    day = today or clock.today()
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    # The same day of the month, or the month's last day when it is shorter.
    import calendar

    cutoff = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    return crm.people.without_contact_since(cutoff)


def fts_secure_delete_supported() -> bool:
    """Whether this SQLite overwrites deleted full-text entries at once (≥ 3.42)."""
    return fts5_secure_delete_available()
