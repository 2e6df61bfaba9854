"""The kinds of record a user works with, in one place.

Every table of "kind -> label", "kind -> repository" or "kind -> CLI word"
asks `Kind` instead of keeping its own copy. The value is the code used in
search hits, timelines and the UI's `open_requested(kind, id)` signals.
"""

from __future__ import annotations

from enum import StrEnum


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

    def label(self, lang: str = "nb", *, plural: bool = False) -> str:
        """The noun for messages: "organisasjon", "Organisations" ... (lower case in nb)."""
        singular, many = _LABELS[self][0 if lang != "en" else 1]
        return many if plural else singular

    @classmethod
    def parse(cls, text: str) -> Kind:
        """A code, a CLI word, a plural list word or a Norwegian/English noun."""
        from btvcrm.domain.errors import ValidationError

        wanted = text.strip().casefold().replace("-", "_")
        for kind in cls:
            names = {kind.value, kind.list_name.replace("-", "_")}
            for singular, many in _LABELS[kind]:
                names.update({singular.casefold(), many.casefold()})
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
# (nb singular, nb plural), (en singular, en plural)
_LABELS = {
    Kind.ORGANISATION: (("organisasjon", "organisasjoner"), ("organisation", "organisations")),
    Kind.PERSON: (("person", "personer"), ("person", "people")),
    Kind.MEETING: (("møte", "møter"), ("meeting", "meetings")),
    Kind.FOLLOW_UP: (("oppfølgingspunkt", "oppfølgingspunkter"), ("follow-up", "follow-ups")),
    Kind.INITIATIVE: (("initiativ", "initiativer"), ("initiative", "initiatives")),
    Kind.LESSON: (("læringspunkt", "læringspunkter"), ("lesson learned", "lessons learned")),
    Kind.COUNTY: (("fylke", "fylker"), ("county", "counties")),
}
