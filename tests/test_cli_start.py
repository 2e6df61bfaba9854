"""What each command loads (how fast it starts is bench/cli_bench.py's job).

A command imports what it uses and nothing more: opening an up-to-date file
does not load sqlite-utils (only migrating does), `search` and `list` load no
report module, and `report meeting` loads the minutes renderer, not the county
report with its charts.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from btvcrm.cli import main
from btvcrm.storage.connection import Database
from btvcrm.storage.crm import Crm
from btvcrm.storage.migrations import known_migration_names, migrations
from btvcrm.storage.safe_output import APPLICATION_ID

HEAVY = ["PySide6", "sqlite_utils", "reportlab", "btvcrm.reports.charts", "btvcrm.reports.county_report",
         "btvcrm.reports.brief", "btvcrm.reports.eml", "btvcrm.exchange", "openpyxl", "icalendar",
         "xml.sax.saxutils",
         # what a command that only reads does not need: the record commands' module (its parsers
         # and readers), the backups service (only a write may migrate, and take a backup first),
         # the settings (the follow-up list names the user), the XML parser (the catalogue is read
         # context by context), the full dates module and the models' dataclasses
         "btvcrm.cli_records", "btvcrm.services.backups", "btvcrm.storage.backup", "btvcrm.settings",
         "xml.etree", "btvcrm.cli_dialogue"]


def loaded_by(*args: str) -> list[str]:
    code = (
        "import json, sys\n"
        "from btvcrm.cli import main\n"
        f"code = main({list(args)!r})\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps([code, [h for h in heavy if any(m == h or m.startswith(h + '.') for m in sys.modules)]]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    exit_code, heavy = json.loads(done.stdout.strip().splitlines()[-1])
    assert exit_code == 0, done.stdout
    return heavy  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return str(path)


def test_search_and_list_load_neither_sqlite_utils_nor_reports(demo_db: str) -> None:
    assert loaded_by("--db", demo_db, "search", "ferje") == []
    assert loaded_by("--db", demo_db, "list", "meetings") == []
    assert loaded_by("--db", demo_db, "list", "follow-ups", "--json") == ["btvcrm.settings"]


def test_each_command_loads_its_own_module(demo_db: str) -> None:
    assert "btvcrm.cli_records" in loaded_by("--db", demo_db, "show", "meeting", "1")
    assert "btvcrm.cli_dialogue" in loaded_by("--db", demo_db, "dialogue", "list")
    assert "btvcrm.services.backups" in loaded_by("--db", demo_db, "log", "Telefon med Kari")


def test_minutes_load_the_minutes_renderer_only(demo_db: str, tmp_path: Path) -> None:
    heavy = loaded_by("--db", demo_db, "report", "meeting", "1", "-o", str(tmp_path / "m.pdf"))
    assert heavy == ["reportlab", "btvcrm.settings"]  # the author, from Settings
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_importing_an_email_loads_neither_qt_nor_reportlab(demo_db: str, tmp_path: Path) -> None:
    """`import FILE.eml` (cli_inbound) reads the mail with the email package and writes with a
    backup first; the app, the reports and the other formats' readers stay unloaded."""
    db = tmp_path / "copy.sqlite"
    db.write_bytes(Path(demo_db).read_bytes())
    mail = tmp_path / "m.eml"
    mail.write_bytes((Path(__file__).parent / "exchange" / "samples" / "msg" / "charset.msgconvert.eml").read_bytes())
    heavy = loaded_by("--db", str(db), "import", str(mail))
    # the sniffing front (exchange.files), the backup before the write, the user's own addresses
    assert heavy == ["btvcrm.exchange", "btvcrm.services.backups", "btvcrm.storage.backup", "btvcrm.settings"]
    with Crm.open(db) as crm:  # the mail was read: its sender is a person now
        assert crm.db.execute("SELECT 1 FROM people WHERE name LIKE '%Bloggs%'").fetchone()


