"""Spreadsheets: CSV/.xlsx import of people or organisations, and CSV/.xlsx export
of any list as it is filtered.

Import: columns are mapped with :func:`guess_mapping` unless the caller (the app's
preview) passes a mapping. A person list (a column with a person's name) imports
people, each linked to its organisation, which is found by organisation number,
then name, or created; counties are looked up by name. A line with a value that
cannot be stored (invalid organisation number, unknown county, bad web address)
stops the whole import, naming the line; with ``skip_invalid`` that line is
skipped and reported. An invalid e-mail or phone alone does not: it goes to notes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import (
    FollowUpStatus,
    InitiativePhase,
    LabelledEnum,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.exchange.contacts_sync import (
    DUPLICATE_POLICIES,
    apply_contact,
    prepare_contact,
    prepare_organisation,
    upsert_organisation,
)
from btvcrm.exchange.csvfiles import (
    CsvTable,
    guess_mapping,
    read_table,
    rows_to_contacts,
    rows_to_organisations,
    write_csv,
    write_xlsx,
)
from btvcrm.exchange.records import ImportFileError
from btvcrm.exchange.results import SKIP_HINT, ImportAborted, ImportResult
from btvcrm.storage.crm import Crm

LIST_KINDS = ("people", "organisations", "meetings", "follow-ups", "initiatives", "lessons")
_EXPORT_LIMIT = 10_000_000

Row = dict[str, Any]
Column = tuple[str, Callable[[Row], Any]]


# ----------------------------------------------------------------------------- export


def _label(enum_cls: type[LabelledEnum], value: str | None) -> str:
    if not value:
        return ""
    return next((member.label("nb") for member in enum_cls if member.value == value), value)


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(clock.OSLO)
    return moment.replace(tzinfo=None)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _yes(value: Any) -> bool:
    return bool(value)


COLUMNS: dict[str, list[Column]] = {
    "people": [
        ("Navn", lambda r: r["name"]),
        ("Organisasjon", lambda r: r["organisation_name"] or ""),
        ("Stilling", lambda r: r["title"] or ""),
        ("E-post", lambda r: r["email"] or ""),
        ("Telefon", lambda r: validation.format_phone(r["phone"])),
        ("Fylker", lambda r: r["counties"] or ""),
        ("Nøkkelperson", lambda r: _yes(r["is_key"])),
    ],
    "organisations": [
        ("Navn", lambda r: r["name"]),
        ("Type", lambda r: _label(OrganisationKind, r["kind"])),
        ("Organisasjonsnummer", lambda r: r["orgnr"] or ""),
        ("Nettside", lambda r: r["website"] or ""),
        ("Fylker", lambda r: r["counties"] or ""),
        ("Siste kontakt", lambda r: _day(r["last_contact"])),
        ("Nøkkelorganisasjon", lambda r: _yes(r["is_key"])),
    ],
    "meetings": [
        ("Tidspunkt", lambda r: _moment(r["starts_at"])),
        ("Tittel", lambda r: r["title"]),
        ("Type", lambda r: _label(MeetingKind, r["kind"])),
        ("Sted", lambda r: r["place"] or ""),
        ("Varighet (min)", lambda r: r["duration_minutes"]),
        ("Organisasjoner", lambda r: r["organisations"] or ""),
        ("Fylker", lambda r: r["counties"] or ""),
        ("Referat", lambda r: _label(MinutesStatus, r["minutes_status"])),
    ],
    "follow-ups": [
        ("Frist", lambda r: _day(r["due_date"])),
        ("Oppfølgingspunkt", lambda r: r["text"]),
        ("Status", lambda r: _label(FollowUpStatus, r["status"])),
        ("Ansvarlig", lambda r: r["responsible"] or ""),
        ("Møte", lambda r: r["meeting_title"] or ""),
        ("Organisasjon", lambda r: r["organisation_name"] or ""),
        ("Fylke", lambda r: r["county_name"] or ""),
        ("Gjentas", lambda r: r["rrule"] or ""),
    ],
    "initiatives": [
        ("Tittel", lambda r: r["title"]),
        ("Fase", lambda r: _label(InitiativePhase, r["phase"])),
        ("Eier", lambda r: r["owner_name"] or ""),
        ("Fylker", lambda r: r["counties"] or ""),
        ("Prosedyre", lambda r: r["procedure_type"] or ""),
        ("Anslått verdi (NOK)", lambda r: r["estimated_value_nok"]),
        ("Doffin", lambda r: r["doffin_id"] or ""),
    ],
    "lessons": [
        ("Dato", lambda r: _day(r["learned_on"])),
        ("Tittel", lambda r: r["title"]),
        ("Læringspunkt", lambda r: r["text"] or ""),
        ("Lært i", lambda r: r["learned_in"] or ""),
        ("Relevant for", lambda r: r["relevant_counties"] or ""),
    ],
}


def _normalise_kind(what: str | None) -> str:
    kind = (what or "people").strip().lower().replace("_", "-")
    aliases = {"organizations": "organisations", "followups": "follow-ups", "contacts": "people"}
    kind = aliases.get(kind, kind)
    if kind not in COLUMNS:
        raise UserError(f"Kan ikke eksportere «{what}»; velg en av: {', '.join(LIST_KINDS)}.")
    return kind


def list_table(
    crm: Crm,
    what: str,
    list_filter: ListFilter | None = None,
    *,
    sort: str | None = None,
    descending: bool = False,
) -> tuple[list[str], list[list[Any]]]:
    """(Norwegian headers, rows) of a list as filtered and sorted on screen."""
    kind = _normalise_kind(what)
    repo = {
        "people": crm.people,
        "organisations": crm.organisations,
        "meetings": crm.meetings,
        "follow-ups": crm.follow_ups,
        "initiatives": crm.initiatives,
        "lessons": crm.lessons,
    }[kind]
    columns = COLUMNS[kind]
    rows = repo.query(list_filter or ListFilter(), sort=sort, descending=descending, limit=_EXPORT_LIMIT)
    return [header for header, _ in columns], [[value(row) for _, value in columns] for row in rows]


def export_list(
    crm: Crm,
    what: str,
    path: Path,
    fmt: str,
    list_filter: ListFilter | None = None,
    *,
    sort: str | None = None,
    descending: bool = False,
) -> int:
    """Write a list as CSV (UTF-8 with BOM, ``;`` as Norwegian Excel reads it) or
    .xlsx. Cells that a spreadsheet would run as a formula are neutralised.
    Returns the number of rows."""
    headers, rows = list_table(crm, what, list_filter, sort=sort, descending=descending)
    if fmt == "csv":
        text_rows = [[_csv_value(v) for v in row] for row in rows]
        Path(path).write_bytes(write_csv(headers, text_rows, delimiter=";"))
    elif fmt == "xlsx":
        write_xlsx(headers, rows, path)
    else:
        raise UserError(f"Ukjent regnearkformat «{fmt}» (velg csv eller xlsx).")
    return len(rows)


def _csv_value(value: Any) -> Any:
    """Dates the way Excel with Norwegian settings reads them."""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return value


# ----------------------------------------------------------------------------- import


def read_xlsx_table(data: bytes) -> CsvTable:
    """The first sheet of a workbook as a table (first non-empty row = headers)."""
    import io

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any damage in the zip/XML
        raise ImportFileError(f"Regnearket kunne ikke leses ({error}).") from error
    sheet = workbook.worksheets[0]
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell_text(v) for v in values]
        if not any(c.strip() for c in cells):
            continue
        if headers is None:
            headers = [c.strip() or f"Kolonne {i}" for i, c in enumerate(cells, start=1)]
            continue
        cells = cells + [""] * (len(headers) - len(cells))
        rows.append(cells)
        numbers.append(number)
    workbook.close()
    if headers is None:
        raise ImportFileError("Regnearket er tomt.")
    return CsvTable(headers=headers, rows=rows, encoding="xlsx", delimiter="", row_numbers=numbers)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M") if value.time() != datetime.min.time() else value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_spreadsheet(data: bytes, kind: str = "csv") -> CsvTable:
    """A CSV (any of the supported encodings/separators) or .xlsx file as a table."""
    try:
        table = read_xlsx_table(data) if kind == "xlsx" else read_table(data)
    except ImportFileError as error:
        raise UserError(str(error)) from error
    table.rows = [[_unneutralise(cell) for cell in row] for row in table.rows]
    return table


def _unneutralise(cell: str) -> str:
    """Undo the ``'`` our export puts before = + - @ ("'+47 912 34 567")."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@") else cell


