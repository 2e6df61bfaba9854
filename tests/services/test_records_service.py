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


def test_add_and_rename_a_county() -> None:
    crm = Crm.open(None)
    saved = records.save_county(crm, "Agder")
    assert saved.new and crm.counties.by_name("agder").id == saved.id
    renamed = records.save_county(crm, "Agder og Rogaland", saved.id)
    assert not renamed.new and renamed.title == "Agder og Rogaland"
    with pytest.raises(ValidationError, match="finnes allerede"):
        records.save_county(crm, "vestfold")
