"""Backups: consistent copies, thinning, restore, the automatic policy and cloud folders."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from btvcrm import settings
from btvcrm.cli import main
from btvcrm.domain import clock
from btvcrm.domain.models import Organisation
from btvcrm.services import backups
from btvcrm.services.backups import AutoBackup
from btvcrm.storage import backup, errors
from btvcrm.storage.crm import Crm
from btvcrm.storage.safety import cloud_service, cloud_sync_warning

T0 = dt.datetime(2016, 6, 14, 8, 0, tzinfo=clock.OSLO)


def _names(path: Path) -> list[str]:
    with Crm.open(path, readonly=True) as crm:
        return [r["name"] for r in crm.organisations.query()]


def test_backup_is_a_whole_checked_copy_with_the_latest_commit(file_crm: Crm, file_path: Path) -> None:
    file_crm.organisations.save(Organisation(name="Vestre Viken HF"))  # still only in the WAL
    written = backup.backup_now(file_crm)
    assert written.parent == file_path.parent / "backups"
    assert not list(written.parent.glob("*.part"))
    assert not Path(str(written) + "-wal").exists()
    conn = sqlite3.connect(written)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    assert _names(written) == ["Vestre Viken HF"]
    assert [info.path for info in backup.list_backups(file_path)] == [written]


def test_backup_to_a_chosen_file_and_to_an_unwritable_place(file_crm: Crm, tmp_path: Path) -> None:
    out = backup.backup_now(file_crm, tmp_path / "minnepinne" / "kopi.sqlite")
    assert out.is_file()
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    with pytest.raises(errors.StorageError):
        backup.backup_now(file_crm, blocker / "kopi.sqlite")


def test_settings_choose_the_backup_folder(file_crm: Crm, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    settings.save(settings.Settings(backup_dir=str(usb)))
    written = backups.take_backup(file_crm)
    assert written.parent == usb
    assert file_crm.path is not None
    assert backups.list_backups(file_crm.path)[0].path == written
    assert backups.newest_backup(file_crm.path) == backups.list_backups(file_crm.path)[0]


def _fake_backups(folder: Path, db_path: Path, days: int) -> list[backup.BackupInfo]:
    items = []
    for back in range(days):
        moment = T0 - dt.timedelta(days=back)
        items.append(backup.BackupInfo(folder / backup.backup_name(db_path, moment), moment, 1, ""))
    return items


def test_thinning_keeps_12_daily_10_weekly_9_monthly(tmp_path: Path) -> None:
    clock.freeze(T0)
    db_path = tmp_path / "btvcrm.sqlite"
    items = _fake_backups(tmp_path, db_path, 900)  # one a day for about 2.5 years
    keep = backup.backups_to_keep(items, T0.date())
    kept = sorted((i for i in items if i.path in keep), key=lambda i: i.taken_at, reverse=True)
    # Today's, the 12 days before, one per ISO week to 82 days, one per month to 279 days.
    assert 1 + 12 + 9 + 6 <= len(keep) <= 1 + 12 + 13 + 11
    oldest = kept[-1].taken_at
    # What docs/data-safety.md promises: nothing older than 279 days survives.
    assert 250 <= (T0 - oldest).days <= 279
    assert items[0].path in keep


def test_thin_backups_deletes_files_and_stale_parts(file_crm: Crm, file_path: Path) -> None:
    folder = file_path.parent / "backups"
    folder.mkdir()
    clock.freeze(T0)
    for back in range(60):
        (folder / backup.backup_name(file_path, T0 - dt.timedelta(days=back, hours=1))).write_bytes(b"x")
    stale = folder / (backup.backup_name(file_path, T0 - dt.timedelta(days=3)) + ".part")
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    other = folder / "notes.txt"
    other.write_text("ikke vår")
    backup.backup_now(file_crm)
    remaining = backup.list_backups(file_path)
    assert len(remaining) < 61
    assert not stale.exists() and other.exists()


def test_restore_backs_up_the_current_file_first(file_path: Path) -> None:
    with Crm.open(file_path) as crm:
        crm.organisations.save(Organisation(name="Gammel"))
        old = backup.backup_now(crm)
        crm.organisations.save(Organisation(name="Ny"))
    result = backups.restore_backup(file_path, old)
    assert _names(file_path) == ["Gammel"]
    assert result.pre_restore is not None and not result.set_aside
    assert sorted(_names(result.pre_restore)) == ["Gammel", "Ny"]


def test_restore_refuses_a_damaged_backup_and_leaves_the_file(file_path: Path, tmp_path: Path) -> None:
    with Crm.open(file_path) as crm:
        crm.organisations.save(Organisation(name="Trygg"))
    before = file_path.read_bytes()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    with pytest.raises(errors.StorageError):
        backup.restore(file_path, bad)
    with pytest.raises(errors.StorageError):
        backup.restore(file_path, tmp_path / "missing.sqlite")
    assert file_path.read_bytes() == before


def test_cli_backup_backups_restore(file_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Crm.open(file_path) as crm:
        crm.organisations.save(Organisation(name="Før"))
    db = ["--db", str(file_path)]
    out = tmp_path / "kopi.sqlite"
    assert main(["backup", "-o", str(out), *db]) == 0
    assert main(["backup", *db]) == 0
    assert main(["backups", *db]) == 0
    listed = capsys.readouterr().out
    assert "kB" in listed
    with Crm.open(file_path) as crm:
        crm.organisations.save(Organisation(name="Etter"))
    assert main(["restore", str(out), *db]) == 0
    assert _names(file_path) == ["Før"]
    assert main(["restore", str(tmp_path / "nei.sqlite"), *db]) == 1
    assert "Traceback" not in capsys.readouterr().err


# The automatic policy ---------------------------------------------------------
class FakeNow:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **kwargs: float) -> None:
        self.moment += dt.timedelta(**kwargs)
        clock.freeze(self.moment)


def test_auto_backup_policy(file_crm: Crm, file_path: Path) -> None:
    now = FakeNow(T0)
    clock.freeze(T0)
    auto = AutoBackup(now=now)
    auto.attach(file_crm)
    assert auto.on_open(file_crm) is not None  # first open of the day
    assert auto.on_open(file_crm) is None  # not twice a day
    assert auto.tick(file_crm) is None  # nothing changed
    file_crm.organisations.save(Organisation(name="Endring"))
    assert auto.dirty
    now.advance(minutes=29)
    assert auto.tick(file_crm) is None
    now.advance(minutes=2)
    periodic = auto.tick(file_crm)
    assert periodic is not None and not auto.dirty
    now.advance(minutes=45)
    assert auto.tick(file_crm) is None  # no work since
    assert auto.on_close(file_crm) is None
    file_crm.organisations.save(Organisation(name="Mer"))
    before_import = auto.before(file_crm, "før import")
    assert before_import is not None and "import" in before_import.name
    file_crm.organisations.save(Organisation(name="Siste"))
    closing = auto.on_close(file_crm)
    assert closing is not None and "lukking" in closing.name
    assert _names(closing) == ["Endring", "Mer", "Siste"]
    now.advance(days=1)
    assert auto.on_open(file_crm) is not None  # a new day
    auto.detach(file_crm)
    # Thinning kept the newest of yesterday's four, and today's.
    assert [i.reason for i in backup.list_backups(file_path)] == ["dagens", "lukking"]


def test_auto_backup_failure_is_reported_not_raised(file_crm: Crm, tmp_path: Path) -> None:
    blocker = tmp_path / "ikke-en-mappe"
    blocker.write_text("x")
    settings.save(settings.Settings(backup_dir=str(blocker)))
    auto = AutoBackup()
    assert auto.on_open(file_crm) is None
    assert auto.last_error and "sikkerhetskopi" in auto.last_error.lower()
    with pytest.raises(errors.StorageError):
        auto.before(file_crm, "import")
    file_crm.organisations.save(Organisation(name="Arbeidet går videre"))


def test_auto_backup_ignores_memory_and_read_only_files(mem_crm: Crm, file_path: Path) -> None:
    auto = AutoBackup()
    auto.on_change()
    assert auto.on_open(mem_crm) is None and auto.on_close(mem_crm) is None
    assert auto.before(mem_crm, "import") is None
    Crm.open(file_path).close()
    with Crm.open(file_path, readonly=True) as crm:
        assert auto.on_open(crm) is None
        assert auto.tick(crm, T0 + dt.timedelta(hours=2)) is None


# Cloud folders ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/kari/Dropbox/btv/btvcrm.sqlite", "Dropbox"),
        ("C:/Users/kari/OneDrive - Vestfold fylkeskommune/btvcrm.sqlite", "OneDrive"),
        ("/Users/kari/Library/CloudStorage/OneDrive-Personal/crm.sqlite", "OneDrive"),
        ("/Users/kari/Library/CloudStorage/GoogleDrive-kari@example.no/My Drive/crm.sqlite", "Google Drive"),
        ("G:/Google Drive/crm.sqlite", "Google Drive"),
        ("/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/crm.sqlite", "iCloud"),
        ("C:/Users/kari/iCloudDrive/crm.sqlite", "iCloud"),
        ("/home/kari/Documents/btvcrm.sqlite", None),
        ("/home/kari/dropbox-notes.sqlite", None),  # a file name is not a folder
    ],
)
def test_cloud_folders_are_recognised(path: str, service: str | None) -> None:
    assert cloud_service(path) == service
    warning = cloud_sync_warning(path)
    assert (warning is None) == (service is None)
    if warning is not None and service is not None:
        assert service in warning and "lokal mappe" in warning


def test_onedrive_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced = tmp_path / "Jobbfiler"
    monkeypatch.setenv("OneDrive", str(synced))
    assert cloud_service(synced / "sub" / "btvcrm.sqlite") == "OneDrive"
    assert cloud_service(tmp_path / "annet" / "btvcrm.sqlite") is None
    assert json.dumps(cloud_sync_warning(synced / "x.sqlite"))
