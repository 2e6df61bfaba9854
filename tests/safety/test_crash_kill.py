"""SIGKILL a writer at random moments (50 times in all): nothing reported as saved is lost.

After every kill: each id the writer printed (it prints only after the commit)
is in the file, `quick_check` passes and the file reopens. Also while a backup
is being written, and while a migration runs.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import crash_writer  # noqa: E402

from btvcrm.storage import backup  # noqa: E402
from btvcrm.storage import migrations as migration_module  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

KILLS_LOG = 32
KILLS_BACKUP = 9
KILLS_MIGRATION = 9


def _verify(path: Path, saved: list[int]) -> int:
    """Reopen the file the way the app does; return how many meetings it has."""
    with Crm.open(path) as crm:
        assert crm.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        present = {row[0] for row in crm.db.execute("SELECT id FROM meetings")}
        missing = sorted(set(saved) - present)
        assert not missing, f"reported as saved but lost: {missing}"
        return len(present)


def _assert_clean_death(result: crash_writer.KillResult) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def test_kill_while_logging_contacts(tmp_path: Path) -> None:
    rng = random.Random(20160614)
    path = tmp_path / "btvcrm.sqlite"
    Crm.open(path).close()
    all_saved: list[int] = []
    for _ in range(KILLS_LOG):
        result = crash_writer.run_and_kill(path, "log", rng)
        _assert_clean_death(result)
        all_saved.extend(result.saved)
        count = _verify(path, all_saved)
        assert count >= len(set(all_saved))
    assert all_saved, "the writer never got to save anything"


def test_kill_while_a_backup_is_written(tmp_path: Path) -> None:
    rng = random.Random(7)
    path = tmp_path / "btvcrm.sqlite"
    Crm.open(path).close()
    all_saved: list[int] = []
    for _ in range(KILLS_BACKUP):
        result = crash_writer.run_and_kill(path, "backup", rng, max_delay=0.4)
        _assert_clean_death(result)
        all_saved.extend(result.saved)
        _verify(path, all_saved)
    # Every finished backup is whole; a half-written one never has the final name.
    finished = backup.list_backups(path)
    assert finished
    for info in finished:
        conn = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()


@pytest.fixture
def slow_migration_known() -> Iterator[None]:
    """This process knows the writer's extra migration, so a file it finished still opens."""
    saved = list(migration_module.migrations._migrations)
    crash_writer.register_slow_migration()
    yield
    migration_module.migrations._migrations[:] = saved


def test_kill_during_a_migration(tmp_path: Path, slow_migration_known: None) -> None:
    rng = random.Random(42)
    base = tmp_path / "base.sqlite"
    migration_module.migrations._migrations[:] = [
        m for m in migration_module.migrations._migrations if m.name != crash_writer.SLOW_MIGRATION
    ]
    with Crm.open(base) as crm:
        from btvcrm.services.quick_log import QuickLogRequest, log_contact

        before = [log_contact(crm, QuickLogRequest(title=f"Før {i}", people=[f"P {i}"])).meeting_id for i in range(20)]
    crash_writer.register_slow_migration()
    outcomes = {"applied": 0, "rolled back": 0}
    for attempt in range(KILLS_MIGRATION):
        path = tmp_path / f"m{attempt}.sqlite"
        path.write_bytes(base.read_bytes())
        result = crash_writer.run_and_kill(path, "migrate", rng, max_delay=0.12)
        _assert_clean_death(result)
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            recorded = conn.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE name = ?", [crash_writer.SLOW_MIGRATION]
            ).fetchone()[0]
            has_table = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'crash_test_filler'"
            ).fetchone()[0]
            # All of the migration or none of it, and its record with it.
            assert recorded == has_table
            if has_table:
                assert conn.execute("SELECT count(*) FROM crash_test_filler").fetchone()[0] == crash_writer.FILLER_ROWS
        finally:
            conn.close()
        outcomes["applied" if recorded else "rolled back"] += 1
        _verify(path, before + result.saved)  # reopening finishes a rolled-back migration
    assert sum(outcomes.values()) == KILLS_MIGRATION
    # The migration takes about 0.1 s and the kills fall in its first 0.12 s:
    # at least one must have cut it off (else this test proves nothing).
    assert outcomes["rolled back"] >= 1, outcomes
