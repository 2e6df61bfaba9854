"""Key organisations and people that have gone too long without a contact."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from btvcrm.storage.crm import Crm

DEFAULT_INTERVAL_DAYS = 90


@dataclass(frozen=True)
class OverdueContact:
    kind: str  # "organisation" or "person"
    id: int
    name: str
    last_contact: dt.date | None
    interval_days: int

    def days_since(self, today: dt.date) -> int | None:
        return (today - self.last_contact).days if self.last_contact else None


_SQL = {
    "organisation": (
        "SELECT x.id, x.name, x.keep_in_touch_days, "
        "(SELECT max(m.starts_at) FROM meeting_organisations mo JOIN meetings m ON m.id = mo.meeting_id "
        " WHERE mo.organisation_id = x.id AND m.deleted_at IS NULL AND m.starts_at < :tomorrow) "
        "FROM organisations x WHERE x.is_key = 1 AND x.deleted_at IS NULL"
    ),
    "person": (
        "SELECT x.id, x.name, x.keep_in_touch_days, "
        "(SELECT max(m.starts_at) FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id "
        " WHERE mp.person_id = x.id AND mp.attendance = 'present' AND m.deleted_at IS NULL "
        " AND m.starts_at < :tomorrow) "
        "FROM people x WHERE x.is_key = 1 AND x.deleted_at IS NULL AND x.erased_at IS NULL"
    ),
}


def overdue_key_contacts(crm: Crm, today: dt.date) -> list[OverdueContact]:
    """Key contacts whose last contact is older than their keep-in-touch interval
    (90 days when none is set), longest silence first; never contacted first of all."""
    found: list[OverdueContact] = []
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    for kind, sql in _SQL.items():
        for item_id, name, interval, last in crm.db.execute(sql, {"tomorrow": tomorrow}).fetchall():
            days = interval or DEFAULT_INTERVAL_DAYS
            last_day = dt.date.fromisoformat(last[:10]) if last else None
            if last_day is None or (today - last_day).days > days:
                found.append(OverdueContact(kind, item_id, name, last_day, days))
    return sorted(found, key=lambda c: (c.last_contact is not None, c.last_contact or dt.date.min, c.name))


def key_contact_count(crm: Crm) -> int:
    """How many organisations and people are marked as key contacts (in use)."""
    organisations = crm.db.execute(
        "SELECT count(*) FROM organisations WHERE is_key = 1 AND deleted_at IS NULL").fetchone()[0]
    people = crm.db.execute(
        "SELECT count(*) FROM people WHERE is_key = 1 AND deleted_at IS NULL AND erased_at IS NULL").fetchone()[0]
    return int(organisations) + int(people)
