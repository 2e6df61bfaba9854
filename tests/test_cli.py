"""The command line as a contract: output, exit codes, and the file afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from btvcrm.cli import main
from btvcrm.storage.crm import Crm


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    return path


def test_demo_summary_is_norwegian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(tmp_path / "d.sqlite"), "demo")
    assert code == 0
    assert "organisasjoner" in out and "personer" in out and "møter" in out and "1 markedsdialog." in out
    assert not any(word in out for word in ("organisations", "people", "meetings", "dialogues"))


def test_version_answers_without_loading_qt_or_the_data_layer() -> None:
    # How fast: bench/cli_bench.py. Here: that nothing heavy is loaded for it.
    code = ("import sys\nfrom btvcrm.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('PySide6', 'sqlite_utils', 'btvcrm.storage.crm') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert "btvcrm 0.1.0" in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_list_and_search_do_not_load_qt(demo_file: Path) -> None:
    code = (
        "import sys; from btvcrm.cli import main; "
        f"main(['--db', {str(demo_file)!r}, 'search', 'ferje']); "
        f"main(['--db', {str(demo_file)!r}, 'list', 'meetings']); "
        "print('QT LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'NO QT')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("NO QT")


def test_log_creates_unknown_people_and_says_so(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--db", str(demo_file), "log", "Lunsj om ferja", "--date", "14.06.2016 kl 12",
        "--org", "Tønsberg kommune", "--person", "Kari Vik", "--person", "Ny Nordmann",
        "--county", "Vestfold", "--follow-up", "Send notat @ 17.06.2016", "--kind", "telefon",
    )
    assert code == 0, err
    meeting_id = int(out.strip())
    assert "Ny person opprettet: Ny Nordmann" in err
    with Crm.open(demo_file, readonly=True) as crm:
        meeting = crm.meetings.get(meeting_id)
        assert meeting.title == "Lunsj om ferja"
        assert meeting.kind == "phone"
        assert meeting.starts_at.isoformat() == "2016-06-14T12:00:00+02:00"
        names = {crm.people.get(p.person_id).name for p in meeting.participants}
        assert names == {"Kari Vik", "Ny Nordmann"}
        assert [c.name for c in crm.counties.all() if c.id in meeting.county_ids] == ["Vestfold"]
        follow_ups = crm.follow_ups.for_meeting(meeting_id)
        assert [(f.text, f.due_date.isoformat() if f.due_date else None) for f in follow_ups] == [
            ("Send notat", "2016-06-17")
        ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "x", "--date", "31. februar"], "31. februar finnes ikke"),
        (["log", "x", "--county", "Agder"], "Fant ikke fylket «Agder»"),
        (["log", "x", "--kind", "brevdue"], "ikke en gyldig verdi"),
        (["log", "x", "--follow-up", "Ring @ blåmandag"], "Forstår ikke"),
        (["report", "meeting", "999", "-o", "x.pdf"], "Fant ikke noe møte med id 999"),
        (["list", "meetings", "--county", "Oslo"], "Fant ikke fylket"),
    ],
)
def test_user_errors_are_one_line_and_exit_1(demo_file: Path, capsys: pytest.CaptureFixture[str],
                                              args: list[str], message: str) -> None:
    with Crm.open(demo_file, readonly=True) as crm:
        meetings_before = crm.meetings.query_count()
    code, out, err = run(capsys, "--db", str(demo_file), *args)
    assert code == 1
    assert err.startswith("btvcrm: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    with Crm.open(demo_file, readonly=True) as crm:
        assert crm.meetings.query_count() == meetings_before


def test_list_json_has_ids(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for what in ("meetings", "people", "organisations", "follow-ups", "initiatives", "lessons"):
        code, out, _ = run(capsys, "--db", str(demo_file), "list", what, "--json")
        rows = json.loads(out)
        assert code == 0 and rows and all("id" in row for row in rows)
    code, out, _ = run(capsys, "--db", str(demo_file), "list", "meetings", "--county", "Telemark", "--json")
    assert {"Dialogkonferanse Telemark"} <= {row["title"] for row in json.loads(out)}
    assert all("Telemark" in (row["counties"] or "") for row in json.loads(out))


def test_plain_list_is_a_readable_table(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "list", "follow-ups", "--county", "Telemark")
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["Id", "Frist", "Status"]
    assert "17.06.2016" in out and "åpen" in out


def test_search_output(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "search", "Tøns", "--json")
    hits = json.loads(out)
    assert code == 0 and {"type", "id", "title", "snippet"} <= set(hits[0])
    assert any(h["type"] == "organisation" and h["title"] == "Tønsberg kommune" for h in hits)
    for hostile in ["o'brien", "a-b", "AND", "NEAR(", "*", 'o"brien', "("]:
        assert run(capsys, "--db", str(demo_file), "search", hostile)[0] == 0


def test_json_export_import_round_trip(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    copy = tmp_path / "copy.sqlite"
    assert run(capsys, "--db", str(demo_file), "export", "--format", "json", "-o", str(first))[0] == 0
    assert run(capsys, "--db", str(copy), "import", str(first))[0] == 0
    assert run(capsys, "--db", str(copy), "export", "--format", "json", "-o", str(second))[0] == 0
    a, b = json.loads(first.read_text("utf-8")), json.loads(second.read_text("utf-8"))
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    with Crm.open(copy, readonly=True) as crm:
        assert [h.title for h in crm.search.search("Tønsberg kommune", kinds=["organisation"])] == ["Tønsberg kommune"]


def test_json_import_names_the_bad_record_and_saves_nothing(demo_file: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "a.json"
    run(capsys, "--db", str(demo_file), "export", "--format", "json", "-o", str(export))
    data = json.loads(export.read_text("utf-8"))
    data["tables"]["people"][2]["email"] = "ikke en adresse"
    export.write_text(json.dumps(data), "utf-8")
    target = tmp_path / "t.sqlite"
    code, _, err = run(capsys, "--db", str(target), "import", str(export))
    assert code == 1
    assert "people nr. 3" in err and "«email»" in err
    assert not target.exists()  # a failed import into a new file leaves no file behind
    data["tables"]["meetings"][0]["organisation_idx"] = 1
    export.write_text(json.dumps(data), "utf-8")
    assert run(capsys, "--db", str(target), "import", str(export))[0] == 1


def test_import_into_a_non_empty_file_is_refused(demo_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "a.json"
    run(capsys, "--db", str(demo_file), "export", "--format", "json", "-o", str(export))
    code, _, err = run(capsys, "--db", str(demo_file), "import", str(export))
    assert code == 1 and "tom datafil" in err


def test_check_passes_on_a_good_file_and_fails_on_a_broken_index(demo_file: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_file), "check")
    assert code == 0 and "Alt i orden" in out
    with Crm.open(demo_file) as crm:
        crm.db.execute("DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_index LIMIT 3)")
    code, out, _ = run(capsys, "--db", str(demo_file), "check")
    assert code == 1 and "Søkeindeksen" in out


def test_reports_are_written(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["meeting", "9"], ["county", "Telemark", "--from", "1.5.2016", "--to", "30.6.2016"],
                 ["organisation", "3"]):
        out_file = tmp_path / f"{args[0]}.pdf"
        code, _, err = run(capsys, "--db", str(demo_file), "report", *args, "-o", str(out_file))
        assert code == 0, err
        assert out_file.read_bytes().startswith(b"%PDF")


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("demo", "log", "list", "search", "export", "import", "check", "report", "backup", "backups",
                    "restore", "privacy"):
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        assert "bruk: btvcrm" in capsys.readouterr().out


def test_default_file_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "env.sqlite"
    monkeypatch.setenv("BTVCRM_DB", str(target))
    assert run(capsys, "demo")[0] == 0
    assert target.exists()
