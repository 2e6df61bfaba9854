"""records: save with an organisation typed by name, delete to the trash and restore; Kind.parse."""

from __future__ import annotations

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
