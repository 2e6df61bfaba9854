"""The kinds of record a user works with, in one place.

Every table of "kind -> label", "kind -> repository" or "kind -> CLI word"
asks `Kind` instead of keeping its own copy. The value is the code used in
search hits, timelines and the UI's `open_requested(kind, id)` signals.
"""

from __future__ import annotations

from enum import StrEnum

from btvcrm.i18n import QT_TRANSLATE_NOOP, translate_in


class Kind(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"
    MEETING = "meeting"
    FOLLOW_UP = "follow_up"
    INITIATIVE = "initiative"
    LESSON = "lesson"
    COUNTY = "county"

    @property
    def repository(self) -> str:
        """The attribute on `Crm` that holds this kind's repository."""
        return _REPOSITORY[self]

    @property
    def table(self) -> str:
        return _TABLE[self]

    @property
    def cli_name(self) -> str:
        """The word on the command line (`btvcrm add follow-up`)."""
        return self.value.replace("_", "-")

    @property
    def list_name(self) -> str:
        """The plural word of `btvcrm list` (`follow-ups`)."""
        return _LIST_NAME[self]

    @property
    def neuter(self) -> bool:
        """Whether the Bokmål noun is neuter (et møte): "ikke noe møte", not "ingen møte"."""
        return self in (Kind.MEETING, Kind.FOLLOW_UP, Kind.INITIATIVE, Kind.LESSON, Kind.COUNTY)

    def label(self, lang: str = "nb", *, plural: bool = False) -> str:
        """The noun for messages, lower case: "organisasjon", "organisations" ..."""
        singular, many = _LABELS[self]
        return translate_in(lang, "Kind", many if plural else singular)

    @classmethod
    def parse(cls, text: str) -> Kind:
        """A code, a CLI word, a plural list word or a Norwegian/English noun."""
        from btvcrm.domain.errors import ValidationError

        wanted = text.strip().casefold().replace("-", "_")
        for kind in cls:
            names = {kind.value, kind.list_name.replace("-", "_")}
            for lang in ("nb", "en"):
                names.update({kind.label(lang).casefold(), kind.label(lang, plural=True).casefold()})
            if wanted in names:
                return kind
        choices = ", ".join(k.cli_name for k in cls)
        raise ValidationError("type", f"«{text}» er ikke en kjent type; velg en av: {choices}")


_REPOSITORY = {
    Kind.ORGANISATION: "organisations",
    Kind.PERSON: "people",
    Kind.MEETING: "meetings",
    Kind.FOLLOW_UP: "follow_ups",
    Kind.INITIATIVE: "initiatives",
    Kind.LESSON: "lessons",
    Kind.COUNTY: "counties",
}
_TABLE = {**_REPOSITORY}
_LIST_NAME = {
    Kind.ORGANISATION: "organisations",
    Kind.PERSON: "people",
    Kind.MEETING: "meetings",
    Kind.FOLLOW_UP: "follow-ups",
    Kind.INITIATIVE: "initiatives",
    Kind.LESSON: "lessons",
    Kind.COUNTY: "counties",
}
# English singular and plural nouns; their Bokmål is in the catalogue (context "Kind").
_LABELS = {
    Kind.ORGANISATION: (QT_TRANSLATE_NOOP("Kind", "organisation"), QT_TRANSLATE_NOOP("Kind", "organisations")),
    Kind.PERSON: (QT_TRANSLATE_NOOP("Kind", "person"), QT_TRANSLATE_NOOP("Kind", "people")),
    Kind.MEETING: (QT_TRANSLATE_NOOP("Kind", "meeting"), QT_TRANSLATE_NOOP("Kind", "meetings")),
    Kind.FOLLOW_UP: (QT_TRANSLATE_NOOP("Kind", "follow-up"), QT_TRANSLATE_NOOP("Kind", "follow-ups")),
    Kind.INITIATIVE: (QT_TRANSLATE_NOOP("Kind", "initiative"), QT_TRANSLATE_NOOP("Kind", "initiatives")),
    Kind.LESSON: (QT_TRANSLATE_NOOP("Kind", "lesson learned"), QT_TRANSLATE_NOOP("Kind", "lessons learned")),
    Kind.COUNTY: (QT_TRANSLATE_NOOP("Kind", "county"), QT_TRANSLATE_NOOP("Kind", "counties")),
}
