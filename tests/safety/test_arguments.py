"""Arguments no one expected (issue 11): one clear line and exit 1 (argparse's own errors: 2),
never a traceback, and the data file as it was whenever the exit is not 0."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import ROOT, digest, one_line_error  # noqa: E402

from btvcrm.cli import COMMANDS, main  # noqa: E402
from btvcrm.cli_records import COMMANDS as RECORD_COMMANDS  # noqa: E402
from btvcrm.cli_records import KIND_WORDS  # noqa: E402
from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.models import Meeting, Organisation, Participant, Person  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402

HUGE = str(2**64)
HUGER = "99999999999999999999999"
EVERY_COMMAND = sorted({*COMMANDS, *RECORD_COMMANDS})


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse: a usage line and an error line, exit 2
            code = int(exit_.code or 0)
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text and "Exception ignored" not in text, text
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("args") / "btvcrm.sqlite"
    with Crm.open(path) as crm:
        org = crm.organisations.save(Organisation(name="Tønsberg kommune"))
        person = crm.people.save(Person(name="Kari Nordmann", organisation_id=org))
        crm.meetings.save(Meeting(title="Ferje", starts_at=dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO),
                                  participants=[Participant(person)]))
    return path


@pytest.mark.parametrize("argv", [
    ["report", "meeting", HUGE, "-o", "x.pdf"], ["report", "organisation", HUGE, "-o", "x.pdf"],
    ["privacy", "export", HUGE, "-o", "x.json"], ["privacy", "erase", HUGE, "--yes"],
    ["list", "people", "--limit", HUGE], ["search", "x", "--limit", HUGE], ["list", "people", "--limit", "-1"],
    ["report", "meeting", "0", "-o", "x.pdf"], ["report", "meeting", "-3", "-o", "x.pdf"],
    ["report", "meeting", "tre", "-o", "x.pdf"],
], ids=lambda argv: " ".join(argv)[:40])
def test_out_of_range_numbers_are_argparse_errors(argv: list[str], data: Path, tmp_path: Path) -> None:
    before = digest(data)
    with contextlib.chdir(tmp_path):
        code, _, err = run(["--db", str(data), *argv])
    assert code == 2 and "btvcrm" in err
    assert digest(data) == before and not list(tmp_path.iterdir())


H = "99999999999999999999"


@pytest.mark.parametrize("argv", [
    ["show", "person", H], ["edit", "person", H, "--name", "X"], ["delete", "person", H],
    ["undelete", "person", H], ["show", "meeting", HUGER, "--json"], ["edit", "meeting", "0", "--title", "X"],
], ids=lambda argv: " ".join(argv)[:40])
def test_huge_ids_in_the_record_commands_are_argparse_errors(argv: list[str], data: Path, tmp_path: Path) -> None:
    """The tester's OverflowError: an id past 64 bits reached SQLite."""
    before = digest(data)
    code, _, err = run(["--db", str(data), *argv])
    assert code == 2 and "id-nummeret må være mellom 1 og" in err
    assert digest(data) == before


@pytest.mark.parametrize("argv", [
    ["add", "meeting", "--title", "M", "--person", H], ["add", "meeting", "--title", "M", "--organisation", H],
    ["add", "meeting", "--title", "M", "--initiative", H], ["add", "meeting", "--title", "M", "--duration", H],
    ["edit", "meeting", "1", "--person", H], ["add", "follow-up", "--text", "T", "--meeting", H],
    ["add", "follow-up", "--text", "T", "--person", H], ["add", "follow-up", "--text", "T", "--responsible", H],
    ["add", "follow-up", "--text", "T", "--organisation", H], ["add", "lesson", "--title", "L", "--meeting", H],
    ["add", "organisation", "--name", "X", "--keep-in-touch-days", HUGER],
    ["add", "organisation", "--name", "X", "--parent", H], ["add", "person", "--name", "P", "--organisation", H],
    ["add", "initiative", "--title", "I", "--owner", H],
    ["add", "follow-up", "--text", "T", "--meeting", "²"], ["add", "follow-up", "--text", "T", "--initiative", "²"],
    ["privacy", "erase", "1", "--yes", "--rename-org", "²=Nytt navn"],
], ids=lambda argv: " ".join(argv)[:50])
def test_huge_links_and_numbers_are_one_line_and_write_nothing(argv: list[str], data: Path) -> None:
    before = digest(data)
    code, _, err = run(["--db", str(data), *argv])
    assert code == 1, err
    line = one_line_error(err)
    assert "Traceback" not in line
    assert digest(data) == before


