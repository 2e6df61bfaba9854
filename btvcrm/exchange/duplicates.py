"""Who is already in the file: the one rule for matching imported people (and the
look-ups for organisations), used by every import (vCard, CSV, XLSX, the
calendar's attendees) and by the app's import preview.

The rule, strongest evidence first:

* the same UID (a vCard UID, the UID column of btvcrm's own CSV/XLSX) or the
  same e-mail address: **the same person** (a certain match, merged by default);
* the same name *and* the same phone, or the same name *and* the same
  organisation, with no e-mail that contradicts it: the same person too;
* the same phone only, or the same name only: a **possible duplicate**. It is
  never merged without a person deciding: the command line keeps it as a new
  person and lists it ("mulig duplikat av …"); the app shows both side by side;
* different e-mail addresses on both sides are never merged: such a match is at
  most possible (a shared switchboard number, two people with one name).

Matching is done in memory: :class:`PeopleIndex` reads the keys of every live
person in one query, so an import of n records does n dictionary look-ups
instead of n table scans, and learns each record it adds or changes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from btvcrm.domain import validation
from btvcrm.domain.errors import ValidationError
from btvcrm.storage.crm import Crm

__all__ = [
    "ImportContext",
    "Match",
    "OrganisationIndex",
    "PeopleIndex",
    "fold_name",
]


def fold_name(name: str) -> str:
    """Names compared the Norwegian way: Python's casefold (Æ, Ø, Å too), spaces collapsed."""
    return " ".join(name.split()).casefold()


def _fold_email(email: str | None) -> str:
    return (email or "").strip().casefold()


def _clean_phone(phone: str | None) -> str:
    try:
        return validation.clean_phone(phone) or ""
    except ValidationError:
        return ""


@dataclass(frozen=True)
class Match:
    """An existing person an imported record matches."""

    person_id: int
    name: str  # the existing person's name, for messages
    certain: bool  # True: the same person; False: a possible duplicate
    reason: str  # Norwegian: "samme e-post", "samme telefon", ...
    #: The same in words for a translated screen: "uid", "email", "name_phone", "name_organisation",
    #: "phone" or "name"; ``other_email``: both have e-mail addresses and none is shared.
    basis: str = ""
    other_email: bool = False

    def describe(self) -> str:
        return f"{self.name} (id {self.person_id}, {self.reason})"


@dataclass
class _Person:
    id: int
    name: str
    email: str
    phone: str
    uid: str
    organisation_id: int | None


class PeopleIndex:
    """The match keys of every live person, kept up to date during one import."""

    def __init__(self, rows: Sequence[dict[str, Any]] = ()) -> None:
        self._people: dict[int, _Person] = {}
        self._by_uid: dict[str, int] = {}
        self._by_email: dict[str, list[int]] = {}
        self._by_phone: dict[str, list[int]] = {}
        self._by_name: dict[str, list[int]] = {}
        for row in rows:
            self.remember(int(row["id"]), row["name"], row.get("email"), row.get("phone"),
                          row.get("uid"), row.get("organisation_id"))

    @classmethod
    def load(cls, crm: Crm) -> PeopleIndex:
        return cls(crm.people.match_keys())

    def remember(self, person_id: int, name: str, email: str | None, phone: str | None,
                 uid: str | None, organisation_id: int | None) -> None:
        """Add or refresh one person (after it was saved)."""
        self.forget(person_id)
        person = _Person(person_id, name, _fold_email(email), phone or "", (uid or "").strip(), organisation_id)
        self._people[person_id] = person
        if person.uid:
            self._by_uid.setdefault(person.uid, person_id)
        if person.email:
            self._by_email.setdefault(person.email, []).append(person_id)
        if person.phone:
            self._by_phone.setdefault(person.phone, []).append(person_id)
        self._by_name.setdefault(fold_name(name), []).append(person_id)

    def forget(self, person_id: int) -> None:
        old = self._people.pop(person_id, None)
        if old is None:
            return
        if self._by_uid.get(old.uid) == person_id:
            del self._by_uid[old.uid]
        for table, key in ((self._by_email, old.email), (self._by_phone, old.phone),
                           (self._by_name, fold_name(old.name))):
            ids = table.get(key)
            if ids and person_id in ids:
                ids.remove(person_id)
                if not ids:
                    del table[key]

    def by_email(self, email: str) -> int | None:
        ids = self._by_email.get(_fold_email(email))
        return ids[0] if ids else None

    def match(self, *, name: str, emails: Sequence[str] = (), phones: Sequence[str] = (), uid: str = "",
              organisation_id: int | None = None) -> Match | None:
        """The best match for an imported record (see the module's rule), or None."""
        uid = uid.strip()
        if uid and uid in self._by_uid:
            return self._match(self._by_uid[uid], True, "samme UID", "uid")
        wanted_emails = [_fold_email(e) for e in emails if _fold_email(e)]
        for email in wanted_emails:
            ids = self._by_email.get(email)
            if ids:
                return self._match(ids[0], True, "samme e-post", "email")
        wanted_phones = [p for p in (_clean_phone(p) for p in phones) if p]
        folded = fold_name(name)
        candidates: dict[int, set[str]] = {}
        for phone in wanted_phones:
            for person_id in self._by_phone.get(phone, ()):
                candidates.setdefault(person_id, set()).add("phone")
        for person_id in self._by_name.get(folded, ()) if folded else ():
            candidates.setdefault(person_id, set()).add("name")
        best: Match | None = None
        for person_id in sorted(candidates):
            found = candidates[person_id]
            person = self._people[person_id]
            conflict = bool(wanted_emails) and bool(person.email)  # no e-mail was shared (checked above)
            same_org = organisation_id is not None and person.organisation_id == organisation_id
            if not conflict and found == {"name", "phone"}:
                candidate = self._match(person_id, True, "samme navn og telefon", "name_phone")
            elif not conflict and "name" in found and same_org:
                candidate = self._match(person_id, True, "samme navn og organisasjon", "name_organisation")
            else:
                basis = "name_phone" if found == {"name", "phone"} else "phone" if "phone" in found else "name"
                what = {"name_phone": "samme navn og telefon", "phone": "samme telefon", "name": "samme navn"}[basis]
                candidate = self._match(person_id, False, what + (", men ulik e-post" if conflict else ""),
                                        basis, conflict)
            if candidate.certain:
                return candidate
            if best is None:
                best = candidate
        return best

    def _match(self, person_id: int, certain: bool, reason: str, basis: str, other_email: bool = False) -> Match:
        return Match(person_id, self._people[person_id].name, certain, reason, basis, other_email)


