"""Our own .ics export read back in changes nothing; all-day events stay all-day.

Through the command line (`btvcrm export` / `btvcrm import`) on the demo data, the
SQLite file checked afterwards, the exported events re-read by vobject and icalendar.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject

from btvcrm import cli
from btvcrm.domain import clock
from btvcrm.storage.crm import Crm

OSLO = clock.OSLO
_LAST_MODIFIED = re.compile(rb"^LAST-MODIFIED:[^\r\n]*", re.MULTILINE)


def run(db: Path, *args: object) -> int:
    return cli.main(["--db", str(db), *(str(a) for a in args)])


def _raise_last_modified(data: bytes) -> bytes:
    """Every event edited in the calendar later than in btvcrm (but nothing changed)."""
    return _LAST_MODIFIED.sub(b"LAST-MODIFIED:20990101T000000Z", data)


def _meetings(db: Path) -> dict[str, tuple[Any, ...]]:
    with Crm.open(db) as crm:
        return {
            m.uid: (m.title, m.starts_at.astimezone(dt.UTC), m.duration_minutes, m.place, m.kind, m.notes)
            for m in (crm.meetings.get(i) for i in crm.meetings.query_ids())
        }


def _event_block(data: bytes, uid: str) -> bytes:
    for block in data.split(b"BEGIN:VEVENT")[1:]:
        if f"UID:{uid}\r\n".encode() in block:
            return block.split(b"END:VEVENT")[0]
    raise AssertionError(uid)


def _vobject_event(data: bytes, uid: str) -> Any:
    unique = data.replace(b"Europe/Oslo", f"Europe/Oslo-{uid}".encode())  # vobject keeps TZIDs process-wide
    return next(e for e in vobject.readOne(unique.decode("utf-8")).vevent_list if e.uid.value == uid)


def _icalendar_event(data: bytes, uid: str) -> Any:
    return next(e for e in icalendar.Calendar.from_ical(data).walk("VEVENT") if str(e["UID"]) == uid)


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "c.sqlite3"
    assert run(db, "demo") == 0
    assert run(db, "add", "meeting", "--title", "Uten varighet", "--date", "14.06.2016 10:00") == 0
    capsys.readouterr()
    return db


def _no_duration_uid(db: Path) -> str:
    with Crm.open(db) as crm:
        [uid] = [crm.meetings.get(i).uid for i in crm.meetings.query_ids()
                 if crm.meetings.get(i).title == "Uten varighet"]
    return uid


def test_own_export_imported_again_with_newer_stamps_changes_nothing(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _meetings(demo)
    ics = tmp_path / "x.ics"
    assert run(demo, "export", "--format", "ics", "-o", ics) == 0
    ics.write_bytes(_raise_last_modified(ics.read_bytes()))
    capsys.readouterr()
    assert run(demo, "import", ics) == 0
    out = capsys.readouterr().out
    assert f"Møter: 0 lagt til, 0 oppdatert, {len(before)} hoppet over." in out
    assert "ble oppdatert" not in out
    assert _meetings(demo) == before
    assert before[_no_duration_uid(demo)][2] is None


def test_no_duration_is_shown_as_an_hour_and_read_back_as_none(demo: Path, tmp_path: Path) -> None:
    ics = tmp_path / "x.ics"
    assert run(demo, "export", "--format", "ics", "-o", ics) == 0
    data, uid = ics.read_bytes(), _no_duration_uid(demo)
    assert b"X-BTVCRM-NO-DURATION:TRUE" in _event_block(data, uid)
    event = _vobject_event(data, uid)  # calendar programs see the hour
    assert event.dtend.value - event.dtstart.value == dt.timedelta(hours=1)
    fresh = tmp_path / "fresh.sqlite3"
    assert run(fresh, "import", ics) == 0
    assert _meetings(fresh)[uid][2] is None
    assert _meetings(fresh) == _meetings(demo)


def test_a_moved_event_updates_the_time_and_keeps_no_duration(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ics = tmp_path / "x.ics"
    assert run(demo, "export", "--format", "ics", "-o", ics) == 0
    uid = _no_duration_uid(demo)
    data = _raise_last_modified(ics.read_bytes())
    block = _event_block(data, uid)
    moved = block.replace(b":20160614T100000", b":20160615T130000").replace(b":20160614T110000",
                                                                            b":20160615T140000")
    ics.write_bytes(data.replace(block, moved))
    capsys.readouterr()
    assert run(demo, "import", ics) == 0
    out = capsys.readouterr().out
    assert "0 lagt til, 1 oppdatert" in out
    assert "«Uten varighet» (15.06.2016) er endret i kalenderen og ble oppdatert: tid." in out
    _, starts_at, duration, *_ = _meetings(demo)[uid]
    assert starts_at == dt.datetime(2016, 6, 15, 13, 0, tzinfo=OSLO) and duration is None


@pytest.mark.parametrize(("end", "expected"), [("110000", None), ("113000", 90)])
def test_a_file_without_the_marker_is_compared_with_the_default_hour(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], end: str, expected: int | None) -> None:
    """Another program's copy (no X-BTVCRM-NO-DURATION): an hour is what the meeting
    already shows, so nothing changes; another length is stored."""
    uid = _no_duration_uid(demo)
    ics = tmp_path / "other.ics"
    ics.write_bytes(
        ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n"
         f"UID:{uid}\r\nDTSTAMP:20990101T000000Z\r\nSUMMARY:Uten varighet\r\n"
         f"DTSTART;TZID=Europe/Oslo:20160614T100000\r\nDTEND;TZID=Europe/Oslo:20160614T{end}\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n").encode())
    capsys.readouterr()
    assert run(demo, "import", ics) == 0
    out = capsys.readouterr().out
    assert ("0 oppdatert" in out) == (expected is None)
    assert _meetings(demo)[uid][2] == expected


ALL_DAY = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\n"
    "BEGIN:VEVENT\r\nUID:sommer@example.no\r\nDTSTAMP:20160601T080000Z\r\nSUMMARY:Arendalsuka\r\n"
    "DTSTART;VALUE=DATE:20160716\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:samling@example.no\r\nDTSTAMP:20160601T080000Z\r\nSUMMARY:Samling\r\n"
    "DTSTART;VALUE=DATE:20161028\r\nDTEND;VALUE=DATE:20161031\r\nEND:VEVENT\r\n"  # over the change of time
    "END:VCALENDAR\r\n"
)


def test_an_all_day_event_is_kept_as_one_and_written_back_as_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An all-day event becomes a meeting from midnight lasting its whole days (one
    day without DTEND), and is exported again as an all-day event (VALUE=DATE)."""
    db, ics, out = tmp_path / "c.sqlite3", tmp_path / "allday.ics", tmp_path / "out.ics"
    ics.write_text(ALL_DAY, encoding="utf-8")
    assert run(db, "import", ics) == 0
    meetings = _meetings(db)
    assert meetings["sommer@example.no"][1:3] == (dt.datetime(2016, 7, 16, 0, 0, tzinfo=OSLO), 1440)
    assert meetings["samling@example.no"][1:3] == (dt.datetime(2016, 10, 28, 0, 0, tzinfo=OSLO), 3 * 1440)
    assert run(db, "export", "--format", "ics", "-o", out) == 0
    data = out.read_bytes()
    for uid, first, last in (("sommer@example.no", dt.date(2016, 7, 16), dt.date(2016, 7, 17)),
                             ("samling@example.no", dt.date(2016, 10, 28), dt.date(2016, 10, 31))):
        block = _event_block(data, uid)
        assert f"DTSTART;VALUE=DATE:{first:%Y%m%d}\r\n".encode() in block
        assert b"X-BTVCRM-NO-DURATION" not in block
        read = _vobject_event(data, uid)
        assert (read.dtstart.value, read.dtend.value) == (first, last)
        read = _icalendar_event(data, uid)
        assert (read["DTSTART"].dt, read["DTEND"].dt) == (first, last)
    out.write_bytes(_raise_last_modified(data))
    capsys.readouterr()
    assert run(db, "import", out) == 0
    assert "0 lagt til, 0 oppdatert, 2 hoppet over." in capsys.readouterr().out
    assert _meetings(db) == meetings


def test_a_timed_meeting_at_midnight_stays_timed(tmp_path: Path) -> None:
    """Only whole days from midnight are all-day: an hour at midnight is not."""
    db, out = tmp_path / "c.sqlite3", tmp_path / "out.ics"
    assert run(db, "init") == 0
    assert run(db, "add", "meeting", "--title", "Nattmøte", "--date", "14.06.2016 00:00", "--duration", "60") == 0
    assert run(db, "export", "--format", "ics", "-o", out) == 0
    assert b"DTSTART;TZID=Europe/Oslo:20160614T000000" in out.read_bytes()
