"""Qt-free, SQL-free helpers behind the dialogs: reading the inline follow-up
lines, turning typed names into ids (creating new records inside the caller's
transaction), and Norwegian date text for a meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from btvcrm.domain import clock
from btvcrm.domain.dates import DateParseError, ParsedWhen, parse_when
from btvcrm.domain.models import Organisation, Person

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

DEFAULT_TIME = dt.time(9, 0)


@dataclass(frozen=True)
class FollowUpLine:
    text: str
    due: dt.date | None
    error: str = ""


def parse_follow_up_lines(text: str, *, today: dt.date | None = None, lang: str = "nb") -> list[FollowUpLine]:
    """"Send invitasjon @ fredag" -> text and due date; one follow-up per non-empty line.

    A line without "@" has no due date. A bad date gives a line with `error` set."""
    day = today or clock.today()
    lines: list[FollowUpLine] = []
    for raw in text.splitlines():
        line = raw.strip().lstrip("-•*").strip()
        if not line:
            continue
        if "@" in line:
            what, _sep, when = line.rpartition("@")
            what = what.strip()
            when = when.strip()
            if not when:
                lines.append(FollowUpLine(what, None))
                continue
            try:
                due = parse_when(when, today=day).date
            except DateParseError as error:
                lines.append(FollowUpLine(what, None, error.message_for(lang)))
                continue
            lines.append(FollowUpLine(what or line, due))
        else:
            lines.append(FollowUpLine(line, None))
    return lines


def parse_meeting_when(text: str, *, today: dt.date | None = None) -> tuple[ParsedWhen, dt.datetime]:
    """Parse free text; the datetime is aware in Oslo time (09.00 when no time is given)."""
    parsed = parse_when(text, today=today or clock.today())
    moment = dt.datetime.combine(parsed.date, parsed.time or DEFAULT_TIME).replace(tzinfo=clock.OSLO)
    return parsed, moment


def resolve_organisations(
    crm: Crm, names: list[str], known: dict[str, int] | None = None, *, new_county_ids: list[int] | None = None
) -> tuple[list[int], list[str]]:
    """Ids for names (creating unknown ones, in `new_county_ids`). Call inside `crm.write()`.

    Returns (ids, created names)."""
    ids: list[int] = []
    created: list[str] = []
    for name in names:
        org_id = (known or {}).get(name.casefold())
        if org_id is None:
            found = crm.organisations.find_by_name(name)
            org_id = found.id if found else None
        if org_id is None:
            org_id = crm.organisations.save(Organisation(name=name, county_ids=list(new_county_ids or [])))
            created.append(name)
        ids.append(int(org_id))
    return list(dict.fromkeys(ids)), created


def resolve_people(
    crm: Crm, names: list[str], *, organisation_id: int | None = None, known: dict[str, int] | None = None
) -> tuple[list[int], list[str]]:
    """Ids for names (creating unknown people at `organisation_id`). Call inside `crm.write()`."""
    ids: list[int] = []
    created: list[str] = []
    for name in names:
        person_id = (known or {}).get(name.casefold())
        if person_id is None:
            found = crm.people.find_by_name(name)
            person_id = found.id if found else None
        if person_id is None:
            person_id = crm.people.save(Person(name=name, organisation_id=organisation_id))
            created.append(name)
        ids.append(int(person_id))
    return list(dict.fromkeys(ids)), created


def counties_of_organisations(crm: Crm, names: list[str]) -> set[int]:
    """Counties of the named organisations that exist already."""
    result: set[int] = set()
    for name in names:
        org = crm.organisations.find_by_name(name)
        if org is not None:
            result.update(org.county_ids)
    return result
