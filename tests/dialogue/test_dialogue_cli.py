"""`btvcrm dialogue …` as a user runs it: the commands of issue 17, their output and
exit codes, and the data file afterwards."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from dialogue_helpers import REGISTRATION_CSV

from btvcrm.cli import main
from btvcrm.storage.crm import Crm


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "data.sqlite"
    with Crm.open(path) as crm:
        from btvcrm.domain.models import Initiative, Organisation

        owner = crm.organisations.save(Organisation(name="Telemark fylkeskommune"))
        crm.initiatives.save(Initiative(title="Digitalt styringsverktøy", owner_organisation_id=owner))
    return path


def test_the_whole_dialogue_on_the_command_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "Dialogkonferanse Telemark",
                         "--doffin", "2016-123456", "--date", "14.06.2016 10:00", "--place", "Skien fritidspark")
    assert (code, out, err) == (0, "1\n", "")
    code, out, err = run(capsys, db, "dialogue", "register", "1", "--org", "Grenland Digital AS", "--person", "Mari Dahl",
                         "--email", "mari@grenland.example", "--one-to-one")
    assert code == 0 and out == "1\n" and "Ny organisasjon opprettet: Grenland Digital AS" in err
    code, out, err = run(capsys, db, "dialogue", "import", "1", str(REGISTRATION_CSV))
    assert code == 1 and out == "" and err.startswith("btvcrm: Importen ble stoppet; ingenting er lagret.")
    assert "Linje 4" in err and "Traceback" not in err
    code, out, err = run(capsys, db, "dialogue", "import", "1", str(REGISTRATION_CSV), "--skip-invalid")
    assert code == 0 and "Påmeldinger: 2 lagt til, 0 endret, 0 uendret, 1 hoppet over." in out
    code, out, err = run(capsys, db, "dialogue", "register", "1", "--org", "Bø Programvare AS", "--person", "Øystein Nes",
                         "--one-to-one")
    assert code == 0
    code, out, err = run(capsys, db, "dialogue", "schedule", "1", "--start", "13:00", "--slot", "30", "--break", "5",
                         "--rooms", "2", "--seed", "7")
    assert code == 0 and "Timeplan for 2 én-til-én-møter à 30 minutter" in out and "frø 7" in out
    code, out, err = run(capsys, db, "dialogue", "question", "1", "--from", "Grenland Digital", "--text",
                         "Kan vi levere i skyen?", "--answer", "Ja, i EØS.")
    assert (code, out) == (0, "1\n")
    code, out, err = run(capsys, db, "dialogue", "note", "1", "--org", "Grenland Digital AS", "--text",
                         "Prisnivå: 2 MNOK")
    assert code == 0
    code, out, err = run(capsys, db, "dialogue", "check", "1")
    assert code == 1 and "Svaret til Grenland Digital AS (én-til-én-møte)" in out and "ikke delt" in out
    code, out, err = run(capsys, db, "dialogue", "question", "1", "--number", "1", "--shared", "doffin")
    assert code == 0
    code, out, err = run(capsys, db, "dialogue", "check", "1")
    assert code == 0 and out.startswith("Likebehandling er vist")
    summary, slots = tmp_path / "summary.pdf", tmp_path / "slots.pdf"
    assert run(capsys, db, "dialogue", "report", "1", "--public", "-o", str(summary))[:2] == (0, f"Skrev {summary}\n")
    assert run(capsys, db, "dialogue", "report", "1", "--schedule", "-o", str(slots))[0] == 0
    assert summary.read_bytes().startswith(b"%PDF") and slots.read_bytes().startswith(b"%PDF")
    code, out, err = run(capsys, db, "dialogue", "show", "1", "--json")
    view = json.loads(out)
    assert {"registrations", "slots", "questions", "sent"} <= set(view)
    assert [r["organisation"] for r in view["registrations"]][:1] == ["Grenland Digital AS"]
    assert {tuple(sorted(s)) for s in view["slots"]} >= {("id", "late", "minutes", "organisation", "registration_id",
                                                           "room", "starts_at", "status")}
    assert all(s["minutes"] == 30 and s["starts_at"].startswith("2016-06-14T13:00") for s in view["slots"])
    assert view["questions"][0]["shared_how"] == "doffin" and view["check"]["ok"]
    with Crm.open(db, readonly=True) as crm:
        assert len(crm.dialogues.registrations(1)) == 4
        assert crm.dialogues.notes(1)[0].confidential


def test_show_as_text_and_the_drafts(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "Dialog", "--date", "14.06.2016 10:00")
    run(capsys, db, "dialogue", "register", "1", "--org", "Alfa AS", "--person", "Anne Alfa", "--email", "a@alfa.example")
    run(capsys, db, "dialogue", "register", "1", "--org", "Beta AS", "--person", "Bo Beta")
    code, out, err = run(capsys, db, "dialogue", "drafts", "1", "invitation", "-o", str(tmp_path))
    assert code == 0 and "Skrev 1 e-postutkast (mottakere i Bcc) til 1 påmeldt:" in out
    assert "Uten e-postadresse (send på annen måte og logg det): Beta AS" in out
    code, out, err = run(capsys, db, "dialogue", "check", "1")
    assert code == 1 and "er sendt til 1 av 2 påmeldte; mangler: Beta AS" in out
    assert run(capsys, db, "dialogue", "sent", "1", "--material", "invitasjon", "--title",
               "Invitasjon: Dialog", "--to", "Beta AS", "--channel", "delt ut")[0] == 0
    assert run(capsys, db, "dialogue", "check", "1")[0] == 0
    code, out, err = run(capsys, db, "dialogue", "checkin", "1", "anne")
    assert out == "Anne Alfa (Alfa AS) er registrert som møtt.\n"
    code, out, err = run(capsys, db, "dialogue", "show", "1")
    assert "Påmeldinger (2):" in out and "[x]" in out and "Likebehandling:" in out


def test_user_errors_are_one_line_and_bad_arguments_exit_2(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "D", "--doffin", "16-1")
    assert code == 1 and err.startswith("btvcrm: Feltet «Doffin-kunngjøring»") and err.count("\n") == 1
    assert run(capsys, db, "dialogue", "show", "99")[0] == 1
    assert run(capsys, db, "dialogue", "register", "99", "--org", "X")[0] == 1
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(db), "dialogue", "schedule", "1", "--slot", "tretti"])
    assert raised.value.code == 2
    with pytest.raises(SystemExit):
        main(["--db", str(db), "dialogue", "report", "1", "-o", "x.pdf"])  # which document?
    capsys.readouterr()


def test_dialogue_commands_do_not_load_qt(db: Path) -> None:
    code = (
        "import sys; from btvcrm.cli import main; "
        f"main(['--db', {str(db)!r}, 'dialogue', 'list']); "
        "print('QT LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("NO QT")


def test_the_demo_is_the_telemark_conference_with_one_answer_not_yet_shared(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, db, "dialogue", "show", "1", "--json")
    view = json.loads(out)
    assert view["title"] == "Dialogkonferanse Telemark" and view["events"][0]["starts_at"].startswith("2016-06-14")
    assert len(view["registrations"]) == 15
    assert len(view["slots"]) == 8 and {s["minutes"] for s in view["slots"]} == {30}
    assert sum(s["late"] for s in view["slots"]) == 1 and view["schedule"]["seed"] == 140616
    assert len(view["questions"]) >= 3 and sum(1 for q in view["questions"] if not q["shared"]) == 1
    assert [f["kind"] for f in view["check"]["findings"]] == ["unshared_answer"]
    assert run(capsys, db, "dialogue", "check", "1")[0] == 1


# ------------------------------------------------------------------ the tester's findings (dialogue2)

HUGE = "99999999999999999999"  # beyond SQLite's 64-bit integers: was an OverflowError traceback


@pytest.mark.parametrize("args", [
    ["dialogue", "show", HUGE],
    ["dialogue", "slot", "1", "--cancel", HUGE],
    ["dialogue", "slot", "1", "--swap", "1", HUGE],
    ["dialogue", "question", "1", "--number", HUGE, "--answer", "Ja"],
    ["dialogue", "share", "1", HUGE],
    ["dialogue", "create", "--initiative", HUGE, "--title", "D"],
    ["dialogue", "create", "--initiative", "1", "--title", "D", "--meeting", HUGE],
    ["dialogue", "list", "--initiative", HUGE],
    ["dialogue", "show", "0"],
])
def test_ids_beyond_64_bits_are_one_norwegian_line(db: Path, capsys: pytest.CaptureFixture[str],
                                                   args: list[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    assert raised.value.code == 2 and "Traceback" not in err and "Overflow" not in err
    assert err.strip().splitlines()[-1].endswith("id-nummeret må være mellom 1 og 9223372036854775807")


def _dialogue_parsers() -> dict[str, argparse.ArgumentParser]:
    from btvcrm.cli import build_parser

    root = build_parser()
    dialogue = next(a for a in root._actions if isinstance(a, argparse._SubParsersAction)).choices["dialogue"]
    actions = next(a for a in dialogue._actions if isinstance(a, argparse._SubParsersAction))
    return dict(actions.choices)


def test_the_dialogue_help_is_norwegian_with_a_help_text_for_every_option() -> None:
    english = re.compile(r"\b(ANSWER|CHANNEL|COMMENT|DATE|EMAIL|PHONE|PLACE|TITLE|TEXT|ROLE|HOW|PART|MATERIAL|"
                         r"ROOMS|SEED|FILE|NAME|NUMBER|AT|ORG_?ID)\b")
    for name, parser in _dialogue_parsers().items():
        text = parser.format_help()
        assert not english.findall(text), (name, english.findall(text))
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, (name, action.option_strings or action.dest)
            if action.option_strings and action.nargs != 0:
                assert action.metavar is not None or action.choices, (name, action.option_strings)


def test_edit_moves_the_conference_and_create_takes_the_meetings_time(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from dialogue_helpers import at

    from btvcrm.domain.models import Meeting

    run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "D", "--date", "14.06.2016 10:00")
    code, out, err = run(capsys, db, "dialogue", "edit", "1", "--date", "15.06.2016 11:00", "--place", "Skien")
    assert code == 0 and "Konferansen er flyttet fra tirsdag 14. juni 2016 kl. 10.00 til onsdag 15. juni 2016 kl. 11.00" \
        in out
    with Crm.open(db) as crm:
        event = crm.dialogues.get(1).conference
        assert event is not None and (event.starts_at, event.place) == (at("2016-06-15T11:00"), "Skien")
        meeting = crm.meetings.save(Meeting(title="Runde", starts_at=at("2016-08-30T09:00"), participants=[]))
    code, out, err = run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "R", "--meeting",
                         str(meeting))
    assert code == 0
    with Crm.open(db, readonly=True) as crm:
        assert crm.dialogues.get(int(out)).conference.starts_at == at("2016-08-30T09:00")  # type: ignore[union-attr]
    code, out, err = run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "X", "--place", "Bø")
    assert code == 1 and "trenger en dato (--date)" in err


def test_importing_the_same_list_twice_says_nothing_changed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "D", "--date", "14.06.2016 10:00")
    run(capsys, db, "dialogue", "import", "1", str(REGISTRATION_CSV), "--skip-invalid")
    code, out, err = run(capsys, db, "dialogue", "import", "1", str(REGISTRATION_CSV), "--skip-invalid")
    assert code == 0 and out.startswith("Påmeldinger: 0 lagt til, 0 endret, 2 uendret, 1 hoppet over.")


def test_a_schedule_past_midnight_is_refused_on_the_command_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, db, "dialogue", "create", "--initiative", "1", "--title", "D", "--date", "14.06.2016 10:00")
    for org in ("Alfa AS", "Beta AS"):
        run(capsys, db, "dialogue", "register", "1", "--org", org, "--person", org[0], "--one-to-one")
    code, out, err = run(capsys, db, "dialogue", "schedule", "1", "--start", "23:30", "--slot", "30")
    assert code == 1 and err.startswith("btvcrm: Timeplanen går over midnatt") and err.count("\n") == 1
