"""Read-only, locked, refused and missing files (issue 11): each case a sentence, and the
user's files exactly as they were. No sleeps: other programs are real subprocesses or
second connections, and the child reports when it is ready."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import (  # noqa: E402
    btvcrm_argv,
    child_env,
    digest,
    one_line_error,
    run_without_root_powers,
    snapshot,
)

from btvcrm.cli import main  # noqa: E402
from btvcrm.domain.models import Organisation, Person  # noqa: E402
from btvcrm.storage import errors  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

MISSING = "Datafilen finnes ikke"


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "btvcrm.sqlite"
    with Crm.open(path) as crm:
        crm.organisations.save(Organisation(name="Tønsberg kommune"))
        crm.people.save(Person(name="Kari Nordmann", email="kari@example.no"))
    return path


# A read-only folder ---------------------------------------------------------------------
def _read_only_folder(path: Path) -> None:
    for item in path.parent.iterdir():
        os.chmod(item, 0o444)
    os.chmod(path.parent, 0o555)


def _writable_again(path: Path) -> None:
    os.chmod(path.parent, 0o755)
    for item in path.parent.iterdir():
        os.chmod(item, 0o600)


def test_a_file_in_a_read_only_folder_can_be_read_listed_searched_and_checked(
        filled: Path, tmp_path: Path) -> None:
    _read_only_folder(filled)
    before = snapshot(filled.parent)
    env = child_env(tmp_path / "home")
    try:
        listed = run_without_root_powers(btvcrm_argv("--db", str(filled), "list", "organisations"), env=env)
        assert listed.returncode == 0, listed.stderr
        assert "Tønsberg kommune" in listed.stdout
        found = run_without_root_powers(btvcrm_argv("--db", str(filled), "search", "Kari"), env=env)
        assert found.returncode == 0 and "Kari Nordmann" in found.stdout, found.stderr
        checked = run_without_root_powers(btvcrm_argv("--db", str(filled), "check"), env=env)
        assert checked.returncode == 0 and "Alt i orden" in checked.stdout, checked.stdout + checked.stderr
        # Writing is refused with a sentence, not "disk I/O error".
        logged = run_without_root_powers(btvcrm_argv("--db", str(filled), "log", "Telefon"), env=env)
        assert logged.returncode == 1
        assert "skrivebeskyttet" in one_line_error(logged.stderr)
        assert snapshot(filled.parent) == before  # not a byte, and no -wal/-shm made
    finally:
        _writable_again(filled)


_CRASH_AFTER_COMMIT = """
import os, sys
sys.path.insert(0, {root!r})
from btvcrm.storage.crm import Crm
from btvcrm.domain.models import Organisation
crm = Crm.open({path!r})
crm.organisations.save(Organisation(name="Bare i journalen"))
os._exit(0)  # no close: the commit stays in the -wal
"""


def test_a_read_only_folder_with_data_only_in_the_wal_is_read_from_a_checked_copy(
        filled: Path, tmp_path: Path) -> None:
    from helpers import ROOT

    subprocess.run([sys.executable, "-c", _CRASH_AFTER_COMMIT.format(root=str(ROOT), path=str(filled))],
                   check=True, timeout=60)
    assert Path(str(filled) + "-wal").stat().st_size > 0
    Path(str(filled) + "-shm").unlink()  # so SQLite would have to make one in the read-only folder
    _read_only_folder(filled)
    before = snapshot(filled.parent)
    try:
        listed = run_without_root_powers(btvcrm_argv("--db", str(filled), "list", "organisations"),
                                         env=child_env(tmp_path / "home"))
        assert listed.returncode == 0, listed.stderr
        assert "Bare i journalen" in listed.stdout and "Tønsberg kommune" in listed.stdout
        assert snapshot(filled.parent) == before
    finally:
        _writable_again(filled)


# Another program in a write transaction ---------------------------------------------------
def test_check_while_another_program_writes_says_in_use_never_damaged(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = sqlite3.connect(filled, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE organisations SET notes = 'midt i en skriving'")
        code = main(["--db", str(filled), "check"])
        out, err = capsys.readouterr()
        assert code == 1
        line = one_line_error(err)
        assert "Filen er i bruk av et annet program" in line
        assert "skadet" not in out + err and "✗" not in out
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert main(["--db", str(filled), "check"]) == 0


# Refused files keep their bytes and get no companions -----------------------------------------
def _companions(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path}


def _assert_refused_untouched(path: Path, exception: type[Exception], capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(path.parent)
    for readonly in (False, True):
        with pytest.raises(exception):
            Crm.open(path, readonly=readonly)
    for argv in (["list", "organisations"], ["search", "x"], ["check"], ["log", "Ny kontakt"]):
        assert main(["--db", str(path), *argv]) == 1
        one_line_error(capsys.readouterr().err)
    assert snapshot(path.parent) == before


def test_a_newer_version_with_its_migration_only_in_a_leftover_wal(
        filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    script = (f"import os, sqlite3; c = sqlite3.connect({str(filled)!r}, isolation_level=None); "
              "c.execute(\"INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
              "VALUES ('btvcrm', '9999_future', 'x')\"); os._exit(0)")
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert Path(str(filled) + "-wal").stat().st_size > 0
    _assert_refused_untouched(filled, errors.NewerVersionError, capsys)
    Path(str(filled) + "-shm").unlink()  # the private-copy path
    _assert_refused_untouched(filled, errors.NewerVersionError, capsys)


def _foreign(path: Path, journal_mode: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE things (x)")
    conn.execute("INSERT INTO things VALUES ('fra før')")
    conn.close()


_KILLED_MID_WRITE = """
import os, signal, sqlite3, sys
c = sqlite3.connect({path!r}, isolation_level=None)
c.execute("PRAGMA cache_size = 1")  # spill: pages reach the main file before the commit
c.execute("BEGIN")
c.execute("INSERT INTO things SELECT hex(randomblob(500)) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
          "SELECT i + 1 FROM n WHERE i < 3000) SELECT i FROM n)")
{commit}
print("ready", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _kill_mid_write(path: Path, *, commit: bool) -> None:
    code = _KILLED_MID_WRITE.format(path=str(path), commit="c.execute('COMMIT')" if commit else "")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL and "ready" in result.stdout, result.stderr


def test_a_foreign_file_with_a_hot_journal_is_not_rolled_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "annet.sqlite"
    _foreign(path, "DELETE")
    _kill_mid_write(path, commit=False)
    assert Path(str(path) + "-journal").stat().st_size > 0  # hot: SQLite would roll it back on open
    _assert_refused_untouched(path, errors.NotADatabaseError, capsys)
    assert Path(str(path) + "-journal").exists()


def test_a_foreign_file_with_a_leftover_wal_is_not_folded_in(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "annet.sqlite"
    _foreign(path, "WAL")
    _kill_mid_write(path, commit=True)
    assert Path(str(path) + "-wal").stat().st_size > 0
    _assert_refused_untouched(path, errors.NotADatabaseError, capsys)
    Path(str(path) + "-shm").unlink()
    _assert_refused_untouched(path, errors.NotADatabaseError, capsys)


def test_a_refused_clean_file_gets_no_wal_or_shm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "annet.sqlite"
    _foreign(path, "WAL")
    assert _companions(path) == set()
    _assert_refused_untouched(path, errors.NotADatabaseError, capsys)
    assert _companions(path) == set()


# Missing files: only creating commands create -----------------------------------------------
@pytest.mark.parametrize("argv", [
    ["check"], ["list", "people"], ["search", "x"], ["backup"], ["export", "--format", "json", "-o", "{out}"],
    ["report", "county", "Buskerud", "-o", "{out}"], ["privacy", "export", "1", "-o", "{out}"],
    ["privacy", "erase", "1", "--yes"], ["log", "Første kontakt"], ["restore", "{backup}"], ["backups"],
])
def test_a_missing_file_is_not_created(argv: list[str], tmp_path: Path, filled: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "skrivefeil" / "typo.sqlite3"
    typo.parent.mkdir()
    backup = tmp_path / "kopi.sqlite"
    assert main(["--db", str(filled), "backup", "-o", str(backup)]) == 0
    capsys.readouterr()
    args = [a.format(out=tmp_path / "ut.fil", backup=backup) for a in argv]
    if argv[0] == "restore":  # restoring into a missing folder
        typo = tmp_path / "finnes-ikke" / "typo.sqlite3"
    code = main(["--db", str(typo), *args])
    line = one_line_error(capsys.readouterr().err)
    assert code == 1
    if argv[0] == "restore":
        assert "finnes ikke" in line
    else:
        assert f"{MISSING}: {typo}" in line and "btvcrm init" in line and "btvcrm demo" in line
    if typo.parent.exists():
        assert list(typo.parent.iterdir()) == []  # no file, no .lock, no journal
    else:
        assert not typo.parent.parent.joinpath("finnes-ikke").exists()
    assert not (tmp_path / "ut.fil").exists()


def test_restore_into_a_missing_file_in_an_existing_folder_creates_it(
        tmp_path: Path, filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "kopi.sqlite"
    assert main(["--db", str(filled), "backup", "-o", str(backup)]) == 0
    lost = tmp_path / "ny-maskin" / "btvcrm.sqlite"
    lost.parent.mkdir()
    assert main(["--db", str(lost), "restore", str(backup)]) == 0
    assert "alt i orden" in capsys.readouterr().out
    with Crm.open(lost, create=False) as crm:
        assert [r["name"] for r in crm.organisations.query()] == ["Tønsberg kommune"]


def test_init_creates_an_empty_file_and_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ny" / "mappe" / "btvcrm.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    assert "Ny datafil laget" in capsys.readouterr().out
    with Crm.open(path, create=False) as crm:
        assert [c.name for c in crm.counties.all()] == ["Buskerud", "Telemark", "Vestfold"]
        assert crm.is_empty()
    before = digest(path)
    assert main(["--db", str(path), "init"]) == 1
    assert "finnes allerede" in one_line_error(capsys.readouterr().err)
    assert digest(path) == before
    # The first day from the command line: init, then log works.
    assert main(["--db", str(path), "log", "Første kontakt", "--person", "Kari"]) == 0


def test_demo_and_import_create_a_new_file(tmp_path: Path, filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = tmp_path / "demo.sqlite"
    assert main(["--db", str(demo), "demo"]) == 0
    export = tmp_path / "eksport.json"
    assert main(["--db", str(filled), "export", "--format", "json", "-o", str(export)]) == 0
    imported = tmp_path / "importert.sqlite"
    assert main(["--db", str(imported), "import", str(export)]) == 0
    with Crm.open(imported, create=False) as crm:
        assert [r["name"] for r in crm.organisations.query()] == ["Tønsberg kommune"]
    bad = tmp_path / "tull.json"
    bad.write_text("{ikke json", encoding="utf-8")
    failed = tmp_path / "mislyktes.sqlite"
    assert main(["--db", str(failed), "import", str(bad)]) == 1
    assert not failed.exists() and not list(tmp_path.glob("mislyktes.sqlite*"))


def test_creating_leaves_no_half_file_when_killed(tmp_path: Path) -> None:
    """SIGKILL at random moments in the first ~80 ms of creating a file (the crash harness):
    the real name is either absent or a whole, openable file; never 0 bytes."""
    import random

    import crash_writer

    rng = random.Random(611)
    outcomes = {"absent": 0, "whole": 0}
    for attempt in range(12):
        path = tmp_path / f"ny{attempt % 3}.sqlite"
        result = crash_writer.run_and_kill(path, "create", rng, max_delay=0.08)
        assert "Traceback" not in result.stderr, result.stderr
        if not path.exists():
            outcomes["absent"] += 1
        else:
            assert path.stat().st_size > 0
            with Crm.open(path, create=False) as crm:
                assert crm.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                assert len(crm.counties.all()) == 3
            outcomes["whole"] += 1
        Crm.open(path).close()  # and making it again always works
        for leftover in path.parent.glob(f".{path.name}.ny-*"):
            pytest.fail(f"a creation left {leftover.name} behind after the next open")
        for stale in path.parent.glob("*.sqlite*"):
            stale.unlink()
    assert outcomes["absent"] >= 1, outcomes  # some kills landed before the rename
