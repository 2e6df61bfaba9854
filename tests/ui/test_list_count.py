"""A big list opens without counting its rows: an estimate first, the exact count from a
worker thread after (issue 16: count(*) cost 36–85 ms on opening Møter at 200k)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Meeting
from btvcrm.storage.crm import Crm
from btvcrm.ui import models
from btvcrm.ui.models import PAGE_SIZE, LazyTableModel
from btvcrm.ui.pages.lists import list_kinds

ROWS = PAGE_SIZE * 2 + 37
TRASHED = 25


@pytest.fixture
def counted_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every list counts as a big one does (the tests' files are small)."""
    monkeypatch.setattr(models, "SYNC_COUNT_LIMIT", 0)


@pytest.fixture
def meetings(crm: Crm) -> Crm:
    start = dt.datetime(2016, 1, 1, 9, tzinfo=clock.OSLO)
    with crm.write():
        ids = [crm.meetings.save(Meeting(f"Møte {number:04d}", start + dt.timedelta(hours=number)))
               for number in range(ROWS)]
    for item_id in ids[:TRASHED]:  # the trash: ids up to max(rowid) that no list shows
        crm.meetings.soft_delete(item_id)
    return crm


@pytest.fixture
def statements(meetings: Crm) -> Iterator[list[str]]:
    seen: list[str] = []
    meetings.db.conn.set_trace_callback(seen.append)
    yield seen
    meetings.db.conn.set_trace_callback(None)


def model_of(crm: Crm) -> LazyTableModel:
    return LazyTableModel(crm.meetings, list_kinds()["meeting"].columns())


def test_a_big_list_opens_with_an_estimate_and_no_count(
        counted_later: None, meetings: Crm, statements: list[str], qtbot: Any, qtmodeltester: Any) -> None:
    model = model_of(meetings)
    assert not any("count(" in sql for sql in statements)  # the main connection counted nothing
    assert model.counting
    assert model.rowCount() == meetings.meetings.count_bound() == ROWS  # the trashed rows included
    qtmodeltester.check(model)  # (it keeps watching: the rows removed when the count comes)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        pass
    assert not model.counting
    assert not any("count(" in sql for sql in statements)  # the worker's own connection counted
    assert model.rowCount() == ROWS - TRASHED == meetings.meetings.query_count()
    expected = meetings.meetings.query_ids(ListFilter(), sort=model.sort_key, descending=model.descending)
    assert [model.id_at(row) for row in range(model.rowCount())] == expected


def test_rows_shown_while_counting_are_where_they_belong(
        counted_later: None, meetings: Crm, statements: list[str], qtbot: Any) -> None:
    model = model_of(meetings)
    expected = meetings.meetings.query_ids(ListFilter(), sort=model.sort_key, descending=model.descending)
    shown = [model.id_at(row) for row in range(model.rowCount())]  # the end is not known: from the front
    assert shown[:len(expected)] == expected and set(shown[len(expected):]) == {None}
    qtbot.waitSignal(model.counted, timeout=10_000).wait()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.id_at(row) for row in range(model.rowCount() - 1, -1, -1)][::-1] == meetings.meetings.query_ids(
        ListFilter(), sort=model.sort_key, descending=False)  # counted: the end read from the other end


def test_a_filtered_list_grows_to_its_count(counted_later: None, meetings: Crm, qtbot: Any,
                                            qtmodeltester: Any) -> None:
    model = model_of(meetings)
    qtbot.waitSignal(model.counted, timeout=10_000).wait()
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.set_filter(ListFilter(text="Møte"))
        assert model.counting and model.rowCount() == 2 * PAGE_SIZE  # what was read, and a page
        qtmodeltester.check(model)
    assert model.rowCount() == ROWS - TRASHED


def test_only_the_newest_filter_is_counted(counted_later: None, meetings: Crm, qtbot: Any) -> None:
    model = model_of(meetings)
    stale = model._generation
    model.set_filter(ListFilter(text="Møte"))
    model.set_filter(ListFilter())
    qtbot.waitUntil(lambda: not model.counting, timeout=10_000)
    assert model.rowCount() == ROWS - TRASHED
    model._apply_count(stale, 7)  # the first count, arriving late
    assert model.rowCount() == ROWS - TRASHED


def test_a_refresh_starts_from_the_count_it_had(counted_later: None, meetings: Crm, qtbot: Any) -> None:
    model = model_of(meetings)
    qtbot.waitUntil(lambda: not model.counting, timeout=10_000)
    meetings.meetings.save(Meeting("Ett til", dt.datetime(2017, 1, 1, 9, tzinfo=clock.OSLO)))
    model.refresh()
    assert model.counting and model.rowCount() == ROWS - TRASHED
    qtbot.waitUntil(lambda: not model.counting, timeout=10_000)
    assert model.rowCount() == ROWS - TRASHED + 1
    assert model.data(model.index(model.rowCount() - 1, 1)) == "Ett til"  # the newest: last, by date


def test_small_tables_and_in_memory_files_are_counted_at_once(meetings: Crm, qtbot: Any) -> None:
    model = model_of(meetings)  # fewer rows than SYNC_COUNT_LIMIT
    assert not model.counting and model.rowCount() == ROWS - TRASHED
    with Crm.open(None) as memory:
        start = dt.datetime(2016, 1, 1, 9, tzinfo=clock.OSLO)
        with memory.write():
            for number in range(PAGE_SIZE + 1):
                memory.meetings.save(Meeting(f"M {number}", start + dt.timedelta(hours=number)))
        models.SYNC_COUNT_LIMIT, saved = 0, models.SYNC_COUNT_LIMIT
        try:
            assert not model_of(memory).counting  # no second connection to count on
        finally:
            models.SYNC_COUNT_LIMIT = saved


def test_the_list_page_says_the_count_when_it_is_in(counted_later: None, meetings: Crm, qtbot: Any) -> None:
    from btvcrm.domain.kinds import Kind
    from btvcrm.ui.pages.lists import ListPage

    page = ListPage(meetings, Kind.MEETING)
    qtbot.addWidget(page)
    assert page.model.counting and page.count_label.text() == ""
    qtbot.waitUntil(lambda: page.count_label.text() != "", timeout=10_000)
    assert str(ROWS - TRASHED) in page.count_label.text()
