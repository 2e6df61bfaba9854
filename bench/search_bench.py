"""Search and list latency on a large synthetic file.

    python bench/search_bench.py bench/out/bench200k.sqlite

Prints p50/p95/max over 30 typical queries through the search service, the
same queries as bare FTS5 SQL (the ratio is what we track), time to the first
screenful of meetings and of one organisation's timeline, and the file size.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from btvcrm.domain.filters import ListFilter
from btvcrm.storage.crm import Crm
from btvcrm.storage.search import match_expression

QUERIES = [
    "møte",  # in every meeting
    "anskaffelse", "innovasjon", "Tøns", "Tønsberg", "sykehus ferje", "velferd", "dialog", "kontrakt",
    "Kari", "Haugen", "Ødegård", "Årstad", "Skien", "Drammen kommune", "energi bygg", "grønn transport",
    "digital styring", "verktøy", "p123@example.no", "o'brien", "NEAR(", "a-b", "(", "*", "plattform sky",
    "personvern avtale", "renhold", "Lars Holm", "miljø kvalitet pris",
]


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(path: Path) -> None:
    crm = Crm.open(path, readonly=True)
    service, bare = [], []
    for query in QUERIES:
        service.append(timed(lambda q=query: crm.search.search(q, limit=50)))  # type: ignore[misc]
        expression = match_expression(query)
        if expression is None:
            bare.append(0.0)
            continue
        bare.append(timed(lambda e=expression: crm.db.execute(  # type: ignore[misc]
            "SELECT kind, ref_id, title, snippet(search_index, -1, '[', ']', '…', 12) FROM search_index "
            "WHERE search_index MATCH ? ORDER BY rank LIMIT 50", [e]).fetchall()))
    worst = max(range(len(QUERIES)), key=lambda i: service[i])
    print(f"file: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    print(f"meetings: {crm.meetings.query_count()}, people: {crm.people.query_count()}, "
          f"organisations: {crm.organisations.query_count()}, follow-ups: {crm.follow_ups.query_count()}")
    print(f"search (service): p50 {statistics.median(service):.1f} ms, p95 {percentile(service, 95):.1f} ms, "
          f"max {max(service):.1f} ms ({QUERIES[worst]!r})")
    print(f"search (bare FTS5 ORDER BY rank): p50 {statistics.median(bare):.1f} ms, "
          f"p95 {percentile(bare, 95):.1f} ms, max {max(bare):.1f} ms")
    ratio = statistics.median(service) / max(statistics.median(bare), 0.001)
    print(f"ratio service/bare (p50): {ratio:.2f}")
    every = QUERIES.index("møte")
    print(f"word in every meeting ('møte'): service {service[every]:.1f} ms, bare {bare[every]:.1f} ms")
    first_page = timed(lambda: crm.meetings.query(ListFilter(), sort="date", descending=True, limit=100))
    print(f"first 100 meetings by date: {first_page:.1f} ms")
    deep_page = timed(lambda: crm.meetings.query(ListFilter(), sort="date", descending=True, offset=150_000, limit=100))
    print(f"100 meetings at offset 150 000: {deep_page:.1f} ms")
    county_page = timed(lambda: crm.meetings.query(ListFilter(county_id=2), sort="date", descending=True, limit=100))
    print(f"first 100 meetings in one county: {county_page:.1f} ms")
    busiest = crm.db.execute(
        "SELECT organisation_id FROM meeting_organisations GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    timeline = timed(lambda: crm.timeline.for_entity("organisation", busiest, limit=100))
    print(f"timeline of the busiest organisation (first 100 entries): {timeline:.1f} ms")
    count = timed(lambda: crm.meetings.query_count(ListFilter()))
    print(f"count all meetings: {count:.1f} ms")
    crm.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out/bench200k.sqlite"))
