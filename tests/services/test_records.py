"""records: save with an organisation typed by name, delete to the trash and restore; Kind.parse."""
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import Person
from btvcrm.services import records
from btvcrm.storage.crm import Crm


def test_it():
    crm = Crm.open(None)
    s = records.save_person(crm, Person(name="Kari"), organisation_name="Tønsberg kommune")
    assert s.new and s.created_organisations
    p = crm.people.get(s.id); assert p.organisation_id
    d = records.delete(crm, Kind.PERSON, s.id); assert "Kari" in d.message
    records.restore(crm, Kind.PERSON, s.id)
    assert Kind.parse("follow-ups") is Kind.FOLLOW_UP and Kind.parse("organisasjon") is Kind.ORGANISATION
