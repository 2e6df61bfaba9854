"""Privacy that holds (issue 11): erasure with a reader open, a crash between the erasure's
commit and its clean-up, drafts that mention the person, an ENK named after them, and
what the message says about backups."""

from __future__ import annotations

import datetime as dt
import secrets
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from helpers import ROOT, one_line_error  # noqa: E402

from btvcrm.cli import main  # noqa: E402
from btvcrm.domain import clock  # noqa: E402
from btvcrm.domain.models import Meeting, Organisation, Participant, Person  # noqa: E402
from btvcrm.drafts import DraftStore, draft_key  # noqa: E402
from btvcrm.services import backups, privacy  # noqa: E402
from btvcrm.storage.crm import Crm  # noqa: E402
from btvcrm.storage.people import ERASED_ORGANISATION_NAME, pending_cleanup_count  # noqa: E402


def _on_disk(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal",):
        companion = Path(str(path) + suffix)
        if companion.exists():
            data += companion.read_bytes()
    return data


def _canary_file(path: Path) -> tuple[str, str, int]:
    canary = "kanari" + secrets.token_hex(6)
    phone = "9" + str(secrets.randbelow(10**7)).zfill(7)
    with Crm.open(path) as crm:
        person = crm.people.save(Person(name=f"Kari {canary}", email=f"{canary}@example.no", phone=phone,
                                        notes=f"om {canary}"))
        crm.meetings.save(Meeting(title=f"Møte med Kari {canary}",
                                  starts_at=dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO),
                                  participants=[Participant(person)], notes=f"Ring {phone}"))
    assert canary.encode() in _on_disk(path)
    return canary, phone, person


def test_erasing_while_another_program_reads_says_so_and_finishes_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "btvcrm.sqlite"
    canary, phone, person = _canary_file(path)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM people").fetchone()  # a read transaction, held
        with Crm.open(path) as crm:
            result = privacy.erase_person(crm, person, reason="forespørsel")
            assert not result.cleanup_done
            assert "Et annet program leser datafilen" in result.message
            assert "neste gang den åpnes" in result.message
            assert pending_cleanup_count(crm.db.conn) == 1
            assert not crm.search.search(canary)  # gone from what the app shows at once
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    with Crm.open(path) as crm:  # the next open finishes it
        assert pending_cleanup_count(crm.db.conn) == 0
    data = _on_disk(path)
    assert canary.encode() not in data and phone.encode() not in data


def test_erasing_with_nobody_else_reading_is_done_before_it_says_so(tmp_path: Path) -> None:
    path = tmp_path / "btvcrm.sqlite"
    canary, phone, person = _canary_file(path)
    with Crm.open(path) as crm:
        result = privacy.erase_person(crm, person)
        assert result.cleanup_done and "leser datafilen" not in result.message
        assert pending_cleanup_count(crm.db.conn) == 0
        data = _on_disk(path)
        assert canary.encode() not in data and phone.encode() not in data


_ERASE_THEN_DIE = """
import os, signal, sys
sys.path.insert(0, {root!r})
from btvcrm.domain import clock
from btvcrm.storage.crm import Crm
crm = Crm.open({path!r})
queries = crm.people.privacy()
with crm.write():
    queries.erase_in_transaction({person}, reason="forespørsel", at=clock.now_iso())
print("committed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # before the clean-up after the commit
"""


