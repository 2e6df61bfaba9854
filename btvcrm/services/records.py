"""Make, change, delete and restore one record of any kind: one user action,
one transaction, behind the app's dialogs and `btvcrm add|edit|delete`.

The request is the domain record itself; links typed as names (a person's
organisation, an initiative's owner) are resolved here, in the same
transaction, creating an organisation the user named for the first time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from btvcrm.domain.errors import ValidationError
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import FollowUp, Initiative, Lesson, Organisation, Person
from btvcrm.services.quick_log import resolve_organisations
from btvcrm.storage.crm import Crm


@dataclass
class Saved:
    """What a save did: the record's id after the commit, and what was made on the way."""

    kind: Kind
    id: int
    title: str
    new: bool
    created_organisations: list[tuple[int, str]] = field(default_factory=list)

    @property
    def message(self) -> str:
        verb = "Opprettet" if self.new else "Lagret"
        text = f"{verb} {self.kind.label('nb')} «{self.title}»."
        for org_id, name in self.created_organisations:
            text += f" Ny organisasjon: {name} (id {org_id})."
        return text


@dataclass
class Deleted:
    kind: Kind
    id: int
    title: str

    @property
    def message(self) -> str:
        return f"Flyttet {self.kind.label('nb')} «{self.title}» til papirkurven."


def _one_organisation(crm: Crm, name: str | None, field_name: str) -> tuple[int | None, list[tuple[int, str]]]:
    """An organisation typed by name (created when new); call inside `crm.write()`."""
    if name is None or not name.strip():
        return None, []
    names = [n for n in (part.strip() for part in name.split(";")) if n]
    if len(names) > 1:
        raise ValidationError(field_name, "velg én organisasjon")
    ids, created = resolve_organisations(crm, names)
    return ids[0], created


def save_organisation(crm: Crm, org: Organisation, *, parent_name: str | None = None) -> Saved:
    new = org.id is None
    with crm.write():
        created: list[tuple[int, str]] = []
        if parent_name is not None:
            org.parent_id, created = _one_organisation(crm, parent_name, "parent")
        org_id = crm.organisations.save_in_transaction(org)
    return Saved(Kind.ORGANISATION, org_id, crm.organisations.get(org_id).name, new, created)


def save_person(crm: Crm, person: Person, *, organisation_name: str | None = None) -> Saved:
    new = person.id is None
    with crm.write():
        created: list[tuple[int, str]] = []
        if organisation_name is not None:
            person.organisation_id, created = _one_organisation(crm, organisation_name, "organisation")
        person_id = crm.people.save_in_transaction(person)
    return Saved(Kind.PERSON, person_id, crm.people.get(person_id).name, new, created)


def save_initiative(crm: Crm, item: Initiative, *, owner_name: str | None = None) -> Saved:
    new = item.id is None
    with crm.write():
        created: list[tuple[int, str]] = []
        if owner_name is not None:
            item.owner_organisation_id, created = _one_organisation(crm, owner_name, "owner")
        item_id = crm.initiatives.save_in_transaction(item)
    return Saved(Kind.INITIATIVE, item_id, crm.initiatives.get(item_id).title, new, created)


def save_lesson(crm: Crm, lesson: Lesson) -> Saved:
    new = lesson.id is None
    with crm.write():
        lesson_id = crm.lessons.save_in_transaction(lesson)
    return Saved(Kind.LESSON, lesson_id, crm.lessons.get(lesson_id).title, new)


def save_follow_up(crm: Crm, item: FollowUp) -> Saved:
    new = item.id is None
    with crm.write():
        item_id = crm.follow_ups.save_in_transaction(item)
    return Saved(Kind.FOLLOW_UP, item_id, crm.follow_ups.get(item_id).text, new)


def title_of(crm: Crm, kind: Kind, item_id: int) -> str:
    """The name or title that names a record in a question ("Slette «…»?")."""
    record = getattr(crm, kind.repository).get(item_id)
    for attribute in ("name", "title", "text"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    return f"{kind.label('nb')} {item_id}"


def delete(crm: Crm, kind: Kind, item_id: int) -> Deleted:
    """Move a record to the trash (it keeps its links; `restore` brings it back)."""
    if kind is Kind.COUNTY:
        raise ValidationError("type", "fylker kan ikke slettes her")
    title = title_of(crm, kind, item_id)
    getattr(crm, kind.repository).soft_delete(item_id)
    return Deleted(kind, item_id, title)


def restore(crm: Crm, kind: Kind, item_id: int) -> Saved:
    """Take a record back out of the trash."""
    getattr(crm, kind.repository).restore(item_id)
    return Saved(kind, item_id, title_of(crm, kind, item_id), new=False)


__all__ = [
    "Deleted",
    "Saved",
    "delete",
    "restore",
    "save_follow_up",
    "save_initiative",
    "save_lesson",
    "save_organisation",
    "save_person",
    "title_of",
]
