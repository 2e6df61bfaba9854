"""The UI's words for `domain.kinds.Kind`: the one table of translated kind titles
(sidebar, search groups, trash, timeline). Repositories, detail pages and CLI
words come from `Kind` itself and `ui.details.PAGES`."""

from __future__ import annotations

from btvcrm.domain.kinds import Kind
from btvcrm.ui.i18n import translate


def kind_title(kind: Kind | str, *, plural: bool = True) -> str:
    """ "Møter" / "Møte" (or English), capitalised as a heading."""
    kind = Kind(kind)
    titles = {
        Kind.ORGANISATION: (translate("Kinds", "Organisation"), translate("Kinds", "Organisations")),
        Kind.PERSON: (translate("Kinds", "Person"), translate("Kinds", "People")),
        Kind.MEETING: (translate("Kinds", "Meeting"), translate("Kinds", "Meetings")),
        Kind.FOLLOW_UP: (translate("Kinds", "Follow-up"), translate("Kinds", "Follow-ups")),
        Kind.INITIATIVE: (translate("Kinds", "Initiative"), translate("Kinds", "Initiatives")),
        Kind.LESSON: (translate("Kinds", "Lesson learned"), translate("Kinds", "Lessons learned")),
        Kind.COUNTY: (translate("Kinds", "County"), translate("Kinds", "Counties")),
    }
    singular, many = titles[kind]
    return many if plural else singular


def new_label(kind: Kind | str) -> str:
    """The command that makes one: "Ny organisasjon", "Nytt møte" (or English)."""
    labels = {
        Kind.ORGANISATION: translate("Kinds", "New organisation"),
        Kind.PERSON: translate("Kinds", "New person"),
        Kind.MEETING: translate("Kinds", "New meeting"),
        Kind.FOLLOW_UP: translate("Kinds", "New follow-up"),
        Kind.INITIATIVE: translate("Kinds", "New initiative"),
        Kind.LESSON: translate("Kinds", "New lesson learned"),
        Kind.COUNTY: translate("Kinds", "New county"),
    }
    return labels[Kind(kind)]


#: The kinds that go to the trash and come back, in the order the trash lists them.
TRASH_KINDS = (Kind.MEETING, Kind.FOLLOW_UP, Kind.ORGANISATION, Kind.PERSON, Kind.INITIATIVE, Kind.LESSON)

__all__ = ["TRASH_KINDS", "kind_title", "new_label"]
