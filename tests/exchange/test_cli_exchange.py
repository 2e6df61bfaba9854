"""`btvcrm import` / `btvcrm export` in-process, checked through a fresh Crm."""

from __future__ import annotations

import datetime as dt
import io
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


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_people_and_organisation_lists_round_trip_key_flags_notes_and_uids(filled: Path, tmp_path: Path,
                                                                            fmt: str) -> None:
    with Crm.open(filled) as crm:
        ida = crm.people.get(crm.people.query_ids()[0])
        ida.is_key = True
        crm.people.save(ida)
        org = crm.organisations.get(crm.organisations.query_ids()[0])
        org.is_key, org.notes = True, "Helseforetak; nytt sykehus"
        crm.organisations.save(org)
    people, orgs = tmp_path / f"p.{fmt}", tmp_path / f"o.{fmt}"
    assert run(filled, "export", "--format", fmt, "--what", "people", "-o", people) == 0
    assert run(filled, "export", "--format", fmt, "--what", "organisations", "-o", orgs) == 0
    fresh = tmp_path / "fresh.btvcrm"
    assert run(fresh, "import", orgs) == 0
    assert run(fresh, "import", people) == 0
    assert run(fresh, "import", people) == 0  # matched on the UID column: nothing new
    with Crm.open(fresh) as crm:
        assert crm.people.count() == 1 and crm.organisations.count() == 1
        copy = crm.people.find_by_uid(ida.uid)
        assert copy is not None and copy.is_key and copy.notes == "Æøå" and copy.title == "Rådgiver"
        assert copy.phone == "+4733123456"
        org_copy = crm.organisations.find_by_uid(org.uid)
        assert org_copy is not None and org_copy.is_key and org_copy.notes == "Helseforetak; nytt sykehus"
        assert org_copy.orgnr == "894166762" and copy.organisation_id == org_copy.id


def test_xlsx_phones_and_formula_like_text_without_apostrophes(filled: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    with Crm.open(filled) as crm:
        crm.people.save(Person(name="=HYPERLINK(\"http://x\")", email="x@example.no", phone="+4791234567"))
    out = tmp_path / "p.xlsx"
    assert run(filled, "export", "--format", "xlsx", "--what", "people", "-o", out) == 0
    sheet = load_workbook(out).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    evil = next(row for row in values if str(row[0]).startswith("=HYPERLINK"))
    assert evil[4] == "+47 912 34 567"  # text, no apostrophe
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value == "+47 912 34 567"]
    assert cells and all(c.data_type == "s" for c in cells)


def test_possible_duplicates_are_listed_in_the_summary(filled: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    card = tmp_path / "s.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sentralbord Vestre Viken\r\nTEL:+47 33 12 34 56\r\n"
                    "EMAIL:post@vestreviken.no\r\nEND:VCARD\r\n", encoding="utf-8")
    assert run(filled, "import", card) == 0
    out = capsys.readouterr().out
    assert out.startswith("Personer: 1 lagt til, 0 oppdatert, 0 hoppet over. 1 mulig duplikat (se under).")
    assert ("Linje 1 (Sentralbord Vestre Viken): mulig duplikat av Ida Ødegård "
            "(id 1, samme telefon, men ulik e-post) – lagt til som ny person") in out
    with Crm.open(filled) as crm:
        assert crm.people.count() == 2


