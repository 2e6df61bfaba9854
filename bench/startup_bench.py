"""Start-up, list scrolling and peak memory of the desktop app on one synthetic file.

    python bench/startup_bench.py [10k|50k|200k] [--runs 5]

Each measurement runs in a fresh subprocess with QT_QPA_PLATFORM=offscreen,
`-X faulthandler` (a crash at exit prints where) and settings in a temporary
folder (a fresh start on the default page, I dag):

- app: process start -> first paint of the main window (`btvcrm.app` with
  `--exit-after-first-paint`, which prints the milliseconds since $BTVCRM_T0);
- bare: the same for a bare PySide6 QMainWindow shown the same way (the floor);
- list: open the Møter page (until it is shown), then until its exact row
  count is in (a big list is counted on a worker thread, `ui.models`), then
  scroll to its end (scrollToBottom, then fetchMore while the model can), in
  the already started app; its peak memory (VmHWM) against the bare window's.

Medians of interleaved runs; the OS file cache is warmed by one start first.
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

# VmHWM, the peak resident size of this process's memory; not ru_maxrss, which on Linux
# keeps the parent's size across fork + exec (a bench run from a big parent would report the parent).
PEAK = ("print('peak-kb: ' + next(line.split()[1] for line in open('/proc/self/status') "
        "if line.startswith('VmHWM:')), flush=True)")

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.resize(1366, 768)
class FirstPaint(QObject):
    at = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.time()
            QTimer.singleShot(0, app.quit)
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
print(f"first-paint-ms: {(watcher.at - float(os.environ['BTVCRM_T0'])) * 1000:.0f}", flush=True)
""" + PEAK

APP = r"""
import sys
from pathlib import Path
from btvcrm.app import main
sys.exit(main(Path(sys.argv[1]), ["--exit-after-first-paint"]))
"""

LIST = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from btvcrm.storage.crm import Crm
from btvcrm.ui import i18n
from btvcrm.ui.main_window import MainWindow
app = QApplication(["list-bench"])
i18n.install("nb")
crm = Crm.open(Path(sys.argv[1]))
window = MainWindow(crm)
window.resize(1366, 768)
window.show()
app.processEvents()
start = time.perf_counter()
window.show_page("meetings")
page = window.pages["meetings"]
app.processEvents()
opened = time.perf_counter()
model, view = page.model, page.table
while model.counting:  # a big list's exact count, from its worker thread
    app.processEvents()
counted = time.perf_counter()
view.setFocus()
view.scrollToBottom()
app.processEvents()
while model.canFetchMore(view.rootIndex()):
    model.fetchMore(view.rootIndex())
    view.scrollToBottom()
    app.processEvents()
view.viewport().repaint()
end = time.perf_counter()
rows = model.rowCount()
print(f"list-open-ms: {(opened - start) * 1000:.0f}")
print(f"list-count-ms: {(counted - opened) * 1000:.0f}")
print(f"list-scroll-ms: {(end - counted) * 1000:.0f}")
print(f"list-rows: {rows}", flush=True)
""" + PEAK + """
window.close()
crm.close()
"""


def run(code: str, *args: str, home: Path) -> dict[str, float]:
    """One child process with its own settings folder (a fresh start on the default page, I dag)."""
    home = Path(tempfile.mkdtemp(dir=home))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BTVCRM_HOME=str(home))
    env.pop("BTVCRM_DB", None)
    env["BTVCRM_T0"] = repr(time.time())
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code, *args], env=env, cwd=ROOT,
                          capture_output=True,
                          text=True, timeout=600, check=False)
    values: dict[str, float] = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(": ")
        try:
            values[key] = float(value)
        except ValueError:
            continue
    if done.returncode != 0 or not values:
        raise SystemExit(f"benchmark child failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return values


def run_bench(table: Table, size: str, path: Path, runs: int) -> None:
    print(f"desktop app on {describe_file(path)}, {runs} runs each, offscreen; {machine_state()}", flush=True)
    results: dict[str, list[float]] = {"bare": [], "app": [], "open": [], "count": [], "scroll": [], "bare_kb": [],
                                       "list_kb": []}
    rows = 0.0
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp)
        run(APP, str(path), home=home)  # warm the OS file cache once, as a second start would be
        for _ in range(runs):
            bare = run(BARE, home=home)
            results["bare"].append(bare["first-paint-ms"])
            results["bare_kb"].append(bare["peak-kb"])
            results["app"].append(run(APP, str(path), home=home)["first-paint-ms"])
            listing = run(LIST, str(path), home=home)
            results["open"].append(listing["list-open-ms"])
            results["count"].append(listing["list-count-ms"])
            results["scroll"].append(listing["list-scroll-ms"])
            results["list_kb"].append(listing["peak-kb"])
            rows = listing["list-rows"]
    m = {name: median(values) for name, values in results.items()}
    table.add(Row("first paint of the main window", size, fmt(m["app"]), f"bare QMainWindow {fmt(m['bare'])}",
                  ratio(m["app"], m["bare"]), "≤ 2× bare, ≤ 1 s"))
    table.add(Row("open Møter + its count in + scroll to its end (app)", size,
                  f"{fmt(m['open'])} + {fmt(m['count'])} + {fmt(m['scroll'])}", "—", "—",
                  "", note=f"{rows:,.0f} rows".replace(",", " ")))
    table.add(Row("peak memory, app with Møter scrolled to the end", size, fmt(m["list_kb"] / 1024, "MB"),
                  f"bare QMainWindow {fmt(m['bare_kb'] / 1024, 'MB')}", ratio(m["list_kb"], m["bare_kb"]), "≤ 2×"))


def main() -> int:
    ensure_bytecode()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", nargs="?", default="200k", choices=["10k", "50k", "200k"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    table = Table()
    run_bench(table, args.size, bench_file(args.size), args.runs)
    print(table.markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
