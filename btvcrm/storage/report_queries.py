"""The reads behind the documents, each table once per report (no N+1).

`reports/builders.py` turns these rows into the documents. Everything that is
read for many records at once takes a list of ids as one JSON parameter
(``IN (SELECT value FROM json_each(?))``), so a county report of 200 meetings
costs the same few statements as one of 10, and no id list meets SQLite's limit
on bound variables. Private notes are never selected here, except as a count.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from btvcrm.storage.repo_base import Repository


def _ids(ids: Iterable[int]) -> str:
    return json.dumps(sorted({int(i) for i in ids}))


_IN = "IN (SELECT value FROM json_each(?))"

# A follow-up belongs to a county through its own county, its meeting's counties or its
# organisation's counties (as in the follow-up lists).
_IN_COUNTY = (
    "(x.county_id = :county OR x.meeting_id IN (SELECT meeting_id FROM meeting_counties WHERE county_id = :county) "
    "OR x.organisation_id IN (SELECT organisation_id FROM organisation_counties WHERE county_id = :county))"
)

_FOLLOW_UP_COLUMNS = (
    "x.id, x.text, x.due_date, x.status, x.status_changed_on, x.created_at, x.meeting_id, "
    "x.responsible_person_id, rp.name AS responsible_name"
)


class ReportQueries(Repository):
    table = "meetings"

    # -- shared ---------------------------------------------------------------
    def decisions(self, meeting_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
        """Decisions by meeting (in order), with their exemption columns."""
        found: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in self._rows(
            f"SELECT meeting_id, text, exempt_basis, exempt_note FROM decisions WHERE meeting_id {_IN} "
            "ORDER BY meeting_id, position",
            [_ids(meeting_ids)],
        ):
            found[row["meeting_id"]].append(row)
        return found

    def names(self, table: str, ids: Iterable[int], column: str = "name") -> dict[int, str]:
        """id -> name (or title) for people, organisations, counties or initiatives."""
        if table not in ("people", "organisations", "counties", "initiatives"):
            raise ValueError(table)
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return {}
        return {
            row["id"]: row["name"]
            for row in self._rows(f"SELECT id, {column} AS name FROM {table} WHERE id {_IN}", [_ids(wanted)])
        }

    def meeting_links(self, meeting_id: int) -> dict[str, list[str]]:
        """Names of the meeting's counties and organisations, and its initiatives' titles and Doffin ids."""
        rows = self._rows(
            "SELECT 'county' AS kind, c.name AS name FROM meeting_counties mc JOIN counties c ON c.id = mc.county_id "
            "WHERE mc.meeting_id = :m "
            "UNION ALL SELECT 'organisation', o.name FROM meeting_organisations mo "
            "JOIN organisations o ON o.id = mo.organisation_id WHERE mo.meeting_id = :m "
            "UNION ALL SELECT 'initiative', i.title FROM meeting_initiatives mi "
            "JOIN initiatives i ON i.id = mi.initiative_id WHERE mi.meeting_id = :m "
            "UNION ALL SELECT 'doffin', i.doffin_id FROM meeting_initiatives mi "
            "JOIN initiatives i ON i.id = mi.initiative_id WHERE mi.meeting_id = :m AND i.doffin_id IS NOT NULL",
            {"m": meeting_id},  # type: ignore[arg-type]
        )
        found: dict[str, list[str]] = {"county": [], "organisation": [], "initiative": [], "doffin": []}
        for row in rows:
            found[row["kind"]].append(row["name"])
        return found

    # -- minutes --------------------------------------------------------------
    def meeting_follow_ups(self, meeting_id: int) -> list[dict[str, Any]]:
        """The meeting's live follow-ups with the responsible person's name, in one statement."""
        return self._rows(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_ups x LEFT JOIN people rp ON rp.id = x.responsible_person_id "
            "WHERE x.meeting_id = ? AND x.deleted_at IS NULL ORDER BY x.id",
            [meeting_id],
        )

    # -- county report ----------------------------------------------------------
    def stage_history(self, county_id: int) -> list[dict[str, Any]]:
        """The county's anchoring changes, oldest first, with the title of the meeting behind each."""
        return self._rows(
            "SELECT a.stage, a.changed_on, a.note, a.meeting_id, m.title AS meeting_title "
            "FROM anchoring_changes a LEFT JOIN meetings m ON m.id = a.meeting_id "
            "WHERE a.county_id = ? ORDER BY a.changed_on, a.id",
            [county_id],
        )

    def county_meetings(self, county_id: int, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        """Live meetings of the county in [start, end], by time, with their organisations' names."""
        return self._rows(
            "SELECT x.id, x.starts_at, x.title, x.kind, x.minutes_status, x.exempt_basis, "
            "(SELECT group_concat(o.name, ', ') FROM meeting_organisations mo JOIN organisations o "
            " ON o.id = mo.organisation_id WHERE mo.meeting_id = x.id) AS organisations "
            "FROM meetings x WHERE x.deleted_at IS NULL AND x.starts_at >= ? AND x.starts_at < ? "
            "AND EXISTS (SELECT 1 FROM meeting_counties mc WHERE mc.meeting_id = x.id AND mc.county_id = ?) "
            "ORDER BY x.starts_at, x.id",
            [start.isoformat(), (end + dt.timedelta(days=1)).isoformat(), county_id],
        )

    def county_follow_ups(self, county_id: int, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        """The period's follow-ups of the county: opened in it, done in it, or open and due in it.

        Each of the three is read from an index (created_at, (status, status_changed_on),
        (status, due_date)), so an old county with 50 000 open items costs only the period's rows.
        """
        params = {
            "county": county_id,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "after": (end + dt.timedelta(days=1)).isoformat(),
        }
        return self._rows(
            "WITH period AS ("
            " SELECT id FROM follow_ups WHERE deleted_at IS NULL AND created_at >= :start AND created_at < :after"
            " UNION SELECT id FROM follow_ups WHERE deleted_at IS NULL AND status = 'done'"
            "  AND status_changed_on BETWEEN :start AND :end"
            " UNION SELECT id FROM follow_ups WHERE deleted_at IS NULL AND status = 'open'"
            "  AND due_date BETWEEN :start AND :end) "
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM period JOIN follow_ups x ON x.id = period.id "
            "LEFT JOIN people rp ON rp.id = x.responsible_person_id "
            f"WHERE {_IN_COUNTY} ORDER BY x.due_date IS NULL, x.due_date, x.id",
            params,  # type: ignore[arg-type]
        )

    def county_open_follow_up_count(self, county_id: int) -> int:
        """How many follow-ups of the county are open now."""
        return int(self._one(
            f"SELECT count(*) FROM follow_ups x WHERE x.deleted_at IS NULL AND x.status = 'open' AND {_IN_COUNTY}",
            {"county": county_id},  # type: ignore[arg-type]
        ) or 0)

    def lesson_initiatives(self, lesson_ids: Iterable[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = defaultdict(list)
        for row in self._rows(
            f"SELECT li.lesson_id, i.title FROM lesson_initiatives li JOIN initiatives i ON i.id = li.initiative_id "
            f"WHERE li.lesson_id {_IN} ORDER BY li.lesson_id, i.title",
            [_ids(lesson_ids)],
        ):
            found[row["lesson_id"]].append(row["title"])
        return found

    # -- meeting brief ----------------------------------------------------------
    def organisation_meetings(self, organisation_id: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """The organisation's latest live meetings (newest first, with notes and exemption) and how many it has."""
        rows = self._rows(
            "SELECT x.id, x.starts_at, x.title, x.kind, x.notes, x.exempt_basis, x.notes_exempt_basis, "
            "count(*) OVER () AS total FROM meetings x "
            "WHERE x.deleted_at IS NULL AND x.id IN (SELECT meeting_id FROM meeting_organisations WHERE organisation_id = ?) "
            "ORDER BY x.starts_at DESC, x.id DESC LIMIT ?",
            [organisation_id, limit],
        )
        return rows, int(rows[0]["total"]) if rows else 0

    def organisation_open_follow_ups(self, organisation_id: int, limit: int) -> list[dict[str, Any]]:
        return self._rows(
            f"SELECT {_FOLLOW_UP_COLUMNS} FROM follow_ups x LEFT JOIN people rp ON rp.id = x.responsible_person_id "
            "WHERE x.deleted_at IS NULL AND x.status = 'open' AND (x.organisation_id = ? OR x.meeting_id IN "
            "(SELECT meeting_id FROM meeting_organisations WHERE organisation_id = ?)) "
            "ORDER BY x.due_date IS NULL, x.due_date, x.id LIMIT ?",
            [organisation_id, organisation_id, limit],
        )

    # -- innsyn -----------------------------------------------------------------
    def private_notes_mentioning(self, person_id: int) -> int:
        """How many private notes (of meetings and of other people) mention the person: by full
        name anywhere, or by first name in a meeting the person took part in.

        Their text is never read out: innsyn says only that they exist.
        """
        row = self._rows("SELECT name, erased_at FROM people WHERE id = ?", [person_id])
        if not row or row[0]["erased_at"] or not (row[0]["name"] or "").strip():
            return 0
        full = " ".join(row[0]["name"].split()).casefold()
        # In the meetings the person took part in, the first name is enough ("Hilde er skeptisk").
        first = full.split()[0] if len(full.split()[0]) >= 3 else full
        return int(self._one(
            "SELECT (SELECT count(*) FROM meetings m WHERE m.deleted_at IS NULL AND m.private_notes <> '' "
            "        AND (instr(casefold(m.private_notes), :full) > 0 OR (instr(casefold(m.private_notes), :first) > 0 "
            "             AND m.id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = :id)))) "
            "     + (SELECT count(*) FROM people WHERE id <> :id AND private_notes <> '' "
            "        AND instr(casefold(private_notes), :full) > 0)",
            {"full": full, "first": first, "id": person_id},  # type: ignore[arg-type]
        ) or 0)


__all__ = ["ReportQueries"]
