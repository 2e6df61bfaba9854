"""Follow-ups (oppfølgingspunkter): open, done or cancelled; may repeat."""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import FollowUpStatus
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import FollowUp
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage import identities
from btvcrm.storage.list_query import ListQueryMixin
from btvcrm.storage.repo_base import Repository, iso_date, parse_iso_date

# Groups on the follow-up page, in display order.
GROUPS = ("overdue", "today", "this_week", "later", "no_date", "done")
GROUP_LABELS = {
    "overdue": ("Forfalt", "Overdue"),
    "today": ("I dag", "Today"),
    "this_week": ("Denne uka", "This week"),
    "later": ("Senere", "Later"),
    "no_date": ("Uten frist", "No due date"),
    "done": ("Utført", "Done"),  # the glossary's word (docs/translation.md)
}


def clean(item: FollowUp) -> FollowUp:
    item.text = validation.clean_text(item.text, "text", required=True, max_length=10_000)
    item.notes = validation.clean_text(item.notes, "notes")
    item.status = FollowUpStatus(item.status)
    item.rrule = validation.clean_rrule(item.rrule)
    if item.rrule and item.due_date is None:
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("Errors", "a repeating follow-up needs a due date to count from")
        )
    return item


def next_occurrence(rule: str, series_start: dt.date, after: dt.date) -> dt.date | None:
    """The first date of the series strictly after `after`, or None when it has ended."""
    start = dt.datetime.combine(series_start, dt.time())
    from dateutil.rrule import rrulestr  # here: ~2 ms of every start otherwise

    recurrence = rrulestr(rule, dtstart=start, ignoretz=True)
    following = recurrence.after(dt.datetime.combine(after, dt.time(23, 59, 59)))
    return following.date() if following else None


def group_of(due: dt.date | None, status: str, today: dt.date) -> str:
    if status != FollowUpStatus.OPEN.value:
        return "done"
    if due is None:
        return "no_date"
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    end_of_week = today + dt.timedelta(days=6 - today.weekday())
    return "this_week" if due <= end_of_week else "later"


