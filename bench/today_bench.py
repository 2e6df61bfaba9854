"""The I dag page's queries (Qt-free), on one synthetic file.

    python bench/today_bench.py [10k|50k|200k] [--runs 7]

What it measures: `storage.today.today_overview(crm, TODAY)` — everything the
page shows: the three follow-up groups it shows (at most 200 rows each) and
their counts, the coming week's meetings, the anchoring matrix, key contacts
past their interval, recent activity — with the number of SQL statements
(caught with set_trace_callback). Floor: the same statements, as traced,
executed bare in the same round (the SQL itself, without Python around it).
TODAY is a Monday inside the synthetic file's ten years, so every group has rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
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

TODAY = dt.date(2025, 6, 16)


def run(table: Table, size: str, path: Path, runs: int) -> None:
    from btvcrm.storage.crm import Crm
    from btvcrm.storage.today import today_overview

    print(f"I dag on {describe_file(path)}, today = {TODAY}; {machine_state()}", flush=True)
    crm = Crm.open(path, readonly=True)
    try:
        caught: list[str] = []
        crm.db.conn.set_trace_callback(caught.append)
        overview = today_overview(crm, TODAY)
        crm.db.conn.set_trace_callback(None)
        page, bare = [], []
        for _ in range(runs):
            page.append(ms(lambda: today_overview(crm, TODAY)))
            bare.append(ms(lambda: [crm.db.execute(sql).fetchall() for sql in caught]))
    finally:
        crm.close()
    shown = sum(len(rows) for rows in overview.follow_ups.values())
    table.add(Row(f"I dag page's queries ({len(caught)} SQL statements)", size, fmt(median(page)),
                  f"its own SQL: {fmt(median(bare))}", ratio(median(page), median(bare)), "≤ 200 ms",
                  note=f"{shown} follow-ups of {sum(overview.follow_up_counts.values())} due, "
                       f"{len(overview.meetings)} meetings"))


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
