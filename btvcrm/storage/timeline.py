"""One timeline of everything about an organisation, person, county or initiative."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm


@dataclass(frozen=True)
class TimelineEntry:
    when: str  # ISO date or date-time, sorts as text
    kind: str  # meeting, follow_up, anchoring, lesson, assessment
    id: int
    title: str
    detail: str = ""


_MEETING_LINK = {
    "organisation": "SELECT meeting_id FROM meeting_organisations WHERE organisation_id = :id",
    "person": "SELECT meeting_id FROM meeting_participants WHERE person_id = :id",
    "county": "SELECT meeting_id FROM meeting_counties WHERE county_id = :id",
    "initiative": "SELECT meeting_id FROM meeting_initiatives WHERE initiative_id = :id",
}
_FOLLOW_UP_LINK = {
    "organisation": "f.organisation_id = :id",
    "person": "(f.person_id = :id OR f.responsible_person_id = :id)",
    "county": "f.county_id = :id",
    "initiative": "f.initiative_id = :id",
}


class TimelineService:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def for_entity(self, entity: str, entity_id: int, *, limit: int = 200, offset: int = 0) -> list[TimelineEntry]:
        if entity not in _MEETING_LINK:
            raise ValueError(entity)
        parts = [
            "SELECT m.starts_at AS happened, 'meeting' AS kind, m.id, m.title, m.kind AS detail FROM meetings m "
            f"WHERE m.deleted_at IS NULL AND m.id IN ({_MEETING_LINK[entity]})",
            "SELECT coalesce(f.status_changed_on, f.due_date, substr(f.created_at, 1, 10)), 'follow_up', f.id, "
            f"f.text, f.status FROM follow_ups f WHERE f.deleted_at IS NULL AND ({_FOLLOW_UP_LINK[entity]}"
            + (" OR f.meeting_id IN (SELECT meeting_id FROM meeting_organisations WHERE organisation_id = :id))"
               if entity == "organisation" else ")"),
        ]
        if entity in ("county", "organisation"):
            column = "county_id" if entity == "county" else "organisation_id"
            parts.append(
                f"SELECT a.changed_on, 'anchoring', a.id, a.stage, a.note FROM anchoring_changes a WHERE a.{column} = :id"
            )
        if entity == "county":
            parts.append(
                "SELECT l.learned_on, 'lesson', l.id, l.title, '' FROM lessons l WHERE l.deleted_at IS NULL AND "
                "(l.learned_in_county_id = :id OR l.id IN (SELECT lesson_id FROM lesson_counties WHERE county_id = :id))"
            )
        if entity == "initiative":
            parts.append(
                "SELECT l.learned_on, 'lesson', l.id, l.title, '' FROM lessons l WHERE l.deleted_at IS NULL AND "
                "l.id IN (SELECT lesson_id FROM lesson_initiatives WHERE initiative_id = :id)"
            )
        if entity in ("organisation", "person"):
            column = "organisation_id" if entity == "organisation" else "person_id"
            parts.append(
                "SELECT a.assessed_on, 'assessment', a.id, 'påvirkning ' || a.influence || ', interesse ' || a.interest, "
                f"a.note FROM assessments a WHERE a.{column} = :id"
            )
        sql = " UNION ALL ".join(parts) + " ORDER BY happened DESC, kind, id DESC LIMIT :limit OFFSET :offset"
        params: dict[str, Any] = {"id": entity_id, "limit": limit, "offset": offset}
        rows = self.crm.db.execute(sql, params).fetchall()
        return [TimelineEntry(str(r[0] or ""), r[1], int(r[2]), str(r[3] or ""), str(r[4] or "")) for r in rows]


@dataclass(frozen=True)
class RecentEntry:
    """One line of "recent activity" on I dag: a changed meeting or a done follow-up."""

    when: str  # when it changed (ISO): a meeting's last save, a follow-up's status change; sorts as text
    kind: str  # "meeting" or "follow_up"
    id: int
    title: str
    meeting_id: int | None  # the meeting itself, or the follow-up's meeting (what I dag opens)


def recent_activity(crm: Crm, *, meetings: int = 8, done: int = 5, limit: int = 12) -> list[RecentEntry]:
    """The most recently changed meetings and the most recently done follow-ups,
    newest first; each read in index order (updated_at; status, status_changed_on)
    with a LIMIT, whatever the size of the file."""
    entries = [
        RecentEntry(str(changed or ""), "meeting", int(item_id), str(title or ""), int(item_id))
        for item_id, changed, title in crm.db.execute(
            "SELECT id, updated_at, title FROM meetings WHERE deleted_at IS NULL "
            "ORDER BY updated_at DESC, id DESC LIMIT ?", [meetings]
        ).fetchall()
    ]
    entries.extend(
        RecentEntry(str(changed or ""), "follow_up", int(item_id), str(text or ""),
                    int(meeting_id) if meeting_id is not None else None)
        for item_id, changed, text, meeting_id in crm.db.execute(
            "SELECT id, status_changed_on, text, meeting_id FROM follow_ups WHERE deleted_at IS NULL "
            "AND status = 'done' ORDER BY status_changed_on DESC, id DESC LIMIT ?", [done]
        ).fetchall()
    )
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:limit]