def test_a_superscript_digit_is_a_name_not_an_id(data: Path, tmp_path: Path) -> None:
    """"²".isdigit() is true but int("²") fails: it is read as a name (a new person), as a word is."""
    copy = tmp_path / "data.sqlite"
    copy.write_bytes(data.read_bytes())
    code, out, err = run(["--db", str(copy), "add", "meeting", "--title", "M", "--person", "²"])
    assert code == 0, err
    with Crm.open(copy) as crm:
        assert crm.people.find_by_name("²") is not None


@pytest.mark.parametrize("command", [["log"], ["search"], ["list", "people", "--search"],
                                     ["report", "county"], ["log", "Møte", "--person"]])
def test_invalid_utf8_in_a_text_argument_is_one_line(command: list[str], data: Path, tmp_path: Path) -> None:
    text = b"Ferje med T\xf8nsberg".decode("utf-8", "surrogateescape")  # Latin-1 bytes as argv gives them
    before = digest(data)
    argv = ["--db", str(data), *command, text]
    if command[0] == "report":
        argv += ["-o", str(tmp_path / "r.pdf")]
    code, _, err = run(argv)
    assert code == 1
    line = one_line_error(err)
    assert "ikke gyldig UTF-8" in line and "T\ufffdnsberg" in line
    assert digest(data) == before


