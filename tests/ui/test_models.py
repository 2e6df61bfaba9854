from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtCore import Qt

from btvcrm.domain import clock
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Meeting, Organisation
from btvcrm.ui.models import PAGE_SIZE, LazyTableModel
from btvcrm.ui.pages.lists import list_kinds


@pytest.mark.parametrize("kind", sorted(list_kinds()))
def test_every_list_model_passes_modeltester(qtmodeltester: Any, crm: Any, sample: dict[str, int], kind: str) -> None:
    spec = list_kinds()[kind]
    model = LazyTableModel(getattr(crm, spec.repository), spec.columns())
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_load_lazily_in_pages_and_sort_in_sql(qtmodeltester: Any, crm: Any) -> None:
    start = dt.datetime(2016, 1, 1, 9, tzinfo=clock.OSLO)
    with crm.write():  # one transaction for speed; each save joins it
        for number in range(PAGE_SIZE * 3 + 7):
            crm.meetings.save(Meeting(f"Møte {number:04d}", start + dt.timedelta(hours=number)))
    spec = list_kinds()["meeting"]
    model = LazyTableModel(crm.meetings, spec.columns())
    assert model.rowCount() == PAGE_SIZE * 3 + 7
    assert model.cached_pages() == 1  # the first page, read on opening (it tells whether to count)
    last = model.index(model.rowCount() - 1, 1)
    assert model.data(last) == f"Møte {PAGE_SIZE * 3 + 6:04d}"
    assert model.cached_pages() == 2
    title_column = [c.key for c in model.columns].index("title")
    model.sort(title_column, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, title_column)) == f"Møte {PAGE_SIZE * 3 + 6:04d}"
    model.set_filter(ListFilter(text="0042"))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_model_refreshes_after_a_change(crm: Any, sample: dict[str, int]) -> None:
    spec = list_kinds()["organisation"]
    model = LazyTableModel(crm.organisations, spec.columns())
    before = model.rowCount()
    crm.organisations.save(Organisation("Ålesund testbedrift"))
    model.refresh()
    assert model.rowCount() == before + 1
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Ålesund testbedrift" in names


def test_pages_past_the_middle_are_read_from_the_other_end_in_the_same_order(crm: Any) -> None:
    start = dt.datetime(2016, 1, 1, 9, tzinfo=clock.OSLO)
    with crm.write():
        for number in range(PAGE_SIZE * 3 + 7):
            # Equal titles in pairs: the order's ties (by id) must come out the same from either end.
            crm.meetings.save(Meeting(f"Møte {number // 2:04d}", start + dt.timedelta(hours=number // 3)))
    spec = list_kinds()["meeting"]
    model = LazyTableModel(crm.meetings, spec.columns())
    seen: list[str] = []
    crm.db.conn.set_trace_callback(seen.append)
    for column in (0, [c.key for c in model.columns].index("title")):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            ids = [model.id_at(row) for row in range(model.rowCount() - 1, -1, -1)][::-1]  # the end first
            expected = crm.meetings.query_ids(ListFilter(), sort=model.sort_key, descending=model.descending)
            assert ids == expected
    crm.db.conn.set_trace_callback(None)
    offsets = [int(m) for sql in seen for m in re.findall(r"OFFSET (\d+)", sql)]
    assert max(offsets) <= model.rowCount() // 2
