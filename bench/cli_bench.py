"""Whole `btvcrm` processes: start-up, a search, a list, one page of minutes.

    python bench/cli_bench.py [10k|50k|200k] [--runs 7]

Each command runs as a fresh `python -m btvcrm …` process (wall time from
spawn to exit, medians of interleaved runs) against a floor process doing the
same work bare in the same round:

- `--version` against `python -c pass`;
- `search "tønsberg kommune"` and `list meetings --limit 20` against a process
  that opens the file with sqlite3 and runs one bare MATCH … LIMIT 50;
- `report meeting ID` (one page of minutes) against a bare reportlab process
  that registers the same DejaVu fonts and writes a one-page document with the
  logo, a heading, paragraphs and a table; and against the same process that
  then makes it PDF/A-2b with pikepdf, as every PDF of ours is (XMP, sRGB
  output intent), to show which part of the gap is the archive format.

Also prints, from `python -X importtime`, the modules that cost most in the
search and minutes commands, and which heavy packages each command loads.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    ROOT,
    Row,
    Table,
    bench_file,
    describe_file,
    ensure_bytecode,
    fmt,
    machine_state,
    median,
    ratio,
)

BARE_SQLITE = r"""
import sqlite3, sys
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
conn.execute("SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 50", ['"tønsberg"* "kommune"*']).fetchall()
"""

BARE_REPORTLAB = r"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table
folder = sys.argv[1]
for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
    pdfmetrics.registerFont(TTFont(name, f"{folder}/{name}.ttf"))
pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                              italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")
body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13)
head = ParagraphStyle("head", fontName="DejaVuSans-Bold", fontSize=16, leading=20)
story = [Image(sys.argv[3], width=120, height=40), Paragraph("Referat: Møte om grønn transport", head), Spacer(1, 12),
         Table([["Tid", "tirsdag 14. juni 2016 kl. 10.00"], ["Sted", "Tønsberg"], ["Til stede", "Kari Haugen, Per Holm"]],
               style=[("FONTNAME", (0, 0), (-1, -1), "DejaVuSans")]), Spacer(1, 12)]
story += [Paragraph(f"<b>Sak {i}.</b> Diskusjon om behov og marked, æøå «» – € " * 3, body) for i in range(1, 6)]
SimpleDocTemplate(sys.argv[2], pagesize=A4).build(story)
"""

# The same document made PDF/A-2b as ours are (reports/pdfa.py): XMP with the PDF/A id, an sRGB
# output intent, saved by pikepdf. What a bare process pays for archivable minutes.
BARE_REPORTLAB_PDFA = BARE_REPORTLAB.replace("SimpleDocTemplate(sys.argv[2]", "import io\nraw = io.BytesIO()\n"
                                              "SimpleDocTemplate(raw") + r"""
import pikepdf
from PIL import ImageCms
with pikepdf.open(io.BytesIO(raw.getvalue())) as pdf:
    icc = pdf.make_stream(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    icc.N = 3
    pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, OutputConditionIdentifier="sRGB",
        DestOutputProfile=icc)])
    with pdf.open_metadata() as xmp:
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"
        xmp["dc:title"] = "Referat: Møte om grønn transport"
    pdf.save(sys.argv[2], deterministic_id=True)
"""

HEAVY = ("sqlite_utils", "reportlab", "btvcrm.reports.charts", "btvcrm.reports.county_report",
         "btvcrm.reports.brief", "btvcrm.exchange", "openpyxl", "icalendar", "PySide6")

LOADED = r"""
import sys
from btvcrm.cli import main
code = main(sys.argv[1:])
heavy = {heavy!r}
print("LOADED:" + ",".join(h for h in heavy if any(m == h or m.startswith(h + ".") for m in sys.modules)))
""".replace("{heavy!r}", repr(HEAVY))


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(args)}\n{done.stderr}")
    return elapsed


