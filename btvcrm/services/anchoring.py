"""Move a county or an organisation one rung up or down the anchoring ladder
(ikke kontaktet → … → medeier), dated and optionally citing the meeting that
caused it; and place an organisation on the power/interest map. One
transaction each, behind the county and organisation pages and the counties list.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from btvcrm.domain import clock, dates
from btvcrm.domain.enums import AnchoringStage
from btvcrm.domain.errors import ByLang, UserError, ValidationError
from btvcrm.domain.models import AnchoringChange, Assessment
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage.crm import Crm


@dataclass
class AnchoringStepRequest:
    """One rung up (`direction` 1) or down (-1) for a county or an organisation."""

    direction: int
    county_id: int | None = None
    organisation_id: int | None = None
    on: dt.date | None = None  # None: today (or `on_text`)
    on_text: str = ""  # Norwegian date text ("i går", "14.06"); wins over `on`
    meeting_id: int | None = None  # the meeting that caused the change
    note: str = ""


@dataclass
class AnchoringMoved:
    change_id: int
    name: str  # the county's or organisation's name
    previous: AnchoringStage
    stage: AnchoringStage
    changed_on: dt.date

    @property
    def message(self) -> str:
        return (f"{self.name}: fra «{self.previous.label('nb')}» til «{self.stage.label('nb')}» "
                f"({dates.format_date_short(self.changed_on, 'nb')}).")


def _name(crm: Crm, county_id: int | None, organisation_id: int | None) -> str:
    if (county_id is None) == (organisation_id is None):
        raise ValidationError(
            "county_id", QT_TRANSLATE_NOOP("Errors", "a change is about either a county or an organisation")
        )
    if county_id is not None:
        return crm.counties.get(county_id).name
    assert organisation_id is not None
    return crm.organisations.get(organisation_id).name


def next_stage(crm: Crm, direction: int, *, county_id: int | None = None,
               organisation_id: int | None = None) -> tuple[AnchoringStage, AnchoringStage]:
    """(where it is now, where one step in `direction` takes it); equal at either end."""
    if direction not in (1, -1):
        raise ValidationError("direction", QT_TRANSLATE_NOOP("Errors", "move one step up (1) or down (-1)"))
    stages = list(AnchoringStage)
    now = crm.anchoring.current_stage(county_id=county_id, organisation_id=organisation_id)
    return now, stages[max(0, min(len(stages) - 1, now.rung + direction))]


def step(crm: Crm, request: AnchoringStepRequest) -> AnchoringMoved:
    """Record the step; a refusal (already at the top, a bad date, a date before the latest
    change: the step moves from the latest stage) is a UserError and writes nothing."""
    day = request.on or clock.today()
    if request.on_text.strip():
        day = dates.parse_date(request.on_text, today=clock.today())
    with crm.write():
        name = _name(crm, request.county_id, request.organisation_id)
        now, target = next_stage(crm, request.direction, county_id=request.county_id,
                                 organisation_id=request.organisation_id)
        if target == now:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "%1 is already at “%2”."), name, ByLang(now.label))
        change_id = crm.anchoring.record(AnchoringChange(
            stage=target, changed_on=day, county_id=request.county_id, organisation_id=request.organisation_id,
            meeting_id=request.meeting_id, note=request.note,
        ))
    return AnchoringMoved(change_id, name, now, target, day)


def assess(crm: Crm, organisation_id: int, influence: int, interest: int, *, on: dt.date | None = None,
           note: str = "") -> int:
    """A new dated place on the power/interest map (1–5 each); the history is kept."""
    with crm.write():
        return crm.assessments.record(Assessment(
            influence=influence, interest=interest, assessed_on=on or clock.today(),
            organisation_id=organisation_id, note=note,
        ))


__all__ = ["AnchoringMoved", "AnchoringStepRequest", "assess", "next_stage", "step"]
