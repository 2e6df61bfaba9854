"""Report building on a synthetic file: SQL statements, build and render time.

    python bench/report_bench.py [10k|50k|200k] [--runs 5]

What it measures (in-process, fonts registered before timing, medians):

- the county report for Telemark over the shortest period that holds its
  last 210 meetings: how many SQL statements `builders.build_county_report_doc`
  runs (set_trace_callback), how long it takes, how many follow-ups the
  document lists (those opened, done or still open from the period) and how
  many open ones it only counts, and the render time of that document;
- one page of minutes for the newest meeting: its SQL statements, build + render.

Since documents' phase 1 (migration 0006, `storage/report_queries.py`) the
county report runs 9 statements whatever the file's size and lists only the
period's follow-ups. Figures of 1 687–1 807 statements and every open
follow-up listed (55 156 at 200k) came from a tree without that work: a
bench file whose stamp lacks `0006_public_or_exempt_and_case_numbers` was
built by such a tree.

Floors: for the build, the period's meetings read bare in one statement
(`SELECT … FROM meetings JOIN meeting_counties … WHERE … BETWEEN …`); for the
render, a bare reportlab document of the same page count (render_bench.py).
The builders belong to the documents engineer; this bench only measures them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import time
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

COUNTY = "Telemark"
MEETINGS = 210
RENDER_AT_MOST = 5000  # follow-ups in the document; beyond, rendering takes minutes


def run(table: Table, size: str, path: Path, runs: int, *, render_heavy: bool = False) -> None:
    from btvcrm.reports import builders, render_county_report, render_minutes
    from btvcrm.reports.fonts import register_fonts
    from btvcrm.settings import Settings
    from btvcrm.storage.crm import Crm

    print(f"reports on {describe_file(path)}; {machine_state()}", flush=True)
    register_fonts()
    prefs = Settings(user_name="Prosjektleder")
    crm = Crm.open(path, readonly=True)
    try:
        county = crm.counties.by_name(COUNTY).id
        first, last = crm.db.execute(
            "SELECT min(starts_at), max(starts_at) FROM (SELECT m.starts_at FROM meetings m JOIN meeting_counties mc "
            "ON mc.meeting_id = m.id WHERE mc.county_id = ? AND m.deleted_at IS NULL ORDER BY m.starts_at DESC "
            "LIMIT ?)", [county, MEETINGS]).fetchone()
        start, end = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
        bare_sql = ("SELECT m.id, m.starts_at, m.title, m.kind FROM meetings m JOIN meeting_counties mc "
                    "ON mc.meeting_id = m.id WHERE mc.county_id = ? AND m.deleted_at IS NULL "
                    "AND m.starts_at >= ? AND m.starts_at < ? ORDER BY m.starts_at")
        bare_args = [county, start.isoformat(), (end + dt.timedelta(days=1)).isoformat()]
        caught: list[str] = []
        crm.db.conn.set_trace_callback(caught.append)
        doc = builders.build_county_report_doc(crm, county, start, end, settings=prefs)
        crm.db.conn.set_trace_callback(None)
        newest = crm.db.execute("SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY starts_at DESC LIMIT 1"
                                ).fetchone()[0]
        minutes_caught: list[str] = []
        crm.db.conn.set_trace_callback(minutes_caught.append)
        builders.build_minutes_doc(crm, newest, settings=prefs)
        crm.db.conn.set_trace_callback(None)
        listed = len(doc.follow_ups_opened) + len(doc.follow_ups_done) + len(doc.follow_ups_open)
        counted = doc.follow_ups_open_not_listed
        builds, bares, renders, minutes = [], [], [], []
        # Should a report ever list thousands of follow-ups again, it renders for minutes: then it
        # is rendered once (with --render-heavy), not per run.
        heavy = listed > RENDER_AT_MOST
        pages = 0
        if not heavy or render_heavy:
            began = time.perf_counter()
            pages = render_county_report(doc, io.BytesIO())
            renders.append((time.perf_counter() - began) * 1000)
        for _ in range(runs if not heavy else min(runs, 2)):
            builds.append(ms(lambda: builders.build_county_report_doc(crm, county, start, end, settings=prefs)))
            bares.append(ms(lambda: crm.db.execute(bare_sql, bare_args).fetchall()))
            if not heavy:
                renders.append(ms(lambda: render_county_report(doc, io.BytesIO())))
            minutes.append(ms(lambda: render_minutes(builders.build_minutes_doc(crm, newest, settings=prefs),
                                                     io.BytesIO())))
    finally:
        crm.close()
    table.add(Row(f"county report over Telemark's last {MEETINGS} meetings: build", size, fmt(median(builds)), f"the period's meetings bare {fmt(median(bares))}",
                  ratio(median(builds), median(bares)), "≤ 20 statements, ≤ 100 ms (documents)",
                  note=f"{len(doc.meetings)} meetings {start:%d.%m.%Y}–{end:%d.%m.%Y}, {len(caught)} SQL statements, "
                       f"{listed} follow-ups of the period listed, {counted} other open ones counted"))
    if renders:
        table.add(Row("county report, render", size, fmt(median(renders)), "see render_bench.py", "—", "",
                      note=f"{pages} pages"))
    else:
        table.add(Row("county report, render", size, "not rendered", "—", "—", "",
                      note=f"{listed} follow-ups listed; --render-heavy renders it once"))
    table.add(Row("minutes, one page, build + render (in-process)", size, fmt(median(minutes)),
                  "see render_bench.py", "—", "", note=f"{len(minutes_caught)} SQL statements"))


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", nargs="?", default="200k", choices=["10k", "50k", "200k"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--render-heavy", action="store_true", help="render a report with thousands of follow-ups")
    args = parser.parse_args()
    table = Table()
    run(table, args.size, bench_file(args.size), args.runs, render_heavy=args.render_heavy)
    print(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
