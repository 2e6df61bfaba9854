"""Hostile and large files: bounded work, clear Norwegian sentences, nothing saved half.

The files are built here. No timing assertions: what would hang (padding a sheet to
its declared size, unfolding a photo quadratically) is made impossible by the
algorithm, and the tests check the algorithm's observable side (what is kept,
what is said).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from btvcrm.domain.errors import UserError
from btvcrm.exchange import bridge, spreadsheets
from btvcrm.exchange.ical import read_calendar
from btvcrm.exchange.vcard import MAX_PROPERTY_BYTES, parse_vcards
from btvcrm.storage.crm import Crm

ENGLISH = re.compile(r"\b(Cannot|access|broken|property|invalid|Error|line|expected|not a)\b")


@pytest.fixture
def crm() -> Crm:
    with Crm.open(None) as opened:
        yield opened


def _workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rewrite_sheet(data: bytes, change: object) -> bytes:
    """The same workbook with its sheet XML changed by `change(xml) -> xml`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content)  # type: ignore[operator]
            target.writestr(info.filename, content)
    return out.getvalue()


# ----------------------------------------------------------------------------- XLSX


def test_a_sheet_that_claims_a_million_rows_is_read_by_its_real_data(crm: Crm) -> None:
    data = _workbook([["Navn", "E-post"], ["Kari Nordmann", "kari@example.no"]])
    hostile = _rewrite_sheet(data, lambda xml: re.sub(rb'<dimension ref="[^"]*"\s*/>',
                                                      b'<dimension ref="A1:XFD1048576"/>', xml))
    assert b"XFD1048576" in zipfile.ZipFile(io.BytesIO(hostile)).read("xl/worksheets/sheet1.xml")
    assert len(hostile) < 10_000
    table = spreadsheets.read_spreadsheet(hostile, "xlsx")
    assert table.headers == ["Navn", "E-post"] and table.rows == [["Kari Nordmann", "kari@example.no"]]
    message = bridge.import_from(crm, Path("x.xlsx"), "xlsx", hostile)
    assert message.startswith("Personer: 1 lagt til")


def test_a_lonely_far_away_cell_does_not_widen_the_rows() -> None:
    data = _workbook([["Navn", "E-post"], ["Kari Nordmann", "kari@example.no"]])
    far = _rewrite_sheet(data, lambda xml: xml.replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))
    table = spreadsheets.read_spreadsheet(far, "xlsx")
    # The far cell is outside the header's columns: its row is empty, and nothing was padded out to it.
    assert table.rows == [["Kari Nordmann", "kari@example.no"]]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_XLSX_UNCOMPRESSED", 1_000_000)
    data = _workbook([["Navn"], ["Kari"]])
    bomb = _rewrite_sheet(data, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 2_000_000))
    assert len(bomb) < 50_000
    with pytest.raises(UserError, match=r"pakkes ut til 2 MB, mer enn grensen på 1 MB"):
        spreadsheets.read_spreadsheet(bomb, "xlsx")


def test_too_many_rows_or_columns_stop_with_the_stated_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheets, "MAX_ROWS", 3)
    data = _workbook([["Navn"], *[[f"P{i}"] for i in range(5)]])
    with pytest.raises(UserError, match="mer enn 3 rader"):
        spreadsheets.read_spreadsheet(data, "xlsx")
    monkeypatch.setattr(spreadsheets, "MAX_COLUMNS", 4)
    wide = _workbook([[f"K{i}" for i in range(6)], ["x"] * 6])
    with pytest.raises(UserError, match="mer enn 4 kolonner"):
        spreadsheets.read_spreadsheet(wide, "xlsx")


def test_a_damaged_workbook_is_one_norwegian_sentence() -> None:
    with pytest.raises(UserError) as caught:
        spreadsheets.read_spreadsheet(b"PK\x03\x04" + b"\x00" * 200, "xlsx")
    assert "Regnearket kunne ikke leses" in str(caught.value) and not ENGLISH.search(str(caught.value))


# ----------------------------------------------------------------------------- vCard


def _card_with(prop: str, size: int) -> bytes:
    value = "A" * size
    folded = "\r\n ".join(value[i:i + 74] for i in range(0, len(value), 74))
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nEMAIL:kari@example.no\r\n{prop}{folded}\r\n"
            "TEL:91234567\r\nEND:VCARD\r\n").encode()