def test_feed_export_from_the_command_line(filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "kalender.ics"
    assert run(filled, "export", "--format", "ics", "--feed", "--all-day-follow-ups", "-o", feed) == 0
    assert "kalenderabonnementet" in capsys.readouterr().out
    data = feed.read_bytes()
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in data and b"X-PUBLISHED-TTL:PT1H" in data
    assert feed.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("BTVCRM_HOME", str(tmp_path / "home"))
    assert run(filled, "export", "--format", "ics", "--feed") == 1
    assert "velg en kalenderfil under Innstillinger" in capsys.readouterr().err
    assert run(filled, "export", "--format", "vcf", "--feed", "-o", tmp_path / "x.vcf") == 1
    assert "--feed gjelder bare --format ics" in capsys.readouterr().err


def test_no_export_lands_on_the_open_data_file(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = filled.read_bytes()
    for fmt in ("json", "ics", "vcf", "csv", "xlsx"):
        assert run(filled, "export", "--format", fmt, "-o", filled) == 1
        assert "datafilen som er åpen" in capsys.readouterr().err
    assert filled.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_printed_on_a_terminal_only() -> None:
    from btvcrm.cli_progress import TerminalProgress
    from btvcrm.domain.formatting import format_number

    ticks = iter([0.0, 1.0, 2.5, 2.6, 6.0])
    terminal = _Terminal()
    progress = TerminalProgress(terminal, clock=lambda: next(ticks))
    for done in (0, 100, 2000, 2100, 4000):
        progress(done, 5000)
    progress.close()
    n = format_number
    assert terminal.getvalue() == ("\r" + f"btvcrm: {n(2000)} av {n(5000)} (40 %)".ljust(50)
                                   + "\r" + f"btvcrm: {n(4000)} av {n(5000)} (80 %)".ljust(50) + "\n")
    piped = io.StringIO()
    quiet = TerminalProgress(piped, clock=lambda: 100.0)
    quiet(1, 2)
    quiet.close()
    assert piped.getvalue() == ""


def test_import_reports_progress_through_the_callback(tmp_path: Path) -> None:
    from btvcrm.exchange import files

    rows = "\n".join(f"P{i};p{i}@example.no" for i in range(450))
    source = tmp_path / "p.csv"
    source.write_text(f"Navn;E-post\n{rows}\n", encoding="utf-8")
    seen: list[tuple[int, int | None]] = []
    with Crm.open(tmp_path / "x.btvcrm") as crm:
        files.import_from(crm, source, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 450) and seen[-1] == (450, 450)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) < 10


@pytest.mark.parametrize("fmt", ["json", "ics", "vcf", "csv", "xlsx"])
def test_another_data_file_is_replaced_only_with_force(filled: Path, tmp_path: Path, fmt: str) -> None:
    from btvcrm.domain.errors import UserError
    from btvcrm.exchange import files

    other = tmp_path / "annen.btvcrm"
    Crm.open(other).close()
    with Crm.open(filled, readonly=True) as crm:
        with pytest.raises(UserError, match="annen btvcrm-datafil"):
            files.export_to(crm, other, fmt)
        assert other.read_bytes().startswith(b"SQLite format 3\x00")
        files.export_to(crm, other, fmt, force=True)
    assert not other.read_bytes().startswith(b"SQLite format 3\x00")
    assert other.stat().st_mode & 0o777 == 0o600


def test_feed_follows_the_settings_path_and_follow_up_choice(filled: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm import settings as user_settings
    from btvcrm.domain.models import FollowUp

    monkeypatch.setenv("BTVCRM_HOME", str(tmp_path / "home"))
    with Crm.open(filled) as crm:
        crm.follow_ups.save(FollowUp(text="Send referat", due_date=dt.date(2016, 6, 20)))
    feed = tmp_path / "feed.ics"
    user_settings.save(user_settings.Settings(calendar_feed_path=str(feed), calendar_feed_follow_ups="all_day"))
    assert run(filled, "export", "--format", "ics", "--feed") == 0
    data = feed.read_bytes()
    assert b"X-BTVCRM-KIND:follow-up" in data and b"BEGIN:VTODO" not in data
    user_settings.save(user_settings.Settings(calendar_feed_path=str(feed)))
    assert run(filled, "export", "--format", "ics", "--feed") == 0
    assert b"BEGIN:VTODO" in feed.read_bytes()


def test_the_apps_preview_numbers_records_and_its_decisions_are_kept(filled: Path, tmp_path: Path) -> None:
    from btvcrm.exchange import bridge, files

    source = tmp_path / "liste.csv"
    source.write_text("Fullt navn;Tlf;Epost\nIda Ødegård;40000000;\nNy Person;+47 33 12 34 56;ny@example.no\n"
                      "Tredje;;tredje@example.no\n", encoding="utf-8")
    mapping = {"Fullt navn": "name", "Tlf": "phone", "Epost": "email"}
    with Crm.open(filled) as crm:
        previews = bridge.preview_people(crm, "csv", source.read_bytes(), mapping=mapping)
        assert [(p.index, p.record.name) for p in previews] == [(0, "Ida Ødegård"), (1, "Ny Person"),
                                                                  (2, "Tredje")]
        assert [(p.match.reason if p.match else None) for p in previews] == [
            "samme navn", "samme telefon, men ulik e-post", None]
        message = files.import_from(crm, source, mapping=mapping, decisions={0: "merge", 1: "skip"})
        assert message.startswith("Personer: 1 lagt til, 1 oppdatert, 1 hoppet over.")
        assert "mulig duplikat" not in message  # the user decided
        ida = crm.people.find_by_email("ida@vestreviken.no")
        assert ida is not None and "+47 400 00 000" in ida.notes  # merged: the other phone in the notes
        assert crm.people.count() == 2
