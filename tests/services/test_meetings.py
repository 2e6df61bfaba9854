"""services.meetings: one meeting with its minutes, people and follow-ups in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from btvcrm.domain import clock
from btvcrm.domain.enums import AgendaMark, Attendance, FollowUpStatus, MinutesStatus
from btvcrm.domain.errors import UserError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import (
    AgendaItem,
    FollowUp,
    Initiative,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from btvcrm.services import records
from btvcrm.services.meetings import (
    FollowUpEntry,
    MeetingRequest,
    ParticipantEntry,
    delete_meeting,
    restore_meeting,
    save_meeting,
)
from btvcrm.storage.crm import Crm

NOW = dt.datetime(2016, 6, 14, 12, 0, tzinfo=clock.OSLO)


@pytest.fixture
def crm() -> Iterator[Crm]:
    clock.freeze(NOW)
    with Crm.open(None) as opened:
        yield opened
    clock.freeze(None)


def _counts(crm: Crm) -> dict[str, int]:
    tables = ("meetings", "follow_ups", "people", "organisations", "meeting_participants", "agenda_items",
              "decisions")
    return {t: crm.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_new_meeting_with_everything(crm: Crm) -> None:
    telemark = crm.counties.by_name("Telemark").id
    org = crm.organisations.save(Organisation(name="Telemark fylkeskommune", county_ids=[telemark]))
    kari = crm.people.save(Person(name="Kari Nordmann", organisation_id=org))
    initiative = crm.initiatives.save(Initiative(title="Digitalt styringsverktøy"))
    request = MeetingRequest(
        title="Dialogkonferanse",
        when_text="14.06.2016 kl 10",
        participants=[ParticipantEntry("Kari Nordmann", kari),
                      ParticipantEntry("Per Nilsen", attendance=Attendance.ABSENT)],
        agenda=[AgendaItem("Status", AgendaMark.ORIENTATION), AgendaItem("Medeierskap", AgendaMark.DECISION)],
        decisions=["Telemark går inn som medeier."],
        follow_ups=[FollowUpEntry("Sende referat", due_text="fredag"),
                    FollowUpEntry("Forberede avtale", due_text="om 2 uker", responsible_name="Per Nilsen")],
        county_ids=[telemark],
        organisations=["Telemark fylkeskommune"],
        initiatives=["Digitalt styringsverktøy"],
        tags=["konferanse"],
        minutes_status=MinutesStatus.APPROVED,
    )
    saved = save_meeting(crm, request)
    assert saved.new
    meeting = crm.meetings.get(saved.meeting_id)
    assert meeting.starts_at == dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO)
    per = crm.people.find_by_name("Per Nilsen")
    assert per is not None and per.organisation_id == org  # one organisation: new people work there
    assert saved.created_people == [(per.id, "Per Nilsen")]
    assert [(p.person_id, p.attendance) for p in meeting.participants] == [
        (kari, Attendance.PRESENT), (per.id, Attendance.ABSENT)]
    assert meeting.initiative_ids == [initiative]
    assert meeting.decisions == ["Telemark går inn som medeier."]
    items = crm.follow_ups.for_meeting(saved.meeting_id)
    assert [i.id for i in items] == saved.follow_up_ids
    assert [(i.text, i.due_date, i.responsible_person_id) for i in items] == [
        ("Sende referat", dt.date(2016, 6, 17), None),
        ("Forberede avtale", dt.date(2016, 6, 28), per.id),
    ]
    # One organisation, one county, one initiative: new follow-ups are linked to them.
    assert {(i.organisation_id, i.county_id, i.initiative_id) for i in items} == {(org, telemark, initiative)}
    assert "Per Nilsen" in saved.message


def test_one_organisation_named_twice_still_counts_as_one(crm: Crm) -> None:
    """Quick log's rule with its de-duplication: the same organisation twice is one organisation."""
    org = crm.organisations.save(Organisation(name="Tønsberg kommune"))
    saved = save_meeting(crm, MeetingRequest(
        title="Ferje", when_text="i dag kl 13",
        organisations=["Tønsberg kommune", "tønsberg kommune"],
        participants=[ParticipantEntry("Ola Hansen")],
        follow_ups=[FollowUpEntry("Ringe tilbake")],
    ))
    assert crm.meetings.get(saved.meeting_id).organisation_ids == [org]
    ola = crm.people.find_by_name("Ola Hansen")
    assert ola is not None and ola.organisation_id == org
    assert crm.follow_ups.get(saved.follow_up_ids[0]).organisation_id == org


