"""safe_output: the open data file, its companions, other data files and FIFOs are refused; writes are private."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from btvcrm.storage.crm import Crm
from btvcrm.storage.safe_output import OutputRefusedError, write_output


def test_outputs_never_land_on_a_data_file(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    crm = Crm.open(db)
    link = tmp_path / "link"
    link.symlink_to(db)
    other = tmp_path / "b.sqlite"
    Crm.open(other).close()
    os.mkfifo(tmp_path / "fifo")
    for target in (db, link, Path(str(db) + "-wal"), other, tmp_path / "fifo"):
        with pytest.raises(OutputRefusedError):
            write_output(target, b"x")
    write_output(other, b"x", force=True)  # an explicit replace of another data file
    crm.close()
    assert not list(tmp_path.glob("*.part"))


def test_new_outputs_are_private(tmp_path: Path) -> None:
    written = write_output(tmp_path / "ok.txt", "hei")
    assert written.stat().st_mode & 0o777 == 0o600
    assert written.read_text(encoding="utf-8") == "hei"
