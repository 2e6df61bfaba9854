"""Erasure reaches every text column of every table (issue 11, tester's finding: the market
dialogue's tables and documents' exempt notes kept the name).

The list of scrubbed columns is made from the schema (`people.erasure_columns`); only the
declared exceptions are left alone. These tests hold both halves: every declaration names a
real column, and a canary written into every other column is gone after the erasure.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest
from pdf_readers import pdftotext

from btvcrm.cli import main
from btvcrm.domain.models import Person
from btvcrm.services import privacy
from btvcrm.storage.crm import Crm
from btvcrm.storage.people import (
    DERIVED,
    ERASED_DIRECTLY,
    ERASED_NAME,
    NOT_FREE_TEXT,
    _row_key,
    erasure_columns,
    schema_text_columns,
)

CANARY_NAME = "Zyxwen Qvarnstrøm"
CANARY_EMAIL = "zyxwen.q@example.no"
CANARY_PHONE = "+4791827364"


def _declared() -> set[tuple[str, str]]:
    return {(t, c) for table in (NOT_FREE_TEXT, ERASED_DIRECTLY, DERIVED) for t, cs in table.items() for c in cs}


def test_every_declared_exception_is_a_real_text_column(mem_crm: Crm) -> None:
    schema = {(t, c) for t, cs in schema_text_columns(mem_crm.db).items() for c in cs}
    assert _declared() - schema == set(), "declared columns the schema no longer has (remove them)"
    declarations = [{(t, c) for t, cs in table.items() for c in cs}
                    for table in (NOT_FREE_TEXT, ERASED_DIRECTLY, DERIVED)]
    assert sum(len(d) for d in declarations) == len(set().union(*declarations)), "a column declared twice"


def test_every_text_column_is_scrubbed_or_declared_not_personal(mem_crm: Crm) -> None:
    scrubbed = {(t, c) for t, cs in erasure_columns(mem_crm.db).items() for c in cs}
    for table, columns in schema_text_columns(mem_crm.db).items():
        for column in columns:
            assert ((table, column) in scrubbed) != ((table, column) in _declared()), (table, column)
    # What the tester found unscrubbed is scrubbed now.
    for table, column in [("dialogue_programme_items", "presenter"), ("dialogue_questions", "question"),
                          ("dialogue_questions", "answer"), ("dialogue_notes", "text"),
                          ("dialogue_registrations", "comment"), ("dialogue_sendings", "note"),
                          ("dialogue_log", "detail"), ("meetings", "exempt_note"),
                          ("meetings", "notes_exempt_note"), ("agenda_items", "exempt_note"),
                          ("decisions", "exempt_note")]:
        assert (table, column) in scrubbed, (table, column)


def _first_row_key(crm: Crm, table: str) -> tuple[list[str], list[Any]] | None:
    key = _row_key(crm.db, table)
    row = crm.db.execute(f"SELECT {', '.join(key)} FROM {table} ORDER BY {', '.join(key)} LIMIT 1").fetchone()
    return (key, list(row)) if row else None


def _everything_text(crm: Crm) -> list[tuple[str, str, str]]:
    found = []
    for table, columns in schema_text_columns(crm.db).items():
        for column in columns:
            for (value,) in crm.db.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"):
                if isinstance(value, str):
                    found.append((table, column, value))
    return found


def test_a_canary_in_every_scrubbed_column_is_gone_after_the_erasure(demo_crm: Crm) -> None:
    crm = demo_crm
    person_id = crm.people.save(Person(name=CANARY_NAME, email=CANARY_EMAIL, phone=CANARY_PHONE))
    crm.db.execute("INSERT INTO erasure_log (person_id, erased_at, reason) VALUES (1, '2016-01-01', 'ingen')")
    crm.db.execute("INSERT INTO meeting_attachments (meeting_id, name, size, sha256, created_at) "
                   "VALUES ((SELECT min(id) FROM meetings), 'vedlegg.pdf', 1, ?, '2016-01-01')", ["0" * 64])
    mention = f"Notat om {CANARY_NAME} ({CANARY_EMAIL}, 918 27 364)."
    written = []
    with crm.write():
        for table, columns in erasure_columns(crm.db).items():
            found = _first_row_key(crm, table)
            assert found is not None, f"no row in {table}: give the demo or this test one"
            key, values = found
            where = " AND ".join(f"{k} = ?" for k in key)
            for column in columns:
                crm.db.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [mention, *values])
                written.append((table, column))
    assert len(written) > 40

    privacy.erase_person(crm, person_id, reason=f"forespørsel fra {CANARY_NAME}")

    left = [(t, c, v) for t, c, v in _everything_text(crm)
            if any(term.casefold() in v.casefold() for term in (CANARY_NAME, CANARY_EMAIL, "918 27 364"))]
    assert left == []
    for table, column in written:
        if table == "people" and column in ("notes", "private_notes"):
            continue
        value = crm.db.execute(f"SELECT {column} FROM {table} WHERE {column} LIKE 'Notat om %' LIMIT 1").fetchone()
        assert value is not None and value[0] == f"Notat om {ERASED_NAME} ({ERASED_NAME}, {ERASED_NAME}).", \
            (table, column)
    assert not crm.search.search("Qvarnstrøm")


def _dialogue_person(crm: Crm) -> tuple[int, int, int]:
    """A person who came to the demo's dialogue with the first registration; another registration."""
    person_id = crm.people.save(Person(name=CANARY_NAME, email=CANARY_EMAIL))
    first, second = (r[0] for r in crm.db.execute("SELECT id FROM dialogue_registrations ORDER BY id LIMIT 2"))
    with crm.write():
        crm.db.execute("INSERT INTO dialogue_attendees (registration_id, person_id, position) VALUES (?, ?, 9)",
                       [first, person_id])
        crm.db.execute("UPDATE dialogue_registrations SET email = ?, comment = ? WHERE id = ?",
                       [CANARY_EMAIL.upper(), "Zyxwen tar med en kollega", first])
    return person_id, first, second


