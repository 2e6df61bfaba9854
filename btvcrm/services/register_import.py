"""Organisations from Enhetsregisteret: fill in and refresh the organisations already in
the data file, and add new ones when asked (`btvcrm import enheter_alle.json.gz`, and the
app's File → Importer fra Enhetsregisteret with its preview).

The rules, one owner:

* **Matching.** An organisation with the unit's organisation number is that unit (the
  orgnr is the key for every later refresh, whatever the filters say). An organisation
  without an orgnr is matched by its exact name (case aside) — only among the units the
  filters let through, and only when exactly one unit has that name; the app shows these
  matches for approval (`approved`), the command line takes them.
* **Filters** choose the units considered for name matches and new organisations: the
  counties (the first two digits of the business address's municipality number, 2016's
  and today's numbers, see domain/county_numbers.py; default: every county of the data
  file), organisation forms (KOMM, FYLK, STAT, ORGL, AS …) and sectors
  (institusjonellSektorkode, public sector codes first in the app).
* **What is filled in**: organisation number (when missing), name (when the register's
  differs beyond case: a renamed unit; the old name is kept in the notes), form,
  address, municipality, NACE code, sector, county (added, never removed), website
  and kind (only when empty/"annet").
* **New organisations** only with `add_new` (and never a unit the register has deleted).
* **Deleted in the register** (`slettedato`): flagged (`register_deleted_on`), never removed.

One import is one transaction: a broken file stops it and nothing is saved. The file is
streamed twice at most (the preview, then the import); memory follows the data file's
organisations, not the register's million units.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from btvcrm.domain import clock, validation
from btvcrm.domain.county_numbers import county_of_municipality
from btvcrm.domain.enums import OrganisationKind
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.formatting import format_number
from btvcrm.domain.models import Organisation
from btvcrm.exchange.register import RegisterFile, RegisterUnit, display_name, open_register
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage.crm import Crm

#: ``progress(units read, estimated units in the file)``; the estimate follows the bytes read.
Progress = Callable[[int, "int | None"], None]

#: The preview lists at most this many new units (all are counted).
PREVIEW_NEW_LIMIT = 500
#: Progress is reported every this many units.
PROGRESS_STEP = 5000
#: At most this many message lines in a summary; the rest are counted.
SUMMARY_LINES = 40

#: Public sector codes (institusjonellSektorkode), listed first in the app's filter.
PUBLIC_SECTORS = ("6100", "6500", "1110", "1120", "1510", "1520")

_KIND_BY_FORM = {
    "KOMM": OrganisationKind.MUNICIPALITY,
    "FYLK": OrganisationKind.COUNTY_COUNCIL,
    "HF": OrganisationKind.HEALTH_TRUST,
    "RHF": OrganisationKind.HEALTH_TRUST,
    "STAT": OrganisationKind.STATE_AGENCY,
    "ORGL": OrganisationKind.STATE_AGENCY,
    "SF": OrganisationKind.STATE_AGENCY,
    **{form: OrganisationKind.SUPPLIER for form in ("AS", "ASA", "ENK", "ANS", "DA", "NUF", "SA", "BA")},
}


def kind_for_form(form: str) -> OrganisationKind:
    """The organisation kind a register form suggests (KOMM -> kommune, AS -> leverandør)."""
    return _KIND_BY_FORM.get(form.upper(), OrganisationKind.OTHER)


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class RegisterImportRequest:
    path: Path
    counties: list[str] = field(default_factory=list)  # names; empty: every county of the file
    forms: list[str] = field(default_factory=list)  # organisasjonsform codes; empty: all
    sectors: list[str] = field(default_factory=list)  # sector codes; empty: all
    add_new: bool = False
    # From the app's preview: the (organisation id, orgnr) matches the user approved
    # (None: every match found) and the new units to add (None: all the filters pass).
    approved: set[tuple[int, str]] | None = None
    new_orgnrs: set[str] | None = None


@dataclass
class RegisterMatch:
    """An organisation of the data file and the unit it is."""

    organisation_id: int
    organisation_name: str
    unit: RegisterUnit
    by: str  # "orgnr" or "name"
    changes: list[str] = field(default_factory=list)  # Norwegian field names that would change

    @property
    def key(self) -> tuple[int, str]:
        return (self.organisation_id, self.unit.orgnr)


@dataclass
class RegisterPreview:
    matches: list[RegisterMatch] = field(default_factory=list)
    new_units: list[RegisterUnit] = field(default_factory=list)  # the first PREVIEW_NEW_LIMIT
    new_count: int = 0
    read: int = 0
    skipped: int = 0  # rows without a valid organisation number
    outside_filter: int = 0
    forms: dict[str, tuple[str, int]] = field(default_factory=dict)  # code -> (text, units) in the counties
    sectors: dict[str, tuple[str, int]] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


@dataclass
class RegisterImportResult:
    read: int = 0
    skipped: int = 0
    updated: int = 0
    unchanged: int = 0
    added: int = 0
    flagged_deleted: int = 0
    updated_ids: list[int] = field(default_factory=list)
    added_ids: list[int] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        head = (f"Enhetsregisteret: {format_number(self.read)} enheter lest. Organisasjoner: "
                f"{self.updated} oppdatert, {self.unchanged} uendret, {self.added} lagt til.")
        if self.flagged_deleted:
            head += f" {self.flagged_deleted} merket som slettet i registeret."
        if self.skipped:
            head += f" {format_number(self.skipped)} rader uten gyldig organisasjonsnummer hoppet over."
        shown = self.messages[:SUMMARY_LINES]
        if len(self.messages) > len(shown):
            shown.append(f"… og {len(self.messages) - len(shown)} merknader til.")
        return "\n".join([head, *shown])


# Scanning -------------------------------------------------------------------------

@dataclass
class _Existing:
    id: int
    name: str
    orgnr: str | None
    live: bool


class _Scan:
    """What one pass over the file needs: the data file's organisations, its counties,
    the filters; and the name matches, decided only at the end of the pass."""

    def __init__(self, crm: Crm, request: RegisterImportRequest) -> None:
        self.crm = crm
        self.by_orgnr: dict[str, _Existing] = {}
        self.by_name: dict[str, list[_Existing]] = {}
        for row in crm.organisations.register_keys():
            item = _Existing(int(row["id"]), row["name"], row["orgnr"], row["deleted_at"] is None)
            if item.orgnr:
                self.by_orgnr[item.orgnr] = item
            elif item.live:
                self.by_name.setdefault(_fold(item.name), []).append(item)
        self.county_ids = {c.name.casefold(): int(c.id or 0) for c in crm.counties.all()}
        if request.counties:
            self.wanted_counties = {int(crm.counties.by_name(name).id or 0) for name in request.counties}
        else:
            self.wanted_counties = set(self.county_ids.values())
        self.forms = {f.strip().upper() for f in request.forms if f.strip()}
        self.sectors = {s.strip() for s in request.sectors if s.strip()}
        # folded name -> units of that name that pass the filters (two are enough to know)
        self.named: dict[str, list[RegisterUnit]] = {}

    def county_id(self, unit: RegisterUnit) -> int | None:
        county = county_of_municipality(unit.municipality_number)
        return self.county_ids.get(county.casefold()) if county else None

    def in_counties(self, unit: RegisterUnit) -> bool:
        county_id = self.county_id(unit)
        return county_id is not None and county_id in self.wanted_counties

    def passes(self, unit: RegisterUnit) -> bool:
        return (self.in_counties(unit) and (not self.forms or unit.form in self.forms)
                and (not self.sectors or unit.sector_code in self.sectors))

    def note_name(self, unit: RegisterUnit) -> bool:
        """Remember a unit whose name an organisation without orgnr has; True if so."""
        key = _fold(unit.name)
        if key not in self.by_name:
            return False
        units = self.named.setdefault(key, [])
        if len(units) < 3:
            units.append(unit)
        return True

    def name_matches(self, messages: list[str]) -> list[tuple[_Existing, RegisterUnit]]:
        """The name matches: one organisation of that name, one unit of that name."""
        found = []
        for key, units in self.named.items():
            organisations = self.by_name[key]
            if len(units) > 1:
                numbers = ", ".join(validation.format_orgnr(u.orgnr) for u in units[:3])
                messages.append(f"«{organisations[0].name}»: flere enheter i registeret har dette navnet "
                                f"({numbers}); skriv inn organisasjonsnummeret og importer igjen.")
                continue
            if len(organisations) > 1:
                messages.append(f"«{organisations[0].name}»: {len(organisations)} organisasjoner har dette "
                                "navnet; skriv inn organisasjonsnummeret på den rette og importer igjen.")
                continue
            found.append((organisations[0], units[0]))
        return found


class _Ticker:
    def __init__(self, progress: Progress | None, source: RegisterFile) -> None:
        self.progress = progress
        self.source = source
        self.count = 0
        if progress is not None:
            progress(0, None)

    def tick(self) -> None:
        self.count += 1
        if self.progress is not None and self.count % PROGRESS_STEP == 0:
            position = self.source.position
            estimate = (self.count * self.source.size // position) if position else None
            self.progress(self.count, max(estimate, self.count) if estimate else None)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.count, self.count)


# What a refresh changes, for the app's preview (English source, shown with lookup()).
ORGNR = QT_TRANSLATE_NOOP("RegisterChange", "org. no.")
NAME = QT_TRANSLATE_NOOP("RegisterChange", "name")
FORM = QT_TRANSLATE_NOOP("RegisterChange", "form")
ADDRESS = QT_TRANSLATE_NOOP("RegisterChange", "address")
MUNICIPALITY = QT_TRANSLATE_NOOP("RegisterChange", "municipality")
NACE = QT_TRANSLATE_NOOP("RegisterChange", "NACE code")
SECTOR = QT_TRANSLATE_NOOP("RegisterChange", "sector")
WEBSITE = QT_TRANSLATE_NOOP("RegisterChange", "website")
KIND = QT_TRANSLATE_NOOP("RegisterChange", "kind")
COUNTY = QT_TRANSLATE_NOOP("RegisterChange", "county")
DELETED = QT_TRANSLATE_NOOP("RegisterChange", "deleted in the register")
UNDELETED = QT_TRANSLATE_NOOP("RegisterChange", "no longer deleted in the register")


def _changes(org: Organisation, unit: RegisterUnit, county_id: int | None, by: str) -> list[str]:
    """What a refresh from `unit` would change in `org` (the RegisterChange words above)."""
    changes = []
    if not org.orgnr:
        changes.append(ORGNR)
    if by == "orgnr" and _fold(org.name) != _fold(unit.name):
        changes.append(NAME)
    for label, old, new in ((FORM, org.org_form, unit.form), (ADDRESS, org.address, unit.address),
                            (MUNICIPALITY, org.municipality_number, unit.municipality_number),
                            (NACE, org.nace_code, unit.nace_code), (SECTOR, org.sector_code, unit.sector_code)):
        if new and new != old:
            changes.append(label)
    if not org.website and _website(unit.website):
        changes.append(WEBSITE)
    if org.kind == OrganisationKind.OTHER and kind_for_form(unit.form) != OrganisationKind.OTHER:
        changes.append(KIND)
    if county_id is not None and county_id not in org.county_ids:
        changes.append(COUNTY)
    if unit.deleted_on != org.register_deleted_on:
        changes.append(DELETED if unit.deleted_on else UNDELETED)
    return changes


def _website(text: str) -> str | None:
    try:
        return validation.clean_website(text) if text else None
    except ValidationError:
        return None


def _apply(org: Organisation, unit: RegisterUnit, county_id: int | None, by: str, now: str) -> list[str]:
    """Fill `org` in from `unit`; returns what changed (nothing saved here)."""
    changes = _changes(org, unit, county_id, by)
    if not changes:
        return changes
    if not org.orgnr:
        org.orgnr = unit.orgnr
    if NAME in changes:
        old = org.name
        org.name = display_name(unit.name)
        org.notes = (org.notes.rstrip() + "\n\n" if org.notes.strip() else "") + \
            f"Tidligere navn: {old} (endret fra Enhetsregisteret {clock.today():%d.%m.%Y})."
    org.org_form = unit.form or org.org_form
    org.address = unit.address or org.address
    org.municipality_number = unit.municipality_number or org.municipality_number
    org.nace_code = unit.nace_code or org.nace_code
    org.sector_code = unit.sector_code or org.sector_code
    if not org.website:
        org.website = _website(unit.website)
    if org.kind == OrganisationKind.OTHER:
        org.kind = kind_for_form(unit.form)
    if county_id is not None and county_id not in org.county_ids:
        org.county_ids = [*org.county_ids, county_id]
    org.register_deleted_on = unit.deleted_on
    org.register_updated_at = now
    return changes


def _new_organisation(unit: RegisterUnit, county_id: int | None, now: str) -> Organisation:
    return Organisation(
        name=display_name(unit.name), kind=kind_for_form(unit.form), orgnr=unit.orgnr,
        website=_website(unit.website), county_ids=[county_id] if county_id else [],
        org_form=unit.form, address=unit.address, municipality_number=unit.municipality_number,
        nace_code=unit.nace_code, sector_code=unit.sector_code, register_updated_at=now,
    )


# Use cases ------------------------------------------------------------------------

def preview_register(crm: Crm, request: RegisterImportRequest, *, progress: Progress | None = None) -> RegisterPreview:
    """What an import would do, without writing: the matches (with what would change),
    the new units the filters let through, the forms and sectors found in the counties."""
    scan = _Scan(crm, request)
    preview = RegisterPreview()
    with open_register(request.path) as source:
        ticker = _Ticker(progress, source)
        for unit in source:
            ticker.tick()
            if scan.in_counties(unit):
                text, count = preview.forms.get(unit.form, (unit.form_text, 0))
                preview.forms[unit.form] = (text or unit.form_text, count + 1)
                text, count = preview.sectors.get(unit.sector_code, (unit.sector_text, 0))
                preview.sectors[unit.sector_code] = (text or unit.sector_text, count + 1)
            existing = scan.by_orgnr.get(unit.orgnr)
            if existing is not None:
                if existing.live:
                    org = crm.organisations.get(existing.id)
                    preview.matches.append(RegisterMatch(existing.id, org.name, unit, "orgnr",
                                                         _changes(org, unit, scan.county_id(unit), "orgnr")))
                continue
            if not scan.passes(unit):
                preview.outside_filter += 1
                continue
            if scan.note_name(unit):
                continue
            if unit.deleted_on is None:
                preview.new_count += 1
                if len(preview.new_units) < PREVIEW_NEW_LIMIT:
                    preview.new_units.append(unit)
        ticker.finish()
        preview.read, preview.skipped = ticker.count, source.skipped
    for existing, unit in scan.name_matches(preview.messages):
        org = crm.organisations.get(existing.id)
        preview.matches.append(RegisterMatch(existing.id, org.name, unit, "name",
                                             _changes(org, unit, scan.county_id(unit), "name")))
    return preview


def import_register(crm: Crm, request: RegisterImportRequest, *, progress: Progress | None = None,
                    now: dt.datetime | None = None) -> RegisterImportResult:
    """Fill in, refresh and (with `add_new`) add organisations from a register file, in
    one transaction; returns the counts and a line per notable change."""
    stamp = (now or clock.now()).replace(microsecond=0).isoformat()
    scan = _Scan(crm, request)
    result = RegisterImportResult()
    with crm.write(), open_register(request.path) as source:
        ticker = _Ticker(progress, source)
        for unit in source:
            ticker.tick()
            existing = scan.by_orgnr.get(unit.orgnr)
            if existing is not None:
                if existing.live and _approved(request, existing.id, unit):
                    _refresh(crm, existing, unit, scan.county_id(unit), "orgnr", stamp, result)
                continue
            if not scan.passes(unit) or scan.note_name(unit):
                continue
            if request.add_new and unit.deleted_on is None and (
                    request.new_orgnrs is None or unit.orgnr in request.new_orgnrs):
                org_id = _add(crm, unit, scan.county_id(unit), stamp, result)
                if org_id is not None:  # a second row with this orgnr refreshes it
                    scan.by_orgnr[unit.orgnr] = _Existing(org_id, unit.name, unit.orgnr, True)
        for existing, unit in scan.name_matches(result.messages):
            if _approved(request, existing.id, unit):
                _refresh(crm, existing, unit, scan.county_id(unit), "name", stamp, result)
        ticker.finish()
        result.read, result.skipped = ticker.count, source.skipped
    return result


def _approved(request: RegisterImportRequest, org_id: int, unit: RegisterUnit) -> bool:
    return request.approved is None or (org_id, unit.orgnr) in request.approved


def _refresh(crm: Crm, existing: _Existing, unit: RegisterUnit, county_id: int | None, by: str, stamp: str,
             result: RegisterImportResult) -> None:
    org = crm.organisations.get(existing.id)
    old_name = org.name
    was_deleted = org.register_deleted_on
    changes = _apply(org, unit, county_id, by, stamp)
    if not changes:
        result.unchanged += 1
        return
    try:
        with crm.db.atomic():  # one organisation's savepoint: a refused one leaves the rest
            crm.organisations.save_in_transaction(org)
    except ValidationError as error:
        result.messages.append(f"«{old_name}» ({validation.format_orgnr(unit.orgnr)}) ble ikke oppdatert: {error}")
        return
    result.updated += 1
    result.updated_ids.append(existing.id)
    if NAME in changes:
        result.messages.append(f"«{old_name}» heter nå «{org.name}» i Enhetsregisteret; navnet er endret.")
    if unit.deleted_on and unit.deleted_on != was_deleted:
        result.flagged_deleted += 1
        result.messages.append(f"«{org.name}» ({validation.format_orgnr(unit.orgnr)}) er slettet i "
                               f"Enhetsregisteret {unit.deleted_on:%d.%m.%Y}; merket, ikke fjernet.")
    if by == "name":
        result.messages.append(f"«{org.name}» fikk organisasjonsnummer {validation.format_orgnr(unit.orgnr)} "
                               "(samme navn i registeret).")


def _add(crm: Crm, unit: RegisterUnit, county_id: int | None, stamp: str,
         result: RegisterImportResult) -> int | None:
    org = _new_organisation(unit, county_id, stamp)
    try:
        with crm.db.atomic():
            org_id = crm.organisations.save_in_transaction(org)
    except ValidationError as error:
        result.messages.append(f"«{org.name}» ({validation.format_orgnr(unit.orgnr)}) ble ikke lagt til: {error}")
        return None
    result.added += 1
    result.added_ids.append(org_id)
    return org_id


def import_register_file(crm: Crm, request: RegisterImportRequest, *, progress: Progress | None = None) -> str:
    """`btvcrm import enheter_alle.json.gz`: a copy of the data file first (one import,
    one backup), then the import; returns the summary."""
    if not Path(request.path).is_file():
        raise UserError(f"Finner ikke filen {request.path}.")
    if crm.path is not None:
        from btvcrm.storage.backup import backup_before

        backup_before(crm.db.conn, crm.path, reason="import")
    return import_register(crm, request, progress=progress).summary()
