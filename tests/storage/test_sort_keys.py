"""Stored Norwegian sort keys (migration 0009): lists sort names and titles with
an index, in the same order as domain.collation, whoever wrote the row."""

from __future__ import annotations

import datetime as dt

from btvcrm.domain import clock
from btvcrm.domain.collation import sort_key, sorted_norwegian
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import FollowUp, Meeting, Organisation, Person
from btvcrm.storage.crm import Crm
from btvcrm.storage.repo_base import SORT_KEYS

WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)
NAMES = ["Øystein", "aker", "Åse", "Bø", "Zebra", "Ærlig", "Ås gård", "Ås", "Émile", "Müller", "10 Øre"]


def keys_are_right(crm: Crm) -> None:
    for table, (column, key) in SORT_KEYS.items():
        for text, stored in crm.db.execute(f"SELECT {column}, {key} FROM {table}").fetchall():
            assert stored == sort_key(text), (table, text)


def test_lists_sort_in_norwegian_order_from_the_stored_keys(mem_crm: Crm) -> None:
    for name in NAMES:
        mem_crm.organisations.save(Organisation(name=name))
        mem_crm.people.save(Person(name=name))
        mem_crm.meetings.save(Meeting(title=name, starts_at=WHEN))
        mem_crm.follow_ups.save(FollowUp(text=name))
    expected = sorted_norwegian(NAMES)
    assert [r["name"] for r in mem_crm.organisations.query_rows(ListFilter(), sort="name")] == expected
    assert [r["name"] for r in mem_crm.people.query_rows(ListFilter(), sort="name")] == expected
    assert [r["title"] for r in mem_crm.meetings.query_rows(ListFilter(), sort="title")] == expected
    assert [r["text"] for r in mem_crm.follow_ups.query_rows(ListFilter(), sort="text")] == expected
    keys_are_right(mem_crm)


def test_keys_follow_edits_and_writes_that_bypass_the_repositories(mem_crm: Crm) -> None:
    org = mem_crm.organisations.save(Organisation(name="Bø"))
    meeting = mem_crm.meetings.save(Meeting(title="Aker", starts_at=WHEN))
    saved = mem_crm.organisations.get(org)
    saved.name = "Øvre Bø"
    mem_crm.organisations.save(saved)
    with mem_crm.write():  # as the erasure's scrubbing or an import does: plain SQL
        mem_crm.db.execute("UPDATE meetings SET title = 'Åsen' WHERE id = ?", [meeting])
        mem_crm.db.execute("INSERT INTO people (name, created_at, updated_at) VALUES ('Ærlig', 'x', 'x')")
        mem_crm.db.execute("UPDATE organisations SET name_key = 'wrong' WHERE id = ?", [org])
    keys_are_right(mem_crm)
