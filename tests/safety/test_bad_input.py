"""Hostile input through every service entry point and CLI command (hypothesis):
no traceback, a clear UserError where the value is invalid, nothing partly saved."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.cli import main
from btvcrm.domain import clock
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import (
    AgendaItem,
    AnchoringChange,
    Assessment,
    FollowUp,
    Initiative,
    KeyDate,
    Lesson,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from btvcrm.services.quick_log import QuickLogRequest, log_contact
from btvcrm.storage.crm import Crm

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])

NASTY = [
    "", " ", "\x00", "a\x00b", "\x1b[31mrød\x1b[0m", "\u202eevil\u202c", "مرحبا بالعالم", "שלום עולם",
    "\U0001f600\U0001f469\u200d\U0001f4bb", "Ærlig Øystein Åsen", "e\u0301", "\ud7ff\ue000\uffff",
    "'; DROP TABLE people; --", "\"", "*", "NEAR(a b)", "title:x", "a OR", "AND", "NOT NOT", "^x", "-x", "(",
    ")", "{a b}", "a:b:c", "\"unterminated", "x*y*", "\\", "%_", "<b>&amp;</b>", "=1+1", "@SUM(A1)",
    "\r\n\r\n", "\t", "a" * 600, "31.02.2016", "2016-13-45", "i går kl 25:61", "@", "x @ 32.13.2016",
    "9" * 9, "974760674", "974 760 673", "+47", "+4712345", "00" * 20, "kari@", "@example.no", "kari@@x.no",
]
hostile = st.one_of(st.sampled_from(NASTY), st.text(max_size=60),
                    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Po", "Sm"]), max_size=20))
maybe_hostile = st.one_of(st.none(), hostile)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
ints = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1))


def fingerprint(crm: Crm) -> str:
    """Every row of every table: equal before and after a failed action."""
    digest = hashlib.sha256()
    tables = [r[0] for r in crm.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        rows = sorted(repr(row) for row in crm.db.execute(f'SELECT * FROM "{table}"'))
        digest.update(f"{table}:{len(rows)}".encode())
        for row in rows:
            digest.update(row.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def attempt(crm: Crm, action: Callable[[], Any]) -> bool:
    """Run an action: it succeeds, or fails with a UserError and leaves every row as it was."""
    before = fingerprint(crm)
    try:
        action()
    except UserError as error:
        assert str(error).strip(), "an error without a sentence"
        assert fingerprint(crm) == before, f"partly saved after: {error}"
        return False
    return True


@pytest.fixture(scope="module")
def crm() -> Iterator[Crm]:
    with Crm.open(None) as opened:
        org = opened.organisations.save(Organisation(name="Fast AS"))
        opened.people.save(Person(name="Fast Person", organisation_id=org))
        yield opened


def _county(crm: Crm) -> int:
    county = crm.counties.all()[0].id
    assert county is not None
    return county


@SETTINGS
@given(name=hostile, orgnr=maybe_hostile, website=maybe_hostile, notes=hostile, tags=st.lists(hostile, max_size=3),
       keep=ints, parent=ints)
def test_organisations(crm: Crm, name: str, orgnr: str | None, website: str | None, notes: str,
                       tags: list[str], keep: int | None, parent: int | None) -> None:
    attempt(crm, lambda: crm.organisations.save(Organisation(
        name=name, orgnr=orgnr, website=website, notes=notes, tags=tags, keep_in_touch_days=keep,
        parent_id=parent, county_ids=[_county(crm)])))


@SETTINGS
@given(name=hostile, email=maybe_hostile, phone=maybe_hostile, title=hostile, notes=hostile, private=hostile,
       org=ints, counties=st.lists(st.integers(-5, 10), max_size=3), keep=ints)
def test_people(crm: Crm, name: str, email: str | None, phone: str | None, title: str, notes: str,
                private: str, org: int | None, counties: list[int], keep: int | None) -> None:
    attempt(crm, lambda: crm.people.save(Person(
        name=name, email=email, phone=phone, title=title, notes=notes, private_notes=private,
        organisation_id=org, county_ids=counties, keep_in_touch_days=keep)))


@SETTINGS
@given(title=hostile, day=dates, hour=st.integers(0, 23), duration=ints, place=hostile, notes=hostile,
       agenda=st.lists(hostile, max_size=3), decisions=st.lists(hostile, max_size=3),
       people=st.lists(st.integers(-3, 5), max_size=3), orgs=st.lists(st.integers(-3, 5), max_size=2))
def test_meetings(crm: Crm, title: str, day: dt.date, hour: int, duration: int | None, place: str, notes: str,
                  agenda: list[str], decisions: list[str], people: list[int], orgs: list[int]) -> None:
    attempt(crm, lambda: crm.meetings.save(Meeting(
        title=title, starts_at=dt.datetime.combine(day, dt.time(hour), tzinfo=clock.OSLO),
        duration_minutes=duration, place=place, notes=notes, agenda=[AgendaItem(a) for a in agenda],
        decisions=decisions, participants=[Participant(p) for p in people], organisation_ids=orgs)))


@SETTINGS
@given(text=hostile, due=st.one_of(st.none(), dates), rrule=maybe_hostile, notes=hostile,
       responsible=ints, meeting=ints)
def test_follow_ups(crm: Crm, text: str, due: dt.date | None, rrule: str | None, notes: str,
                    responsible: int | None, meeting: int | None) -> None:
    attempt(crm, lambda: crm.follow_ups.save(FollowUp(
        text=text, due_date=due, rrule=rrule, notes=notes, responsible_person_id=responsible, meeting_id=meeting)))


@SETTINGS
@given(title=hostile, value=ints, doffin=maybe_hostile, description=hostile, owner=ints,
       key_dates=st.lists(st.tuples(hostile, dates), max_size=2), lesson_text=hostile, learned=st.one_of(st.none(), dates),
       influence=st.integers(-2, 7), interest=st.integers(-2, 7), stage_day=dates)
def test_initiatives_lessons_assessments_anchoring(
    crm: Crm, title: str, value: int | None, doffin: str | None, description: str, owner: int | None,
    key_dates: list[tuple[str, dt.date]], lesson_text: str, learned: dt.date | None,
    influence: int, interest: int, stage_day: dt.date,
) -> None:
    attempt(crm, lambda: crm.initiatives.save(Initiative(
        title=title, estimated_value_nok=value, doffin_id=doffin, description=description,
        owner_organisation_id=owner, key_dates=[KeyDate(label, d) for label, d in key_dates])))
    attempt(crm, lambda: crm.lessons.save(Lesson(title=title, text=lesson_text, learned_on=learned)))
    attempt(crm, lambda: crm.assessments.record(Assessment(
        influence=influence, interest=interest, assessed_on=stage_day, organisation_id=owner)))
    attempt(crm, lambda: crm.anchoring.record(AnchoringChange(
        stage="informed", changed_on=stage_day, county_id=_county(crm), note=description)))  # type: ignore[arg-type]
    attempt(crm, lambda: crm.counties.add(title))


@SETTINGS
@given(query=hostile)
def test_search_and_lists(crm: Crm, query: str) -> None:
    from btvcrm.domain.filters import ListFilter

    attempt(crm, lambda: crm.search.search(query))
    attempt(crm, lambda: crm.search.grouped(query))
    attempt(crm, lambda: crm.people.complete(query))
    attempt(crm, lambda: crm.people.query(ListFilter(text=query)))
    attempt(crm, lambda: crm.meetings.query(ListFilter(text=query, tag=query)))


@SETTINGS
@given(title=hostile, when=maybe_hostile, orgs=st.lists(hostile, max_size=2), people=st.lists(hostile, max_size=3),
       counties=st.lists(hostile, max_size=2), follow_ups=st.lists(hostile, max_size=2), notes=hostile)
def test_quick_log(crm: Crm, title: str, when: str | None, orgs: list[str], people: list[str],
                   counties: list[str], follow_ups: list[str], notes: str) -> None:
    attempt(crm, lambda: log_contact(crm, QuickLogRequest(
        title=title, when_text=when, organisations=orgs, people=people, counties=counties,
        follow_ups=follow_ups, notes=notes)))


def test_one_megabyte_notes_are_kept_and_larger_ones_refused(crm: Crm) -> None:
    big = ("Lang tekst med æøå og \U0001f600 " * 40_000)[:1_000_000] + " sjeldenord"
    person_id = crm.people.save(Person(name="Stor Notat", notes=big))
    assert crm.people.get(person_id).notes == big.strip()
    assert not attempt(crm, lambda: crm.people.save(Person(name="For stor", notes="x" * 3_000_000)))
    # A word that occurs once. (A word repeated 40 000 times in one note makes FTS5's
    # snippet() take about a minute: reported to the search owner, not asserted here.)
    assert [hit.id for hit in crm.search.search("sjeldenord", kinds=["person"])] == [person_id]
    crm.people.soft_delete(person_id)  # keep the module's file small for the other tests


# The command line ---------------------------------------------------------------
@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "btvcrm.sqlite"
    Crm.open(path).close()
    return path


def run_cli(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse refusing an argument: a usage line, no traceback
            code = int(exit_.code or 0)
            assert code == 2
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text
    if code == 1:
        assert err.getvalue().startswith("btvcrm: ")
    return code, text


def _cli_fingerprint(path: Path) -> str:
    with Crm.open(path, readonly=True) as crm:
        return fingerprint(crm)


@SETTINGS
@given(title=hostile, date=hostile, org=hostile, person=hostile, follow_up=hostile, notes=hostile, kind=hostile)
def test_cli_log(cli_db: Path, title: str, date: str, org: str, person: str, follow_up: str, notes: str,
                 kind: str) -> None:
    before = _cli_fingerprint(cli_db)
    code, text = run_cli(["log", title, "--date", date, "--org", org, "--person", person, "--follow-up", follow_up,
                          "--notes", notes, "--kind", kind, "--db", str(cli_db)])
    assert code in (0, 1, 2), text
    if code != 0:
        assert _cli_fingerprint(cli_db) == before
        return
    # Success: the id printed last is a meeting now in the file.
    meeting_id = int(text.strip().splitlines()[-1])
    with Crm.open(cli_db, readonly=True) as crm:
        assert crm.meetings.get(meeting_id).title.strip()
    assert _cli_fingerprint(cli_db) != before


@SETTINGS
@given(query=hostile, county=hostile, status=hostile, what=st.sampled_from(["meetings", "people", "organisations",
                                                                               "follow-ups", "initiatives", "lessons"]))
def test_cli_search_and_list(cli_db: Path, query: str, county: str, status: str, what: str) -> None:
    before = _cli_fingerprint(cli_db)
    for argv in (["search", query], ["search", query, "--json"],
                 ["list", what, "--search", query, "--county", county, "--status", status]):
        code, text = run_cli([*argv, "--db", str(cli_db)])
        assert code in (0, 1, 2), text
        if argv[0] == "search" and code != 2 and "\x00" not in query:
            assert code == 0, text  # any text is a valid search (a NUL cannot come from a command line)
    assert _cli_fingerprint(cli_db) == before


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile, date_from=hostile, date_to=hostile)
def test_cli_reports_and_privacy(cli_db: Path, tmp_path_factory: pytest.TempPathFactory, name: str,
                                 date_from: str, date_to: str) -> None:
    out = tmp_path_factory.mktemp("out")
    before = _cli_fingerprint(cli_db)
    report = out / "r.pdf"
    code, text = run_cli(["report", "county", name, "--from", date_from, "--to", date_to, "-o", str(report),
                          "--db", str(cli_db)])
    assert code in (0, 1, 2), text
    if code == 0:
        assert report.read_bytes().startswith(b"%PDF")
    else:
        assert not report.exists()
    target = out / f"{name[:20]}.json"
    code, text = run_cli(["privacy", "export", "1", "-o", str(target), "--db", str(cli_db)])
    assert code in (0, 1, 2), text
    if code == 0:
        assert target.is_file() and target.stat().st_size > 0
    assert _cli_fingerprint(cli_db) == before


@SETTINGS
@given(name=st.sampled_from(["=HYPERLINK(\"http://x\")", "+47 1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=1"]),
       notes=hostile)
def test_csv_export_neutralises_formulas(cli_db: Path, tmp_path_factory: pytest.TempPathFactory, name: str,
                                         notes: str) -> None:
    import csv

    with Crm.open(cli_db) as crm:
        attempt(crm, lambda: crm.people.save(Person(name=f"{name}", notes=f"{name}{notes}")))
        attempt(crm, lambda: crm.organisations.save(Organisation(name=name, notes=name)))
    out = tmp_path_factory.mktemp("csv")
    for what in ("people", "organisations"):
        target = out / f"{what}.csv"
        code, _ = run_cli(["export", "--format", "csv", "--what", what, "-o", str(target), "--db", str(cli_db)])
        assert code == 0
        text = target.read_text(encoding="utf-8-sig")
        delimiter = ";" if text.count(";") > text.count(",") else ","
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