def test_invalid_utf8_from_a_real_command_line(data: Path) -> None:
    script = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from btvcrm.cli import main; sys.exit(main())"
    result = subprocess.run([sys.executable, "-c", script, "--db", str(data), "search", b"T\xf8nsberg"],
                            capture_output=True, timeout=60, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 1
    one_line_error(result.stderr.decode("utf-8"))


def test_deeply_nested_json_on_import(data: Path, tmp_path: Path) -> None:
    nested = tmp_path / "dyp.json"
    nested.write_text('{"format": "btvcrm-export", "tables": ' + "[" * 200_000 + "]" * 200_000 + "}",
                      encoding="utf-8")
    before = digest(data)
    code, _, err = run(["--db", str(data), "import", str(nested)])
    assert code == 1
    one_line_error(err)
    assert digest(data) == before
    fresh = tmp_path / "ny.sqlite"
    code, _, err = run(["--db", str(fresh), "import", str(nested)])
    assert code == 1 and not fresh.exists()
    one_line_error(err)


_FULL_DISK = """
import resource, signal, sys
sys.path.insert(0, {root!r})
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from btvcrm.cli import main
code = main(["--db", {db!r}, "export", "--format", "xlsx", "--what", "people", "-o", {out!r}])
import os, tempfile
print(sorted(os.listdir(tempfile.gettempdir())))  # before openpyxl's own clean-up at exit
sys.exit(code)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE as on Linux")
def test_an_xlsx_export_to_a_full_disk_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "mange.sqlite"
    with Crm.open(path) as crm, crm.write():
        for number in range(2500):
            crm.people.save(Person(name=f"Person {number} Etternavnsen", email=f"p{number}@example.no",
                                   notes="notat " * 20))
    out = tmp_path / "ut.xlsx"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK.format(root=str(ROOT), limit=60_000, db=str(path), out=str(out))],
        capture_output=True, text=True, timeout=120, env={**os.environ, "TMPDIR": str(temporary)})
    assert result.returncode == 1
    assert "regnearket" in one_line_error(result.stderr)
    assert not out.exists()
    assert result.stdout.strip() == "[]"  # openpyxl's temporary sheet (the rows in plain text) is gone at once


# Any argv over every command (hypothesis) -------------------------------------------------------
WORDS = ["--db", "-o", "--output", "--force", "--yes", "--json", "--limit", "--format", "--what", "--date",
         "--from", "--to", "--org", "--person", "--county", "--follow-up", "--kind", "--status", "--search",
         "--reason", "--erase-org", "--rename-org", "--keep-org", "--lang", "--as", "--on-duplicate",
         "--skip-invalid", "--vcard-version", "meeting", "county", "organisation", "export", "erase", "people",
         "meetings", "organisations", "follow-ups", "json", "ics", "vcf", "csv", "xlsx", "nb", "en", "Buskerud",
         "1", "0", "-1", HUGE, HUGER, "²", "1=Nytt navn", "i dag", "32.13.2016", "ut.fil", "ut.pdf", "ut.json", "data.sqlite",
         "", " ", "\x00", "ø", "\U0001f600", "a" * 300, "\udcff", "../ut.fil", "mappe/", "--", "-"]
# No "/" in made-up text: an absolute -o must never reach outside the throwaway folder.
argument = st.one_of(st.sampled_from(WORDS), st.text(st.characters(exclude_characters="/\\"), max_size=12))


# Argument lists that get past argparse often enough to reach the commands themselves.
TEMPLATES = {
    "log": [["{t}"], ["{t}", "--person", "{t}"], ["{t}", "--date", "{t}", "--follow-up", "{t}"]],
    "list": [["people", "--search", "{t}"], ["meetings", "--county", "{t}", "--limit", "{n}"]],
    "search": [["{t}"], ["{t}", "--json", "--limit", "{n}"]],
    "export": [["--format", "json", "-o", "{t}"], ["--format", "csv", "--what", "people", "-o", "{t}"]],
    "import": [["{t}"], ["data.sqlite"]],
    "report": [["meeting", "{n}", "-o", "{t}"], ["county", "{t}", "--from", "{t}", "-o", "ut.pdf"],
               ["organisation", "{n}", "-o", "{t}"]],
    "backup": [["-o", "{t}"], []],
    "restore": [["{t}"], ["data.sqlite"]],
    "privacy": [["export", "{n}", "-o", "{t}"], ["erase", "{n}", "--yes", "--reason", "{t}"],
                ["erase", "{n}", "--yes", "--rename-org", "{t}"], ["erase", "1", "--yes", "--rename-org", "{n}=X"]],
    # The record commands (cli_records), with every kind of link that takes an id.
    "show": [["{k}", "{n}"], ["{k}", "{n}", "--json"]],
    "delete": [["{k}", "{n}"]],
    "undelete": [["{k}", "{n}"]],
    "edit": [["{k}", "{n}", "--notes", "{t}"], ["meeting", "{n}", "--person", "{n}"],
             ["person", "1", "--organisation", "{n}"], ["organisation", "1", "--keep-in-touch-days", "{n}"]],
    "add": [["meeting", "--title", "{t}", "--person", "{n}"], ["meeting", "--title", "M", "--organisation", "{n}"],
            ["meeting", "--title", "M", "--duration", "{n}", "--initiative", "{n}"],
            ["follow-up", "--text", "{t}", "--meeting", "{n}"], ["follow-up", "--text", "T", "--responsible", "{n}"],
            ["follow-up", "--text", "T", "--person", "{n}", "--organisation", "{n}", "--initiative", "{n}"],
            ["organisation", "--name", "{t}", "--keep-in-touch-days", "{n}"],
            ["organisation", "--name", "X", "--parent", "{n}"], ["person", "--name", "{t}", "--organisation", "{n}"],
            ["lesson", "--title", "{t}", "--meeting", "{n}"], ["initiative", "--title", "{t}", "--owner", "{n}"]],
}
VALUES = ["ut.fil", "ut.pdf", "ut.json", "Buskerud", "i dag", "fredag kl 10", "Ferje", "Kari Nordmann",
          "Tønsberg kommune", "", " ", "ø", "\U0001f600", "\x00", "\udcff", "a" * 300, "32.13.2016", "1=Nytt navn",
          "data.sqlite", "../ut.fil", "mappe/", "Ring @ fredag", "=1+1"]
text_value = st.one_of(st.sampled_from(VALUES), st.text(st.characters(exclude_characters="/\\"), max_size=12)
                       .filter(lambda t: not t.startswith("-")))
number_value = st.one_of(st.sampled_from(["1", "2", "0", "-1", HUGE, HUGER, "-" + HUGE, "²", "١٢", "x"]),
                         st.integers(-5, 10**20).map(str), st.integers(2**63 - 2, 2**70).map(str))


@st.composite
def plausible(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(TEMPLATES)))
    template = draw(st.sampled_from(TEMPLATES[command]))
    def fill(part: str) -> str:
        if part == "{t}":
            return draw(text_value)
        if part == "{k}":
            return draw(st.sampled_from(KIND_WORDS))
        if "{n}" in part:
            return part.replace("{n}", draw(number_value))
        return part

    filled = [fill(part) for part in template]
    extra = draw(st.lists(argument, max_size=2)) if draw(st.booleans()) else []
    return [command, *filled, *extra]


@settings(max_examples=int(os.environ.get("BTVCRM_ARGV_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(argv=st.one_of(
    plausible(), plausible(), plausible(),
    st.tuples(st.sampled_from([c for c in EVERY_COMMAND if c != "demo"]), st.lists(argument, max_size=6))
    .map(lambda pair: [pair[0], *pair[1]]),
))
def test_any_argv_exits_0_1_or_2_and_a_failure_changes_nothing(
        data: Path, tmp_path_factory: pytest.TempPathFactory, argv: list[str]) -> None:
    command, rest = argv[0], argv[1:]
    work = tmp_path_factory.mktemp("argv")
    copy = work / "data.sqlite"
    copy.write_bytes(data.read_bytes())
    before = digest(copy)
    with contextlib.chdir(work):  # any relative -o lands in this throwaway folder
        code, _, err = run([command, *rest, "--db", str(copy)])
    assert code in (0, 1, 2), (code, err)
    if code == 1:
        one_line_error(err)
    if code != 0:
        assert digest(copy) == before, (command, rest, err)
