"""The domain through the repositories: what a user would notice."""

from __future__ import annotations

import datetime as dt

import pytest

from btvcrm.domain import clock
from btvcrm.domain.enums import AnchoringStage, Attendance, FollowUpStatus, MinutesStatus
from btvcrm.domain.errors import NotFoundError, ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import (
    AnchoringChange,
    Assessment,
    FollowUp,
    Initiative,
    Lesson,
    Meeting,
    Organisation,
    Participant,
    Person,
)
from btvcrm.storage.crm import Crm

WHEN = dt.datetime(2016, 6, 14, 10, 0, tzinfo=clock.OSLO)


def test_organisation_round_trip_with_counties_parent_and_tags(mem_crm: Crm) -> None:
    parent = mem_crm.organisations.save(Organisation(name="Telemark fylkeskommune", kind="county_council"))
    org_id = mem_crm.organisations.save(
        Organisation(name="  Innkjøp,  Telemark ", kind="county_council", orgnr="974 760 673", parent_id=parent,
                     website="telemark.no", county_ids=[2], tags=["innkjøp", "Innkjøp", "viktig"])
    )
    org = mem_crm.organisations.get(org_id)
    assert org.name == "Innkjøp, Telemark"
    assert org.orgnr == "974760673"
    assert org.website == "https://telemark.no"
    assert org.parent_id == parent and org.county_ids == [2]
    assert org.tags == ["innkjøp", "viktig"]
    assert [c["name"] for c in mem_crm.organisations.children(parent)] == ["Innkjøp, Telemark"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("orgnr", "974 760 674", "kontrollsifferet"),
        ("orgnr", "12345", "9 siffer"),
        ("website", "ikke en adresse", "nettadresse"),
    ],
)
def test_invalid_organisation_values_name_the_field(mem_crm: Crm, field: str, value: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        mem_crm.organisations.save(Organisation(name="X", **{field: value}))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert mem_crm.organisations.query_count() == 0


def test_organisation_cannot_be_its_own_parent(mem_crm: Crm) -> None:
    a = mem_crm.organisations.save(Organisation(name="A"))
    b = mem_crm.organisations.save(Organisation(name="B", parent_id=a))
    org = mem_crm.organisations.get(a)
    org.parent_id = b
    with pytest.raises(ValidationError, match="under seg selv"):
        mem_crm.organisations.save(org)


def test_person_changing_job_keeps_the_earlier_role(mem_crm: Crm) -> None:
    first = mem_crm.organisations.save(Organisation(name="Drammen kommune"))
    second = mem_crm.organisations.save(Organisation(name="Buskerud fylkeskommune"))
    clock.freeze(dt.datetime(2015, 1, 1, 9, tzinfo=clock.OSLO))
    person_id = mem_crm.people.save(
        Person(name="Ola Bakke", email="ola@example.no", phone="912 34 567", organisation_id=first, title="Rådgiver")
    )
    clock.freeze(dt.datetime(2016, 8, 1, 9, tzinfo=clock.OSLO))
    person = mem_crm.people.get(person_id)
    person.organisation_id, person.title = second, "Seniorrådgiver"
    mem_crm.people.save(person)
    roles = mem_crm.people.roles(person_id)
    assert [(r.organisation_id, r.title, r.end_date) for r in roles] == [
        (second, "Seniorrådgiver", None),
        (first, "Rådgiver", dt.date(2016, 8, 1)),
    ]
    assert mem_crm.people.get(person_id).phone == "+4791234567"
    assert [p["name"] for p in mem_crm.people.at_organisation(first)] == []
    assert [p["name"] for p in mem_crm.people.at_organisation(first, current_only=False)] == ["Ola Bakke"]


@pytest.mark.parametrize(("email", "phone"), [("ikke-epost", None), (None, "12"), (None, "+47 1234")])
def test_invalid_contact_details_are_rejected(mem_crm: Crm, email: str | None, phone: str | None) -> None:
    with pytest.raises(ValidationError):
        mem_crm.people.save(Person(name="Kari", email=email, phone=phone))
    assert mem_crm.people.query_count() == 0


def test_meeting_round_trip(mem_crm: Crm) -> None:
    org = mem_crm.organisations.save(Organisation(name="Tønsberg kommune"))
    kari = mem_crm.people.save(Person(name="Kari"))
    per = mem_crm.people.save(Person(name="Per"))
    meeting = Meeting(
        title="Ferje", starts_at=WHEN, duration_minutes=90, participants=[Participant(kari), Participant(per, Attendance.ABSENT)],
        decisions=["Gå videre", "  "], organisation_ids=[org], county_ids=[3], tags=["ferje"], private_notes="hemmelig",
    )
    meeting_id = mem_crm.meetings.save(meeting)
    loaded = mem_crm.meetings.get(meeting_id)
    assert loaded.starts_at == WHEN
    assert loaded.participants == [Participant(kari), Participant(per, Attendance.ABSENT)]
    assert loaded.decisions == ["Gå videre"]
    assert loaded.uid.endswith("@btvcrm")
    assert loaded.minutes_status == MinutesStatus.DRAFT
    mem_crm.meetings.set_minutes_status(meeting_id, MinutesStatus.APPROVED)
    assert mem_crm.meetings.get(meeting_id).minutes_status == MinutesStatus.APPROVED
    assert mem_crm.meetings.query(ListFilter(organisation_id=org))[0]["organisations"] == "Tønsberg kommune"
    assert mem_crm.meetings.query(ListFilter(person_id=per))[0]["id"] == meeting_id
    assert mem_crm.meetings.query(ListFilter(date_from=dt.date(2016, 6, 15))) == []
    assert len(mem_crm.meetings.query(ListFilter(date_to=dt.date(2016, 6, 14)))) == 1


def test_meeting_link_to_missing_record_is_refused(mem_crm: Crm) -> None:
    with pytest.raises(ValidationError, match="finner ingen organisasjon"):
        mem_crm.meetings.save(Meeting(title="X", starts_at=WHEN, organisation_ids=[999]))
    assert mem_crm.meetings.query_count() == 0


def test_repeating_follow_up_creates_the_next_occurrence(mem_crm: Crm) -> None:
    item_id = mem_crm.follow_ups.save(
        FollowUp(text="Statusrapport", due_date=dt.date(2016, 6, 30), rrule="FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3")
    )
    second = mem_crm.follow_ups.complete(item_id, on=dt.date(2016, 6, 29))
    assert second is not None
    assert mem_crm.follow_ups.get(second).due_date == dt.date(2016, 7, 31)
    third = mem_crm.follow_ups.complete(second)
    assert third is not None and mem_crm.follow_ups.get(third).due_date == dt.date(2016, 8, 31)
    assert mem_crm.follow_ups.complete(third) is None  # COUNT=3 ends the series
    done = mem_crm.follow_ups.get(item_id)
    assert done.status == FollowUpStatus.DONE and done.status_changed_on == dt.date(2016, 6, 29)


def test_follow_up_groups_snooze_and_reassign(mem_crm: Crm) -> None:
    today = dt.date(2016, 6, 15)  # Wednesday
    clock.freeze(dt.datetime(2016, 6, 15, 9, tzinfo=clock.OSLO))
    ids = {
        name: mem_crm.follow_ups.save(FollowUp(text=name, due_date=due))
        for name, due in [("forfalt", dt.date(2016, 6, 1)), ("idag", today), ("uka", dt.date(2016, 6, 19)),
                          ("senere", dt.date(2016, 7, 1)), ("udatert", None)]
    }
    groups = mem_crm.follow_ups.grouped(today=today)
    assert {g: [r["text"] for r in rows] for g, rows in groups.items() if rows} == {
        "overdue": ["forfalt"], "today": ["idag"], "this_week": ["uka"], "later": ["senere"], "no_date": ["udatert"],
    }
    assert mem_crm.follow_ups.snooze(ids["forfalt"], days=1) == dt.date(2016, 6, 16)
    assert mem_crm.follow_ups.snooze(ids["idag"], days=7) == dt.date(2016, 6, 22)
    kari = mem_crm.people.save(Person(name="Kari"))
    mem_crm.follow_ups.reassign(ids["uka"], kari)
    assert mem_crm.follow_ups.get(ids["uka"]).responsible_person_id == kari
    with pytest.raises(ValidationError, match="«gjentakelse»: FREQ må være"):
        mem_crm.follow_ups.save(FollowUp(text="x", due_date=today, rrule="FREQ=SOMETIMES"))


def test_anchoring_ladder_with_history(mem_crm: Crm) -> None:
    meeting_id = mem_crm.meetings.save(Meeting(title="Forankring", starts_at=WHEN))
    assert mem_crm.anchoring.current_stage(county_id=2) == AnchoringStage.NOT_CONTACTED
    mem_crm.anchoring.step(county_id=2, on=dt.date(2016, 5, 1))
    mem_crm.anchoring.record(AnchoringChange(stage=AnchoringStage.EXPECTATIONS_CLARIFIED, changed_on=dt.date(2016, 6, 14),
                                             county_id=2, meeting_id=meeting_id, note="forventninger og rammer"))
    history = mem_crm.anchoring.history(county_id=2)
    assert [(h.stage, h.changed_on) for h in history] == [
        (AnchoringStage.FIRST_CONTACT, dt.date(2016, 5, 1)),
        (AnchoringStage.EXPECTATIONS_CLARIFIED, dt.date(2016, 6, 14)),
    ]
    assert history[-1].meeting_id == meeting_id
    matrix = {row["county"]: row for row in mem_crm.anchoring.matrix()}
    assert matrix["Telemark"]["stage"] == "expectations_clarified"
    assert matrix["Telemark"]["changed_on"] == "2016-06-14"
    assert matrix["Buskerud"]["stage"] == "not_contacted"
    with pytest.raises(ValidationError):
        mem_crm.anchoring.record(AnchoringChange(stage=AnchoringStage.INFORMED, changed_on=dt.date(2016, 1, 1)))


def test_initiative_lesson_and_assessment(mem_crm: Crm) -> None:
    owner = mem_crm.organisations.save(Organisation(name="Vestre Viken HF", county_ids=[1]))
    initiative_id = mem_crm.initiatives.save(
        Initiative(title="Nytt sykehus", owner_organisation_id=owner, county_ids=[1], estimated_value_nok=8_000_000_000,
                   doffin_id="2016-123456")
    )
    assert mem_crm.initiatives.get(initiative_id).doffin_id == "2016-123456"
    with pytest.raises(ValidationError, match="Doffin"):
        mem_crm.initiatives.save(Initiative(title="X", doffin_id="16-1"))
    lesson_id = mem_crm.lessons.save(Lesson(title="Involver drift tidlig", learned_in_county_id=1,
                                            initiative_ids=[initiative_id], relevant_county_ids=[3]))
    assert [r["id"] for r in mem_crm.lessons.query(ListFilter(county_id=3))] == [lesson_id]
    assert [r["id"] for r in mem_crm.lessons.query(ListFilter(county_id=1))] == [lesson_id]
    assert mem_crm.lessons.query(ListFilter(county_id=2)) == []
    mem_crm.assessments.record(Assessment(influence=5, interest=2, assessed_on=dt.date(2016, 5, 1), organisation_id=owner))
    mem_crm.assessments.record(Assessment(influence=5, interest=4, assessed_on=dt.date(2016, 6, 1), organisation_id=owner))
    assert [(a.influence, a.interest) for a in mem_crm.assessments.history(organisation_id=owner)] == [(5, 2), (5, 4)]
    assert mem_crm.assessments.latest_for_county(1)[0]["interest"] == 4
    with pytest.raises(ValidationError, match="1 til 5"):
        mem_crm.assessments.record(Assessment(influence=6, interest=1, assessed_on=dt.date(2016, 6, 1), organisation_id=owner))


def test_timeline_of_an_organisation(demo_crm: Crm) -> None:
    org = demo_crm.organisations.find_by_name("Telemark fylkeskommune")
    assert org is not None and org.id is not None
    entries = demo_crm.timeline.for_entity("organisation", org.id)
    kinds = {entry.kind for entry in entries}
    assert {"meeting", "follow_up", "assessment"} <= kinds
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)


