"""Damaged, foreign and unreachable files: a clear sentence, the file untouched,
and the newest backup offered (`services.backups.newest_backup`)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from btvcrm.cli import main
from btvcrm.domain.models import Organisation
from btvcrm.services.backups import newest_backup
from btvcrm.services.quick_log import QuickLogRequest, log_contact
from btvcrm.storage import backup, errors
from btvcrm.storage.crm import Crm

ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sentence(error: BaseException) -> str:
    text = str(error)
    assert text.rstrip().endswith(".") and "Traceback" not in text and "sqlite3." not in text, text
    return text


@pytest.fixture
def saved_file(file_path: Path) -> Path:
    with Crm.open(file_path) as crm:
        crm.organisations.save(Organisation(name="Tønsberg kommune"))
        backup.backup_now(crm)
    return file_path


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, b"Navn;E-post\nKari;k@x.no\n", b"\x00" * 4096],
    ids=["pdf", "png", "csv", "zeros"],
)
def test_not_sqlite_is_refused_untouched(tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "btvcrm.sqlite"
    path.write_bytes(content)
    for readonly in (False, True):
        with pytest.raises(errors.StorageError) as caught:
            Crm.open(path, readonly=readonly)
        assert "Filen er ikke endret" in _sentence(caught.value) or "ikke en" in str(caught.value)
    assert main(["check", "--db", str(path)]) == 1
    assert capsys.readouterr().err.startswith("btvcrm: ")
    assert path.read_bytes() == content
    assert not Path(str(path) + "-wal").exists()


@pytest.mark.parametrize("keep", [10, 60, 100, 4096, 0.5, -4096])
def test_truncated_file_is_reported_untouched(saved_file: Path, keep: float, capsys: pytest.CaptureFixture[str]) -> None:
    data = saved_file.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else (keep if keep > 0 else len(data) + keep)
    saved_file.write_bytes(data[:cut])
    before = _digest(saved_file)
    code = main(["check", "--db", str(saved_file)])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    try:
        with Crm.open(saved_file, readonly=True) as crm:
            crm.organisations.query()
    except errors.StorageError as error:
        _sentence(error)
    assert _digest(saved_file) == before
    offered = newest_backup(saved_file)
    assert offered is not None and offered.path.is_file()


def test_newer_version_is_refused_and_backup_offered(saved_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Crm.open(saved_file) as crm:
        crm.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('btvcrm', '9999_future', 'x')"
        )
    before = _digest(saved_file)
    for readonly in (False, True):
        with pytest.raises(errors.NewerVersionError) as caught:
            Crm.open(saved_file, readonly=readonly)
        assert "nyere versjon" in _sentence(caught.value)
    assert main(["list", "organisations", "--db", str(saved_file)]) == 1
    assert "nyere versjon" in capsys.readouterr().err
    assert _digest(saved_file) == before
    assert newest_backup(saved_file) is not None


def test_read_only_file_opens_read_only_only(saved_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, chmod does not stop writes and a read-only mount needs privileges, so the
    code path is tested by making os.access report the file as not writable."""
    real_access = os.access

    def fake_access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)) == saved_file and mode & os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", fake_access)
    before = _digest(saved_file)
    with pytest.raises(errors.ReadOnlyError) as caught:
        Crm.open(saved_file)
    assert "skrivebeskyttet" in _sentence(caught.value)
    # Policy: the app opens it read-only (with a banner); every write is refused with a sentence.
    with Crm.open(saved_file, readonly=True) as crm:
        assert [r["name"] for r in crm.organisations.query()] == ["Tønsberg kommune"]
        with pytest.raises(errors.ReadOnlyError):
            crm.organisations.save(Organisation(name="Ny"))
    assert _digest(saved_file) == before


def test_read_only_folder(saved_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    folder = saved_file.parent

    def fake_access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", fake_access)
    with pytest.raises(errors.ReadOnlyError) as caught:
        Crm.open(saved_file)
    assert "skrivebeskyttet" in _sentence(caught.value)


_HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from btvcrm.storage.crm import Crm
crm = Crm.open({path!r})
print("holding", flush=True)
sys.stdin.readline()
crm.close()
"""


def test_file_held_by_another_btvcrm_process(saved_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER.format(root=str(ROOT), path=str(saved_file))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
            with pytest.raises(errors.LockedError) as caught:
                Crm.open(saved_file)
            assert "allerede åpen" in _sentence(caught.value)
            assert str(holder.pid) in str(caught.value)
            assert main(["log", "Telefon med Kari", "--db", str(saved_file)]) == 1
            assert "allerede åpen" in capsys.readouterr().err
            # Reading and checking still work while the other process writes.
            assert main(["check", "--db", str(saved_file)]) == 0
            with Crm.open(saved_file, readonly=True) as crm:
                assert len(crm.organisations.query()) == 1
        finally:
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(timeout=10)
    Crm.open(saved_file).close()  # free again


def test_file_in_a_write_transaction_of_another_program(saved_file: Path) -> None:
    other = sqlite3.connect(saved_file, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with Crm.open(saved_file) as crm:
            crm.db.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(errors.LockedError) as caught:
                crm.organisations.save(Organisation(name="Venter"))
            assert "i bruk" in _sentence(caught.value)
            other.execute("ROLLBACK")
            crm.organisations.save(Organisation(name="Nå går det"))
    finally:
        other.close()


def test_disk_full_during_quick_log_saves_nothing_and_keeps_running(file_crm: Crm) -> None:
    log_contact(file_crm, QuickLogRequest(title="Før", people=["Kari"], organisations=["Skien kommune"]))
    counts = {t: file_crm.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("meetings", "people", "organisations", "follow_ups")}
    pages = file_crm.db.execute("PRAGMA page_count").fetchone()[0]
    file_crm.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(errors.DiskFullError) as caught:
        log_contact(file_crm, QuickLogRequest(
            title="Stort møte", people=[f"Ny person {i}" for i in range(30)],
            organisations=["Ny virksomhet"], notes="x" * 300_000, follow_ups=["Ring @ fredag"],
        ))
    assert "Tidligere data er uendret" in _sentence(caught.value)
    file_crm.db.execute("PRAGMA max_page_count = 1073741823")
    after = {t: file_crm.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts}
    assert after == counts  # nothing partly saved
    assert file_crm.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    log_contact(file_crm, QuickLogRequest(title="Etter"))  # the app keeps running


def test_disk_full_during_backup_is_a_sentence(file_crm: Crm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(errors.StorageError) as caught:
        backup.backup_now(file_crm, tmp_path / "usb" / "kopi.sqlite")
    assert "disken er full" in _sentence(caught.value)
    assert not list((tmp_path / "usb").glob("*"))  # no half copy left behind
