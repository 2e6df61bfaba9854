"""Registration lists from Excel (the cp1252 `;` sample) and XLSX: organisations and
people created or matched, duplicates shown, a bad row named, nothing half-stored."""

from __future__ import annotations

import io

import pytest
from dialogue_helpers import REGISTRATION_CSV, register
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Organisation, Person
from btvcrm.exchange.registrations import (
    guess_registration_mapping,
    parse_yes_no,
    preview_registrations,
)
from btvcrm.services import market_dialogue as md
from btvcrm.storage.crm import Crm


def _import(crm: Crm, dialogue_id: int, data: bytes, kind: str = "csv", **extra: object) -> md.ImportRegistrationsResult:
    return md.import_registrations(crm, md.ImportRegistrationsRequest(dialogue_id, data, kind, **extra))  # type: ignore[arg-type]


def test_the_excel_sample_is_read_with_its_columns_mapped() -> None:
    preview = preview_registrations(REGISTRATION_CSV.read_bytes())
    assert preview.table.encoding == "cp1252" and preview.table.delimiter == ";"
    assert preview.mapping["Virksomhet"] == "organisation" and preview.mapping["Deltar"] == "attending"
    first, second, third = preview.rows
    assert (first.person, first.organisation, first.orgnr, first.emails, first.phones) == (
        "Håkon Sæther", "Sæther Maritime AS", "923609016", ["hakon@example.no"], ["+4741234567"])
    assert second.person == "Ingrid Østby" and second.counties == ["Telemark"] and second.ok
    assert third.line == 4 and not third.attending
    assert third.problems == ["«123456789» er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke)"]
    assert third.warnings == ["«lars@example» er ikke en gyldig e-postadresse"]


def test_a_bad_row_stops_the_import_naming_its_line_and_nothing_is_stored(mem_crm: Crm, dialogue_id: int) -> None:
    with pytest.raises(UserError) as raised:
        _import(mem_crm, dialogue_id, REGISTRATION_CSV.read_bytes())
    assert "Linje 4: «123456789» er ikke et gyldig organisasjonsnummer" in str(raised.value)
    assert "--skip-invalid" in str(raised.value)
    assert mem_crm.dialogues.registrations(dialogue_id) == []
    assert mem_crm.organisations.find_by_name("Sæther Maritime AS") is None


def test_with_skip_invalid_the_good_rows_become_registrations_with_new_organisations_and_people(
        mem_crm: Crm, dialogue_id: int) -> None:
    result = _import(mem_crm, dialogue_id, REGISTRATION_CSV.read_bytes(), skip_invalid=True)
    assert (result.added, result.updated, result.skipped) == (2, 0, 1)
    assert "Linje 4" in result.summary and "hoppet over" in result.summary
    registrations = mem_crm.dialogues.registrations(dialogue_id)
    assert [r.organisation_name for r in registrations] == ["Sæther Maritime AS", "Grenland Helse-Tek AS"]
    saether = mem_crm.organisations.find_by_orgnr("923609016")
    assert saether is not None and saether.kind.value == "supplier"
    assert [mem_crm.counties.get(c).name for c in saether.county_ids] == ["Vestfold"]
    hakon = mem_crm.people.find_by_email("hakon@example.no")
    assert hakon is not None and hakon.organisation_id == saether.id and hakon.title == "Daglig leder"
    assert hakon.phone == "+4741234567"
    assert registrations[0].comment == "Interessert i førerløs ferge"
    assert registrations[0].attendees[0].name == "Håkon Sæther"


def test_importing_the_same_list_again_matches_instead_of_duplicating(mem_crm: Crm, dialogue_id: int) -> None:
    _import(mem_crm, dialogue_id, REGISTRATION_CSV.read_bytes(), skip_invalid=True)
    people, orgs = mem_crm.people.count(), mem_crm.organisations.count()
    again = _import(mem_crm, dialogue_id, REGISTRATION_CSV.read_bytes(), skip_invalid=True)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)  # the same list again changes nothing
    assert (mem_crm.people.count(), mem_crm.organisations.count()) == (people, orgs)
    assert len(mem_crm.dialogues.registrations(dialogue_id)) == 2


