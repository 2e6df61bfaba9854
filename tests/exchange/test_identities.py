"""Stable identities (migration 0005) and the round trips that rest on them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import vobject

from btvcrm.domain import clock
from btvcrm.domain.enums import FollowUpStatus, MeetingKind
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Participant, Person
from btvcrm.exchange import bridge, calendar_sync
from btvcrm.exchange.ical import parse_events, parse_todos
from btvcrm.exchange.jsonfile import export_data, import_data
from btvcrm.exchange.sniff import detect_format
from btvcrm.exchange.vcard import parse_vcards
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm
from btvcrm.storage.migrations import IDENTITY_TABLES

OSLO = clock.OSLO


@pytest.fixture
def crm() -> Crm:
    with Crm.open(None) as opened:
        yield opened


def _import(crm: Crm, path: Path, **options: object) -> str:
    data = path.read_bytes()
    return bridge.import_from(crm, path, detect_format(str(path), data), data, **options)  # type: ignore[arg-type]


def _fill(crm: Crm) -> dict[str, int]:
    org = crm.organisations.save(Organisation(name="Tønsberg kommune", orgnr="974760673", is_key=True,
                                              website="https://www.tonsberg.kommune.no", county_ids=[3]))
    lonely = crm.organisations.save(Organisation(name="Vestfold Klynge", notes="Ingen personer ennå"))
    anne = crm.people.save(Person(name="Anne Ødegård", email="anne@tonsberg.kommune.no", phone="91234567",
                                  organisation_id=org, title="Innkjøpssjef", is_key=True, notes="Medeier"))
    meeting = crm.meetings.save(Meeting(
        title="Førerløs ferge", starts_at=dt.datetime(2016, 6, 14, 10, 0, tzinfo=OSLO), kind=MeetingKind.VIDEO,
        participants=[Participant(anne)], organisation_ids=[org], county_ids=[3], place="Teams"))
    weekly = crm.follow_ups.save(FollowUp(text="Ukesrapport", due_date=dt.date(2016, 6, 17), rrule="FREQ=WEEKLY"))
    done = crm.follow_ups.save(FollowUp(text="Sendt referat", due_date=dt.date(2016, 6, 15)))
    crm.follow_ups.complete(done, on=dt.date(2016, 6, 15))
    return {"org": org, "lonely": lonely, "anne": anne, "meeting": meeting, "weekly": weekly, "done": done}


# ----------------------------------------------------------------------------- the UIDs


def test_every_record_gets_a_stable_uid_and_check_sees_it(crm: Crm) -> None:
    ids = _fill(crm)
    anne = crm.people.get(ids["anne"])
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", anne.uid)
    assert crm.people.get(ids["anne"]).uid == anne.uid  # stable
    crm.people.save(anne)
    assert crm.people.get(ids["anne"]).uid == anne.uid  # an edit keeps it
    assert re.fullmatch(r"[0-9a-f-]{36}@btvcrm", crm.follow_ups.get(ids["weekly"]).uid)
    assert crm.organisations.get(ids["org"]).uid.startswith("urn:uuid:")
    assert crm.people.find_by_uid(anne.uid).id == ids["anne"]  # type: ignore[union-attr]
    report = check(crm)
    assert report.ok and "Alle personer, organisasjoner og oppfølgingspunkter har en fast UID" in report.text()


def test_follow_up_uids_differ_between_files_and_between_occurrences(crm: Crm) -> None:
    first = crm.follow_ups.save(FollowUp(text="A", due_date=dt.date(2016, 6, 1), rrule="FREQ=WEEKLY"))
    following = crm.follow_ups.complete(first)
    assert following is not None
    with Crm.open(None) as other:
        again = other.follow_ups.save(FollowUp(text="A", due_date=dt.date(2016, 6, 1)))
        assert other.follow_ups.get(again).uid != crm.follow_ups.get(first).uid  # not followup-1@btvcrm twice
    assert crm.follow_ups.get(following).uid != crm.follow_ups.get(first).uid


def test_migration_0005_gives_existing_records_uids(tmp_path: Path) -> None:
    path = tmp_path / "gammel.sqlite3"
    with Crm.open(path) as crm:
        crm.people.save(Person(name="Kari"))
        crm.follow_ups.save(FollowUp(text="x"))
        # Make it a file from before 0005.
        for table in [*IDENTITY_TABLES, "meeting_calendar_versions"]:
            crm.db.execute(f"DROP TABLE {table}")
        crm.db.execute("DROP TRIGGER person_uids_erased")
        crm.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_exchange_identities'")
        crm.db.conn.commit()
    with Crm.open(path) as crm:
        assert crm.people.get(crm.people.query_ids()[0]).uid.startswith("urn:uuid:")
        assert crm.follow_ups.get(crm.follow_ups.query_ids()[0]).uid.endswith("@btvcrm")
        assert check(crm).ok


def test_erasure_drops_the_uid_so_no_import_can_find_them_again(crm: Crm) -> None:
    from btvcrm.services import privacy

    ids = _fill(crm)
    uid = crm.people.get(ids["anne"]).uid
    privacy.erase_person(crm, ids["anne"], reason="test")
    assert crm.people.find_by_uid(uid) is None
    assert crm.people.get(ids["anne"]).uid == ""
    assert check(crm).ok


def test_json_export_keeps_uids_and_an_old_export_gets_new_ones(crm: Crm) -> None:
    ids = _fill(crm)
    data = export_data(crm)
    with Crm.open(None) as copy:
        import_data(copy, data)
        assert copy.people.get(ids["anne"]).uid == crm.people.get(ids["anne"]).uid
    for table in [*IDENTITY_TABLES, "meeting_calendar_versions"]:
        data["tables"].pop(table)
    with Crm.open(None) as copy:
        import_data(copy, data)
        assert copy.people.get(ids["anne"]).uid.startswith("urn:uuid:")
        assert check(copy).ok


# ----------------------------------------------------------------------------- vCard


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_export_every_card_has_a_uid_and_organisations_are_cards(crm: Crm, tmp_path: Path,
                                                                      version: str) -> None:
    ids = _fill(crm)
    out = tmp_path / "k.vcf"
    message = bridge.export_to(crm, out, "vcf", vcard_version=version)
    assert message == f"Eksporterte 1 person og 2 organisasjoner til {out} (vCard {version})."
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert len(cards) == 3 and all(card.contents.get("uid") for card in cards)
    by_name = {card.fn.value: card for card in cards}
    anne, town = by_name["Anne Ødegård"], by_name["Tønsberg kommune"]
    assert anne.uid.value == crm.people.get(ids["anne"]).uid
    assert "Nøkkelkontakt" in anne.categories.value
    if version == "4.0":
        assert town.kind.value == "org"
    else:
        assert town.contents["x-abshowas"][0].value == "COMPANY"
    assert town.contents["x-btvcrm-orgnr"][0].value == "974760673"
    assert town.url.value == "https://www.tonsberg.kommune.no"


def test_vcard_round_trip_keeps_organisations_key_flags_and_uids(crm: Crm, tmp_path: Path) -> None:
    ids = _fill(crm)
    out = tmp_path / "k.vcf"
    bridge.export_to(crm, out, "vcf", vcard_version="4.0")
    with Crm.open(None) as other:
        message = _import(other, out)
        assert message.startswith("Personer: 1 lagt til, 0 oppdatert, 0 hoppet over. 2 nye organisasjoner opprettet.")
        lonely = other.organisations.find_by_name("Vestfold Klynge")
        assert lonely is not None and lonely.notes == "Ingen personer ennå"
        town = other.organisations.find_by_orgnr("974760673")
        assert town is not None and town.is_key and town.website == "https://www.tonsberg.kommune.no"
        assert [other.counties.get(c).name for c in town.county_ids] == ["Vestfold"]
        assert town.uid == crm.organisations.get(ids["org"]).uid
        anne = other.people.find_by_uid(crm.people.get(ids["anne"]).uid)
        assert anne is not None and anne.is_key and anne.organisation_id == town.id
        again = _import(other, out)
        assert again.startswith("Personer: 0 lagt til, 0 oppdatert, 1 hoppet over.")
        assert other.organisations.count() == 2


def test_vcard_reimport_matches_on_uid_when_the_email_changed(crm: Crm) -> None:
    ids = _fill(crm)
    uid = crm.people.get(ids["anne"]).uid
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:Anne Ødegård\r\n"
            "EMAIL:anne@ny-jobb.no\r\nEND:VCARD\r\n").encode()
    message = bridge.import_from(crm, Path("a.vcf"), "vcard", card)
    assert message.startswith("Personer: 0 lagt til, 1 oppdatert")
    assert crm.people.count() == 1 and "anne@ny-jobb.no" in crm.people.get(ids["anne"]).notes


def test_an_imported_card_keeps_its_own_uid(crm: Crm) -> None:
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:google-4711\r\nFN:Ola Hansen\r\nEND:VCARD\r\n"
    bridge.import_from(crm, Path("a.vcf"), "vcard", card)
    person = crm.people.find_by_uid("google-4711")
    assert person is not None and person.name == "Ola Hansen"
    assert parse_vcards(card).contacts[0].uid == "google-4711"


# ----------------------------------------------------------------------------- iCalendar


def test_ics_round_trip_keeps_kind_organisations_counties_and_follow_ups(crm: Crm, tmp_path: Path) -> None:
    ids = _fill(crm)
    out = tmp_path / "k.ics"
    bridge.export_to(crm, out, "ics")
    data = out.read_bytes()
    assert b"CATEGORIES:Video" in data and b"X-BTVCRM-KIND:video" in data
    assert "X-BTVCRM-ORGANISATION:Tønsberg kommune".encode() in data and b"X-BTVCRM-COUNTY:Vestfold" in data
    [todo] = parse_todos(data)  # the open one; its done predecessor is not in a plain export
    assert todo.rrule == "FREQ=WEEKLY" and todo.uid == crm.follow_ups.get(ids["weekly"]).uid
    with Crm.open(None) as other:
        message = _import(other, out)
        assert message.startswith("Møter: 1 lagt til, 0 oppdatert, 0 hoppet over. 1 ny organisasjon opprettet.")
        assert "Oppfølgingspunkter: 1 lagt til, 0 oppdatert." in message
        meeting = other.meetings.get(other.meetings.find_by_uid(crm.meetings.get(ids["meeting"]).uid) or 0)
        assert meeting.kind == MeetingKind.VIDEO
        assert [other.organisations.get(o).name for o in meeting.organisation_ids] == ["Tønsberg kommune"]
        assert [other.counties.get(c).name for c in meeting.county_ids] == ["Vestfold"]
        follow_up = other.follow_ups.get(other.follow_ups.find_by_uid(todo.uid) or 0)
        assert (follow_up.text, follow_up.due_date, follow_up.rrule) == ("Ukesrapport", dt.date(2016, 6, 17),
                                                                         "FREQ=WEEKLY")
        again = _import(other, out)
        assert again.startswith("Møter: 0 lagt til, 0 oppdatert, 1 hoppet over.")
        assert other.follow_ups.count() == 1


def test_done_follow_ups_on_request_and_the_all_day_variant_has_its_own_uid(crm: Crm, tmp_path: Path) -> None:
    ids = _fill(crm)
    out = tmp_path / "k.ics"
    message = bridge.export_to(crm, out, "ics", what="follow-ups", done_follow_ups=True)
    assert "2 oppfølgingspunkter" in message
    todos = {t.summary: t for t in parse_todos(out.read_bytes())}
    assert todos["Sendt referat"].status == "COMPLETED" and todos["Sendt referat"].completed == dt.date(2016, 6, 15)
    assert todos["Sendt referat"].rrule == ""
    bridge.export_to(crm, out, "ics", what="follow-ups", all_day_follow_ups=True)
    [event] = parse_events(out.read_bytes())
    task_uid = crm.follow_ups.get(ids["weekly"]).uid
    assert event.uid == "allday-" + task_uid and event.rrule == "FREQ=WEEKLY" and event.follow_up
    with Crm.open(None) as other:  # the feed read back: a follow-up, not a meeting
        message = _import(other, out)
        assert other.meetings.count() == 0 and other.follow_ups.find_by_uid(task_uid) is not None


def _event(uid: str, *, sequence: int, stamp: str, start: str = "20160614T100000", place: str = "Drammen",
           description: str = "Agenda") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:{stamp}\r\nSEQUENCE:{sequence}\r\nSUMMARY:Markedsdialog\r\n"
        f"DTSTART;TZID=Europe/Oslo:{start}\r\nDURATION:PT1H\r\nLOCATION:{place}\r\n"
        f"DESCRIPTION:{description}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_a_changed_event_updates_the_meeting_and_says_so(crm: Crm) -> None:
    first = _event("dialog-1@example.no", sequence=0, stamp="20160601T080000Z")
    assert bridge.import_from(crm, Path("a.ics"), "ics", first).startswith("Møter: 1 lagt til")
    moved = _event("dialog-1@example.no", sequence=1, stamp="20160602T080000Z", start="20160615T130000",
                   place="Skien", description="Ny agenda")
    message = bridge.import_from(crm, Path("a.ics"), "ics", moved)
    assert message.startswith("Møter: 0 lagt til, 1 oppdatert, 0 hoppet over.")
    assert "«Markedsdialog» (15.06.2016) er endret i kalenderen og ble oppdatert: tid, sted, beskrivelse." in message
    meeting = crm.meetings.get(crm.meetings.find_by_uid("dialog-1@example.no") or 0)
    assert (meeting.starts_at, meeting.place, meeting.notes) == (
        dt.datetime(2016, 6, 15, 13, 0, tzinfo=OSLO), "Skien", "Ny agenda")
    # The same version again, or an older one: skipped as already logged.
    assert "allerede logget" in bridge.import_from(crm, Path("a.ics"), "ics", moved)
    assert "allerede logget" in bridge.import_from(crm, Path("a.ics"), "ics", first)
    assert crm.meetings.count() == 1


def test_notes_written_in_btvcrm_survive_an_updated_event(crm: Crm) -> None:
    bridge.import_from(crm, Path("a.ics"), "ics", _event("d@x", sequence=0, stamp="20160601T080000Z"))
    meeting = crm.meetings.get(crm.meetings.find_by_uid("d@x") or 0)
    meeting.notes = "Referat skrevet i btvcrm"
    crm.meetings.save(meeting)
    newer = _event("d@x", sequence=0, stamp="20160603T080000Z", place="Porsgrunn", description="Endret agenda")
    message = bridge.import_from(crm, Path("a.ics"), "ics", newer)
    assert "oppdatert: sted." in message and "Notatene er endret i btvcrm siden importen og ble beholdt." in message
    meeting = crm.meetings.get(meeting.id or 0)
    assert (meeting.place, meeting.notes) == ("Porsgrunn", "Referat skrevet i btvcrm")


def test_own_export_reimported_into_the_same_file_changes_nothing(crm: Crm, tmp_path: Path) -> None:
    _fill(crm)
    out = tmp_path / "k.ics"
    bridge.export_to(crm, out, "ics")
    message = _import(crm, out)
    assert message.startswith("Møter: 0 lagt til, 0 oppdatert, 1 hoppet over.")
    assert crm.meetings.count() == 1 and crm.follow_ups.count() == 2


def test_organizer_name_and_attendees_with_commas_one_per_line(crm: Crm) -> None:
    data = (Path(__file__).parent / "samples" / "ics_outlook2010_meeting_request.ics").read_bytes()
    bridge.import_from(crm, Path("a.ics"), "ics", data)
    meeting = crm.meetings.get(crm.meetings.query_ids()[0])
    assert meeting.other_participants.splitlines() == [
        "Smith, Bob <bobsmith@example.com>",  # the organizer, with the CN Outlook gave
        "Doe, John <johndoe@example.com>",
        "Doe, Jane <janedoe@example.com>",
    ]


def test_feed_has_refresh_properties_and_goes_through_safe_output(crm: Crm, tmp_path: Path) -> None:
    _fill(crm)
    feed = tmp_path / "abonnement.ics"
    calendar_sync.write_calendar_file(crm, feed, all_day_follow_ups=True)
    data = feed.read_bytes()
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in data and b"X-PUBLISHED-TTL:PT1H" in data
    assert b"BEGIN:VTODO" not in data and b"X-BTVCRM-KIND:follow-up" in data
    assert feed.stat().st_mode & 0o777 == 0o600


def test_follow_up_status_from_a_vtodo(crm: Crm) -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:t1@tb\r\nDTSTAMP:20160101T000000Z\r\n"
            b"SUMMARY:Ring Telemark\r\nDUE;VALUE=DATE:20160620\r\nSTATUS:COMPLETED\r\nEND:VTODO\r\n"
            b"BEGIN:VTODO\r\nUID:t2@tb\r\nDTSTAMP:20160101T000000Z\r\nSUMMARY:Uten frist\r\nEND:VTODO\r\n"
            b"END:VCALENDAR\r\n")
    message = bridge.import_from(crm, Path("t.ics"), "ics", data)
    assert "Oppfølgingspunkter: 2 lagt til" in message
    done = crm.follow_ups.get(crm.follow_ups.find_by_uid("t1@tb") or 0)
    assert done.status == FollowUpStatus.DONE and done.due_date == dt.date(2016, 6, 20)
    assert crm.follow_ups.get(crm.follow_ups.find_by_uid("t2@tb") or 0).due_date is None


def test_the_older_key_category_is_still_read(crm: Crm) -> None:
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ola\r\nCATEGORIES:Venner,N\xc3\xb8kkelperson\r\nEND:VCARD\r\n"
    assert parse_vcards(card).contacts[0].is_key


def test_the_preview_tells_new_changed_and_logged_events(crm: Crm) -> None:
    first = _event("p@x", sequence=0, stamp="20160601T080000Z")
    [(event, logged)] = calendar_sync.preview_events(crm, first)
    assert not logged and calendar_sync.event_state(crm, event) == "new"
    bridge.import_from(crm, Path("a.ics"), "ics", first)
    [(event, logged)] = calendar_sync.preview_events(crm, first)
    assert logged and calendar_sync.event_state(crm, event) == "logged"
    [(event, logged)] = calendar_sync.preview_events(crm, _event("p@x", sequence=1, stamp="20160601T080000Z"))
    assert not logged and calendar_sync.event_state(crm, event) == "changed"
