"""User text is data: markup in any field prints literally and loads nothing."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reports_helpers import flat, image_count, link_uris, pdf_text

from btvcrm.reports import (
    AgendaLine,
    AssessmentLine,
    BriefDoc,
    ContactLine,
    CountyReportDoc,
    FollowUpLine,
    InitiativeLine,
    LessonLine,
    MeetingLine,
    MinutesDoc,
    MonthCount,
    ParticipantLine,
    PersonLine,
    StageChangeLine,
    render_brief,
    render_county_report,
    render_minutes,
)
from btvcrm.reports.styles import render_to_bytes

OSLO = ZoneInfo("Europe/Oslo")
HOSTILE = '<b>x</b> & <font size=40> <img src="/etc/passwd"/>'
WHEN = datetime(2016, 6, 14, 10, 0, tzinfo=OSLO)


def minutes_with(t: str) -> MinutesDoc:
    return MinutesDoc(
        programme_name=t,
        title=t,
        starts_at=WHEN,
        meeting_kind_label=t,
        minutes_number=t,
        duration_minutes=90,
        place=t,
        chair=t,
        secretary=t,
        participants=[ParticipantLine(t, t, t)],
        absent=[ParticipantLine(t, t, t)],
        copy_to=[t],
        other_participants=t,
        agenda=[AgendaLine(1, t, t, t)],
        decisions=[t],
        follow_ups=[FollowUpLine(t, t, date(2016, 7, 1), t)],
        notes=t,
        is_draft=True,
        prepared_by=t,
        generated_at=WHEN,
    )


def county_with(t: str) -> CountyReportDoc:
    change = StageChangeLine(date(2016, 5, 3), t, t, t, t)
    fu = FollowUpLine(t, t, date(2016, 7, 1), t, date(2016, 6, 1), date(2016, 6, 2))
    return CountyReportDoc(
        programme_name=t,
        county_name=t,
        period_start=date(2016, 5, 1),
        period_end=date(2016, 6, 30),
        stage_now=t,
        stage_changes=[change],
        stage_history_full=[change],
        stage_ladder=[t, "informert"],
        meetings=[MeetingLine(WHEN, t, t, t, [t])],
        follow_ups_opened=[fu],
        follow_ups_done=[fu],
        follow_ups_open=[fu],
        initiatives=[InitiativeLine(t, t, t, t, t, 1_250_000, t)],
        lessons=[LessonLine(t, t, [t], date(2016, 6, 1))],
        contacts_per_month=[MonthCount(date(2016, 5, 1), 3)],
        prepared_by=t,
        generated_at=WHEN,
    )


def brief_with(t: str) -> BriefDoc:
    return BriefDoc(
        programme_name=t,
        organisation_name=t,
        kind_label=t,
        orgnr=t,
        counties=[t],
        stage_label=t,
        people=[PersonLine(t, t, t, t)],
        last_contacts=[ContactLine(WHEN, t, t, t)],
        open_follow_ups=[FollowUpLine(t, t, None, t)],
        initiatives=[InitiativeLine(t, t, t, t, t, None)],
        assessment=AssessmentLine(t, t),
        prepared_by=t,
        generated_at=WHEN,
    )


def _assert_literal(data: bytes) -> None:
    text = flat(pdf_text(data))
    assert "<b>x</b>" in text
    assert "&" in text
    assert "<font size=40>" in text
    assert '<img src="/etc/passwd"/>' in text
    assert image_count(data) == 0  # no file was loaded as an image
    assert all(u.startswith(("https://", "http://")) for u in link_uris(data))


def test_hostile_markup_in_every_minutes_field_prints_literally() -> None:
    _assert_literal(render_to_bytes(render_minutes, minutes_with(HOSTILE)))


def test_hostile_markup_in_every_county_report_field_prints_literally() -> None:
    _assert_literal(render_to_bytes(render_county_report, county_with(HOSTILE)))


def test_hostile_markup_in_every_brief_field_prints_literally() -> None:
    _assert_literal(render_to_bytes(render_brief, brief_with(HOSTILE)))


def test_entities_and_newlines() -> None:
    doc = dataclasses.replace(
        minutes_with("x"),
        notes="a &amp; b &lt;c&gt; &nbsp; &#9731;\nny linje\r\nog\x00 \x07 en til",
    )
    text = pdf_text(render_to_bytes(render_minutes, doc))
    assert "a &amp; b &lt;c&gt; &nbsp; &#9731;" in text
    assert "ny linje" in text and "og en til" in flat(text)


texts = st.text(max_size=300)
settings_ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@settings_
@given(texts)
def test_any_text_renders_minutes(t: str) -> None:
    assert render_to_bytes(render_minutes, minutes_with(t)).startswith(b"%PDF")


@settings_
@given(texts)
def test_any_text_renders_county_report(t: str) -> None:
    assert render_to_bytes(render_county_report, county_with(t)).startswith(b"%PDF")


@settings_
@given(texts)
def test_any_text_renders_brief(t: str) -> None:
    assert render_to_bytes(render_brief, brief_with(t)).startswith(b"%PDF")
