"""CSV (and XLSX export) for contact and organisation lists.

Reading: :func:`read_table` detects the encoding and delimiter, :func:`guess_mapping`
maps column names of Google Contacts, Outlook (English and Norwegian), Thunderbird and
Norwegian Excel lists to record fields, and :func:`rows_to_contacts` /
:func:`rows_to_organisations` build records. Values are not validated here (that is the
storage layer's job).

Writing: :func:`write_csv` and :func:`write_xlsx` neutralise cells that a spreadsheet
would run as a formula (CSV/formula injection).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from btvcrm.exchange.records import ContactRecord, ImportFileError, OrganisationRecord

__all__ = [
    "FIELDS",
    "CsvTable",
    "guess_mapping",
    "neutralise_cell",
    "read_table",
    "rows_to_contacts",
    "rows_to_organisations",
    "write_csv",
    "write_xlsx",
]

#: Fields a column can map to. E-mail and phone may repeat: "email", "email2", ...
FIELDS = (
    "name",
    "given_name",
    "family_name",
    "organisation",
    "title",
    "email",
    "phone",
    "notes",
    "orgnr",
    "kind",
    "website",
    "county",
    "middle_name",
    "uid",
    "key",
)

_OSLO = ZoneInfo("Europe/Oslo")
#: The longest cell a CSV import reads (a long note is fine; more is not a contact list).
MAX_CELL_CHARS = 2_000_000


@dataclass
class CsvTable:
    headers: list[str]
    rows: list[list[str]]  # each padded to len(headers); longer rows keep their extra cells
    encoding: str  # "utf-8-sig", "utf-8", "utf-16", "cp1252"
    delimiter: str  # ",", ";" or "\t"
    #: 1-based physical line where each row starts (CRLF, LF and a lone CR each end a line)
    row_numbers: list[int] = field(default_factory=list)


# ----------------------------------------------------------------------------- reading


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without BOM
        odd_zeros = sample[1::2].count(b"\x00")
        encoding = "utf-16-le" if odd_zeros > len(sample) // 4 else "utf-16-be"
        return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, "cp1252"


def _first_record(text: str) -> str:
    """The header record (up to the first line break outside double quotes)."""
    in_quotes = False
    for index, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char in "\r\n" and not in_quotes:
            return text[:index]
    return text


def _detect_delimiter(text: str) -> str:
    header = _first_record(text)
    candidates = (",", ";", "\t")
    counts = {d: _count_unquoted(header, d) for d in candidates}
    best = max(candidates, key=lambda d: counts[d])
    if counts[best] == 0:
        # One column: take the candidate that splits the data least.
        return min(candidates, key=lambda d: _count_unquoted(text, d))
    if list(counts.values()).count(counts[best]) == 1:
        return best
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters="".join(candidates)).delimiter
    except csv.Error:
        return best


def _count_unquoted(text: str, char: str) -> int:
    count = 0
    in_quotes = False
    for c in text:
        if c == '"':
            in_quotes = not in_quotes
        elif c == char and not in_quotes:
            count += 1
    return count


def _unique_headers(raw: list[str]) -> list[str]:
    headers: list[str] = []
    for name in raw:
        name = name.strip().lstrip("\ufeff")
        candidate, n = name, 2
        while name and candidate in headers:
            candidate = f"{name} ({n})"
            n += 1
        headers.append(candidate)
    return headers


def read_table(data: bytes) -> CsvTable:
    """Read a CSV file (first row = headers). Empty rows are skipped.

    Encoding: UTF-8 (with or without BOM), UTF-16 (BOM, or guessed from NUL bytes),
    otherwise Windows-1252. Delimiter: the one of ``,`` ``;`` TAB that occurs most often
    in the header row, else :class:`csv.Sniffer`, else ``,``.
    """
    if not data.strip():
        raise ImportFileError("Filen er tom.")
    text, encoding = _decode(data)
    delimiter = _detect_delimiter(text)
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)  # the default (131 072) refuses a long note
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    row_numbers: list[int] = []
    previous_line = 0
    try:
        for record in reader:
            start = previous_line + 1
            previous_line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers = _unique_headers(record)
                continue
            if len(record) < len(headers):
                record = record + [""] * (len(headers) - len(record))
            rows.append(record)
            row_numbers.append(start)
    except csv.Error as error:
        reason = (f"en celle er lengre enn {MAX_CELL_CHARS:_} tegn".replace("_", " ")
                  if "field larger" in str(error) else "den er ikke gyldig CSV (tegn som ikke hører hjemme der)")
        raise ImportFileError(f"filen kunne ikke leses videre: {reason}.", line=reader.line_num) from error
    if headers is None:
        raise ImportFileError("Filen er tom.")
    return CsvTable(
        headers=headers,
        rows=rows,
        encoding=encoding,
        delimiter=delimiter,
        row_numbers=row_numbers,
    )


# ----------------------------------------------------------------------------- mapping


def _compact(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.casefold())


_NAME = {
    "name", "navn", "displayname", "fullname", "fulltnavn", "visningsnavn",
    "kontaktperson", "kontaktnavn", "contactname", "deltaker", "deltakernavn",
}  # fmt: skip
_GIVEN = {"firstname", "givenname", "fornavn"}
_FAMILY = {"lastname", "familyname", "surname", "etternavn"}
_ORGANISATION = {
    "company", "companyname", "organization", "organisation", "organizationname",
    "organisationname", "firma", "firmanavn", "virksomhet", "virksomhetsnavn",
    "organisasjon", "organisasjonsnavn", "virksomhetorganisasjon",
    "organisasjonvirksomhet", "bedrift", "selskap", "arbeidsgiver", "employer",
}  # fmt: skip
_TITLE = {
    "jobtitle", "organizationtitle", "organisationtitle", "stilling",
    "stillingstittel", "jobbtittel", "rolle", "role", "position",
}  # fmt: skip
_WEAK_TITLE = {"title", "tittel"}  # Outlook's "Title"/"Tittel" is a salutation (Mr., Dr.)
_NOTES = {
    "notes", "note", "notater", "notat", "kommentar", "kommentarer", "merknad",
    "merknader", "comment", "comments", "beskrivelse", "description",
}  # fmt: skip
_ORGNR = {
    "orgnr", "orgnummer", "organisasjonsnummer", "organisasjonsnr", "orgno",
    "organizationnumber", "organisationnumber", "foretaksnummer",
}  # fmt: skip
_KIND = {
    "kind", "type", "orgtype", "organisasjonstype", "virksomhetstype",
    "organizationtype", "organisationtype",
}  # fmt: skip
_WEBSITE = {
    "website", "webpage", "webpage1", "webside", "nettside", "nettsted",
    "hjemmeside", "homepage", "url", "web",
}  # fmt: skip
_COUNTY = {"fylke", "fylker", "county", "counties"}
_MIDDLE = {"middlename", "additionalname", "mellomnavn"}  # Google, Outlook; not "Phonetic Middle Name"
_UID = {"uid", "btvcrmuid", "vcarduid"}  # btvcrm's own lists carry the record's stable UID
_KEY = {
    "nøkkelkontakt", "nøkkelperson", "nøkkelorganisasjon", "nøkkel", "keyperson", "keycontact",
    "keyorganisation", "keyorganization",
}  # fmt: skip

_EMAIL_RE = re.compile(
    r"^(e?mail|epost|epostadresse|emailadresse|emailaddress|primaryemail|secondaryemail"
    r"|email\d+|email\d*value|email\d*address|epost\d+|epostadresse\d+)$"
)
_PHONE_RE = re.compile(r"(phone|telefon|^tlf|^mobil|^mobile|^cell)")
_PHONE_EXCLUDE = re.compile(r"(fax|faks|pager|personsøker|label|type|phonetic)")
_ORG_RE = re.compile(r"^organi[sz]ation\d+name$")
_TITLE_RE = re.compile(r"^organi[sz]ation\d+title$")
_WEBSITE_RE = re.compile(r"^website\d*value$")


def _classify(compact: str) -> str | None:
    for names, target in (
        (_NAME, "name"),
        (_GIVEN, "given_name"),
        (_FAMILY, "family_name"),
        (_ORGANISATION, "organisation"),
        (_TITLE, "title"),
        (_NOTES, "notes"),
        (_ORGNR, "orgnr"),
        (_KIND, "kind"),
        (_WEBSITE, "website"),
        (_COUNTY, "county"),
        (_MIDDLE, "middle_name"),
        (_UID, "uid"),
        (_KEY, "key"),
    ):
        if compact in names:
            return target
    if _EMAIL_RE.match(compact):
        return "email"
    if _ORG_RE.match(compact):
        return "organisation"
    if _TITLE_RE.match(compact):
        return "title"
    if _WEBSITE_RE.match(compact):
        return "website"
    if _PHONE_RE.search(compact) and not _PHONE_EXCLUDE.search(compact):
        return "phone"
    return None


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Map column name -> field (see :data:`FIELDS`); unknown columns are left out.

    Several e-mail/phone columns become "email", "email2", "email3"... and "phone",
    "phone2"... in column order. Other fields map only their first matching column.
    A bare "Title"/"Tittel" column is a job title only when no better column exists.
    """
    mapping: dict[str, str] = {}
    counters = {"email": 0, "phone": 0}
    used: set[str] = set()
    weak_title: str | None = None
    for header in headers:
        compact = _compact(header)
        if not compact:
            continue
        if compact in _WEAK_TITLE:
            weak_title = weak_title or header
            continue
        target = _classify(compact)
        if target is None:
            continue
        if target in counters:
            counters[target] += 1
            n = counters[target]
            mapping[header] = target if n == 1 else f"{target}{n}"
        elif target not in used:
            used.add(target)
            mapping[header] = target
    if weak_title is not None and "title" not in used:
        mapping[weak_title] = "title"
    return mapping


