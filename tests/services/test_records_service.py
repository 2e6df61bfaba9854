"""records: save with an organisation typed by name, delete to the trash and restore; Kind.parse."""

from __future__ import annotations

import pytest

from btvcrm.domain.errors import ValidationError
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import Person
from btvcrm.services import records
from btvcrm.storage.crm import Crm


def test_save_delete_restore_person() -> None:
    crm = Crm.open(None)
    saved = records.save_person(crm, Person(name="Kari"), organisation_name="Tønsberg kommune")
    assert saved.new
    assert saved.created_organisations
    assert crm.people.get(saved.id).organisation_id
    deleted = records.delete(crm, Kind.PERSON, saved.id)
    assert "Kari" in deleted.message
    records.restore(crm, Kind.PERSON, saved.id)


def test_kind_parse() -> None:
    assert Kind.parse("follow-ups") is Kind.FOLLOW_UP
    assert Kind.parse("organisasjon") is Kind.ORGANISATION


def test_follow_up_with_names_one_transaction() -> None:
    from btvcrm.domain.models import FollowUp

    crm = Crm.open(None)
    saved = records.save_follow_up_named(crm, FollowUp(text="Ring"), responsible="Per Hansen",
                                         organisation="Vestre Viken HF")
    assert saved.new and [name for _i, name in saved.created_people] == ["Per Hansen"]
    assert [name for _i, name in saved.created_organisations] == ["Vestre Viken HF"]
    item = crm.follow_ups.get(saved.id)
    assert crm.people.get(item.responsible_person_id or 0).name == "Per Hansen"
    again = records.save_follow_up_named(crm, item, responsible="Anne Olsen", user_name="Anne Olsen")
    assert crm.follow_ups.get(again.id).responsible_person_id is None  # her own name means herself
    assert "Ny person" not in again.message
    before = crm.people.count()
    with pytest.raises(ValidationError):
        records.save_follow_up_named(crm, FollowUp(text=""), responsible="Ny Nordmann")
    assert crm.people.count() == before  # the failed save created nobody


def test_meeting_record_by_names_and_ids() -> None:
    import datetime as dt

    from btvcrm.domain import clock
    from btvcrm.domain.models import Meeting, Organisation

    crm = Crm.open(None)
    vestfold = crm.counties.by_name("Vestfold").id or 0
    org_id = crm.organisations.save(Organisation(name="Tønsberg kommune", county_ids=[vestfold]))
    meeting = Meeting(title="Ferje", starts_at=dt.datetime(2016, 6, 14, 10, tzinfo=clock.OSLO))
    saved = records.save_meeting_record(crm, meeting, organisation_names=[str(org_id)],
                                        person_names=["Kari Vik"], counties_from_organisations=True)
    stored = crm.meetings.get(saved.id)
    assert stored.organisation_ids == [org_id] and stored.county_ids == [vestfold]
    kari = crm.people.find_by_name("Kari Vik")
    assert kari is not None and kari.organisation_id == org_id
    assert saved.created_people == [(kari.id, "Kari Vik")]


def test_trash_rules() -> None:
    from btvcrm.domain.errors import UserError

    crm = Crm.open(None)
    saved = records.save_person(crm, Person(name="Kari"))
    assert not records.in_trash(crm, Kind.PERSON, saved.id)
    with pytest.raises(UserError, match="ligger ikke i papirkurven"):
        records.restore(crm, Kind.PERSON, saved.id)
    records.delete(crm, Kind.PERSON, saved.id)
    assert records.in_trash(crm, Kind.PERSON, saved.id)
    with pytest.raises(UserError, match="allerede i papirkurven"):
        records.delete(crm, Kind.PERSON, saved.id)
