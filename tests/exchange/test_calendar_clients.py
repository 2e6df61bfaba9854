"""What other calendar programs read from btvcrm's .ics: the right UTC times.

Second parsers: vobject (reads the file's own VTIMEZONE, as ical.js and Radicale
do) and icalendar made to use the VTIMEZONE too (the TZID renamed so that it
cannot fall back to its own zone database).
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from typing import Any

import icalendar
import pytest
import vobject

from btvcrm.domain import clock
from btvcrm.exchange.ical import parse_events, write_calendar
from btvcrm.exchange.records import EventRecord
from btvcrm.exchange.vtimezone import parse_posix, rule_since, vtimezone

OSLO = clock.OSLO
STAMP = dt.datetime(2016, 6, 14, 8, 0, tzinfo=UTC)

# (local time in Oslo, the UTC time every client must read)
CASES = [
    (dt.datetime(2016, 7, 14, 10, 0), dt.datetime(2016, 7, 14, 8, 0, tzinfo=UTC)),  # summer
    (dt.datetime(2016, 1, 14, 10, 0), dt.datetime(2016, 1, 14, 9, 0, tzinfo=UTC)),  # winter
    (dt.datetime(2040, 7, 10, 9, 30), dt.datetime(2040, 7, 10, 7, 30, tzinfo=UTC)),  # past 2038
    (dt.datetime(2040, 12, 10, 9, 30), dt.datetime(2040, 12, 10, 8, 30, tzinfo=UTC)),
    (dt.datetime(2016, 3, 27, 3, 30), dt.datetime(2016, 3, 27, 1, 30, tzinfo=UTC)),  # just after the change
    (dt.datetime(2016, 10, 30, 3, 30), dt.datetime(2016, 10, 30, 2, 30, tzinfo=UTC)),
]


def _vobject(data: bytes) -> Any:
    """vobject's reading of a file. vobject keeps every TZID it has seen in one
    process-wide table, so each file gets a TZID of its own here (as it would in
    a fresh program)."""
    _vobject.count = getattr(_vobject, "count", 0) + 1  # type: ignore[attr-defined]
    unique = f"Europe/Oslo-{_vobject.count}".encode()  # type: ignore[attr-defined]
    return vobject.readOne(data.replace(b"Europe/Oslo", unique).decode("utf-8"))


def _calendar() -> bytes:
    events = [
        EventRecord(uid=f"case-{n}@btvcrm", title=f"Møte {n}", starts_at=local.replace(tzinfo=OSLO),
                    duration_minutes=60)
        for n, (local, _) in enumerate(CASES)
    ]
    return write_calendar(events, dtstamp=STAMP)


def test_vtimezone_is_rrule_based_like_outlook_and_thunderbird() -> None:
    data = _calendar()
    zone = data.split(b"BEGIN:VTIMEZONE")[1].split(b"END:VTIMEZONE")[0]
    assert b"RDATE" not in zone
    assert zone.count(b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3") == 1
    assert zone.count(b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10") == 1
    assert b"TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200" in zone
    assert b"TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100" in zone


@pytest.mark.parametrize("index", range(len(CASES)))
def test_vobject_reads_the_right_utc_time(index: int) -> None:
    calendar = _vobject(_calendar())
    by_uid = {event.uid.value: event for event in calendar.vevent_list}
    start = by_uid[f"case-{index}@btvcrm"].dtstart.value
    assert start.astimezone(UTC) == CASES[index][1]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_icalendar_through_the_vtimezone_reads_the_right_utc_time(index: int) -> None:
    data = _calendar().replace(b"Europe/Oslo", b"BTV-test-zone")  # not in any zone database
    calendar = icalendar.Calendar.from_ical(data)
    zone = calendar.walk("VTIMEZONE")[0].to_tz()
    [event] = [e for e in calendar.walk("VEVENT") if str(e["UID"]) == f"case-{index}@btvcrm"]
    local = event["DTSTART"].dt.replace(tzinfo=None)
    assert local.replace(tzinfo=zone).astimezone(UTC) == CASES[index][1]


def test_older_meetings_get_exact_observances_for_their_years() -> None:
    meeting = EventRecord(uid="old@btvcrm", title="Gammelt møte",
                          starts_at=dt.datetime(1985, 9, 20, 10, 0, tzinfo=OSLO), duration_minutes=60)
    data = write_calendar([meeting], dtstamp=STAMP)
    start = _vobject(data).vevent.dtstart.value
    # 1985: summer time ended on the last Sunday of September (the 29th).
    assert start.astimezone(UTC) == dt.datetime(1985, 9, 20, 8, 0, tzinfo=UTC)


def test_the_zone_rule_comes_from_the_zone_database() -> None:
    found = rule_since("Europe/Oslo")
    assert found is not None
    rule, since = found
    assert since == 1996  # the last Sunday of October since 1996
    assert (rule.std_name, rule.dst_name) == ("CET", "CEST")
    assert parse_posix("EST5EDT,M3.2.0,M11.1.0") is not None
    assert parse_posix("<+0330>-3:30") is not None
    assert parse_posix("nonsense") is None
    sydney = vtimezone("Australia/Sydney").to_ical()  # southern hemisphere: summer in January
    assert b"BYMONTH=10" in sydney and b"BYMONTH=4" in sydney


def test_zero_length_meeting_has_a_duration_not_an_equal_dtend() -> None:
    event = EventRecord(uid="zero@btvcrm", title="Kort telefon",
                        starts_at=dt.datetime(2016, 6, 14, 10, 0, tzinfo=OSLO), duration_minutes=0)
    data = write_calendar([event], dtstamp=STAMP)
    assert b"DURATION:P0D" in data and b"DTEND" not in data  # icalendar's spelling of zero
    [back] = parse_events(data)
    assert back.duration_minutes == 0
    assert _vobject(data).vevent.duration.value == dt.timedelta(0)


@pytest.mark.parametrize("fold", [0, 1])
def test_the_repeated_hour_round_trips(fold: int) -> None:
    """02:30 happens twice on 30 October 2016: the second one is written in UTC."""
    start = dt.datetime(2016, 10, 30, 2, 30, tzinfo=OSLO, fold=fold)
    event = EventRecord(uid="dst@btvcrm", title="Nattmøte", starts_at=start, duration_minutes=30)
    data = write_calendar([event], dtstamp=STAMP)
    [back] = parse_events(data)
    assert back.starts_at.astimezone(UTC) == start.astimezone(UTC)
    assert back.duration_minutes == 30
    read = _vobject(data).vevent
    assert read.dtstart.value.astimezone(UTC) == start.astimezone(UTC)


def test_an_end_in_the_repeated_hour_is_not_equal_to_the_start() -> None:
    # 02:00 (summer time) + 60 minutes = 02:00 (winter time): DTEND would equal DTSTART.
    start = dt.datetime(2016, 10, 30, 2, 0, tzinfo=OSLO, fold=0)
    event = EventRecord(uid="end@btvcrm", title="Over skiftet", starts_at=start, duration_minutes=60)
    data = write_calendar([event], dtstamp=STAMP)
    assert b"DURATION:PT1H" in data and b"DTEND" not in data
    [back] = parse_events(data)
    assert back.duration_minutes == 60
