"""Typed list rows: the dates of a list query parsed once, in storage."""

from __future__ import annotations

import datetime as dt

from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import FollowUp, Lesson, Meeting, Organisation
from btvcrm.storage.crm import Crm


def test_query_rows_type_the_dates(mem_crm: Crm) -> None:
    starts = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)
    org = mem_crm.organisations.save(Organisation(name="Telemark fylkeskommune"))
    meeting = mem_crm.meetings.save(Meeting(title="Dialogkonferanse", starts_at=starts, organisation_ids=[org]))
    mem_crm.follow_ups.save(FollowUp(text="Referat", due_date=dt.date(2016, 6, 17), meeting_id=meeting))
    mem_crm.lessons.save(Lesson(title="Tidlig dialog", learned_on=dt.date(2016, 6, 15)))

    [row] = mem_crm.meetings.query_rows()
    assert row.id == meeting and row["starts_at"] == starts and row["starts_at"].tzinfo is not None
    [due] = mem_crm.follow_ups.query_rows(ListFilter(status="open"))
    assert due["due_date"] == dt.date(2016, 6, 17) and due["status_changed_on"] is None
    [lesson] = mem_crm.lessons.query_rows()
    assert lesson["learned_on"] == dt.date(2016, 6, 15)
    [organisation] = mem_crm.organisations.query_rows()
    assert organisation["last_contact"] == starts
    # `query` keeps the stored text, for the CLI and the exports.
    assert mem_crm.meetings.query()[0]["starts_at"] == "2016-06-14T10:00:00+02:00"
