"""Address books: vCard import and export of people and organisations, and the
saving of contacts shared with the CSV/XLSX import.

Who is "already there" is decided by :mod:`btvcrm.exchange.duplicates` (one rule
for every import). ``on_duplicate`` says what happens to a *certain* match:

* ``"merge"`` (default): empty fields are filled; an e-mail or phone that differs
  from the stored one is added to the notes; nothing is overwritten;
* ``"skip"``: the stored person is left alone;
* ``"add"``: a new person is created anyway (no matching at all).

A *possible* duplicate (same phone or same name only, or another e-mail) is never
merged here: it becomes a new person and is listed in the result
(``possible_duplicates``, "mulig duplikat av …"). The app's preview lets the user
decide per record (``decisions``: merge / add / skip).

An e-mail address or phone number that fails validation does not stop a card from
a phone or mail client (they hold placeholders like ``BusinessPhone`` or
``contact1@invalid``): it is kept in the person's notes and reported with its line.
What cannot be kept that way (an invalid organisation number, an unknown county)
is an error of the record: the import stops and names it, or with
``skip_invalid`` skips that record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from btvcrm.domain import validation
from btvcrm.domain.enums import OrganisationKind
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Organisation, Person
from btvcrm.exchange.duplicates import ImportContext, Match, OrganisationIndex
from btvcrm.exchange.records import ContactRecord, ImportFileError, OrganisationRecord
from btvcrm.exchange.results import (
    SKIP_HINT,
    ImportAborted,
    ImportResult,
    PossibleDuplicate,
    Progress,
    Ticker,
)
from btvcrm.exchange.vcard import parse_vcards, write_vcards
from btvcrm.storage.crm import Crm

DUPLICATE_POLICIES = ("merge", "skip", "add")
#: What the user may decide per record in the app's preview.
DECISIONS = ("merge", "add", "skip")
_EXPORT_LIMIT = 10_000_000


def check_policy(on_duplicate: str) -> None:
    if on_duplicate not in DUPLICATE_POLICIES:
        raise UserError(f"Ukjent valg for mulige duplikater: «{on_duplicate}» (velg merge, skip eller add).")


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
    uid: str = ""
    is_key: bool = False


def prepare_contact(contact: ContactRecord) -> PreparedContact:
    """Clean the values; raises ValidationError only for an unusable name."""
    prepared = PreparedContact(name=validation.clean_name(contact.name), uid=contact.uid.strip(),
                               is_key=contact.is_key)
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


def match_contact(context: ImportContext, prepared: PreparedContact, organisation_id: int | None) -> Match | None:
    """The person an imported contact matches (certain or possible), by the one rule."""
    return context.people.match(name=prepared.name, emails=prepared.emails, phones=prepared.phones,
                                uid=prepared.uid, organisation_id=organisation_id)


def apply_contact(
    crm: Crm,
    prepared: PreparedContact,
    *,
    on_duplicate: str,
    organisation_id: int | None,
    county_ids: list[int],
    result: ImportResult,
    context: ImportContext,
    decision: str | None = None,
    where: str = "",
    record: ContactRecord | None = None,
) -> str:
    """Add or merge one contact (inside the caller's ``context.record()`` savepoint).

    Returns "added", "updated", "unchanged" or "skipped" and counts it in ``result``
    (unchanged counts as skipped). ``decision`` (the user's, from the preview)
    overrides the policy for this record.
    """
    check_policy(on_duplicate)
    if decision is not None and decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}, not {decision!r}")
    match = None if on_duplicate == "add" and decision is None else match_contact(context, prepared, organisation_id)
    if decision is not None:
        action = decision if match is not None or decision == "skip" else "add"
    elif match is None:
        action = "add"
    elif match.certain:
        action = on_duplicate
    else:
        action = "add"  # a possible duplicate is never merged without a person deciding
    possible = match is not None and not match.certain and decision is None
    if action == "skip":
        result.skipped += 1
        if possible and match is not None:
            result.possible_duplicates.append(_possible(where, record, prepared, match, None))
        return "skipped"
    if action == "add":
        person_id = _add_person(crm, prepared, organisation_id, county_ids, context)
        result.added += 1
        if possible and match is not None:
            result.possible_duplicates.append(_possible(where, record, prepared, match, person_id))
        return "added"
    assert match is not None
    return _merge_person(crm, match.person_id, prepared, organisation_id, county_ids, result, context)


def _possible(where: str, record: ContactRecord | None, prepared: PreparedContact, match: Match,
              added_id: int | None) -> PossibleDuplicate:
    shown = record or ContactRecord(name=prepared.name, emails=prepared.emails, phones=prepared.phones)
    return PossibleDuplicate(where or prepared.name, shown, match.person_id, match.name, match.reason, added_id)


def _remember(context: ImportContext, person: Person) -> None:
    assert person.id is not None
    person_id, name, email, phone, uid, org = (person.id, person.name, person.email, person.phone,
                                               person.uid, person.organisation_id)
    context.later(lambda: context.people.remember(person_id, name, email, phone, uid, org))


def _add_person(crm: Crm, prepared: PreparedContact, organisation_id: int | None, county_ids: list[int],
                context: ImportContext) -> int:
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
        is_key=prepared.is_key,
        uid=prepared.uid,  # kept if free (storage.identities); else a new UUID
    )
    person_id = crm.people.save_in_transaction(person)
    _remember(context, person)
    return person_id


def _merge_person(crm: Crm, person_id: int, prepared: PreparedContact, organisation_id: int | None,
                  county_ids: list[int], result: ImportResult, context: ImportContext) -> str:
    existing = crm.people.get(person_id)
    before = (existing.email, existing.phone, existing.organisation_id, existing.title,
              existing.notes, list(existing.county_ids), existing.is_key)
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
    existing.is_key = existing.is_key or prepared.is_key
    after = (existing.email, existing.phone, existing.organisation_id, existing.title,
             existing.notes, list(existing.county_ids), existing.is_key)
    if after == before:
        result.skipped += 1
        return "unchanged"
    crm.people.save_in_transaction(existing)
    _remember(context, existing)
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
    uid: str = ""
    is_key: bool = False


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
        except ValidationError as error:
            errors.append(f"organisasjonstype: {error.message}")
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
    return PreparedOrganisation(name, orgnr, kind, website, county_ids, notes, record.uid.strip(), record.is_key), []


def upsert_organisation(crm: Crm, prepared: PreparedOrganisation,
                        context: ImportContext | None = None) -> tuple[int, str]:
    """Find by UID, then organisation number, then name; fill in what is missing, or create.

    Returns (id, "added" | "updated" | "unchanged"). Raises ValidationError when the
    name is registered with another organisation number.
    """
    context = context or ImportContext.load(crm)
    index = context.organisations
    found_id = index.by_uid(prepared.uid) or index.by_orgnr(prepared.orgnr)
    found = crm.organisations.get(found_id) if found_id is not None else None
    if found is None:
        by_name = index.by_name(prepared.name)
        found = crm.organisations.get(by_name) if by_name is not None else None
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
            is_key=prepared.is_key,
            uid=prepared.uid,
        )
        org_id = crm.organisations.save_in_transaction(org)
        _remember_org(context, org)
        return org_id, "added"
    assert found.id is not None
    before = (found.orgnr, found.kind, found.website, list(found.county_ids), found.notes, found.is_key)
    found.orgnr = found.orgnr or prepared.orgnr
    if found.kind == OrganisationKind.OTHER and prepared.kind is not None:
        found.kind = prepared.kind
    found.website = found.website or prepared.website
    found.county_ids = list(dict.fromkeys([*found.county_ids, *prepared.county_ids]))
    if prepared.notes and prepared.notes not in found.notes:
        found.notes = _append_note(found.notes, prepared.notes)
    found.is_key = found.is_key or prepared.is_key
    if (found.orgnr, found.kind, found.website, list(found.county_ids), found.notes, found.is_key) == before:
        return found.id, "unchanged"
    crm.organisations.save_in_transaction(found)
    _remember_org(context, found)
    return found.id, "updated"


def _remember_org(context: ImportContext, org: Organisation) -> None:
    assert org.id is not None
    org_id, name, orgnr, uid = org.id, org.name, org.orgnr, org.uid
    context.later(lambda: context.organisations.remember(org_id, name, orgnr, uid))


def find_organisation_by_name(crm: Crm, name: str) -> int | None:
    """Same name ignoring case, also for Æ, Ø, Å (SQLite's NOCASE folds only A-Z)."""
    return OrganisationIndex.load(crm).by_name(name)


def organisation_for_name(crm: Crm, name: str, result: ImportResult,
                          context: ImportContext | None = None) -> int | None:
    """The organisation of that name, created (kind "annet") when unknown."""
    text = " ".join(name.split())
    if not text:
        return None
    context = context or ImportContext.load(crm)
    found_id = context.organisations.by_name(text)
    if found_id is not None:
        return found_id
    org = Organisation(name=text)
    org_id = crm.organisations.save_in_transaction(org)
    _remember_org(context, org)
    context.later(lambda: _count_new_organisation(result))  # only once the record holds
    return org_id


def _count_new_organisation(result: ImportResult) -> None:
    result.organisations_added += 1


# ----------------------------------------------------------------------------- vCard


def _where(contact: ContactRecord | OrganisationRecord) -> str:
    line = f"Linje {contact.source_line}" if contact.source_line else "Kort"
    return f"{line} ({contact.name})" if contact.name else line


@dataclass
class ContactPreview:
    """One record of an import as the app's preview shows it."""

    index: int  # position in the list given to preview_contacts / import_contacts
    record: ContactRecord
    match: Match | None  # certain: will merge; possible: the user decides
    error: str = ""  # Norwegian: why it cannot be imported as it is


def preview_contacts(crm: Crm, contacts: Sequence[ContactRecord]) -> list[ContactPreview]:
    """What an import would do with each contact (nothing is written)."""
    context = ImportContext.load(crm)
    previews: list[ContactPreview] = []
    for index, contact in enumerate(contacts):
        try:
            prepared = prepare_contact(contact)
        except ValidationError as error:
            previews.append(ContactPreview(index, contact, None, error.message))
            continue
        org_id = context.organisations.by_name(contact.organisation) if contact.organisation else None
        previews.append(ContactPreview(index, contact, match_contact(context, prepared, org_id)))
    return previews


def _import_organisation_cards(crm: Crm, organisations: Sequence[OrganisationRecord], *, skip_invalid: bool,
                               result: ImportResult, errors: list[str], context: ImportContext) -> None:
    for record in organisations:
        where = _where(record)
        prepared, problems = prepare_organisation(crm, record)
        try:
            if prepared is None:
                raise ValidationError("organisation", "; ".join(problems))
            with context.record():
                _, outcome = upsert_organisation(crm, prepared, context)
        except ValidationError as error:
            if skip_invalid:
                result.skipped += 1
                result.messages.append(f"{where}: {error.message} – hoppet over")
            else:
                errors.append(f"{where}: {error.message}")
            continue
        if outcome == "added":
            result.organisations_added += 1
        elif outcome == "updated":
            result.organisations_updated += 1


def import_contacts(
    crm: Crm,
    contacts: list[ContactRecord],
    *,
    on_duplicate: str = "merge",
    skip_invalid: bool = False,
    result: ImportResult | None = None,
    decisions: Mapping[int, str] | None = None,
    organisations: Sequence[OrganisationRecord] = (),
    progress: Progress | None = None,
) -> ImportResult:
    """Save contacts (e.g. chosen in a preview) in one transaction: all or nothing.

    ``decisions`` maps a contact's index to "merge", "add" or "skip" (the user's
    choice for a possible duplicate). ``organisations`` (organisation cards) are
    saved first, so the people can link to them.
    """
    check_policy(on_duplicate)
    result = result or ImportResult()
    errors: list[str] = []
    unchanged = 0
    ticker = Ticker(progress, len(contacts) + len(organisations))
    with crm.write():
        context = ImportContext.load(crm)
        _import_organisation_cards(crm, organisations, skip_invalid=skip_invalid, result=result,
                                   errors=errors, context=context)
        ticker.tick(len(organisations))
        for index, contact in enumerate(contacts):
            ticker.tick()
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
                with context.record():  # a savepoint: a failed card leaves nothing behind
                    org_id = organisation_for_name(crm, contact.organisation, result, context)
                    outcome = apply_contact(
                        crm, prepared, on_duplicate=on_duplicate, organisation_id=org_id,
                        county_ids=[], result=result, context=context,
                        decision=(decisions or {}).get(index), where=where, record=contact,
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
    ticker.finish()
    if unchanged:
        result.messages.append(f"{unchanged} fantes fra før uten noe nytt og ble hoppet over.")
    return result


def read_vcard_data(data: bytes) -> tuple[list[ContactRecord], list[OrganisationRecord], list[str]]:
    """(contacts, organisation cards, Norwegian notes on skipped cards and dropped photos)."""
    try:
        parsed = parse_vcards(data)
    except ImportFileError as error:
        raise UserError(str(error)) from error
    return parsed.contacts, parsed.organisations, [*parsed.skipped, *parsed.notices]


def import_vcard_data(
    crm: Crm, data: bytes, *, on_duplicate: str = "merge", skip_invalid: bool = False,
    decisions: Mapping[int, str] | None = None, progress: Progress | None = None,
) -> ImportResult:
    try:
        parsed = parse_vcards(data)
    except ImportFileError as error:
        raise UserError(str(error)) from error
    result = ImportResult(skipped=len(parsed.skipped), messages=[*parsed.skipped, *parsed.notices])
    return import_contacts(
        crm, parsed.contacts, on_duplicate=on_duplicate, skip_invalid=skip_invalid, result=result,
        decisions=decisions, organisations=parsed.organisations, progress=progress,
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
                uid=person.uid,
                is_key=person.is_key,
            )
        )
    return contacts


def organisations_as_records(crm: Crm, list_filter: ListFilter | None = None) -> list[OrganisationRecord]:
    """Organisations (as filtered) for KIND:org cards: name, orgnr, website, type,
    counties, notes, key flag and UID."""
    records: list[OrganisationRecord] = []
    names = {c.id: c.name for c in crm.counties.all()}
    for row in crm.organisations.query(list_filter or ListFilter(), limit=_EXPORT_LIMIT):
        org = crm.organisations.get(row["id"])
        records.append(
            OrganisationRecord(
                name=org.name,
                orgnr=org.orgnr or "",
                kind=org.kind.value,
                website=org.website or "",
                counties=[names[c] for c in org.county_ids if c in names],
                notes=org.notes,
                uid=org.uid,
                is_key=org.is_key,
            )
        )
    return records


def vcard_bytes(crm: Crm, *, version: str = "3.0", list_filter: ListFilter | None = None,
                what: str | None = None) -> tuple[bytes, int, int]:
    """(the .vcf file, number of people, number of organisations). ``what``: None
    for both, "people" or "organisations" for one of them."""
    if version not in ("3.0", "4.0"):
        raise UserError(f"vCard-versjon {version} støttes ikke (velg 3.0 eller 4.0).")
    contacts = people_as_contacts(crm, list_filter) if what in (None, "people") else []
    organisations = organisations_as_records(crm, list_filter) if what in (None, "organisations") else []
    text = write_vcards(contacts, version=version, organisations=organisations)
    return text.encode("utf-8"), len(contacts), len(organisations)


def export_vcards(
    crm: Crm, path: Path, *, version: str = "3.0", list_filter: ListFilter | None = None,
    what: str | None = "people", force: bool = False,
) -> int:
    """Write people (``what`` None: and organisations) to a .vcf file; returns how many cards."""
    from btvcrm.storage.safe_output import write_output

    data, people, organisations = vcard_bytes(crm, version=version, list_filter=list_filter, what=what)
    write_output(path, data, force=force)
    return people + organisations
