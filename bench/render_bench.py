"""PDF rendering in-process, with and without rl-accel (ReportLab's C accelerator).

    python bench/render_bench.py [--runs 7]

What it measures (each case in its own child process, warm: fonts registered
and one render done before timing; medians of `runs`):

- one page of minutes (`samples.sample_minutes()` without agenda and notes:
  the former tests/reports/test_minutes_pdf.py timing), against a bare
  reportlab one-page document (heading, table, five paragraphs, same fonts);
- a county report over 640 meetings, more than 50 pages (the former
  tests/reports/test_county_report_pdf.py timing), against the same bare
  document repeated to the same number of pages;
- both (three children each, interleaved) with rl-accel's C functions and with them hidden (`sys.modules['_rl_accel']
  = None`, reportlab's own way to test its pure-Python fallbacks).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, Row, Table, ensure_bytecode, fmt, machine_state, median, ratio  # noqa: E402

CHILD = r"""
import dataclasses, io, json, statistics, sys, time
if sys.argv[1] == "off":
    sys.modules["_rl_accel"] = None
from datetime import datetime, timedelta, date
from zoneinfo import ZoneInfo
from reportlab.lib import rl_accel
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
from btvcrm.reports import MeetingLine, MonthCount, render_county_report, render_minutes
from btvcrm.reports.fonts import register_fonts
from btvcrm.reports.samples import sample_county_report, sample_minutes
runs = int(sys.argv[2])
register_fonts()
body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13)
head = ParagraphStyle("head", fontName="DejaVuSans-Bold", fontSize=16, leading=20)
def bare(pages):
    story = []
    for page in range(pages):
        story += [Paragraph("Referat: Møte om grønn transport", head), Spacer(1, 12),
                  Table([["Tid", "tirsdag 14. juni 2016 kl. 10.00"], ["Sted", "Tønsberg"]],
                        style=[("FONTNAME", (0, 0), (-1, -1), "DejaVuSans")]), Spacer(1, 12)]
        story += [Paragraph(f"<b>Sak {i}.</b> Diskusjon om behov og marked, æøå «» – € " * 3, body) for i in range(5)]
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
minutes = dataclasses.replace(sample_minutes(), agenda=[], notes="")
oslo = ZoneInfo("Europe/Oslo")
start = datetime(2014, 1, 6, 9, 0, tzinfo=oslo)
meetings = [MeetingLine(start + timedelta(days=3 * i, hours=i % 6), f"Møte {i} om innovative anskaffelser med «grønn profil»",
                        "møte", "Telemark fylkeskommune, KS, Skien kommune",
                        [f"Vedtak {i}a: videre dialog med leverandørene.", f"Vedtak {i}b: dele erfaringer."]) for i in range(640)]
months = {}
for m in meetings:
    key = m.starts_at.date().replace(day=1)
    months[key] = months.get(key, 0) + 1
county = dataclasses.replace(sample_county_report(), period_start=date(2014, 1, 1), period_end=date(2017, 6, 30),
                             meetings=meetings, contacts_per_month=[MonthCount(k, v) for k, v in sorted(months.items())])
def timed(fn, n):
    fn()
    out = []
    for _ in range(n):
        t = time.perf_counter(); fn(); out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)
pages = render_county_report(county, io.BytesIO())
print(json.dumps({
    "accel": bool(rl_accel._c_funcs),
    "minutes": timed(lambda: render_minutes(minutes, io.BytesIO()), runs),
    "bare_page": timed(lambda: bare(1), runs),
    "county": timed(lambda: render_county_report(county, io.BytesIO()), max(2, runs // 3)),
    "bare_pages": timed(lambda: bare(pages), max(2, runs // 3)),
    "pages": pages,
}))
"""


def child(mode: str, runs: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(runs)], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ), check=False)
    if done.returncode != 0:
        raise SystemExit(f"render child failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(table: Table, runs: int) -> None:
    print(f"PDF rendering, in-process; {machine_state()}", flush=True)
    rounds: dict[str, list[dict[str, float]]] = {"on": [], "off": []}
    for _ in range(3):  # children interleaved: the machine's speed changes from one minute to the next
        for mode in ("on", "off"):
            rounds[mode].append(child(mode, runs))
    on, off = ({key: median([r[key] for r in rounds[mode]]) for key in rounds[mode][0]} for mode in ("on", "off"))
    size = "—"
    for key, floor, label, target in (
        ("minutes", "bare_page", "render one page of minutes (warm)", "aim 0.3 s (was a test)"),
        ("county", "bare_pages", f"render a county report, 640 meetings, {on['pages']:.0f} pages", "aim < 3 s (was a test)"),
    ):
        if not on["accel"]:
            table.add(Row(f"{label} (rl-accel not installed)", size, fmt(off[key]), f"bare reportlab {fmt(off[floor])}",
                          ratio(off[key], off[floor]), target))
            continue
        table.add(Row(f"{label}, with rl-accel", size, fmt(on[key]), f"bare reportlab {fmt(on[floor])}",
                      ratio(on[key], on[floor]), target))
        table.add(Row(f"{label}, without rl-accel", size, fmt(off[key]), f"bare reportlab {fmt(off[floor])}",
                      ratio(off[key], off[floor]), "", note=f"rl-accel saves {ratio(off[key], on[key])}"))
    if not on["accel"]:
        table.notes.append("rl-accel is not installed (not a dependency: measured 1.0-1.35x on rendering only, "
                           "see the phase-1 report); `pip install rl-accel` to compare")


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    table = Table()
    run(table, args.runs)
    print(table.markdown())
    for note in table.notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
