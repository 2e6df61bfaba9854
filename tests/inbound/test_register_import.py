"""Organisations from Enhetsregisteret: county numbers of every era, the streamed files,
matching by orgnr then exact name, the filters, --add-new, slettedato, the preview, and
`btvcrm import enheter_alle.json.gz` as a user runs it."""

from __future__ import annotations

import datetime as dt
import gzip
import tracemalloc
from pathlib import Path

import pytest
from inbound_helpers import register_bytes, unit, valid_orgnr, write_register

from btvcrm import cli
from btvcrm.domain.county_numbers import county_of_municipality
from btvcrm.domain.enums import OrganisationKind
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Organisation
from btvcrm.exchange.register import display_name, looks_like_register, open_register
from btvcrm.exchange.sniff import detect_format
from btvcrm.services.register_import import RegisterImportRequest, import_register, preview_register
from btvcrm.storage.crm import Crm


@pytest.mark.parametrize(("number", "county"), [
    ("0602", "Buskerud"), ("3005", "Buskerud"), ("3301", "Buskerud"), ("3047", "Buskerud"),  # Drammen, Modum
    ("0805", "Telemark"), ("3806", "Telemark"), ("4001", "Telemark"), ("3825", "Telemark"),  # Porsgrunn, Vinje
    ("0704", "Vestfold"), ("3803", "Vestfold"), ("3905", "Vestfold"), ("3811", "Vestfold"),  # Tønsberg, Færder
    ("3024", "Akershus"), ("3001", "Østfold"), ("0301", "Oslo"), ("301", "Oslo"), ("5401", "Troms"),
    ("5403", "Finnmark"), ("4601", "Vestland"), ("", None), ("12345", None), ("99ab", None), ("9999", None),
])
def test_county_numbers_of_2016_2020_and_today(number: str, county: str | None) -> None:
    assert county_of_municipality(number) == county


def test_display_names() -> None:
    assert display_name("TØNSBERG KOMMUNE") == "Tønsberg kommune"
    assert display_name("HELSE SØR-ØST RHF") == "Helse Sør-Øst RHF"
    assert display_name("VESTRE VIKEN HF") == "Vestre Viken HF"
    assert display_name("BAMBLE OG KRAGERØ AS") == "Bamble og Kragerø AS"
    assert display_name("Allerede Fint AS") == "Allerede Fint AS"


UNITS = [
    unit(1, "TØNSBERG KOMMUNE", form="KOMM", municipality="3905", nace="84.110", sector="6500",
         street="Halfdan Wilhelmsens allé 1", place="TØNSBERG", website="www.tonsberg.kommune.no"),
    unit(2, "TELEMARK FYLKESKOMMUNE", form="FYLK", municipality="4020", sector="6500", place="SKIEN",
         street="Fylkesbakken 1"),
    unit(3, "VESTRE VIKEN HF", form="HF", municipality="0602", sector="6100", place="DRAMMEN"),
    unit(4, "LEVERANDØR EN AS", municipality="3803", place="TØNSBERG"),  # 2020's Tønsberg
    unit(5, "OSLO LEVERANDØR AS", municipality="0301", place="OSLO"),
    unit(6, "GAMMEL BEDRIFT AS", municipality="3301", deleted="2015-03-01"),
    unit(7, "FERJE AS", municipality="3811", place="TJØME"),
]


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return write_register(tmp_path / "enheter_alle.json.gz", UNITS)


def test_json_and_csv_give_the_same_units(tmp_path: Path) -> None:
    files = [write_register(tmp_path / "a.json.gz", UNITS), write_register(tmp_path / "a.csv.gz", UNITS, "csv"),
             write_register(tmp_path / "a.json", UNITS, compressed=False)]
    read = []
    for path in files:
        with open_register(path) as source:
            read.append(list(source))
    assert read[0] == read[1] == read[2]
    first = read[0][0]
    assert (first.orgnr, first.name, first.form, first.nace_code, first.sector_code, first.municipality_number,
            first.address, first.website) == (valid_orgnr(1), "TØNSBERG KOMMUNE", "KOMM", "84.110", "6500", "3905",
                                              "Halfdan Wilhelmsens allé 1, 3110 Tønsberg", "www.tonsberg.kommune.no")
    assert read[0][5].deleted_on == dt.date(2015, 3, 1)


