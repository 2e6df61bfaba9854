"""Hypothesis: any valid records survive export -> import -> export unchanged."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.domain import clock
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Person
from btvcrm.exchange.jsonfile import export_data, import_data
from btvcrm.storage.crm import Crm

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80)
names = text.filter(lambda s: any(c.isalnum() for c in s))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    org_names=st.lists(names, min_size=1, max_size=4),
    person_names=st.lists(names, max_size=4),
    notes=text,
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
    minute=st.integers(0, 24 * 60 - 1),
)
def test_export_import_export_is_identity(org_names: list[str], person_names: list[str], notes: str,
                                          day: dt.date, minute: int) -> None:
    with Crm.open(None) as source:
        org_ids = [source.organisations.save(Organisation(name=n, notes=notes, county_ids=[1])) for n in org_names]
        person_ids = [source.people.save(Person(name=n, organisation_id=org_ids[0], notes=notes)) for n in person_names]
        starts = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=clock.OSLO)
        meeting_id = source.meetings.save(
            Meeting(title=org_names[0], starts_at=starts, notes=notes, organisation_ids=org_ids, decisions=[notes])
        )
        source.follow_ups.save(FollowUp(text=org_names[-1], due_date=day, meeting_id=meeting_id,
                                        responsible_person_id=person_ids[0] if person_ids else None))
        first = export_data(source)
    with Crm.open(None) as target:
        import_data(target, first)
        second = export_data(target)
    first.pop("exported_at")
    second.pop("exported_at")
    assert first == second
