"""CSV import (encoding, delimiter, column mapping) and CSV/XLSX export."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from btvcrm.exchange.csvfiles import (
    guess_mapping,
    neutralise_cell,
    read_table,
    rows_to_contacts,
    rows_to_organisations,
    write_csv,
    write_xlsx,
)
from btvcrm.exchange.records import ImportFileError

LOCAL_SAMPLES = Path(__file__).parent / "samples"


def sample(name: str) -> bytes:
    return (LOCAL_SAMPLES / name).read_bytes()  # the copies in the repository: a clone runs every test


CSV_FILES = sorted(p.name for p in LOCAL_SAMPLES.glob("*.csv"))


def test_samples_are_present() -> None:
    assert len(CSV_FILES) == 4


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_sample_reads_and_maps(name: str) -> None:
    table = read_table(sample(name))
    assert table.rows and len(table.rows) == len(table.row_numbers)
    mapping = guess_mapping(table.headers)
    contacts = rows_to_contacts(table, mapping)
    assert len(contacts) == len(table.rows)
    assert all(c.emails for c in contacts)


def test_google_contacts_layout() -> None:
    table = read_table(sample("csv_google_contacts_layout.csv"))
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.row_numbers == [2, 4, 5]  # the first record spans two lines
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "First Name": "given_name",
        "Middle Name": "middle_name",
        "Last Name": "family_name",
        "Organization Name": "organisation",
        "Organization Title": "title",
        "Notes": "notes",
        "E-mail 1 - Value": "email",
        "E-mail 2 - Value": "email2",
        "Phone 1 - Value": "phone",
        "Phone 2 - Value": "phone2",
        "Website 1 - Value": "website",
    }
    ase, oystein, kari = rows_to_contacts(table, mapping)
    assert ase.name == "Åse Marie Bjørnstad"  # the middle name is kept
    assert ase.organisation == "Telemark fylkeskommune" and ase.title == "Innkjøpssjef"
    assert ase.emails == ["ase.bjornstad@example.no"]
    assert ase.phones == ["+47 912 34 567", "35 91 70 00"]
    assert ase.notes == 'Møttes på dialogkonferansen, "svært positiv"'
    assert ase.source_line == 2
    assert oystein.emails == ["oystein.lie@example.no", "oystein@example.com"]
    assert oystein.source_line == 4
    assert kari.family_name == "Nordmann-Ødegård"
    assert kari.title == "Rådgiver, innovasjon"
    assert kari.notes == "Notat med komma, og semikolon; og linjeskift\nandre linje"
    assert kari.source_line == 5


def test_outlook_cp1252_layout() -> None:
    table = read_table(sample("csv_outlook_contacts_layout_cp1252.csv"))
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "First Name": "given_name",
        "Middle Name": "middle_name",
        "Last Name": "family_name",
        "Company": "organisation",
        "Job Title": "title",  # "Title" is the salutation column
        "Business Phone": "phone",
        "Mobile Phone": "phone2",
        "E-mail Address": "email",
        "Notes": "notes",
    }
    per, siri = rows_to_contacts(table, mapping)
    assert (per.name, per.organisation, per.title) == (
        "Per Ås",
        "Buskerud fylkeskommune",
        "Rådgiver",
    )
    assert per.phones == ["32 80 86 00", "+47 400 00 001"]
    assert per.emails == ["per.as@example.no"]
    assert siri.name == "Siri Kvæven" and siri.title == "Seniorrådgiver"
    assert siri.notes == "Velferdsteknologi – oppfølging"  # 0x96 en dash
    assert siri.phones == []


def test_norwegian_registration_list_semicolon() -> None:
    table = read_table(sample("csv_registration_excel_semicolon_cp1252.csv"))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    mapping = guess_mapping(table.headers)
    assert mapping == {
        "Fornavn": "given_name",
        "Etternavn": "family_name",
        "E-post": "email",
        "Mobil": "phone",
        "Virksomhet": "organisation",
        "Organisasjonsnummer": "orgnr",
        "Stilling": "title",
        "Fylke": "county",
        "Kommentar": "notes",
    }
    hakon, ingrid, lars = rows_to_contacts(table, mapping)
    assert hakon.name == "Håkon Sæther" and hakon.organisation == "Sæther Maritime AS"
    assert hakon.phones == ["41234567"] and hakon.notes == "Interessert i førerløs ferge"
    assert ingrid.name == "Ingrid Østby" and ingrid.notes == ""
    assert lars.emails == ["lars@example"]  # invalid on purpose: validated by storage
    assert [c.source_line for c in (hakon, ingrid, lars)] == [2, 3, 4]
    orgs = rows_to_organisations(table, mapping)
    assert [(o.name, o.orgnr, o.counties) for o in orgs] == [
        ("Sæther Maritime AS", "923609016", ["Vestfold"]),
        ("Grenland Helse-Tek AS", "914778271", ["Telemark"]),
        ("Ødegaard & Sønn AS", "123456789", ["Buskerud"]),
    ]


def test_thunderbird_layout_with_cr_lf_tab_in_quotes() -> None:
    table = read_table(sample("csv_thunderbird_export.csv"))
    assert (table.encoding, table.delimiter) == ("utf-8", ",")
    assert table.row_numbers == [2, 3]
    assert "custom\r3" in table.rows[1] and "custom\n4" in table.rows[1]
    assert "custom\t2" in table.rows[1]
    mapping = guess_mapping(table.headers)
    assert mapping["Display Name"] == "name"
    assert mapping["Primary Email"] == "email" and mapping["Secondary Email"] == "email2"
    assert mapping["Job Title"] == "title" and mapping["Organization"] == "organisation"
    assert mapping["Mobile Number"].startswith("phone")
    assert "Fax Number" not in mapping and "Pager Number" not in mapping
    one, two = rows_to_contacts(table, mapping)
    assert (one.name, one.emails) == ("contact number one", ["contact1@invalid"])
    assert two.title == '"worker"'
    assert two.notes == "here's some unicode text\u2026"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-postadresse", "email"),
        ("Telefon (arbeid)", "phone"),
        ("Mobiltelefon", "phone"),
        ("Firma", "organisation"),
        ("Navn", "name"),
        ("Virksomhet/Organisasjon", "organisation"),
        ("Org.nr", "orgnr"),
        ("Org.nr.", "orgnr"),
        ("Nettside", "website"),
        ("Type", "kind"),
        ("E-mail 2 Address", "email"),
        ("Given Name", "given_name"),
        ("Family Name", "family_name"),
        ("Organization 1 - Name", "organisation"),
        ("Organization 1 - Title", "title"),
    ],
)
def test_single_header_synonyms(header: str, field: str) -> None:
    assert guess_mapping([header]) == {header: field}


def test_norwegian_outlook_headers() -> None:
    headers = ["Tittel", "Fornavn", "Etternavn", "Firma", "Stilling", "Telefon (arbeid)",
               "Faks (arbeid)", "Mobiltelefon", "E-postadresse", "Visningsnavn for e-post",
               "E-posttype", "Notater"]  # fmt: skip
    assert guess_mapping(headers) == {
        "Fornavn": "given_name",
        "Etternavn": "family_name",
        "Firma": "organisation",
        "Stilling": "title",
        "Telefon (arbeid)": "phone",
        "Mobiltelefon": "phone2",
        "E-postadresse": "email",
        "Notater": "notes",
    }


def test_bare_title_is_job_title_when_alone() -> None:
    assert guess_mapping(["Name", "Title"]) == {"Name": "name", "Title": "title"}


def test_utf8_bom_utf16_tab_and_organisation_list() -> None:
    text = "Navn\tOrg.nr\tType\tNettside\tFylke\r\nTønsberg kommune\t964 962 766\tkommune\thttps://www.tonsberg.kommune.no\tVestfold\r\n"
    for data, encoding in (
        (text.encode("utf-8-sig"), "utf-8-sig"),
        (text.encode("utf-16"), "utf-16"),
        (text.encode("utf-16-le"), "utf-16-le"),
    ):
        table = read_table(data)
        assert (table.encoding, table.delimiter) == (encoding, "\t")
        assert table.headers[0] == "Navn"
        [org] = rows_to_organisations(table, guess_mapping(table.headers))
        assert org.name == "Tønsberg kommune"
        assert (org.orgnr, org.kind, org.counties) == ("964 962 766", "kommune", ["Vestfold"])
        assert org.website == "https://www.tonsberg.kommune.no"


def test_organisations_merge_counties_and_split_cells() -> None:
    data = (
        "Virksomhet;Org.nr;Fylke\r\nA AS;923609016;Buskerud, Telemark\r\n"
        "A AS (avd. Skien);923609016;Vestfold\r\nMøre og Romsdal Fylkeskommune;;Møre og Romsdal\r\n"
    ).encode("cp1252")
    table = read_table(data)
    a, more = rows_to_organisations(table, guess_mapping(table.headers))
    assert a.counties == ["Buskerud", "Telemark", "Vestfold"] and a.source_line == 2
    assert more.counties == ["Møre og Romsdal"]


def test_rows_without_name_or_email_are_skipped_with_reason() -> None:
    table = read_table(
        b"Fornavn,E-post,Telefon\r\n,,99999999\r\nOla,,\r\n\r\n,kari@example.no,\r\n"
    )
    skipped: list[str] = []
    contacts = rows_to_contacts(table, guess_mapping(table.headers), skipped=skipped)
    assert [c.name for c in contacts] == ["Ola", "kari@example.no"]
    assert [c.source_line for c in contacts] == [3, 5]
    assert skipped == ["Linje 2 har verken navn eller e-post – hoppet over"]


def test_duplicate_headers_are_made_unique() -> None:
    table = read_table(b"E-post,E-post\r\na@x.no,b@x.no\r\n")
    assert table.headers == ["E-post", "E-post (2)"]
    mapping = guess_mapping(table.headers)
    assert mapping == {"E-post": "email", "E-post (2)": "email2"}
    assert rows_to_contacts(table, mapping)[0].emails == ["a@x.no", "b@x.no"]


def test_empty_file() -> None:
    with pytest.raises(ImportFileError, match="tom"):
        read_table(b"  \r\n")


# ----------------------------------------------------------------------------- writing


def test_write_csv_bom_crlf_and_neutralising() -> None:
    data = write_csv(
        ["Navn", "Formel"],
        [
            ["Åse", '=HYPERLINK("http://x")'],
            ["+47 912", "@SUM(A1)"],
            ["-1", date(2016, 6, 14)],
            [None, 3],
        ],
        delimiter=";",
    )
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert lines[0] == "Navn;Formel"
    assert lines[1] == 'Åse;"\'=HYPERLINK(""http://x"")"'
    assert lines[2] == "'+47 912;'@SUM(A1)"
    assert lines[3] == "'-1;2016-06-14"
    assert lines[4] == ";3"


def test_neutralise_cell() -> None:
    assert [neutralise_cell(v) for v in ["=1", "+1", "-1", "@x", "\tx", "ok", "a=b"]] == [
        "'=1", "'+1", "'-1", "'@x", "'\tx", "ok", "a=b",
    ]  # fmt: skip


_cell = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)


@settings(max_examples=150, deadline=None)
@given(
    headers=st.lists(
        st.text(st.characters(categories=("L", "N")), min_size=1, max_size=10),
        min_size=1,
        max_size=5,
        unique=True,
    ),
    data=st.data(),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
def test_csv_write_then_read(headers: list[str], data: st.DataObject, delimiter: str) -> None:
    rows = data.draw(
        st.lists(st.lists(_cell, min_size=len(headers), max_size=len(headers)), max_size=6)
    )
    table = read_table(write_csv(headers, rows, delimiter=delimiter))
    assert table.encoding == "utf-8-sig"
    assert table.headers == headers
    written = [[neutralise_cell(c) for c in row] for row in rows]
    expected = [row for row in written if any(c.strip() for c in row)]  # blank rows are skipped on reading
    assert table.rows == expected
    if len(headers) > 1:
        assert table.delimiter == delimiter


def test_write_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "kontakter.xlsx"
    oslo = ZoneInfo("Europe/Oslo")
    write_xlsx(
        ["Navn", "Møtedato", "Tidspunkt", "Notat", "Beløp"],
        [
            [
                "Åse Bjørnstad",
                date(2016, 6, 14),
                datetime(2016, 6, 14, 10, 0, tzinfo=oslo),
                "=1+1",
                8_000_000_000,
            ],
            ["-Ola", "2016-06-15", "2016-06-15T09:30:00+02:00", "vanlig tekst", None],
        ],
        path,
    )
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "Navn" and sheet["A1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet["B2"].value == datetime(2016, 6, 14)  # a real date (Excel stores date-times)
    assert sheet["B2"].number_format == "DD.MM.YYYY"
    assert sheet["C2"].value == datetime(2016, 6, 14, 10, 0)
    # A text cell is never a formula in a workbook: no visible apostrophe, Excel's quote prefix instead.
    assert sheet["D2"].value == "=1+1" and sheet["D2"].data_type == "s" and sheet["D2"].quotePrefix
    assert sheet["A3"].value == "-Ola" and sheet["A3"].data_type == "s"
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    assert sheet["B3"].value == datetime(2016, 6, 15)
    assert sheet["C3"].value == datetime(2016, 6, 15, 9, 30)
    assert sheet["E2"].value == 8_000_000_000
    assert sheet.column_dimensions["A"].width >= len("Åse Bjørnstad")


def test_written_csv_is_plain_csv() -> None:
    data = write_csv(["a", "b"], [["1,2", "x\ny"]])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == [["a", "b"], ["1,2", "x\ny"]]
