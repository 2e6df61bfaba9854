"""What a list narrows by, shared by the list pages, `btvcrm list` and the repositories."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class ListFilter:
    """What a list screen or `btvcrm list` narrows by. Unset fields do not filter."""

    county_id: int | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    initiative_id: int | None = None
    kind: str | None = None
    status: str | None = None
    tag: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None
    deleted: bool = False  # True lists the trash instead


__all__ = ["ListFilter"]