def test_missing_ids_give_not_found(mem_crm: Crm) -> None:
    with pytest.raises(NotFoundError, match="møte med id 42"):
        mem_crm.meetings.get(42)


def test_trash_and_restore(mem_crm: Crm) -> None:
    org_id = mem_crm.organisations.save(Organisation(name="Slettes AS"))
    mem_crm.organisations.soft_delete(org_id)
    assert mem_crm.organisations.query_count() == 0
    assert [r["name"] for r in mem_crm.organisations.query(ListFilter(deleted=True))] == ["Slettes AS"]
    mem_crm.organisations.restore(org_id)
    assert mem_crm.organisations.query_count() == 1


def test_demo_tells_the_story_of_the_article(demo_crm: Crm) -> None:
    stages = {row["county"]: row["stage"] for row in demo_crm.anchoring.matrix()}
    assert stages["Buskerud"] == "co_owner"
    assert stages["Telemark"] != "co_owner" and stages["Vestfold"] != "co_owner"
    dialogue = demo_crm.search.search("Dialogkonferanse Telemark", kinds=["meeting"])[0]
    assert demo_crm.meetings.get(dialogue.id).starts_at.date() == dt.date(2016, 6, 14)
    clock.freeze(dt.datetime(2016, 6, 20, 9, tzinfo=clock.OSLO))
    groups = demo_crm.follow_ups.grouped()
    assert groups["overdue"] and groups["done"]
    assert any(row["rrule"] for row in demo_crm.follow_ups.query(ListFilter(status="open")))
    supplier_counties = [r["counties"] for r in demo_crm.organisations.query(ListFilter(kind="leverandør"))]
    assert len(supplier_counties) >= 12 and "Buskerud, Telemark, Vestfold" in supplier_counties


def test_overdue_key_contacts(demo_crm: Crm) -> None:
    overdue = demo_crm.overdue_key_contacts(dt.date(2016, 6, 20))
    names = [c.name for c in overdue]
    # KS was met 16 June and has a 30-day interval: not overdue on 20 June.
    assert "KS Buskerud, Telemark og Vestfold" not in names
    later = {c.name: c for c in demo_crm.overdue_key_contacts(dt.date(2016, 9, 1))}
    assert later["KS Buskerud, Telemark og Vestfold"].last_contact == dt.date(2016, 6, 16)
    assert later["Hilde Moen"].kind == "person"


def test_listeners_run_after_commit_and_can_be_held(mem_crm: Crm) -> None:
    calls: list[str] = []
    mem_crm.add_listener(lambda: calls.append("changed"))
    mem_crm.organisations.save(Organisation(name="A"))
    assert calls == ["changed"]
    with mem_crm.listeners_held():
        mem_crm.organisations.save(Organisation(name="B"))
        mem_crm.organisations.save(Organisation(name="C"))
        assert calls == ["changed"]
    assert calls == ["changed", "changed"]
    with mem_crm.listeners_held():
        pass
    assert len(calls) == 2
