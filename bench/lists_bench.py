"""The list pages' queries (Qt-free: what the lazy item models ask storage), on one file.

    python bench/lists_bench.py [10k|50k|200k] [--runs 7]

What it measures, each against a floor in the same round:

- opening Møter on the UI thread: what `ui.models.LazyTableModel` reads there
  (its first page of 200 typed rows and `count_bound()`, the largest id), against
  that first page alone; and `count(*)` of the live meetings, which the model
  now runs on a worker thread (before, on the UI thread as it opened);
- the last screenful: `OFFSET n-100` against reading the same rows from the
  other end (descending, LIMIT 100);
- the first screenful sorted by title, and of follow-ups by due date (the
  default sort), against the date-sorted meetings screenful;
- one organisation's timeline (the busiest), first 100 entries.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    Row,
    Table,
    bench_file,
    describe_file,
    ensure_bytecode,
    fmt,
    machine_state,
    median,
    ms,
    ratio,
)


def run(table: Table, size: str, path: Path, runs: int) -> None:
    from btvcrm.domain.filters import ListFilter
    from btvcrm.storage.crm import Crm

    print(f"lists on {describe_file(path)}; {machine_state()}", flush=True)
    crm = Crm.open(path, readonly=True)
    try:
        total = crm.meetings.query_count()
        busiest = crm.db.execute("SELECT organisation_id FROM meeting_organisations GROUP BY organisation_id "
                                 "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        from btvcrm.ui.models import (  # (constants: no Qt object is made)
            PAGE_SIZE,
            SYNC_COUNT_LIMIT,
        )

        at_once = crm.meetings.count_bound() <= SYNC_COUNT_LIMIT  # a small table is counted as it opens

        def model_opens() -> None:
            crm.meetings.query_rows(ListFilter(), limit=PAGE_SIZE)
            if crm.meetings.count_bound() <= SYNC_COUNT_LIMIT:
                crm.meetings.query_count(ListFilter())

        cases = {
            "open": model_opens,
            "page": lambda: crm.meetings.query_rows(ListFilter(), limit=PAGE_SIZE),
            "count": lambda: crm.meetings.query_count(ListFilter()),
            "first": lambda: crm.meetings.query(ListFilter(), sort="date", descending=True, limit=100),
            "last_offset": lambda: crm.meetings.query(ListFilter(), sort="date", descending=True,
                                                      offset=max(0, total - 100), limit=100),
            "last_reverse": lambda: crm.meetings.query(ListFilter(), sort="date", descending=False, limit=100),
            "title": lambda: crm.meetings.query(ListFilter(), sort="title", limit=100),
            "follow_ups": lambda: crm.follow_ups.query(ListFilter(), limit=100),
            "timeline": lambda: crm.timeline.for_entity("organisation", busiest, limit=100),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for fn in cases.values():
            fn()  # warm
        for _ in range(runs):
            for name, fn in cases.items():
                times[name].append(ms(fn))
    finally:
        crm.close()
    m = {name: median(values) for name, values in times.items()}
    table.add(Row("open Møter, on the UI thread: first page + max(rowid)", size, fmt(m["open"]),
                  f"the first page alone {fmt(m['page'])}", ratio(m["open"], m["page"]),
                  "no count(*) on open if it costs",
                  note="and count(*): ≤ 20 000 rows are counted at once" if at_once else "count(*) on a worker"))
    table.add(Row("Møter: count(*) of the rows (now on a worker thread)", size, fmt(m["count"]),
                  f"first screenful {fmt(m['first'])}", ratio(m["count"], m["first"]), ""))
    table.add(Row("Møter scrolled to the end: the last screenful by OFFSET", size, fmt(m["last_offset"]),
                  f"same rows from the other end {fmt(m['last_reverse'])}", ratio(m["last_offset"], m["last_reverse"]),
                  "no OFFSET walk", note=f"OFFSET {max(0, total - 100)}"))
    table.add(Row("Møter sorted by title, first screenful", size, fmt(m["title"]), f"by date {fmt(m['first'])}",
                  ratio(m["title"], m["first"]), "an index"))
    table.add(Row("follow-up list (due date), first screenful", size, fmt(m["follow_ups"]),
                  f"meetings by date {fmt(m['first'])}", ratio(m["follow_ups"], m["first"]), "an index"))
    table.add(Row("timeline of the busiest organisation, 100 entries", size, fmt(m["timeline"]),
                  f"meetings by date {fmt(m['first'])}", ratio(m["timeline"], m["first"]), ""))


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", nargs="?", default="200k", choices=["10k", "50k", "200k"])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    table = Table()
    run(table, args.size, bench_file(args.size), args.runs)
    print(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
