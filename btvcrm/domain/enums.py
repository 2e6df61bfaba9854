"""The fixed vocabularies of the domain, with labels from the program's catalogue.

The stored value is the English code; labels are for display only, so a
translation never changes what is in the file. Each member is
`(code, QT_TRANSLATE_NOOP("<its class>", "english label"))`: the English label is
the source string, its Bokmål lives in resources/translations with every other
string (docs/translation.md), under the class name as context.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from btvcrm.i18n import QT_TRANSLATE_NOOP, translate_in


class LabelledEnum(StrEnum):
    """A string enum whose members carry an English label, shown translated."""

    def __new__(cls, value: str, en: str = "") -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.en = en  # type: ignore[attr-defined]
        return member

    def label(self, lang: str = "nb") -> str:
        return translate_in(lang, type(self).__name__, self.en)  # type: ignore[attr-defined]

    @property
    def nb(self) -> str:
        """The Bokmål label."""
        return self.label("nb")

    @classmethod
    def parse(cls, text: str, field: str = "type") -> Self:
        """Accept the code or either label, ignoring case; raise ValidationError otherwise."""
        from btvcrm.domain.errors import ValidationError

        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.nb.casefold(), member.en.casefold()):  # type: ignore[attr-defined]
                return member
        choices = ", ".join(m.nb for m in cls)
        raise ValidationError(field, f"«{text}» er ikke en gyldig verdi; velg en av: {choices}")


class OrganisationKind(LabelledEnum):
    COUNTY_COUNCIL = ("county_council", QT_TRANSLATE_NOOP("OrganisationKind", "county council"))
    MUNICIPALITY = ("municipality", QT_TRANSLATE_NOOP("OrganisationKind", "municipality"))
    HEALTH_TRUST = ("health_trust", QT_TRANSLATE_NOOP("OrganisationKind", "health trust"))
    STATE_AGENCY = ("state_agency", QT_TRANSLATE_NOOP("OrganisationKind", "state agency"))
    KS = ("ks", QT_TRANSLATE_NOOP("OrganisationKind", "KS"))
    SUPPLIER = ("supplier", QT_TRANSLATE_NOOP("OrganisationKind", "supplier"))
    CLUSTER = ("cluster", QT_TRANSLATE_NOOP("OrganisationKind", "cluster/network"))
    OTHER = ("other", QT_TRANSLATE_NOOP("OrganisationKind", "other"))


class MeetingKind(LabelledEnum):
    MEETING = ("meeting", QT_TRANSLATE_NOOP("MeetingKind", "meeting"))
    PHONE = ("phone", QT_TRANSLATE_NOOP("MeetingKind", "phone call"))
    EMAIL = ("email", QT_TRANSLATE_NOOP("MeetingKind", "e-mail"))
    VIDEO = ("video", QT_TRANSLATE_NOOP("MeetingKind", "video call"))
    CONFERENCE = ("conference", QT_TRANSLATE_NOOP("MeetingKind", "conference"))
    DIALOGUE_CONFERENCE = ("dialogue_conference", QT_TRANSLATE_NOOP("MeetingKind", "dialogue conference"))


class Attendance(LabelledEnum):
    PRESENT = ("present", QT_TRANSLATE_NOOP("Attendance", "present"))
    ABSENT = ("absent", QT_TRANSLATE_NOOP("Attendance", "absent"))
    COPY = ("copy", QT_TRANSLATE_NOOP("Attendance", "copy to"))


class AgendaMark(LabelledEnum):
    ORIENTATION = ("O", QT_TRANSLATE_NOOP("AgendaMark", "information"))
    DISCUSSION = ("D", QT_TRANSLATE_NOOP("AgendaMark", "discussion"))
    DECISION = ("V", QT_TRANSLATE_NOOP("AgendaMark", "decision"))


class MinutesStatus(LabelledEnum):
    DRAFT = ("draft", QT_TRANSLATE_NOOP("MinutesStatus", "draft"))
    APPROVED = ("approved", QT_TRANSLATE_NOOP("MinutesStatus", "approved"))


class FollowUpStatus(LabelledEnum):
    OPEN = ("open", QT_TRANSLATE_NOOP("FollowUpStatus", "open"))
    DONE = ("done", QT_TRANSLATE_NOOP("FollowUpStatus", "done"))
    CANCELLED = ("cancelled", QT_TRANSLATE_NOOP("FollowUpStatus", "cancelled"))


class AnchoringStage(LabelledEnum):
    """The anchoring ladder, in order: the position is the rung."""

    NOT_CONTACTED = ("not_contacted", QT_TRANSLATE_NOOP("AnchoringStage", "not contacted"))
    FIRST_CONTACT = ("first_contact", QT_TRANSLATE_NOOP("AnchoringStage", "first contact"))
    INFORMED = ("informed", QT_TRANSLATE_NOOP("AnchoringStage", "informed"))
    EXPECTATIONS_CLARIFIED = (
        "expectations_clarified",
        QT_TRANSLATE_NOOP("AnchoringStage", "expectations clarified"),
    )
    COMMITTED = ("committed", QT_TRANSLATE_NOOP("AnchoringStage", "committed"))
    CO_OWNER = ("co_owner", QT_TRANSLATE_NOOP("AnchoringStage", "co-owner"))

    @property
    def rung(self) -> int:
        return list(AnchoringStage).index(self)


class InitiativePhase(LabelledEnum):
    NEEDS = ("needs", QT_TRANSLATE_NOOP("InitiativePhase", "needs assessment"))
    MARKET_DIALOGUE = ("market_dialogue", QT_TRANSLATE_NOOP("InitiativePhase", "market dialogue"))
    COMPETITION = ("competition", QT_TRANSLATE_NOOP("InitiativePhase", "competition"))
    CONTRACT = ("contract", QT_TRANSLATE_NOOP("InitiativePhase", "contract"))
    FOLLOW_UP = ("follow_up", QT_TRANSLATE_NOOP("InitiativePhase", "follow-up"))

    @property
    def rung(self) -> int:
        return list(InitiativePhase).index(self)


class LegalBasis(LabelledEnum):
    LEGITIMATE_INTEREST = ("legitimate_interest", QT_TRANSLATE_NOOP("LegalBasis", "legitimate interest"))
    CONSENT = ("consent", QT_TRANSLATE_NOOP("LegalBasis", "consent"))
    CONTRACT = ("contract", QT_TRANSLATE_NOOP("LegalBasis", "contract"))
    PUBLIC_TASK = ("public_task", QT_TRANSLATE_NOOP("LegalBasis", "public task"))


def codes(enum_cls: type[LabelledEnum]) -> list[str]:
    return [m.value for m in enum_cls]
