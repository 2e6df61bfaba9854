"""Innsyn covers the market dialogue (tester's finding: registrations, check-in, slots,
questions and notes about the person were missing from the JSON and the PDF)."""

from __future__ import annotations

import json
from pathlib import Path

from pdf_readers import pdftotext

from btvcrm.domain.models import Person
from btvcrm.services import privacy
from btvcrm.storage.crm import Crm


def _mari(crm: Crm) -> int:
    """The demo's Mari Dahl: came with Grenland Digital AS, checked in, has a one-to-one slot."""
    found = crm.people.find_by_name("Mari Dahl")
    assert found is not None and found.id is not None
    return found.id


def test_innsyn_json_has_the_market_dialogue(demo_crm: Crm, tmp_path: Path) -> None:
    crm = demo_crm
    person_id = _mari(crm)
    other = crm.db.execute("SELECT id FROM dialogue_registrations WHERE organisation_id <> "
                           "(SELECT organisation_id FROM dialogue_registrations r JOIN dialogue_attendees a "
                           "ON a.registration_id = r.id WHERE a.person_id = ?) ORDER BY id LIMIT 1",
                           [person_id]).fetchone()[0]
    with crm.write():
        crm.db.execute("INSERT INTO dialogue_notes (registration_id, text, created_at, updated_at) VALUES "
                       "(?, 'Viste til Mari Dahl hos konkurrenten', '2016-06-14T15:00:00+02:00', '2016-06-14')",
                       [other])
        crm.db.execute("INSERT INTO dialogue_notes (registration_id, text, created_at, updated_at) VALUES "
                       "(?, 'Nevner ingen', '2016-06-14T15:00:00+02:00', '2016-06-14')", [other])
    out = privacy.export_person(crm, person_id, tmp_path / "innsyn.json")
    data = json.loads(out.read_text(encoding="utf-8"))

    [registration] = data["dialogue_registrations"]
    assert registration["dialogue"] == "Dialogkonferanse Telemark"
    assert registration["organisation"] == "Grenland Digital AS"
    assert registration["checked_in_at"] == "2016-06-14T09:50:00+02:00"
    assert registration["wants_one_to_one"] is True
    [slot] = data["dialogue_slots"]
    assert slot["starts_at"].startswith("2016-06-14T") and slot["minutes"] > 0 and slot["status"] == "scheduled"
    assert [q["question"] for q in data["dialogue_questions"]] == [
        "Kan løsningen driftes i en skytjeneste utenfor EØS?"]
    assert [n["text"] for n in data["dialogue_notes"]] == ["Viste til Mari Dahl hos konkurrenten"]
    assert data["dialogue_notes"][0]["organisation"] != "Grenland Digital AS"
    assert data["dialogue_programme_items"] == []


def test_a_presenter_named_in_the_programme_is_in_their_innsyn(demo_crm: Crm, tmp_path: Path) -> None:
    siri = demo_crm.people.find_by_name("Siri Lunde")
    assert siri is not None and siri.id is not None
    data = privacy.innsyn(demo_crm, siri.id)
    assert [(p["at_time"], p["title"]) for p in data["dialogue_programme_items"]] == [("10:00", "Velkommen og formål")]
    assert data["dialogue_registrations"] == []


def test_someone_without_a_dialogue_gets_empty_lists(demo_crm: Crm) -> None:
    person_id = demo_crm.people.save(Person(name="Ola Uten Dialog"))
    data = privacy.innsyn(demo_crm, person_id)
    for key in ("dialogue_registrations", "dialogue_slots", "dialogue_questions", "dialogue_notes",
                "dialogue_programme_items"):
        assert data[key] == []


def test_innsyn_pdf_shows_the_market_dialogue(demo_crm: Crm, tmp_path: Path) -> None:
    out = privacy.export_person(demo_crm, _mari(demo_crm), tmp_path / "innsyn.pdf")
    text = " ".join(pdftotext(out).split())
    for expected in ("Markedsdialoger", "Påmeldinger", "Dialogkonferanse Telemark", "Grenland Digital AS",
                     "14.06.2016 kl. 09.50", "Én-til-én-møter", "planlagt", "Spørsmål og svar",
                     "Kan løsningen driftes i en skytjeneste utenfor EØS?"):
        assert expected in text, expected
    lone = privacy.export_person(demo_crm, demo_crm.people.save(Person(name="Ola Uten")), tmp_path / "ola.pdf")
    text = " ".join(pdftotext(lone).split())
    assert "Markedsdialoger Ingen." in text and "Påmeldinger" not in text
