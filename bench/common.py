"""Shared plumbing for the benchmarks: the cached synthetic files, the machine's
state, timing helpers and the table every bench prints its rows into.

Not a test: figures only. Every row carries its floor, measured in the same
run on the same file, and the ratio, because this machine is shared and its
speed changes from one minute to the next (the load average is printed).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZES = {"10k": 10_000, "50k": 50_000, "200k": 200_000}


def ensure_bytecode() -> None:
    """Compile btvcrm to .pyc as an installed (or PyInstaller-built) app has it. Without
    this, a shell with PYTHONDONTWRITEBYTECODE=1 compiles every module from source at
    each start, which added about 100 ms to every start-up figure."""
    import compileall

    compileall.compile_dir(str(ROOT / "btvcrm"), quiet=1)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # children may write theirs too


def machine_state() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"{platform.node() or 'machine'}: {os.cpu_count()} cores, load average {load} (1/5/15 min), "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def load_now() -> float:
    return os.getloadavg()[0]


def _stamp() -> dict[str, object]:
    from btvcrm.storage.migrations import known_migration_names

    synthetic = (ROOT / "bench" / "synthetic.py").read_bytes()
    schema = (ROOT / "btvcrm" / "storage" / "migrations.py").read_bytes()
    return {"synthetic": hashlib.sha256(synthetic).hexdigest()[:16], "migrations": known_migration_names(),
            "schema": hashlib.sha256(schema).hexdigest()[:16]}


def bench_file(size: str, *, log: Callable[[str], None] = print) -> Path:
    """bench/out/bench{size}.sqlite, built by synthetic.py once (and again when
    synthetic.py or an applied migration changes), migrated when migrations
    were added (no backup taken)."""
    path = OUT / f"bench{size}.sqlite"
    stamp_path = path.with_suffix(".stamp.json")
    wanted = _stamp()
    stamp = json.loads(stamp_path.read_text()) if stamp_path.exists() and path.exists() else {}
    names, known = stamp.get("migrations") or [], wanted["migrations"]
    appended = isinstance(names, list) and isinstance(known, list) and known[:len(names)] == names
    # A migration edited before it shipped (same names, other SQL) means a new file.
    edited = names == known and stamp.get("schema") != wanted["schema"]
    if stamp.get("synthetic") != wanted["synthetic"] or not appended or edited:
        OUT.mkdir(parents=True, exist_ok=True)
        log(f"building {path.name} ({SIZES[size]} meetings; minutes for the big one) ...")
        from bench import synthetic

        for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", ".lock"))):
            leftover.unlink(missing_ok=True)  # a new file must not meet the old one's WAL

        scale = SIZES[size] / 200_000
        synthetic.build(path, organisations=int(10_000 * scale), people=int(50_000 * scale),
                        meetings=SIZES[size], follow_ups=int(400_000 * scale))
    elif stamp.get("migrations") != wanted["migrations"]:
        log(f"migrating {path.name} to this version's schema ...")
    if stamp != wanted:
        from btvcrm.storage.database import open_database

        open_database(path, backup_before_migration=False).close()
        stamp_path.write_text(json.dumps(wanted))
    return path


def describe_file(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("meetings", "people", "organisations", "follow_ups")}
    finally:
        conn.close()
    return (f"{path.name} ({path.stat().st_size / 1e6:.0f} MB: " +
            ", ".join(f"{n:,} {t}".replace(",", " ") for t, n in counts.items()) + ")")


def ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)] if ordered else float("nan")


def ratio(value: float, floor: float) -> str:
    if not floor or math.isnan(floor) or math.isnan(value):
        return "—"
    return f"{value / floor:.1f}×"


@dataclass
class Row:
    operation: str
    size: str
    now: str
    floor: str
    ratio: str
    target: str = ""
    note: str = ""


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {row.operation} [{row.size}]: {row.now}  (floor {row.floor}, {row.ratio})"
              + (f"  {row.note}" if row.note else ""), flush=True)

    def markdown(self) -> str:
        lines = ["| operation | file | now | floor (same file, same run) | ratio | target |",
                 "| --- | --- | --- | --- | --- | --- |"]
        for r in self.rows:
            now = f"{r.now} ({r.note})" if r.note else r.now
            lines.append(f"| {r.operation} | {r.size} | {now} | {r.floor} | {r.ratio} | {r.target} |")
        return "\n".join(lines)


def fmt(value: float, unit: str = "ms") -> str:
    if math.isnan(value):
        return "—"
    if value < 1:
        return f"{value:.2f} {unit}"
    return f"{value:,.1f} {unit}".replace(",", " ") if value < 100 else f"{value:,.0f} {unit}".replace(",", " ")
