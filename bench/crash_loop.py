"""Kill a writer 1 000 times with SIGKILL and count what was lost (should be nothing).

    .venv/bin/python bench/crash_loop.py [--kills 1000] [--seed 1]

Mix: 80 % while logging contacts, 10 % while backups are written, 10 % during a
migration (each on a fresh copy). After every kill: every id the writer printed
after its commit must be in the file, `quick_check` must pass and the file must
reopen. Prints the figures; exit 1 if anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "safety"))

import crash_writer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="btvcrm-crash-"))
    os.environ["BTVCRM_HOME"] = str(home)
    from btvcrm.services.quick_log import QuickLogRequest, log_contact
    from btvcrm.storage import backup
    from btvcrm.storage.crm import Crm

    rng = random.Random(args.seed)
    log_path = home / "log.sqlite"
    backup_path = home / "backup.sqlite"
    Crm.open(log_path).close()
    Crm.open(backup_path).close()
    base = home / "base.sqlite"
    with Crm.open(base) as crm:
        base_ids = [log_contact(crm, QuickLogRequest(title=f"Før {i}", people=[f"P {i}"])).meeting_id
                    for i in range(20)]
    # Migrated copies are reopened knowing the writer's slow migration; the log and
    # backup files are reopened without it (else reopening would migrate them).
    from btvcrm.storage import migrations as migration_module

    without_slow = list(migration_module.migrations._migrations)
    crash_writer.register_slow_migration()
    with_slow = list(migration_module.migrations._migrations)

    figures = {"kills": 0, "reported saved": 0, "lost": 0, "quick_check failed": 0, "reopen failed": 0,
               "tracebacks": 0, "killed mid-backup": 0, "migration rolled back": 0, "migration applied": 0,
               "backups checked": 0, "backups damaged": 0}
    saved: dict[str, list[int]] = {"log": [], "backup": []}
    durations: list[float] = []
    started = time.perf_counter()
    for n in range(args.kills):
        roll = rng.random()
        mode = "log" if roll < 0.8 else "backup" if roll < 0.9 else "migrate"
        if mode == "migrate":
            path = home / "migrate.sqlite"
            for leftover in home.glob("migrate.sqlite*"):
                leftover.unlink()
            path.write_bytes(base.read_bytes())
        else:
            path = log_path if mode == "log" else backup_path
        t0 = time.perf_counter()
        result = crash_writer.run_and_kill(path, mode, rng, {"log": 0.25, "backup": 0.4, "migrate": 0.12}[mode])
        durations.append(time.perf_counter() - t0)
        figures["kills"] += 1
        figures["reported saved"] += len(result.saved)
        figures["tracebacks"] += "Traceback" in result.stderr
        if mode == "backup" and result.lines and result.lines[-1].strip() == "backup":
            figures["killed mid-backup"] += 1
        if mode == "migrate":
            conn = sqlite3.connect(path)
            try:
                applied = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = ?",
                                       [crash_writer.SLOW_MIGRATION]).fetchone()[0]
            finally:
                conn.close()
            figures["migration applied" if applied else "migration rolled back"] += 1
            expected = base_ids + result.saved
        else:
            saved[mode].extend(result.saved)
            expected = saved[mode]
        migration_module.migrations._migrations[:] = with_slow if mode == "migrate" else without_slow
        try:
            with Crm.open(path) as crm:
                if crm.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    figures["quick_check failed"] += 1
                present = {row[0] for row in crm.db.execute("SELECT id FROM meetings")}
                figures["lost"] += len(set(expected) - present)
        except Exception as error:  # noqa: BLE001 - a figure, not a crash
            figures["reopen failed"] += 1
            print(f"kill {n}: reopen failed: {error}", file=sys.stderr)
        if (n + 1) % 100 == 0:
            print(f"  {n + 1} kills, {time.perf_counter() - started:.0f} s", flush=True)
    for info in backup.list_backups(backup_path):
        figures["backups checked"] += 1
        conn = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
        try:
            figures["backups damaged"] += conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        finally:
            conn.close()
    elapsed = time.perf_counter() - started
    print(f"btvcrm crash loop: {args.kills} SIGKILLs in {elapsed:.0f} s "
          f"(median {statistics.median(durations) * 1000:.0f} ms per run), SQLite {sqlite3.sqlite_version}")
    for name, value in figures.items():
        print(f"  {name:<24}{value}")
    bad = figures["lost"] + figures["quick_check failed"] + figures["reopen failed"] + figures["backups damaged"]
    print("RESULT: " + ("nothing lost" if bad == 0 else "PROBLEMS FOUND"))
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
