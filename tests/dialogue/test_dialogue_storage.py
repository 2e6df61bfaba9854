"""Migration 0010: the dialogue tables round-trip through the lossless JSON export,
are checked like the rest, and keep their rules in the schema."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

import pytest

from btvcrm.demo import fill_demo
from btvcrm.domain.errors import UserError
from btvcrm.exchange.jsonfile import TABLES, export_data, import_data
from btvcrm.storage.check import check
from btvcrm.storage.crm import Crm
from btvcrm.storage.migrations import known_migration_names

DIALOGUE_TABLES = ["market_dialogues", "dialogue_events", "dialogue_programme_items", "dialogue_registrations",
                   "dialogue_attendees", "dialogue_schedules", "dialogue_slots", "dialogue_notes",
                   "dialogue_questions", "dialogue_sendings", "dialogue_sending_recipients", "dialogue_log"]


def test_the_migration_is_named_and_every_dialogue_table_is_exported() -> None:
    assert "0010_market_dialogue" in known_migration_names()
    assert set(DIALOGUE_TABLES) <= set(TABLES)
    with Crm.open(None) as crm:
        user_tables = {row[0] for row in crm.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'dialogue%' OR name = 'market_dialogues'")}
    assert user_tables == set(DIALOGUE_TABLES)


def test_the_demo_dialogue_round_trips_through_json_and_the_file_checks_clean() -> None:
    with Crm.open(None) as source, Crm.open(None) as target:
        fill_demo(source)
        assert check(source).ok
        data = json.loads(json.dumps(export_data(source)))
        assert len(data["tables"]["dialogue_slots"]) == 8
        import_data(target, copy.deepcopy(data))
        again = export_data(target)
        assert again["tables"] == data["tables"]
        assert target.dialogues.snapshot(1) == source.dialogues.snapshot(1)


def test_a_json_import_refuses_a_bad_doffin_id_or_address_in_a_dialogue() -> None:
    with Crm.open(None) as source:
        fill_demo(source)
        data = json.loads(json.dumps(export_data(source)))
    for table, column, value in (("market_dialogues", "doffin_id", "2016-12"),
                                 ("dialogue_registrations", "email", "ikke-en-adresse"),
                                 ("market_dialogues", "deadline_on", "i morgen")):
        broken = copy.deepcopy(data)
        rows = broken["tables"][table]
        rows[0][column] = value
        with Crm.open(None) as target, pytest.raises(UserError, match=f"feltet «{column}»|«{value}»"):
            import_data(target, broken)


def test_the_schema_itself_refuses_slots_of_no_length_and_draws_without_a_seed() -> None:
    with Crm.open(None) as crm:
        fill_demo(crm)
        with pytest.raises(sqlite3.IntegrityError):
            crm.db.execute("UPDATE dialogue_slots SET minutes = 0 WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            crm.db.execute("UPDATE dialogue_schedules SET seed = NULL")
        with pytest.raises(sqlite3.IntegrityError):
            crm.db.execute("UPDATE dialogue_questions SET shared_how = NULL WHERE shared_at IS NOT NULL")
        with pytest.raises(sqlite3.IntegrityError):
            crm.db.execute("INSERT INTO dialogue_registrations (dialogue_id, organisation_id, registered_at, created_at, "
                           "updated_at) SELECT dialogue_id, organisation_id, registered_at, created_at, updated_at "
                           "FROM dialogue_registrations LIMIT 1")  # one registration per supplier


def test_deleting_a_dialogue_takes_its_parts_with_it_but_not_the_people() -> None:
    with Crm.open(None) as crm:
        fill_demo(crm)
        people = crm.people.count()
        with crm.write() as db:
            db.execute("DELETE FROM market_dialogues")
        for table in DIALOGUE_TABLES:
            assert crm.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert crm.people.count() == people and check(crm).ok


# ------------------------------------------------------------------ 0012: notes public or exempt (dialogue2)

OLD_NOTES = [  # (confidential, exemption) as 0010 stored them
    (1, "offl. § 13 jf. fvl. § 13 første ledd nr. 2"),  # the old default
    (1, ""),
    (1, "offl. § 23 første ledd"),
    (1, "Avtalt taushet med leverandøren"),
    (0, ""),
]


def _file_before_0012(path: Path) -> None:
    from btvcrm.storage.connection import Database
    from btvcrm.storage.database import configure
    from btvcrm.storage.migrations import migrations
    from btvcrm.storage.safe_output import APPLICATION_ID

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    configure(conn)  # foreign keys, and the functions the schema's triggers use
    migrations.apply(Database(conn), stop_before="0012_dialogue_notes_exemption")
    now = "2016-06-14T13:00:00+02:00"
    conn.execute("INSERT INTO initiatives (title, created_at, updated_at) VALUES ('I', ?, ?)", [now, now])
    conn.execute("INSERT INTO organisations (name, kind, created_at, updated_at) VALUES ('Alfa AS', 'supplier', "
                 "?, ?)", [now, now])
    conn.execute("INSERT INTO organisation_uids (organisation_id, uid) VALUES (1, 'urn:uuid:alfa')")
    conn.execute("INSERT INTO market_dialogues (initiative_id, title, created_at, updated_at) VALUES (1, 'D', ?, ?)",
                 [now, now])
    conn.execute("INSERT INTO dialogue_registrations (dialogue_id, organisation_id, registered_at, created_at, "
                 "updated_at) VALUES (1, 1, ?, ?, ?)", [now, now, now])
    for index, (confidential, exemption) in enumerate(OLD_NOTES):
        conn.execute("INSERT INTO dialogue_notes (registration_id, text, confidential, exemption, created_at, "
                     "updated_at) VALUES (1, ?, ?, ?, ?, ?)", [f"Notat {index}", confidential, exemption, now, now])
    conn.close()


def test_migration_0012_moves_the_notes_onto_the_documents_exemption_model(tmp_path: Path) -> None:
    from btvcrm.domain.exemption import ONE_TO_ONE_DEFAULT, Exemption, ExemptionBasis
    from btvcrm.storage.dialogues import upgrade_exported_note

    path = tmp_path / "old.sqlite"
    _file_before_0012(path)
    with Crm.open(path) as crm:
        notes = [n.exemption for n in crm.dialogues.notes(1)]
        assert notes == [ONE_TO_ONE_DEFAULT, ONE_TO_ONE_DEFAULT, Exemption(ExemptionBasis.OFFL_23),
                         Exemption(ExemptionBasis.OTHER, "Avtalt taushet med leverandøren"), None]
        assert check(crm).ok
        columns = {row[1] for row in crm.db.execute("PRAGMA table_info(dialogue_notes)")}
        assert {"exempt_basis", "exempt_note"} <= columns and not {"confidential", "exemption"} & columns
        migrated = [(r["exempt_basis"], r["exempt_note"]) for r in export_data(crm)["tables"]["dialogue_notes"]]
    # an export made before 0012 is read the way the migration converts a file
    upgraded = [upgrade_exported_note({"confidential": c, "exemption": e}) for c, e in OLD_NOTES]
    assert [(u["exempt_basis"], u["exempt_note"]) for u in upgraded] == migrated


def test_an_export_from_before_0012_imports_and_the_notes_round_trip(tmp_path: Path) -> None:
    with Crm.open(None) as source:
        fill_demo(source)
        data = json.loads(json.dumps(export_data(source)))
    old = copy.deepcopy(data)
    old["migrations"] = [m for m in old["migrations"] if not m.startswith("0012")]
    for row in old["tables"]["dialogue_notes"]:
        basis = row.pop("exempt_basis")
        row.pop("exempt_note")
        row["confidential"], row["exemption"] = (1, "offl. § 13 jf. fvl. § 13 første ledd nr. 2") if basis else (0, "")
    with Crm.open(None) as target:
        import_data(target, old)
        assert export_data(target)["tables"]["dialogue_notes"] == data["tables"]["dialogue_notes"]
    bad = copy.deepcopy(data)
    bad["tables"]["dialogue_notes"][0]["exempt_basis"] = "offl_99"
    with Crm.open(None) as target, pytest.raises(UserError, match="ugyldig verdi"):
        import_data(target, bad)
