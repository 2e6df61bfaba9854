"""People (kontaktpersoner), with the history of their roles."""

from __future__ import annotations

from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import LegalBasis
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.models import Person, Role
from btvcrm.storage.list_query import ListQueryMixin
from btvcrm.storage.repo_base import ListFilter, Repository, iso_date, parse_iso_date

ERASED_NAME = "slettet person"


def clean(person: Person) -> Person:
    person.name = validation.clean_name(person.name)
    person.email = validation.clean_email(person.email)
    person.phone = validation.clean_phone(person.phone)
    person.title = validation.clean_text(person.title, "title", max_length=500)
    person.notes = validation.clean_text(person.notes, "notes")
    person.private_notes = validation.clean_text(person.private_notes, "private_notes")
    person.legal_basis = LegalBasis(person.legal_basis)
    if person.keep_in_touch_days is not None and person.keep_in_touch_days <= 0:
        raise ValidationError("keep_in_touch_days", "må være et positivt antall dager")
    return person


class PersonRepository(ListQueryMixin, Repository):
    table = "people"
    entity_word = "person"
    sort_columns = {
        "name": "x.name COLLATE NOCASE",
        "organisation": "organisation_name COLLATE NOCASE",
        "email": "x.email",
        "updated": "x.updated_at",
    }
    default_sort = "name"
    search_kind = "person"

    def current_role(self, person_id: int) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT * FROM person_roles WHERE person_id = ? AND end_date IS NULL ORDER BY id DESC LIMIT 1",
            [person_id],
        )
        return rows[0] if rows else None

    def get(self, person_id: int) -> Person:
        row = self._row(person_id)
        role = self.current_role(person_id)
        return Person(
            id=row["id"],
            name=row["name"],
            email=row["email"],
            phone=row["phone"],
            organisation_id=role["organisation_id"] if role else None,
            title=role["title"] if role else "",
            county_ids=self._link_ids("person_counties", "person_id", person_id, "county_id"),
            notes=row["notes"],
            private_notes=row["private_notes"],
            legal_basis=LegalBasis(row["legal_basis"]),
            objection=bool(row["objection"]),
            is_key=bool(row["is_key"]),
            keep_in_touch_days=row["keep_in_touch_days"],
            tags=self._tags("person_tags", "person_id", person_id),
            erased=row["erased_at"] is not None,
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def roles(self, person_id: int) -> list[Role]:
        return [
            Role(
                id=r["id"],
                organisation_id=r["organisation_id"],
                title=r["title"],
                start_date=parse_iso_date(r["start_date"]),
                end_date=parse_iso_date(r["end_date"]),
            )
            for r in self._rows(
                "SELECT * FROM person_roles WHERE person_id = ? ORDER BY end_date IS NOT NULL, "
                "coalesce(start_date, '') DESC, id DESC",
                [person_id],
            )
        ]

    def save(self, person: Person) -> int:
        with self.crm.write():
            return self.save_in_transaction(person)

    def save_in_transaction(self, person: Person) -> int:
        person = clean(person)  # idempotent: callers inside a bigger transaction need it too
        self.require("organisations", person.organisation_id, "organisation_id", "organisasjon")
        now = clock.now_iso()
        values: dict[str, Any] = {
            "name": person.name,
            "email": person.email,
            "phone": person.phone,
            "notes": person.notes,
            "private_notes": person.private_notes,
            "legal_basis": person.legal_basis.value,
            "objection": int(person.objection),
            "is_key": int(person.is_key),
            "keep_in_touch_days": person.keep_in_touch_days,
            "updated_at": now,
        }
        if person.id is None:
            values["created_at"] = now
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cursor = self.db.execute(f"INSERT INTO people ({columns}) VALUES ({marks})", list(values.values()))
            person.id = int(cursor.lastrowid or 0)
        else:
            row = self._row(person.id)
            if row["erased_at"]:
                raise ValidationError("name", "personen er slettet (GDPR) og kan ikke endres")
            assignments = ", ".join(f"{k} = ?" for k in values)
            self.db.execute(f"UPDATE people SET {assignments} WHERE id = ?", [*values.values(), person.id])
        self._apply_role(person.id, person.organisation_id, person.title)
        self._set_links("person_counties", "person_id", person.id, "county_id", person.county_ids, "counties", "fylke")
        self._set_tags("person_tags", "person_id", person.id, person.tags)
        return person.id

    def _apply_role(self, person_id: int, organisation_id: int | None, title: str) -> None:
        """A new organisation closes the current role and opens a new one; a new
        title at the same organisation just corrects the current role."""
        current = self.current_role(person_id)
        today = clock.today().isoformat()
        if current is None:
            if organisation_id is None and not title:
                return
            self.db.execute(
                "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
                [person_id, organisation_id, title, today],
            )
            return
        if current["organisation_id"] == organisation_id:
            if current["title"] != title:
                self.db.execute("UPDATE person_roles SET title = ? WHERE id = ?", [title, current["id"]])
            return
        self.db.execute("UPDATE person_roles SET end_date = ? WHERE id = ?", [today, current["id"]])
        if organisation_id is not None or title:
            self.db.execute(
                "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
                [person_id, organisation_id, title, today],
            )

    def change_job(self, person_id: int, organisation_id: int | None, title: str, on: Any = None) -> None:
        """Record a move to a new job on a given date (default today)."""
        self._row(person_id)
        day = iso_date(on) or clock.today().isoformat()
        with self.crm.write():
            self.require("organisations", organisation_id, "organisation_id", "organisasjon")
            self.db.execute(
                "UPDATE person_roles SET end_date = ? WHERE person_id = ? AND end_date IS NULL", [day, person_id]
            )
            self.db.execute(
                "INSERT INTO person_roles (person_id, organisation_id, title, start_date) VALUES (?, ?, ?, ?)",
                [person_id, organisation_id, validation.clean_text(title, "title", max_length=500), day],
            )

    def find_by_name(self, name: str) -> Person | None:
        person_id = self._one(
            "SELECT id FROM people WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND erased_at IS NULL "
            "ORDER BY id",
            [name.strip()],
        )
        return self.get(person_id) if person_id is not None else None

    def find_by_email(self, email: str) -> Person | None:
        person_id = self._one(
            "SELECT id FROM people WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id",
            [email.strip()],
        )
        return self.get(person_id) if person_id is not None else None

    def find_by_phone(self, phone: str) -> Person | None:
        try:
            cleaned = validation.clean_phone(phone)
        except ValidationError:
            return None
        person_id = self._one("SELECT id FROM people WHERE phone = ? AND deleted_at IS NULL ORDER BY id", [cleaned])
        return self.get(person_id) if person_id is not None else None

    def complete(self, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
        text = prefix.strip()
        if not text:
            return []
        like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return self._rows(
            "SELECT p.id, p.name, p.email, o.name AS organisation_name FROM people p "
            "LEFT JOIN person_roles r ON r.person_id = p.id AND r.end_date IS NULL "
            "LEFT JOIN organisations o ON o.id = r.organisation_id "
            "WHERE p.deleted_at IS NULL AND p.erased_at IS NULL AND (p.name LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\') "
            "ORDER BY (p.name LIKE ? ESCAPE '\\') DESC, p.name COLLATE NOCASE LIMIT ?",
            [f"%{like}%", f"{like}%", f"{like}%", limit],
        )

    def at_organisation(self, org_id: int, *, current_only: bool = True) -> list[dict[str, Any]]:
        condition = "AND r.end_date IS NULL" if current_only else ""
        return self._rows(
            "SELECT p.id, p.name, p.email, p.phone, r.title, r.start_date, r.end_date FROM person_roles r "
            "JOIN people p ON p.id = r.person_id "
            f"WHERE r.organisation_id = ? AND p.deleted_at IS NULL AND p.erased_at IS NULL {condition} "
            "ORDER BY r.end_date IS NOT NULL, p.name COLLATE NOCASE",
            [org_id],
        )

    # Lists -------------------------------------------------------------
    def list_select(self) -> str:
        return (
            "SELECT x.id, x.name, x.email, x.phone, x.is_key, r.title AS title, r.organisation_id, "
            "o.name AS organisation_name, "
            "(SELECT group_concat(c.name, ', ') FROM person_counties pc JOIN counties c ON c.id = pc.county_id "
            " WHERE pc.person_id = x.id) AS counties "
            "FROM people x LEFT JOIN person_roles r ON r.person_id = x.id AND r.end_date IS NULL "
            "LEFT JOIN organisations o ON o.id = r.organisation_id"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = ["x.erased_at IS NULL"]
        params: list[Any] = []
        if f.county_id is not None:
            where.append(
                "(x.id IN (SELECT person_id FROM person_counties WHERE county_id = ?) OR x.id IN "
                "(SELECT r2.person_id FROM person_roles r2 JOIN organisation_counties oc "
                "ON oc.organisation_id = r2.organisation_id WHERE r2.end_date IS NULL AND oc.county_id = ?))"
            )
            params.extend([f.county_id, f.county_id])
        if f.organisation_id is not None:
            where.append("x.id IN (SELECT person_id FROM person_roles WHERE organisation_id = ? AND end_date IS NULL)")
            params.append(f.organisation_id)
        if f.tag:
            where.append(
                "x.id IN (SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id "
                "WHERE t.name = ? COLLATE NOCASE)"
            )
            params.append(f.tag)
        return where, params