_PLURALS = {"emails": "email", "phones": "phone", "counties": "county"}


def _base_field(target: str) -> str:
    """ "email2" -> "email", "phones" -> "phone"."""
    base = re.sub(r"\d+$", "", target.strip().casefold())
    return _PLURALS.get(base, base)


_EMAIL_SPLIT = re.compile(r"[;,\s]+|:::")
_PHONE_SPLIT = re.compile(r"\s*(?:;|,|/|\n|:::)\s*")
_COUNTY_SPLIT = re.compile(r"\s*(?:;|,|/|\n|:::)\s*")


def column_plan(table: CsvTable, mapping: dict[str, str]) -> list[tuple[int, str]]:
    """(column index, base field) for each mapped column that the table has."""
    positions = {header: index for index, header in enumerate(table.headers)}
    return [(positions[column], _base_field(target)) for column, target in mapping.items() if column in positions]


def row_values(row: Sequence[str], plan: list[tuple[int, str]]) -> dict[str, list[str]]:
    """One row's non-empty cells by base field (line breaks normalised, stripped)."""
    values: dict[str, list[str]] = {}
    for index, base in plan:
        if index >= len(row):
            continue
        cell = row[index].replace("\r\n", "\n").replace("\r", "\n").strip()
        if cell:
            values.setdefault(base, []).append(cell)
    return values