def test_a_4_mb_photo_is_skipped_and_said_so() -> None:
    result = parse_vcards(_card_with("PHOTO;ENCODING=b;TYPE=JPEG:", 4_000_000))
    [kari] = result.contacts
    assert kari.emails == ["kari@example.no"] and kari.phones == ["91234567"]  # the card around it is whole
    assert result.notices == ["1 bilde (PHOTO/LOGO) ble ikke importert; btvcrm lagrer ikke bilder."]


def test_a_property_past_the_bound_is_left_out_with_a_note() -> None:
    result = parse_vcards(_card_with("NOTE:", MAX_PROPERTY_BYTES + 10))
    [kari] = result.contacts
    assert kari.notes == ""
    assert result.notices == ["Kort 1 (linje 1): feltet NOTE er større enn 1 MB og ble ikke importert."]


def test_a_photo_in_quoted_printable_21_is_skipped_too() -> None:
    lines = "=\r\n".join("=FF" * 25 for _ in range(2000))
    data = (f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nordmann;Kari\r\nPHOTO;ENCODING=QUOTED-PRINTABLE:{lines}\r\n"
            "TEL;CELL:91234567\r\nEND:VCARD\r\n").encode()
    [kari] = parse_vcards(data).contacts
    assert kari.name == "Kari Nordmann" and kari.phones == ["91234567"]


# ----------------------------------------------------------------------------- iCalendar


def test_a_broken_start_is_one_norwegian_sentence_naming_the_line(crm: Crm) -> None:
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
            b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Bra\r\nDTSTART:20160614T100000Z\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Brukket\r\nDTSTAMP:20160101T000000Z\r\n"
            b"DTSTART:2016-99-99T25:61\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    content = read_calendar(data)
    assert [e.uid for e in content.events] == ["a"]
    assert content.skipped == ["Hendelse 2 (linje 13): starttidspunktet (DTSTART) kan ikke leses – hoppet over"]
    message = bridge.import_from(crm, Path("a.ics"), "ics", data)
    assert message.startswith("Møter: 1 lagt til, 0 oppdatert, 1 hoppet over.")
    assert "linje 13" in message and not ENGLISH.search(message)


def test_not_a_calendar_and_garbage_inside_are_norwegian(crm: Crm) -> None:
    with pytest.raises(UserError, match="ikke en kalenderfil"):
        bridge.import_from(crm, Path("a.ics"), "ics", b"BEGIN:VCARD\r\nEND:VCARD\r\n")
    garbage = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n\x00\x01\xff;;;::\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    message = bridge.import_from(crm, Path("a.ics"), "ics", garbage)
    assert "Hendelse 1 (linje 2)" in message and not ENGLISH.search(message)
    assert crm.meetings.count() == 0


def test_line_numbers_are_found_in_one_pass_for_many_events() -> None:
    events = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20160614T100000Z\r\nEND:VEVENT\r\n" for i in range(3000))
    content = read_calendar(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n".encode())
    assert len(content.events) == 3000
    assert [e.source_line for e in content.events[:2]] == [3, 7] and content.events[-1].source_line == 3 + 4 * 2999


# ----------------------------------------------------------------------------- CSV


def test_a_long_note_in_a_csv_cell_is_read(crm: Crm) -> None:
    note = "Lang merknad. " * 20_000  # 280 000 characters: past csv's default field limit
    data = f"Navn;E-post;Notater\nKari;kari@example.no;{note}\n".encode()
    assert bridge.import_from(crm, Path("a.csv"), "csv", data).startswith("Personer: 1 lagt til")


def test_btvcrms_own_meeting_list_says_in_one_line_it_is_not_importable(crm: Crm, tmp_path: Path) -> None:
    import datetime as dt

    from btvcrm.domain import clock
    from btvcrm.domain.models import Meeting

    crm.meetings.save(Meeting(title="Møte", starts_at=dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO)))
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"m.{fmt}"
        bridge.export_to(crm, out, fmt, what="meetings")
        with pytest.raises(UserError) as caught:
            bridge.import_from(crm, out, fmt, out.read_bytes())
        text = str(caught.value)
        assert text.startswith("Filen er en møteliste eksportert fra btvcrm, og slike lister kan ikke importeres.")
        assert "\n" not in text
