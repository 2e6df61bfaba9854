"""Helpers shared by the market dialogue tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from btvcrm.domain import clock
from btvcrm.services import market_dialogue as md
from btvcrm.storage.crm import Crm

SAMPLES = Path(__file__).parent / "samples"
REGISTRATION_CSV = SAMPLES / "csv_registration_excel_semicolon_cp1252.csv"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=clock.OSLO)


def register(crm: Crm, dialogue_id: int, org: str, person: str = "", *, one_to_one: bool = False,
             email: str | None = None, when: str | None = None) -> int:
    return md.register(crm, md.RegisterRequest(
        dialogue_id, organisation=org, people=[person] if person else [], email=email,
        wants_one_to_one=one_to_one, registered_at=at(when) if when else None)).registration_id