def _parsers(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], str]:
    """Every (sub)command's help text, by its words."""
    found = {prefix: parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.update(_parsers(sub, (*prefix, name)))
    return found


def test_a_command_is_parsed_by_its_own_parser_as_by_the_full_one() -> None:
    """`main` builds only the parser of the command it runs (`build_parser(only=…)`): the
    same arguments, help and errors for it as in the full parser."""
    from btvcrm import cli_records
    from btvcrm.cli import COMMANDS, RECORD_COMMANDS, build_parser
    from btvcrm.cli_argparse import norwegian

    assert tuple(cli_records.COMMANDS) == RECORD_COMMANDS
    with norwegian():
        full = _parsers(build_parser())
        names = {words[0] for words in full if words}
        assert names == set(COMMANDS) | set(RECORD_COMMANDS)
        for name in sorted(names):
            alone = _parsers(build_parser(only=name))
            assert set(alone) == {(), *(words for words in full if words[:1] == (name,))}, name
            for words, text in alone.items():
                if words:
                    assert text == full[words], words


def test_the_command_word_is_told_without_the_parser() -> None:
    from btvcrm.cli import command_word

    assert command_word(["search", "ferje"]) == "search"
    assert command_word(["--db", "list", "search", "list"]) == "search"  # a file named «list»
    assert command_word(["--db=x.sqlite", "add", "person"]) == "add"
    for unknown in ([], ["--help"], ["--db", "x"], ["-h", "search"], ["--check-pages"], ["serch", "x"],
                    ["--d", "x", "search"]):
        assert command_word(unknown) is None, unknown  # the full parser reads these


def test_a_typo_in_a_command_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["serch", "ferje"])
    assert done.value.code == 2
    error = capsys.readouterr().err
    assert "'search'" in error and "'add'" in error and "'dialogue'" in error


def test_a_file_that_needs_a_migration_still_gets_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    ours = next(name for name in known_migration_names() if name.startswith("0009"))
    migrations.apply(Database(conn), stop_before=ours)  # a file from before this version
    conn.close()
    assert "sqlite_utils" not in loaded_by("--db", str(path), "list", "meetings")  # read-only: as it is
    assert "sqlite_utils" in loaded_by("--db", str(path), "log", "Møte om ferje")
    with Crm.open(path) as crm:
        names = [r[0] for r in crm.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert names == known_migration_names()
        assert crm.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'follow_ups_live_due_sort'").fetchone()
        assert [h.title for h in crm.search.search("ferj")] == ["Møte om ferje"]


def test_the_connection_keeps_sqlite_utils_transactions(tmp_path: Path) -> None:
    with Crm.open(tmp_path / "t.sqlite") as crm:
        db = crm.db
        with db.atomic():
            db.execute("INSERT INTO counties (name, position, created_at) VALUES ('Agder', 9, 'x')")
            try:
                with db.atomic():  # a savepoint: rolled back alone
                    db.execute("INSERT INTO counties (name, position, created_at) VALUES ('Rogaland', 9, 'x')")
                    raise RuntimeError
            except RuntimeError:
                pass
        names = {r[0] for r in db.execute("SELECT name FROM counties")}
        assert "Agder" in names and "Rogaland" not in names
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO counties (name, position, created_at) VALUES ('Troms', 9, 'x')")
            raise RuntimeError
        assert not db.conn.in_transaction
        assert "Troms" not in {r[0] for r in db.execute("SELECT name FROM counties")}
        # Anything else is sqlite-utils' own API, loaded on first use.
        assert "counties" in db.table_names()
        assert db["counties"].count >= 4


def test_the_app_loads_its_qt_free_start_before_pyside() -> None:
    """app.QT_FREE_START is imported before PySide6 (its import hook reads every later module's
    source): each name must exist and none may pull in PySide6."""
    code = ("import sys\nfrom btvcrm.app import import_qt_free_start\nimport_qt_free_start()\n"
            "print('PySide6' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


# What the desktop app's first paint does without: each costs milliseconds of every start and is
# only needed when the user does something (a dialog, a log line, a new record, a recurring rule).
NOT_AT_FIRST_PAINT = ["logging.handlers", "uuid", "platform", "dateutil.rrule", "btvcrm.services.quick_log",
                      "sqlite_utils", "reportlab", "btvcrm.exchange", "btvcrm.ui.about_dialog"]
# PySide makes a class (and a Python enum per C++ enum in it, ~0.2 ms each) when its name is read
NO_DIALOG_CLASS_AT_FIRST_PAINT = ["QFileDialog", "QProgressDialog", "QCalendarWidget", "QDialogButtonBox"]


def test_the_app_paints_its_first_window_without_what_only_a_later_action_needs(
        demo_db: str, tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from btvcrm.app import main\n"
        f"code = main(Path({demo_db!r}), ['--exit-after-first-paint'])\n"
        "from PySide6 import QtWidgets\n"
        f"modules = [m for m in {NOT_AT_FIRST_PAINT!r} if any(n == m or n.startswith(m + '.') for n in sys.modules)]\n"
        f"classes = [c for c in {NO_DIALOG_CLASS_AT_FIRST_PAINT!r} if c in vars(QtWidgets)]\n"
        "print(json.dumps([code, modules, classes]))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "BTVCRM_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 0, done.stderr
    exit_code, modules, classes = json.loads(done.stdout.strip().splitlines()[-1])
    assert exit_code == 0
    assert modules == []
    assert classes == []
