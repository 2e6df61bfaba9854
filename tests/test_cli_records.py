"""`btvcrm add|edit|delete|undelete|show KIND`, `log --quick` and Norwegian help,
driven as a user would, checking the SQLite file afterwards."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from btvcrm import settings
from btvcrm.cli import main
from btvcrm.cli_records import KIND_WORDS
from btvcrm.domain import clock
from btvcrm.storage.crm import Crm

ISSUE_EXAMPLE = (
    "Ferjemøte med Tønsberg kommune @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune\n"
    "- Sende referat til Kari @ fredag\n"
    "- Avklare budsjett @ 1.7 + Per Hansen\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    clock.freeze(dt.datetime(2016, 6, 14, 9, 0, tzinfo=clock.OSLO))  # a Tuesday
    path = tmp_path / "data.sqlite"
    assert main(["--db", str(path), "init"]) == 0  # only creating commands make a file (issue 11)
    return path


def add(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> int:
    code, out, err = run(capsys, "--db", str(db), "add", *args)
    assert code == 0, err
    return int(out.strip())


def rows(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def county_names(db: Path, link_table: str, key: str, item_id: int) -> set[str]:
    return {r[0] for r in rows(db, f"SELECT c.name FROM {link_table} x JOIN counties c ON c.id = x.county_id "
                                    f"WHERE x.{key} = ?", (item_id,))}


# Each kind ------------------------------------------------------------------

def test_add_edit_organisation(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    org_id = add(capsys, db, "organisation", "--name", "Tønsberg kommune", "--kind", "kommune",
                 "--orgnr", "939 634 142", "--county", "Vestfold", "--website", "tonsberg.kommune.no",
                 "--tag", "ferje", "--is-key", "ja", "--keep-in-touch-days", "30")
    assert rows(db, "SELECT name, kind, orgnr, website, is_key, keep_in_touch_days FROM organisations WHERE id = ?",
                (org_id,)) == [("Tønsberg kommune", "municipality", "939634142", "https://tonsberg.kommune.no", 1, 30)]
    assert county_names(db, "organisation_counties", "organisation_id", org_id) == {"Vestfold"}
    child = add(capsys, db, "organisation", "--name", "Havnevesenet", "--parent", "Tønsberg kommune")
    assert rows(db, "SELECT parent_id FROM organisations WHERE id = ?", (child,)) == [(org_id,)]

    code, out, err = run(capsys, "--db", str(db), "edit", "organisation", str(org_id), "--county", "Vestfold",
                         "--county", "Telemark", "--orgnr", "", "--notes", "Ny ferje i 2020")
    assert code == 0, err
    assert "Lagret organisasjon «Tønsberg kommune»" in out
    assert rows(db, "SELECT orgnr, notes FROM organisations WHERE id = ?", (org_id,)) == [(None, "Ny ferje i 2020")]
    assert county_names(db, "organisation_counties", "organisation_id", org_id) == {"Vestfold", "Telemark"}


def test_add_edit_person(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person_id = add(capsys, db, "person", "--name", "Kari Vik", "--organisation", "Tønsberg kommune",
                    "--email", "kari.vik@example.no", "--phone", "912 34 567", "--title", "innkjøpssjef")
    err = capsys.readouterr().err
    assert rows(db, "SELECT name, email, phone FROM people WHERE id = ?", (person_id,)) == [
        ("Kari Vik", "kari.vik@example.no", "+4791234567")
    ]
    assert rows(db, "SELECT o.name, r.title FROM person_roles r JOIN organisations o ON o.id = r.organisation_id "
                    "WHERE r.person_id = ? AND r.end_date IS NULL", (person_id,)) == [("Tønsberg kommune", "innkjøpssjef")]
    del err
    code, _out, err = run(capsys, "--db", str(db), "edit", "person", str(person_id), "--title", "rådgiver",
                          "--county", "Vestfold", "--legal-basis", "samtykke")
    assert code == 0, err
    assert rows(db, "SELECT title FROM person_roles WHERE person_id = ? AND end_date IS NULL", (person_id,)) == [
        ("rådgiver",)
    ]
    assert rows(db, "SELECT legal_basis FROM people WHERE id = ?", (person_id,)) == [("consent",)]
    assert county_names(db, "person_counties", "person_id", person_id) == {"Vestfold"}


def test_add_edit_meeting(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, db, "organisation", "--name", "Tønsberg kommune", "--county", "Vestfold")
    add(capsys, db, "initiative", "--title", "Førerløs ferje")
    code, out, err = run(capsys, "--db", str(db), "add", "meeting", "--title", "Ferjemøte", "--date",
                         "14.06.2016 kl 10", "--organisation", "Tønsberg kommune", "--person", "Kari Vik",
                         "--person", "Per Hansen", "--initiative", "Førerløs ferje", "--agenda", "Status",
                         "--agenda", "Budsjett", "--decision", "Vi går videre", "--kind", "video")
    assert code == 0, err
    assert "Ny person opprettet: Kari Vik" in err and "Ny person opprettet: Per Hansen" in err
    meeting_id = int(out)
    assert rows(db, "SELECT title, starts_at, kind FROM meetings WHERE id = ?", (meeting_id,)) == [
        ("Ferjemøte", "2016-06-14T10:00:00+02:00", "video")
    ]
    assert county_names(db, "meeting_counties", "meeting_id", meeting_id) == {"Vestfold"}  # from the organisation
    assert rows(db, "SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position", (meeting_id,)) == [
        ("Status",), ("Budsjett",)
    ]
    assert rows(db, "SELECT count(*) FROM meeting_participants WHERE meeting_id = ?", (meeting_id,)) == [(2,)]
    assert rows(db, "SELECT count(*) FROM meeting_initiatives WHERE meeting_id = ?", (meeting_id,)) == [(1,)]

    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--place", "Rådhuset",
                          "--minutes-status", "godkjent", "--date", "15.06.2016 kl 9")
    assert code == 0, err
    assert rows(db, "SELECT place, minutes_status, starts_at FROM meetings WHERE id = ?", (meeting_id,)) == [
        ("Rådhuset", "approved", "2016-06-15T09:00:00+02:00")
    ]
    assert rows(db, "SELECT count(*) FROM meeting_participants WHERE meeting_id = ?", (meeting_id,)) == [(2,)]
    # What the edit did not name stays as it was.
    assert rows(db, "SELECT count(*) FROM meeting_initiatives WHERE meeting_id = ?", (meeting_id,)) == [(1,)]
    assert rows(db, "SELECT count(*) FROM meeting_organisations WHERE meeting_id = ?", (meeting_id,)) == [(1,)]
    assert rows(db, "SELECT count(*) FROM agenda_items WHERE meeting_id = ?", (meeting_id,)) == [(2,)]
    assert rows(db, "SELECT kind FROM meetings WHERE id = ?", (meeting_id,)) == [("video",)]
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--person", "1",
                          "--organisation", "")
    assert code == 0, err
    assert rows(db, "SELECT person_id FROM meeting_participants WHERE meeting_id = ?", (meeting_id,)) == [(1,)]
    assert rows(db, "SELECT count(*) FROM meeting_organisations WHERE meeting_id = ?", (meeting_id,)) == [(0,)]


def test_add_edit_follow_up(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    person_id = add(capsys, db, "person", "--name", "Kari Vik")
    item_id = add(capsys, db, "follow-up", "--text", "Sende referat", "--due", "fredag", "--responsible", "Kari Vik",
                  "--county", "Vestfold", "--organisation", "Tønsberg kommune")
    assert rows(db, "SELECT text, due_date, responsible_person_id, status FROM follow_ups WHERE id = ?",
                (item_id,)) == [("Sende referat", "2016-06-17", person_id, "open")]
    code, _out, err = run(capsys, "--db", str(db), "edit", "follow-up", str(item_id), "--responsible", "meg",
                          "--status", "utført", "--due", "")
    assert code == 0, err
    assert rows(db, "SELECT due_date, responsible_person_id, status, status_changed_on FROM follow_ups "
                    "WHERE id = ?", (item_id,)) == [(None, None, "done", "2016-06-14")]


def test_add_edit_initiative(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    item_id = add(capsys, db, "initiative", "--title", "Digitalt styringsverktøy", "--phase", "markedsdialog",
                  "--owner", "Telemark fylkeskommune", "--county", "Telemark", "--value", "2,5 mill",
                  "--doffin", "2016-123456", "--key-date", "Dialogkonferanse @ 14.06.2016")
    assert rows(db, "SELECT title, phase, estimated_value_nok, doffin_id FROM initiatives WHERE id = ?",
                (item_id,)) == [("Digitalt styringsverktøy", "market_dialogue", 2_500_000, "2016-123456")]
    assert rows(db, "SELECT label, date FROM initiative_dates WHERE initiative_id = ?", (item_id,)) == [
        ("Dialogkonferanse", "2016-06-14")
    ]
    assert rows(db, "SELECT o.name FROM initiatives i JOIN organisations o ON o.id = i.owner_organisation_id") == [
        ("Telemark fylkeskommune",)
    ]
    code, _out, err = run(capsys, "--db", str(db), "edit", "initiative", str(item_id), "--phase", "konkurranse",
                          "--estimated-value-nok", "")
    assert code == 0, err
    assert rows(db, "SELECT phase, estimated_value_nok FROM initiatives") == [("competition", None)]


def test_add_edit_lesson(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, db, "initiative", "--title", "Velferdsteknologi")
    lesson_id = add(capsys, db, "lesson", "--title", "Dialog før konkurranse", "--text", "Lønner seg",
                    "--learned-in", "Telemark", "--county", "Buskerud", "--county", "Vestfold",
                    "--initiative", "Velferdsteknologi")
    assert rows(db, "SELECT l.title, l.learned_on, c.name FROM lessons l JOIN counties c "
                    "ON c.id = l.learned_in_county_id") == [("Dialog før konkurranse", "2016-06-14", "Telemark")]
    assert county_names(db, "lesson_counties", "lesson_id", lesson_id) == {"Buskerud", "Vestfold"}
    assert rows(db, "SELECT count(*) FROM lesson_initiatives") == [(1,)]
    code, _out, err = run(capsys, "--db", str(db), "edit", "lesson", str(lesson_id), "--date", "1.6.2016",
                          "--county", "")
    assert code == 0, err
    assert rows(db, "SELECT learned_on FROM lessons") == [("2016-06-01",)]
    assert county_names(db, "lesson_counties", "lesson_id", lesson_id) == set()


@pytest.mark.parametrize("kind", KIND_WORDS)
def test_delete_undelete_and_show_every_kind(db: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    field = {"organisation": "--name", "person": "--name", "follow-up": "--text"}.get(kind, "--title")
    item_id = add(capsys, db, kind, field, "Ålesund-saken")
    table = {"organisation": "organisations", "person": "people", "meeting": "meetings",
             "follow-up": "follow_ups", "initiative": "initiatives", "lesson": "lessons"}[kind]

    code, out, err = run(capsys, "--db", str(db), "show", kind, str(item_id))
    assert code == 0, err
    assert "Ålesund-saken" in out and "papirkurven" not in out
    code, out, err = run(capsys, "--db", str(db), "show", kind, str(item_id), "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["id"] == item_id and shown["deleted_at"] is None
    exported = set(rows(db, f"SELECT * FROM {table} LIMIT 0") or [()]) and {
        r[1] for r in rows(db, f"PRAGMA table_info({table})")}
    # Every field that is also a column carries the column's (the JSON export's) name.
    assert {"id", "created_at", "updated_at"} <= set(shown) and set(shown) & exported >= {"id", "created_at"}

    code, out, err = run(capsys, "--db", str(db), "delete", kind, str(item_id))
    assert code == 0, err
    assert "papirkurven" in out and f"btvcrm undelete {kind} {item_id}" in out
    assert rows(db, f"SELECT deleted_at IS NOT NULL FROM {table} WHERE id = ?", (item_id,)) == [(1,)]
    code, out, _ = run(capsys, "--db", str(db), "show", kind, str(item_id))
    assert "I papirkurven" in out
    code, _out, err = run(capsys, "--db", str(db), "delete", kind, str(item_id))
    assert code == 1 and "allerede i papirkurven" in err
    code, _out, err = run(capsys, "--db", str(db), "edit", kind, str(item_id), field, "Nytt")
    assert code == 1 and "undelete" in err

    code, out, err = run(capsys, "--db", str(db), "undelete", kind, str(item_id))
    assert code == 0, err
    assert "Gjenopprettet" in out and "tilbake" not in out
    assert rows(db, f"SELECT deleted_at FROM {table} WHERE id = ?", (item_id,)) == [(None,)]


def test_show_json_uses_export_field_names(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    item_id = add(capsys, db, "initiative", "--title", "Ferje", "--doffin-id", "2016-123456", "--value", "8 mrd")
    code, out, _ = run(capsys, "--db", str(db), "show", "initiative", str(item_id), "--json")
    shown = json.loads(out)
    export = tmp_path / "export.json"
    assert run(capsys, "--db", str(db), "export", "-o", str(export))[0] == 0
    exported = json.loads(export.read_text(encoding="utf-8"))["tables"]["initiatives"][0]
    for name, value in exported.items():
        assert shown[name] == value, name


def test_show_names_the_user_as_responsible(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    item_id = add(capsys, db, "follow-up", "--text", "Ring Kari")
    _code, out, _ = run(capsys, "--db", str(db), "show", "follow-up", str(item_id))
    assert re.search(r"Ansvarlig:\s+meg", out)
    _code, out, _ = run(capsys, "--db", str(db), "list", "follow-ups")
    assert "meg" in out
    settings.save(settings.Settings(user_name="Anne Olsen"))
    _code, out, _ = run(capsys, "--db", str(db), "show", "follow-up", str(item_id))
    assert re.search(r"Ansvarlig:\s+Anne Olsen", out)
    _code, out, _ = run(capsys, "--db", str(db), "list", "follow-ups")
    assert "Anne Olsen" in out and "meg" not in out
    _code, out, _ = run(capsys, "--db", str(db), "list", "follow-ups", "--json")
    assert json.loads(out)[0]["responsible"] == "Anne Olsen"


# Bad values: one Norwegian line, exit 1, nothing written ---------------------

@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["organisation", "--name", "X", "--orgnr", "974760674"], "kontrollsifferet stemmer ikke"),
        (["organisation", "--name", "X", "--county", "Agder"], "Fant ikke fylket «Agder»"),
        (["organisation", "--name", "X", "--kind", "bank"], "ikke en gyldig verdi"),
        (["organisation", "--name", "X", "--is-key", "kanskje"], "skriv ja eller nei"),
        (["person", "--name", "X", "--email", "kari@"], "ikke en gyldig e-postadresse"),
        (["person", "--name", "X", "--organisation", "Ny AS", "--phone", "12"], "ikke et gyldig telefonnummer"),
        (["meeting", "--title", "X", "--date", "31. februar"], "31. februar finnes ikke"),
        (["meeting", "--title", "X", "--person", "Ny Person", "--initiative", "Finnes ikke"], "Fant ikke initiativet"),
        (["follow-up", "--text", "X", "--due", "i morgn"], "Forstår ikke"),
        (["follow-up", "--text", "X", "--meeting", "99"], "finner ikke noe møte med id 99"),
        (["initiative", "--title", "X", "--phase", "planlegging"], "ikke en gyldig verdi"),
        (["initiative", "--title", "X", "--owner", "Ny eier AS", "--doffin", "16-1"], "ikke en Doffin-kunngjøring"),
        (["initiative", "--title", "X", "--value", "mange penger"], "Forstår ikke beløpet"),
        (["lesson", "--title", "X", "--learned-in", "Finnmark"], "Fant ikke fylket «Finnmark»"),
        (["lesson", "--title", "   "], "må fylles ut"),
    ],
)
def test_bad_values_write_nothing(db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                  message: str) -> None:
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with Crm.open(db, readonly=True) as crm:
        from btvcrm.exchange.jsonfile import export_data

        before = export_data(crm)["tables"]
    code, out, err = run(capsys, "--db", str(db), "add", *args)
    assert code == 1, (out, err)
    assert err.startswith("btvcrm: ") and message in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""
    with Crm.open(db, readonly=True) as crm:
        assert export_data(crm)["tables"] == before


def test_unknown_ids_and_empty_edits(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Crm.open(db).close()
    for args, message in (
        (["show", "person", "9"], "Fant ingen person med id 9"),
        (["delete", "meeting", "9"], "Fant ikke noe møte med id 9"),
        (["edit", "lesson", "9", "--title", "x"], "Fant ikke noe læringspunkt med id 9"),
        (["edit", "person", "1"], "Ingen felt å endre"),
    ):
        code, _out, err = run(capsys, "--db", str(db), *args)
        assert code == 1 and message in err, err
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db), "add", "organisation"])
    assert done.value.code == 2
    assert "disse argumentene mangler: --name" in capsys.readouterr().err


# log --quick ------------------------------------------------------------------

def test_log_quick_with_the_issue_example(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add(capsys, db, "organisation", "--name", "Tønsberg kommune", "--county", "Vestfold")
    add(capsys, db, "person", "--name", "Kari Vik", "--organisation", "Tønsberg kommune")
    code, out, err = run(capsys, "--db", str(db), "log", "--quick", ISSUE_EXAMPLE + "\nKari var positiv.\n")
    assert code == 0, err
    assert "Ny person opprettet: Per Hansen" in err
    meeting_id = int(out)
    with Crm.open(db, readonly=True) as crm:
        meeting = crm.meetings.get(meeting_id)
        assert meeting.title == "Ferjemøte med Tønsberg kommune"
        assert meeting.starts_at.isoformat() == "2016-06-14T10:00:00+02:00"
        assert meeting.notes == "Kari var positiv."
        assert {crm.people.get(p.person_id).name for p in meeting.participants} == {"Kari Vik", "Per Hansen"}
        assert [crm.counties.get(c).name for c in meeting.county_ids] == ["Vestfold"]
        per = crm.people.find_by_name("Per Hansen")
        assert per is not None
        follow_ups = [(f.text, f.due_date.isoformat() if f.due_date else None, f.responsible_person_id)
                      for f in crm.follow_ups.for_meeting(meeting_id)]
        assert follow_ups == [("Sende referat til Kari", "2016-06-17", None),
                              ("Avklare budsjett", "2016-07-01", per.id)]


def test_log_quick_reads_standard_input_and_previews(db: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    Crm.open(db).close()
    code, out, err = run(capsys, "--db", str(db), "log", "--quick", ISSUE_EXAMPLE, "--dry-run")
    assert code == 0, err
    assert "ny person: Per Hansen" in out and "fredag 17. juni 2016" in out
    assert rows(db, "SELECT count(*) FROM meetings") == [(0,)]
    monkeypatch.setattr("sys.stdin", io.StringIO("Telefon med Kari @ i går ! tlf\n"))
    code, out, err = run(capsys, "--db", str(db), "log", "--quick", "-")
    assert code == 0, err
    assert rows(db, "SELECT title, kind, substr(starts_at, 1, 10) FROM meetings") == [
        ("Telefon med Kari", "phone", "2016-06-13")
    ]


def test_log_quick_errors_are_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db), "log", "--quick", "Møte @ i morgn ! brevdue\n- Ring @ 32.13")
    assert code == 1 and out == ""
    assert err.startswith("btvcrm: ") and err.count("\n") == 1
    assert "i morgn" in err and "brevdue" in err and "32.13" in err
    code, _out, err = run(capsys, "--db", str(db), "log", "--quick", "Møte", "--org", "X")
    assert code == 1 and "--org" in err
    code, _out, err = run(capsys, "--db", str(db), "log")
    assert code == 1 and "--quick" in err
    assert rows(db, "SELECT count(*) FROM meetings") == [(0,)]


# Help in Norwegian --------------------------------------------------------------

ENGLISH = re.compile(r"usage:|positional arguments|optional arguments|^options:|show this help|"
                     r"show program|\berror\b|\bdefault\b", re.MULTILINE | re.IGNORECASE)


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def _commands() -> list[list[str]]:
    from btvcrm.cli import build_parser
    from btvcrm.cli_argparse import norwegian

    def walk(parser: object, prefix: list[str]) -> list[list[str]]:
        found = [prefix]
        for action in getattr(parser, "_actions", []):
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found += walk(sub, [*prefix, name])
        return found

    with norwegian():
        return walk(build_parser(), [])


def test_every_help_is_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    commands = _commands()
    assert ["add", "follow-up"] in commands and ["report", "county"] in commands and ["show"] in commands
    for command in commands:
        text = _help(capsys, *command)
        assert text.startswith("bruk: btvcrm"), command
        assert "valg:" in text, command
        assert not ENGLISH.search(text), (command, ENGLISH.search(text))


def test_add_help_lists_the_fields_in_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys, "add", "initiative")
    for flag in ("--title", "--phase", "--owner", "--county", "--estimated-value-nok", "--value", "--doffin-id",
                 "--doffin", "--key-date"):
        assert flag in text
    assert "behovsavklaring, markedsdialog" in text and "Eksempel" in text


def test_argparse_errors_are_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    for args, message in (
        (["list", "ting"], "ugyldig valg"),
        (["show", "person", "x"], "er ikke et gyldig id-nummer"),  # ids are _positive_id
        (["nokommando"], "ugyldig valg"),
        (["search"], "disse argumentene mangler"),
    ):
        with pytest.raises(SystemExit) as done:
            main(args)
        assert done.value.code == 2
        err = capsys.readouterr().err
        assert "btvcrm" in err and ": feil: " in err and message in err, err
        assert not ENGLISH.search(err.replace(": feil: ", "")), err


# Findings of the independent tester (daily2) ---------------------------------

def _attendance(db: Path, meeting_id: int) -> list[tuple[object, ...]]:
    return rows(db, "SELECT p.name, x.attendance FROM meeting_participants x JOIN people p ON p.id = x.person_id "
                    "WHERE x.meeting_id = ? ORDER BY x.position", (meeting_id,))


def test_edit_meeting_people_keeps_the_attendance_of_those_who_stay(db: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    kari = add(capsys, db, "person", "--name", "Kari Vik")
    per = add(capsys, db, "person", "--name", "Per Hansen")
    meeting_id = add(capsys, db, "meeting", "--title", "Styringsgruppe", "--date", "14.06.2016 kl 10",
                     "--person", "Kari Vik", "--absent", "Per Hansen")
    assert _attendance(db, meeting_id) == [("Kari Vik", "present"), ("Per Hansen", "absent")]
    code, out, _ = run(capsys, "--db", str(db), "show", "meeting", str(meeting_id))
    assert "Deltakere: Kari Vik, Per Hansen (forfall)" in " ".join(out.split())

    # The tester's case: a new list of people, by id, in a new order; Per still sent apologies.
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--person", str(per),
                          "--person", str(kari))
    assert code == 0, err
    assert _attendance(db, meeting_id) == [("Per Hansen", "absent"), ("Kari Vik", "present")]
    # By name, with a newcomer (present), and someone dropped.
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--person", "Per Hansen",
                          "--person", "Ola Nordmann")
    assert code == 0, err
    assert _attendance(db, meeting_id) == [("Per Hansen", "absent"), ("Ola Nordmann", "present")]
    # Other edits leave the people alone.
    assert run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--place", "Skien")[0] == 0
    assert _attendance(db, meeting_id) == [("Per Hansen", "absent"), ("Ola Nordmann", "present")]

    # The CLI can say it: --attendance PERSON=STATUS (Norwegian or code), --absent adds when missing.
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--attendance",
                          "Per Hansen=til stede", "--attendance", "Ola Nordmann=kopi til", "--absent", str(kari))
    assert code == 0, err
    assert _attendance(db, meeting_id) == [("Per Hansen", "present"), ("Ola Nordmann", "copy"),
                                           ("Kari Vik", "absent")]
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--attendance", "Per Hansen")
    assert code == 1 and err == "btvcrm: Feltet «oppmøte»: «Per Hansen»: skriv «PERSON=STATUS», " \
                                "f.eks. «Kari Vik=forfall»\n"
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--attendance",
                          "Per Hansen=kanskje")
    assert code == 1 and err.startswith("btvcrm: Feltet «oppmøte»: «kanskje» er ikke en gyldig verdi; velg en av: "
                                        "til stede, forfall, kopi til")
    assert _attendance(db, meeting_id)[0] == ("Per Hansen", "present")  # nothing written


def test_the_minutes_do_not_list_an_apologising_person_as_present(db: Path, capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    from btvcrm.reports.builders import build_minutes_doc
    from btvcrm.settings import Settings

    add(capsys, db, "person", "--name", "Kari Vik")
    per = add(capsys, db, "person", "--name", "Per Hansen")
    meeting_id = add(capsys, db, "meeting", "--title", "Styringsgruppe", "--person", "Kari Vik",
                     "--absent", "Per Hansen")
    assert run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--person", str(per),
               "--person", "Kari Vik")[0] == 0
    with Crm.open(db, readonly=True) as crm:
        doc = build_minutes_doc(crm, meeting_id, settings=Settings())
    assert [p.name for p in doc.participants] == ["Kari Vik"]
    assert [p.name for p in doc.absent] == ["Per Hansen"]


def test_field_names_in_sentences_are_norwegian(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args, sentence in (
        (["organisation", "--name", "X", "--is-key", "kanskje"], "Feltet «nøkkelkontakt»: «kanskje»: skriv ja eller nei"),
        (["person", "--name", "X", "--keep-in-touch-days", "-3"],
         "Feltet «hold kontakt (dager)»: må være et positivt antall dager"),
        (["initiative", "--title", "X", "--value", "mange"], "Feltet «anslått verdi»: "),
        (["initiative", "--title", "X", "--doffin", "16-1"], "Feltet «Doffin-kunngjøring»: «16-1» er ikke"),
        (["follow-up", "--text", "X", "--due", "snart"], "Feltet «frist»: Forstår ikke datoen «snart»."),
        (["follow-up", "--text", "X", "--meeting", "99"], "Feltet «møte»: finner ikke noe møte med id 99"),
        (["follow-up", "--text", "X", "--due", "fredag", "--rrule", "FREQ=SOMETIMES"],
         "Feltet «gjentakelse»: FREQ må være DAILY, WEEKLY, MONTHLY eller YEARLY, ikke «SOMETIMES»"),
        (["lesson", "--title", "X", "--date", "32.13"], "Feltet «dato»: "),
        (["meeting", "--title", "X", "--date", ""], "Feltet «tidspunkt»: skriv når"),
    ):
        code, _out, err = run(capsys, "--db", str(db), "add", *args)
        assert code == 1, args
        assert err.startswith(f"btvcrm: {sentence}"), err
        assert err.count("\n") == 1 and "_" not in err, err


def test_add_help_says_nytt_for_neuter_nouns(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(_help(capsys, "add").split())
    for line in ("organisation ny organisasjon", "person ny person", "meeting nytt møte",
                 "follow-up nytt oppfølgingspunkt", "initiative nytt initiativ", "lesson nytt læringspunkt"):
        assert line in text
    assert "ny møte" not in text and "ny oppfølgingspunkt" not in text
    assert "Legg til et møte" in _help(capsys, "add", "meeting")
    assert "Endre en person" in _help(capsys, "edit", "person")
    undelete = _help(capsys, "undelete")
    assert "Gjenopprett en post fra papirkurven" in undelete and "tilbake" not in undelete


def test_a_time_the_spring_night_skips_is_saved_as_the_real_time_and_said(
        db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import icalendar

    code, out, err = run(capsys, "--db", str(db), "add", "meeting", "--title", "M", "--date", "27.03.2016 02:30")
    assert code == 0, err
    assert err == "02.30 finnes ikke 27.03.2016 (klokka stilles fram til sommertid); lagret som 03.30.\n"
    meeting_id = int(out)
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (meeting_id,)) == [("2016-03-27T03:30:00+02:00",)]
    # list, show and the calendar file say the same time.
    code, out, _ = run(capsys, "--db", str(db), "list", "meetings")
    assert "27.03.2016 03.30" in out and "02.30" not in out
    code, out, _ = run(capsys, "--db", str(db), "show", "meeting", str(meeting_id))
    assert "søndag 27. mars 2016 kl. 03.30" in out
    ics = tmp_path / "m.ics"
    assert run(capsys, "--db", str(db), "export", "--format", "ics", "-o", str(ics))[0] == 0
    event = next(c for c in icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    start = event.decoded("DTSTART")
    assert start.astimezone(dt.UTC) == dt.datetime(2016, 3, 27, 1, 30, tzinfo=dt.UTC)
    assert start.astimezone(clock.OSLO).strftime("%H.%M") == "03.30"

    # An edit to the same gap says it too; a real time says nothing.
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--date", "27.03.2016 kl 2.15")
    assert code == 0 and "02.15 finnes ikke 27.03.2016" in err and "lagret som 03.15" in err
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (meeting_id,)) == [("2016-03-27T03:15:00+02:00",)]
    code, _out, err = run(capsys, "--db", str(db), "edit", "meeting", str(meeting_id), "--date", "27.03.2016 kl 4")
    assert code == 0 and err == ""

    # Quick log, typed and previewed.
    code, out, err = run(capsys, "--db", str(db), "log", "--quick", "Ferjemøte @ 27.03.2016 kl 02.30")
    assert code == 0 and "02.30 finnes ikke" in err
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (int(out),)) == [("2016-03-27T03:30:00+02:00",)]
    code, out, _ = run(capsys, "--db", str(db), "log", "--quick", "Ferjemøte @ 27.03.2016 kl 02.30", "--dry-run")
    assert "kl. 03.30" in out and "02.30 finnes ikke 27.03.2016" in out
    code, out, err = run(capsys, "--db", str(db), "log", "Telefon", "--date", "27.03.2016 02:45")
    assert code == 0 and "02.45 finnes ikke" in err
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (int(out),)) == [("2016-03-27T03:45:00+02:00",)]


def test_the_repeated_autumn_hour_keeps_its_offset(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from btvcrm.domain.models import Meeting

    # Typed: the first 02.30 (summer time), like most calendars; nothing to say.
    code, out, err = run(capsys, "--db", str(db), "add", "meeting", "--title", "Først", "--date", "30.10.2016 02:30")
    assert code == 0 and err == ""
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (int(out),)) == [("2016-10-30T02:30:00+02:00",)]
    # The second 02.30 (from a calendar) survives edits of other fields, on every path.
    with Crm.open(db) as crm:
        second = crm.meetings.save(Meeting(title="Andre", starts_at=dt.datetime(2016, 10, 30, 2, 30, fold=1,
                                                                                tzinfo=clock.OSLO)))
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (second,)) == [("2016-10-30T02:30:00+01:00",)]
    assert run(capsys, "--db", str(db), "edit", "meeting", str(second), "--place", "Skien")[0] == 0
    assert rows(db, "SELECT starts_at FROM meetings WHERE id = ?", (second,)) == [("2016-10-30T02:30:00+01:00",)]