def test_a_crash_between_the_commit_and_the_clean_up_is_finished_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "btvcrm.sqlite"
    canary, phone, person = _canary_file(path)
    result = subprocess.run(
        [sys.executable, "-c", _ERASE_THEN_DIE.format(root=str(ROOT), path=str(path), person=person)],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == -signal.SIGKILL and "committed" in result.stdout, result.stderr
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT count(*) FROM pending_cleanup").fetchone()[0] == 1  # recorded with it
    finally:
        conn.close()
    with Crm.open(path) as crm:
        assert pending_cleanup_count(crm.db.conn) == 0
    data = _on_disk(path)
    assert canary.encode() not in data and phone.encode() not in data


def test_erasure_removes_drafts_that_mention_the_person(file_crm: Crm, file_path: Path) -> None:
    person = file_crm.people.save(Person(name="Zebulon Qwertyson", email="zq@example.no", phone="+4791234567"))
    store = DraftStore()
    about = store.save(draft_key(file_path, "quick_log"), {"title": "Ring zebulon qwertyson", "people": ""})
    by_mail = store.save(draft_key(file_path, "meeting_editor", 7), {"notes": "Svar fra zq@example.no"})
    by_phone = store.save(draft_key(tmp_other := file_path.with_name("annen.sqlite"), "quick_log"),
                          {"notes": "ring 912 34 567"})
    unrelated = store.save(draft_key(file_path, "meeting_editor", 8), {"notes": "Møte med Zebulonsen AS"})
    result = privacy.erase_person(file_crm, person)
    assert sorted(result.drafts_removed) == sorted([about, by_mail, by_phone])
    assert not about.exists() and not by_mail.exists() and not by_phone.exists()
    assert unrelated.exists()
    assert "3 ulagret utkast" in result.message
    assert tmp_other.name == "annen.sqlite"


def test_an_enk_named_after_the_person_is_listed_and_erased_or_renamed(
        file_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Crm.open(file_path) as crm:
        person = crm.people.save(Person(name="Zebulon Qwertyson"))
        enk = crm.organisations.save(Organisation(name="Zebulon Qwertyson ENK", orgnr="974760673"))
        other_enk = crm.organisations.save(Organisation(name="Qwertyson Zebulon Rørlegger"))
        unrelated = crm.organisations.save(Organisation(name="Zebulon AS"))
        assert [o["id"] for o in privacy.organisations_named_after(crm, person)] == [other_enk, enk]
    db = ["--db", str(file_path)]
    # Not decided: nothing is erased, and the organisations are named.
    assert main([*db, "privacy", "erase", str(person), "--yes"]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert "Zebulon Qwertyson ENK" in line and "--erase-org" in line and "Ingenting er slettet" in line
    with Crm.open(file_path) as crm:
        assert not crm.people.get(person).erased
    assert main([*db, "privacy", "erase", str(person), "--yes", "--rename-org", f"{other_enk}=Qwertyson Zebulon",
                 "--erase-org", str(enk)]) == 1  # the new name still names the person
    assert "fortsatt personens navn" in one_line_error(capsys.readouterr().err)
    assert main([*db, "privacy", "erase", str(person), "--yes", "--rename-org", f"{other_enk}=Rørlegger Vest AS",
                 "--erase-org", str(enk)]) == 0
    out = capsys.readouterr().out
    assert "1 organisasjon(er) med personens navn er slettet" in out
    with Crm.open(file_path) as crm:
        assert crm.organisations.get(enk).name == ERASED_ORGANISATION_NAME
        assert crm.organisations.get(enk).orgnr is None
        assert crm.organisations.get(other_enk).name == "Rørlegger Vest AS"
        assert crm.organisations.get(unrelated).name == "Zebulon AS"
        assert not crm.search.search("Qwertyson")


def test_the_message_says_older_backups_still_hold_the_person_and_until_when(
        file_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock.freeze(dt.datetime(2026, 12, 1, 9, 0, tzinfo=clock.OSLO))
    with Crm.open(file_path) as crm:
        person = crm.people.save(Person(name="Kari Backup"))
        backups.take_backup(crm)
    assert main(["--db", str(file_path), "privacy", "erase", str(person), "--yes"]) == 0
    out = capsys.readouterr().out
    # 279 days after 01.12.2026 is 07.09.2027: the thinning policy's last day for such a backup.
    assert "1 eldre sikkerhetskopi(er) har fortsatt personen" in out and "07.09.2027" in out
