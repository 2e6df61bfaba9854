"""Address books: vCard import and export of people, and the duplicate rules
shared with the CSV import.

A contact already present is found by e-mail, then phone, then exact name
(ignoring case). ``on_duplicate`` decides what happens to it:

* ``"merge"`` (default): empty fields are filled; an e-mail or phone that differs
  from the stored one is added to the notes; nothing is overwritten;
* ``"skip"``: the stored person is left alone;
* ``"add"``: a new person is created anyway.

An e-mail address or phone number that fails validation does not stop a card from
a phone or mail client (they hold placeholders like ``BusinessPhone`` or
``contact1@invalid``): it is kept in the person's notes and reported with its line.
What cannot be kept that way (an invalid organisation number, an unknown county)
is an error of the record: the import stops and names it, or with
``skip_invalid`` skips that record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from btvcrm.domain import validation
from btvcrm.domain.enums import OrganisationKind
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Organisation, Person
from btvcrm.exchange.records import ContactRecord, ImportFileError, OrganisationRecord
from btvcrm.exchange.results import SKIP_HINT, ImportAborted, ImportResult
from btvcrm.exchange.vcard import parse_vcards, write_vcards
from btvcrm.storage.crm import Crm

DUPLICATE_POLICIES = ("merge", "skip", "add")
_EXPORT_LIMIT = 10_000_000


# ----------------------------------------------------------------------------- preparing


@dataclass
class PreparedContact:
    """A contact with its values checked: what can be stored, and what cannot."""

    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # Norwegian reasons, salvaged to notes
    invalid_values: list[str] = field(default_factory=list)
    title: str = ""
    notes: str = ""


def prepare_contact(contact: ContactRecord) -> PreparedContact:
    """Clean the values; raises ValidationError only for an unusable name."""
    prepared = PreparedContact(name=validation.clean_name(contact.name))
    for raw in contact.emails:
        try:
            email = validation.clean_email(raw)
        except ValidationError as error:
            prepared.invalid.append(error.message)
            prepared.invalid_values.append(raw.strip())
            continue
        if email and email.casefold() not in (e.casefold() for e in prepared.emails):
            prepared.emails.append(email)
    for raw in contact.phones:
        try:
            phone = validation.clean_phone(raw)
        except ValidationError as error:
            prepared.invalid.append(error.message)
            prepared.invalid_values.append(raw.strip())
            continue
        if phone and phone not in prepared.phones:
            prepared.phones.append(phone)
    prepared.title = validation.clean_text(contact.title, "title", max_length=500)
    prepared.notes = validation.clean_text(contact.notes, "notes")
    return prepared


def _append_note(notes: str, line: str) -> str:
    if not line or line in notes:
        return notes
    return f"{notes}\n{line}" if notes else line


def _extra_lines(prepared: PreparedContact, stored_email: str | None, stored_phone: str | None) -> list[str]:
    lines: list[str] = []
    emails = [e for e in prepared.emails if e.casefold() != (stored_email or "").casefold()]
    phones = [p for p in prepared.phones if p != stored_phone]
    if emails:
        lines.append("E-post: " + ", ".join(emails))
    if phones:
        lines.append("Telefon: " + ", ".join(validation.format_phone(p) for p in phones))
    if prepared.invalid_values:
        lines.append("Ugyldig i importfilen: " + ", ".join(prepared.invalid_values))
    return lines


def find_duplicate(crm: Crm, prepared: PreparedContact) -> Person | None:
    """The person already present: same e-mail, else same phone, else same name."""
    for email in prepared.emails:
        found = crm.people.find_by_email(email)
        if found is not None and not found.erased:
            return found
    for phone in prepared.phones:
        found = crm.people.find_by_phone(phone)
        if found is not None and not found.erased:
            return found
    return crm.people.find_by_name(prepared.name)


def apply_contact(
    crm: Crm,
    prepared: PreparedContact,
    *,
    on_duplicate: str,
    organisation_id: int | None,
    county_ids: list[int],
    result: ImportResult,
) -> str:
    """Add or merge one contact (inside the caller's transaction).

    Returns "added", "updated", "unchanged" or "skipped" and counts it in ``result``
    (unchanged counts as skipped).
    """
    if on_duplicate not in DUPLICATE_POLICIES:
        raise ValueError(f"on_duplicate must be one of {DUPLICATE_POLICIES}, not {on_duplicate!r}")
    existing = None if on_duplicate == "add" else find_duplicate(crm, prepared)
    if existing is None:
        email = prepared.emails[0] if prepared.emails else None
        phone = prepared.phones[0] if prepared.phones else None
        notes = prepared.notes
        for line in _extra_lines(prepared, email, phone):
            notes = _append_note(notes, line)
        person = Person(
            name=prepared.name,
            email=email,
            phone=phone,
            organisation_id=organisation_id,
            title=prepared.title,
            county_ids=list(dict.fromkeys(county_ids)),
            notes=notes,
        )
        crm.people.save_in_transaction(person)
        result.added += 1
        return "added"
    if on_duplicate == "skip":
        result.skipped += 1
        return "skipped"
    before = (existing.email, existing.phone, existing.organisation_id, existing.title,
              existing.notes, list(existing.county_ids))
    if not existing.email and prepared.emails:
        existing.email = prepared.emails[0]
    if not existing.phone and prepared.phones:
        existing.phone = prepared.phones[0]
    if existing.organisation_id is None and organisation_id is not None:
        existing.organisation_id = organisation_id
    if not existing.title and prepared.title:
        existing.title = prepared.title
    if prepared.notes and prepared.notes not in existing.notes:
        existing.notes = _append_note(existing.notes, prepared.notes)
    for line in _extra_lines(prepared, existing.email, existing.phone):
        existing.notes = _append_note(existing.notes, line)
    existing.county_ids = list(dict.fromkeys([*existing.county_ids, *county_ids]))
    after = (existing.email, existing.phone, existing.organisation_id, existing.title,
             existing.notes, list(existing.county_ids))
    if after == before:
        result.skipped += 1
        return "unchanged"
    crm.people.save_in_transaction(existing)
    result.updated += 1
    return "updated"


# ----------------------------------------------------------------------------- organisations


@dataclass
class PreparedOrganisation:
    name: str
    orgnr: str | None
    kind: OrganisationKind | None
    website: str | None
    county_ids: list[int]
    notes: str


def prepare_organisation(crm: Crm, record: OrganisationRecord) -> tuple[PreparedOrganisation | None, list[str]]:
    """Check an organisation's values; returns (prepared, error messages)."""
    errors: list[str] = []
    name = ""
    try:
        name = validation.clean_name(record.name)
    except ValidationError as error:
        errors.append(f"organisasjonsnavn {error.message}")
    orgnr: str | None = None
    try:
        orgnr = validation.clean_orgnr(record.orgnr)
    except ValidationError as error:
        errors.append(error.message)
    kind: OrganisationKind | None = None
    if record.kind.strip():
        try:
            kind = cast(OrganisationKind, OrganisationKind.parse(record.kind))
        except ValueError as error:
            errors.append(f"organisasjonstype: {error}")
    website: str | None = None
    try:
        website = validation.clean_website(record.website)
    except ValidationError as error:
        errors.append(error.message)
    county_ids: list[int] = []
    for county in record.counties:
        try:
            county_id = crm.counties.by_name(county).id
        except UserError as error:
            errors.append(str(error).rstrip("."))
            continue
        if county_id is not None:
            county_ids.append(county_id)
    if errors:
        return None, errors
    notes = validation.clean_text(record.notes, "notes")
    return PreparedOrganisation(name, orgnr, kind, website, county_ids, notes), []


def upsert_organisation(crm: Crm, prepared: PreparedOrganisation) -> tuple[int, str]:
    """Find by organisation number, then name; fill in what is missing, or create.

    Returns (id, "added" | "updated" | "unchanged"). Raises ValidationError when the
    name is registered with another organisation number.
    """
    found = crm.organisations.find_by_orgnr(prepared.orgnr) if prepared.orgnr else None
    if found is None:
        found_id = find_organisation_by_name(crm, prepared.name)
        found = crm.organisations.get(found_id) if found_id is not None else None
        if found is not None and found.orgnr and prepared.orgnr and found.orgnr != prepared.orgnr:
            raise ValidationError(
                "orgnr",
                f"«{found.name}» er registrert med organisasjonsnummer "
                f"{validation.format_orgnr(found.orgnr)}, ikke {validation.format_orgnr(prepared.orgnr)}",
            )
    if found is None:
        org = Organisation(
            name=prepared.name,
            kind=prepared.kind or OrganisationKind.OTHER,
            orgnr=prepared.orgnr,
            website=prepared.website,
            county_ids=prepared.county_ids,
            notes=prepared.notes,
        )
        return crm.organisations.save_in_transaction(org), "added"
    assert found.id is not None
    before = (found.orgnr, found.kind, found.website, list(found.county_ids), found.notes)
    found.orgnr = found.orgnr or prepared.orgnr
    if found.kind == OrganisationKind.OTHER and prepared.kind is not None:
        found.kind = prepared.kind
    found.website = found.website or prepared.website
    found.county_ids = list(dict.fromkeys([*found.county_ids, *prepared.county_ids]))
    if prepared.notes and prepared.notes not in found.notes:
        found.notes = _append_note(found.notes, prepared.notes)
    if (found.orgnr, found.kind, found.website, list(found.county_ids), found.notes) == before:
        return found.id, "unchanged"
    crm.organisations.save_in_transaction(found)
    return found.id, "updated"


def find_organisation_by_name(crm: Crm, name: str) -> int | None:
    """Same name ignoring case, also for Æ, Ø, Å (SQLite's NOCASE folds only A-Z)."""
    found = crm.organisations.find_by_name(name)
    if found is not None:
        return found.id
    wanted = name.strip().casefold()
    for row in crm.organisations.query(ListFilter(), limit=_EXPORT_LIMIT):
        if row["name"].casefold() == wanted:
            return int(row["id"])
    return None


def organisation_for_name(crm: Crm, name: str, result: ImportResult) -> int | None:
    """The organisation of that name, created (kind "annet") when unknown."""
    text = " ".join(name.split())
    if not text:
        return None
    found_id = find_organisation_by_name(crm, text)
    if found_id is not None:
        return found_id
    result.organisations_added += 1
    return crm.organisations.save_in_transaction(Organisation(name=text))


# ----------------------------------------------------------------------------- vCard


def _where(contact: ContactRecord) -> str:
    line = f"Linje {contact.source_line}" if contact.source_line else "Kort"
    return f"{line} ({contact.name})" if contact.name else line


def import_contacts(
    crm: Crm,
    contacts: list[ContactRecord],
    *,
    on_duplicate: str = "merge",
    skip_invalid: bool = False,
    result: ImportResult | None = None,
) -> ImportResult:
    """Save contacts (e.g. chosen in a preview) in one transaction: all or nothing."""
    if on_duplicate not in DUPLICATE_POLICIES:
        raise UserError(f"Ukjent valg for dubletter: «{on_duplicate}» (velg merge, skip eller add).")
    result = result or ImportResult()
    errors: list[str] = []
    unchanged = 0
    with crm.write():
        for contact in contacts:
            where = _where(contact)
            try:
                prepared = prepare_contact(contact)
            except ValidationError as error:
                if skip_invalid:
                    result.skipped += 1
                    result.messages.append(f"{where}: {error.message} – hoppet over")
                else:
                    errors.append(f"{where}: {error.message}")
                continue
            if prepared.invalid:
                result.messages.append(
                    f"{where}: {'; '.join(prepared.invalid)} – lagt i notatene i stedet"
                )
            try:
                with crm.db.atomic():  # a savepoint: a failed card leaves nothing behind
                    org_id = organisation_for_name(crm, contact.organisation, result)
                    outcome = apply_contact(
                        crm, prepared, on_duplicate=on_duplicate, organisation_id=org_id,
                        county_ids=[], result=result,
                    )
            except ValidationError as error:
                if skip_invalid:
                    result.skipped += 1
                    result.messages.append(f"{where}: {error.message} – hoppet over")
                else:
                    errors.append(f"{where}: {error.message}")
                continue
            if outcome == "unchanged":
                unchanged += 1
        if errors:
            raise ImportAborted(errors, hint=SKIP_HINT)
    if unchanged:
        result.messages.append(f"{unchanged} fantes fra før uten noe nytt og ble hoppet over.")
    return result


def import_vcard_data(
    crm: Crm, data: bytes, *, on_duplicate: str = "merge", skip_invalid: bool = False
) -> ImportResult:
    try:
        parsed = parse_vcards(data)
    except ImportFileError as error:
        raise UserError(str(error)) from error
    result = ImportResult(skipped=len(parsed.skipped), messages=list(parsed.skipped))
    return import_contacts(
        crm, parsed.contacts, on_duplicate=on_duplicate, skip_invalid=skip_invalid, result=result
    )


def _split_name(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) < 2:
        return "", name
    return " ".join(parts[:-1]), parts[-1]


def people_as_contacts(crm: Crm, list_filter: ListFilter | None = None) -> list[ContactRecord]:
    """People (as filtered; erased ones never) as address-book contacts.

    Private notes are never exported. Organisation and title are the current role's.
    """
    contacts: list[ContactRecord] = []
    for row in crm.people.query(list_filter or ListFilter(), limit=_EXPORT_LIMIT):
        person = crm.people.get(row["id"])
        if person.erased:
            continue
        given, family = _split_name(person.name)
        contacts.append(
            ContactRecord(
                name=person.name,
                given_name=given,
                family_name=family,
                organisation=row.get("organisation_name") or "",
                title=person.title,
                emails=[person.email] if person.email else [],
                phones=[person.phone] if person.phone else [],
                notes=person.notes,
            )
        )
    return contacts


def export_vcards(
    crm: Crm, path: Path, *, version: str = "3.0", list_filter: ListFilter | None = None
) -> int:
    """Write people to a .vcf file (vCard 3.0, or 4.0); returns how many."""
    if version not in ("3.0", "4.0"):
        raise UserError(f"vCard-versjon {version} støttes ikke (velg 3.0 eller 4.0).")
    contacts = people_as_contacts(crm, list_filter)
    text = write_vcards(contacts, version=version)
    Path(path).write_bytes(text.encode("utf-8"))
    return len(contacts)