class FollowUpRepository(ListQueryMixin, Repository):
    table = "follow_ups"
    entity_word = "oppfølgingspunkt"
    sort_columns = {
        "due": "coalesce(x.due_date, '9999')",
        "text": "x.text_key",
        "status": "x.status",
        "changed": "x.status_changed_on",
        "created": "x.created_at",
    }
    default_sort = "due"
    search_kind = "follow_up"

    def get(self, item_id: int) -> FollowUp:
        row = self._row(item_id)
        return FollowUp(
            id=row["id"],
            text=row["text"],
            notes=row["notes"],
            due_date=parse_iso_date(row["due_date"]),
            responsible_person_id=row["responsible_person_id"],
            status=FollowUpStatus(row["status"]),
            status_changed_on=parse_iso_date(row["status_changed_on"]),
            rrule=row["rrule"],
            meeting_id=row["meeting_id"],
            person_id=row["person_id"],
            organisation_id=row["organisation_id"],
            county_id=row["county_id"],
            initiative_id=row["initiative_id"],
            previous_id=row["previous_id"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            uid=identities.uid_of(self.db, "follow_up", item_id),
        )

    def save(self, item: FollowUp) -> int:
        with self.crm.write():
            return self.save_in_transaction(item)

    def save_in_transaction(self, item: FollowUp) -> int:
        item = clean(item)  # idempotent: callers inside a bigger transaction need it too
        for field, table, word in (
            ("responsible_person_id", "people", "person"),
            ("meeting_id", "meetings", "møte"),
            ("person_id", "people", "person"),
            ("organisation_id", "organisations", "organisasjon"),
            ("county_id", "counties", "fylke"),
            ("initiative_id", "initiatives", "initiativ"),
        ):
            self.require(table, getattr(item, field), field, word)
        now = clock.now_iso()
        values: dict[str, Any] = {
            "text": item.text,
            "notes": item.notes,
            "due_date": iso_date(item.due_date),
            "responsible_person_id": item.responsible_person_id,
            "status": item.status.value,
            "status_changed_on": iso_date(item.status_changed_on),
            "rrule": item.rrule,
            "previous_id": item.previous_id,
            "meeting_id": item.meeting_id,
            "person_id": item.person_id,
            "organisation_id": item.organisation_id,
            "county_id": item.county_id,
            "initiative_id": item.initiative_id,
            "updated_at": now,
        }
        if item.id is None:
            values["created_at"] = now
            item.id = self._insert(values)
        else:
            old = self._row(item.id)
            if old["status"] != item.status.value:
                given = iso_date(item.status_changed_on)
                values["status_changed_on"] = (
                    given if given and given != old["status_changed_on"] else clock.today().isoformat()
                )
            self._update(item.id, values)
            if old["status"] == FollowUpStatus.OPEN.value and item.status == FollowUpStatus.DONE:
                # However it was closed (page, editor, CLI), a repeating item goes on.
                self._start_next_occurrence(item)
        item.uid = identities.ensure_uid(self.db, "follow_up", item.id, item.uid)
        return item.id

    def find_by_uid(self, uid: str) -> int | None:
        """The follow-up with this iCalendar UID (as a VTODO; the all-day variant's
        UID is derived from it by the exporter)."""
        return identities.find_by_uid(self.db, "follow_up", uid)

    def uids(self, ids: list[int]) -> dict[int, str]:
        return identities.uids_of(self.db, "follow_up", ids)

    def _start_next_occurrence(self, item: FollowUp) -> int | None:
        if not item.rrule or item.due_date is None or item.id is None:
            return None
        if self._one("SELECT id FROM follow_ups WHERE previous_id = ?", [item.id]) is not None:
            return None  # reopened and closed again: the series already went on
        following = next_occurrence(item.rrule, self._series_start(item), item.due_date)
        if following is None:
            return None
        successor = FollowUp(
            text=item.text,
            notes=item.notes,
            due_date=following,
            responsible_person_id=item.responsible_person_id,
            rrule=item.rrule,
            previous_id=item.id,
            meeting_id=item.meeting_id,
            person_id=item.person_id,
            organisation_id=item.organisation_id,
            county_id=item.county_id,
            initiative_id=item.initiative_id,
        )
        return self.save_in_transaction(successor)

    def _series_start(self, item: FollowUp) -> dt.date:
        start = item.due_date
        previous = item.previous_id
        guard = 0
        while previous is not None and guard < 10_000:
            row = self._rows("SELECT due_date, previous_id FROM follow_ups WHERE id = ?", [previous])
            if not row:
                break
            start = parse_iso_date(row[0]["due_date"]) or start
            previous = row[0]["previous_id"]
            guard += 1
        assert start is not None
        return start

    def complete(self, item_id: int, *, on: dt.date | None = None) -> int | None:
        """Mark done; for a repeating item return the id of the next occurrence."""
        item = self.get(item_id)
        if item.status != FollowUpStatus.OPEN:
            return None
        item.status = FollowUpStatus.DONE
        item.status_changed_on = on or clock.today()
        with self.crm.write():
            self.save_in_transaction(item)
            successor = self._one("SELECT id FROM follow_ups WHERE previous_id = ?", [item_id])
        return int(successor) if successor is not None else None

    def set_status(self, item_id: int, status: FollowUpStatus) -> None:
        if FollowUpStatus(status) == FollowUpStatus.DONE:
            self.complete(item_id)
            return
        self._row(item_id)
        with self.crm.write():
            self.db.execute(
                "UPDATE follow_ups SET status = ?, status_changed_on = ?, updated_at = ? WHERE id = ?",
                [FollowUpStatus(status).value, clock.today().isoformat(), clock.now_iso(), item_id],
            )

    def snooze(self, item_id: int, *, days: int | None = None, until: dt.date | None = None) -> dt.date:
        """Move the due date: +days from the later of today and the old date, or to `until`."""
        item = self.get(item_id)
        if until is None:
            base = max(item.due_date or clock.today(), clock.today())
            until = base + dt.timedelta(days=days or 1)
        with self.crm.write():
            self.db.execute(
                "UPDATE follow_ups SET due_date = ?, updated_at = ? WHERE id = ?",
                [until.isoformat(), clock.now_iso(), item_id],
            )
        return until

    def reassign(self, item_id: int, person_id: int | None) -> None:
        self._row(item_id)
        with self.crm.write():
            self.require("people", person_id, "responsible_person_id", "person")
            self.db.execute(
                "UPDATE follow_ups SET responsible_person_id = ?, updated_at = ? WHERE id = ?",
                [person_id, clock.now_iso(), item_id],
            )

    def for_meeting(self, meeting_id: int) -> list[FollowUp]:
        ids = [
            r["id"]
            for r in self._rows(
                "SELECT id FROM follow_ups WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY id", [meeting_id]
            )
        ]
        return [self.get(i) for i in ids]

    def _group_conditions(self, today: dt.date) -> dict[str, list[tuple[str, list[Any], str]]]:
        """Per group: one or more (extra WHERE, its parameters, ORDER BY), each
        answered in order from the partial (status, due_date) or (status,
        status_changed_on) index; "done" is one walk per status, merged, since
        `status IN (...)` with that order needs a sort of every closed item."""
        end_of_week = today + dt.timedelta(days=6 - today.weekday())
        day, week_end = today.isoformat(), end_of_week.isoformat()
        closed_order = "x.status_changed_on DESC, x.id DESC"
        return {
            "overdue": [("x.status = 'open' AND x.due_date < ?", [day], "x.due_date, x.id")],
            "today": [("x.status = 'open' AND x.due_date = ?", [day], "x.id")],
            "this_week": [("x.status = 'open' AND x.due_date > ? AND x.due_date <= ?", [day, week_end],
                           "x.due_date, x.id")],
            "later": [("x.status = 'open' AND x.due_date > ?", [week_end], "x.due_date, x.id")],
            "no_date": [("x.status = 'open' AND x.due_date IS NULL", [], "x.id")],
            "done": [("x.status = 'done'", [], closed_order), ("x.status = 'cancelled'", [], closed_order)],
        }

    @staticmethod
    def _wanted(groups: tuple[str, ...] | list[str] | None) -> list[str]:
        if groups is None:
            return list(GROUPS)
        unknown = [name for name in groups if name not in GROUPS]
        if unknown:
            raise ValueError(f"unknown follow-up group(s): {unknown}")
        return [name for name in GROUPS if name in groups]

    def grouped(self, f: ListFilter | None = None, *, today: dt.date | None = None,
                limit_per_group: int = 200,
                groups: tuple[str, ...] | list[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        """Open items by due group and the most recently done, at most
        `limit_per_group` each (see `group_counts` for the totals). Only the
        `groups` asked for are queried (all when None); the others are empty."""
        clause = self._where(ListFilter(**{**(f or ListFilter()).__dict__, "status": None}))
        result: dict[str, list[dict[str, Any]]] = {name: [] for name in GROUPS}
        if clause is None:
            return result
        where, params = clause
        conditions = self._group_conditions(today or clock.today())
        for name in self._wanted(groups):
            rows: list[dict[str, Any]] = []
            for condition, extra, order in conditions[name]:
                cursor = self.db.execute(
                    f"{self.list_select()} WHERE {where} AND {condition} ORDER BY {order} LIMIT ?",
                    [*params, *extra, limit_per_group],
                )
                names = [d[0] for d in cursor.description]
                rows.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
            if len(conditions[name]) > 1:  # "done": merge the walks, newest change first (NULL last)
                rows.sort(key=lambda r: (r["status_changed_on"] is not None, r["status_changed_on"] or "", r["id"]),
                          reverse=True)
                rows = rows[:limit_per_group]
            result[name] = rows
        return result

    def group_counts(self, f: ListFilter | None = None, *, today: dt.date | None = None,
                     groups: tuple[str, ...] | list[str] | None = None) -> dict[str, int]:
        """How many items each group holds, counted in the partial indexes; only
        the `groups` asked for are counted (all when None), the others are 0."""
        counts = {name: 0 for name in GROUPS}
        clause = self._where(ListFilter(**{**(f or ListFilter()).__dict__, "status": None}))
        if clause is None:
            return counts
        where, params = clause
        conditions = self._group_conditions(today or clock.today())
        for name in self._wanted(groups):
            counts[name] = sum(
                int(self._one(f"SELECT count(*) FROM follow_ups x WHERE {where} AND {condition}", [*params, *extra]))
                for condition, extra, _order in conditions[name]
            )
        return counts

    # Lists -------------------------------------------------------------
    def list_select(self) -> str:
        return (
            "SELECT x.id, x.text, x.due_date, x.status, x.status_changed_on, x.rrule, x.meeting_id, "
            "x.responsible_person_id, coalesce(rp.name, 'meg') AS responsible, "
            "m.title AS meeting_title, o.name AS organisation_name, c.name AS county_name, "
            "x.organisation_id, x.person_id, x.county_id, x.initiative_id, x.created_at "
            "FROM follow_ups x LEFT JOIN people rp ON rp.id = x.responsible_person_id "
            "LEFT JOIN meetings m ON m.id = x.meeting_id "
            "LEFT JOIN organisations o ON o.id = x.organisation_id "
            "LEFT JOIN counties c ON c.id = x.county_id"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.status:
            where.append("x.status = ?")
            params.append(FollowUpStatus.parse(f.status).value)
        if f.county_id is not None:
            where.append(
                "(x.county_id = ? OR x.meeting_id IN (SELECT meeting_id FROM meeting_counties WHERE county_id = ?) "
                "OR x.organisation_id IN (SELECT organisation_id FROM organisation_counties WHERE county_id = ?))"
            )
            params.extend([f.county_id] * 3)
        if f.organisation_id is not None:
            where.append(
                "(x.organisation_id = ? OR x.meeting_id IN "
                "(SELECT meeting_id FROM meeting_organisations WHERE organisation_id = ?))"
            )
            params.extend([f.organisation_id] * 2)
        if f.person_id is not None:
            where.append("(x.person_id = ? OR x.responsible_person_id = ?)")
            params.extend([f.person_id] * 2)
        if f.initiative_id is not None:
            where.append("x.initiative_id = ?")
            params.append(f.initiative_id)
        if f.date_from:
            where.append("x.due_date >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("x.due_date <= ?")
            params.append(f.date_to.isoformat())
        return where, params