def test_told_by_content(tmp_path: Path) -> None:
    for fmt in ("json", "csv"):
        data = register_bytes(UNITS, fmt)
        assert looks_like_register(gzip.compress(data)) and looks_like_register(data)
        assert detect_format("x.gz", gzip.compress(data)) == "register"
        assert detect_format("enheter.json", data) == "register"
    assert detect_format("x.csv", b"Navn;Organisasjonsnummer\r\nTonsberg kommune;964962766\r\n") == "csv"
    assert detect_format("x.gz", gzip.compress(b"hello")) == "unknown"


def test_rows_without_a_valid_orgnr_are_counted_not_imported(tmp_path: Path) -> None:
    bad = [unit(1, "A AS", orgnr="123456789"), unit(2, "B AS"), {"navn": "uten nummer"}]
    with open_register(write_register(tmp_path / "b.json.gz", bad)) as source:
        assert [u.name for u in source] == ["B AS"]
        assert source.skipped == 2


def test_existing_organisations_are_filled_in_by_orgnr_then_exact_name(file_crm: Crm, register: Path) -> None:
    tonsberg = file_crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr=valid_orgnr(1),
                                                        kind=OrganisationKind.MUNICIPALITY, website="tonsberg.no"))
    telemark = file_crm.organisations.save(Organisation(name="Telemark fylkeskommune"))  # no orgnr: by name
    skien = file_crm.counties.by_name("Telemark").id
    result = import_register(file_crm, RegisterImportRequest(path=register))
    assert (result.updated, result.added, result.read) == (2, 0, 7)
    org = file_crm.organisations.get(tonsberg)
    assert org.name == "Tønsberg kommune"  # the same name in capitals is no rename
    assert (org.org_form, org.nace_code, org.sector_code, org.municipality_number, org.address) == (
        "KOMM", "84.110", "6500", "3905", "Halfdan Wilhelmsens allé 1, 3110 Tønsberg")
    assert org.website == "https://tonsberg.no"  # hers is kept
    assert org.county_ids == [file_crm.counties.by_name("Vestfold").id]
    assert org.register_updated_at
    tfk = file_crm.organisations.get(telemark)
    assert (tfk.orgnr, tfk.kind, tfk.county_ids) == (valid_orgnr(2), OrganisationKind.COUNTY_COUNCIL, [skien])
    assert any("fikk organisasjonsnummer" in m for m in result.messages)
    assert file_crm.organisations.count() == 2  # nothing new without add_new
    again = import_register(file_crm, RegisterImportRequest(path=register))
    assert (again.updated, again.unchanged) == (0, 2)


def test_add_new_only_within_the_counties_and_never_a_deleted_unit(file_crm: Crm, register: Path) -> None:
    result = import_register(file_crm, RegisterImportRequest(path=register, add_new=True))
    names = sorted(file_crm.organisations.get(i).name for i in result.added_ids)
    assert names == ["Ferje AS", "Leverandør En AS", "Telemark fylkeskommune", "Tønsberg kommune", "Vestre Viken HF"]
    # Oslo is not one of the file's counties; the deleted unit is not added
    kinds = {file_crm.organisations.get(i).name: file_crm.organisations.get(i).kind for i in result.added_ids}
    assert kinds["Vestre Viken HF"] == OrganisationKind.HEALTH_TRUST
    assert kinds["Ferje AS"] == OrganisationKind.SUPPLIER
    ferje = file_crm.organisations.find_by_name("Ferje AS")
    assert ferje is not None and ferje.county_ids == [file_crm.counties.by_name("Vestfold").id]


