"""100 different damages to a copy of a data file: whatever SQLite can see is
reported by `btvcrm check` (exit 1, readable text) or on open (a StorageError
sentence); nothing crashes, and the original file is never touched."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import random
import re
import sqlite3
from pathlib import Path

import pytest

from btvcrm.cli import main
from btvcrm.demo import fill_demo
from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.storage import errors
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm
from btvcrm.storage.database import APPLICATION_ID

DAMAGES = 100


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage(data: bytearray, rng: random.Random) -> str:
    """Flip a few bits, or scramble a block; returns a description for failure messages."""
    kind = rng.random()
    if kind < 0.6:
        spots = [rng.randrange(len(data)) for _ in range(rng.randint(1, 4))]
        for spot in spots:
            data[spot] ^= 1 << rng.randrange(8)
        return f"bits flipped at {spots}"
    if kind < 0.75:  # the first page: header, schema
        spot = rng.randrange(16, 4096)
        data[spot] ^= rng.randrange(1, 256)
        return f"byte changed on page 1 at {spot}"
    start = rng.randrange(len(data))
    length = rng.randint(16, 4096)
    data[start : start + length] = rng.randbytes(min(length, len(data) - start))
    return f"{length} bytes scrambled from {start}"


def _sqlite_sees_damage(path: Path) -> bool:
    """The oracle: does plain SQLite notice anything (on a scratch copy)?"""
    scratch = path.with_name(path.name + ".oracle")
    scratch.write_bytes(path.read_bytes())
    try:
        conn = sqlite3.connect(scratch, isolation_level=None)
        conn.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return True
            if [r[0] for r in conn.execute("PRAGMA integrity_check")] != ["ok"]:
                return True
            conn.execute("PRAGMA foreign_keys = ON")
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                return True
            conn.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
            conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
            return False
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):  # a damaged schema can garble the error message
        return True
    finally:
        for leftover in scratch.parent.glob(scratch.name + "*"):
            leftover.unlink()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pristine") / "btvcrm.sqlite"
    clock.freeze(dt.datetime(2016, 6, 14, 9, 0, tzinfo=clock.OSLO))  # the same file every run
    try:
        with Crm.open(path) as crm:
            fill_demo(crm)
    finally:
        clock.freeze(None)
    return path


def test_random_damage_is_reported_never_a_crash(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = _digest(pristine)
    rng = random.Random(1964)
    seen = reported_on_open = reported_by_check = invisible = 0
    for n in range(DAMAGES):
        data = bytearray(pristine.read_bytes())
        what = _damage(data, rng)
        copy = tmp_path / f"damaged{n}.sqlite"
        copy.write_bytes(bytes(data))
        visible = _sqlite_sees_damage(copy)
        seen += visible

        on_open: str | None = None
        try:
            with Crm.open(copy, readonly=True) as crm:
                report = check(crm)
        except UserError as error:
            assert isinstance(error, errors.StorageError), (what, error)
            on_open = str(error)
            assert on_open.endswith((".", ")")) and "Traceback" not in on_open, (what, on_open)
        # The command line says the same, with an exit code and no traceback.
        code = main(["check", "--db", str(copy)])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, what
        assert code in (0, 1), what
        if on_open is not None:
            reported_on_open += 1
            assert code == 1 and err.startswith("btvcrm: "), (what, err)
        elif not report.ok:
            reported_by_check += 1
            assert code == 1 and re.search(r"\d+ problem(?:er)? funnet\.", out), (what, out)
        else:
            invisible += 1
            # Only damage that SQLite itself cannot see may pass unreported.
            assert not visible, f"{what}: SQLite sees damage that btvcrm did not report"
        if visible:
            assert code == 1, f"{what}: check said all was well"
        for leftover in tmp_path.glob(f"damaged{n}.sqlite*"):
            leftover.unlink()
    assert _digest(pristine) == original
    # About a third of random damages are visible to SQLite (the rest hit free space or
    # change a value into another valid one); too few would mean the test tests nothing.
    assert seen >= DAMAGES // 7, (seen, reported_on_open, reported_by_check, invisible)


def test_opening_and_checking_leave_a_damaged_file_as_it_was(pristine: Path, tmp_path: Path) -> None:
    rng = random.Random(5)
    for n in range(10):
        data = bytearray(pristine.read_bytes())
        start = rng.randrange(4096, len(data) - 4096)
        data[start : start + 2048] = rng.randbytes(2048)
        copy = tmp_path / f"d{n}.sqlite"
        copy.write_bytes(bytes(data))
        before = _digest(copy)
        main(["check", "--db", str(copy)])
        with contextlib.suppress(UserError):
            Crm.open(copy).close()
        assert _digest(copy) == before