def test_their_registrations_lose_each_part_of_the_name_and_others_only_the_full_name(demo_crm: Crm) -> None:
    crm = demo_crm
    person_id, first, second = _dialogue_person(crm)
    dialogue_id = crm.db.execute("SELECT dialogue_id FROM dialogue_registrations WHERE id = ?", [first]).fetchone()[0]
    with crm.write():
        for registration, text in ((first, "Zyxwen spør: kan vi levere i moduler?"),
                                   (second, "Zyxwen fra et annet firma spør om frister")):
            crm.db.execute(
                "INSERT INTO dialogue_questions (dialogue_id, registration_id, part, asked_at, question, created_at, "
                "updated_at) VALUES (?, ?, 'plenary', '2016-06-14T11:00:00+02:00', ?, '2016-06-14', '2016-06-14')",
                [dialogue_id, registration, text])
        crm.db.execute("INSERT INTO dialogue_notes (registration_id, text, created_at, updated_at) "
                       "VALUES (?, 'Zyxwen viste en prototyp', '2016-06-14', '2016-06-14')", [first])

    privacy.erase_person(crm, person_id)

    questions = [r[0] for r in crm.db.execute("SELECT question FROM dialogue_questions WHERE question LIKE '%spør%' "
                                              "ORDER BY id DESC LIMIT 2")]
    assert questions == ["Zyxwen fra et annet firma spør om frister", f"{ERASED_NAME} spør: kan vi levere i moduler?"]
    note = crm.db.execute("SELECT text FROM dialogue_notes ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert note == f"{ERASED_NAME} viste en prototyp"
    email, comment = crm.db.execute("SELECT email, comment FROM dialogue_registrations WHERE id = ?",
                                    [first]).fetchone()
    assert email is None and comment == f"{ERASED_NAME} tar med en kollega"
    # They stay counted as an attendee, like a meeting's participant, under the erased name.
    names = [a.name for r in crm.dialogues.registrations(dialogue_id) if r.id == first for a in r.attendees]
    assert ERASED_NAME in names


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue() + err.getvalue()


def test_the_public_dialogue_summary_no_longer_names_an_erased_presenter(tmp_path: Path) -> None:
    """The tester's repro: demo, erase Siri Lunde, the public summary still said "Siri Lunde, Telemark"."""
    db = str(tmp_path / "c.sqlite3")
    assert _run(["--db", db, "demo"])[0] == 0
    with Crm.open(Path(db)) as crm:
        siri = crm.people.find_by_name("Siri Lunde")
        assert siri is not None and siri.id is not None
        presenter = crm.db.execute("SELECT count(*) FROM dialogue_programme_items WHERE presenter LIKE 'Siri Lunde%'")
        assert presenter.fetchone()[0] == 1
    code, text = _run(["--db", db, "privacy", "erase", str(siri.id), "--yes"])
    assert code == 0, text
    pdf = tmp_path / "s.pdf"
    code, text = _run(["--db", db, "dialogue", "report", "1", "--public", "-o", str(pdf)])
    assert code == 0, text
    words = pdftotext(pdf)
    assert "Siri" not in words and "Lunde" not in words
    assert "Telemark fylkeskommune" in words


@pytest.mark.parametrize("table", sorted(NOT_FREE_TEXT))
def test_declared_columns_hold_no_sentences_in_the_demo(demo_crm: Crm, table: str) -> None:
    """A column declared not free text holds codes, times and identifiers: in the demo no
    value of it has two words of letters in a row (which a name would)."""
    import re

    two_words = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}")
    for column in NOT_FREE_TEXT[table]:
        for (value,) in demo_crm.db.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"):
            assert not (isinstance(value, str) and two_words.search(value)), (table, column, value)