def loaded(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-c", LOADED, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("LOADED:"):
            return line[len("LOADED:"):] or "none of them"
    return f"? ({done.stderr.strip()[-200:]})"


def import_costs(args: list[str], env: dict[str, str], top: int = 6) -> str:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "btvcrm", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)
    rows = []
    total = 0
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self, cumulative, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        if depth == 0:
            total += int(cumulative)
        if depth <= 1:
            rows.append((int(cumulative), name.strip()))
    rows.sort(reverse=True)
    return f"imports {total / 1000:.0f} ms; " + ", ".join(f"{n} {c / 1000:.0f}" for c, n in rows[:top])


def run(table: Table, size: str, path: Path, runs: int) -> None:
    print(f"CLI processes on {describe_file(path)}; {machine_state()}", flush=True)
    env = dict(os.environ)
    env.pop("BTVCRM_DB", None)
    meeting = "1"
    with tempfile.TemporaryDirectory() as temp:
        env["BTVCRM_HOME"] = temp
        pdf = str(Path(temp) / "minutes.pdf")
        bare_pdf = str(Path(temp) / "bare.pdf")
        fonts = str(ROOT / "resources" / "fonts")
        py = sys.executable
        cases = {
            "version": [py, "-m", "btvcrm", "--version"],
            "pass": [py, "-c", "pass"],
            "search": [py, "-m", "btvcrm", "--db", str(path), "search", "tønsberg kommune"],
            "list": [py, "-m", "btvcrm", "--db", str(path), "list", "meetings", "--limit", "20"],
            "bare_sqlite": [py, "-c", BARE_SQLITE, str(path)],
            "minutes": [py, "-m", "btvcrm", "--db", str(path), "report", "meeting", meeting, "-o", pdf],
            "bare_reportlab": [py, "-c", BARE_REPORTLAB, fonts, bare_pdf, str(ROOT / "resources" / "logo.png")],
            "bare_pdfa": [py, "-c", BARE_REPORTLAB_PDFA, fonts, bare_pdf, str(ROOT / "resources" / "logo.png")],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for args in cases.values():
            timed(args, env)  # warm the OS file cache and .pyc files
        for _ in range(runs):
            for name, args in cases.items():
                times[name].append(timed(args, env))
        m = {name: median(values) for name, values in times.items()}
        mods = {name: loaded(cases[name][3:], env) for name in ("search", "list", "minutes")}
        costs = {name: import_costs(cases[name][3:], env) for name in ("search", "minutes")}
    table.add(Row("`btvcrm --version`, whole process", size, fmt(m["version"]), f"python -c pass {fmt(m['pass'])}",
                  ratio(m["version"], m["pass"]), "instant"))
    table.add(Row('`btvcrm search "tønsberg kommune"`, whole process', size, fmt(m["search"]),
                  f"bare sqlite3 MATCH process {fmt(m['bare_sqlite'])}", ratio(m["search"], m["bare_sqlite"]), "",
                  note=f"loads: {mods['search']}"))
    table.add(Row("`btvcrm list meetings --limit 20`, whole process", size, fmt(m["list"]),
                  f"bare sqlite3 MATCH process {fmt(m['bare_sqlite'])}", ratio(m["list"], m["bare_sqlite"]), "",
                  note=f"loads: {mods['list']}"))
    table.add(Row("minutes, one page, whole process", size, fmt(m["minutes"]),
                  f"bare reportlab process {fmt(m['bare_reportlab'])}", ratio(m["minutes"], m["bare_reportlab"]),
                  "≤ 1.2× (import only what the command needs)", note=f"loads: {mods['minutes']}"))
    table.add(Row("minutes, one page, whole process (PDF/A-2b)", size, fmt(m["minutes"]),
                  f"bare reportlab + pikepdf PDF/A process {fmt(m['bare_pdfa'])}",
                  ratio(m["minutes"], m["bare_pdfa"]), "", note="the same finishing step in the floor"))
    for name, text in costs.items():
        table.notes.append(f"[{size}] -X importtime, {name}: {text} (ms, cumulative)")
        print(f"  -X importtime, {name}: {text}")


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", nargs="?", default="10k", choices=["10k", "50k", "200k"])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    table = Table()
    run(table, args.size, bench_file(args.size), args.runs)
    print(table.markdown())
    for note in table.notes:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
