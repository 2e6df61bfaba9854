"""Registration lists for a market dialogue (påmeldingslister) from CSV or XLSX.

Reading and column mapping are the contact import's (`csvfiles.read_table`,
`spreadsheets.read_spreadsheet`, `csvfiles.guess_mapping`, `rows_to_contacts`,
`rows_to_organisations`); this module adds the columns only a registration
list has: whether the person comes ("Deltar"), whether the supplier wants a
one-to-one meeting ("Én-til-én"), and when they registered ("Påmeldt",
"Tidspunkt"). Rows come out as plain `RegistrationRow`s with what is wrong in
them; `services.market_dialogue.import_registrations` stores them.

A value that cannot be stored (an organisasjonsnummer with a wrong check
digit, a yes/no that is neither, a time that is not a time) is a problem of
the row: the import stops and names the line, or skips the row when asked.
An e-mail address or phone number that fails validation does not stop the
row; it is kept in the registration's comment and reported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from btvcrm.domain import clock, dates, validation
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.exchange.csvfiles import (
    CsvTable,
    guess_mapping,
    rows_to_contacts,
    rows_to_organisations,
)
from btvcrm.exchange.spreadsheets import read_spreadsheet

#: The fields of a registration list beyond the contact fields of `csvfiles.FIELDS`.
REGISTRATION_FIELDS = ("attending", "one_to_one", "registered_at")

_YES = {"ja", "j", "yes", "y", "x", "1", "true", "sann", "✓", "✔", "ok"}
_NO = {"nei", "n", "no", "0", "false", "usann", "-", ""}


@dataclass
class RegistrationRow:
    line: int
    organisation: str = ""
    orgnr: str = ""
    person: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    title: str = ""
    counties: list[str] = field(default_factory=list)
    attending: bool = True
    one_to_one: bool = False
    registered_at: dt.datetime | None = None
    comment: str = ""
    problems: list[str] = field(default_factory=list)  # stop the row
    warnings: list[str] = field(default_factory=list)  # salvaged into the comment

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RegistrationPreview:
    """What the app's mapping preview shows before anything is stored."""

    table: CsvTable
    mapping: dict[str, str]
    rows: list[RegistrationRow]

    @property
    def problem_lines(self) -> list[str]:
        return [f"Linje {r.line}: {'; '.join(r.problems)}" for r in self.rows if r.problems]


