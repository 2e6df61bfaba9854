"""Start-up and list-scrolling time of the desktop app on a large file.

    python bench/synthetic.py bench/out/bench200k.sqlite     # once, makes the file
    python bench/startup_bench.py [bench/out/bench200k.sqlite] [--runs 5]

Builds nothing itself. Each measurement runs in a fresh subprocess with
QT_QPA_PLATFORM=offscreen and settings in a temporary folder:

- app: process start -> first paint of the main window (`btvcrm.app` with
  `--exit-after-first-paint`, which prints the milliseconds since $BTVCRM_T0);
- bare: the same for a bare PySide6 QMainWindow shown the same way;
- list: open the Møter page and scroll to its end (scrollToBottom, then
  fetchMore while the model can), in the already started app.

Prints median and p95 of each, and the ratio app/bare (the issue aims at
≤ 1.5 s and ≤ 2× bare Qt).
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

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
"""

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
print(f"list-scroll-ms: {(end - opened) * 1000:.0f}")
print(f"list-rows: {rows}", flush=True)
window.close()
crm.close()
"""


def run(code: str, *args: str, home: Path) -> dict[str, float]:
    """One child process with its own settings folder (a fresh start on the default page, I dag)."""
    home = Path(tempfile.mkdtemp(dir=home))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BTVCRM_HOME=str(home))
    env.pop("BTVCRM_DB", None)
    env["BTVCRM_T0"] = repr(time.time())
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
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


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def report(name: str, values: list[float]) -> float:
    median = statistics.median(values)
    print(f"{name:<34} median {median:7.0f} ms   p95 {p95(values):7.0f} ms   "
          f"({', '.join(f'{v:.0f}' for v in values)})")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("db", nargs="?", type=Path, default=ROOT / "bench" / "out" / "bench200k.sqlite")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} is missing: make it with  python bench/synthetic.py {args.db}", file=sys.stderr)
        return 2
    size = args.db.stat().st_size / (1024 * 1024)
    print(f"file: {args.db} ({size:.0f} MB), {args.runs} runs each, offscreen")
    results: dict[str, list[float]] = {"bare": [], "app": [], "open": [], "scroll": []}
    rows = 0.0
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp)
        run(APP, str(args.db), home=home)  # warm the OS file cache once, as a second start would be
        for _ in range(args.runs):
            results["bare"].append(run(BARE, home=home)["first-paint-ms"])
            results["app"].append(run(APP, str(args.db), home=home)["first-paint-ms"])
            listing = run(LIST, str(args.db), home=home)
            results["open"].append(listing["list-open-ms"])
            results["scroll"].append(listing["list-scroll-ms"])
            rows = listing["list-rows"]
    bare = report("bare QMainWindow, first paint", results["bare"])
    app = report("btvcrm main window, first paint", results["app"])
    report("open the Møter list", results["open"])
    report(f"scroll to its end ({rows:,.0f} rows)".replace(",", " "), results["scroll"])
    print(f"ratio app/bare (medians): {app / bare:.2f}×   target: ≤ 1500 ms and ≤ 2×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
