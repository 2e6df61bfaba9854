"""Organisations: public bodies, suppliers, clusters."""

from __future__ import annotations

import re
from typing import Any

from btvcrm.domain import clock, validation
from btvcrm.domain.enums import OrganisationKind
from btvcrm.domain.errors import ValidationError
from btvcrm.domain.filters import ListFilter
from btvcrm.domain.models import Organisation
from btvcrm.i18n import QT_TRANSLATE_NOOP
from btvcrm.storage import identities
from btvcrm.storage.list_query import ListQueryMixin
from btvcrm.storage.repo_base import Repository, iso_date, parse_iso_date


def clean(org: Organisation) -> Organisation:
    org.name = validation.clean_name(org.name)
    org.kind = OrganisationKind(org.kind)
    org.orgnr = validation.clean_orgnr(org.orgnr)
    org.website = validation.clean_website(org.website)
    org.notes = validation.clean_text(org.notes, "notes")
    if org.keep_in_touch_days is not None and org.keep_in_touch_days <= 0:
        raise ValidationError("keep_in_touch_days", QT_TRANSLATE_NOOP("Errors", "must be a positive number of days"))
    _clean_register_fields(org)
    return org


_ORG_FORM = re.compile(r"[A-Z0-9]{0,10}")


def _clean_register_fields(org: Organisation) -> None:
    """The register's fields (migration 0008): codes in their published shape."""
    org.org_form = (org.org_form or "").strip().upper()
    if not _ORG_FORM.fullmatch(org.org_form):
        raise ValidationError(
            "org_form", QT_TRANSLATE_NOOP("Errors", "“%1” is not an organisational form (e.g. AS, KOMM)"), org.org_form
        )
    org.address = " ".join((org.address or "").split())
    if len(org.address) > 1000:
        raise ValidationError("address", QT_TRANSLATE_NOOP("Errors", "the address is too long"))
    org.municipality_number = (org.municipality_number or "").strip()
    if org.municipality_number and not (len(org.municipality_number) == 4 and org.municipality_number.isdigit()):
        raise ValidationError(
            "municipality_number",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a municipality number (four digits)"),
            org.municipality_number,
        )
    org.nace_code = (org.nace_code or "").strip()
    if len(org.nace_code) > 10 or any(c not in "0123456789." for c in org.nace_code):
        raise ValidationError(
            "nace_code", QT_TRANSLATE_NOOP("Errors", "“%1” is not an industry code (e.g. 84.110)"), org.nace_code
        )
    org.sector_code = (org.sector_code or "").strip()
    if org.sector_code and not (len(org.sector_code) == 4 and org.sector_code.isdigit()):
        raise ValidationError(
            "sector_code", QT_TRANSLATE_NOOP("Errors", "“%1” is not a sector code (four digits)"), org.sector_code
        )


