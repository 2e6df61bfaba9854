"""Reading the live data file never drops SQLite's locks on it (POSIX locks belong to the
process: closing ANY descriptor of the file releases them all). Without its locks SQLite
thinks the next program that closes the file is the last one, and that program checkpoints
and deletes the -wal and -shm the app is still writing to (found in a real-window walk)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from btvcrm.domain.models import Person
from btvcrm.storage import backup, safe_output
from btvcrm.storage.crm import Crm

OUTSIDE_READER = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('select count(*) from people').fetchall(); c.close()"


def _outside_reader(path: Path) -> None:
    subprocess.run([sys.executable, "-c", OUTSIDE_READER, str(path)], check=True, timeout=60)


@pytest.mark.parametrize("look", [
    lambda path, crm: None,  # nothing: the control
    lambda path, crm: backup.live_identity(path),
    lambda path, crm: safe_output.sqlite_application_id(path),
    lambda path, crm: crm.close() if False else Crm.open(path, readonly=True).close(),  # a second reader in-process
])
def test_looking_at_the_open_file_keeps_its_wal_when_another_program_reads_it(tmp_path: Path, look) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "crm.sqlite"
    with Crm.open(path) as crm:
        crm.people.save(Person(name="Kari Nordmann"))  # in the WAL, not yet in the file
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.stat().st_size > 0 and shm.exists()
        look(path, crm)
        _outside_reader(path)
        assert wal.exists() and wal.stat().st_size > 0, "another program deleted the app's WAL"
        assert shm.exists()
        crm.people.save(Person(name="Ola Etterpå"))  # the app goes on writing where it should
    with Crm.open(path, readonly=True) as check:
        assert {p["name"] for p in check.people.query_rows(None)} >= {"Kari Nordmann", "Ola Etterpå"}
