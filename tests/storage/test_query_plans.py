"""Structural speed guards: the I dag page and the list sorts read indexes in
order, whatever the size of the file (the timings live in bench/, not here).

Each statement is caught with `set_trace_callback` while the real storage call
runs, then asked for its `EXPLAIN QUERY PLAN`: no full scan of a table that
grows with the years, and no sort of a whole table for an ORDER BY … LIMIT.
Checked on a file as users have it (no ANALYZE statistics) and after ANALYZE.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest

from btvcrm.demo import fill_demo
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import FollowUp, Organisation, Person
from btvcrm.storage.crm import Crm
from btvcrm.storage.follow_ups import GROUPS
from btvcrm.storage.today import TODAY_GROUPS, today_overview

# Tables that stay small whatever the years bring (three counties).
SMALL_TABLES = {"counties"}
TODAY = dt.date(2016, 6, 14)


@pytest.fixture(params=["no statistics", "analyzed"])
def crm(request: pytest.FixtureRequest) -> Iterator[Crm]:
    with Crm.open(None) as crm:
        fill_demo(crm)
        crm.organisations.save(Organisation(name="Nøkkel AS", is_key=True))
        crm.people.save(Person(name="Nøkkel Person", is_key=True))
        crm.follow_ups.save(FollowUp(text="Avlyst", status="cancelled"))
        if request.param == "analyzed":
            crm.db.execute("ANALYZE")
        yield crm


def statements(crm: Crm, action: Callable[[], object]) -> list[str]:
    seen: list[str] = []
    crm.db.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        crm.db.conn.set_trace_callback(None)
    return [s for s in seen if s.lstrip().upper().startswith("SELECT")]


def plan(crm: Crm, sql: str) -> list[str]:
    return [row[3] for row in crm.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]


def table_of(crm: Crm, sql: str, alias: str) -> str:
    """The table an alias in a plan line stands for."""
    names = {row[0] for row in crm.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if alias in names:
        return alias
    found = re.search(rf"\b(\w+)\s+(?:AS\s+)?{re.escape(alias)}\b", sql)
    return found.group(1) if found and found.group(1) in names else alias


def main_table(sql: str) -> str:
    """The table of the outermost FROM (subqueries in parentheses left out)."""
    flat = sql
    while "(" in flat:
        flat = re.sub(r"\([^()]*\)", "", flat)
    found = re.search(r"\bFROM\s+(\w+)", flat, re.IGNORECASE)
    return found.group(1) if found else ""


def partial_indexes(crm: Crm) -> set[str]:
    return {row[0] for row in crm.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")}


def problems(crm: Crm, sql: str) -> list[str]:
    """What in a statement's plan grows with the file: a table scan, a walk of a
    whole (non-partial) index without a LIMIT, a sort of every row."""
    found = []
    small = main_table(sql) in SMALL_TABLES
    limited = re.search(r"\bLIMIT\b", sql, re.IGNORECASE) is not None
    for line in plan(crm, sql):
        scan = re.fullmatch(r"SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?", line)
        if scan and table_of(crm, sql, scan.group(1)) not in SMALL_TABLES:
            if scan.group(2) is None:
                found.append(f"full scan of {table_of(crm, sql, scan.group(1))}: {line}")
            elif scan.group(2) not in partial_indexes(crm) and not limited:
                found.append(f"walk of a whole index without a LIMIT: {line}")
        if "TEMP B-TREE" in line and not small:
            found.append(f"sort without an index: {line}")
    return found


def test_every_today_query_reads_an_index(crm: Crm) -> None:
    caught = statements(crm, lambda: today_overview(crm, TODAY))
    assert len(caught) <= 20, "I dag runs a fixed, small number of statements"
    report = {sql: problems(crm, sql) for sql in caught}
    assert {sql: p for sql, p in report.items() if p} == {}


def test_today_queries_only_the_three_groups_it_shows(crm: Crm) -> None:
    caught = statements(crm, lambda: today_overview(crm, TODAY))
    assert not [sql for sql in caught if "'done'" in sql and "follow_ups x" in sql]
    overview = today_overview(crm, TODAY)
    assert set(overview.follow_ups) == set(TODAY_GROUPS) == set(overview.follow_up_counts)


def test_the_done_group_is_one_index_walk_per_status(crm: Crm) -> None:
    caught = statements(crm, lambda: crm.follow_ups.grouped(today=TODAY, groups=["done"]))
    assert len(caught) == 2
    for sql in caught:
        assert problems(crm, sql) == []
    counted = statements(crm, lambda: crm.follow_ups.group_counts(today=TODAY))
    for sql in counted:
        assert any("USING" in line and "INDEX" in line for line in plan(crm, sql)), sql


def test_grouped_with_and_without_groups_agree(crm: Crm) -> None:
    everything = crm.follow_ups.grouped(today=TODAY)
    counts = crm.follow_ups.group_counts(today=TODAY)
    for name in GROUPS:
        assert crm.follow_ups.grouped(today=TODAY, groups=[name])[name] == everything[name]
        assert crm.follow_ups.group_counts(today=TODAY, groups=[name])[name] == counts[name]
    done = everything["done"]
    assert [r["status"] for r in done].count("cancelled") >= 1
    keys = [(r["status_changed_on"] is not None, r["status_changed_on"] or "", r["id"]) for r in done]
    assert keys == sorted(keys, reverse=True)


# Sorts over a computed value (a join or a subquery) cannot have an index, nor
# names and titles in Norwegian order (norwegian_key(), a Python function);
# the small tables (initiatives, lessons) do not need one.
UNINDEXED_SORTS = {("people", "organisation"), ("organisations", "last_contact")}


@pytest.mark.parametrize("what", ["meetings", "follow_ups", "people", "organisations"])
def test_every_list_sort_reads_an_index(crm: Crm, what: str) -> None:
    repo = getattr(crm, what)
    for key in repo.sort_columns:
        if (what, key) in UNINDEXED_SORTS or "norwegian_key(" in repo.sort_columns[key]:
            continue
        for descending in (False, True):
            caught = statements(crm, lambda k=key, d=descending: repo.query(ListFilter(), sort=k, descending=d,
                                                                              limit=100))
            assert len(caught) == 1
            assert problems(crm, caught[0]) == [], (what, key, descending)
