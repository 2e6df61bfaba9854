"""`btvcrm report ...`: the options of issue 14, checked in the written PDF."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pikepdf
import pytest
from reports_helpers import flat, pdf_text

from btvcrm import paths
from btvcrm.cli import main
from btvcrm.storage.crm import Crm


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    paths.settings_path().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text(json.dumps({"user_name": "Cecilie Møller Endresen"}), encoding="utf-8")
    return path


def _meeting(path: Path, title: str) -> int:
    with Crm.open(path, readonly=True) as crm:
        return crm.search.search(title, kinds=["meeting"])[0].id


def test_county_report_drafts_option(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "telemark.pdf"
    base = ["--db", str(demo_file), "report", "county", "Telemark", "--from", "01.03.2016", "--to", "30.06.2016"]
    assert main([*base, "-o", str(out)]) == 0
    assert "(utkast)" in flat(pdf_text(out.read_bytes()))
    assert main([*base, "--drafts", "omit", "-o", str(out)]) == 0
    text = flat(pdf_text(out.read_bytes()))
    assert "(utkast)" not in text and "Kunngjøring utsettes" not in text
    assert "Vedtak fra 1 møte med referat i utkast er ikke tatt med." in text


def test_case_number_in_the_header_and_metadata(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "referat.pdf"
    meeting = _meeting(demo_file, "Oppstartsmøte")
    assert main(["--db", str(demo_file), "report", "meeting", str(meeting), "--case-number", "2016/77",
                 "-o", str(out)]) == 0
    assert "Saksnr. 2016/77" in flat(pdf_text(out.read_bytes()))
    with pikepdf.open(io.BytesIO(out.read_bytes())) as pdf:
        assert "Saksnr. 2016/77" in str(pdf.docinfo["/Keywords"])
        assert str(pdf.docinfo["/Author"]) == "Cecilie Møller Endresen"


def test_notes_about_missing_characters_go_to_stderr(demo_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_file), "log", "Møte med 中文 leverandør"]) == 0
    meeting = int(capsys.readouterr().out.strip().splitlines()[-1])
    out = tmp_path / "m.pdf"
    assert main(["--db", str(demo_file), "report", "meeting", str(meeting), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "btvcrm: merk: 1 tegn finnes ikke" in captured.err
    assert "Traceback" not in captured.err


def test_report_refuses_a_data_file_without_force(demo_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "annen.sqlite"
    Crm.open(other).close()
    meeting = _meeting(demo_file, "Oppstartsmøte")
    before = other.read_bytes()
    assert main(["--db", str(demo_file), "report", "meeting", str(meeting), "-o", str(other)]) == 1
    assert "btvcrm-datafil" in capsys.readouterr().err and other.read_bytes() == before
    assert main(["--db", str(demo_file), "report", "meeting", str(meeting), "-o", str(other), "--force"]) == 0
    assert other.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(demo_file), "report", "meeting", str(meeting), "-o", str(demo_file), "--force"]) == 1
    assert "åpen nå" in capsys.readouterr().err  # the open data file itself: never, not even with --force