class OrganisationRepository(ListQueryMixin, Repository):
    table = "organisations"
    entity_word = "organisasjon"
    sort_columns = {
        "name": "x.name_key",
        "kind": "x.kind",
        "orgnr": "x.orgnr",
        "last_contact": "(SELECT max(m.starts_at) FROM meeting_organisations mo JOIN meetings m "
        "ON m.id = mo.meeting_id WHERE mo.organisation_id = x.id AND m.deleted_at IS NULL)",
        "updated": "x.updated_at",
    }
    default_sort = "name"
    search_kind = "organisation"

    def get(self, org_id: int) -> Organisation:
        row = self._row(org_id)
        return Organisation(
            id=row["id"],
            name=row["name"],
            kind=OrganisationKind(row["kind"]),
            orgnr=row["orgnr"],
            website=row["website"],
            parent_id=row["parent_id"],
            county_ids=self._link_ids("organisation_counties", "organisation_id", org_id, "county_id"),
            notes=row["notes"],
            is_key=bool(row["is_key"]),
            keep_in_touch_days=row["keep_in_touch_days"],
            tags=self._tags("organisation_tags", "organisation_id", org_id),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            uid=identities.uid_of(self.db, "organisation", org_id),
            org_form=row["org_form"],
            address=row["address"],
            municipality_number=row["municipality_number"],
            nace_code=row["nace_code"],
            sector_code=row["sector_code"],
            register_deleted_on=parse_iso_date(row["register_deleted_on"]),
            register_updated_at=row["register_updated_at"],
        )

    def save(self, org: Organisation) -> int:
        with self.crm.write():
            return self.save_in_transaction(org)

    def save_in_transaction(self, org: Organisation) -> int:
        org = clean(org)  # idempotent: callers inside a bigger transaction need it too
        if org.parent_id is not None:
            self.require("organisations", org.parent_id, "parent_id", "overordnet organisasjon")
            if org.id is not None and self._creates_cycle(org.id, org.parent_id):
                raise ValidationError(
                    "parent_id", QT_TRANSLATE_NOOP("Errors", "an organisation cannot be placed under itself")
                )
        if org.orgnr:
            other = self._one(
                "SELECT name FROM organisations WHERE orgnr = ? AND id IS NOT ?", [org.orgnr, org.id]
            )
            if other:
                raise ValidationError(
                    "orgnr",
                    QT_TRANSLATE_NOOP("Errors", "%1 is already registered to “%2”"),
                    validation.format_orgnr(org.orgnr),
                    other,
                )
        now = clock.now_iso()
        values: dict[str, Any] = {
            "name": org.name,
            "kind": org.kind.value,
            "orgnr": org.orgnr,
            "website": org.website,
            "parent_id": org.parent_id,
            "notes": org.notes,
            "is_key": int(org.is_key),
            "keep_in_touch_days": org.keep_in_touch_days,
            "updated_at": now,
            "org_form": org.org_form,
            "address": org.address,
            "municipality_number": org.municipality_number,
            "nace_code": org.nace_code,
            "sector_code": org.sector_code,
            "register_deleted_on": iso_date(org.register_deleted_on),
            "register_updated_at": org.register_updated_at,
        }
        if org.id is None:
            values["created_at"] = now
            org.id = self._insert(values)
        else:
            self._row(org.id)
            self._update(org.id, values)
        self._set_links(
            "organisation_counties", "organisation_id", org.id, "county_id", org.county_ids, "counties", "fylke"
        )
        self._set_tags("organisation_tags", "organisation_id", org.id, org.tags)
        org.uid = identities.ensure_uid(self.db, "organisation", org.id, org.uid)
        return org.id

    def _creates_cycle(self, org_id: int, parent_id: int) -> bool:
        seen = {org_id}
        current: int | None = parent_id
        while current is not None:
            if current in seen:
                return True
            seen.add(current)
            current = self._one("SELECT parent_id FROM organisations WHERE id = ?", [current])
        return False

    def find_by_name(self, name: str) -> Organisation | None:
        org_id = self._one(
            "SELECT id FROM organisations WHERE casefold(name) = ? AND deleted_at IS NULL ORDER BY id",
            [" ".join(name.split()).casefold()],
        )
        return self.get(org_id) if org_id is not None else None

    def find_by_orgnr(self, orgnr: str) -> Organisation | None:
        org_id = self._one("SELECT id FROM organisations WHERE orgnr = ?", [orgnr])
        return self.get(org_id) if org_id is not None else None

    def find_by_uid(self, uid: str) -> Organisation | None:
        org_id = identities.find_by_uid(self.db, "organisation", uid)
        return self.get(org_id) if org_id is not None else None

    def export_extras(self, ids: list[int]) -> dict[int, dict[str, str]]:
        """id -> {"notes", "uid"} for the CSV/XLSX export (never private notes)."""
        return identities.notes_and_uids(self.db, "organisation", ids)

    def match_keys(self) -> list[dict[str, Any]]:
        """id, name, orgnr and uid of every live organisation in one query (imports
        look names up in memory, with Norwegian case folding)."""
        return self._rows(
            "SELECT o.id, o.name, o.orgnr, u.uid FROM organisations o "
            "LEFT JOIN organisation_uids u ON u.organisation_id = o.id WHERE o.deleted_at IS NULL ORDER BY o.id"
        )

    def register_keys(self) -> list[dict[str, Any]]:
        """id, name, orgnr, website and kind of every organisation (deleted ones too: a
        refresh from Enhetsregisteret matches them by orgnr, and never adds them again)."""
        return self._rows(
            "SELECT id, name, orgnr, website, kind, deleted_at FROM organisations ORDER BY id"
        )

    def websites(self) -> list[dict[str, Any]]:
        """id, name and website of every live organisation that has one (e-mail domains)."""
        return self._rows(
            "SELECT id, name, website FROM organisations WHERE deleted_at IS NULL AND website IS NOT NULL "
            "AND website <> '' ORDER BY id"
        )

    def children(self, org_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, name, kind FROM organisations WHERE parent_id = ? AND deleted_at IS NULL "
            "ORDER BY norwegian_key(name)",
            [org_id],
        )

    def complete(self, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
        """Names for completion in quick log: prefix match first, then anywhere."""
        text = prefix.strip()
        if not text:
            return []
        like = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return self._rows(
            "SELECT id, name, kind FROM organisations WHERE deleted_at IS NULL AND casefold(name) LIKE ? ESCAPE '\\' "
            "ORDER BY (casefold(name) LIKE ? ESCAPE '\\') DESC, norwegian_key(name) LIMIT ?",
            [f"%{like}%", f"{like}%", limit],
        )

    # Lists -------------------------------------------------------------
    def list_select(self) -> str:
        return (
            "SELECT x.id, x.name, x.kind, x.orgnr, x.website, x.is_key, x.keep_in_touch_days, x.parent_id, "
            "(SELECT group_concat(c.name, ', ') FROM organisation_counties oc JOIN counties c ON c.id = oc.county_id "
            " WHERE oc.organisation_id = x.id) AS counties, "
            "(SELECT max(m.starts_at) FROM meeting_organisations mo JOIN meetings m ON m.id = mo.meeting_id "
            " WHERE mo.organisation_id = x.id AND m.deleted_at IS NULL) AS last_contact "
            "FROM organisations x"
        )

    def list_conditions(self, f: ListFilter) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if f.county_id is not None:
            where.append("x.id IN (SELECT organisation_id FROM organisation_counties WHERE county_id = ?)")
            params.append(f.county_id)
        if f.kind:
            where.append("x.kind = ?")
            params.append(OrganisationKind.parse(f.kind).value)
        if f.tag:
            where.append(
                "x.id IN (SELECT ot.organisation_id FROM organisation_tags ot JOIN tags t ON t.id = ot.tag_id "
                "WHERE casefold(t.name) = casefold(?))"
            )
            params.append(f.tag)
        return where, params
