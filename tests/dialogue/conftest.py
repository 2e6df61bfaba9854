"""Fixtures for the market dialogue tests: a file with an initiative and a dialogue."""

from __future__ import annotations

import pytest
from dialogue_helpers import at

from btvcrm.domain import clock
from btvcrm.domain.models import Initiative, Organisation
from btvcrm.services import market_dialogue as md
from btvcrm.storage.crm import Crm


@pytest.fixture
def dialogue_id(mem_crm: Crm) -> int:
    clock.freeze(at("2016-05-17T10:00"))
    buyer = mem_crm.organisations.save(Organisation(name="Telemark fylkeskommune"))
    initiative = mem_crm.initiatives.save(Initiative(title="Digitalt styringsverktøy", owner_organisation_id=buyer,
                                                     doffin_id="2016-123456"))
    return md.create_dialogue(mem_crm, md.CreateDialogueRequest(
        initiative_id=initiative, title="Dialogkonferanse Telemark", date_text="14.06.2016 10:00",
        place="Skien", programme=["10.00 Velkommen – Siri Lunde", "10.15 Behovet"])).id
