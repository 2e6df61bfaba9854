"""The bridge between exchange files and the data file (no Qt, in-memory Crm)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Participant, Person
from btvcrm.exchange import bridge, calendar_sync, contacts_sync, spreadsheets
from btvcrm.exchange.ical import parse_events, parse_todos
from btvcrm.exchange.records import ContactRecord
from btvcrm.exchange.sniff import detect_format
from btvcrm.storage.crm import Crm

SAMPLES = Path(__file__).parent / "samples"
OSLO = clock.OSLO


@pytest.fixture
def crm() -> Crm:
    with Crm.open(None) as opened:
        yield opened


def _import(crm: Crm, path: Path, **options: object) -> str:
    data = path.read_bytes()
    return bridge.import_from(crm, path, detect_format(str(path), data), data, **options)  # type: ignore[arg-type]


def _fill(crm: Crm) -> dict[str, int]:
    org = crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr="974760673"))
    anne = crm.people.save(
        Person(name="Anne Ødegård", email="anne@tonsberg.kommune.no", phone="91234567",
               organisation_id=org, title="Innkjøpssjef", notes="Møtt på dialogkonferansen; «viktig»",
               private_notes="HEMMELIG")
    )
    per = crm.people.save(Person(name="Per Ås", email="per@example.no"))
    meeting = crm.meetings.save(
        Meeting(
            title="Førerløs ferge – oppstart",
            starts_at=dt.datetime(2016, 6, 14, 10, 0, tzinfo=OSLO),
            place="Rådhuset, Tønsberg",
            notes="Avklare rammer, forventninger",
            private_notes="HEMMELIG",
            participants=[Participant(anne), Participant(per)],
            organisation_ids=[org],
        )
    )
    second = crm.meetings.save(
        Meeting(title="Telefon med Vestre Viken", starts_at=dt.datetime(2016, 1, 5, 9, 30, tzinfo=OSLO),
                duration_minutes=15)
    )
    follow_up = crm.follow_ups.save(FollowUp(text="Send invitasjon", due_date=dt.date(2016, 6, 20)))
    crm.follow_ups.save(FollowUp(text="Uten frist"))
    return {"org": org, "anne": anne, "per": per, "meeting": meeting, "second": second, "follow_up": follow_up}


def _without_stamp(data: bytes) -> bytes:
    return re.sub(rb"DTSTAMP:[^\r\n]*\r\n", b"", data)


# ----------------------------------------------------------------------------- calendar


def test_calendar_export_has_stable_uids_oslo_and_no_private_notes(crm: Crm, tmp_path: Path) -> None:
    ids = _fill(crm)
    out = tmp_path / "kalender.ics"
    message = bridge.export_to(crm, out, "ics")
    assert "2 møter og 1 oppfølgingspunkter" in message
    data = out.read_bytes()
    assert b"BEGIN:VTIMEZONE" in data and b"TZID:Europe/Oslo" in data
    assert b"HEMMELIG" not in data
    events = {e.uid: e for e in parse_events(data)}
    meeting = crm.meetings.get(ids["meeting"])
    event = events[meeting.uid]
    assert event.title == "Førerløs ferge – oppstart"
    assert event.place == "Rådhuset, Tønsberg"
    assert event.description == "Avklare rammer, forventninger"
    assert event.duration_minutes == 60  # default
    assert event.starts_at == dt.datetime(2016, 6, 14, 10, 0, tzinfo=OSLO)
    assert ("Anne Ødegård", "anne@tonsberg.kommune.no") in event.attendees
    assert events[crm.meetings.get(ids["second"]).uid].duration_minutes == 15
    todos = parse_todos(data)
    assert [(t.uid, t.summary, t.due) for t in todos] == [
        (crm.follow_ups.get(ids["follow_up"]).uid, "Send invitasjon", dt.date(2016, 6, 20))
    ]
    assert todos[0].uid.endswith("@btvcrm") and not todos[0].uid.startswith("followup-")  # a stored UUID


def test_calendar_export_all_day_follow_ups(crm: Crm, tmp_path: Path) -> None:
    _fill(crm)
    out = tmp_path / "k.ics"
    bridge.export_to(crm, out, "ics", all_day_follow_ups=True)
    data = out.read_bytes()
    assert b"VTODO" not in data
    assert b"DTSTART;VALUE=DATE:20160620" in data


def test_write_calendar_file_replaces_atomically(crm: Crm, tmp_path: Path) -> None:
    ids = _fill(crm)
    target = tmp_path / "abonnement.ics"
    target.write_bytes(b"old")
    crm.add_listener(lambda: calendar_sync.write_calendar_file(crm, target))
    crm.meetings.soft_delete(ids["second"])
    data = target.read_bytes()
    assert "Førerløs ferge" in data.decode()
    assert "Telefon med Vestre Viken" not in data.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["abonnement.ics"]  # no temp file left


def test_ics_round_trip_and_second_import_skips(crm: Crm, tmp_path: Path) -> None:
    _fill(crm)
    first = tmp_path / "a.ics"
    vcf = tmp_path / "a.vcf"
    bridge.export_to(crm, first, "ics", what="meetings")
    bridge.export_to(crm, vcf, "vcf")
    with Crm.open(None) as other:
        _import(other, vcf)
        message = _import(other, first)
        assert message.startswith("Møter: 2 lagt til, 0 oppdatert, 0 hoppet over.")
        again = _import(other, first)
        assert again.startswith("Møter: 0 lagt til, 0 oppdatert, 2 hoppet over.")
        assert other.meetings.count() == 2
        second = tmp_path / "b.ics"
        bridge.export_to(other, second, "ics", what="meetings")
        assert _without_stamp(second.read_bytes()) == _without_stamp(first.read_bytes())
        # Attendees were matched to the people by e-mail, and linked the organisation.
        uid = crm.meetings.get(crm.meetings.query_ids()[-1]).uid
        imported = other.meetings.get(other.meetings.find_by_uid(uid) or 0)
        names = {other.people.get(p.person_id).name for p in imported.participants}
        assert names == {"Anne Ødegård", "Per Ås"}
        assert imported.other_participants == ""
        assert len(imported.organisation_ids) == 1


def test_ics_import_unknown_attendees_recurring_and_cancelled(crm: Crm) -> None:
    crm.people.save(Person(name="Bob Smith", email="bobsmith@example.com"))
    before = crm.people.count()
    _import(crm, SAMPLES / "ics_outlook2010_meeting_request.ics")
    assert crm.people.count() == before  # unknown attendees do not become people
    meeting = crm.meetings.get(crm.meetings.query_ids()[0])
    assert [crm.people.get(p.person_id).name for p in meeting.participants] == ["Bob Smith"]
    assert meeting.other_participants  # the other attendee, as text

    message = _import(crm, SAMPLES / "ics_thunderbird_rrule_exdate_europe_paris.ics")
    assert message.startswith("Møter: 1 lagt til")  # master once, overrides not again

    message = _import(crm, SAMPLES / "ics_apple_macos11_calendar.ics")
    assert message.startswith("Møter: 3 lagt til, 0 oppdatert, 1 hoppet over.")
    titles = {row["title"] for row in crm.meetings.query(limit=100)}
    assert "Cancelled" not in titles


def test_preview_then_import_chosen_events(crm: Crm) -> None:
    data = (SAMPLES / "ics_apple_macos11_calendar.ics").read_bytes()
    preview = calendar_sync.preview_events(crm, data)
    assert [logged for _, logged in preview] == [False, False, False]
    chosen = [event for event, _ in preview][:1]
    result = bridge.import_events(crm, chosen)
    assert (result.added, result.skipped) == (1, 0)
    assert sum(logged for _, logged in calendar_sync.preview_events(crm, data)) == 1


def test_ics_import_is_all_or_nothing(crm: Crm) -> None:
    events = [e for e, _ in calendar_sync.preview_events(crm, (SAMPLES / "ics_apple_macos11_calendar.ics").read_bytes())]
    events[1].starts_at = dt.datetime(1066, 10, 14, 9, 0, tzinfo=OSLO)  # refused by validation
    with pytest.raises(UserError, match="Hendelse «Confirmed»"):
        bridge.import_events(crm, events)
    assert crm.meetings.count() == 0


def test_not_a_calendar_is_a_user_error(crm: Crm) -> None:
    with pytest.raises(UserError, match="kalenderfil"):
        bridge.import_from(crm, Path("x.ics"), "ics", b"hello")


# ----------------------------------------------------------------------------- vCard


def test_vcard_round_trip(crm: Crm, tmp_path: Path) -> None:
    _fill(crm)
    for version in ("3.0", "4.0"):
        first = tmp_path / f"a{version}.vcf"
        bridge.export_to(crm, first, "vcf", vcard_version=version)
        text = first.read_text(encoding="utf-8")
        assert "HEMMELIG" not in text and "Innkjøpssjef" in text and "ORG:Tønsberg kommune" in text
        with Crm.open(None) as other:
            assert _import(other, first).startswith("Personer: 2 lagt til, 0 oppdatert, 0 hoppet over.")
            assert _import(other, first).startswith("Personer: 0 lagt til, 0 oppdatert, 2 hoppet over.")
            second = tmp_path / f"b{version}.vcf"
            bridge.export_to(other, second, "vcf", vcard_version=version)
            assert second.read_bytes() == first.read_bytes()


def test_vcard_duplicates_merge_skip_add(crm: Crm) -> None:
    ids = _fill(crm)
    card = ContactRecord(name="A. Ødegård", emails=["ANNE@tonsberg.kommune.no", "anne.privat@example.no"],
                         phones=["+47 22 33 44 55"], title="Sjef", notes="Ny merknad", source_line=1)

    result = contacts_sync.import_contacts(crm, [card], on_duplicate="skip")
    assert (result.added, result.updated, result.skipped) == (0, 0, 1)

    result = contacts_sync.import_contacts(crm, [card], on_duplicate="merge")
    assert (result.added, result.updated, result.skipped) == (0, 1, 0)
    anne = crm.people.get(ids["anne"])
    assert anne.email == "anne@tonsberg.kommune.no" and anne.title == "Innkjøpssjef"  # not overwritten
    assert "anne.privat@example.no" in anne.notes and "+47 22 33 44 55" in anne.notes
    assert "Ny merknad" in anne.notes and anne.private_notes == "HEMMELIG"
    again = contacts_sync.import_contacts(crm, [card], on_duplicate="merge")
    assert (again.added, again.updated, again.skipped) == (0, 0, 1)

    result = contacts_sync.import_contacts(crm, [card], on_duplicate="add")
    assert result.added == 1 and result.possible_duplicates == []
    assert crm.people.count() == 3


def test_phone_or_name_alone_is_a_possible_duplicate_never_merged(crm: Crm) -> None:
    ids = _fill(crm)
    switchboard = ContactRecord(name="Per", phones=["912 34 567"], source_line=9)  # Anne's phone
    namesake = ContactRecord(name="Per Ås", phones=["40000000"], source_line=12)
    other_mail = ContactRecord(name="Anne Ødegård", emails=["anne@annet.no"], phones=["91234567"], source_line=15)
    result = contacts_sync.import_contacts(crm, [switchboard, namesake, other_mail])
    assert (result.added, result.updated, result.skipped) == (3, 0, 0)
    found = {(d.where, d.existing_id, d.reason) for d in result.possible_duplicates}
    assert found == {
        ("Linje 9 (Per)", ids["anne"], "samme telefon"),
        ("Linje 12 (Per Ås)", ids["per"], "samme navn"),
        ("Linje 15 (Anne Ødegård)", ids["anne"], "samme navn og telefon, men ulik e-post"),
    }
    assert all(d.added_id is not None for d in result.possible_duplicates)
    summary = result.summary("Personer")
    assert "Linje 9 (Per): mulig duplikat av Anne Ødegård" in summary and "lagt til som ny person" in summary
    assert crm.people.get(ids["per"]).phone is None  # nothing merged into Per
    assert crm.people.count() == 5


def test_name_and_phone_together_are_the_same_person(crm: Crm) -> None:
    ids = _fill(crm)
    same = ContactRecord(name="ANNE ØDEGÅRD", phones=["+47 912 34 567"], title="x", source_line=3)
    result = contacts_sync.import_contacts(crm, [same])
    assert (result.added, result.updated, result.possible_duplicates) == (0, 0, [])
    assert result.skipped == 1 and crm.people.count() == 2 and crm.people.get(ids["anne"]).title == "Innkjøpssjef"


def test_the_users_decision_overrides_the_rule(crm: Crm) -> None:
    ids = _fill(crm)
    namesake = ContactRecord(name="Per Ås", phones=["40000000"], source_line=12)
    preview = contacts_sync.preview_contacts(crm, [namesake])
    assert preview[0].match is not None and not preview[0].match.certain
    assert preview[0].match.person_id == ids["per"]
    result = contacts_sync.import_contacts(crm, [namesake], decisions={0: "merge"})
    assert (result.added, result.updated, result.possible_duplicates) == (0, 1, [])
    assert crm.people.get(ids["per"]).phone == "+4740000000"
    result = contacts_sync.import_contacts(crm, [namesake], decisions={0: "skip"})
    assert (result.added, result.skipped) == (0, 1)


def test_android_card_5_stays_its_own_person(crm: Crm) -> None:
    message = _import(crm, SAMPLES / "vcard21_android_utf8_qp.vcf")
    assert message.startswith("Personer: 6 lagt til, 0 oppdatert, 0 hoppet over.")
    bob = crm.people.find_by_email("bob@company.com")
    assert bob is not None and bob.name == "Ñ Ñ Ñ Ñ"
    assert "mulig duplikat av" in message and "samme telefon" in message  # card 4 shares 123456
    assert "1 bilde (PHOTO/LOGO) ble ikke importert" in message
    assert crm.people.count() == 6


def test_vcard_organisation_found_or_created_and_group_skipped(crm: Crm) -> None:
    crm.organisations.save(Organisation(name="Tønsberg kommune"))
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nORG:TØNSBERG KOMMUNE\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola Hansen\r\nORG:Vestre Viken HF\r\nEND:VCARD\r\n"
    ).encode()
    message = bridge.import_from(crm, Path("a.vcf"), "vcard", data)
    assert message.startswith("Personer: 2 lagt til, 0 oppdatert, 0 hoppet over. 1 ny organisasjon opprettet.")
    assert crm.organisations.count() == 2
    message = _import(crm, SAMPLES / "vcard30_apple_addressbook_group.vcf")
    assert "gruppe (Apple)" in message and "1 hoppet over" in message


def test_vcard_invalid_email_is_kept_in_notes_and_reported(crm: Crm) -> None:
    message = _import(crm, SAMPLES / "vcard40_thunderbird_export.vcf")
    assert "Linje 1 (contact number one): «contact1@invalid» er ikke en gyldig e-postadresse" in message
    person = crm.people.find_by_name("contact number one")
    assert person is not None and person.email is None and "contact1@invalid" in person.notes


# ----------------------------------------------------------------------------- spreadsheets


REGISTRATION = SAMPLES / "csv_registration_excel_semicolon_cp1252.csv"


def test_registration_list_fails_naming_line_4(crm: Crm) -> None:
    with pytest.raises(UserError) as caught:
        _import(crm, REGISTRATION)
    assert "Linje 4: «123456789» er ikke et gyldig organisasjonsnummer" in str(caught.value)
    assert "lars@example" in str(caught.value)
    assert crm.is_empty()


def test_registration_list_skip_invalid(crm: Crm) -> None:
    message = _import(crm, REGISTRATION, skip_invalid=True)
    assert message.startswith("Personer: 2 lagt til, 0 oppdatert, 1 hoppet over. 2 nye organisasjoner opprettet.")
    assert "Linje 4:" in message
    hakon = crm.people.find_by_email("hakon@example.no")
    assert hakon is not None and hakon.name == "Håkon Sæther" and hakon.phone == "+4741234567"
    org = crm.organisations.find_by_orgnr("923609016")
    assert org is not None and org.name == "Sæther Maritime AS" and hakon.organisation_id == org.id
    assert [crm.counties.get(c).name for c in org.county_ids] == ["Vestfold"]
    assert crm.people.find_by_name("Lars Ødegaard") is None
    # Again: nothing new, nothing duplicated.
    assert _import(crm, REGISTRATION, skip_invalid=True).startswith("Personer: 0 lagt til, 0 oppdatert, 3 hoppet over.")
    assert crm.people.count() == 2 and crm.organisations.count() == 2


def test_organisation_list_guessed_and_found_by_orgnr(crm: Crm) -> None:
    crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr="974760673"))
    data = "Navn;Organisasjonsnummer;Type;Fylke\nTønsberg K.;974 760 673;kommune;Vestfold\nNy AS;;leverandør;tel\n"
    message = bridge.import_from(crm, Path("orgs.csv"), "csv", data.encode("utf-8"))
    assert message.startswith("Organisasjoner: 1 lagt til, 1 oppdatert, 0 hoppet over.")
    ny = crm.organisations.find_by_name("Ny AS")
    assert ny is not None and ny.kind == "supplier"
    assert [crm.counties.get(c).name for c in ny.county_ids] == ["Telemark"]
    with pytest.raises(UserError, match="Linje 2: Fant ikke fylket «Oppland»"):
        bridge.import_from(crm, Path("o.csv"), "csv", b"Navn;Fylke\nX AS;Oppland\n")


def test_export_lists_csv_and_xlsx_filtered_and_neutralised(crm: Crm, tmp_path: Path) -> None:
    ids = _fill(crm)
    crm.people.save(Person(name="=HYPERLINK(\"http://evil\")", email="x@example.no"))
    out = tmp_path / "p.csv"
    assert bridge.export_to(crm, out, "csv", what="people") == f"Eksporterte 3 rader til {out}."
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "Navn;Organisasjon;Stilling;E-post;Telefon;Fylker;Nøkkelkontakt;Notater;UID"
    assert "'=HYPERLINK" in text
    org_filter = ListFilter(organisation_id=ids["org"])
    bridge.export_to(crm, out, "csv", what="people", list_filter=org_filter)
    assert len(out.read_bytes().decode("utf-8-sig").splitlines()) == 2
    for what in spreadsheets.LIST_KINDS:
        target = tmp_path / f"{what}.xlsx"
        bridge.export_to(crm, target, "xlsx", what=what)
        sheet = load_workbook(target).active
        assert sheet is not None
        assert sheet.cell(1, 1).value == spreadsheets.COLUMNS[what][0][0]
    sheet = load_workbook(tmp_path / "meetings.xlsx").active
    assert sheet is not None
    assert sheet.cell(2, 1).value == dt.datetime(2016, 1, 5, 9, 30)


def test_xlsx_import(crm: Crm, tmp_path: Path) -> None:
    _fill(crm)
    target = tmp_path / "p.xlsx"
    bridge.export_to(crm, target, "xlsx", what="people")
    with Crm.open(None) as other:
        message = _import(other, target)
        assert message.startswith("Personer: 2 lagt til")
        anne = other.people.find_by_email("anne@tonsberg.kommune.no")
        assert anne is not None and anne.phone == "+4791234567" and anne.title == "Innkjøpssjef"


@pytest.mark.parametrize(
    "name", sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".vcf", ".ics", ".csv"))
)
def test_every_sample_imports(name: str) -> None:
    path = SAMPLES / name
    with Crm.open(None) as crm:
        if path == REGISTRATION:
            message = _import(crm, path, skip_invalid=True)
        else:
            message = _import(crm, path)
        assert re.match(r"^\w+: \d+ lagt til, \d+ oppdatert, \d+ hoppet over\.", message)
        if name != "vcard30_apple_addressbook_group.vcf":
            assert not crm.is_empty()