def guess_import_kind(mapping: dict[str, str]) -> str:
    """"people" when a column holds a person's name (or e-mail/phone), else "organisations"."""
    fields = {validation_base(target) for target in mapping.values()}
    if fields & {"given_name", "family_name"}:
        return "people"
    if "name" in fields and fields & {"email", "phone", "title", "organisation"}:
        return "people"
    if fields & {"orgnr", "kind", "website", "organisation"} or "name" in fields:
        return "organisations" if not fields & {"email", "phone"} else "people"
    return "people"


def validation_base(target: str) -> str:
    base = target.rstrip("0123456789")
    return {"emails": "email", "phones": "phone", "counties": "county"}.get(base, base)


def _single_row(table: CsvTable, index: int) -> CsvTable:
    return dataclasses.replace(table, rows=[table.rows[index]], row_numbers=[table.row_numbers[index]])


def import_table(
    crm: Crm,
    table: CsvTable,
    *,
    mapping: dict[str, str] | None = None,
    import_as: str | None = None,
    skip_invalid: bool = False,
    on_duplicate: str = "merge",
) -> tuple[ImportResult, str]:
    """Import people or organisations from a table; returns (result, kind imported)."""
    if on_duplicate not in DUPLICATE_POLICIES:
        raise UserError(f"Ukjent valg for dubletter: «{on_duplicate}» (velg merge, skip eller add).")
    mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
    if not mapping:
        raise UserError(
            "Fant ingen kjente kolonner (f.eks. Navn, Fornavn, E-post, Virksomhet, Organisasjonsnummer)."
        )
    kind = import_as or guess_import_kind(mapping)
    if kind not in ("people", "organisations"):
        raise UserError(f"Kan ikke importere regneark som «{kind}» (velg people eller organisations).")
    result = ImportResult()
    errors: list[str] = []
    with crm.write():
        for index, line in enumerate(table.row_numbers):
            single = _single_row(table, index)
            try:
                with crm.db.atomic():  # a savepoint: a failed line leaves nothing behind
                    problems = (
                        _import_person_row(crm, single, mapping, on_duplicate, result)
                        if kind == "people"
                        else _import_organisation_row(crm, single, mapping, result)
                    )
                    if problems:
                        raise _RowFailed(problems)
            except _RowFailed as failed:
                message = f"Linje {line}: " + "; ".join(failed.problems)
                if skip_invalid:
                    result.skipped += 1
                    result.messages.append(message + " – hoppet over")
                else:
                    errors.append(message)
            except ValidationError as error:
                message = f"Linje {line}: {error.message}"
                if skip_invalid:
                    result.skipped += 1
                    result.messages.append(message + " – hoppet over")
                else:
                    errors.append(message)
        if errors:
            raise ImportAborted(errors, hint=SKIP_HINT)
    return result, kind


