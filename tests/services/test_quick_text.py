"""The quick-log text: parts, preview, completion, and any text is a contact or a clear message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from btvcrm.domain import clock
from btvcrm.domain.enums import MeetingKind
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Organisation, Person
from btvcrm.services.quick_log import log_contact
from btvcrm.services.quick_text import completion_at, parse, read_quick_text, split_parts
from btvcrm.storage.crm import Crm

EXAMPLE = (
    "Ferjemøte med Tønsberg kommune @ i dag kl 10 + Kari Vik, Per Hansen # Tønsberg kommune\n"
    "- Sende referat til Kari @ fredag\n"
    "- Avklare budsjett @ 1.7 + Per Hansen\n"
    "\n"
    "Kari var positiv.\n"
    "- dette er et notat, ikke et punkt\n"
)
NOW = dt.datetime(2016, 6, 14, 8, 30, tzinfo=clock.OSLO)  # Tuesday


@pytest.fixture
def crm() -> Iterator[Crm]:
    with Crm.open(None) as crm:
        vestfold = crm.counties.by_name("Vestfold").id
        org_id = crm.organisations.save(Organisation(name="Tønsberg kommune", county_ids=[vestfold or 0]))
        crm.people.save(Person(name="Kari Vik", organisation_id=org_id))
        yield crm


def test_parse_the_issue_example() -> None:
    text = parse(EXAMPLE)
    assert text.title == "Ferjemøte med Tønsberg kommune"
    assert text.when_text == "i dag kl 10"
    assert text.people == ["Kari Vik", "Per Hansen"]
    assert text.organisations == ["Tønsberg kommune"]
    assert [(f.text, f.due_text, f.responsible_text) for f in text.follow_ups] == [
        ("Sende referat til Kari", "fredag", None),
        ("Avklare budsjett", "1.7", "Per Hansen"),
    ]
    assert text.notes == "Kari var positiv.\n- dette er et notat, ikke et punkt"
    assert text.problems == []


def test_markers_need_a_space_on_both_sides() -> None:
    parts = split_parts("Mail fra kari@vik.no om C# og +47 912 34 567 @ fredag ! e-post")
    assert [(p.marker, p.value) for p in parts] == [
        ("", "Mail fra kari@vik.no om C# og +47 912 34 567"), ("@", "fredag"), ("!", "e-post"),
    ]
    follow_up = parse("Møte\n- Send til kari@example.no\n- Ring per@x.no @ 1.7")
    assert [(f.text, f.due_text) for f in follow_up.follow_ups] == [
        ("Send til kari@example.no", None), ("Ring per@x.no", "1.7"),
    ]


def test_preview_of_the_example(crm: Crm) -> None:
    reading = read_quick_text(crm, EXAMPLE, now=NOW)
    assert reading.ok, reading.errors
    lines = reading.preview_text()
    assert "Når: tirsdag 14. juni 2016 kl. 10.00 (i dag)" in lines
    assert "Kari Vik (Tønsberg kommune); ny person: Per Hansen" in lines
    assert "Fylker: Vestfold (fra Tønsberg kommune)" in lines
    assert "Sende referat til Kari — frist fredag 17. juni 2016 (om 3 dager) — ansvarlig: meg" in lines
    assert "Avklare budsjett — frist fredag 1. juli 2016 (om 17 dager) — ansvarlig: ny person: Per Hansen" in lines
    assert "Notater: 2 linjer" in lines
    english = read_quick_text(crm, EXAMPLE, now=NOW, lang="en", user_name="Anne Olsen").preview_text()
    assert "When: Tuesday 14 June 2016 at 10:00 (today)" in english
    assert "new person: Per Hansen" in english and "responsible: Anne Olsen" in english


def test_saving_the_example(crm: Crm) -> None:
    reading = read_quick_text(crm, EXAMPLE, now=NOW)
    result = log_contact(crm, reading.request(), now=NOW)
    meeting = crm.meetings.get(result.meeting_id)
    assert meeting.title == "Ferjemøte med Tønsberg kommune"
    assert meeting.starts_at == dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)
    assert meeting.notes.startswith("Kari var positiv.")
    per = crm.people.find_by_name("Per Hansen")
    assert per is not None and result.created_people == [(per.id, "Per Hansen")]
    assert per.organisation_id == crm.organisations.find_by_name("Tønsberg kommune").id  # type: ignore[union-attr]
    items = crm.follow_ups.for_meeting(result.meeting_id)
    assert [(f.text, f.due_date, f.responsible_person_id) for f in items] == [
        ("Sende referat til Kari", dt.date(2016, 6, 17), None),
        ("Avklare budsjett", dt.date(2016, 7, 1), per.id),
    ]
    assert all(f.county_id == crm.counties.by_name("Vestfold").id for f in items)


def test_counties_kinds_responsibles(crm: Crm) -> None:
    reading = read_quick_text(
        crm, "Telefon @ i går ! tlf # Ny Leverandør AS, Telemark\n- Følge opp + meg\n- Svare + Anne Olsen",
        now=NOW, user_name="Anne Olsen")
    assert reading.ok, reading.errors
    assert reading.kind is MeetingKind.PHONE
    assert reading.counties == [(crm.counties.by_name("Telemark").id, "Telemark", "")]
    assert "ny organisasjon: Ny Leverandør AS" in reading.preview_text()
    assert [f.responsible for f in reading.follow_ups] == [None, None]  # both the user herself
    result = log_contact(crm, reading.request(), now=NOW)
    org = crm.organisations.find_by_name("Ny Leverandør AS")
    assert org is not None and org.county_ids == [crm.counties.by_name("Telemark").id]
    assert crm.meetings.get(result.meeting_id).county_ids == org.county_ids
    assert crm.meetings.get(result.meeting_id).starts_at.date() == dt.date(2016, 6, 13)


def test_errors_per_part(crm: Crm) -> None:
    reading = read_quick_text(crm, " @ fredag + Kari\n- Ring @ 32.13\n- @ i morgen\n- A + Kari, Per", now=NOW)
    assert not reading.ok
    text = reading.preview_text()
    assert "Skriv en tittel på første linje." in text
    assert "«Ring» @ «32.13»" in text
    assert "Et oppfølgingspunkt mangler tekst." in text
    assert "bare én ansvarlig" in text
    assert all(line.error for line in reading.preview if "32.13" in line.text)
    with pytest.raises(UserError) as raised:
        reading.request()
    assert "32.13" in str(raised.value) and "\n" not in str(raised.value)
    twice = read_quick_text(crm, "Møte @ fredag @ mandag ! møte ! video", now=NOW)
    assert len(twice.errors) == 2


def test_picked_names_win(crm: Crm) -> None:
    other = crm.people.save(Person(name="Kari Vik", email="kari2@example.no"))
    reading = read_quick_text(crm, "Møte + Kari Vik", now=NOW, known_people={"kari vik": other})
    assert reading.people[0].id == other
    result = log_contact(crm, reading.request(), now=NOW)
    assert [p.person_id for p in crm.meetings.get(result.meeting_id).participants] == [other]


def test_completion_after_plus_and_hash() -> None:
    text = "Møte @ fredag + Kari Vik, Pe # Tøn\n- Ring + Ka\n\nNotat + Ka"
    at = text.index(", Pe") + 4
    assert completion_at(text, at) == completion_at(text, at)
    found = completion_at(text, at)
    assert found is not None and (found.marker, found.prefix) == ("+", "Pe")
    assert text[found.start:found.end] == "Pe"
    found = completion_at(text, text.index("Tøn") + 3)
    assert found is not None and (found.marker, found.prefix, text[found.start:found.end]) == ("#", "Tøn", "Tøn")
    found = completion_at(text, text.index("+ Ka") + 4)
    assert found is not None and (found.marker, found.prefix) == ("+", "Ka")
    found = completion_at(text, text.index("Kari") + 2)
    assert found is not None and found.prefix == "Ka" and text[found.start:found.end] == "Kari Vik"
    assert completion_at(text, text.index("fredag") + 3) is None  # a date, not a name
    assert completion_at(text, len(text)) is None  # the notes
    assert completion_at("Møte + ", 7) == completion_at("Møte + ", 7)
    empty = completion_at("Møte + ", 7)
    assert empty is not None and empty.prefix == "" and empty.start == empty.end == 7


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("ab æøå@+#!-,\n.:1x\x00\t")) | st.characters(), max_size=120))
def test_any_text_is_a_contact_or_a_clear_message(crm: Crm, text: str) -> None:
    reading = read_quick_text(crm, text, now=NOW)
    completion_at(text, len(text) // 2)
    try:
        result = log_contact(crm, reading.request(), now=NOW)
    except UserError as error:
        assert str(error).strip()
        assert "Traceback" not in str(error)
        return
    assert crm.meetings.get(result.meeting_id).title


def test_a_due_date_without_a_year_is_the_next_one(crm: Crm) -> None:
    december = dt.datetime(2026, 12, 1, 9, 0, tzinfo=clock.OSLO)
    reading = read_quick_text(crm, "Møte\n- Avklare budsjett @ 1.7", now=december)
    assert reading.follow_ups[0].due == dt.date(2027, 7, 1)
    result = log_contact(crm, reading.request(), now=december)
    assert crm.follow_ups.for_meeting(result.meeting_id)[0].due_date == dt.date(2027, 7, 1)
