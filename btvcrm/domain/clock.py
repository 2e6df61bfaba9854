"""The one place that asks what time it is, so tests can freeze it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")

_frozen: dt.datetime | None = None


def now() -> dt.datetime:
    """The current time in Norway, timezone-aware, to the second."""
    if _frozen is not None:
        return _frozen
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
