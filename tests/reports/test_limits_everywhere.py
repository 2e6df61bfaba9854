"""Limits the same on every path: repositories, JSON import, `btvcrm check`, and the renderers."""

from __future__ import annotations

import datetime as dt
import json
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm import settings as user_settings
from btvcrm.cli import main
from btvcrm.domain import clock, validation
from btvcrm.domain.errors import UserError, ValidationError
from btvcrm.domain.models import Meeting
from btvcrm.exchange import jsonfile
from btvcrm.reports import builders, render_minutes
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm

WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)
LONG = "Lang tittel " * 875  # 10 500 characters


def test_repositories_refuse_a_title_over_the_limit(mem_crm: Crm) -> None:
    with pytest.raises(ValidationError, match="høyst 500"):
        mem_crm.meetings.save(Meeting(LONG, WHEN))
    assert validation.LENGTH_LIMITS[("meetings", "title")] == validation.MAX_NAME_LENGTH == 500


def test_json_import_refuses_what_the_cli_refuses(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting("Kort", WHEN))
    data = jsonfile.export_data(mem_crm)
    data["tables"]["meetings"][0]["title"] = LONG
    with Crm.open(None) as other, pytest.raises(UserError, match="for lang .*høyst 500"):
        jsonfile.import_data(other, json.loads(json.dumps(data)))


def test_check_reports_texts_over_the_limit_and_the_minutes_still_render(file_crm: Crm, file_path: Path,
                                                                        tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    meeting_id = file_crm.meetings.save(Meeting("Kort", WHEN))
    with file_crm.write() as db:  # an older file, or a hand edit
        db.execute("UPDATE meetings SET title = ? WHERE id = ?", [LONG, meeting_id])
    report = check(file_crm)
    assert not report.ok
    assert any("meetings.title: 1 rad(er) over 500 tegn" in p for p in report.problems)
    doc = builders.build_minutes_doc(file_crm, meeting_id, settings=user_settings.Settings(user_name="Kari"))
    assert render_minutes(doc, BytesIO()) >= 1  # shortened, never a LayoutError
    file_crm.close()
    out = tmp_path / "lang.pdf"
    assert main(["--db", str(file_path), "report", "meeting", str(meeting_id), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(file_path), "check"]) == 1
    assert "For lang tekst i meetings.title" in capsys.readouterr().out


def test_check_is_quiet_about_lengths_when_all_is_well(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting("Kort", WHEN))
    report = check(mem_crm)
    assert "Ingen tekster er lengre enn programmet tillater" in report.checked


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=3000))
def test_minutes_render_any_text(text: str) -> None:
    from btvcrm.reports import AgendaLine, DecisionLine, FollowUpLine, MinutesDoc, ParticipantLine

    doc = MinutesDoc(programme_name=text, title=text[:500], starts_at=WHEN, place=text[:1000], chair=text[:1000],
                     case_number=text[:1000], participants=[ParticipantLine(text[:500], text[:500], text[:500])],
                     agenda=[AgendaLine(1, text[:5000], "V", text, "offl. § 14")],
                     decisions=[DecisionLine(text, "offl. § 23 første ledd")],
                     follow_ups=[FollowUpLine(text, text[:500], None, "åpen")], notes=text, is_draft=True)
    buffer = BytesIO()
    assert render_minutes(doc, buffer) >= 1
    assert buffer.getvalue().startswith(b"%PDF")
