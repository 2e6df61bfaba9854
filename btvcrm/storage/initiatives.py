"""Initiatives (innovative procurements), lessons learned and stakeholder assessments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import InitiativePhase
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Assessment, Initiative, KeyDate, Lesson
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage.list_query import ListQueryMixin
from btvcrm.storage.repo_base import Repository, iso_date, parse_iso_date


def clean_initiative(item: Initiative) -> Initiative:
    item.title = validation.clean_name(item.title, "title")
    item.phase = InitiativePhase(item.phase)
    item.procedure_type = validation.clean_text(item.procedure_type, "procedure_type", max_length=500)
    item.description = validation.clean_text(item.description, "description")
    item.doffin_id = validation.clean_doffin_id(item.doffin_id)
    value = item.estimated_value_nok
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 10**15):
        raise ValidationError(
            "estimated_value_nok", QT_TRANSLATE_NOOP("Errors", "must be a whole, positive amount in kroner")
        )
    for key_date in item.key_dates:
        key_date.label = validation.clean_text(key_date.label, "key_dates", required=True, max_length=500)
        if not isinstance(key_date.date, dt.date):
            raise ValidationError("key_dates", QT_TRANSLATE_NOOP("Errors", "has no date"))
    return item


class InitiativeRepository(ListQueryMixin, Repository):
    table = "initiatives"
    entity_word = "initiativ"
    sort_columns = {
        "title": "norwegian_key(x.title)",
        "phase": "CASE x.phase WHEN 'needs' THEN 0 WHEN 'market_dialogue' THEN 1 WHEN 'competition' THEN 2 "
        "WHEN 'contract' THEN 3 ELSE 4 END",
        "value": "x.estimated_value_nok",
        "updated": "x.updated_at",
    }
    default_sort = "title"
    search_kind = "initiative"

    def get(self, item_id: int) -> Initiative:
        row = self._row(item_id)
        return Initiative(
            id=row["id"],
            title=row["title"],
            owner_organisation_id=row["owner_organisation_id"],
            county_ids=self._link_ids("initiative_counties", "initiative_id", item_id, "county_id"),
            phase=InitiativePhase(row["phase"]),
            procedure_type=row["procedure_type"],
            estimated_value_nok=row["estimated_value_nok"],
            doffin_id=row["doffin_id"],
            description=row["description"],
            key_dates=[
                KeyDate(r["label"], dt.date.fromisoformat(r["date"]))
                for r in self._rows("SELECT * FROM initiative_dates WHERE initiative_id = ? ORDER BY date, id", [item_id])
            ],
            tags=self._tags("initiative_tags", "initiative_id", item_id),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def save(self, item: Initiative) -> int:
        with self.crm.write():
            return self.save_in_transaction(item)

    def save_in_transaction(self, item: Initiative) -> int:
        item = clean_initiative(item)
        self.require("organisations", item.owner_organisation_id, "owner_organisation_id", "organisasjon")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "title": item.title,
            "owner_organisation_id": item.owner_organisation_id,
            "phase": item.phase.value,
            "procedure_type": item.procedure_type,
            "estimated_value_nok": item.estimated_value_nok,
            "doffin_id": item.doffin_id,
            "description": item.description,
            "updated_at": now,
        }
        if item.id is None:
            values["created_at"] = now
            item.id = self._insert(values)
        else:
            self._row(item.id)
            self._update(item.id, values)
        self._set_links(
            "initiative_counties", "initiative_id", item.id, "county_id", item.county_ids, "counties", "fylke"
        )
        self.db.execute("DELETE FROM initiative_dates WHERE initiative_id = ?", [item.id])
        for key_date in item.key_dates:
            self.db.execute(
                "INSERT INTO initiative_dates (initiative_id, label, date) VALUES (?, ?, ?)",
                [item.id, key_date.label, key_date.date.isoformat()],
            )
        self._set_tags("initiative_tags", "initiative_id", item.id, item.tags)
        return item.id

    def find_by_title(self, title: str) -> Initiative | None:
        item_id = self._one(
            "SELECT id FROM initiatives WHERE casefold(title) = ? AND deleted_at IS NULL", [title.strip().casefold()]
        )
        return self.get(item_id) if item_id is not None else None

    def list_select(self) -> str:
        return (
            "SELECT x.id, x.title, x.phase, x.procedure_type, x.estimated_value_nok, x.doffin_id, "
            "x.owner_organisation_id, o.name AS owner_name, "
            "(SELECT group_concat(c.name, ', ') FROM initiative_counties ic JOIN counties c ON c.id = ic.county_id "
            " WHERE ic.initiative_id = x.id) AS counties "
            "FROM initiatives x LEFT JOIN organisations o ON o.id = x.owner_organisation_id"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.county_id is not None:
            where.append("x.id IN (SELECT initiative_id FROM initiative_counties WHERE county_id = ?)")
            params.append(f.county_id)
        if f.organisation_id is not None:
            where.append("x.owner_organisation_id = ?")
            params.append(f.organisation_id)
        if f.status or f.kind:
            where.append("x.phase = ?")
            params.append(InitiativePhase.parse(f.status or f.kind or "").value)
        if f.tag:
            where.append(
                "x.id IN (SELECT it.initiative_id FROM initiative_tags it JOIN tags t ON t.id = it.tag_id "
                "WHERE casefold(t.name) = casefold(?))"
            )
            params.append(f.tag)
        return where, params


class LessonRepository(ListQueryMixin, Repository):
    table = "lessons"
    entity_word = "læringspunkt"
    sort_columns = {"date": "x.learned_on", "title": "norwegian_key(x.title)"}
    default_sort = "date"
    search_kind = "lesson"

    def get(self, item_id: int) -> Lesson:
        row = self._row(item_id)
        return Lesson(
            id=row["id"],
            title=row["title"],
            text=row["text"],
            learned_in_county_id=row["learned_in_county_id"],
            learned_on=parse_iso_date(row["learned_on"]),
            meeting_id=row["meeting_id"],
            initiative_ids=self._link_ids("lesson_initiatives", "lesson_id", item_id, "initiative_id"),
            relevant_county_ids=self._link_ids("lesson_counties", "lesson_id", item_id, "county_id"),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def save(self, item: Lesson) -> int:
        with self.crm.write():
            return self.save_in_transaction(item)

    def save_in_transaction(self, item: Lesson) -> int:
        item.title = validation.clean_name(item.title, "title")
        item.text = validation.clean_text(item.text, "text")
        self.require("counties", item.learned_in_county_id, "learned_in_county_id", "fylke")
        self.require("meetings", item.meeting_id, "meeting_id", "møte")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "title": item.title,
            "text": item.text,
            "learned_in_county_id": item.learned_in_county_id,
            "learned_on": iso_date(item.learned_on or clock.today()),
            "meeting_id": item.meeting_id,
            "updated_at": now,
        }
        if item.id is None:
            values["created_at"] = now
            item.id = self._insert(values)
        else:
            self._row(item.id)
            self._update(item.id, values)
        self._set_links(
            "lesson_initiatives", "lesson_id", item.id, "initiative_id", item.initiative_ids, "initiatives", "initiativ"
        )
        self._set_links(
            "lesson_counties", "lesson_id", item.id, "county_id", item.relevant_county_ids, "counties", "fylke"
        )
        return item.id

    def list_select(self) -> str:
        return (
            "SELECT x.id, x.title, x.text, x.learned_on, x.learned_in_county_id, c.name AS learned_in, "
            "(SELECT group_concat(c2.name, ', ') FROM lesson_counties lc JOIN counties c2 ON c2.id = lc.county_id "
            " WHERE lc.lesson_id = x.id) AS relevant_counties "
            "FROM lessons x LEFT JOIN counties c ON c.id = x.learned_in_county_id"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.county_id is not None:
            # Relevant to the county, or learned there.
            where.append(
                "(x.learned_in_county_id = ? OR x.id IN (SELECT lesson_id FROM lesson_counties WHERE county_id = ?))"
            )
            params.extend([f.county_id, f.county_id])
        if f.initiative_id is not None:
            where.append("x.id IN (SELECT lesson_id FROM lesson_initiatives WHERE initiative_id = ?)")
            params.append(f.initiative_id)
        if f.date_from:
            where.append("x.learned_on >= ?")
            params.append(f.date_from.isoformat())
        if f.date_to:
            where.append("x.learned_on <= ?")
            params.append(f.date_to.isoformat())
        return where, params


class AssessmentRepository(Repository):
    table = "assessments"
    entity_word = "vurdering"

    def record(self, item: Assessment) -> int:
        """A new dated position on the power/interest map (history is kept)."""
        influence = validation.clean_rating(item.influence, "influence")
        interest = validation.clean_rating(item.interest, "interest")
        if (item.organisation_id is None) == (item.person_id is None):
            raise ValidationError(
                "organisation_id", QT_TRANSLATE_NOOP("Errors", "an assessment is about either an organisation or a person")
            )
        note = validation.clean_text(item.note, "note")
        with self.crm.write():
            self.require("organisations", item.organisation_id, "organisation_id", "organisasjon")
            self.require("people", item.person_id, "person_id", "person")
            cursor = self.db.execute(
                "INSERT INTO assessments (organisation_id, person_id, influence, interest, assessed_on, note, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    item.organisation_id,
                    item.person_id,
                    influence,
                    interest,
                    item.assessed_on.isoformat(),
                    note,
                    clock.now_iso(),
                ],
            )
            return int(cursor.lastrowid or 0)

    def history(self, *, organisation_id: int | None = None, person_id: int | None = None) -> list[Assessment]:
        column, value = ("organisation_id", organisation_id) if organisation_id is not None else ("person_id", person_id)
        return [
            Assessment(
                id=r["id"],
                influence=r["influence"],
                interest=r["interest"],
                assessed_on=dt.date.fromisoformat(r["assessed_on"]),
                organisation_id=r["organisation_id"],
                person_id=r["person_id"],
                note=r["note"],
            )
            for r in self._rows(f"SELECT * FROM assessments WHERE {column} = ? ORDER BY assessed_on, id", [value])
        ]

    def latest_for_county(self, county_id: int) -> list[dict[str, Any]]:
        """The newest assessment of each organisation in a county (the power/interest map)."""
        return self._rows(
            "SELECT o.id AS organisation_id, o.name, o.kind, a.influence, a.interest, a.assessed_on "
            "FROM organisations o JOIN organisation_counties oc ON oc.organisation_id = o.id AND oc.county_id = ? "
            "JOIN assessments a ON a.id = (SELECT a2.id FROM assessments a2 WHERE a2.organisation_id = o.id "
            "  ORDER BY a2.assessed_on DESC, a2.id DESC LIMIT 1) "
            "WHERE o.deleted_at IS NULL ORDER BY norwegian_key(o.name)",
            [county_id],
        )