def test_a_failed_save_writes_nothing_and_the_same_request_saves_after_the_fix(crm: Crm) -> None:
    """The stuck meeting editor: a too-long follow-up in row 2 failed the save, and row 1
    kept an id from the rolled-back transaction, so every later save failed."""
    meeting_id = crm.meetings.save(Meeting(title="Forventninger", starts_at=NOW))
    before = _counts(crm)
    request = MeetingRequest(
        id=meeting_id, title="Forventninger og rammer", when_text="14.06.2016 kl 10",
        participants=[ParticipantEntry("Ny Person")],
        follow_ups=[FollowUpEntry("Sende referat"), FollowUpEntry("x" * 10_001)],
    )
    with pytest.raises(UserError):
        save_meeting(crm, request)
    assert _counts(crm) == before
    assert crm.meetings.get(meeting_id).title == "Forventninger"
    request.follow_ups[1].text = "Forberede avtale"
    saved = save_meeting(crm, request)
    after = _counts(crm)
    assert after["follow_ups"] == before["follow_ups"] + 2
    assert after["people"] == before["people"] + 1
    assert after["meetings"] == before["meetings"]
    assert [f.text for f in crm.follow_ups.for_meeting(meeting_id)] == ["Sende referat", "Forberede avtale"]
    # Saving again with the ids handed back edits the same rows.
    for entry, item_id in zip(request.follow_ups, saved.follow_up_ids, strict=True):
        entry.id = item_id
    request.participants = [ParticipantEntry("Ny Person", saved.created_people[0][0])]
    save_meeting(crm, request)
    assert _counts(crm) == after


def test_edit_keeps_what_the_request_does_not_name(crm: Crm) -> None:
    meeting_id = crm.meetings.save(Meeting(title="Møte", starts_at=NOW, uid="abc@example.no",
                                           participants=[]))
    item = crm.follow_ups.save(FollowUp(text="Gammelt", meeting_id=meeting_id, organisation_id=None))
    save_meeting(crm, MeetingRequest(
        id=meeting_id, title="Møte", starts_at=NOW,
        follow_ups=[FollowUpEntry("Gammelt, endret", id=item, status=FollowUpStatus.DONE)],
    ))
    assert crm.meetings.get(meeting_id).uid == "abc@example.no"
    changed = crm.follow_ups.get(item)
    assert (changed.text, changed.status, changed.status_changed_on) == (
        "Gammelt, endret", FollowUpStatus.DONE, NOW.date())


def test_removed_follow_ups_go_to_the_trash(crm: Crm) -> None:
    meeting_id = crm.meetings.save(Meeting(title="Møte", starts_at=NOW))
    item = crm.follow_ups.save(FollowUp(text="Bort", meeting_id=meeting_id))
    save_meeting(crm, MeetingRequest(id=meeting_id, title="Møte", starts_at=NOW, removed_follow_up_ids=[item]))
    assert crm.follow_ups.for_meeting(meeting_id) == []
    assert crm.follow_ups.query_count(ListFilter(deleted=True)) == 1


def test_clear_sentences_for_what_the_user_typed(crm: Crm) -> None:
    with pytest.raises(UserError, match="initiativ"):
        save_meeting(crm, MeetingRequest(title="M", starts_at=NOW, initiatives=["Finnes ikke"]))
    with pytest.raises(UserError, match="Sende"):
        save_meeting(crm, MeetingRequest(title="M", starts_at=NOW,
                                         follow_ups=[FollowUpEntry("Sende", due_text="blåmandag")]))
    with pytest.raises(UserError):
        save_meeting(crm, MeetingRequest(title="M", starts_at=NOW, follow_ups=[FollowUpEntry("  ")]))
    with pytest.raises(UserError, match="dato"):
        save_meeting(crm, MeetingRequest(title="M", when_text=" "))
    assert crm.meetings.count() == 0


def test_same_person_twice_is_one_participant(crm: Crm) -> None:
    kari = crm.people.save(Person(name="Kari Nordmann"))
    saved = save_meeting(crm, MeetingRequest(title="M", starts_at=NOW, participants=[
        ParticipantEntry("Kari Nordmann", kari), ParticipantEntry("kari nordmann")]))
    assert crm.meetings.get(saved.meeting_id).participants == [Participant(kari)]


def test_delete_and_restore(crm: Crm) -> None:
    saved = save_meeting(crm, MeetingRequest(title="Slettes", starts_at=NOW))
    deleted = delete_meeting(crm, saved.meeting_id)
    assert deleted.kind is Kind.MEETING and "Slettes" in deleted.message
    assert crm.meetings.count() == 0
    restored = restore_meeting(crm, saved.meeting_id)
    assert isinstance(restored, records.Saved)
    assert crm.meetings.count() == 1


def test_a_follow_up_due_date_in_words_counts_from_the_meeting_not_from_the_day_it_is_typed(crm: Crm) -> None:
    """Minutes of a meeting on 15 June 2016 written ten years later: «fredag» is 17 June 2016
    (found in a real-window walk: it was saved as a Friday in December 2026)."""
    typed_on = dt.datetime(2026, 12, 2, 9, 0, tzinfo=clock.OSLO)
    saved = save_meeting(crm, MeetingRequest(
        title="Møte i Telemark", when_text="15.06.2016 kl 10",
        follow_ups=[FollowUpEntry("Sende referat", due_text="fredag"),
                    FollowUpEntry("Avtale oppfølging", due_text="1.7")]), now=typed_on)
    due = {f.text: f.due_date for f in crm.follow_ups.for_meeting(saved.meeting_id)}
    assert due == {"Sende referat": dt.date(2016, 6, 17), "Avtale oppfølging": dt.date(2016, 7, 1)}
