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

from collections.abc import Callable, Mapping, Sequence
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
    ContactPreview,
    apply_contact,
    check_policy,
    match_contact,
    prepare_contact,
    prepare_organisation,
    upsert_organisation,
)
from btvcrm.exchange.csvfiles import (
    CsvTable,
    column_plan,
    contact_from_values,
    guess_mapping,
    organisation_from_values,
    organisation_name_key,
    read_table,
    row_values,
    split_counties,
    write_csv,
    write_xlsx,
)
from btvcrm.exchange.duplicates import ImportContext
from btvcrm.exchange.records import ImportFileError
from btvcrm.exchange.results import SKIP_HINT, ImportAborted, ImportResult, Progress, Ticker
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
        ("Nøkkelkontakt", lambda r: _yes(r["is_key"])),
        ("Notater", lambda r: r.get("notes") or ""),  # never the private notes
        ("UID", lambda r: r.get("uid") or ""),  # re-import matches on it
    ],
    "organisations": [
        ("Navn", lambda r: r["name"]),
        ("Type", lambda r: _label(OrganisationKind, r["kind"])),
        ("Organisasjonsnummer", lambda r: r["orgnr"] or ""),
        ("Nettside", lambda r: r["website"] or ""),
        ("Fylker", lambda r: r["counties"] or ""),
        ("Siste kontakt", lambda r: _day(r["last_contact"])),
        ("Nøkkelorganisasjon", lambda r: _yes(r["is_key"])),
        ("Notater", lambda r: r.get("notes") or ""),
        ("UID", lambda r: r.get("uid") or ""),
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
    if kind in ("people", "organisations"):
        extras = (crm.people if kind == "people" else crm.organisations).export_extras([r["id"] for r in rows])
        for row in rows:
            row.update(extras.get(row["id"], {}))
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
    force: bool = False,
) -> int:
    """Write a list as CSV (UTF-8 with BOM, ``;`` as Norwegian Excel reads it) or
    .xlsx. Cells that a spreadsheet would run as a formula are neutralised.
    Returns the number of rows."""
    from btvcrm.storage.safe_output import write_output

    if fmt not in ("csv", "xlsx"):
        raise UserError(f"Ukjent regnearkformat «{fmt}» (velg csv eller xlsx).")
    headers, rows = list_table(crm, what, list_filter, sort=sort, descending=descending)
    if fmt == "csv":
        text_rows = [[_csv_value(v) for v in row] for row in rows]
        write_output(path, write_csv(headers, text_rows, delimiter=";"), force=force)
    else:
        write_xlsx(headers, rows, path, force=force)
    return len(rows)


def _csv_value(value: Any) -> Any:
    """Dates the way Excel with Norwegian settings reads them."""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return value


# ----------------------------------------------------------------------------- import

#: Hostile-file limits for workbooks (docs/exchange.md states them).
MAX_XLSX_UNCOMPRESSED = 100_000_000  # bytes of XML, all parts of the zip together
MAX_ROWS = 200_000  # rows with data, CSV and XLSX
MAX_COLUMNS = 500