def _collect(
    table: CsvTable, mapping: dict[str, str]
) -> Iterable[tuple[int, dict[str, list[str]]]]:
    plan = column_plan(table, mapping)
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        yield number, row_values(row, plan)


def _first(values: dict[str, list[str]], key: str) -> str:
    found = values.get(key)
    return found[0] if found else ""


def _split_all(cells: list[str], pattern: re.Pattern[str]) -> list[str]:
    result: list[str] = []
    for cell in cells:
        for part in pattern.split(cell):
            part = part.strip()
            if part and part not in result:
                result.append(part)
    return result


_TRUE = {"ja", "j", "yes", "y", "true", "sann", "1", "x", "✓", "nøkkelkontakt", "nøkkelperson", "nøkkelorganisasjon"}


def is_yes(text: str) -> bool:
    """A key-flag cell: "Ja", "yes", "true", "1", "x" (what btvcrm and Excel write)."""
    return text.strip().casefold() in _TRUE


def contact_from_values(line: int, values: dict[str, list[str]]) -> ContactRecord | None:
    """A contact from one row's values (see :func:`rows_to_contacts`); None without name or e-mail."""
    given = _first(values, "given_name")
    middle = _first(values, "middle_name")
    family = _first(values, "family_name")
    emails = _split_all(values.get("email", []), _EMAIL_SPLIT)
    name = _first(values, "name") or " ".join(p for p in (given, middle, family) if p)
    name = name or (emails[0] if emails else "")
    if not name:
        return None
    return ContactRecord(
        name=name,
        given_name=" ".join(p for p in (given, middle) if p),
        family_name=family,
        organisation=_first(values, "organisation"),
        title=_first(values, "title"),
        emails=emails,
        phones=_split_all(values.get("phone", []), _PHONE_SPLIT),
        notes="\n".join(values.get("notes", [])),
        uid=_first(values, "uid"),
        is_key=is_yes(_first(values, "key")),
        source_line=line,
    )


