"""Privacy (GDPR): innsyn exports, erasure and the no-contact review list.

Qt-free; `btvcrm privacy ...` and the person's page call the same functions.

- `export_person` writes everything held about a person as JSON (or a PDF when
  the file name ends in .pdf). Private notes never leave the app: the export
  says only whether there are any (see docs/data-safety.md).
- `erase_person` blanks the person everywhere in one transaction, logs the
  erasure without personal data and records the clean-up it owes (migration
  0004) in the same transaction; then it merges the full-text index and folds
  the WAL into the file so the old text is gone from the bytes on disk too. When
  another program is reading the file, that clean-up cannot finish yet: the
  result says so, and it is completed when the file is closed or next opened
  (also after a crash between the commit and the clean-up).
- Unsaved drafts (quick log, meeting editor) that mention the person are deleted.
- Organisations named after the person (an ENK) are listed by
  `organisations_named_after`; the caller decides per organisation: erase,
  rename or keep.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from btvcrm.domain import clock, dates
from btvcrm.domain.errors import UserError
from btvcrm.storage.crm import Crm
from btvcrm.storage.people import (
    ERASED_NAME,
    complete_pending_cleanup,
    fts5_secure_delete_available,
)
from btvcrm.storage.report_queries import ReportQueries
from btvcrm.storage.safe_output import check_target, write_output

__all__ = [
    "ERASED_NAME",
    "ErasurePreview",
    "ErasureResult",
    "ReviewItem",
    "erase_person",
    "erasure_preview",
    "export_person",
    "innsyn",
    "organisations_named_after",
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


def export_person(crm: Crm, person_id: int, output: Path | str, *, force: bool = False) -> Path:
    """Write the innsyn export; `.pdf` gives a PDF, anything else JSON. Returns the path.

    Written through `storage.safe_output` (never onto a data file; private, atomic)."""
    target = Path(output)
    check_target(target, force=force)  # before the work: a refusal costs nothing
    data = innsyn(crm, person_id)
    if target.suffix.lower() == ".pdf":
        from btvcrm.reports.privacy_report import render_innsyn_pdf

        write_output(target, render_innsyn_pdf(data), force=force)
    else:
        write_output(target, json.dumps(data, ensure_ascii=False, indent=2), force=force)
    return target


def organisations_named_after(crm: Crm, person_id: int) -> list[dict[str, Any]]:
    """Organisations whose name is the person's (a sole proprietorship, "Kari Hansen ENK"):
    `{"id", "name", "orgnr"}`, to be erased or renamed with the person (see `erase_person`)."""
    return crm.people.privacy().organisations_named_after(person_id)


@dataclass
class ErasureResult:
    person_id: int
    cleanup_done: bool  # False: a reader holds the file; finished at close or the next open
    drafts_removed: list[Path] = field(default_factory=list)
    organisations_erased: list[int] = field(default_factory=list)
    organisations_renamed: list[int] = field(default_factory=list)
    organisations_kept: list[int] = field(default_factory=list)
    backups_holding: int = 0  # this file's backups taken before the erasure
    backups_gone_by: dt.date | None = None  # thinning has removed them all by this day
    attachments_kept: list[Path] = field(default_factory=list)  # saved files of their meetings, unread

    @property
    def message(self) -> str:
        """What the user is told, in Norwegian (one short paragraph)."""
        parts = [f"Person {self.person_id} er slettet. Møtene viser nå «{ERASED_NAME}»."]
        if self.organisations_erased:
            parts.append(f"{len(self.organisations_erased)} organisasjon(er) med personens navn er slettet.")
        if self.organisations_renamed:
            parts.append(f"{len(self.organisations_renamed)} organisasjon(er) med personens navn har fått nytt navn.")
        if self.organisations_kept:
            parts.append(f"{len(self.organisations_kept)} organisasjon(er) med personens navn er beholdt som de var.")
        if self.drafts_removed:
            parts.append(f"{len(self.drafts_removed)} ulagret utkast som nevnte personen, er slettet.")
        if self.attachments_kept:
            folder = self.attachments_kept[0].parent.parent
            parts.append(f"{len(self.attachments_kept)} lagret(e) vedlegg fra møter personen var med på, ligger "
                         f"fortsatt i {folder}: innholdet i filene kan ikke vaskes, så se gjennom dem og slett "
                         "dem som nevner personen.")
        if not self.cleanup_done:
            parts.append("Et annet program leser datafilen nå, så de siste sporene (i søkeindeksen og journalen) "
                         "fjernes når filen er ledig, senest neste gang den åpnes.")
        if self.backups_holding and self.backups_gone_by is not None:
            parts.append(
                f"{self.backups_holding} eldre sikkerhetskopi(er) har fortsatt personen; tynningen har fjernet "
                f"dem innen {dates.format_date_short(self.backups_gone_by)} (etter 279 dager), så lenge "
                "programmet tar nye sikkerhetskopier. Kopier tatt med «backup -o» eller flyttet andre steder, "
                "må du slette selv.")
        return " ".join(parts)


def _remove_drafts_mentioning(terms: list[str]) -> list[Path]:
    from btvcrm.drafts import DraftStore

    try:
        return DraftStore().remove_mentioning(terms)
    except OSError as error:
        raise UserError(f"Personen er slettet, men utkastene kunne ikke ryddes ({error.strerror or error}). "
                        "Slett mappen «drafts» i datamappen selv.") from error


def erase_person(crm: Crm, person_id: int, *, reason: str = "", vacuum: bool = False,
                 organisations: dict[int, str | None] | None = None) -> ErasureResult:
    """Erase a person's name and contact details everywhere (meetings keep "slettet person").

    The reason is stored in the erasure log and must not contain personal data;
    the caller chooses a category such as "forespørsel" or "ingen kontakt".
    `organisations`: for organisations named after the person (`organisations_named_after`),
    None erases one, a new name renames it, "" keeps it as it is.
    """
    queries = crm.people.privacy()
    person = crm.people.get(person_id)
    terms = queries.mention_terms(person_id)
    at = clock.now_iso()
    result = ErasureResult(person_id=person_id, cleanup_done=False)
    if crm.path is not None:
        result.attachments_kept = crm.attachments.files_of_meetings_with(person_id)
    with crm.write():
        queries.erase_in_transaction(person_id, reason=reason.strip()[:200], at=at)
        for org_id, choice in (organisations or {}).items():
            if choice is None:
                queries.erase_organisation_in_transaction(org_id, at=at)
                result.organisations_erased.append(org_id)
            elif choice.strip():
                queries.rename_organisation_in_transaction(org_id, choice, person_name=person.name, at=at)
                result.organisations_renamed.append(org_id)
            else:
                result.organisations_kept.append(org_id)
    result.drafts_removed = _remove_drafts_mentioning(terms)
    # Outside the transaction: merge away deleted full-text terms and truncate the WAL.
    with errors_as_storage(crm):
        result.cleanup_done = complete_pending_cleanup(crm.db.conn)
        if vacuum and result.cleanup_done:
            queries.vacuum()
    result.backups_holding, result.backups_gone_by = _backups_holding(crm)
    return result


def _backups_holding(crm: Crm) -> tuple[int, dt.date | None]:
    """How many of this file's backups hold what is erased today, and the day thinning has
    removed them all by (None when there are none)."""
    if crm.path is None:
        return 0, None
    from btvcrm.services import backups
    from btvcrm.storage.backup import thinned_by

    today = clock.today()
    holding = backups.backups_holding_data_from(crm.path, today)
    return len(holding), (thinned_by(today) if holding else None)


@dataclass
class ErasurePreview:
    """What the erase dialog shows before anything is erased: the organisations named after
    the person (each to be erased, renamed or kept) and the backups that will still hold them."""

    person_id: int
    name: str
    organisations: list[dict[str, Any]]  # {"id", "name", "orgnr"}, as organisations_named_after
    backups_holding: int
    backups_gone_by: dt.date | None


def erasure_preview(crm: Crm, person_id: int) -> ErasurePreview:
    person = crm.people.get(person_id)
    holding, gone_by = _backups_holding(crm)
    return ErasurePreview(person_id, person.name, organisations_named_after(crm, person_id), holding, gone_by)


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