def _check_zip(data: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than the limit (a zip bomb)."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError("Regnearket kunne ikke leses: filen er ikke en gyldig .xlsx-fil (skadet zip).")
    if total > MAX_XLSX_UNCOMPRESSED:
        raise ImportFileError(
            f"Regnearket pakkes ut til {total // 1_000_000} MB, mer enn grensen på "
            f"{MAX_XLSX_UNCOMPRESSED // 1_000_000} MB. Lagre arket som CSV og importer det i stedet."
        )


def read_xlsx_table(data: bytes) -> CsvTable:
    """The first sheet of a workbook as a table (first non-empty row = headers).

    Read-only and bounded by the real data: the sheet's declared size (which can
    claim 1 048 576 × 16 384 cells) is ignored, rows are as wide as the header
    row, and past :data:`MAX_ROWS` rows or :data:`MAX_COLUMNS` columns the import
    stops with a message.
    """
    import io

    from openpyxl import load_workbook

    _check_zip(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any damage in the zip/XML
        raise ImportFileError("Regnearket kunne ikke leses: filen er skadet eller ikke en .xlsx-arbeidsbok.") \
            from error
    try:
        return _sheet_table(workbook)
    except ImportFileError:
        raise
    except Exception as error:  # noqa: BLE001 - damaged sheet XML found while reading
        raise ImportFileError("Regnearket kunne ikke leses helt: arket er skadet.") from error
    finally:
        workbook.close()


def _trimmed(values: Sequence[Any]) -> list[str]:
    cells = [_cell_text(v) for v in values]
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _sheet_table(workbook: Any) -> CsvTable:
    if not workbook.worksheets:
        raise ImportFileError("Regnearket har ingen ark.")
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()  # the declared size is not trusted (see above)
    headers: list[str] | None = None
    header_row = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if len(values) > MAX_COLUMNS * 4 and any(v is not None for v in values[MAX_COLUMNS * 4:]):
            raise ImportFileError(f"Linje {number}: regnearket har mer enn {MAX_COLUMNS} kolonner med data.")
        cells = _trimmed(values[: MAX_COLUMNS * 4])
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > MAX_COLUMNS:
            raise ImportFileError(f"Linje {number}: regnearket har mer enn {MAX_COLUMNS} kolonner med data.")
        headers = [c.strip() or f"Kolonne {i}" for i, c in enumerate(cells, start=1)]
        header_row = number
        break
    if headers is None:
        raise ImportFileError("Regnearket er tomt.")
    width = len(headers)
    rows: list[list[str]] = []
    numbers: list[int] = []
    rows_iter = sheet.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
    for number, values in enumerate(rows_iter, start=header_row + 1):
        if not any(v is not None and str(v).strip() for v in values):
            continue
        if len(rows) >= MAX_ROWS:
            raise ImportFileError(
                f"Regnearket har mer enn {MAX_ROWS} rader med data; del det opp, eller lagre det som CSV i flere deler."
            )
        cells = [_cell_text(v) for v in values]
        rows.append(cells + [""] * (width - len(cells)))
        numbers.append(number)
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
    if len(table.rows) > MAX_ROWS:
        raise UserError(f"Filen har {len(table.rows)} rader; grensen er {MAX_ROWS}. Del den opp i flere filer.")
    table.rows = [[_unneutralise(cell) for cell in row] for row in table.rows]
    return table


def _unneutralise(cell: str) -> str:
    """Undo the ``'`` our CSV export puts before = + - @ ("'+47 912 34 567")."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@") else cell


def guess_import_kind(mapping: dict[str, str]) -> str:
    """"people" when a column holds a person's name (or e-mail/phone), else "organisations"."""
    fields = {validation_base(target) for target in mapping.values()}
    if fields & {"given_name", "family_name", "middle_name"}:
        return "people"
    if "name" in fields and fields & {"email", "phone", "title", "organisation"}:
        return "people"
    if fields & {"orgnr", "kind", "website", "organisation"} or "name" in fields:
        return "organisations" if not fields & {"email", "phone"} else "people"
    return "people"


def validation_base(target: str) -> str:
    base = target.rstrip("0123456789")
    return {"emails": "email", "phones": "phone", "counties": "county"}.get(base, base)


_LIST_WORDS = {"meetings": "en møteliste", "follow-ups": "en liste over oppfølgingspunkter",
               "initiatives": "en liste over innovasjonsprosjekter", "lessons": "en liste over læringspunkter"}


def refuse_btvcrm_lists(table: CsvTable) -> None:
    """btvcrm's own meeting/follow-up/initiative/lesson lists are for reading, not
    for importing: say so in one line instead of failing on every row."""
    headers = set(table.headers)
    for kind, word in _LIST_WORDS.items():
        if {header for header, _ in COLUMNS[kind]} <= headers:
            raise UserError(
                f"Filen er {word} eksportert fra btvcrm, og slike lister kan ikke importeres. "
                "Bruk kalenderfilen (.ics) for møter og oppfølgingspunkter, eller JSON-eksporten for alt."
            )


def import_table(
    crm: Crm,
    table: CsvTable,
    *,
    mapping: dict[str, str] | None = None,
    import_as: str | None = None,
    skip_invalid: bool = False,
    on_duplicate: str = "merge",
    decisions: Mapping[int, str] | None = None,
    progress: Progress | None = None,
) -> tuple[ImportResult, str]:
    """Import people or organisations from a table; returns (result, kind imported).

    One pass over the rows in one transaction, each row in a savepoint; look-ups
    go through in-memory indexes (duplicates.ImportContext), so time grows
    linearly with the rows. ``decisions`` maps a row's index (in ``table.rows``)
    to the user's choice for a possible duplicate ("merge", "add", "skip").
    """
    check_policy(on_duplicate)
    mapping = dict(mapping) if mapping is not None else guess_mapping(table.headers)
    refuse_btvcrm_lists(table)
    if not mapping:
        raise UserError(
            "Fant ingen kjente kolonner (f.eks. Navn, Fornavn, E-post, Virksomhet, Organisasjonsnummer)."
        )
    kind = import_as or guess_import_kind(mapping)
    if kind not in ("people", "organisations"):
        raise UserError(f"Kan ikke importere regneark som «{kind}» (velg people eller organisations).")
    result = ImportResult()
    errors: list[str] = []
    plan = column_plan(table, mapping)
    name_key = organisation_name_key(mapping)
    own_list = "uid" in {validation_base(t) for t in mapping.values()}
    ticker = Ticker(progress, len(table.rows))
    with crm.write():
        context = ImportContext.load(crm)
        for index, (line, row) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
            ticker.tick()
            values = row_values(row, plan)
            try:
                with context.record():  # a savepoint: a failed line leaves nothing behind
                    if kind == "people":
                        problems = _import_person_row(
                            crm, line, values, name_key, on_duplicate, result, context,
                            (decisions or {}).get(index), own_list)
                    else:
                        problems = _import_organisation_row(crm, line, values, result, context)
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
    ticker.finish()
    return result, kind


class _RowFailed(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _county_ids(crm: Crm, names: list[str]) -> tuple[list[int], list[str]]:
    ids: list[int] = []
    problems: list[str] = []
    for name in names:
        try:
            county_id = crm.counties.by_name(name).id
        except UserError as error:
            problems.append(str(error).rstrip("."))
            continue
        if county_id is not None:
            ids.append(county_id)
    return ids, problems


def _import_person_row(
    crm: Crm, line: int, values: dict[str, list[str]], name_key: str, on_duplicate: str,
    result: ImportResult, context: ImportContext, decision: str | None, own_list: bool,
) -> list[str]:
    """Save one row's person (and organisation); returns problems that stop the row."""
    contact = contact_from_values(line, values)
    if contact is None:
        result.skipped += 1
        result.messages.append(f"Linje {line} har verken navn eller e-post – hoppet over")
        return []
    problems: list[str] = []
    prepared_org = None
    organisation = organisation_from_values(line, values, name_key) if contact.organisation else None
    if organisation is not None:
        if own_list:  # btvcrm's own people list: "Fylker" are the person's, not the organisation's
            organisation.counties = []
        prepared_org, org_problems = prepare_organisation(crm, organisation)
        problems.extend(org_problems)
    county_ids: list[int] = []
    if own_list or organisation is None:
        county_ids, county_problems = _county_ids(crm, split_counties(values))
        problems.extend(p for p in county_problems if p not in problems)
    try:
        prepared = prepare_contact(contact)
    except ValidationError as error:
        problems.append(error.message)
        return problems
    if problems:
        return problems + prepared.invalid
    where = f"Linje {line} ({prepared.name})"
    if prepared.invalid:
        result.messages.append(f"{where}: {'; '.join(prepared.invalid)} – lagt i notatene i stedet")
    org_id = None
    if prepared_org is not None:
        org_id, outcome = upsert_organisation(crm, prepared_org, context)
        if outcome == "added":
            context.later(lambda: _count_organisation(result))
    apply_contact(
        crm, prepared, on_duplicate=on_duplicate, organisation_id=org_id, county_ids=county_ids, result=result,
        context=context, decision=decision, where=where, record=contact,
    )
    return []


def _count_organisation(result: ImportResult) -> None:
    result.organisations_added += 1


def _import_organisation_row(
    crm: Crm, line: int, values: dict[str, list[str]], result: ImportResult, context: ImportContext
) -> list[str]:
    organisation = organisation_from_values(line, values, "name")
    if organisation is None:
        if any(values.values()):
            result.skipped += 1
            result.messages.append(f"Linje {line} mangler navn på organisasjonen – hoppet over")
        return []
    prepared, problems = prepare_organisation(crm, organisation)
    if prepared is None:
        return problems
    _, outcome = upsert_organisation(crm, prepared, context)
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
    decisions: Mapping[int, str] | None = None,
    progress: Progress | None = None,
) -> tuple[ImportResult, str]:
    table = read_spreadsheet(data, kind)
    return import_table(
        crm, table, mapping=mapping, import_as=import_as, skip_invalid=skip_invalid, on_duplicate=on_duplicate,
        decisions=decisions, progress=progress,
    )


def headers_and_mapping(data: bytes, kind: str = "csv") -> tuple[CsvTable, dict[str, str], str]:
    """For the app's preview: the table, the guessed mapping and the guessed kind."""
    table = read_spreadsheet(data, kind)
    mapping = guess_mapping(table.headers)
    return table, mapping, guess_import_kind(mapping)


def preview_people(crm: Crm, table: CsvTable, mapping: dict[str, str]) -> list[ContactPreview]:
    """For the app's preview: each row's contact and whom it matches (certain or
    possible); ``index`` is the row's index, as ``decisions`` expects it."""
    plan = column_plan(table, mapping)
    context = ImportContext.load(crm)
    previews: list[ContactPreview] = []
    for index, (line, row) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        contact = contact_from_values(line, row_values(row, plan))
        if contact is None:
            continue
        try:
            prepared = prepare_contact(contact)
        except ValidationError as error:
            previews.append(ContactPreview(index, contact, None, error.message))
            continue
        org_id = context.organisations.by_name(contact.organisation) if contact.organisation else None
        previews.append(ContactPreview(index, contact, match_contact(context, prepared, org_id)))
    return previews


__all__: Sequence[str] = (
    "COLUMNS",
    "LIST_KINDS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "MAX_XLSX_UNCOMPRESSED",
    "export_list",
    "guess_import_kind",
    "headers_and_mapping",
    "import_spreadsheet_data",
    "import_table",
    "list_table",
    "preview_people",
    "read_spreadsheet",
)
