"""Full-text search: prefixes, Norwegian letters, ranking and hostile input."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import AgendaItem, Meeting, Organisation, Person
from btvcrm.storage import search as search_module
from btvcrm.storage.crm import Crm
from btvcrm.storage.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchCancelled,
    match_expression,
    search_expressions,
)

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


def test_the_word_being_typed_is_a_prefix_and_the_others_whole() -> None:
    assert search_expressions("kari haug") == ('"kari" "haug"*', '"kari"* "haug"*')
    assert search_expressions("kari haugen ") == ('"kari" "haugen"', '"kari"* "haugen"*')
    # Longer than the prefix indexes: taken whole first (a prefix would merge every term it starts).
    assert search_expressions("anskaffelsen")[0] == '"anskaffelsen"'
    assert search_expressions("'''") is None


def test_too_few_whole_word_hits_broaden_to_prefixes(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    assert [h.title for h in mem_crm.search.search("tøns kom")] == ["Tønsberg kommune"]
    assert [h.title for h in mem_crm.search.search("tønsberg kom")] == ["Tønsberg kommune"]
    assert list(mem_crm.search.grouped("tøns kom")) == ["organisation"]


def test_the_popup_shows_every_kind_even_when_meetings_are_many(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    mem_crm.people.save(Person(name="Kari Tønsberg"))
    with mem_crm.write():
        for n in range(60):
            mem_crm.meetings.save_in_transaction(Meeting(title=f"Møte {n} i Tønsberg", starts_at=WHEN))
    groups = mem_crm.search.grouped("tønsberg", per_kind=8)
    assert list(groups) == ["organisation", "person", "meeting"]
    assert len(groups["meeting"]) == 8
    assert [h.title for h in groups["meeting"][:2]] == ["Møte 59 i Tønsberg", "Møte 58 i Tønsberg"]  # newest first
    flat = mem_crm.search.search("tønsberg", limit=10)
    assert {h.kind for h in flat} == {"organisation", "person", "meeting"}


def test_titles_holding_the_words_come_before_other_matches_and_newest_first(mem_crm: Crm) -> None:
    old = mem_crm.meetings.save(Meeting(title="Ferjeanbud", starts_at=WHEN))
    mem_crm.meetings.save(Meeting(title="Lunsj", starts_at=WHEN, notes="ferjeanbud neste"))
    new = mem_crm.meetings.save(Meeting(title="Ferjeanbud, runde to", starts_at=WHEN))
    assert [h.id for h in mem_crm.search.search("ferjeanbud")][:2] == [old, new]  # exact title, then starts with
    assert mem_crm.search.search("ferjeanbud")[2].title == "Lunsj"


def test_a_search_can_be_cancelled_and_the_connection_is_left_clean(mem_crm: Crm) -> None:
    mem_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    with pytest.raises(SearchCancelled):
        mem_crm.search.search("tønsberg", cancelled=lambda: True)
    with pytest.raises(SearchCancelled):
        mem_crm.search.grouped("tønsberg", cancelled=lambda: True)
    # No progress handler is left behind: other statements and searches run.
    assert [h.title for h in mem_crm.search.search("tønsberg", cancelled=lambda: False)] == ["Tønsberg kommune"]
    assert mem_crm.organisations.query_count() == 1


def test_a_running_search_stops_when_cancelled_midway(mem_crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "_PROGRESS_STEPS", 1)
    with mem_crm.write():
        for n in range(30):
            mem_crm.meetings.save_in_transaction(Meeting(title=f"Ferje {n}", starts_at=WHEN))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 50  # a newer key arrives while the statement runs

    with pytest.raises(SearchCancelled):
        mem_crm.search.search("ferje", cancelled=cancelled)
    assert 50 < len(calls) < 100


def test_a_session_searches_on_its_own_connection_and_is_cancelled_from_another_thread(
        file_crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "_PROGRESS_STEPS", 1)
    file_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    with file_crm.search.session() as session:
        assert session.conn is not file_crm.db.conn
        assert session.grouped("tøns") == file_crm.search.grouped("tøns")
        file_crm.people.save(Person(name="Per Tønsberg"))  # a commit on the main connection is seen
        assert [h.title for h in session.search("tønsberg")] == ["Tønsberg kommune", "Per Tønsberg"]
        started, stopped = threading.Event(), threading.Event()

        def ui_thread() -> None:
            started.wait(5)
            session.cancel()
            stopped.set()

        def worker_waits_for_the_cancel() -> bool:
            started.set()
            stopped.wait(5)
            return False  # the interrupt alone stops it

        helper = threading.Thread(target=ui_thread)
        helper.start()
        with pytest.raises(SearchCancelled):
            session.search("tønsberg", cancelled=worker_waits_for_the_cancel)
        helper.join()
        # A cancel before a search started was meant for the previous one.
        session.cancel()
        assert [h.title for h in session.search("tønsberg")] == ["Tønsberg kommune", "Per Tønsberg"]
