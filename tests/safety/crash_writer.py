"""A writer to be killed: `python crash_writer.py MODE FILE [SEED]`.

MODE is `log` (log contacts through the quick-log service as fast as it can),
`backup` (log a contact, then write a backup, again and again), `migrate`
(open FILE with a slow extra migration registered, then log contacts) or
`create` (make FILE, a new data file, and stop).
After each committed contact it prints `saved ID` and flushes, so whatever the
parent reads was committed before the kill. Used by tests/safety/test_crash_kill.py
and bench/crash_loop.py; not a test itself.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SLOW_MIGRATION = "0900_crash_test_slow"
FILLER_ROWS = 150_000


def register_slow_migration() -> None:
    """A migration that writes a lot, so a kill can land in the middle of it."""
    from sqlite_utils import Database

    from btvcrm.storage import migrations as migration_module

    if SLOW_MIGRATION in migration_module.known_migration_names():
        return

    def slow(db: Database) -> None:
        db.execute("CREATE TABLE crash_test_filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        for start in range(0, FILLER_ROWS, 5_000):
            db.execute(
                "INSERT INTO crash_test_filler (text) SELECT printf('%08d fyll', value) FROM "
                "(WITH RECURSIVE n(value) AS (SELECT ? UNION ALL SELECT value + 1 FROM n WHERE value < ?) "
                "SELECT value FROM n)",
                [start, start + 4_999],
            )
        db.execute("UPDATE people SET notes = notes || '' ")

    migration_module.migrations(name=SLOW_MIGRATION)(slow)


WRITER = Path(__file__).resolve()


@dataclass
class KillResult:
    saved: list[int]  # ids the writer reported as committed before it died
    lines: list[str]
    stderr: str
    delay: float


def run_and_kill(path: Path, mode: str, rng: random.Random, max_delay: float = 0.25) -> KillResult:
    """Start a writer, let it work for a random moment after it is ready, SIGKILL it."""
    wait_for = "migrating" if mode == "migrate" else "ready"
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), mode, str(path), str(rng.randrange(1 << 30))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=str(ROOT),
    )
    assert proc.stdout is not None and proc.stderr is not None
    lines: list[str] = []
    while True:
        line = proc.stdout.readline()
        if not line:  # the writer died on its own
            break
        lines.append(line)
        if line.strip() == wait_for:
            break
    delay = rng.uniform(0, max_delay)
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rest, stderr = proc.communicate()
    lines.extend(rest.splitlines(keepends=True))
    saved = [int(line.split()[1]) for line in lines if line.startswith("saved ") and line.endswith("\n")]
    return KillResult(saved=saved, lines=lines, stderr=stderr, delay=delay)


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else None)
    from btvcrm.services.quick_log import QuickLogRequest, log_contact
    from btvcrm.storage import backup
    from btvcrm.storage.crm import Crm

    if mode == "migrate":
        register_slow_migration()
        print("migrating", flush=True)
    if mode == "create":
        print("ready", flush=True)
        Crm.open(path).close()
        print("created", flush=True)
        return 0
    crm = Crm.open(path)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        result = log_contact(
            crm,
            QuickLogRequest(
                title=f"Kontakt {n} {rng.random():.6f}",
                people=[f"Person {rng.randrange(40)}"],
                organisations=[f"Virksomhet {rng.randrange(10)}"],
                notes="notat " * rng.randrange(1, 400),
                follow_ups=["Følg opp @ fredag"] if n % 3 == 0 else [],
            ),
        )
        print(f"saved {result.meeting_id}", flush=True)
        if mode == "backup":
            print("backup", flush=True)
            backup.backup_now(crm)


if __name__ == "__main__":
    sys.exit(main())
