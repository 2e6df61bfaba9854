"""GDPR: erasure leaves no trace in the file's bytes; innsyn covers everything but private notes."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
from pathlib import Path

import pytest

from btvcrm.cli import main
from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Assessment, FollowUp, Meeting, Organisation, Participant, Person
from btvcrm.services import privacy
from btvcrm.storage.crm import Crm
from btvcrm.storage.people import ERASED_NAME


def _bytes_on_disk(path: Path) -> bytes:
    data = path.read_bytes()
    wal = Path(str(path) + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def _occurrences(haystack: bytes, needle: str) -> int:
    total = 0
    for form in {needle, needle.lower(), needle.upper()}:
        total += haystack.count(form.encode("utf-8"))
    return total


def _canary_person(crm: Crm, canary: str, digits: str) -> tuple[int, int, int]:
    org = crm.organisations.save(Organisation(name="Testkommune"))
    county = crm.counties.all()[0].id
    person_id = crm.people.save(
        Person(
            name=f"Kari {canary}",
            email=f"{canary}@example.no",
            phone=f"9{digits}",
            notes=f"notat om {canary}",
            private_notes=f"privat {canary}",
            organisation_id=org,
            title=f"Rådgiver {canary}",
            county_ids=[county] if county else [],
            tags=[f"tag{canary}"],
        )
    )
    meeting_id = crm.meetings.save(
        Meeting(
            title="Avklaringsmøte",
            starts_at=dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO),
            participants=[Participant(person_id)],
            notes=f"Kari {canary}",
        )
    )
    follow_up = crm.follow_ups.save(FollowUp(text=f"Ring {canary}", responsible_person_id=person_id))
    crm.assessments.record(
        Assessment(influence=4, interest=5, assessed_on=dt.date(2016, 6, 1), person_id=person_id,
                   note=f"vurdering {canary}")
    )
    return person_id, meeting_id, follow_up


def test_canary_is_gone_from_file_and_wal_after_erasure(file_crm: Crm, file_path: Path) -> None:
    canary = "kanari" + secrets.token_hex(6)
    digits = str(secrets.randbelow(10**7)).zfill(7)
    person_id, meeting_id, follow_up_id = _canary_person(file_crm, canary, digits)
    # Make it reach the main file too, not only the WAL.
    file_crm.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _occurrences(_bytes_on_disk(file_path), canary) > 0
    assert file_crm.search.search(canary)

    privacy.erase_person(file_crm, person_id, reason="forespørsel")

    on_disk = _bytes_on_disk(file_path)
    assert _occurrences(on_disk, canary) == 0
    assert on_disk.count(f"9{digits}".encode()) == 0
    assert not file_crm.search.search(canary)
    assert not file_crm.search.search("Kari")

    person = file_crm.people.get(person_id)
    assert person.name == ERASED_NAME and person.email is None and person.phone is None
    assert person.notes == "" and person.private_notes == "" and person.tags == [] and person.erased
    meeting = file_crm.meetings.get(meeting_id)
    assert [p.person_id for p in meeting.participants] == [person_id]
    assert canary not in meeting.notes
    details = file_crm.meetings.participants_detail(meeting_id)
    assert details[0]["name"] == ERASED_NAME
    assert file_crm.follow_ups.get(follow_up_id).responsible_person_id == person_id
    assert file_crm.assessments.history(person_id=person_id) == []
    log = file_crm.db.execute("SELECT person_id, reason FROM erasure_log").fetchall()
    assert log == [(person_id, "forespørsel")]
    assert file_crm.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    file_crm.db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")

    # The file still reopens cleanly, and the canary is not back.
    file_crm.close()
    assert _occurrences(_bytes_on_disk(file_path), canary) == 0
    with Crm.open(file_path) as again:
        assert again.people.get(person_id).name == ERASED_NAME


def test_fts5_secure_delete_is_chosen_by_version() -> None:
    expected = sqlite3.sqlite_version_info >= (3, 42, 0)
    assert privacy.fts_secure_delete_supported() is expected


def test_erase_is_one_transaction(file_crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    person_id = file_crm.people.save(Person(name="Ola Hansen", email="ola@example.no"))
    queries_type = type(file_crm.people.privacy())
    original = queries_type._scrub_mentions

    def failing(self: object, *args: object) -> None:
        original(self, *args)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(queries_type, "_scrub_mentions", failing)
    with pytest.raises(UserError):
        privacy.erase_person(file_crm, person_id)
    person = file_crm.people.get(person_id)
    assert person.name == "Ola Hansen" and not person.erased
    assert file_crm.db.execute("SELECT count(*) FROM erasure_log").fetchone()[0] == 0


def test_erase_twice_and_unknown_are_user_errors(mem_crm: Crm) -> None:
    person_id = mem_crm.people.save(Person(name="Per Persen"))
    privacy.erase_person(mem_crm, person_id)
    with pytest.raises(UserError):
        privacy.erase_person(mem_crm, person_id)
    with pytest.raises(UserError):
        privacy.erase_person(mem_crm, 9999)
    with pytest.raises(UserError):
        mem_crm.people.save(Person(id=person_id, name="Tilbake"))


def test_short_names_do_not_damage_other_words(mem_crm: Crm) -> None:
    person_id = mem_crm.people.save(Person(name="Ola"))
    meeting_id = mem_crm.meetings.save(
        Meeting(title="Møte", starts_at=dt.datetime(2016, 6, 1, 9, tzinfo=clock.OSLO),
                notes="Ola og Olav snakket; OLA ringer.")
    )
    privacy.erase_person(mem_crm, person_id)
    notes = mem_crm.meetings.get(meeting_id).notes
    assert notes == f"{ERASED_NAME} og Olav snakket; {ERASED_NAME} ringer."


def test_innsyn_json_has_everything_but_private_notes(file_crm: Crm, tmp_path: Path) -> None:
    canary = "kanari" + secrets.token_hex(4)
    person_id, meeting_id, follow_up_id = _canary_person(file_crm, canary, "1234567")
    out = privacy.export_person(file_crm, person_id, tmp_path / "innsyn.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["email"] == f"{canary}@example.no"
    assert data["person"]["has_private_notes"] is True
    assert f"privat {canary}" not in out.read_text(encoding="utf-8")
    assert [m["id"] for m in data["meetings"]] == [meeting_id]
    assert data["meetings"][0]["attendance"] == "present"
    assert [f["id"] for f in data["follow_ups"]] == [follow_up_id]
    assert data["roles"][0]["organisation"] == "Testkommune"
    assert data["assessments"][0]["influence"] == 4
    assert data["tags"] == [f"tag{canary}"]


def test_innsyn_pdf_escapes_markup(mem_crm: Crm, tmp_path: Path) -> None:
    person_id = mem_crm.people.save(
        Person(name="<b>Kari</b> & <font size=90>", notes="<para>&amp;</para> \U0001f600 שלום", private_notes="x")
    )
    out = privacy.export_person(mem_crm, person_id, tmp_path / "innsyn.pdf")
    assert out.read_bytes().startswith(b"%PDF")


def test_export_to_missing_folder_is_a_user_error(mem_crm: Crm, tmp_path: Path) -> None:
    person_id = mem_crm.people.save(Person(name="Kari"))
    with pytest.raises(UserError):
        privacy.export_person(mem_crm, person_id, tmp_path / "nope" / "x.json")
    with pytest.raises(UserError):
        privacy.export_person(mem_crm, person_id, tmp_path)


def test_review_list_of_people_without_contact(mem_crm: Crm) -> None:
    clock.freeze(dt.datetime(2014, 1, 1, 9, tzinfo=clock.OSLO))
    old = mem_crm.people.save(Person(name="Gammel Kontakt"))
    met_long_ago = mem_crm.people.save(Person(name="Møtt For Lenge Siden"))
    recent = mem_crm.people.save(Person(name="Nylig Kontakt"))
    mem_crm.meetings.save(Meeting(title="Gammelt", starts_at=dt.datetime(2014, 2, 1, 9, tzinfo=clock.OSLO),
                                  participants=[Participant(met_long_ago)]))
    mem_crm.meetings.save(Meeting(title="Nytt", starts_at=dt.datetime(2016, 5, 1, 9, tzinfo=clock.OSLO),
                                  participants=[Participant(recent)]))
    clock.freeze(dt.datetime(2016, 6, 1, 9, tzinfo=clock.OSLO))
    new = mem_crm.people.save(Person(name="Ny Person"))
    ids = [item["id"] for item in privacy.people_without_contact(mem_crm)]
    assert ids == [old, met_long_ago]
    assert new not in ids
    privacy.erase_person(mem_crm, old)
    assert [item["id"] for item in privacy.people_without_contact(mem_crm)] == [met_long_ago]
    with pytest.raises(UserError):
        privacy.people_without_contact(mem_crm, months=0)


def test_cli_privacy_export_and_erase(file_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Crm.open(file_path) as crm:
        person_id = crm.people.save(Person(name="Kari Cli", email="kari@example.no"))
    out = tmp_path / "k.json"
    assert main(["privacy", "export", str(person_id), "-o", str(out), "--db", str(file_path)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["name"] == "Kari Cli"
    assert main(["privacy", "erase", str(person_id), "--yes", "--db", str(file_path)]) == 0
    assert main(["privacy", "erase", "999", "--yes", "--db", str(file_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "999" in err
    with Crm.open(file_path) as crm:
        assert crm.people.get(person_id).name == ERASED_NAME


def test_the_erasure_names_the_saved_attachments_of_their_meetings_it_cannot_scrub(tmp_path: Path) -> None:
    """A saved e-mail attachment is the sender's file: the erasure cannot wash it, so it says where it is."""
    import hashlib

    from btvcrm.storage.attachments import Attachment

    data = b"%PDF-1.4 Referat: Kari Nordmann sa ja"
    with Crm.open(tmp_path / "crm.sqlite") as crm:
        kari = crm.people.save(Person(name="Kari Nordmann"))
        other = crm.people.save(Person(name="Ola Annen"))
        meeting = crm.meetings.save(Meeting(title="Møte med Kari", starts_at=clock.now(),
                                            participants=[Participant(kari)]))
        relative, _ = crm.attachments.store_files("<abc@example.no>", dt.date(2016, 6, 14), [("referat.pdf", data)])
        with crm.write():
            crm.attachments.add_in_transaction(meeting, [Attachment("referat.pdf", len(data),
                                                                    hashlib.sha256(data).hexdigest(),
                                                                    stored_path=relative[0])])
        assert privacy.erase_person(crm, other).attachments_kept == []
        result = privacy.erase_person(crm, kari)
        assert [path.name for path in result.attachments_kept] == ["referat.pdf"]
        assert result.attachments_kept[0].read_bytes() == data  # told, never deleted behind her back
        assert "1 lagret(e) vedlegg" in result.message and str(crm.attachments.folder()) in result.message
