"""Outputs never destroy data (issue 11): every writing command, with `-o` pointing at the open
data file (also through a symlink and a hard link), its -wal, another btvcrm data file and a
FIFO, exits 1 with one Norwegian line and leaves both files byte-identical; with `--force`
onto another data file it replaces it."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import digest, one_line_error  # noqa: E402

from btvcrm.cli import main  # noqa: E402
from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.models import Meeting, Organisation, Participant, Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

WRITERS: dict[str, list[str]] = {
    "export-json": ["export", "--format", "json"],
    "export-ics": ["export", "--format", "ics"],
    "export-vcf": ["export", "--format", "vcf"],
    "export-csv": ["export", "--format", "csv", "--what", "people"],
    "export-xlsx": ["export", "--format", "xlsx", "--what", "organisations"],
    "report-meeting": ["report", "meeting", "{meeting}"],
    "report-county": ["report", "county", "Buskerud"],
    "report-organisation": ["report", "organisation", "{organisation}"],
    "privacy-json": ["privacy", "export", "{person}"],
    "privacy-pdf": ["privacy", "export", "{person}"],
    "backup": ["backup"],
}
PDF_SUFFIX = {"privacy-pdf": ".pdf"}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("mal") / "btvcrm.sqlite"
    with Crm.open(path) as crm:
        buskerud = crm.counties.by_name("Buskerud").id
        org = crm.organisations.save(Organisation(name="Vestre Viken HF", county_ids=[buskerud] if buskerud else []))
        person = crm.people.save(Person(name="Kari Nordmann", email="kari@example.no", organisation_id=org))
        meeting = crm.meetings.save(Meeting(
            title="Avklaringsmøte", starts_at=dt.datetime.now(clock.OSLO).replace(microsecond=0),
            participants=[Participant(person)], organisation_ids=[org],
            county_ids=[buskerud] if buskerud else []))
    return path, {"meeting": meeting, "organisation": org, "person": person}


@pytest.fixture
def files(template: tuple[Path, dict[str, int]], tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    source, ids = template
    data = tmp_path / "data" / "btvcrm.sqlite"
    data.parent.mkdir()
    data.write_bytes(source.read_bytes())
    other = tmp_path / "annen" / "annen.sqlite"
    other.parent.mkdir()
    Crm.open(other).close()
    return data, other, ids


def _argv(name: str, ids: dict[str, int], data: Path, output: Path, *extra: str) -> list[str]:
    return ["--db", str(data), *(a.format(**ids) for a in WRITERS[name]), "-o", str(output), *extra]


def _targets(data: Path, other: Path) -> dict[str, Callable[[], Path]]:
    def symlink() -> Path:
        link = data.parent.parent / "lenke.sqlite"
        link.symlink_to(data)
        return link

    def hard_link() -> Path:
        link = data.parent.parent / "hardlenke.sqlite"
        os.link(data, link)
        return link

    def fifo() -> Path:
        pipe = data.parent.parent / "rør"
        os.mkfifo(pipe)
        return pipe

    return {
        "the open data file": lambda: data,
        "a symlink to it": symlink,
        "a hard link to it": hard_link,
        "its -wal": lambda: Path(str(data) + "-wal"),
        "its .lock": lambda: Path(str(data) + ".lock"),
        "another data file": lambda: other,
        "a FIFO": fifo,
        "a folder": lambda: data.parent,
    }


TARGETS = ["the open data file", "a symlink to it", "a hard link to it", "its -wal", "its .lock",
           "another data file", "a FIFO", "a folder"]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, symlinks and hard links as on POSIX")
@pytest.mark.parametrize("target_kind", TARGETS)
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_no_writer_destroys_a_data_file(writer: str, target_kind: str, files: tuple[Path, Path, dict[str, int]],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data, other, ids = files
    target = _targets(data, other)[target_kind]()
    before = {p: digest(p) for p in (data, other)}
    code = main(_argv(writer, ids, data, target))
    line = one_line_error(capsys.readouterr().err)
    assert code == 1
    assert any(word in line for word in ("datafil", "SQLite", "vanlig fil", "mappe", "hører til")), line
    assert {p: digest(p) for p in (data, other)} == before
    if target_kind == "a FIFO":
        assert stat.S_ISFIFO(os.stat(target).st_mode)
    if target_kind == "a symlink to it":
        assert target.is_symlink()
    for folder in (data.parent, other.parent, data.parent.parent):
        assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_force_replaces_another_data_file_but_never_the_open_one(
        writer: str, files: tuple[Path, Path, dict[str, int]], capsys: pytest.CaptureFixture[str]) -> None:
    data, other, ids = files
    before = digest(data)
    assert main(_argv(writer, ids, data, data, "--force")) == 1
    one_line_error(capsys.readouterr().err)
    assert digest(data) == before
    old_other = digest(other)
    assert main(_argv(writer, ids, data, other, "--force")) == 0, capsys.readouterr().err
    assert digest(other) != old_other and other.stat().st_size > 0
    assert digest(data) == before


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_every_writer_writes_a_new_file(writer: str, files: tuple[Path, Path, dict[str, int]],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data, _, ids = files
    out = data.parent.parent / f"ut{PDF_SUFFIX.get(writer, '.fil')}"
    assert main(_argv(writer, ids, data, out)) == 0, capsys.readouterr().err
    assert out.is_file() and out.stat().st_size > 0