@pytest.mark.parametrize(("request_args", "expected"), [
    ({"counties": ["Telemark"]}, ["Telemark fylkeskommune"]),
    ({"counties": ["Vestfold", "Buskerud"], "forms": ["AS"]}, ["Ferje AS", "Leverandør En AS"]),
    ({"sectors": ["6500"]}, ["Telemark fylkeskommune", "Tønsberg kommune"]),
    ({"forms": ["komm", "HF"]}, ["Tønsberg kommune", "Vestre Viken HF"]),
])
def test_filters(file_crm: Crm, register: Path, request_args: dict[str, list[str]], expected: list[str]) -> None:
    result = import_register(file_crm, RegisterImportRequest(path=register, add_new=True, **request_args))  # type: ignore[arg-type]
    assert sorted(file_crm.organisations.get(i).name for i in result.added_ids) == expected


def test_an_unknown_county_is_a_sentence(file_crm: Crm, register: Path) -> None:
    with pytest.raises(UserError):
        import_register(file_crm, RegisterImportRequest(path=register, counties=["Atlantis"]))


def test_deleted_in_the_register_is_flagged_never_removed(file_crm: Crm, tmp_path: Path) -> None:
    org_id = file_crm.organisations.save(Organisation(name="Gammel Bedrift AS", orgnr=valid_orgnr(6)))
    path = write_register(tmp_path / "e.json.gz", UNITS)
    result = import_register(file_crm, RegisterImportRequest(path=path))
    org = file_crm.organisations.get(org_id)
    assert org.register_deleted_on == dt.date(2015, 3, 1)
    assert file_crm.organisations.deleted_at(org_id) is None
    assert result.flagged_deleted == 1
    assert any("slettet i Enhetsregisteret 01.03.2015; merket, ikke fjernet" in m for m in result.messages)


def test_a_renamed_unit_renames_the_organisation_and_keeps_the_old_name(file_crm: Crm, register: Path) -> None:
    org_id = file_crm.organisations.save(Organisation(name="Drammen sykehus", orgnr=valid_orgnr(3)))
    result = import_register(file_crm, RegisterImportRequest(path=register))
    org = file_crm.organisations.get(org_id)
    assert org.name == "Vestre Viken HF"
    assert "Tidligere navn: Drammen sykehus" in org.notes
    assert any("heter nå «Vestre Viken HF»" in m for m in result.messages)


def test_two_units_of_one_name_are_not_guessed(file_crm: Crm, tmp_path: Path) -> None:
    twins = [unit(1, "FERJE AS", municipality="3905"), unit(2, "FERJE AS", municipality="4001")]
    org_id = file_crm.organisations.save(Organisation(name="Ferje AS"))
    result = import_register(file_crm, RegisterImportRequest(path=write_register(tmp_path / "t.json.gz", twins),
                                                             add_new=True))
    assert file_crm.organisations.get(org_id).orgnr is None
    assert result.added == 0 and "flere enheter i registeret har dette navnet" in result.messages[0]


def test_the_preview_shows_matches_for_approval_and_writes_nothing(file_crm: Crm, register: Path) -> None:
    tonsberg = file_crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr=valid_orgnr(1)))
    telemark = file_crm.organisations.save(Organisation(name="Telemark fylkeskommune"))
    before = file_crm.db.execute("SELECT * FROM organisations ORDER BY id").fetchall()
    progress: list[tuple[int, int | None]] = []
    preview = preview_register(file_crm, RegisterImportRequest(path=register), progress=lambda d, t: progress.append((d, t)))
    assert file_crm.db.execute("SELECT * FROM organisations ORDER BY id").fetchall() == before
    assert [(m.organisation_id, m.by) for m in preview.matches] == [(tonsberg, "orgnr"), (telemark, "name")]
    assert "address" in preview.matches[0].changes and "org. no." in preview.matches[1].changes
    assert sorted(u.name for u in preview.new_units) == [
        "FERJE AS", "LEVERANDØR EN AS", "VESTRE VIKEN HF"] and preview.new_count == 3
    assert preview.forms["KOMM"] == ("Kommune", 1) and preview.sectors["6500"][1] == 2
    assert progress[0] == (0, None) and progress[-1] == (7, 7)
    # She approves only the name match and one new unit
    request = RegisterImportRequest(path=register, add_new=True, approved={preview.matches[1].key},
                                    new_orgnrs={valid_orgnr(7)})
    result = import_register(file_crm, request)
    assert file_crm.organisations.get(tonsberg).address == ""  # not approved: untouched
    assert file_crm.organisations.get(telemark).orgnr == valid_orgnr(2)
    assert [file_crm.organisations.get(i).name for i in result.added_ids] == ["Ferje AS"]


