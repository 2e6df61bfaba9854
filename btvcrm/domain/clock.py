"""The one place that asks what time it is, so tests can freeze it."""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")

_frozen: dt.datetime | None = None


def _from_environment() -> dt.datetime | None:
    """`BTVCRM_TODAY=2016-06-15` pins the date (demos, screenshots) at 09:00."""
    value = os.environ.get("BTVCRM_TODAY")
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return dt.datetime.combine(day, dt.time(9, 0), tzinfo=OSLO)


def now() -> dt.datetime:
    """The current time in Norway, timezone-aware, to the second."""
    if _frozen is not None:
        return _frozen
    pinned = _from_environment()
    if pinned is not None:
        return pinned
    return dt.datetime.now(OSLO).replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def now_iso() -> str:
    return now().isoformat()


def freeze(moment: dt.datetime | None) -> None:
    """Pin the clock (tests, demo data); `freeze(None)` lets it run again."""
    global _frozen
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=OSLO)
    _frozen = moment
