"""Make, change, delete and restore one record of any kind: one user action,
one transaction, behind the app's dialogs and `btvcrm add|edit|delete`.

The request is the domain record itself; links typed as names (a person's
organisation, an initiative's owner) are resolved here, in the same
transaction, creating an organisation the user named for the first time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from btvcrm.domain.errors import ByLang, NotFoundError, UserError, ValidationError
from btvcrm.domain.kinds import Kind
from btvcrm.domain.models import (
    FollowUp,
    Initiative,
    Lesson,
    Organisation,
    Person,
)
from btvcrm.domain.responsible import means_me
from btvcrm.i18n import QT_TRANSLATE_NOOP, upper_first
from btvcrm.storage.crm import Crm


@dataclass
class Saved:
    """What a save did: the record's id after the commit, and what was made on the way."""

    kind: Kind
    id: int
    title: str
    new: bool
    created_organisations: list[tuple[int, str]] = field(default_factory=list)
    created_people: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said besides the message ("02.30 finnes ikke …")

    @property
    def message(self) -> str:
        verb = "Opprettet" if self.new else "Lagret"
        text = f"{verb} {self.kind.label('nb')} «{self.title}»."
        for org_id, name in self.created_organisations:
            text += f" Ny organisasjon: {name} (id {org_id})."
        for person_id, name in self.created_people:
            text += f" Ny person: {name} (id {person_id})."
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
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Errors", "choose one organisation"))
    # (the quick log's parser, not loaded at start)
    from btvcrm.services.quick_log import resolve_organisations

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


def resolve_initiatives(crm: Crm, titles: list[str], *, known: dict[str, int] | None = None) -> list[int]:
    """Ids of initiatives named by title (or picked: casefolded title -> id), in order,
    each once; an unknown title is a UserError (initiatives are not made on the fly)."""
    ids: list[int] = []
    for title in (t for t in titles if t.strip()):
        found_id = (known or {}).get(title.casefold())
        if found_id is None:
            found = crm.initiatives.find_by_title(title)
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "Found no initiative “%1”."), title.strip())
            found_id = found.id
        ids.append(int(found_id or 0))
    return list(dict.fromkeys(ids))


def save_lesson(crm: Crm, lesson: Lesson, *, initiative_titles: list[str] | None = None,
                known_initiatives: dict[str, int] | None = None) -> Saved:
    """`initiative_titles` (when given) replace the lesson's initiatives, looked up by title."""
    new = lesson.id is None
    with crm.write():
        if initiative_titles is not None:
            lesson.initiative_ids = resolve_initiatives(crm, initiative_titles, known=known_initiatives)
        lesson_id = crm.lessons.save_in_transaction(lesson)
    return Saved(Kind.LESSON, lesson_id, crm.lessons.get(lesson_id).title, new)


def save_follow_up(crm: Crm, item: FollowUp) -> Saved:
    new = item.id is None
    with crm.write():
        item_id = crm.follow_ups.save_in_transaction(item)
    return Saved(Kind.FOLLOW_UP, item_id, crm.follow_ups.get(item_id).text, new)


def save_county(crm: Crm, name: str, county_id: int | None = None) -> Saved:
    """Add a county (`county_id` None) or rename one; names are unique, ignoring case."""
    if county_id is None:
        county_id = crm.counties.add(name)
        new = True
    else:
        crm.counties.rename(county_id, name)
        new = False
    return Saved(Kind.COUNTY, county_id, crm.counties.get(county_id).name, new)


def title_of(crm: Crm, kind: Kind, item_id: int) -> str:
    """The name or title that names a record in a question ("Slette «…»?")."""
    record = getattr(crm, kind.repository).get(item_id)
    for attribute in ("name", "title", "text"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value:
            return value
    return f"{kind.label('nb')} {item_id}"


def _kind_word(kind: Kind) -> ByLang:
    """The kind's noun at the start of a sentence, in the sentence's language."""
    return ByLang(lambda lang: upper_first(kind.label(lang)))


def delete(crm: Crm, kind: Kind, item_id: int) -> Deleted:
    """Move a record to the trash (it keeps its links; `restore` brings it back)."""
    if kind is Kind.COUNTY:
        raise ValidationError("type", QT_TRANSLATE_NOOP("Errors", "counties cannot be deleted here"))
    title = title_of(crm, kind, item_id)
    if in_trash(crm, kind, item_id):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "%1 “%2” (id %3) is already in the trash."), _kind_word(kind), title, item_id
        )
    getattr(crm, kind.repository).soft_delete(item_id)
    return Deleted(kind, item_id, title)


def restore(crm: Crm, kind: Kind, item_id: int) -> Saved:
    """Take a record back out of the trash."""
    if not in_trash(crm, kind, item_id):
        title = title_of(crm, kind, item_id)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "%1 “%2” (id %3) is not in the trash."), _kind_word(kind), title, item_id
        )
    getattr(crm, kind.repository).restore(item_id)
    return Saved(kind, item_id, title_of(crm, kind, item_id), new=False)


def in_trash(crm: Crm, kind: Kind, item_id: int) -> bool:
    """Whether the record is in the trash; NotFoundError when there is no such record."""
    return getattr(crm, kind.repository).deleted_at(item_id) is not None


def save_follow_up_named(crm: Crm, item: FollowUp, *, responsible: str | None = None, person: str | None = None,
                         organisation: str | None = None, user_name: str = "") -> Saved:
    """Save a follow-up whose links were typed as names, in one transaction.

    `responsible`: a person's name or e-mail (found or created); "", "meg" or the
    user's own name means the user herself. `person` (whom it is about) and
    `organisation` are found or created the same way; "" clears them. None
    leaves a link as it is on `item`."""
    new = item.id is None
    created_people: list[tuple[int, str]] = []
    with crm.write():
        created: list[tuple[int, str]] = []
        if organisation is not None:
            item.organisation_id, created = _one_organisation(crm, organisation, "organisation")
        if responsible is not None:
            if not responsible.strip() or means_me(responsible, user_name):
                item.responsible_person_id = None
            else:
                item.responsible_person_id, made = _one_person(crm, responsible, "responsible")
                created_people += made
        if person is not None:
            item.person_id, made = _one_person(crm, person, "person")
            created_people += [p for p in made if p not in created_people]
        item_id = crm.follow_ups.save_in_transaction(item)
    return Saved(Kind.FOLLOW_UP, item_id, crm.follow_ups.get(item_id).text, new, created, created_people)


def _one_person(crm: Crm, name: str, field_name: str) -> tuple[int | None, list[tuple[int, str]]]:
    """A person typed by name or e-mail (created when new); call inside `crm.write()`."""
    if not name.strip():
        return None, []
    names = [n for n in (part.strip() for part in name.split(";")) if n]
    if len(names) > 1:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("Errors", "choose one person"))
    from btvcrm.services.quick_log import resolve_people

    ids, created = resolve_people(crm, names)
    return ids[0], created


__all__ = [
    "Deleted",
    "Saved",
    "delete",
    "resolve_initiatives",
    "restore",
    "in_trash",
    "save_county",
    "save_follow_up",
    "save_follow_up_named",
    "save_initiative",
    "save_lesson",
    "save_organisation",
    "save_person",
    "title_of",
]
