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


# Meetings before 1996 (when Oslo's current rule began): Norway had summer time
# 1959–1965 and since 1980, none 1946–1958 and 1966–1979.
HISTORY_CASES = [
    (dt.datetime(1950, 1, 15, 10, 0), dt.datetime(1950, 1, 15, 9, 0, tzinfo=UTC)),
    (dt.datetime(1950, 7, 15, 10, 0), dt.datetime(1950, 7, 15, 9, 0, tzinfo=UTC)),  # no summer time
    (dt.datetime(1962, 7, 15, 10, 0), dt.datetime(1962, 7, 15, 8, 0, tzinfo=UTC)),
    (dt.datetime(1970, 1, 15, 10, 0), dt.datetime(1970, 1, 15, 9, 0, tzinfo=UTC)),
    (dt.datetime(1970, 7, 15, 10, 0), dt.datetime(1970, 7, 15, 9, 0, tzinfo=UTC)),  # none 1966–1979
    (dt.datetime(1980, 1, 15, 10, 0), dt.datetime(1980, 1, 15, 9, 0, tzinfo=UTC)),
    (dt.datetime(1980, 7, 15, 10, 0), dt.datetime(1980, 7, 15, 8, 0, tzinfo=UTC)),
    (dt.datetime(1990, 1, 15, 10, 0), dt.datetime(1990, 1, 15, 9, 0, tzinfo=UTC)),
    (dt.datetime(1990, 7, 15, 10, 0), dt.datetime(1990, 7, 15, 8, 0, tzinfo=UTC)),
    (dt.datetime(1995, 9, 20, 10, 0), dt.datetime(1995, 9, 20, 8, 0, tzinfo=UTC)),  # the last year of a run
    (dt.datetime(1995, 10, 20, 10, 0), dt.datetime(1995, 10, 20, 9, 0, tzinfo=UTC)),  # ended in September
    (dt.datetime(2016, 1, 15, 10, 0), dt.datetime(2016, 1, 15, 9, 0, tzinfo=UTC)),
    (dt.datetime(2016, 7, 15, 10, 0), dt.datetime(2016, 7, 15, 8, 0, tzinfo=UTC)),
    (dt.datetime(2040, 1, 15, 10, 0), dt.datetime(2040, 1, 15, 9, 0, tzinfo=UTC)),
    (dt.datetime(2040, 7, 15, 10, 0), dt.datetime(2040, 7, 15, 8, 0, tzinfo=UTC)),
]


def _history_calendar(cases: list[tuple[dt.datetime, dt.datetime]]) -> bytes:
    events = [EventRecord(uid=f"old-{local:%Y%m%d}@btvcrm", title="Møte", starts_at=local.replace(tzinfo=OSLO),
                          duration_minutes=60) for local, _ in cases]
    return write_calendar(events, dtstamp=STAMP)


def _strict_offset(zone_ical: bytes, local: dt.datetime) -> dt.timedelta:
    """The offset of `local` as a strict RFC 5545 reader (ical.js-like) finds it: each
    observance's onsets are its DTSTART, RRULE occurrences up to UNTIL compared in UTC
    (the onset's local time minus TZOFFSETFROM) and RDATEs; the latest onset wins."""
    from dateutil import rrule

    zone = icalendar.Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + zone_ical + b"END:VCALENDAR\r\n").walk("VTIMEZONE")[0]
    latest: tuple[dt.datetime, dt.timedelta] | None = None
    for observance in zone.walk():
        if observance.name not in ("STANDARD", "DAYLIGHT"):
            continue
        start = observance["DTSTART"].dt
        before = observance["TZOFFSETFROM"].td
        onsets = [start]
        if "RRULE" in observance:
            recur = observance["RRULE"]
            until = recur.get("UNTIL", [None])[0]
            plain = icalendar.vRecur({k: v for k, v in recur.items() if k != "UNTIL"}).to_ical().decode()
            for onset in rrule.rrulestr(plain, dtstart=start):
                if onset.year > local.year or (until is not None and onset - before > until.replace(tzinfo=None)):
                    break
                onsets.append(onset)
        for rdate in _as_list(observance.get("RDATE")):
            onsets += [d.dt for d in rdate.dts]
        for onset in onsets:
            if onset <= local and (latest is None or onset > latest[0]):
                latest = (onset, observance["TZOFFSETTO"].td)
    assert latest is not None
    return latest[1]


def _as_list(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


@pytest.mark.parametrize("alone", [False, True], ids=["one-file", "each-alone"])
def test_meetings_before_the_current_rule_read_right_in_every_reader(alone: bool) -> None:
    """1950, 1962, 1970, 1980, 1990, 1995, 2016, 2040, winter and summer: vobject (which
    reads only the first date of an RDATE list), icalendar through the VTIMEZONE and a
    strict RFC reader all get the right UTC time."""
    groups = [[case] for case in HISTORY_CASES] if alone else [HISTORY_CASES]
    for cases in groups:
        data = _history_calendar(cases)
        zone_ical = b"BEGIN:VTIMEZONE" + data.split(b"BEGIN:VTIMEZONE")[1].split(b"END:VTIMEZONE")[0] \
            + b"END:VTIMEZONE\r\n"
        assert b"RDATE" not in zone_ical
        by_uid = {event.uid.value: event for event in _vobject(data).vevent_list}
        renamed = icalendar.Calendar.from_ical(data.replace(b"Europe/Oslo", b"BTV-test-zone"))
        zone = renamed.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
        for local, utc in cases:
            uid = f"old-{local:%Y%m%d}@btvcrm"
            assert by_uid[uid].dtstart.value.astimezone(UTC) == utc, ("vobject", local)
            assert local.replace(tzinfo=zone).astimezone(UTC) == utc, ("icalendar", local)
            assert local - _strict_offset(zone_ical, local) == utc.replace(tzinfo=None), ("strict", local)
            [back] = [e for e in parse_events(data) if e.uid == uid]
            assert back.starts_at.astimezone(UTC) == utc


@pytest.mark.parametrize("key", ["Europe/Oslo", "America/New_York", "Australia/Sydney", "Africa/Casablanca"])
def test_history_observances_agree_with_the_zone_database_every_day(key: str) -> None:
    """From 1950 (2010 for Casablanca, whose changes are listed one by one) to 2040,
    noon and 03:30 of every fourth day: vobject's and icalendar's offsets are zoneinfo's."""
    from zoneinfo import ZoneInfo

    first = dt.date(2010 if key == "Africa/Casablanca" else 1950, 1, 1)
    data = vtimezone(key, first).to_ical()
    assert b"RDATE" not in data
    renamed = data.replace(key.encode(), f"BTV-{key}".encode())
    calendar = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + renamed + b"END:VCALENDAR\r\n"
    readers = {"vobject": vobject.readOne(calendar.decode()).vtimezone.gettzinfo(),
               "icalendar": icalendar.Calendar.from_ical(calendar).walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)}
    truth = ZoneInfo(key)
    day = first
    while day.year < 2041:
        for hour, minute in ((12, 0), (3, 30)):
            wall = dt.datetime(day.year, day.month, day.day, hour, minute)
            expected = wall.replace(tzinfo=truth).utcoffset()
            if expected != wall.replace(tzinfo=truth, fold=1).utcoffset():
                continue  # a repeated or skipped hour
            for name, zone in readers.items():
                assert wall.replace(tzinfo=zone).utcoffset() == expected, (name, wall)
        day += dt.timedelta(days=4)
