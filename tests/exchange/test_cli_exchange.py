"""`btvcrm import` / `btvcrm export` in-process, checked through a fresh Crm."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from btvcrm import cli
from btvcrm.domain import clock
from btvcrm.domain.models import Meeting, Organisation, Participant, Person
from btvcrm.storage.crm import Crm

SAMPLES = Path(__file__).parent / "samples"
REGISTRATION = SAMPLES / "csv_registration_excel_semicolon_cp1252.csv"


def run(db: Path, *args: object) -> int:
    return cli.main(["--db", str(db), *(str(a) for a in args)])


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    db = tmp_path / "a.btvcrm"
    with Crm.open(db) as crm:
        org = crm.organisations.save(Organisation(name="Vestre Viken HF", orgnr="894166762"))
        ida = crm.people.save(Person(name="Ida Ødegård", email="ida@vestreviken.no", phone="+47 33 12 34 56",
                                     organisation_id=org, title="Rådgiver", notes="Æøå"))
        crm.meetings.save(Meeting(title="Nytt sykehus – markedsdialog", place="Drammen",
                                  starts_at=dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO),
                                  duration_minutes=90, participants=[Participant(ida)], notes="Notat",
                                  organisation_ids=[org]))
    return db


def test_registration_list_without_skip_invalid_saves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.btvcrm"
    assert run(db, "import", REGISTRATION) == 1
    err = capsys.readouterr().err
    assert "Linje 4:" in err and "123456789" in err and "lars@example" in err
    with Crm.open(db) as crm:
        assert crm.is_empty()


def test_registration_list_with_skip_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.btvcrm"
    assert run(db, "import", REGISTRATION, "--skip-invalid") == 0
    out = capsys.readouterr().out
    assert out.startswith("Personer: 2 lagt til, 0 oppdatert, 1 hoppet over.")
    assert "Linje 4:" in out
    with Crm.open(db) as crm:
        assert sorted(r["name"] for r in crm.people.query()) == ["Håkon Sæther", "Ingrid Østby"]
        assert crm.organisations.count() == 2
        ingrid = crm.people.find_by_email("ingrid.ostby@example.no")
        assert ingrid is not None and ingrid.phone == "+4799887766" and ingrid.title == "Salgssjef"


def test_vcf_and_ics_round_trip_through_the_command_line(filled: Path, tmp_path: Path) -> None:
    vcf, ics = tmp_path / "a.vcf", tmp_path / "a.ics"
    assert run(filled, "export", "--format", "vcf", "-o", vcf) == 0
    assert run(filled, "export", "--format", "ics", "-o", ics) == 0
    fresh = tmp_path / "b.btvcrm"
    assert run(fresh, "import", vcf) == 0
    assert run(fresh, "import", ics) == 0
    assert run(fresh, "import", ics) == 0  # a second import skips instead of duplicating
    assert run(fresh, "import", vcf) == 0
    with Crm.open(fresh) as crm:
        assert crm.meetings.count() == 1 and crm.people.count() == 1 and crm.organisations.count() == 1
        meeting = crm.meetings.get(crm.meetings.query_ids()[0])
        assert [crm.people.get(p.person_id).name for p in meeting.participants] == ["Ida Ødegård"]
        assert meeting.duration_minutes == 90
    vcf2, ics2 = tmp_path / "b.vcf", tmp_path / "b.ics"
    assert run(fresh, "export", "--format", "vcf", "-o", vcf2) == 0
    assert run(fresh, "export", "--format", "ics", "-o", ics2) == 0
    assert vcf2.read_bytes() == vcf.read_bytes()
    stamp = re.compile(rb"DTSTAMP:[^\r\n]*\r\n")
    assert stamp.sub(b"", ics2.read_bytes()) == stamp.sub(b"", ics.read_bytes())


def test_duplicates_are_merged_by_default(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "ny.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Ødegård\r\nEMAIL:IDA@vestreviken.no\r\n"
        "TEL;TYPE=CELL:+47 912 34 567\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert run(filled, "import", card) == 0
    assert capsys.readouterr().out.startswith("Personer: 0 lagt til, 1 oppdatert, 0 hoppet over.")
    with Crm.open(filled) as crm:
        assert crm.people.count() == 1
        ida = crm.people.get(crm.people.query_ids()[0])
        assert ida.phone == "+4733123456" and "+47 912 34 567" in ida.notes


@pytest.mark.parametrize("what", ["people", "organisations", "meetings", "follow-ups", "initiatives", "lessons"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_lists(filled: Path, tmp_path: Path, what: str, fmt: str) -> None:
    out = tmp_path / f"{what}.{fmt}"
    assert run(filled, "export", "--format", fmt, "--what", what, "-o", out) == 0
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    "name", sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".vcf", ".ics", ".csv"))
)
def test_every_sample_imports_from_the_command_line(tmp_path: Path, name: str) -> None:
    args = ["--skip-invalid"] if SAMPLES / name == REGISTRATION else []
    assert run(tmp_path / "s.btvcrm", "import", SAMPLES / name, *args) == 0