def test_known_organisations_and_people_are_matched_by_the_import_rule_and_possible_duplicates_shown(
        mem_crm: Crm, dialogue_id: int) -> None:
    """exchange.duplicates: e-mail, or name and phone, is the same person; a name alone is not."""
    org = mem_crm.organisations.save(Organisation(name="Grenland Helse-Tek AS"))  # no orgnr yet
    elsewhere = mem_crm.organisations.save(Organisation(name="Annet AS"))
    ingrid = mem_crm.people.save(Person(name="Ingrid Østby", organisation_id=elsewhere))  # same name only
    hakon = mem_crm.people.save(Person(name="Håkon Sæther", phone="+47 41 23 45 67"))  # same name and phone
    result = _import(mem_crm, dialogue_id, REGISTRATION_CSV.read_bytes(), skip_invalid=True)
    assert mem_crm.organisations.get(org).orgnr == "914778271"  # filled in, not a second organisation
    assert mem_crm.people.get(hakon).email == "hakon@example.no"  # merged, the address filled in
    new_ingrid = mem_crm.people.find_by_email("ingrid.ostby@example.no")
    assert new_ingrid is not None and new_ingrid.id != ingrid  # not merged on the name alone ...
    assert (f"Ingrid Østby: mulig duplikat av Ingrid Østby (id {ingrid}, samme navn) – lagt til som ny person"
            in result.summary)  # ... but shown
    again = md.register(mem_crm, md.RegisterRequest(dialogue_id, "Grenland Helse-Tek AS", people=["Ingrid Østby"]))
    assert again.updated and not again.created_people  # the same name in the same registration is her


def test_an_invalid_email_is_kept_in_the_comment_and_reported(mem_crm: Crm, dialogue_id: int) -> None:
    data = ("Virksomhet;Organisasjonsnummer;Navn;E-post;Én-til-én\r\n"
            "Fjordvel AS;;Tor Eriksen;tor@fjordvel;Ja\r\n").encode("cp1252")
    result = _import(mem_crm, dialogue_id, data)
    registration = mem_crm.dialogues.registrations(dialogue_id)[0]
    assert registration.wants_one_to_one
    assert "Ugyldig i påmeldingslisten: «tor@fjordvel» er ikke en gyldig e-postadresse" in registration.comment
    assert "lagt i kommentaren" in result.summary


def test_an_xlsx_list_with_registration_times_and_one_to_one_column(mem_crm: Crm, dialogue_id: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Firma", "Kontaktperson", "E-post", "Ønsker én-til-én-møte", "Påmeldt"])
    sheet.append(["Bø Programvare AS", "Øystein Nes", "oystein@bo.example", "ja", "01.06.2016 10:15"])
    sheet.append(["Ås Data AS", "Åse Ås", "aase@aas.example", "nei", "2016-05-30T08:00:00"])
    buffer = io.BytesIO()
    book.save(buffer)
    result = _import(mem_crm, dialogue_id, buffer.getvalue(), "xlsx")
    assert result.added == 2
    first, second = mem_crm.dialogues.registrations(dialogue_id)  # ordered by registration time
    assert (first.organisation_name, first.wants_one_to_one) == ("Ås Data AS", False)
    assert (second.organisation_name, second.wants_one_to_one) == ("Bø Programvare AS", True)
    assert second.registered_at.isoformat() == "2016-06-01T10:15:00+02:00"


def test_a_list_without_an_organisation_column_is_refused_with_a_sentence(mem_crm: Crm, dialogue_id: int) -> None:
    with pytest.raises(UserError, match="mangler en kolonne for virksomhet"):
        _import(mem_crm, dialogue_id, b"Navn;E-post\r\nKari;kari@example.no\r\n")


def test_a_yes_no_that_is_neither_names_the_column() -> None:
    preview = preview_registrations(b"Virksomhet;Deltar\r\nA AS;kanskje\r\n")
    assert preview.problem_lines == ["Linje 2: Deltar: «kanskje» er verken ja eller nei"]
    assert parse_yes_no("X") and not parse_yes_no("Nei")


def test_the_mapping_guess_knows_registration_columns() -> None:
    mapping = guess_registration_mapping(["Fornavn", "Etternavn", "Bedrift", "Deltar fysisk", "1:1-møte", "Tidspunkt"])
    assert mapping == {"Fornavn": "given_name", "Etternavn": "family_name", "Bedrift": "organisation",
                       "Deltar fysisk": "attending", "1:1-møte": "one_to_one", "Tidspunkt": "registered_at"}


def test_a_late_registration_in_an_import_is_appended_to_an_existing_schedule(mem_crm: Crm, dialogue_id: int) -> None:
    register(mem_crm, dialogue_id, "Alfa AS", "Anne Alfa", one_to_one=True)
    md.make_schedule(mem_crm, md.ScheduleRequest(dialogue_id, start_text="13:00", slot_minutes=30, seed=1))
    result = _import(mem_crm, dialogue_id, "Virksomhet;Navn;Én-til-én\r\nBeta AS;Bo Beta;ja\r\n".encode())
    assert len(result.slots) == 1 and result.slots[0].late
    assert "Beta AS: én-til-én-møte lagt til etter de andre" in result.summary


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: ("Virksomhet;Navn;Deltar\r\n" + t).encode()))
def test_any_file_gives_registrations_or_one_clear_error_never_a_crash(
        mem_crm: Crm, dialogue_id: int, data: bytes) -> None:
    before = len(mem_crm.dialogues.registrations(dialogue_id))
    try:
        _import(mem_crm, dialogue_id, data, skip_invalid=True)
    except UserError as error:
        assert str(error).strip() and "Traceback" not in str(error)
        assert len(mem_crm.dialogues.registrations(dialogue_id)) == before
