"""File-format detection: content first, then extension."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from btvcrm.exchange.sniff import detect_format

LOCAL_SAMPLES = Path(__file__).parent / "samples"


@pytest.mark.parametrize(
    "path", sorted(p for p in LOCAL_SAMPLES.iterdir() if p.suffix), ids=lambda p: p.name
)
def test_samples_by_content_and_by_name(path: Path) -> None:
    expected = {".vcf": "vcard", ".ics": "ics", ".csv": "csv", ".md": "unknown"}[path.suffix]
    data = path.read_bytes()
    assert detect_format(path.name, data) == expected
    if expected != "unknown":
        assert detect_format("noname", data) == expected  # content alone is enough


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("kontakter.txt", b"\xef\xbb\xbfBEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n", "vcard"),
        ("x.csv", b"\r\n  begin:vcalendar\r\n", "ics"),
        ("x.vcf", "BEGIN:VCARD\r\n".encode("utf-16"), "vcard"),
        ("eksport.dat", b'{"version": 1}', "json"),
        ("eksport.dat", b'[{"a": 1}]', "json"),
        ("liste.csv", b"[ikke json", "csv"),
        ("data.json", b"", "json"),
        ("gammel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "unknown"),
        ("bilde.png", b"\x89PNG\r\n\x1a\n\x00\x00", "unknown"),
        ("ukjent", b"Navn;E-post\r\nOla;ola@example.no\r\n", "csv"),
        ("ukjent", b"bare tekst", "unknown"),
        ("KALENDER.ICS", b"", "ics"),
        ("kort.VCF", b"", "vcard"),
        ("ark.xlsx", b"", "xlsx"),
    ],
)
def test_detect_format(name: str, data: bytes, expected: str) -> None:
    assert detect_format(name, data) == expected


def test_xlsx_and_other_zip() -> None:
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    assert detect_format("noname", buffer.getvalue()) == "xlsx"
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("word/document.xml", "<x/>")
    assert detect_format("dokument.xlsx", other.getvalue()) == "unknown"
