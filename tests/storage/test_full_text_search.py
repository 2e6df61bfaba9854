"""Full-text search: prefixes, Norwegian letters, ranking and hostile input."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import AgendaItem, Meeting, Organisation, Person
from btvcrm.storage.crm import Crm
from btvcrm.storage.search import HIGHLIGHT_END, HIGHLIGHT_START, match_expression

WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)


def test_prefix_finds_tonsberg(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    hits = mem_crm.search.search("Tøns")
    assert [(h.kind, h.title) for h in hits] == [("organisation", "Tønsberg kommune")]
    assert f"{HIGHLIGHT_START}Tønsberg{HIGHLIGHT_END}" in hits[0].snippet


def test_case_of_norwegian_letters_is_ignored_but_a_is_not_aa(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Ålesund havn"))
    mem_crm.organisations.save(Organisation(name="Alesund Import"))
    assert [h.title for h in mem_crm.search.search("ålesund")] == ["Ålesund havn"]
    assert [h.title for h in mem_crm.search.search("ÅLES")] == ["Ålesund havn"]
    assert [h.title for h in mem_crm.search.search("alesund")] == ["Alesund Import"]
    mem_crm.people.save(Person(name="Øystein Ærø"))
    assert [h.title for h in mem_crm.search.search("øYSTEIN æRØ")] == ["Øystein Ærø"]


def test_meeting_agenda_and_decisions_are_searchable_and_follow_edits(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(
        Meeting(title="Styringsgruppe", starts_at=WHEN, agenda=[AgendaItem("Velferdsteknologi")], decisions=["Ferje"])
    )
    assert [h.id for h in mem_crm.search.search("velferd")] == [meeting_id]
    assert [h.id for h in mem_crm.search.search("ferje")] == [meeting_id]
    meeting = mem_crm.meetings.get(meeting_id)
    meeting.decisions = ["Sykehus"]
    mem_crm.meetings.save(meeting)
    assert mem_crm.search.search("ferje") == []
    assert [h.id for h in mem_crm.search.search("sykehus")] == [meeting_id]
    mem_crm.meetings.soft_delete(meeting_id)
    assert mem_crm.search.search("sykehus") == []
    mem_crm.meetings.restore(meeting_id)
    assert [h.id for h in mem_crm.search.search("sykehus")] == [meeting_id]


def test_title_matches_rank_above_body_matches(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting(title="Lunsj", starts_at=WHEN, notes="snakket om dialogkonferanse"))
    mem_crm.meetings.save(Meeting(title="Dialogkonferanse Telemark", starts_at=WHEN))
    assert mem_crm.search.search("dialogkonferanse")[0].title == "Dialogkonferanse Telemark"


def test_the_seven_hostile_queries_do_not_fail(mem_crm: Crm) -> None:
    mem_crm.people.save(Person(name="Sean O'Brien", notes="a-b test AND near"))
    for query in ["o'brien", "a-b", "AND", "NEAR(", "*", 'o"brien', "("]:
        mem_crm.search.search(query)
    assert [h.title for h in mem_crm.search.search("o'brien")] == ["Sean O'Brien"]
    assert [h.title for h in mem_crm.search.search('o"brien')] == ["Sean O'Brien"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
def test_any_text_is_a_valid_query(mem_crm: Crm, query: str) -> None:
    mem_crm.search.search(query)
    mem_crm.meetings.query(ListFilter(text=query))
    expression = match_expression(query)
    assert expression is None or expression.count('"') % 2 == 0


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.sampled_from(['"', "AND OR NOT", "NEAR(a b, 3)", "^", "col:x", "{a b}", "a*b", "-x", "+", "\x00"]))
def test_fts_syntax_fragments_are_text(mem_crm: Crm, query: str) -> None:
    mem_crm.search.search(query)


def test_list_text_filter_uses_the_index(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting(title="Møte om ferje", starts_at=WHEN))
    mem_crm.meetings.save(Meeting(title="Møte om sykehus", starts_at=WHEN))
    rows = mem_crm.meetings.query(ListFilter(text="ferj"))
    assert [r["title"] for r in rows] == ["Møte om ferje"]
    assert mem_crm.meetings.query_count(ListFilter(text="møte")) == 2
    assert mem_crm.meetings.query(ListFilter(text="'''")) == []


def test_a_title_that_starts_with_the_query_beats_a_longer_word(mem_crm: Crm) -> None:
    mem_crm.meetings.save(Meeting(title="Takk for dialogkonferansen", starts_at=WHEN))
    mem_crm.meetings.save(Meeting(title="Dialogkonferanse Telemark", starts_at=WHEN))
    mem_crm.meetings.save(Meeting(title="Etter dialogkonferansen", starts_at=WHEN, notes="dialogkonferanse " * 5))
    assert mem_crm.search.search("dialogkonferanse")[0].title == "Dialogkonferanse Telemark"
    assert mem_crm.search.search("dialogkonferanse telemark")[0].title == "Dialogkonferanse Telemark"
