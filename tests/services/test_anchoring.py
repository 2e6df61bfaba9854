"""services.anchoring: a county's or an organisation's step on the ladder, dated, citing a meeting."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from btvcrm.demo import fill_demo
from btvcrm.domain import clock
from btvcrm.domain.enums import AnchoringStage
from btvcrm.domain.errors import UserError
from btvcrm.domain.models import Meeting, Organisation
from btvcrm.services import anchoring
from btvcrm.services.anchoring import AnchoringStepRequest
from btvcrm.storage.crm import Crm

NOW = dt.datetime(2016, 6, 14, 12, 0, tzinfo=clock.OSLO)


@pytest.fixture
def crm() -> Iterator[Crm]:
    clock.freeze(NOW)
    with Crm.open(None) as opened:
        yield opened
    clock.freeze(None)


def test_county_up_and_down_with_date_note_and_meeting(crm: Crm) -> None:
    telemark = int(crm.counties.by_name("Telemark").id or 0)
    meeting = crm.meetings.save(Meeting(title="Forventninger og rammer", starts_at=NOW))
    moved = anchoring.step(crm, AnchoringStepRequest(1, county_id=telemark, on_text="i går",
                                                     meeting_id=meeting, note="Godt møte"))
    assert (moved.previous, moved.stage) == (AnchoringStage.NOT_CONTACTED, AnchoringStage.FIRST_CONTACT)
    assert moved.changed_on == dt.date(2016, 6, 13)
    assert "Telemark" in moved.message and "13.06.2016" in moved.message
    change = crm.anchoring.current(county_id=telemark)
    assert change is not None and (change.meeting_id, change.note) == (meeting, "Godt møte")
    anchoring.step(crm, AnchoringStepRequest(1, county_id=telemark))
    down = anchoring.step(crm, AnchoringStepRequest(-1, county_id=telemark))
    assert down.stage is AnchoringStage.FIRST_CONTACT and down.changed_on == NOW.date()
    assert len(crm.anchoring.history(county_id=telemark)) == 3


def test_organisation_ladder_and_the_ends(crm: Crm) -> None:
    org = crm.organisations.save(Organisation(name="Vestre Viken HF"))
    with pytest.raises(UserError, match="Vestre Viken HF er allerede"):
        anchoring.step(crm, AnchoringStepRequest(-1, organisation_id=org))
    for _ in range(len(AnchoringStage) - 1):
        anchoring.step(crm, AnchoringStepRequest(1, organisation_id=org))
    assert crm.anchoring.current_stage(organisation_id=org) is AnchoringStage.CO_OWNER
    with pytest.raises(UserError):
        anchoring.step(crm, AnchoringStepRequest(1, organisation_id=org))
    assert len(crm.anchoring.history(organisation_id=org)) == len(AnchoringStage) - 1


def test_bad_input_writes_nothing(crm: Crm) -> None:
    telemark = int(crm.counties.by_name("Telemark").id or 0)
    with pytest.raises(UserError):
        anchoring.step(crm, AnchoringStepRequest(1, county_id=telemark, on_text="blåmandag"))
    with pytest.raises(UserError):
        anchoring.step(crm, AnchoringStepRequest(2, county_id=telemark))
    with pytest.raises(UserError):
        anchoring.step(crm, AnchoringStepRequest(1))
    with pytest.raises(UserError):
        anchoring.step(crm, AnchoringStepRequest(1, county_id=telemark, meeting_id=999))
    assert crm.anchoring.history(county_id=telemark) == []


def test_assess_on_the_power_interest_map(crm: Crm) -> None:
    org = crm.organisations.save(Organisation(name="Tønsberg kommune"))
    anchoring.assess(crm, org, 4, 5)
    anchoring.assess(crm, org, 5, 5)
    assert [(a.influence, a.interest) for a in crm.assessments.history(organisation_id=org)] == [(4, 5), (5, 5)]
    with pytest.raises(UserError):
        anchoring.assess(crm, org, 6, 1)


def test_a_step_dated_before_the_latest_change_is_refused_and_writes_nothing(crm: Crm) -> None:
    """The demo's Telemark (id 2) last changed 14.06 to «forventninger avklart»: a step
    dated 11.06 would move from that stage but sort before it, so it is refused."""
    fill_demo(crm)
    telemark = 2
    assert crm.counties.get(telemark).name == "Telemark"
    before = crm.anchoring.history(county_id=telemark)
    for _ in range(2):  # again: no duplicates piling up
        with pytest.raises(UserError) as refused:
            anchoring.step(crm, AnchoringStepRequest(1, county_id=telemark, on=dt.date(2016, 6, 11)))
        assert str(refused.value) == ("Telemark fikk sist ny forankringsstatus 14.06.2016 («forventninger avklart»), "
                                      "så en ny endring må dateres 14.06.2016 eller senere.")
    with pytest.raises(UserError, match="14.06.2016 eller senere"):
        anchoring.step(crm, AnchoringStepRequest(-1, county_id=telemark, on_text="13.06"))
    assert crm.anchoring.history(county_id=telemark) == before
    assert crm.anchoring.current_stage(county_id=telemark) is AnchoringStage.EXPECTATIONS_CLARIFIED
    # The same day as the latest change, or later, is a step as before.
    moved = anchoring.step(crm, AnchoringStepRequest(1, county_id=telemark, on=dt.date(2016, 6, 14)))
    assert (moved.previous, moved.stage) == (AnchoringStage.EXPECTATIONS_CLARIFIED, AnchoringStage.COMMITTED)
    assert crm.anchoring.current_stage(county_id=telemark) is AnchoringStage.COMMITTED
    history = crm.anchoring.history(county_id=telemark)
    assert [(h.stage, h.changed_on) for h in history] == [
        (AnchoringStage.FIRST_CONTACT, dt.date(2016, 4, 20)), (AnchoringStage.INFORMED, dt.date(2016, 5, 12)),
        (AnchoringStage.EXPECTATIONS_CLARIFIED, dt.date(2016, 6, 14)), (AnchoringStage.COMMITTED, dt.date(2016, 6, 14)),
    ]
    # Every step in the history is one rung from the one before it.
    rungs = [0, *(h.stage.rung for h in history)]
    assert all(abs(b - a) == 1 for a, b in zip(rungs, rungs[1:], strict=False))


def test_back_dated_steps_are_refused_for_organisations_and_in_the_repository(crm: Crm) -> None:
    org = crm.organisations.save(Organisation(name="Vestre Viken HF"))
    anchoring.step(crm, AnchoringStepRequest(1, organisation_id=org, on=dt.date(2016, 6, 1)))
    with pytest.raises(UserError, match=re.escape("Vestre Viken HF fikk sist ny forankringsstatus 01.06.2016 "
                                                  "(«første kontakt»)")):
        anchoring.step(crm, AnchoringStepRequest(1, organisation_id=org, on=dt.date(2016, 5, 1)))
    with pytest.raises(UserError):
        crm.anchoring.step(organisation_id=org, on=dt.date(2016, 5, 31))
    assert len(crm.anchoring.history(organisation_id=org)) == 1
