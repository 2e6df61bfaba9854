"""safe_output: the open data file, its companions, other data files and FIFOs are refused; writes are private."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.storage.crm import Crm
from btvcrm.storage.safe_output import OutputRefusedError, check_target, write_output


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


# Every road to a protected file (hypothesis) -----------------------------------------------


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """data/btvcrm.sqlite open (with its -wal, -shm, .lock), links of every kind to it and to its
    folder, another data file, a FIFO, a device, a folder."""
    root = tmp_path_factory.mktemp("veier")
    data = root / "data" / "btvcrm.sqlite"
    crm = Crm.open(data)
    from btvcrm.domain.models import Organisation

    crm.organisations.save(Organisation(name="Noe i journalen"))  # the -wal holds data
    (root / "data" / "sub").mkdir()
    (root / "links").mkdir()
    (root / "links" / "file_link").symlink_to(data)
    (root / "links" / "dir_link").symlink_to(root / "data")
    (root / "links" / "chain").symlink_to(root / "links" / "file_link")
    (root / "links" / "wal_link").symlink_to(Path(str(data) + "-wal"))
    os.link(data, root / "links" / "hard.sqlite")
    (root / "other").mkdir()
    other = root / "other" / "annen.sqlite"
    Crm.open(other).close()
    os.mkfifo(root / "fifo")
    device = root / "enhet"
    if os.geteuid() == 0:
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    yield {"root": root, "data": data, "other": other, "device": device}
    crm.close()


PROTECTED = [
    "data/btvcrm.sqlite", "data/btvcrm.sqlite-wal", "data/btvcrm.sqlite-shm", "data/btvcrm.sqlite.lock",
    "data/btvcrm.sqlite-journal", "data/BTVCRM.sqlite-WAL", "data/btvcrm.sqlite.LOCK",
    "links/file_link", "links/chain", "links/wal_link", "links/hard.sqlite", "links/dir_link/btvcrm.sqlite",
    "links/dir_link/btvcrm.sqlite-shm", "other/annen.sqlite", "other/annen.sqlite-wal", "fifo", "data", "data/sub",
    "links/dir_link", "/dev/null", "enhet",
]


def _spell(relative: str, style: str, root: Path, sub: str) -> str:
    if relative.startswith("/"):
        return relative
    parts = relative.split("/")
    if style == "absolute":
        return str(root / relative)
    if style == "dotted":
        return str(root) + "/" + "/".join(["."] + parts)
    if style == "detour":  # through a folder and back out again
        return str(root) + "/" + "/".join([parts[0], "sub", "..", *parts[1:]]) if parts[0] == "data" \
            else str(root / "data" / "sub" / ".." / ".." / relative)
    if style == "slashes":
        return str(root) + "//" + "//".join(parts)
    if style == "relative":  # from the working directory, which the test sets to `sub`
        return os.path.relpath(root / relative, root / sub)
    raise AssertionError(style)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(relative=st.sampled_from(PROTECTED), style=st.sampled_from(["absolute", "dotted", "detour", "slashes", "relative"]),
       sub=st.sampled_from([".", "data", "data/sub", "links", "other"]), force=st.booleans())
def test_no_road_leads_onto_a_protected_file(tree: dict[str, Path], relative: str, style: str, sub: str,
                                              force: bool) -> None:
    root = tree["root"]
    if relative == "enhet" and os.geteuid() != 0:
        return  # making a device needs root
    if relative.startswith("other/") and force and not relative.endswith("-wal"):
        return  # an explicit --force may replace another (closed) data file: tested below
    before = {p: p.read_bytes() for p in (tree["data"], tree["other"], Path(str(tree["data"]) + "-wal"))}
    with contextlib.chdir(root / sub):
        spelled = _spell(relative, style, root, sub)
        with pytest.raises(OutputRefusedError):
            write_output(spelled, b"ikke en database", force=force)
    assert {p: p.read_bytes() for p in before} == before
    assert stat.S_ISFIFO(os.stat(root / "fifo").st_mode)
    assert not list(root.rglob("*.part"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=40))
def test_any_other_name_is_written_privately(tree: dict[str, Path], name: str) -> None:
    folder = tree["root"] / "ut"
    folder.mkdir(exist_ok=True)
    target = folder / name
    if name in (".", "..") or target.exists():
        return
    try:
        check_target(target)
    except OutputRefusedError:
        assert name.lower().endswith(("-wal", "-shm", "-journal", ".lock"))
        return
    written = write_output(target, "innhold")
    assert written.read_text(encoding="utf-8") == "innhold"
    assert written.stat().st_mode & 0o777 == 0o600
    written.unlink()


def test_an_empty_file_with_a_journal_beside_it_counts_as_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "tom.sqlite"
    empty.write_bytes(b"")
    Path(str(empty) + "-wal").write_bytes(b"alt er her")
    with pytest.raises(OutputRefusedError, match="SQLite"):
        write_output(empty, b"x")


def test_force_never_replaces_a_file_another_btvcrm_holds(tmp_path: Path) -> None:
    held = tmp_path / "holdt.sqlite"
    with Crm.open(held):
        from btvcrm.storage import safe_output

        safe_output.unregister_data_file(held)  # as if another process had it open
        try:
            with pytest.raises(OutputRefusedError, match="annet btvcrm-vindu"):
                write_output(held, b"x", force=True)
        finally:
            safe_output.register_data_file(held)


def test_a_full_disk_is_one_sentence_and_the_old_file_stays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from btvcrm.domain.errors import UserError

    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"gammel")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError, match="disken er full"):
        write_output(target, b"ny")
    monkeypatch.undo()
    assert target.read_bytes() == b"gammel" and not list(tmp_path.glob("*.part"))
