"""Migration 0010: the dialogue tables round-trip through the lossless JSON export,
are checked like the rest, and keep their rules in the schema."""

from __future__ import annotations

import copy
import json
import sqlite3

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
        with Crm.open(None) as target, pytest.raises(UserError, match=f"Felt «{column}»|«{value}»"):
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
