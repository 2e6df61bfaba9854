"""Counties and the anchoring ladder (per county and per organisation)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from btvcrm.domain import clock, dates, validation
from btvcrm.domain.enums import AnchoringStage
from btvcrm.domain.errors import ByLang, NotFoundError, UserError, ValidationError
from btvcrm.domain.models import AnchoringChange, County
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage.repo_base import Repository, parse_iso_date


class CountyRepository(Repository):
    table = "counties"
    entity_word = "fylke"

    def all(self) -> list[County]:
        return [
            County(id=r["id"], name=r["name"], position=r["position"])
            for r in self._rows("SELECT * FROM counties ORDER BY position, name")
        ]

    def get(self, county_id: int) -> County:
        row = self._row(county_id)
        return County(id=row["id"], name=row["name"], position=row["position"])

    def by_name(self, name: str) -> County:
        """Exact name, ignoring case, or an unambiguous prefix ("tel" -> Telemark)."""
        text = name.strip()
        rows = self._rows("SELECT * FROM counties WHERE casefold(name) = ?", [text.casefold()])
        if not rows and text:
            rows = [r for r in self._rows("SELECT * FROM counties ORDER BY position")
                    if r["name"].casefold().startswith(text.casefold())]
        if len(rows) != 1:
            known = ", ".join(c.name for c in self.all())
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Found no county “%1”. Known counties: %2."), name, known)
        return County(id=rows[0]["id"], name=rows[0]["name"], position=rows[0]["position"])

    def _require_unique(self, name: str, except_id: int | None = None) -> None:
        if self._one("SELECT 1 FROM counties WHERE casefold(name) = ? AND id IS NOT ?", [name.casefold(), except_id]):
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "the county “%1” already exists"), name)

    def add(self, name: str) -> int:
        clean_name = validation.clean_name(name)
        self._require_unique(clean_name)
        with self.crm.write():
            position = self._one("SELECT coalesce(max(position), -1) + 1 FROM counties")
            cursor = self.db.execute(
                "INSERT INTO counties (name, position, created_at) VALUES (?, ?, ?)",
                [clean_name, position, clock.now_iso()],
            )
            return int(cursor.lastrowid or 0)

    def rename(self, county_id: int, name: str) -> None:
        clean_name = validation.clean_name(name)
        self._row(county_id)
        self._require_unique(clean_name, county_id)
        with self.crm.write():
            self.db.execute("UPDATE counties SET name = ? WHERE id = ?", [clean_name, county_id])


class AnchoringRepository(Repository):
    table = "anchoring_changes"
    entity_word = "forankringsendring"

    def record(self, change: AnchoringChange) -> int:
        """Add a dated step on the ladder (up or down) for a county or an organisation.

        The history is a sequence: a change dated before the latest one is refused
        (a UserError naming that change), because the stage it moves from is the
        latest one, not the one in force on the earlier date. The same day is fine.
        """
        stage = AnchoringStage(change.stage)
        if (change.county_id is None) == (change.organisation_id is None):
            raise ValidationError(
                "county_id", QT_TRANSLATE_NOOP("Errors", "a change is about either a county or an organisation")
            )
        if not isinstance(change.changed_on, dt.date):
            raise ValidationError("changed_on", QT_TRANSLATE_NOOP("Errors", "has no date"))
        note = validation.clean_text(change.note, "note")
        with self.crm.write():
            self.require("counties", change.county_id, "county_id", "fylke")
            self.require("organisations", change.organisation_id, "organisation_id", "organisasjon")
            self.require("meetings", change.meeting_id, "meeting_id", "møte")
            self._require_not_before_latest(change)
            cursor = self.db.execute(
                "INSERT INTO anchoring_changes (county_id, organisation_id, stage, changed_on, meeting_id, note, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    change.county_id,
                    change.organisation_id,
                    stage.value,
                    change.changed_on.isoformat(),
                    change.meeting_id,
                    note,
                    clock.now_iso(),
                ],
            )
            return int(cursor.lastrowid or 0)

    def _require_not_before_latest(self, change: AnchoringChange) -> None:
        latest = self.current(county_id=change.county_id, organisation_id=change.organisation_id)
        if latest is None or change.changed_on >= latest.changed_on:
            return
        name = (self.crm.counties.get(change.county_id).name if change.county_id is not None
                else self.crm.organisations.get(change.organisation_id or 0).name)
        day = latest.changed_on
        when = ByLang(lambda lang: dates.format_date_short(day, lang))
        raise UserError(QT_TRANSLATE_NOOP("Errors", "%1 last got a new anchoring stage on %2 (“%3”), so a new "
                                                    "change must be dated %2 or later."),
                        name, when, ByLang(latest.stage.label))

    def history(self, *, county_id: int | None = None, organisation_id: int | None = None) -> list[AnchoringChange]:
        column, value = ("county_id", county_id) if county_id is not None else ("organisation_id", organisation_id)
        return [
            AnchoringChange(
                id=r["id"],
                stage=AnchoringStage(r["stage"]),
                changed_on=parse_iso_date(r["changed_on"]) or clock.today(),
                county_id=r["county_id"],
                organisation_id=r["organisation_id"],
                meeting_id=r["meeting_id"],
                note=r["note"],
            )
            for r in self._rows(
                f"SELECT * FROM anchoring_changes WHERE {column} = ? ORDER BY changed_on, id", [value]
            )
        ]

    def current(self, *, county_id: int | None = None, organisation_id: int | None = None) -> AnchoringChange | None:
        history = self.history(county_id=county_id, organisation_id=organisation_id)
        return history[-1] if history else None

    def current_stage(self, *, county_id: int | None = None, organisation_id: int | None = None) -> AnchoringStage:
        latest = self.current(county_id=county_id, organisation_id=organisation_id)
        return latest.stage if latest else AnchoringStage.NOT_CONTACTED

    def step(self, *, county_id: int | None = None, organisation_id: int | None = None, direction: int = 1,
             on: dt.date | None = None, meeting_id: int | None = None, note: str = "") -> AnchoringStage:
        """Move one rung up (or down); returns the new stage."""
        stages = list(AnchoringStage)
        now = self.current_stage(county_id=county_id, organisation_id=organisation_id)
        target = stages[max(0, min(len(stages) - 1, now.rung + direction))]
        if target == now:
            raise ValidationError("stage", QT_TRANSLATE_NOOP("Errors", "already at “%1”"), ByLang(now.label))
        self.record(
            AnchoringChange(
                stage=target, changed_on=on or clock.today(), county_id=county_id,
                organisation_id=organisation_id, meeting_id=meeting_id, note=note,
            )
        )
        return target

    def matrix(self) -> list[dict[str, Any]]:
        """One row per county: current stage and the date of the last change."""
        rows = []
        for county in self.crm.counties.all():
            assert county.id is not None
            latest = self.current(county_id=county.id)
            rows.append(
                {
                    "county_id": county.id,
                    "county": county.name,
                    "stage": (latest.stage if latest else AnchoringStage.NOT_CONTACTED).value,
                    "changed_on": latest.changed_on.isoformat() if latest else None,
                }
            )
        return rows
