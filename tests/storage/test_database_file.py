"""Opening, refusing and locking data files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from btvcrm.storage import errors
from btvcrm.storage.crm import Crm
from btvcrm.storage.database import open_database


def test_new_file_has_the_three_counties_and_safe_pragmas(file_path: Path) -> None:
    with Crm.open(file_path) as crm:
        assert [c.name for c in crm.counties.all()] == ["Buskerud", "Telemark", "Vestfold"]
        assert crm.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert crm.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert crm.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    # Reopening does not add the counties twice.
    with Crm.open(file_path) as crm:
        assert len(crm.counties.all()) == 3


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Dette er ikke en database\n", encoding="utf-8")
    with pytest.raises(errors.NotADatabaseError, match="ikke en btvcrm-datafil"):
        Crm.open(path)
    assert path.read_text(encoding="utf-8") == "Dette er ikke en database\n"


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(errors.NotADatabaseError, match="ikke en btvcrm-datafil"):
        Crm.open(path)
    assert path.read_bytes() == before


def test_a_file_from_a_newer_version_is_refused(file_path: Path) -> None:
    with Crm.open(file_path) as crm:
        crm.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('btvcrm', '9999_future', 'x')"
        )
    before = file_path.read_bytes()
    with pytest.raises(errors.NewerVersionError, match="nyere versjon"):
        Crm.open(file_path)
    assert file_path.read_bytes() == before


def test_truncated_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite"
    path.write_bytes(b"SQLite for")
    with pytest.raises(errors.CorruptDatabaseError):
        Crm.open(path)


def test_second_writer_gets_a_clear_message(file_path: Path) -> None:
    with Crm.open(file_path):
        with pytest.raises(errors.LockedError, match="allerede åpen"):
            Crm.open(file_path)
        # Reading while another writer has it open is fine.
        with Crm.open(file_path, readonly=True) as reader:
            assert len(reader.counties.all()) == 3
    with Crm.open(file_path):
        pass  # the lock is released on close


def test_read_only_open_refuses_writes(file_path: Path) -> None:
    Crm.open(file_path).close()
    with Crm.open(file_path, readonly=True) as crm, pytest.raises(errors.ReadOnlyError):
        crm.counties.add("Agder")


def test_read_only_folder_is_refused_for_writing_with_a_sentence(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "x.sqlite"
    Crm.open(path).close()
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user that ignores permissions (root)")
        with pytest.raises(errors.ReadOnlyError, match="skrivebeskyttet"):
            Crm.open(path)
    finally:
        os.chmod(folder, 0o755)


def test_failed_action_leaves_the_file_as_it_was(file_crm: Crm) -> None:
    from btvcrm.domain.errors import ValidationError
    from btvcrm.domain.models import Organisation

    file_crm.organisations.save(Organisation(name="Skien kommune", kind="municipality", orgnr="974 760 673"))
    with pytest.raises(ValidationError), file_crm.write():
        file_crm.organisations.save(Organisation(name="Halvveis AS"))
        file_crm.organisations.save(Organisation(name="Dobbel", orgnr="974760673"))
    names = [r["name"] for r in file_crm.organisations.query()]
    assert names == ["Skien kommune"]


def test_disk_full_during_save_gives_a_message_and_keeps_earlier_data(file_crm: Crm) -> None:
    from btvcrm.domain.models import Organisation

    file_crm.organisations.save(Organisation(name="Før full disk"))
    pages = file_crm.db.execute("PRAGMA page_count").fetchone()[0]
    file_crm.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(errors.DiskFullError, match="Disken er full"):
        file_crm.organisations.save(Organisation(name="X" * 200, notes="y" * 200_000))
    file_crm.db.execute("PRAGMA max_page_count = 1073741823")
    assert [r["name"] for r in file_crm.organisations.query()] == ["Før full disk"]
    file_crm.organisations.save(Organisation(name="Etter"))  # the app keeps running


def test_migration_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.storage import migrations as migration_module

    path = tmp_path / "old.sqlite"
    Crm.open(path).close()
    calls: list[str] = []

    def second_migration(db: object) -> None:
        calls.append("ran")

    monkeypatch.setattr(migration_module.migrations, "_migrations", list(migration_module.migrations._migrations))
    migration_module.migrations(name="0002_test_only")(second_migration)
    opened = open_database(path)
    opened.close()
    assert calls == ["ran"]
    backups = list((tmp_path / "backups").glob("old_*_migrering.sqlite"))
    assert len(backups) == 1


def test_an_empty_file_is_not_silently_made_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with pytest.raises(errors.CorruptDatabaseError, match="0 byte"):
        Crm.open(path)
    assert path.read_bytes() == b""
