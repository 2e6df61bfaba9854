"""Plain-text tables for `btvcrm list` and labels for `btvcrm search`."""

from __future__ import annotations

import datetime as dt
import shutil
from typing import Any

from btvcrm.domain.enums import (
    FollowUpStatus,
    InitiativePhase,
    MeetingKind,
    MinutesStatus,
    OrganisationKind,
)

KIND_LABELS = {
    "person": "person",
    "organisation": "organisasjon",
    "meeting": "møte",
    "follow_up": "oppfølging",
    "initiative": "initiativ",
    "lesson": "læringspunkt",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def _date(value: str | None) -> str:
    if not value:
        return ""
    # Imported here: only `list` prints dates (`search` loads this module for kind_label).
    from btvcrm.domain import dates

    try:
        if "T" in value:
            moment = dt.datetime.fromisoformat(value)
            moment = dates.local(moment) if moment.tzinfo is not None else moment
            return f"{dates.format_date_short(moment.date())} {moment:%H.%M}"
        return dates.format_date_short(dt.date.fromisoformat(value))
    except ValueError:
        return value


def _enum(enum_cls: Any, value: str | None) -> str:
    try:
        return enum_cls(value).label("nb")  # type: ignore[no-any-return]
    except ValueError:
        return value or ""


COLUMNS: dict[str, list[tuple[str, str, Any]]] = {
    "meetings": [
        ("id", "Id", str),
        ("starts_at", "Når", _date),
        ("kind", "Type", lambda v: _enum(MeetingKind, v)),
        ("title", "Tittel", str),
        ("organisations", "Organisasjoner", lambda v: v or ""),
        ("minutes_status", "Referat", lambda v: _enum(MinutesStatus, v)),
    ],
    "people": [
        ("id", "Id", str),
        ("name", "Navn", str),
        ("title", "Rolle", lambda v: v or ""),
        ("organisation_name", "Organisasjon", lambda v: v or ""),
        ("email", "E-post", lambda v: v or ""),
    ],
    "organisations": [
        ("id", "Id", str),
        ("name", "Navn", str),
        ("kind", "Type", lambda v: _enum(OrganisationKind, v)),
        ("counties", "Fylker", lambda v: v or ""),
        ("last_contact", "Siste kontakt", _date),
    ],
    "follow-ups": [
        ("id", "Id", str),
        ("due_date", "Frist", _date),
        ("status", "Status", lambda v: _enum(FollowUpStatus, v)),
        ("text", "Hva", str),
        ("responsible", "Ansvarlig", lambda v: v or ""),
    ],
    "initiatives": [
        ("id", "Id", str),
        ("title", "Tittel", str),
        ("phase", "Fase", lambda v: _enum(InitiativePhase, v)),
        ("owner_name", "Eier", lambda v: v or ""),
        ("doffin_id", "Doffin", lambda v: v or ""),
    ],
    "lessons": [
        ("id", "Id", str),
        ("learned_on", "Dato", _date),
        ("learned_in", "Lært i", lambda v: v or ""),
        ("title", "Tittel", str),
    ],
}


def print_table(what: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("Ingen rader.")
        return
    columns = COLUMNS[what]
    cells = [[" ".join(str(fmt(row.get(key))).split()) for key, _h, fmt in columns] for row in rows]
    headers = [header for _k, header, _f in columns]
    widths = [max(len(headers[i]), *(len(r[i]) for r in cells)) for i in range(len(columns))]
    total = shutil.get_terminal_size((120, 20)).columns
    # Shrink the widest text column so a line fits the terminal.
    while sum(widths) + 2 * len(widths) > total and max(widths) > 12:
        widths[widths.index(max(widths))] -= 1

    def line(values: list[str]) -> str:
        parts = []
        for value, width in zip(values, widths, strict=True):
            text = value if len(value) <= width else value[: max(width - 1, 0)] + "…"
            parts.append(text.ljust(width))
        return "  ".join(parts).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in cells:
        print(line(row))
    print(f"({len(rows)} {'rad' if len(rows) == 1 else 'rader'})")


def name_the_user(rows: list[dict[str, Any]], user_name: str) -> list[dict[str, Any]]:
    """Follow-up rows with the user (responsible_person_id None) shown by her name
    from Settings instead of "meg" (see `domain.responsible`)."""
    from btvcrm.domain.responsible import me_label

    me = me_label(user_name)
    for row in rows:
        if "responsible" in row and row.get("responsible_person_id") is None:
            row["responsible"] = me
    return rows