def rows_to_contacts(
    table: CsvTable, mapping: dict[str, str], skipped: list[str] | None = None
) -> list[ContactRecord]:
    """One contact per row. ``name`` falls back to given + middle + family name, then e-mail.

    Rows with neither a name nor an e-mail are left out (with a Norwegian reason in
    ``skipped`` if a list is passed). Several addresses in one cell (separated by ``;``,
    ``,``, space or Google's `` ::: ``) become several e-mails.
    """
    contacts: list[ContactRecord] = []
    for line, values in _collect(table, mapping):
        contact = contact_from_values(line, values)
        if contact is None:
            if skipped is not None:
                skipped.append(f"Linje {line} har verken navn eller e-post – hoppet over")
            continue
        contacts.append(contact)
    return contacts


def split_counties(values: dict[str, list[str]]) -> list[str]:
    """County names of one row ("Buskerud, Telemark" or several columns)."""
    return _split_all(values.get("county", []), _COUNTY_SPLIT)


def organisation_name_key(mapping: dict[str, str]) -> str:
    """Which field names the organisation: "organisation" if mapped, else "name"."""
    return "organisation" if "organisation" in {_base_field(t) for t in mapping.values()} else "name"


def organisation_from_values(line: int, values: dict[str, list[str]], name_key: str) -> OrganisationRecord | None:
    name = _first(values, name_key)
    if not name:
        return None
    own = name_key == "name"  # a list of organisations: its notes, key flag and UID are theirs
    return OrganisationRecord(
        name=name,
        orgnr=_first(values, "orgnr"),
        kind=_first(values, "kind"),
        website=_first(values, "website"),
        counties=_split_all(values.get("county", []), _COUNTY_SPLIT),
        notes="\n".join(values.get("notes", [])) if own else "",
        uid=_first(values, "uid") if own else "",
        is_key=is_yes(_first(values, "key")) if own else False,
        source_line=line,
    )


def rows_to_organisations(
    table: CsvTable, mapping: dict[str, str], skipped: list[str] | None = None
) -> list[OrganisationRecord]:
    """Organisations named in the rows, merged by organisation number, else by name.

    The name comes from the "organisation" column, or from "name" if there is none
    (a plain list of organisations). A person list (one row per participant) thus
    yields each organisation once; counties of merged rows are combined, and
    ``source_line`` is the first row's line.
    """
    name_key = organisation_name_key(mapping)
    result: list[OrganisationRecord] = []
    by_key: dict[str, OrganisationRecord] = {}
    for line, values in _collect(table, mapping):
        record = organisation_from_values(line, values, name_key)
        if record is None:
            if skipped is not None and any(values.values()):
                skipped.append(f"Linje {line} mangler navn på organisasjonen – hoppet over")
            continue
        key = "nr:" + re.sub(r"\s", "", record.orgnr) if record.orgnr else "name:" + record.name.casefold()
        existing = by_key.get(key)
        if existing is not None:
            for county in record.counties:
                if county not in existing.counties:
                    existing.counties.append(county)
            continue
        by_key[key] = record
        result.append(record)
    return result


# ----------------------------------------------------------------------------- writing

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """Prefix ``'`` to text a spreadsheet would treat as a formula (= + - @ TAB CR)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, int | float):
        return str(value)
    return neutralise_cell(str(value))


def write_csv(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], *, delimiter: str = ","
) -> bytes:
    """CSV as UTF-8 with BOM (so Excel detects the encoding), CRLF, minimal quoting.

    Use ``delimiter=";"`` for Excel with Norwegian regional settings, which splits
    columns on semicolons. Text cells starting with = + - @ TAB or CR get a leading
    ``'`` (see :func:`neutralise_cell`); numbers, dates (ISO 8601) and None are written
    as values. Booleans become "Ja"/"Nei".
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise_cell(str(h)) for h in headers])
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"
)