class OrganisationIndex:
    """Organisations by UID, organisation number and (folded) name, for one import."""

    def __init__(self, rows: Sequence[dict[str, Any]] = ()) -> None:
        self._by_uid: dict[str, int] = {}
        self._by_orgnr: dict[str, int] = {}
        self._by_name: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._orgnrs: dict[int, str] = {}
        for row in rows:
            self.remember(int(row["id"]), row["name"], row.get("orgnr"), row.get("uid"))

    @classmethod
    def load(cls, crm: Crm) -> OrganisationIndex:
        return cls(crm.organisations.match_keys())

    def remember(self, org_id: int, name: str, orgnr: str | None, uid: str | None) -> None:
        old_name = self._names.get(org_id)
        if old_name is not None and self._by_name.get(fold_name(old_name)) == org_id:
            del self._by_name[fold_name(old_name)]
        old_orgnr = self._orgnrs.get(org_id)
        if old_orgnr and self._by_orgnr.get(old_orgnr) == org_id:
            del self._by_orgnr[old_orgnr]
        self._names[org_id] = name
        self._by_name.setdefault(fold_name(name), org_id)  # the oldest of a name wins
        if orgnr:
            self._orgnrs[org_id] = orgnr
            self._by_orgnr[orgnr] = org_id
        if uid and uid.strip():
            self._by_uid.setdefault(uid.strip(), org_id)

    def by_uid(self, uid: str) -> int | None:
        return self._by_uid.get(uid.strip()) if uid.strip() else None

    def by_orgnr(self, orgnr: str | None) -> int | None:
        return self._by_orgnr.get(orgnr) if orgnr else None

    def by_name(self, name: str) -> int | None:
        return self._by_name.get(fold_name(name)) if name.strip() else None


@dataclass
class ImportContext:
    """The look-ups of one import, and what to learn once a record's savepoint holds."""

    crm: Crm
    people: PeopleIndex
    organisations: OrganisationIndex
    _pending: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def load(cls, crm: Crm) -> ImportContext:
        return cls(crm, PeopleIndex.load(crm), OrganisationIndex.load(crm))

    def later(self, action: Callable[[], None]) -> None:
        """Run `action` (update an index) when the current record is saved for good."""
        self._pending.append(action)

    @contextlib.contextmanager
    def record(self) -> Iterator[None]:
        """One record in a savepoint: on failure nothing of it stays, in the file or here."""
        self._pending.clear()
        try:
            with self.crm.db.atomic():
                yield
        except BaseException:
            self._pending.clear()
            raise
        for action in self._pending:
            action()
        self._pending.clear()