@pytest.mark.parametrize("damage", ["truncated", "bad json", "not gzip"])
def test_a_broken_file_saves_nothing(file_crm: Crm, tmp_path: Path, damage: str) -> None:
    org_id = file_crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr=valid_orgnr(1)))
    data = register_bytes(UNITS * 3)
    path = tmp_path / "brutt.json.gz"
    if damage == "truncated":
        packed = gzip.compress(data)
        path.write_bytes(packed[: len(packed) * 2 // 3])
    elif damage == "bad json":
        cut = data.index(b'"LEVERAND')
        path.write_bytes(gzip.compress(data[:cut] + b"}}}, [[" + data[cut:]))
    else:
        path.write_bytes(b"\x1f\x8b" + b"\x00" * 200)
    before = file_crm.db.execute("SELECT * FROM organisations").fetchall()
    with pytest.raises(UserError, match="ødelagt|avkortet|ser ikke ut"):
        import_register(file_crm, RegisterImportRequest(path=path, add_new=True))
    assert file_crm.db.execute("SELECT * FROM organisations").fetchall() == before
    assert file_crm.organisations.get(org_id).address == ""


def _peak_bytes(path: Path) -> int:
    tracemalloc.start()
    try:
        with open_register(path) as source:
            for _ in source:
                pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(("fmt", "count"), [("json", 7_000), ("csv", 20_000)])
def test_memory_stays_within_the_reading_window(tmp_path: Path, fmt: str, count: int) -> None:
    """The file is never held: the peak stays at a few reading windows (a million
    characters each) while the file is several times larger."""
    units = [unit(i, f"BEDRIFT {i} " + "LANGT NAVN " * 30 + "AS") for i in range(count)]
    size = len(register_bytes(units, fmt))
    path = write_register(tmp_path / f"stor.{fmt}.gz", units, fmt)
    del units
    assert size > 7_500_000
    assert _peak_bytes(path) < 6_000_000


# The command line ----------------------------------------------------------------------

def run(db: Path, *args: object) -> int:
    return cli.main(["--db", str(db), *(str(a) for a in args)])


def test_cli_import_register(tmp_path: Path, register: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    with Crm.open(db) as crm:
        crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr=valid_orgnr(1)))
    assert run(db, "import", register) == 0
    assert capsys.readouterr().out.startswith(
        "Enhetsregisteret: 7 enheter lest. Organisasjoner: 1 oppdatert, 0 uendret, 0 lagt til.")
    assert run(db, "import", register, "--county", "Vestfold", "--county", "Telemark", "--add-new") == 0
    assert "3 lagt til" in capsys.readouterr().out
    with Crm.open(db) as crm:
        assert sorted(r["name"] for r in crm.organisations.register_keys()) == [
            "Ferje AS", "Leverandør En AS", "Telemark fylkeskommune", "Tønsberg kommune"]
        assert list((tmp_path / "backups").iterdir())  # one import, one backup
    assert run(db, "import", register, "--county", "Finnmark") == 1  # not a county of the file
    assert capsys.readouterr().err.startswith("btvcrm: ")


def test_cli_register_csv_with_form_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    path = write_register(tmp_path / "enheter_alle.csv.gz", UNITS, "csv")
    assert run(db, "import", path, "--add-new", "--form", "KOMM", "--form", "FYLK") == 0
    assert "2 lagt til" in capsys.readouterr().out