def _plain(header: str) -> str:
    text = unicodedata.normalize("NFD", header.casefold().replace("ø", "o").replace("æ", "ae"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", text)


_ATTENDING = {"deltar", "deltakelse", "delta", "kommer", "attending", "attends", "attendance", "oppmote",
              "deltarpakonferansen", "deltarfysisk", "fremmote"}
_ONE_TO_ONE_RE = re.compile(r"(entilen|1til1|onetoone|1to1|11mote|individueltmote|motemedoppdragsgiver)")
_REGISTERED = {"pameldt", "pameldingstidspunkt", "pameldingsdato", "tidspunkt", "registrert",
               "registreringstidspunkt", "innsendt", "timestamp", "tidsstempel", "registeredat",
               "registrationtime", "submitted", "submittedat", "dato", "date"}


def _classify(header: str) -> str | None:
    plain = _plain(header)
    if plain in _ATTENDING:
        return "attending"
    if _ONE_TO_ONE_RE.search(plain):
        return "one_to_one"
    if plain in _REGISTERED:
        return "registered_at"
    return None


def guess_registration_mapping(headers: Sequence[str]) -> dict[str, str]:
    """The contact mapping (`csvfiles.guess_mapping`) plus the registration columns."""
    mapping = guess_mapping(headers)
    used = set(mapping.values())
    for header in headers:
        if header in mapping:
            continue
        target = _classify(header)
        if target is not None and target not in used:
            mapping[header] = target
            used.add(target)
    return mapping


def read_registration_table(data: bytes, kind: str = "csv") -> CsvTable:
    """A CSV (Excel's cp1252 and `;` included) or .xlsx registration list."""
    return read_spreadsheet(data, kind)


def _cell(table: CsvTable, row: list[str], mapping: dict[str, str], target: str) -> str | None:
    for column, mapped in mapping.items():
        if mapped == target and column in table.headers:
            return row[table.headers.index(column)].strip()
    return None


def parse_yes_no(text: str) -> bool:
    value = text.strip().casefold().rstrip(".")
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValidationError("yes_no", f"«{text}» er verken ja eller nei")


def parse_registered_at(text: str, *, today: dt.date | None = None) -> dt.datetime:
    """"01.06.2016 10:15", "2016-06-01T10:15:00", "1. juni 2016" (then 00.00)."""
    value = text.strip()
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        parsed = dates.parse_when(value, today=today or clock.today())
        moment = dt.datetime.combine(parsed.date, parsed.time or dt.time(0, 0))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=clock.OSLO)
    return moment.astimezone(clock.OSLO)


def registration_rows(table: CsvTable, mapping: dict[str, str]) -> list[RegistrationRow]:
    """One `RegistrationRow` per data row, with its problems; nothing is stored."""
    targets = {validation_base(t) for t in mapping.values()}
    if "organisation" not in targets:
        raise UserError("Påmeldingslisten mangler en kolonne for virksomhet (f.eks. «Virksomhet» eller «Firma»).")
    result: list[RegistrationRow] = []
    for index, line in enumerate(table.row_numbers):
        single = dataclasses.replace(table, rows=[table.rows[index]], row_numbers=[line])
        raw = table.rows[index]
        row = RegistrationRow(line=line)
        organisations = rows_to_organisations(single, mapping)
        if not organisations:
            if not any(cell.strip() for cell in raw):
                continue
            row.problems.append("mangler virksomhet")
            result.append(row)
            continue
        organisation = organisations[0]
        row.organisation, row.orgnr, row.counties = organisation.name, organisation.orgnr, organisation.counties
        try:
            validation.clean_orgnr(row.orgnr)
        except ValidationError as error:
            row.problems.append(error.message)
        contacts = rows_to_contacts(single, {k: v for k, v in mapping.items() if validation_base(v) != "organisation"})
        if contacts:
            contact = contacts[0]
            named = bool(contact.name) and (contact.name not in contact.emails)
            row.person = contact.name if named else ""
            row.title = contact.title
            row.comment = contact.notes
            for raw_email in contact.emails:
                try:
                    email = validation.clean_email(raw_email)
                except ValidationError as error:
                    row.warnings.append(error.message)
                    continue
                if email:
                    row.emails.append(email)
            for raw_phone in contact.phones:
                try:
                    phone = validation.clean_phone(raw_phone)
                except ValidationError as error:
                    row.warnings.append(error.message)
                    continue
                if phone:
                    row.phones.append(phone)
        for target, setter in (("attending", "attending"), ("one_to_one", "one_to_one")):
            text = _cell(table, raw, mapping, target)
            if text is None:
                continue
            try:
                setattr(row, setter, parse_yes_no(text))
            except ValidationError as error:
                row.problems.append(f"{_header_of(mapping, target)}: {error.message}")
        when = _cell(table, raw, mapping, "registered_at")
        if when:
            try:
                row.registered_at = parse_registered_at(when)
            except dates.DateParseError:
                row.problems.append(f"{_header_of(mapping, 'registered_at')}: «{when}» er ikke et tidspunkt")
        result.append(row)
    return result


def _header_of(mapping: dict[str, str], target: str) -> str:
    return next((column for column, mapped in mapping.items() if mapped == target), target)


def validation_base(target: str) -> str:
    base = target.rstrip("0123456789")
    return {"emails": "email", "phones": "phone", "counties": "county"}.get(base, base)


def preview_registrations(data: bytes, kind: str = "csv", mapping: dict[str, str] | None = None) -> RegistrationPreview:
    """Read the file, guess (or take) the mapping, and check every row."""
    table = read_registration_table(data, kind)
    chosen = dict(mapping) if mapping is not None else guess_registration_mapping(table.headers)
    return RegistrationPreview(table=table, mapping=chosen, rows=registration_rows(table, chosen))


__all__ = [
    "REGISTRATION_FIELDS",
    "RegistrationPreview",
    "RegistrationRow",
    "guess_registration_mapping",
    "parse_registered_at",
    "parse_yes_no",
    "preview_registrations",
    "read_registration_table",
    "registration_rows",
]