def _xlsx_value(value: Any) -> tuple[Any, str | None]:
    """(value for openpyxl, number format). Text stays text, unchanged: a string
    cell is never a formula in a workbook, so it needs no visible apostrophe."""
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            try:
                return date.fromisoformat(value), "DD.MM.YYYY"
            except ValueError:
                pass
        elif _ISO_DATETIME.match(value):
            try:
                value = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return value, None
        else:
            return value, None
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # Excel has no time zones: local Norwegian time
            value = value.astimezone(_OSLO).replace(tzinfo=None)
        return value, "DD.MM.YYYY HH:MM"
    if isinstance(value, date):
        return value, "DD.MM.YYYY"
    return value, None


def write_xlsx(headers: Sequence[str], rows: Iterable[Sequence[Any]], path: str | Path, *,
               force: bool = False) -> None:
    """Write an .xlsx sheet: bold, frozen header row, auto filter, fitted column widths.

    Text is stored as text cells, never as a formula, and without a visible
    apostrophe: a cell starting with = + - @ (a phone "+47 912 34 567", a name
    "=HYPERLINK(…)") is a string cell with Excel's hidden quote prefix, so it stays
    text even when edited. ``date``/``datetime`` values and ISO 8601 date strings
    become real Excel dates (shown as DD.MM.YYYY); aware datetimes are converted to
    Europe/Oslo time. The file goes through ``storage.safe_output``.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from btvcrm.storage.safe_output import check_target, write_output

    check_target(path, force=force)  # a refused target costs nothing
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    bold = Font(bold=True)
    widths = [len(str(h)) for h in headers]
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=str(header))
        cell.font = bold
        cell.data_type = "s"
    row_index = 1
    for row in rows:
        row_index += 1
        for column, raw in enumerate(row, start=1):
            value, number_format = _xlsx_value(raw)
            cell = sheet.cell(row=row_index, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula
                if value.startswith(_FORMULA_START):
                    cell.quotePrefix = True  # Excel's own "this is text" mark, not shown
            if number_format:
                cell.number_format = number_format
            shown = (
                16
                if number_format
                else max(
                    (len(part) for part in str("" if value is None else value).split("\n")),
                    default=0,
                )
            )
            while len(widths) < column:
                widths.append(0)
            widths[column - 1] = max(widths[column - 1], shown)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(row_index, 1)}"
    # Into memory first, then one write: a full disk fails in write_output (one sentence, the
    # old file as it was), never inside openpyxl's zip stream, whose half-written archive
    # would print "Exception ignored" when it is collected.
    write_output(path, _workbook_bytes(workbook, path), force=force)


def _workbook_bytes(workbook: Any, path: str | Path) -> bytes:
    """The .xlsx file in memory. openpyxl still writes each sheet to a temporary file of
    its own first; when that fails (a full disk), the error is one sentence like any other,
    the half-written sheet is closed quietly and its temporary file removed."""
    import errno
    import os

    from btvcrm.domain.errors import UserError
    from btvcrm.storage.safe_output import describe_os_error

    temporary_before = set(_openpyxl_temporary_files())
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
    except Exception as error:
        if isinstance(error, OSError):
            reason = describe_os_error(error)
        elif type(error).__name__ == "SerialisationError":  # lxml's writer: "IO_ENOSPC", "IO_EFBIG"
            code = getattr(errno, str(error).removeprefix("IO_"), None)
            reason = describe_os_error(OSError(code, os.strerror(code)) if code else error)
        else:
            raise
        _close_failed_sheet(error, temporary_before)
        raise UserError(f"Kunne ikke lage regnearket {path}: {reason}. Ingen fil ble endret.") from None
    return buffer.getvalue()


def _openpyxl_temporary_files() -> list[str]:
    from openpyxl.worksheet import _writer

    return list(getattr(_writer, "ALL_TEMP_FILES", []))


def _close_failed_sheet(error: BaseException, temporary_before: set[str]) -> None:
    """The failed sheet writer is still open in the traceback's frames: clear them now, with
    its second complaint (the same write error again, from a generator being closed) not
    printed as "Exception ignored" to the user; then remove its temporary file (the rows
    in plain text) instead of leaving it until the program ends."""
    import contextlib
    import gc
    import os
    import sys
    import traceback

    previous = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(error.__traceback__)
        gc.collect()
    finally:
        sys.unraisablehook = previous
    from openpyxl.worksheet import _writer

    for name in set(_openpyxl_temporary_files()) - temporary_before:
        with contextlib.suppress(OSError):
            os.remove(name)
        with contextlib.suppress(ValueError, AttributeError):
            _writer.ALL_TEMP_FILES.remove(name)