class _RowFailed(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _import_person_row(
    crm: Crm, single: CsvTable, mapping: dict[str, str], on_duplicate: str, result: ImportResult
) -> list[str]:
    """Save one row's person (and organisation); returns problems that stop the row."""
    reasons: list[str] = []
    contacts = rows_to_contacts(single, mapping, reasons)
    if not contacts:
        result.skipped += 1
        result.messages.extend(reasons)
        return []
    contact = contacts[0]
    organisations = rows_to_organisations(single, mapping)
    problems: list[str] = []
    prepared_org = None
    county_ids: list[int] = []
    if contact.organisation and organisations:
        prepared_org, org_problems = prepare_organisation(crm, organisations[0])
        problems.extend(org_problems)
    elif organisations and not contact.organisation:
        # No organisation column: the row's counties are the person's.
        prepared_org, org_problems = prepare_organisation(crm, dataclasses.replace(organisations[0], orgnr="", website=""))
        problems.extend(org_problems)
        if prepared_org is not None:
            county_ids = prepared_org.county_ids
        prepared_org = None
    try:
        prepared = prepare_contact(contact)
    except ValidationError as error:
        problems.append(error.message)
        return problems
    if problems:
        return problems + prepared.invalid
    if prepared.invalid:
        result.messages.append(
            f"Linje {contact.source_line} ({prepared.name}): {'; '.join(prepared.invalid)} – lagt i notatene i stedet"
        )
    org_id = None
    if prepared_org is not None:
        org_id, outcome = upsert_organisation(crm, prepared_org)
        if outcome == "added":
            result.organisations_added += 1
    apply_contact(
        crm, prepared, on_duplicate=on_duplicate, organisation_id=org_id, county_ids=county_ids, result=result
    )
    return []


def _import_organisation_row(
    crm: Crm, single: CsvTable, mapping: dict[str, str], result: ImportResult
) -> list[str]:
    reasons: list[str] = []
    organisations = rows_to_organisations(single, mapping, reasons)
    if not organisations:
        result.skipped += 1
        result.messages.extend(reasons)
        return []
    prepared, problems = prepare_organisation(crm, organisations[0])
    if prepared is None:
        return problems
    _, outcome = upsert_organisation(crm, prepared)
    if outcome == "added":
        result.added += 1
    elif outcome == "updated":
        result.updated += 1
    else:
        result.skipped += 1
    return []


def import_spreadsheet_data(
    crm: Crm,
    data: bytes,
    kind: str = "csv",
    *,
    import_as: str | None = None,
    skip_invalid: bool = False,
    mapping: dict[str, str] | None = None,
    on_duplicate: str = "merge",
) -> tuple[ImportResult, str]:
    table = read_spreadsheet(data, kind)
    return import_table(
        crm, table, mapping=mapping, import_as=import_as, skip_invalid=skip_invalid, on_duplicate=on_duplicate
    )


def headers_and_mapping(data: bytes, kind: str = "csv") -> tuple[CsvTable, dict[str, str], str]:
    """For the app's preview: the table, the guessed mapping and the guessed kind."""
    table = read_spreadsheet(data, kind)
    mapping = guess_mapping(table.headers)
    return table, mapping, guess_import_kind(mapping)


__all__: Sequence[str] = (
    "COLUMNS",
    "LIST_KINDS",
    "export_list",
    "guess_import_kind",
    "headers_and_mapping",
    "import_spreadsheet_data",
    "import_table",
    "list_table",
    "read_spreadsheet",
)
