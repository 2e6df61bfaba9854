"""iCalendar import/export: every sample parses, with known values; write -> parse round trips."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from btvcrm.exchange.ical import iana_timezone, parse_events, parse_todos, write_calendar
from btvcrm.exchange.records import EventRecord, FollowUpTodoRecord, ImportFileError

LOCAL_SAMPLES = Path(__file__).parent / "samples"
OSLO = ZoneInfo("Europe/Oslo")


def sample(name: str) -> bytes:
    return (LOCAL_SAMPLES / name).read_bytes()  # the copies in the repository: a clone runs every test


ICS_FILES = sorted(p.name for p in LOCAL_SAMPLES.glob("*.ics"))
EXPECTED_COUNTS = {
    "ics_apple_ical2_us_holidays.ics": 47,
    "ics_apple_macos11_calendar.ics": 4,
    "ics_exchange2010_windows_timezones.ics": 4,
    "ics_google_calendar_europe_berlin.ics": 1,
    "ics_outlook2010_meeting_request.ics": 1,
    "ics_outlook2016_w_europe_std_time.ics": 1,
    "ics_thunderbird_rrule_exdate_europe_paris.ics": 3,
}


def test_samples_are_present() -> None:
    assert set(ICS_FILES) == set(EXPECTED_COUNTS)


@pytest.mark.parametrize("name", ICS_FILES)
def test_every_sample_parses(name: str) -> None:
    skipped: list[str] = []
    events = parse_events(sample(name), skipped=skipped)
    assert skipped == []
    assert len(events) == EXPECTED_COUNTS[name]
    for event in events:
        assert event.uid
        assert event.starts_at.tzinfo is not None
        assert event.starts_at.utcoffset() is not None
        assert event.source_line is not None


def test_outlook2016_windows_zone_and_tab_folding() -> None:
    [e] = parse_events(sample("ics_outlook2016_w_europe_std_time.ics"))
    assert e.title == "29.10. 8-8:30"
    assert e.starts_at == datetime(2022, 10, 29, 8, 0, tzinfo=OSLO)
    assert e.starts_at.utcoffset() == timedelta(hours=2)  # still summer time
    assert e.duration_minutes == 30
    assert e.description == ""  # " \n" is no description
    assert e.uid.startswith("040000008200E00074C5B7101A82E008") and "\t" not in e.uid
    assert e.uid.endswith("02B8A0B2A4159442998858E43D9B0927")


def test_outlook2010_meeting_request() -> None:
    [e] = parse_events(sample("ics_outlook2010_meeting_request.ics"))
    assert e.title == "Team Meeting"
    assert e.place == "Auditorium 16"
    assert e.starts_at == datetime(2013, 6, 10, 16, 0, tzinfo=UTC)  # 12:00 EDT
    assert e.duration_minutes == 60
    assert e.organizer_email == "bobsmith@example.com"
    assert e.attendees == [
        ("Doe, John", "johndoe@example.com"),
        ("Doe, Jane", "janedoe@example.com"),
    ]
    assert e.description == (
        "Meeting will discuss objectives for next project.\nWill include a presentation and food."
    )


def test_exchange2010_recovers_malformed_dtstart() -> None:
    events = parse_events(sample("ics_exchange2010_windows_timezones.ics"))
    first, broken, pacific, series = events
    assert first.starts_at == datetime(2020, 9, 10, 9, 0, tzinfo=OSLO)
    assert first.duration_minutes == 30
    assert broken.title == "Log Yesterday's Jira time"
    assert broken.starts_at == datetime(2020, 6, 9, 9, 0, tzinfo=OSLO)
    assert (
        broken.rrule
        == "FREQ=WEEKLY;UNTIL=20210309T080000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA;WKST=MO"
    )
    assert pacific.starts_at == datetime(2020, 9, 15, 15, 30, tzinfo=UTC)
    assert series.place == "https://bluejeans.com/7999979999"
    assert len(series.exdates) == 6
    assert series.exdates[0] == datetime(2020, 7, 21, 19, 0, tzinfo=UTC)
    assert series.source_line == 192


def test_google_event_in_utc() -> None:
    [e] = parse_events(sample("ics_google_calendar_europe_berlin.ics"))
    assert e.uid == "79fs7pkqvht9m5igs0vjv1sfra@google.com"
    assert e.starts_at == datetime(2024, 10, 4, 18, 15, tzinfo=UTC)
    assert (e.duration_minutes, e.status, e.title) == (45, "CONFIRMED", "event with alarms")


def test_apple_status_and_tzid_without_vtimezone() -> None:
    events = parse_events(sample("ics_apple_macos11_calendar.ics"))
    assert [e.status for e in events] == ["TENTATIVE", "CONFIRMED", "CANCELLED", ""]
    assert events[0].attendees == [("", "tentative@example.com")]
    assert events[1].starts_at == datetime(2022, 7, 5, 16, 0, tzinfo=UTC)  # 09:00 PDT
    assert events[1].organizer_email == "confirmed@example.com"
    assert events[3].attendees == [] and events[3].organizer_email == ""


def test_apple_holidays_all_day_and_yearly_rules() -> None:
    events = parse_events(sample("ics_apple_ical2_us_holidays.ics"))
    assert all(e.all_day for e in events)
    assert [e.title for e in events if e.duration_minutes != 1440] == ["Thanksgiving (fed holiday)"]
    assert next(e for e in events if e.duration_minutes != 1440).duration_minutes == 2 * 1440
    memorial = events[0]
    assert memorial.title == "Memorial Day (fed holiday)"
    assert memorial.starts_at == datetime(2004, 5, 31, tzinfo=OSLO)
    assert memorial.rrule == "FREQ=YEARLY;INTERVAL=1;BYDAY=-1MO;BYMONTH=5"
    assert sum(1 for e in events if e.rrule) >= 30


def test_thunderbird_series_with_exdates_and_overrides() -> None:
    master, first, second = parse_events(sample("ics_thunderbird_rrule_exdate_europe_paris.ics"))
    assert master.rrule == "FREQ=WEEKLY;UNTIL=20180623T183000Z"
    assert master.recurrence_id is None
    assert master.place == "Some place, Some where"
    assert master.starts_at == datetime(2017, 10, 9, 20, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert len(master.exdates) == 9
    assert master.exdates == sorted(master.exdates)
    assert master.exdates[0] == datetime(2017, 10, 23, 20, 30, tzinfo=ZoneInfo("Europe/Paris"))
    for override in (first, second):
        assert override.uid == master.uid
        assert override.status == "CANCELLED"
        assert override.recurrence_id == override.starts_at
    assert first.recurrence_id == datetime(2018, 3, 26, 20, 30, tzinfo=ZoneInfo("Europe/Paris"))


def test_unknown_tzid_and_floating_time_fall_back_to_oslo() -> None:
    data = (
        b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nSUMMARY:x\n"
        b"DTSTART;TZID=Nowhere Standard Time:20240102T100000\nEND:VEVENT\n"
        b"BEGIN:VEVENT\nUID:b\nSUMMARY:y\nDTSTART:20240102T100000\nDURATION:PT1H30M\nEND:VEVENT\n"
        b"BEGIN:VEVENT\nUID:c\nSUMMARY:no start\nEND:VEVENT\nEND:VCALENDAR"
    )
    skipped: list[str] = []
    a, b = parse_events(data, skipped=skipped)
    assert a.starts_at == datetime(2024, 1, 2, 10, tzinfo=OSLO)
    assert a.duration_minutes is None
    assert b.starts_at == datetime(2024, 1, 2, 10, tzinfo=OSLO)
    assert b.duration_minutes == 90
    assert skipped == ["Hendelse 3 (linje 14) mangler starttidspunkt (DTSTART) – hoppet over"]


def test_windows_zone_names() -> None:
    assert iana_timezone("W. Europe Standard Time") == OSLO
    assert iana_timezone('"Romance Standard Time"') == ZoneInfo("Europe/Paris")
    assert iana_timezone("Tokyo Standard Time") == ZoneInfo("Asia/Tokyo")  # CLDR table
    assert iana_timezone("/mozilla.org/20050126_1/Europe/Oslo") == OSLO
    assert iana_timezone("Nowhere") is None


def test_not_a_calendar() -> None:
    with pytest.raises(ImportFileError, match="ikke en kalenderfil"):
        parse_events(b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n")


# ----------------------------------------------------------------------------- writing

STAMP = datetime(2016, 6, 14, 8, 0, tzinfo=UTC)


def _events() -> list[EventRecord]:
    meeting = EventRecord(
        uid="btvcrm-meeting-1@btv.example",
        title="Dialogmøte med Tønsberg kommune – førerløs ferge",
        starts_at=datetime(2016, 6, 14, 10, 0, tzinfo=OSLO),
        duration_minutes=90,
        place="Rådhuset, Tønsberg; møterom «Slottsfjell»",
        description="Agenda:\n1. Forankring\n2. Marked; dialog, \\ veien videre",
        organizer_email="prosjektleder@example.no",
        attendees=[("Kari Nordmann", "kari@example.no"), ("", "ola@example.no")],
        status="CONFIRMED",
    )
    series = EventRecord(
        uid="btvcrm-series-2@btv.example",
        title="Statusmøte",
        starts_at=datetime(2016, 10, 24, 9, 0, tzinfo=OSLO),  # crosses the DST change
        duration_minutes=60,
        rrule="FREQ=WEEKLY;UNTIL=20161231T230000Z;BYDAY=MO",
        exdates=[datetime(2016, 10, 31, 9, 0, tzinfo=OSLO)],
    )
    override = EventRecord(
        uid="btvcrm-series-2@btv.example",
        title="Statusmøte (flyttet)",
        starts_at=datetime(2016, 11, 8, 13, 0, tzinfo=OSLO),
        duration_minutes=45,
        recurrence_id=datetime(2016, 11, 7, 9, 0, tzinfo=OSLO),
        status="TENTATIVE",
    )
    conference = EventRecord(
        uid="btvcrm-conf-3@btv.example",
        title="Dialogkonferanse Telemark",
        starts_at=datetime(2016, 9, 1, tzinfo=OSLO),
        duration_minutes=2 * 1440,
        all_day=True,
        place="Skien",
    )
    utc_call = EventRecord(
        uid="btvcrm-call-4@btv.example",
        title="Telefon",
        starts_at=datetime(2016, 3, 1, 7, 30, tzinfo=UTC),
        duration_minutes=None,
        status="CANCELLED",
    )
    return [meeting, series, override, conference, utc_call]


def test_write_then_parse_gives_equal_events() -> None:
    events = _events()
    data = write_calendar(events, dtstamp=STAMP)
    # Without LAST-MODIFIED, an event's version stamp is its DTSTAMP.
    assert parse_events(data) == [dataclasses.replace(e, stamp="20160614T080000Z") for e in events]


def test_written_calendar_is_rfc5545() -> None:
    data = write_calendar(_events(), dtstamp=STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Oslo"]
    assert calendar.get_missing_tzids() == set()
    for event in calendar.walk("VEVENT"):
        assert event.DTSTAMP == STAMP
    assert b"DTSTART;TZID=Europe/Oslo:20160614T100000\r\n" in data
    assert b"DTSTART;VALUE=DATE:20160901\r\nDTEND;VALUE=DATE:20160903\r\n" in data


def test_oslo_vtimezone_is_written_even_for_utc_only() -> None:
    data = write_calendar([_events()[4]], dtstamp=STAMP)
    assert b"TZID:Europe/Oslo" in data


def test_uid_is_required() -> None:
    with pytest.raises(ValueError):
        write_calendar([EventRecord(uid="", title="x", starts_at=STAMP)])


def _todos() -> list[FollowUpTodoRecord]:
    return [
        FollowUpTodoRecord(
            uid="btvcrm-followup-7@btv.example",
            summary="Send møtereferat til fylkeskommunene",
            due=date(2016, 6, 20),
            status="NEEDS-ACTION",
            description="Gjelder Buskerud, Telemark og Vestfold",
        ),
        FollowUpTodoRecord(
            uid="btvcrm-followup-8@btv.example",
            summary="Avklare forventninger",
            due=date(2016, 6, 30),
            status="COMPLETED",
        ),
    ]


def test_follow_ups_as_vtodo_round_trip() -> None:
    data = write_calendar([], todos=_todos(), dtstamp=STAMP)
    assert data.count(b"BEGIN:VTODO") == 2
    assert b"DUE;VALUE=DATE:20160620" in data
    assert parse_todos(data) == _todos()
    assert parse_events(data) == []


def test_follow_up_domain_statuses_are_mapped() -> None:
    todo = FollowUpTodoRecord(uid="u", summary="s", due=date(2016, 1, 1), status="done")
    [parsed] = parse_todos(write_calendar([], todos=[todo], dtstamp=STAMP))
    assert parsed.status == "COMPLETED"


def test_follow_ups_as_all_day_events_for_outlook() -> None:
    todos = _todos()
    todos[1].status = "cancelled"
    data = write_calendar([], todos=todos, all_day_events=True, dtstamp=STAMP)
    assert b"BEGIN:VTODO" not in data
    first, second = parse_events(data)
    assert first.all_day and first.duration_minutes == 1440
    assert first.starts_at == datetime(2016, 6, 20, tzinfo=OSLO)
    assert first.title == "Send møtereferat til fylkeskommunene"
    # Its own UID, distinct from the task's (a client may show both), marked as a follow-up.
    assert first.uid == "allday-btvcrm-followup-7@btv.example"
    assert first.follow_up and first.categories == ["Oppfølging"]
    assert first.status == "CONFIRMED"
    assert second.status == "CANCELLED"
    assert b"TRANSP:TRANSPARENT" in data
