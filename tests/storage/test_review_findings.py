"""Regression tests for what a review found: each is a thing a user would hit."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from btvcrm.cli import main
from btvcrm.domain import clock
from btvcrm.domain.enums import FollowUpStatus
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Person
from btvcrm.exchange.jsonfile import export_data, import_data
from btvcrm.services import privacy
from btvcrm.services.quick_log import QuickLogRequest, log_contact
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm

WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)


def test_a_word_common_in_meetings_does_not_hide_the_organisation(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    with mem_crm.write():
        for n in range(1100):
            mem_crm.meetings.save_in_transaction(Meeting(title=f"Møte {n}", starts_at=WHEN, notes="i Tønsberg"))
    hits = mem_crm.search.search("Tønsberg", limit=20)
    assert hits[0].kind == "organisation" and hits[0].title == "Tønsberg kommune"
    assert [h.title for h in mem_crm.search.search("Tønsberg", kinds=["organisation"])] == ["Tønsberg kommune"]
    assert "organisation" in mem_crm.search.grouped("Tønsberg")


def test_norwegian_names_match_whatever_the_case(mem_crm: Crm) -> None:
    first = log_contact(mem_crm, QuickLogRequest(title="x", people=["Øystein Ås"], organisations=["Ålesund kommune"]))
    second = log_contact(mem_crm, QuickLogRequest(title="y", people=["øystein ås"], organisations=["ÅLESUND KOMMUNE"]))
    assert first.created_people and first.created_organisations
    assert second.created_people == [] and second.created_organisations == []
    assert [r["name"] for r in mem_crm.people.complete("øy")] == ["Øystein Ås"]
    assert [r["name"] for r in mem_crm.organisations.complete("åle")] == ["Ålesund kommune"]
    mem_crm.counties.add("Østfold")
    with pytest.raises(ValidationError, match="finnes allerede"):
        mem_crm.counties.add("østfold")
    with pytest.raises(ValidationError, match="finnes allerede"):
        mem_crm.counties.rename(1, "telemark")
    assert mem_crm.counties.by_name("ØSTFOLD").name == "Østfold"


def test_erasure_reaches_other_peoples_notes_any_case_and_check_stays_green(file_crm: Crm) -> None:
    kari = file_crm.people.save(Person(name="Kari Zqxnordmann", email="kari@zqx.no"))
    file_crm.people.save(Person(name="Per", notes="Tok over etter kari zqxnordmann (kari@zqx.no)",
                                private_notes="ØYSTEIN sa at KARI ZQXNORDMANN slutter"))
    file_crm.organisations.save(Organisation(name="Org", notes="Kontakt: Kari Zqxnordmann"))
    privacy.erase_person(file_crm, kari)
    assert file_crm.search.search("Zqxnordmann") == []
    per = file_crm.people.find_by_name("Per")
    assert per is not None and "zqxnordmann" not in (per.notes + per.private_notes).casefold()
    report = check(file_crm)
    assert report.ok, report.text()


def test_private_notes_are_searchable_but_never_in_a_snippet(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting(title="Lunsj", starts_at=WHEN, notes="Hyggelig", private_notes="uforberedt sjef"))
    hits = mem_crm.search.search("uforberedt")
    assert [h.title for h in hits] == ["Lunsj"]
    assert "uforberedt" not in hits[0].snippet


def test_decomposed_letters_in_a_query_match(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Ålesund havn"))
    assert [h.title for h in mem_crm.search.search(unicodedata.normalize("NFD", "Ålesund"))] == ["Ålesund havn"]


def test_json_import_rejects_bad_dates_and_values(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting(title="Møte", starts_at=WHEN))
    mem_crm.follow_ups.save(FollowUp(text="Ring", due_date=dt.date(2016, 6, 20)))
    good = export_data(mem_crm)
    for table, field, value in [
        ("meetings", "starts_at", "ikke en dato"),
        ("follow_ups", "due_date", "31.02.2016"),
        ("follow_ups", "due_date", "2016-02-31"),
    ]:
        data = json.loads(json.dumps(good))
        data["tables"][table][0][field] = value
        with Crm.open(None) as target, pytest.raises(ValidationError, match=field):
            import_data(target, data)
    data = json.loads(json.dumps(good))
    data["tables"]["meetings"][0]["id"] = 2**70
    with Crm.open(None) as target, pytest.raises(UserError):
        import_data(target, data)


def test_a_repeating_item_closed_by_saving_goes_on(mem_crm: Crm) -> None:
    item_id = mem_crm.follow_ups.save(FollowUp(text="Rapport", due_date=dt.date(2016, 6, 30), rrule="FREQ=MONTHLY"))
    item = mem_crm.follow_ups.get(item_id)
    item.status = FollowUpStatus.DONE
    mem_crm.follow_ups.save(item)
    rows = mem_crm.follow_ups.query()
    assert [(r["status"], r["due_date"]) for r in rows] == [("done", "2016-06-30"), ("open", "2016-07-30")]
    item = mem_crm.follow_ups.get(item_id)
    item.status = FollowUpStatus.OPEN
    mem_crm.follow_ups.save(item)
    mem_crm.follow_ups.complete(item_id)  # the series went on once already: no second successor
    assert mem_crm.follow_ups.query_count() == 2


def test_cancelled_items_show_with_the_finished_ones(mem_crm: Crm) -> None:
    item_id = mem_crm.follow_ups.save(FollowUp(text="Avlyst befaring", due_date=dt.date(2016, 6, 3)))
    mem_crm.follow_ups.set_status(item_id, FollowUpStatus.CANCELLED)
    assert [r["text"] for r in mem_crm.follow_ups.grouped(today=dt.date(2016, 6, 20))["done"]] == ["Avlyst befaring"]


def test_an_email_address_in_a_follow_up_is_not_a_date(mem_crm: Crm) -> None:
    result = log_contact(mem_crm, QuickLogRequest(title="x", follow_ups=["Send til kari@example.no"]))
    assert mem_crm.follow_ups.get(result.follow_up_ids[0]).text == "Send til kari@example.no"


def test_cli_import_takes_a_backup_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    card = tmp_path / "k.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åse Berg\r\nEND:VCARD\r\n", encoding="utf-8")
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "import", str(card)]) == 0
    capsys.readouterr()
    assert list((tmp_path / "backups").glob("a_*_import.sqlite"))
