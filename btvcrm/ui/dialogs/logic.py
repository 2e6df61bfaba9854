"""Qt-free, SQL-free helpers behind the dialogs: the live preview of inline
follow-up lines and of a meeting's date. Saving goes through
`btvcrm.services.quick_log`, the same code as `btvcrm log`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, ParsedWhen, parse_when
from btvcrm.services.quick_log import follow_up_parts, resolve_when

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

@dataclass(frozen=True)
class FollowUpLine:
    text: str
    due: dt.date | None
    error: str = ""


def parse_follow_up_lines(text: str, *, today: dt.date | None = None, lang: str = "nb") -> list[FollowUpLine]:
    """"Send invitasjon @ fredag" -> text and due date; one follow-up per non-empty line.

    The same reading as the quick-log service (`follow_up_parts`); a bad date gives
    a line with `error` set, for the live preview."""
    day = today or clock.today()
    lines: list[FollowUpLine] = []
    for raw in text.splitlines():
        line = raw.strip().lstrip("-•*").strip()
        if not line:
            continue
        what, when = follow_up_parts(line)
        if when is None:
            lines.append(FollowUpLine(what, None))
            continue
        try:
            lines.append(FollowUpLine(what, parse_when(when, today=day).date))
        except DateParseError as error:
            lines.append(FollowUpLine(what, None, error.message_for(lang)))
    return lines


def parse_meeting_when(text: str, *, today: dt.date | None = None) -> tuple[ParsedWhen, dt.datetime]:
    """Parse free text with the quick-log service's rule for a missing time."""
    now = clock.now()
    if today is not None and today != now.date():
        now = dt.datetime.combine(today, dt.time(9, 0), tzinfo=clock.OSLO)
    parsed = parse_when(text, today=now.date())
    return parsed, resolve_when(text, now)


def counties_of_organisations(crm: Crm, names: list[str]) -> set[int]:
    """Counties of the named organisations that exist already."""
    result: set[int] = set()
    for name in names:
        org = crm.organisations.find_by_name(name)
        if org is not None:
            result.update(org.county_ids)
    return result
