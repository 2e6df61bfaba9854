"""The one backups service (issue 11): this file's backups only, the exact thinning policy
over 400 simulated days, and restore when the live file is damaged."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
from pathlib import Path

import pytest

from btvcrm import settings
from btvcrm.cli import main
from btvcrm.domain import clock
from btvcrm.domain.models import Organisation
from btvcrm.services import backups, data_file
from btvcrm.storage import backup
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm

T0 = dt.datetime(2026, 12, 1, 9, 12, tzinfo=clock.OSLO)


def _names(path: Path) -> list[str]:
    with Crm.open(path, readonly=True) as crm:
        return sorted(r["name"] for r in crm.organisations.query())


def _make(path: Path, *names: str) -> Path:
    with Crm.open(path) as crm:
        for name in names:
            crm.organisations.save(Organisation(name=name))
    return path


# Whose backups ----------------------------------------------------------------------------
def test_a_shared_backup_folder_holds_two_files_of_the_same_name(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "minnepinne"
    settings.save(settings.Settings(backup_dir=str(shared)))
    first = _make(tmp_path / "jobb" / "btvcrm.sqlite", "Jobb AS")
    second = _make(tmp_path / "hjemme" / "btvcrm.sqlite", "Hjemme AS")
    assert backup.file_identity(first) != backup.file_identity(second)
    clock.freeze(T0)
    with Crm.open(first) as crm:
        mine = backups.take_backup(crm)
    clock.freeze(T0 + dt.timedelta(minutes=5))
    with Crm.open(second) as crm:
        theirs = backups.take_backup(crm)
    assert mine.parent == theirs.parent == shared
    assert [i.path for i in backups.list_backups(first)] == [mine]
    assert [i.path for i in backups.list_backups(second)] == [theirs]
    newest = backups.newest_backup(first)  # the other file's backup is newer, but not ours
    assert newest is not None and newest.path == mine
    assert _names(newest.path) == ["Jobb AS"]
    # Thinning one file's backups never touches the other's.
    for day in range(1, 40):
        (shared / backup.backup_name(first, T0 - dt.timedelta(days=day))).write_bytes(b"gammel")
    backups.thin_backups(first, today=T0.date())
    assert theirs.exists()
    # The backups dialog, the CLI and the recovery dialog all ask this one service.
    assert data_file.recovery_choices(first, _damaged_error(first))[0].backup == newest


def _damaged_error(path: Path) -> Exception:
    from btvcrm.storage.errors import CorruptDatabaseError

    return CorruptDatabaseError(f"{path} er skadet.")


def test_backups_beside_the_file_and_the_environment_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _make(tmp_path / "data" / "btvcrm.sqlite", "A")
    assert backups.backup_folder(path) == path.parent / "backups"
    settings.save(settings.Settings(backup_dir=str(tmp_path / "valgt")))
    assert backups.backup_folder(path) == tmp_path / "valgt"
    monkeypatch.setenv("BTVCRM_BACKUP_DIR", str(tmp_path / "miljø"))
    assert backups.backup_folder(path) == tmp_path / "miljø"
    # A migration's backup goes where the service says too (storage asks the installed policy).
    assert backup.folder_for(path) == tmp_path / "miljø"


# The policy over 400 days ---------------------------------------------------------------
def _age(info: backup.BackupInfo, today: dt.date) -> int:
    return (today - info.taken_at.date()).days


def test_thinning_policy_over_400_simulated_days(tmp_path: Path) -> None:
    """One simulated day at a time (the clock injected, no sleeps): 0-4 backups a day at
    random times, now and then a pre-restore copy, a week away twice; thinning after each
    day. After every day: the policy in docs/data-safety.md holds exactly."""
    rng = random.Random(400)
    db_path = tmp_path / "btvcrm.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.date(2026, 1, 1)
    taken: list[backup.BackupInfo] = []
    for offset in range(400):
        today = start + dt.timedelta(days=offset)
        away = 120 <= offset < 127 or 300 <= offset < 310
        for _ in range(0 if away else rng.choice([0, 1, 1, 2, 3, 4])):
            moment = dt.datetime.combine(today, dt.time(rng.randrange(7, 22), rng.randrange(60)),
                                         tzinfo=clock.OSLO)
            reason = backup.PRE_RESTORE_REASON if rng.random() < 0.03 else rng.choice(["dagens", "auto", "lukking"])
            path = backup.unique_destination(folder, db_path, reason, moment)
            path.write_bytes(b"x")
            taken.append(backup.BackupInfo(path, moment, 1, reason))
        backup.thin_in(folder, db_path, today=today)
        kept = backup.list_in(folder, db_path, None)
        kept_paths = {info.path for info in kept}
        ever = list(taken)
        newest = max(ever, key=lambda i: (i.taken_at, i.path.name)) if ever else None
        if newest is not None:
            assert newest.path in kept_paths
        for info in ever:
            age = _age(info, today)
            if age <= 0:
                assert info.path in kept_paths, "today's backups are all kept"
            if info.path.name.endswith(f"_{backup.PRE_RESTORE_REASON}.sqlite") and age <= 30:
                assert info.path in kept_paths, "a pre-restore copy is kept 30 days"
        for info in kept:
            if info.path != (newest.path if newest else None):
                assert _age(info, today) <= backup.MONTHLY_UNTIL_DAYS, "nothing older than 279 days"
        # The newest backup of each of the 12 days before today is kept.
        for back in range(1, backup.DAILY_DAYS + 1):
            day = today - dt.timedelta(days=back)
            of_day = [i for i in ever if i.taken_at.date() == day]
            if of_day:
                assert max(of_day, key=lambda i: (i.taken_at, i.path.name)).path in kept_paths
        # Every ISO week with backups aged 1-82 keeps one of them; every month with 1-279 likewise.
        for high, key in ((backup.WEEKLY_UNTIL_DAYS, lambda d: d.isocalendar()[:2]),
                          (backup.MONTHLY_UNTIL_DAYS, lambda d: (d.year, d.month))):
            buckets: dict[object, list[backup.BackupInfo]] = {}
            for info in ever:
                if 1 <= _age(info, today) <= high:
                    buckets.setdefault(key(info.taken_at.date()), []).append(info)
            for bucket, members in buckets.items():
                assert any(m.path in kept_paths for m in members), (today, bucket)
        # A bounded number: today's, 12 days, ≤ 13 weeks, ≤ 11 months, pre-restore copies, the newest.
        todays = sum(1 for i in kept if _age(i, today) <= 0)
        pre_restore = sum(1 for i in kept if backup.PRE_RESTORE_REASON in i.path.name)
        assert len(kept) <= todays + 12 + 13 + 11 + pre_restore + 1
    assert len(taken) > 600


def test_the_newest_backup_survives_a_long_break(tmp_path: Path) -> None:
    db_path = tmp_path / "btvcrm.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / backup.backup_name(db_path, T0 - dt.timedelta(days=500))
    old.write_bytes(b"x")
    older = folder / backup.backup_name(db_path, T0 - dt.timedelta(days=600))
    older.write_bytes(b"x")
    backup.thin_in(folder, db_path, today=T0.date())
    assert old.exists() and not older.exists()


# Restore when the live file is damaged ---------------------------------------------------
DAMAGE = {
    "truncated": lambda data: data[: len(data) // 3],
    "zeroed": lambda data: b"\x00" * len(data),
    "text": lambda data: b"Dette var en gang en database\n" * 40,
    "empty": lambda data: b"",
    "bad-header": lambda data: b"SQLite format 2\x00" + data[16:],
    "garbled-pages": lambda data: data[:4096] + os.urandom(len(data) - 4096),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_restore_sets_a_damaged_file_aside_and_brings_the_backup_back(
        damage: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _make(tmp_path / "data" / "btvcrm.sqlite", "Tønsberg kommune", "Vestre Viken HF")
    with Crm.open(path) as crm:
        taken = backups.take_backup(crm)
    damaged = DAMAGE[damage](path.read_bytes())
    path.write_bytes(damaged)
    Path(str(path) + "-wal").write_bytes(b"rester")  # a leftover journal goes aside with it
    clock.freeze(T0)
    assert main(["--db", str(path), "restore", str(taken)]) == 0
    out = capsys.readouterr().out
    aside = path.with_name("btvcrm.skadet-20261201-091200.sqlite")
    assert str(aside) in out and "ikke slettet" in out and "alt i orden" in out
    assert aside.read_bytes() == damaged  # set aside, never deleted or changed
    assert Path(str(aside) + "-wal").read_bytes() == b"rester"
    assert _names(path) == ["Tønsberg kommune", "Vestre Viken HF"]
    assert main(["--db", str(path), "check"]) == 0
    # The restored file is this file: its backups are still its own.
    assert backups.newest_backup(path) is not None
    assert backup.file_identity(path) == backup.file_identity(taken)


def test_restore_of_a_healthy_file_keeps_a_pre_restore_copy_and_the_identity(tmp_path: Path) -> None:
    path = _make(tmp_path / "btvcrm.sqlite", "Før")
    other = _make(tmp_path / "annen" / "annen.sqlite", "Fra en annen fil")
    with Crm.open(other) as crm:
        foreign_backup = backups.take_backup(crm, tmp_path / "annen-kopi.sqlite")
    identity = backup.file_identity(path)
    result = backups.restore_backup(path, foreign_backup)
    assert result.pre_restore is not None and not result.was_damaged
    assert "foer-gjenoppretting" in result.pre_restore.name
    assert _names(path) == ["Fra en annen fil"]
    with Crm.open(path) as crm:
        report = check(crm)
        assert report.ok, report.text()
    assert backup.file_identity(path) == identity  # still this file: its old backups stay its own
    assert result.pre_restore in [i.path for i in backups.list_backups(path)]


def test_restore_refuses_a_bad_backup_and_a_file_in_use(tmp_path: Path) -> None:
    from btvcrm.storage.errors import LockedError, StorageError

    path = _make(tmp_path / "btvcrm.sqlite", "Trygg")
    with Crm.open(path) as crm:
        good = backups.take_backup(crm)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    before = path.read_bytes()
    with pytest.raises(StorageError):
        backups.restore_backup(path, bad)
    with pytest.raises(StorageError, match="selve datafilen"):
        backups.restore_backup(path, path)
    with Crm.open(path), pytest.raises(LockedError):
        backups.restore_backup(path, good)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.skadet-*"))


def test_a_file_another_program_writes_is_not_set_aside(tmp_path: Path) -> None:
    from btvcrm.storage.errors import LockedError

    path = _make(tmp_path / "btvcrm.sqlite", "I bruk")
    with Crm.open(path) as crm:
        good = backups.take_backup(crm)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(LockedError):
            backups.restore_backup(path, good)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list(tmp_path.glob("*.skadet-*"))
    assert _names(path) == ["I bruk"]
