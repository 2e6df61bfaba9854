"""Reports without N+1: a fixed number of SQL statements whatever the report's size."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest

from btvcrm import settings as user_settings
from btvcrm.domain import clock
from btvcrm.domain.enums import AnchoringStage, FollowUpStatus, MinutesStatus
from btvcrm.domain.models import (
    AnchoringChange,
    FollowUp,
    Initiative,
    Lesson,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from btvcrm.reports import builders
from btvcrm.storage.crm import Crm

LIMIT = 20
PREFS = user_settings.Settings(user_name="Cecilie Møller Endresen")
START = dt.datetime(2016, 1, 4, 9, tzinfo=clock.OSLO)


@contextlib.contextmanager
def counted(crm: Crm) -> Iterator[list[str]]:
    statements: list[str] = []
    crm.db.conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        crm.db.conn.set_trace_callback(None)


def _fill(crm: Crm, meetings: int) -> tuple[int, int, int]:
    clock.freeze(START)
    county = crm.counties.by_name("Telemark").id
    assert county is not None
    with crm.write():
        orgs = [crm.organisations.save(Organisation(f"Virksomhet {i}", county_ids=[county])) for i in range(5)]
        people = [crm.people.save(Person(f"Person {i}", organisation_id=orgs[i % 5])) for i in range(10)]
        initiatives = [crm.initiatives.save(Initiative(f"Prosjekt {i}", county_ids=[county],
                                                       estimated_value_nok=1_000_000 * (i + 1))) for i in range(3)]
        first_meeting = None
        for i in range(meetings):
            when = START + dt.timedelta(days=i % 170, hours=i % 7)
            clock.freeze(when)
            meeting_id = crm.meetings.save(Meeting(
                f"Møte {i}", when, county_ids=[county], organisation_ids=[orgs[i % 5], orgs[(i + 1) % 5]],
                participants=[Participant(people[i % 10]), Participant(people[(i + 3) % 10])],
                decisions=[f"Vedtak {i}a", f"Vedtak {i}b"], initiative_ids=[initiatives[i % 3]],
                minutes_status=MinutesStatus.DRAFT if i % 4 == 0 else MinutesStatus.APPROVED,
            ))
            first_meeting = first_meeting or meeting_id
            crm.follow_ups.save(FollowUp(f"Oppfølging {i}", due_date=when.date() + dt.timedelta(days=10),
                                         meeting_id=meeting_id, responsible_person_id=people[i % 10] if i % 2 else None,
                                         status=FollowUpStatus.DONE if i % 3 == 0 else FollowUpStatus.OPEN,
                                         status_changed_on=when.date() if i % 3 == 0 else None))
            if i % 10 == 0:
                crm.lessons.save(Lesson(f"Lærdom {i}", "Tekst", learned_in_county_id=county, learned_on=when.date(),
                                        initiative_ids=[initiatives[i % 3]], meeting_id=meeting_id))
            if i % 25 == 0:
                # Anchoring steps go forward in time (a back-dated step is refused).
                on = (START + dt.timedelta(days=i // 25)).date()
                crm.anchoring.record(AnchoringChange(list(AnchoringStage)[min(i // 25 + 1, 5)], on,
                                                     county_id=county, meeting_id=meeting_id))
    assert first_meeting is not None
    return county, orgs[0], first_meeting


@pytest.mark.parametrize("meetings", [10, 200])
def test_county_report_statements_do_not_grow_with_meetings(meetings: int) -> None:
    with Crm.open(None) as crm:
        county, _, _ = _fill(crm, meetings)
        with counted(crm) as statements:
            doc = builders.build_county_report_doc(crm, county, dt.date(2016, 1, 1), dt.date(2016, 12, 31),
                                                   settings=PREFS)
    assert len(doc.meetings) == meetings
    assert sum(len(m.decisions) for m in doc.meetings) == 2 * meetings
    assert len(statements) <= LIMIT, statements


def test_county_report_statement_count_is_the_same_for_10_and_200() -> None:
    counts = []
    for meetings in (10, 200):
        with Crm.open(None) as crm:
            county, _, _ = _fill(crm, meetings)
            with counted(crm) as statements:
                builders.build_county_report_doc(crm, county, dt.date(2016, 1, 1), dt.date(2016, 12, 31),
                                                 settings=PREFS)
            counts.append(len(statements))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("meetings", [10, 200])
def test_minutes_and_brief_statements_are_bounded(meetings: int) -> None:
    with Crm.open(None) as crm:
        _, organisation, meeting = _fill(crm, meetings)
        with counted(crm) as minutes:
            builders.build_minutes_doc(crm, meeting, settings=PREFS)
        with counted(crm) as brief:
            builders.build_brief_doc(crm, organisation, settings=PREFS)
    assert len(minutes) <= LIMIT, minutes
    assert len(brief) <= LIMIT, brief
