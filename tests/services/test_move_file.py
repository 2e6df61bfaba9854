"""Moving the data file: a verified copy, the old file and its companions gone, refusals in Norwegian."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Meeting
from btvcrm.services import move_file
from btvcrm.services.move_file import OldFileKeptError, move_data_file
from btvcrm.storage.crm import Crm


@pytest.fixture
def src(tmp_path: Path) -> Path:
    path = tmp_path / "old" / "btvcrm.sqlite"
    with Crm.open(path) as crm:
        crm.meetings.save(Meeting(title="Dialogkonferanse", starts_at=dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO),
                                  private_notes="hemmelig"))
    return path


def test_move_copies_verifies_and_removes_the_old_file(src: Path, tmp_path: Path) -> None:
    Path(str(src) + "-wal").write_bytes(b"")  # companions left by an earlier run go too
    dest = tmp_path / "new" / "flyttet.sqlite"
    dest.parent.mkdir()
    assert move_data_file(src, dest) == dest
    assert not src.exists()
    for suffix in ("-wal", "-shm", ".lock"):
        assert not Path(str(src) + suffix).exists()
    assert not Path(str(dest) + ".part").exists()
    with Crm.open(dest) as moved:
        found = moved.meetings.get(1)
        assert found.title == "Dialogkonferanse"
        assert found.private_notes == "hemmelig"


def test_an_existing_destination_is_refused(src: Path, tmp_path: Path) -> None:
    dest = tmp_path / "exists.sqlite"
    dest.write_text("keep me", encoding="utf-8")
    with pytest.raises(UserError, match="finnes allerede"):
        move_data_file(src, dest)
    assert dest.read_text(encoding="utf-8") == "keep me"
    assert src.exists()


def test_the_same_place_is_refused(src: Path) -> None:
    with pytest.raises(UserError, match="allerede der"):
        move_data_file(src, src)


def test_a_missing_folder_is_refused(src: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="finnes ikke"):
        move_data_file(src, tmp_path / "nowhere" / "x.sqlite")
    assert src.exists()


def test_a_missing_source_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Finner ikke"):
        move_data_file(tmp_path / "none.sqlite", tmp_path / "x.sqlite")


def test_an_open_file_is_refused(src: Path, tmp_path: Path) -> None:
    dest = tmp_path / "x.sqlite"
    with Crm.open(src), pytest.raises(UserError):
        move_data_file(src, dest)
    assert src.exists()
    assert not dest.exists()


def test_a_copy_that_will_not_open_is_removed_and_the_old_file_kept(
    src: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "x.sqlite"
    real_open = Crm.open

    def failing_open(path, **kwargs):
        if Path(path) == dest:
            raise UserError("Datafilen er skadet.")
        return real_open(path, **kwargs)

    monkeypatch.setattr(move_file.Crm, "open", staticmethod(failing_open))
    with pytest.raises(UserError, match="ikke flyttet"):
        move_data_file(src, dest)
    assert src.exists()
    assert not dest.exists()


def test_old_file_that_cannot_be_removed_is_reported(
    src: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "x.sqlite"
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == src:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(OldFileKeptError) as caught:
        move_data_file(src, dest)
    assert caught.value.dest == dest
    assert dest.exists()


def test_a_copy_that_never_arrived_is_not_verified_as_a_new_empty_file(
        src: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Crm.open creates a missing file by default: the check of the copy must not, or a copy
    that was never written passes as an empty data file and the old file is deleted."""
    monkeypatch.setattr(move_file, "write_backup", lambda conn, dest: None)
    dest = tmp_path / "ny.sqlite"
    with pytest.raises(UserError):
        move_data_file(src, dest)
    assert not dest.exists()
    with Crm.open(src, create=False) as kept:
        assert kept.meetings.get(1).title == "Dialogkonferanse"
